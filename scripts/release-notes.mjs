#!/usr/bin/env node
// Release notes for a tag: checks that the tag vX.Y.Z names package.json's version and prints the
// `## vX.Y.Z` section of CHANGELOG.md (kept by hand). Exit 1, saying what is missing, otherwise.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const tag = process.argv[2] ?? '';
const fail = (m) => {
  console.error(`release ${tag}: ${m}`);
  process.exit(1);
};
const m = /^v(\d+\.\d+\.\d+)$/.exec(tag);
if (!m) fail('expected a tag like v1.2.3');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (version !== m[1]) fail(`package.json says version ${version}`);
const lines = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n');
const start = lines.findIndex((l) => new RegExp(`^## ${tag.replace(/\./g, '\\.')}(\\s|$)`).test(l));
if (start < 0) fail(`CHANGELOG.md has no section "## ${tag}"`);
let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
if (end < 0) end = lines.length;
const body = lines
  .slice(start + 1, end)
  .join('\n')
  .trim();
if (!body) fail(`the CHANGELOG.md section "## ${tag}" is empty`);
process.stdout.write(body + '\n');
