#!/usr/bin/env node
// Bundles the action (main + post in one file) and the CLI with ncc into dist/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'dist');
const ncc = join(root, 'node_modules/.bin/ncc');
rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of [
  ['src/index.ts', out],
  ['src/cli-main.ts', join(out, 'cli')],
]) {
  execFileSync(
    ncc,
    ['build', join(root, entry), '-o', dir, '--source-map', '--license', 'licenses.txt', '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
