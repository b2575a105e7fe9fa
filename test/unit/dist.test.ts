import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/action.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('dist/', () => {
  test('equals a fresh build of src/', () => {
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    const out = mkdtempSync(join(ROOT, 'build', 'dist-check-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), out], { stdio: 'pipe' });
    const fresh = files(out)
      .map((f) => relative(out, f))
      .sort();
    expect(
      files(join(ROOT, 'dist'))
        .map((f) => relative(join(ROOT, 'dist'), f))
        .sort(),
    ).toEqual(fresh);
    for (const f of fresh)
      expect({
        f,
        same: readFileSync(join(ROOT, 'dist', f), 'utf8') === readFileSync(join(out, f), 'utf8'),
      }).toEqual({ f, same: true });
    rmSync(out, { recursive: true, force: true });
  }, 120_000);
});
