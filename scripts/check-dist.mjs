#!/usr/bin/env node
// dist/ must be the fresh build of the sources: builds into build/dist-check-* (or takes --fresh DIR)
// and compares every file. Exit 0 when equal, 1 naming each file that differs. The release
// workflow runs it on the tagged commit; the test suite runs it too (test/unit/dist.test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dist: { type: 'string' }, fresh: { type: 'string' } } });
const dist = resolve(values.dist ?? join(root, 'dist'));

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

let fresh = values.fresh && resolve(values.fresh);
let tmp;
if (!fresh) {
  mkdirSync(join(root, 'build'), { recursive: true });
  tmp = fresh = mkdtempSync(join(root, 'build', 'dist-check-'));
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const want = new Set(files(fresh).map((f) => relative(fresh, f)));
const have = new Set(files(dist).map((f) => relative(dist, f)));
const problems = [];
for (const f of [...new Set([...want, ...have])].sort()) {
  if (!have.has(f)) problems.push(`${f}: missing from dist/`);
  else if (!want.has(f)) problems.push(`${f}: not produced by the build`);
  else if (!readFileSync(join(dist, f)).equals(readFileSync(join(fresh, f)))) problems.push(`${f}: differs`);
}
if (tmp) rmSync(tmp, { recursive: true, force: true });
if (problems.length) {
  console.error(`dist/ is not the fresh build of the sources (run npm run build and commit):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`dist/ is the fresh build of the sources (${want.size} files)`);
