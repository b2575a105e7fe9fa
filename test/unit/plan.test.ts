import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLayout, injectedEnvFile, releaseId } from '../../src/plan/bundle.js';
import { script } from '../../src/plan/remote.js';
import {
  defaultHealthTimeout,
  dependencyOrder,
  durationSec,
  servicesOf,
  shippedPaths,
} from '../../src/plan/stack.js';
import {
  composeWrapper,
  deployScript,
  deploySteps,
  describeSteps,
  pullList,
  rollbackScript,
} from '../../src/plan/transaction.js';

const model = {
  services: {
    nginx: {
      image: 'nginx:1',
      depends_on: ['backend'],
      volumes: ['./nginx/conf.d:/etc/nginx/conf.d:ro', 'logs:/var/log/nginx'],
    },
    backend: {
      image: 'r.io/app/backend@sha256:x',
      depends_on: {
        migrations: { condition: 'service_completed_successfully' },
        db: { condition: 'service_healthy' },
      },
      healthcheck: { test: ['CMD', 'true'], interval: '5s', timeout: '3s', retries: 3, start_period: '30s' },
      env_file: ['./backend.env'],
    },
    migrations: {
      image: 'r.io/app/backend:t',
      depends_on: { db: { condition: 'service_healthy' } },
      restart: 'no',
    },
    db: {
      image: 'postgres:16',
      healthcheck: { test: ['CMD', 'pg_isready'] },
      volumes: [{ type: 'volume', source: 'db', target: '/data' }],
    },
  },
  configs: { site: { file: './site.conf' } },
};

describe('stack plan', () => {
  test.each([
    ['10s', 10],
    ['1m30s', 90],
    ['500ms', 0.5],
    ['2h', 7200],
    [15, 15],
    ['ten', 30],
    [undefined, 30],
  ])('durationSec(%j)', (v, want) => expect(durationSec(v, 30)).toBe(want));

  test('dependency order puts dependencies first', () => {
    expect(dependencyOrder(model)).toEqual(['db', 'migrations', 'backend', 'nginx']);
  });

  test('services: one-shots, health budgets, bind files', () => {
    const s = servicesOf(model, { migrateService: 'migrations' });
    expect(s.map((x) => [x.name, x.oneshot, x.hasHealthcheck, x.healthBudgetSec])).toEqual([
      ['db', false, true, 240],
      ['migrations', true, false, 10],
      ['backend', false, true, 62],
      ['nginx', false, false, 10],
    ]);
    expect(s.find((x) => x.name === 'nginx')?.bindFiles).toEqual(['nginx/conf.d']);
    expect(defaultHealthTimeout(s)).toBe(240);
  });

  test('shipped paths: bind sources, env files, config files; never named volumes', () => {
    expect(shippedPaths(model)).toEqual(['backend.env', 'nginx/conf.d', 'site.conf']);
  });

  test('bundle layout mirrors the files under their common directory', () => {
    const l = bundleLayout(
      ['deploy/compose.yml', 'deploy/compose.prod.yml'],
      ['nginx/conf.d', '../shared/x.env'],
    );
    expect(() => bundleLayout(['compose.yml'], ['../secrets/x'])).toThrow(
      'files outside the working directory cannot be shipped',
    );
    expect(l).toEqual({
      root: '.',
      entries: [
        { from: 'deploy/compose.yml', to: 'files/deploy/compose.yml' },
        { from: 'deploy/compose.prod.yml', to: 'files/deploy/compose.prod.yml' },
        { from: 'deploy/nginx/conf.d', to: 'files/deploy/nginx/conf.d' },
        { from: 'shared/x.env', to: 'files/shared/x.env' },
      ],
      projectDir: 'files/deploy',
      composeFiles: ['files/deploy/compose.yml', 'files/deploy/compose.prod.yml'],
    });
    expect(bundleLayout(['compose/a.yml'], []).projectDir).toBe('files');
    expect(() => bundleLayout(['a.yml'], ['../../etc/passwd'])).toThrow('outside the working directory');
    expect(() => bundleLayout(['a.yml'], ['./x;rm -rf'])).toThrow('file names may hold');
  });

  test('release ids sort by time and carry the commit', () => {
    expect(releaseId(new Date('2026-11-26T03:15:00Z'), 'abcdef0123')).toBe('20261126-031500-abcdef0');
    expect(releaseId(new Date('2026-11-26T03:15:00Z'))).toMatch(/^20261126-031500-[0-9a-f]{1,7}$/);
    expect(injectedEnvFile({ IMAGE_TAG: 'v1', REGISTRY: 'r.io' })).toBe('IMAGE_TAG=v1\nREGISTRY=r.io\n');
  });
});

describe('host transaction', () => {
  const services = servicesOf(model, { migrateService: 'migrations' });
  const txn = {
    project: 'shop',
    dir: '~/stack-deploy/shop',
    runId: 'r1',
    releaseId: 'r1',
    lockTimeoutSec: 60,
    healthTimeoutSec: 90,
    healthUrls: ['http://127.0.0.1/healthz'],
    keepReleases: 5,
    meta: { actor: 'ann', sha: 'abc', runUrl: 'local' },
    services,
    registry: 'r.io',
    migrateService: 'migrations',
    migrateTimeoutSec: 900,
    rollbackOnFailure: true,
    downgradeOnRollback: false,
  };

  test('pulls registry images always and others only when missing, each once', () => {
    expect(pullList(services, 'r.io')).toEqual([
      { image: 'postgres:16', policy: 'missing' },
      { image: 'r.io/app/backend:t', policy: 'always' },
      { image: 'r.io/app/backend@sha256:x', policy: 'always' },
      { image: 'nginx:1', policy: 'missing' },
    ]);
  });

  test('the ordered steps read as one list', () => {
    const lines = describeSteps(deploySteps(txn));
    const calls = lines.filter((l) =>
      /^(phase|acquire_lock|check_config|pull_image|pull_wait|resolve_images|run_migrations|record_revision|SKIP_ONESHOT=|point_current|apply_current)\b/.test(
        l,
      ),
    );
    expect(calls).toEqual([
      'phase lock',
      'acquire_lock 60',
      'phase check',
      'check_config',
      'phase pull',
      'pull_image postgres:16 missing',
      'pull_image r.io/app/backend:t always',
      'pull_image r.io/app/backend@sha256:x always',
      'pull_image nginx:1 missing',
      'pull_wait',
      'phase resolve',
      'resolve_images db postgres:16 migrations r.io/app/backend:t backend r.io/app/backend@sha256:x nginx nginx:1',
      'phase migrate',
      'run_migrations migrations 900',
      'record_revision migrations',
      "SKIP_ONESHOT=migrations; SKIP_WHY='it already ran in the migrate phase'",
      'phase switch',
      'point_current r1',
      'apply_current',
      'phase verify',
    ]);
    expect(lines.join('\n')).toContain('rolling back the whole stack to $GOOD');
    // without a migrate service compose up runs every one-shot itself
    const noMigrate = describeSteps(deploySteps({ ...txn, migrateService: undefined })).join('\n');
    expect(noMigrate).not.toMatch(/^SKIP_ONESHOT=migrations/m);
    expect(describeSteps(deploySteps({ ...txn, rollbackOnFailure: false })).join('\n')).not.toContain(
      'rolling back',
    );
  });

  test('hostile values stay data: the script parses and quotes them', () => {
    const evil = {
      ...txn,
      project: "x'; touch /tmp/sd-evil; '",
      meta: { actor: '$(touch /tmp/sd-evil)', sha: '`id`', runUrl: 'a\nb' },
    };
    for (const text of [
      deployScript(evil),
      rollbackScript({ ...evil, target: 'r0', downgradeOnRollback: true, migrateService: 'migrations' }),
    ]) {
      execFileSync('sh', ['-n'], { input: text });
      expect(text).toContain(`PROJECT='x'\\''; touch /tmp/sd-evil; '\\'''`);
      expect(text).toContain("ACTOR='$(touch /tmp/sd-evil)'");
    }
  });

  test('the compose wrapper quotes paths and keeps the root overridable', () => {
    expect(composeWrapper('shop', 'files/deploy', ['files/deploy/a b.yml'])).toBe(
      [
        '#!/bin/sh',
        '# docker compose for this release: `SD_ROOT=<dir> ./dc ps`; by default the directory of this file.',
        'root=${SD_ROOT:-$(cd "$(dirname "$0")" && pwd)}',
        `exec docker compose -p shop --project-directory "$root"/files/deploy -f "$root"/'files/deploy/a b.yml' -f "$root/release.yml" --env-file "$root/.env" --env-file "$root/stack-deploy.env" "$@"`,
        '',
      ].join('\n'),
    );
  });

  test('library functions run in a real shell: last_good skips failures and the current release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-lib-'));
    writeFileSync(
      join(dir, 'history.log'),
      [
        't\tdeploy\tr1\tsuccess\ta\ts\tu\td',
        't\tdeploy\tr2\tsuccess\ta\ts\tu\td',
        't\tdeploy\tr3\tfailed\ta\ts\tu\td',
        '',
      ].join('\n'),
    );
    const lib = deployScript(txn)
      .split('\nphase lock\n')[0]
      .replace(/^DIR=.*$/m, `DIR='${dir}'`);
    const run = (body: string) => execFileSync('sh', ['-c', `${lib}\n${body}`], { encoding: 'utf8' });
    expect(run('last_good r3')).toBe('r2\n');
    expect(run('last_good r2')).toBe('r1\n');
    expect(run('clean_field "$(printf "a\\tb\\nc")"')).toBe('a b c\n');
  });

  test('remote scripts take values as arguments, never as script text', () => {
    const argv = script('echo "$1"', ['$(id)']);
    expect(argv[0]).toBe('sh');
    expect(argv[argv.length - 1]).toBe('$(id)');
    expect(execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' })).toBe('$(id)\n');
    expect(
      execFileSync('sh', ['-c', script('expand "$1"', ['~/a b'])[2], 'sh', '~/a b'], {
        encoding: 'utf8',
        env: { HOME: '/h' },
      }),
    ).toBe('/h/a b');
  });
});
