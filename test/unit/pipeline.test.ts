import { join } from 'node:path';
import { toSettings, type RawInputs } from '../../src/config/settings.js';
import { runPipeline, type Outputs } from '../../src/pipeline.js';
import { run } from '../../src/transport/process.js';
import { RecordingTransport, type Responder } from '../../src/transport/recording.js';
import { MemoryLogger } from '../../src/util/logger.js';
import { ROOT } from '../helpers/action.js';

const SECRET = 'pw-0123456789-secret';
const inputs: RawInputs = {
  command: 'deploy',
  host: 'h.example',
  user: 'deploy',
  'host-fingerprint': 'SHA256:' + 'A'.repeat(43),
  'working-directory': join(ROOT, 'test/fixtures/pipeline'),
  'compose-files': 'compose.yml',
  env: `DB_PASSWORD=${SECRET}\n`,
  'image-tag': 'v2',
  registry: 'r.example',
  policy: 'compose',
  'migrate-service': '',
};

function txnLog(result: string): string {
  const lines = [
    '::phase lock',
    '::from 20261125-000000-aaaaaaa good 20261125-000000-aaaaaaa',
    '::phase-end lock 0',
    '::phase switch',
    '::service db unchanged - postgres:16 postgres:16',
    '::service web recreate image r.example/shop/web@sha256:1 r.example/shop/web@sha256:2',
    '::phase-end switch 3',
    '03:00:00 verification failed: web',
  ];
  if (result === 'rolled-back')
    lines.push(
      '::failed-service web',
      '::rollback-seconds 7',
      '::result rolled-back unhealthy: web; rolled back to 20261125-000000-aaaaaaa',
    );
  else lines.push('::result success deployed');
  return lines.join('\n') + '\n';
}

function host(result: string): Responder[] {
  return [
    (a) => (a[1] === 'version' ? { stdout: '27.0.0\n' } : undefined),
    (a) => (a[1] === 'compose' && a[2] === 'version' ? { stdout: 'v2.29.0\n' } : undefined),
    (a) => (a[2]?.includes('mkdir -p "$d/releases"') ? { stdout: 'ok 9999999\n' } : undefined),
    (a) => (a[2]?.includes('setsid nohup') ? { stdout: '4242\n' } : undefined),
    (a) => (a[2]?.includes('tail -n +') ? { stdout: txnLog(result) } : undefined),
    (a) =>
      a[2]?.includes('/result"')
        ? {
            stdout:
              result === 'rolled-back'
                ? `${result}\nunhealthy: web; rolled back to 20261125-000000-aaaaaaa\n`
                : `${result}\ndeployed\n`,
          }
        : undefined,
    (a) =>
      a[2]?.includes('images.txt') ? { stdout: 'web\tr.example/shop/web@sha256:2\tsha256:ff\n' } : undefined,
  ];
}

async function deployWith(result: string, extra: RawInputs = {}) {
  const t = new RecordingTransport(host(result));
  const logger = new MemoryLogger();
  const out: Record<string, string> = {};
  const summaries: string[] = [];
  const outputs: Outputs = { set: (k, v) => void (out[k] = v), summary: (m) => void summaries.push(m) };
  const settings = toSettings({ ...inputs, ...extra }, { onGitHub: false });
  let opened = 0;
  const r = await runPipeline(settings, {
    logger,
    outputs,
    runLocal: run,
    env: { GITHUB_ACTOR: 'ann', GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01' },
    now: () => new Date('2026-11-26T03:00:00Z'),
    openTransport: async () => {
      opened++;
      return t;
    },
  });
  return { r, t, out, summary: summaries.join('\n'), logger, opened };
}

describe('deploy pipeline (recording transport)', () => {
  test('runs preflight, upload, launch and follow in order; secrets only on stdin', async () => {
    const { r, t, out } = await deployWith('success');
    expect(r).toEqual({ status: 'success', exitCode: 0 });
    const kinds = t.calls.map((c) => {
      const s = c.argv.join(' ');
      if (c.argv[1] === 'version') return 'docker-version';
      if (c.argv[2] === 'version') return 'compose-version';
      for (const [k, m] of [
        ['preflight', 'mkdir -p "$d/releases"'],
        ['unpack', 'tar -xzf -'],
        ['env', 'umask 077; f='],
        ['finalise', '.partial" "$d/releases/$2"'],
        ['launch', 'setsid nohup'],
        ['follow', 'tail -n +'],
        ['result', '/result"'],
        ['images', 'images.txt'],
      ] as const)
        if (s.includes(m)) return k;
      return s;
    });
    expect(kinds).toEqual([
      'docker-version',
      'compose-version',
      'preflight',
      'unpack',
      'env',
      'finalise',
      'launch',
      'follow',
      'result',
      'images',
    ]);
    const envCall = t.calls[4];
    expect(envCall.stdin).toBe(`DB_PASSWORD=${SECRET}\n`);
    expect(envCall.argv).toContain('releases/20261126-030000-abcdef0.partial/.env');
    for (const c of t.calls) expect(c.line).not.toContain(SECRET);
    expect(t.calls[5].stdin).toContain('ACTOR=ann');
    expect(t.calls[5].stdin).toContain('pull_image r.example/shop/web:v2 always');
    expect(t.closed).toBe(true);
    expect(out['release-id']).toBe('20261126-030000-abcdef0');
    expect(out['previous-release-id']).toBe('20261125-000000-aaaaaaa');
    expect(JSON.parse(out.images)).toEqual({ web: 'r.example/shop/web@sha256:2' });
    expect(out['rolled-back']).toBe('false');
  });

  test('a rollback run: status rolled-back, exit 1, failing service and rollback time in the summary', async () => {
    const { r, out, summary, logger } = await deployWith('rolled-back');
    expect(r).toEqual({ status: 'rolled-back', exitCode: 1 });
    expect(out.status).toBe('rolled-back');
    expect(out['rolled-back']).toBe('true');
    expect(summary).toContain(
      '| web | recreated (image) | `r.example/shop/web@sha256:1` | `r.example/shop/web@sha256:2` |',
    );
    expect(summary).toContain('| db | unchanged |');
    expect(summary).toContain('Rollback took 7s');
    expect(summary).toContain('Failing services: web');
    expect(logger.text()).toContain(
      'deploy rolled-back: unhealthy: web; rolled back to 20261125-000000-aaaaaaa (failing: web)',
    );
    expect(summary).not.toContain(SECRET);
  });

  test('dry-run prints the ordered plan and never connects', async () => {
    const { r, opened, summary, logger } = await deployWith('success', { 'dry-run': 'true' });
    expect(r.exitCode).toBe(0);
    expect(opened).toBe(0);
    expect(summary).toContain('pull_image r.example/shop/web:v2 always');
    expect(logger.text()).toContain('files: compose.yml, conf (+ .env, mode 0600)');
    expect(logger.text()).not.toContain(SECRET);
  });

  test('releases: one connection and one command give the history, what is kept and the current one', async () => {
    const line = (rel: string, kind: string, result: string) =>
      [
        '2026-11-26T03:00:00Z',
        kind,
        rel,
        result,
        'ann',
        'abcdef0123456789abcdef0123456789abcdef01',
        '',
        '',
      ].join('\t');
    const t = new RecordingTransport([
      (a) =>
        a[2]?.includes('echo "::releases"')
          ? {
              stdout: [
                line('20261125-000000-aaaaaaa', 'deploy', 'success'),
                line('20261126-000000-bbbbbbb', 'deploy', 'rolled-back'),
                '::releases',
                '20261125-000000-aaaaaaa',
                '20261126-000000-bbbbbbb',
                '20261126-010000-ccccccc.partial',
                '::current',
                '20261125-000000-aaaaaaa',
                '',
              ].join('\n'),
            }
          : undefined,
    ]);
    const logger = new MemoryLogger();
    const out: Record<string, string> = {};
    const summaries: string[] = [];
    let opened = 0;
    const r = await runPipeline(toSettings({ ...inputs, command: 'releases' }, { onGitHub: false }), {
      logger,
      outputs: { set: (k, v) => void (out[k] = v), summary: (m) => void summaries.push(m) },
      runLocal: run,
      env: {},
      openTransport: async () => {
        opened++;
        return t;
      },
    });
    expect(r.exitCode).toBe(0);
    expect({ opened, commands: t.calls.length }).toEqual({ opened: 1, commands: 1 });
    expect(out['release-id']).toBe('20261125-000000-aaaaaaa');
    expect(logger.text()).toMatch(/deploy {8}20261125-000000-aaaaaaa\s+success\s+ann {2}<- current/);
    expect(logger.text()).not.toMatch(/bbbbbbb.*<- current/);
    expect(summaries.join('\n')).toContain(
      '| 2026-11-26T03:00:00Z | deploy | `20261125-000000-aaaaaaa` (current) | success | ann | abcdef0 | kept |',
    );
  });

  test('validation errors stop the deploy before any connection', async () => {
    const t0 = deployWith('success', { env: 'OTHER=1\n' });
    await expect(t0).rejects.toThrow('validation found 1 errors; nothing was deployed');
  });
});
