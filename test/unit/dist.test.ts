// dist/ is the fresh build of src/: scripts/check-dist.mjs, the check the release workflow runs on
// the tagged commit, run here on this checkout, and on two small trees that differ.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/action.js';

const checkDist = (args: string[] = []) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check-dist.mjs'), ...args], { encoding: 'utf8' });

function tree(root: string, files: Record<string, string>): string {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  return root;
}

describe('dist/', () => {
  test('equals a fresh build of src/ (scripts/check-dist.mjs)', () => {
    const r = checkDist();
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^dist\/ is the fresh build of the sources \(\d+ files\)\n$/);
  }, 240_000);

  test('the check names each file that differs, is missing or is extra', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-dist-'));
    try {
      const dist = tree(join(dir, 'dist'), { 'index.js': 'a', 'cli/index.js': 'old', 'extra.js': 'x' });
      const fresh = tree(join(dir, 'fresh'), { 'index.js': 'a', 'cli/index.js': 'new', 'licenses.txt': 'l' });
      const r = checkDist(['--dist', dist, '--fresh', fresh]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        'dist/ is not the fresh build of the sources (run npm run build and commit):',
        '  cli/index.js: differs',
        '  extra.js: not produced by the build',
        '  licenses.txt: missing from dist/',
      ]);
      expect(checkDist(['--dist', fresh, '--fresh', fresh]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
