import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultComposeFiles } from '../../src/config/settings.js';
import { migrateServiceOf, servicesOf } from '../../src/plan/stack.js';
import { TXN_LIB } from '../../src/plan/txn-lib.gen.js';
import { brief, run } from './validate/helpers.js';

// Stacks not shaped like the bundled one: the pure decisions behind test/e2e/shapes.test.ts.
const model = {
  services: {
    web: { image: 'w:1', depends_on: { debug: { condition: 'service_started', required: false } } },
    worker: { image: 'w:1' },
    'db-setup': { image: 'w:1', restart: 'no' },
    debug: { image: 'nope:1', profiles: ['debug'] },
  },
};

describe('migrate-service', () => {
  test('the default applies only when the stack has that service', () => {
    expect(migrateServiceOf(model, 'migrations', false)).toBeUndefined();
    expect(migrateServiceOf({ services: { migrations: {} } }, 'migrations', false)).toBe('migrations');
  });

  test('an explicit name the stack lacks is a configuration error naming the services', () => {
    expect(() => migrateServiceOf(model, 'schema', true)).toThrow(
      'migrate-service: "schema" is not a service of the stack (services: db-setup, web, worker); name one of them or set it empty',
    );
    expect(migrateServiceOf(model, 'db-setup', true)).toBe('db-setup');
    expect(() => migrateServiceOf(model, 'debug', true)).toThrow(/is not a service of the stack/);
    expect(migrateServiceOf(model, 'debug', true, ['debug'])).toBe('debug');
  });
});

describe('services compose up starts', () => {
  test('inactive profiles are left out; COMPOSE_PROFILES brings them in', () => {
    expect(servicesOf(model, {}).map((s) => s.name)).toEqual(['db-setup', 'web', 'worker']);
    expect(servicesOf(model, { profiles: ['debug'] }).map((s) => s.name)).toEqual([
      'db-setup',
      'debug',
      'web',
      'worker',
    ]);
  });
});

describe('compose-files default', () => {
  const has = (files: string[]) => (p: string) => files.includes(p);
  test.each([
    [['compose.yaml', 'docker-compose.yml'], '.', ['compose.yaml']],
    [
      ['deploy/compose.yml', 'deploy/compose.override.yml'],
      'deploy',
      ['compose.yml', 'compose.override.yml'],
    ],
    [['docker-compose.yaml'], '.', ['docker-compose.yaml']],
    [
      ['compose/docker-compose.yml', 'compose/docker-compose.prod.yml'],
      '.',
      ['compose/docker-compose.yml', 'compose/docker-compose.prod.yml'],
    ],
    [[], '.', []],
  ])('%j in %s → %j', (files, dir, want) => {
    expect(defaultComposeFiles(dir, has(files))).toEqual(want);
  });
});

describe('policy auto', () => {
  const generic = {
    'compose.yaml': [
      'services:',
      '  web:',
      '    image: web:1',
      '    ports: ["8080:8080"]',
      '  worker:',
      '    image: web:1',
      '    environment: { API_TOKEN: "abc123literal" }',
      '',
    ].join('\n'),
  };

  test('a stack without roles: opinions are warnings, safety rules stay errors', async () => {
    const r = await run(generic, { policy: 'auto', profile: 'prod' });
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors).toEqual(['SD-SEC-001']);
    const warnings = new Set(r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule));
    for (const rule of ['SD-RES-001', 'SD-NET-001', 'SD-HC-001']) expect(warnings).toContain(rule);
  });

  test('the same stack declaring roles, or policy stack, gets every rule as an error', async () => {
    const declared = {
      'compose.yaml': generic['compose.yaml'] + 'x-stack-deploy:\n  roles: { web: app }\n',
    };
    for (const r of [
      await run(declared, { policy: 'auto', profile: 'prod' }),
      await run(generic, { policy: 'stack', profile: 'prod' }),
    ]) {
      const errors = new Set(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
      for (const rule of ['SD-SEC-001', 'SD-RES-001', 'SD-NET-001']) expect(errors).toContain(rule);
    }
  });
});

describe('what Compose refuses', () => {
  test('an image that interpolates to an empty string without build', async () => {
    const r = await run(
      { 'compose.yaml': 'services:\n  web:\n    image: ${WEB_IMAGE}\n' },
      { policy: 'compose' },
    );
    expect(brief(r.findings.filter((f) => f.severity === 'error'))).toEqual([
      'SD-SCH-005 3:12 services.web.image: ${WEB_IMAGE} interpolates to an empty string and there is no build; Compose refuses a service without an image or a build context',
    ]);
  });

  test('build.platforms without the service platform', async () => {
    const r = await run(
      {
        'compose.yaml':
          'services:\n  web:\n    image: w:1\n    platform: linux/arm64\n    build: { context: ., platforms: [linux/amd64] }\n',
      },
      { policy: 'compose' },
    );
    expect(brief(r.findings.filter((f) => f.severity === 'error'))).toEqual([
      'SD-SCH-004 5:37 services.web.build.platforms: must include the service\'s platform "linux/arm64" (Compose refuses the file otherwise)',
    ]);
  });

  test('included and extended compose files are reported, so a release ships them', async () => {
    const r = await run(
      {
        'compose.yaml':
          'include: [parts/w.yaml]\nservices:\n  web:\n    image: w:1\n    extends: { file: common/base.yaml, service: base }\n',
        'parts/w.yaml': 'services:\n  worker:\n    image: w:1\n',
        'common/base.yaml': 'services:\n  base:\n    environment: { A: "1" }\n',
      },
      { policy: 'compose', composeFiles: ['compose.yaml'] },
    );
    expect(r.composeSources).toEqual(['common/base.yaml', 'compose.yaml', 'parts/w.yaml']);
  });
});

describe('txn-lib: no host command names a service the release lacks', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sd-txn-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs apply_current against a stub docker/dc that records its calls; `up` exits upRc. */
  function applyCurrent(services: string, skip: string, upRc: number): string[] {
    const rel = join(dir, 'releases', 'r1');
    mkdirSync(rel, { recursive: true });
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(rel, 'services.txt'), services);
    writeFileSync(join(rel, 'images.txt'), '');
    execFileSync('ln', ['-s', 'releases/r1', join(dir, 'current')]);
    const calls = join(dir, 'calls');
    const script = [
      TXN_LIB,
      `docker() { echo "docker $*" >>'${calls}'; }`,
      `dc() { echo "dc $*" >>'${calls}'; case "$*" in "up -d --no-build --remove-orphans"*) return ${upRc} ;; esac; }`,
      `DIR='${dir}' RUN='${dir}/run' PROJECT=p FROM=`,
      `SKIP_ONESHOT='${skip}' SKIP_WHY=test`,
      'apply_current',
    ].join('\n');
    execFileSync('sh', ['-c', script], { encoding: 'utf8' });
    return readFileSync(calls, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('dc '));
  }

  test('SKIP_ONESHOT of a service the target release does not have is dropped', () => {
    const dc = applyCurrent('web\thealth\nworker\trun\n', 'migrations', 0);
    expect(dc.filter((l) => l.includes(' up '))).toEqual(['dc up -d --no-build --remove-orphans']);
    expect(dc.join('\n')).not.toContain('migrations');
  });

  test('SKIP_ONESHOT of a service the release has is scaled to 0', () => {
    const dc = applyCurrent('migrations\toneshot\nweb\thealth\n', 'migrations', 0);
    expect(dc.filter((l) => l.includes(' up '))).toEqual([
      'dc up -d --no-build --remove-orphans --scale migrations=0',
    ]);
  });

  test('a failing compose up starts every long-running service on its own', () => {
    const dc = applyCurrent('setup\toneshot\nweb\thealth\nworker\trun\n', '', 1);
    expect(dc.filter((l) => l.includes(' up '))).toEqual([
      'dc up -d --no-build --remove-orphans',
      'dc up -d --no-build --no-deps -- web',
      'dc up -d --no-build --no-deps -- worker',
    ]);
  });
});
