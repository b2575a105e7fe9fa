// scripts/ensure-deps.sh: `npm test`, `npm run demo` and `npm run bench` install the locked
// dependencies first when node_modules is missing or stale, so each works as the first command on a
// fresh clone. Run on a small project with a fake npm on PATH that records its arguments.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/action.js';

let dir: string;
let bin: string;

const LOCK = {
  name: 'p',
  lockfileVersion: 3,
  packages: {
    '': { name: 'p' },
    'node_modules/a': { version: '1.0.0' },
    'node_modules/a/node_modules/c': { version: '3.0.0' },
    'node_modules/other-platform': { version: '2.0.0', optional: true },
  },
};

function pkg(path: string, version: string): void {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'package.json'), JSON.stringify({ version }));
}

function ensure(): { code: number | null; stderr: string; npm: string[] } {
  const log = join(dir, 'npm.log');
  rmSync(log, { force: true });
  const r = spawnSync('bash', [join(dir, 'scripts/ensure-deps.sh')], {
    env: { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, NPM_LOG: log },
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stderr: r.stderr.trim(),
    npm: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [],
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-deps-'));
  bin = join(dir, 'bin');
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(bin);
  for (const f of ['ensure-deps.sh', 'deps-fresh.mjs'])
    copyFileSync(join(ROOT, 'scripts', f), join(dir, 'scripts', f));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(LOCK));
  // the fake npm records its arguments and installs what the lock names, as npm ci does
  writeFileSync(
    join(bin, 'npm'),
    [
      '#!/bin/sh',
      'echo "$*" >> "$NPM_LOG"',
      'rm -rf node_modules',
      'mkdir -p node_modules/a/node_modules/c',
      'echo \'{"version":"1.0.0"}\' > node_modules/a/package.json',
      'echo \'{"version":"3.0.0"}\' > node_modules/a/node_modules/c/package.json',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'npm'), 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/ensure-deps.sh', () => {
  test('a fresh clone (no node_modules): npm ci once, then nothing', () => {
    expect(ensure()).toEqual({
      code: 0,
      stderr: 'node_modules is missing: npm ci',
      npm: ['ci --no-audit --no-fund'],
    });
    expect(ensure()).toEqual({ code: 0, stderr: '', npm: [] });
  });

  test('a package at another version, or a missing nested one: npm ci, naming them', () => {
    pkg('node_modules/a', '0.9.0');
    const r = ensure();
    expect(r.npm).toEqual(['ci --no-audit --no-fund']);
    expect(r.stderr).toBe(
      'node_modules does not match package-lock.json (2): node_modules/a: 0.9.0, locked 1.0.0; ' +
        'node_modules/a/node_modules/c: missing: npm ci',
    );
  });

  test('an optional package of another platform may be missing', () => {
    pkg('node_modules/a', '1.0.0');
    pkg('node_modules/a/node_modules/c', '3.0.0');
    expect(ensure()).toEqual({ code: 0, stderr: '', npm: [] });
  });

  test('a failing npm ci fails the command', () => {
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "$*" >> "$NPM_LOG"\nexit 7\n');
    expect(ensure()).toEqual(expect.objectContaining({ code: 7, npm: ['ci --no-audit --no-fund'] }));
  });

  test("this checkout's node_modules matches its lock file", () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/deps-fresh.mjs'), ROOT], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '']);
  });

  test('npm test, npm run demo, npm run bench and the test:* scripts install before they need a package', () => {
    const first = (file: string, re: RegExp) => readFileSync(join(ROOT, file), 'utf8').search(re);
    for (const [file, uses] of [
      ['test/run.sh', /npx jest/],
      ['scripts/demo.sh', /node dist/],
      ['bench/run.sh', /node bench/],
    ] as const) {
      const ensureAt = first(file, /^bash scripts\/ensure-deps\.sh$/m);
      expect({ file, ensures: ensureAt >= 0 && ensureAt < first(file, uses) }).toEqual({
        file,
        ensures: true,
      });
    }
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.test).toBe('bash test/run.sh');
    for (const s of ['test:unit', 'test:e2e'])
      expect(scripts[s]).toMatch(/^bash scripts\/ensure-deps\.sh && /);
  });
});
