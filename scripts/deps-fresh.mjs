#!/usr/bin/env node
// Exit 0 when node_modules holds every package package-lock.json names, at its locked version;
// otherwise print what differs (first few) and exit 1. Used by scripts/ensure-deps.sh.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const lockFile = join(root, 'package-lock.json');
if (!existsSync(join(root, 'node_modules'))) {
  console.log('node_modules is missing');
  process.exit(1);
}
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
const stale = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  // the project itself, other platforms' optional binaries, links to workspace folders
  if (path === '' || entry.optional || entry.link) continue;
  const manifest = join(root, path, 'package.json');
  if (!existsSync(manifest)) {
    stale.push(`${path}: missing`);
    continue;
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  if (entry.version && version !== entry.version) stale.push(`${path}: ${version}, locked ${entry.version}`);
}
if (stale.length) {
  console.log(
    `node_modules does not match package-lock.json (${stale.length}): ${stale.slice(0, 5).join('; ')}`,
  );
  process.exit(1);
}
