import { loadJson } from '../../../src/config/validate/json.js';
import { oracleCompare, validate, type Runner } from '../../../src/config/validate/index.js';
import { Sink, toPlain } from '../../../src/config/validate/tree.js';
import { brief, cleanup, run, tmpProject } from './helpers.js';

describe('validate(): the report', () => {
  test('findings sorted errors first, then file, line, col; counts match', async () => {
    const r = await run(
      {
        'b.yml': 'services:\n  s:\n    image: x:1\n    imagee: y\n',
        'a.yml': 'version: "3"\nservices:\n  s:\n    image: x:1\n    ports: "80"\n',
      },
      { composeFiles: ['a.yml', 'b.yml'] },
    );
    expect(brief(r.findings)).toEqual([
      'SD-SCH-004 5:12 services.s.ports: expected a list, got "80"',
      'SD-SCH-004 4:5 services.s: unknown key "imagee" (did you mean "image"?)',
      'SD-SCH-008 1:1 `version` is obsolete and ignored by Compose v2; remove it',
    ]);
    expect(r.findings.map((f) => f.file)).toEqual(['a.yml', 'b.yml', 'a.yml']);
    expect([r.errors, r.warnings]).toEqual([2, 1]);
  });

  test('model, env, secret keys and the local files a deploy ships', async () => {
    const r = await run(
      {
        'compose/base.yml': [
          'services:',
          '  app:',
          '    build: ../app',
          '    image: app:${IMAGE_TAG}',
          '    env_file: app.env',
          '    volumes: ["./conf:/etc/app:ro", "/var/log:/host-logs:ro", "data:/data"]',
          '    environment: {DB_PASSWORD: "${DB_PASSWORD}"}',
          'volumes: {data: {}}',
          'secrets:',
          '  tls: {file: ./tls.pem}',
          '',
        ].join('\n'),
        'compose/app.env': 'X=1\n',
        'compose/.env': 'DB_PASSWORD=pw-123456\nIMAGE_TAG=from-env\nPLAIN=1\n',
      },
      { composeFiles: ['compose/base.yml'], extraVars: { IMAGE_TAG: 'sha-abc1234' } },
    );
    expect(r.errors).toBe(0);
    expect(r.model).toMatchObject({
      services: { app: { image: 'app:sha-abc1234', environment: { DB_PASSWORD: 'pw-123456' } } },
    });
    expect(r.env).toEqual({ DB_PASSWORD: 'pw-123456', IMAGE_TAG: 'from-env', PLAIN: '1' });
    expect(r.secretKeys).toEqual(['DB_PASSWORD']);
    expect(r.files).toEqual(['app', 'compose/app.env', 'compose/conf', 'compose/tls.pem']);
  });

  test('envContent wins over envFile; a missing envFile is a finding', async () => {
    const files = { 'c.yml': 'services:\n  s:\n    image: "x:${TAG}"\n', 'my.env': 'TAG=file\n' };
    expect((await run(files, { envFile: 'my.env', envContent: 'TAG=content\n' })).model).toMatchObject({
      services: { s: { image: 'x:content' } },
    });
    const missing = await run(files, { envFile: 'nope.env' });
    expect(brief(missing.findings)).toContain('SD-ENV-001 0:0 nope.env: env file not found');
  });

  test('process env: only bare .env keys (and COMPOSE_PROFILES) read it; extra vars win over .env', async () => {
    const r = await run(
      {
        'c.yml': 'services:\n  s:\n    image: "x:${TAG}"\n    environment: {A: "${A}", B: "${B}"}\n',
        '.env': 'A\nTAG=env\n',
      },
      { processEnv: { A: 'from-process', B: 'fallback', TAG: 'process' }, extraVars: { TAG: 'extra' } },
    );
    expect(r.model).toMatchObject({
      services: { s: { image: 'x:extra', environment: { A: 'from-process', B: '' } } },
    });
  });

  test('policy compose runs only what Compose checks; policy stack adds the rules', async () => {
    const files = { 'c.yml': 'services:\n  backend:\n    image: app:latest\n    ports: ["8000:8000"]\n' };
    const compose = await run(files, { policy: 'compose', profile: 'prod' });
    expect(compose.findings).toEqual([]);
    const stack = await run(files, { policy: 'stack', profile: 'prod' });
    expect(new Set(stack.findings.map((f) => f.rule))).toEqual(
      new Set([
        'SD-NET-001',
        'SD-SEC-005',
        'SD-HC-001',
        'SD-RST-002',
        'SD-RES-001',
        'SD-RES-002',
        'SD-RES-004',
        'SD-ENV-006',
      ]),
    );
  });

  test('unset ${VAR}: error in prod, warning in dev and under policy compose', async () => {
    const files = { 'c.yml': 'services:\n  s:\n    image: "x:${TAG}"\n' };
    const sev = async (o: object): Promise<string[]> =>
      (await run(files, o)).findings.filter((f) => f.rule === 'SD-ENV-004').map((f) => f.severity);
    expect(await sev({ policy: 'stack', profile: 'prod' })).toEqual(['error']);
    expect(await sev({ policy: 'stack', profile: 'dev' })).toEqual(['warning']);
    expect(await sev({ policy: 'compose', profile: 'prod' })).toEqual(['warning']);
  });

  test('a file that cannot be loaded leaves no model', async () => {
    const r = await run({ 'c.yml': 'services: [\n' });
    expect(r.model).toBeUndefined();
    expect(r.files).toEqual([]);
    expect(r.errors).toBe(1);
  });
});

describe('JSON with positions (variables schema)', () => {
  test('values and positions', () => {
    const sink = new Sink();
    const n = loadJson(
      '{\n  "a": [1, true, null, "x\\n"],\n  "b": {"c": -1.5e2}\n}',
      'v.json',
      sink,
      'SD-ENV-006',
    );
    expect(toPlain(n)).toEqual({ a: [1, true, null, 'x\n'], b: { c: -150 } });
    expect(n?.kind === 'map' && n.entries.get('b')?.keyLoc).toEqual({ file: 'v.json', line: 3, col: 3 });
    expect(sink.findings).toEqual([]);
  });

  test.each([
    ['{"a": 1,}', 1, 9, 'expected a "key"'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['{"a": "x', 1, 7, 'unterminated string'],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value'],
    ['{} x', 1, 4, 'expected the end of input'],
  ])('%j → %d:%d', (text, line, col, message) => {
    const sink = new Sink();
    expect(loadJson(text, 'v.json', sink, 'SD-ENV-006')).toBeUndefined();
    expect(sink.findings).toEqual([
      {
        rule: 'SD-ENV-006',
        severity: 'error',
        file: 'v.json',
        line,
        col,
        message: `v.json: invalid JSON: ${message}`,
      },
    ]);
  });
});

describe('oracleCompare with a recorded runner', () => {
  test('builds the docker compose argv, passes extra vars, compares the merged services', async () => {
    const dir = tmpProject({
      'c.yml':
        'services:\n  s:\n    image: "x:${TAG}"\n    ports: ["8080:80"]\n    environment: {P: "${PASSWORD}"}\n',
      'stack.env': 'PASSWORD=very-secret-value\n',
    });
    try {
      const input = {
        cwd: dir,
        composeFiles: ['c.yml'],
        envFile: 'stack.env',
        profile: 'prod' as const,
        policy: 'compose' as const,
        extraVars: { TAG: '1' },
        processEnv: { HOME: '/root', PASSWORD: 'ignored' },
      };
      const report = await validate(input);
      const calls: { argv: string[]; env: Record<string, string> }[] = [];
      const runner: Runner = async (argv, opts) => {
        calls.push({ argv, env: opts.env });
        const json = {
          services: {
            s: {
              image: 'x:1',
              ports: [{ mode: 'ingress', target: 80, published: '8081', protocol: 'tcp' }],
              environment: { P: 'very-secret-value' },
            },
          },
        };
        return { code: 0, stdout: JSON.stringify(json), stderr: '' };
      };
      const r = await oracleCompare(input, report, runner);
      expect(calls[0].argv).toEqual([
        'docker',
        'compose',
        '-f',
        `${dir}/c.yml`,
        '--env-file',
        `${dir}/stack.env`,
        'config',
        '--format',
        'json',
      ]);
      expect(calls[0].env).toEqual({ HOME: '/root', TAG: '1' });
      expect(r).toEqual({
        composeValid: true,
        ourValid: true,
        agree: true,
        differences: ['services.s.ports: ours [":8080:80/tcp"], Compose [":8081:80/tcp"]'],
      });

      const failing: Runner = async () => ({
        code: 15,
        stdout: '',
        stderr: 'error: very-secret-value is wrong\n',
      });
      expect(await oracleCompare(input, report, failing)).toEqual({
        composeValid: false,
        ourValid: true,
        agree: false,
        composeError: 'error: [REDACTED] is wrong',
        differences: [],
      });
    } finally {
      cleanup(dir);
    }
  });
});
