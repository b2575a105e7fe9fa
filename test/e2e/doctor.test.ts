import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runActionWithPost } from '../helpers/action.js';
import { waitFor } from '../helpers/faults.js';
import { parseJsonLine, teardown, type TestProject } from '../helpers/stack.js';
import { flags, runCli, sshInputs, testbed } from '../helpers/testbed.js';
import type { DoctorReport } from '../../src/steps/doctor-render.js';
import type { Check } from '../../src/steps/doctor-checks.js';

jest.setTimeout(600_000);
const tb = testbed();
const p: TestProject = { name: 'sdtest-doc-a', env: '', httpPort: 19810, httpsPort: 19811 };
const API_PORT = 19812;
const URL = `http://127.0.0.1:${p.httpPort}/`;
let work = '';
const t0 = Date.now();
const timings: Record<string, number> = {};

const inputs = () => ({
  ...sshInputs(tb),
  'project-name': p.name,
  'compose-files': 'compose.yml',
  'health-urls': URL,
});
const cid = (svc: string) => `${p.name}-${svc}-1`;
const inspect = (svc: string, fmt: string) =>
  execFileSync('docker', ['inspect', '-f', fmt, cid(svc)], { encoding: 'utf8' }).trim();
const find = (r: DoctorReport, area: string, subject: string | RegExp): Check => {
  const c = r.checks.find(
    (x) => x.area === area && (typeof subject === 'string' ? x.subject === subject : subject.test(x.subject)),
  );
  if (!c) throw new Error(`no ${area} check ${subject}: ${r.checks.map((x) => x.subject).join(', ')}`);
  return c;
};

beforeAll(async () => {
  teardown(p);
  work = mkdtempSync(join(tmpdir(), 'sdtest-doc-'));
  cpSync(join(ROOT, 'test/fixtures/doctor'), work, { recursive: true });
  mkdirSync(join(work, 'certs'));
  // expires in 3 days: within the 14 days doctor warns about
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3',
      '-subj',
      '/CN=sdtest-doc',
      '-keyout',
      join(work, 'certs/key.pem'),
      '-out',
      join(work, 'certs/cert.pem'),
    ],
    { stdio: 'pipe' },
  );
  writeFileSync(
    join(work, '.env'),
    `WEB_PORT=${p.httpPort}\nTLS_PORT=${p.httpsPort}\nAPI_PORT=${API_PORT}\n`,
    { mode: 0o600 },
  );
  const s = Date.now();
  const r = await runCli(
    ['deploy', ...flags({ ...inputs(), policy: 'compose' }), '--json'],
    { STACK_DEPLOY_SSH_KEY: tb.key },
    work,
  );
  timings.deploy = Date.now() - s;
  expect(parseJsonLine(r.stdout).status).toBe('success');
});

let listener: Server | undefined;
afterAll(() => {
  listener?.close();
  teardown(p);
  console.log(`doctor e2e: ${JSON.stringify({ ...timings, total: Date.now() - t0 })} ms`);
});

describe('doctor on a small stack of the testbed', () => {
  test('healthy: no problem, exit 0; the 3-day certificate is a warning', async () => {
    const s = Date.now();
    const r = await runCli(['doctor', ...flags(inputs()), '--json'], { STACK_DEPLOY_SSH_KEY: tb.key }, work);
    timings.doctorHealthy = Date.now() - s;
    const out = parseJsonLine(r.stdout);
    const rep = JSON.parse(out.doctor) as DoctorReport;
    expect(rep.checks.filter((c) => c.level === 'problem')).toEqual([]);
    expect(r.code).toBe(0);
    expect(out.status).toBe('success');
    for (const svc of ['db', 'web', 'api', 'crashy', 'hog', 'tls'])
      expect(find(rep, 'containers', svc).level).toBe('ok');
    expect(find(rep, 'dependencies', 'web → db').level).toBe('ok');
    expect(find(rep, 'dependencies', 'web resolves db').level).toBe('ok');
    expect(find(rep, 'volumes', 'web writes /srv/data')).toMatchObject({
      level: 'ok',
      summary: 'writable by 1000',
    });
    expect(find(rep, 'access', URL).summary).toBe('answered 200');
    expect(find(rep, 'access', `port 127.0.0.1:${API_PORT} → api:8080/tcp`).level).toBe('ok');
    expect(find(rep, 'configuration', '.env')).toMatchObject({ level: 'ok', summary: 'mode 600' });
    expect(find(rep, 'configuration', 'web config').level).toBe('ok');
    const cert = find(rep, 'access', `certificate on 127.0.0.1:${p.httpsPort}`);
    expect(cert.level).toBe('warning');
    expect(cert.summary).toMatch(/^expires within 14 days \(notAfter \w+ +\d+ [\d:]+ \d{4} GMT\)$/);
    expect(cert.next).toMatch(/renew the certificate/);
    expect(r.stderr).toMatch(/0 problem\(s\), 1 warning\(s\)/);
  });

  test('each provoked problem is found with its next step; exit 1; logs cannot issue workflow commands', async () => {
    // OOM under a 16m limit, a restart loop, a stopped dependency, a port taken by another process,
    // a volume mountpoint made read-only for the service's user
    execFileSync('docker', ['exec', cid('hog'), 'touch', '/tmp/oom']);
    execFileSync('docker', ['exec', cid('crashy'), 'touch', '/flags/crash']);
    execFileSync('docker', ['exec', '-u', '0', cid('web'), 'chmod', '0555', '/srv/data']);
    execFileSync('docker', ['stop', '-t', '1', cid('db'), cid('api')], { stdio: 'pipe' });
    listener = createServer();
    await new Promise<void>((res) => listener?.listen(API_PORT, '127.0.0.1', res));
    expect(() => execFileSync('docker', ['start', cid('api')], { stdio: 'pipe' })).toThrow(
      /address already in use/,
    );
    await waitFor(() => inspect('hog', '{{.State.Status}}') === 'exited', 60_000, 'hog OOM-killed');
    await waitFor(() => Number(inspect('crashy', '{{.RestartCount}}')) >= 3, 60_000, 'crashy restarting');

    const s = Date.now();
    const { main } = await runActionWithPost(
      { command: 'doctor', ...inputs(), 'ssh-key': tb.key },
      { cwd: work },
    );
    timings.doctorProvoked = Date.now() - s;
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed');
    const rep = JSON.parse(main.outputs.doctor) as DoctorReport;

    const hog = find(rep, 'containers', 'hog');
    expect(hog).toMatchObject({
      level: 'problem',
      summary: 'was OOM-killed (memory limit 16MiB); status exited',
    });
    expect(hog.next).toContain('raise mem_limit');
    expect(hog.evidence).toContain('allocating');

    const crashy = find(rep, 'containers', 'crashy');
    expect(crashy.level).toBe('problem');
    expect(crashy.summary).toMatch(
      /^restart loop: restarted \d+ times(, last exit code 3| \(up again for the moment\))$/,
    );
    expect(crashy.evidence).toContain('fatal: cannot read /etc/app.conf');
    expect(crashy.next).toContain('read the last log lines');

    expect(find(rep, 'containers', 'db')).toMatchObject({
      level: 'problem',
      summary: expect.stringMatching(/^not running: exited/),
    });
    const dep = find(rep, 'dependencies', 'web → db');
    expect(dep).toMatchObject({
      level: 'problem',
      summary: expect.stringMatching(/^db \(service_healthy\) is exited/),
    });
    expect(dep.next).toContain('up -d db');
    expect(find(rep, 'dependencies', 'web resolves db')).toMatchObject({
      level: 'problem',
      summary: 'db does not resolve on default',
    });

    const api = find(rep, 'containers', 'api');
    expect(api.summary).toMatch(/its port is taken$/);
    expect(api.evidence.join('\n')).toContain('address already in use');
    const port = find(rep, 'access', `port 127.0.0.1:${API_PORT} → api:8080/tcp`);
    expect(port.level).toBe('problem');
    expect(port.summary).toMatch(/^taken by another process/);
    expect(port.next).toContain(`sport = :${API_PORT}`);

    const vol = find(rep, 'volumes', 'web writes /srv/data');
    expect(vol).toMatchObject({
      level: 'problem',
      summary: `volume ${p.name}_webdata at /srv/data is not writable by the service's user (1000)`,
    });
    expect(vol.next).toContain('chown -R 1000');

    expect(find(rep, 'access', `certificate on 127.0.0.1:${p.httpsPort}`).level).toBe('warning');
    // untouched services stay ok
    expect(find(rep, 'containers', 'tls').level).toBe('ok');
    expect(find(rep, 'containers', 'web').level).toBe('ok');
    expect(rep.problems).toBe(rep.checks.filter((c) => c.level === 'problem').length);

    // the job summary table, and the log: host text only inside ::stop-commands::, prefixed
    expect(main.summary).toContain('| level | area | subject | finding | next step |');
    expect(main.summary).toMatch(/\| ❌ problem \| containers \| hog \| was OOM-killed/);
    const lines = main.stdout.split('\n');
    const forged = lines.findIndex((l) => l.includes('::error::forged by a log line'));
    expect(lines[forged]).toMatch(/^ {4}\| ::error::forged by a log line$/);
    const start = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    const token = lines[start].slice('::stop-commands::'.length);
    const end = lines.indexOf(`::${token}::`);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(start).toBeLessThan(forged);
    expect(end).toBeGreaterThan(forged);
  });
});
