#!/usr/bin/env node
// action.yml is the single source of the inputs and outputs: this writes the typed contract module
// and the README reference from it. `--check` exits 1 when either is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const check = process.argv.includes('--check');

const inputs = Object.entries(action.inputs).map(([name, v]) => ({
  name,
  description: String(v.description ?? '').trim(),
  default: v.default === undefined ? undefined : String(v.default),
}));
const outputs = Object.entries(action.outputs).map(([name, v]) => ({
  name,
  description: String(v.description).trim(),
}));

const ts = `// Generated from action.yml by scripts/gen-contract.mjs. Do not edit.
export interface InputSpec {
  /** the input name exactly as in action.yml, also the CLI flag */
  name: string;
  description: string;
  /** default as action.yml declares it */
  default?: string;
}

export const INPUTS = ${JSON.stringify(inputs, null, 2)} as const satisfies readonly InputSpec[];

export const OUTPUTS = ${JSON.stringify(outputs, null, 2)} as const;

export type InputName = (typeof INPUTS)[number]['name'];
export type OutputName = (typeof OUTPUTS)[number]['name'];
`;

const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const md = [
  '<!-- inputs:start (generated from action.yml by `npm run gen`) -->',
  '| input | default | description |',
  '| --- | --- | --- |',
  ...inputs.map(
    (i) =>
      `| \`${i.name}\` | ${i.default === undefined ? '' : '`' + esc(i.default) + '`'} | ${esc(i.description)} |`,
  ),
  '',
  '| output | description |',
  '| --- | --- |',
  ...outputs.map((o) => `| \`${o.name}\` | ${esc(o.description)} |`),
  '<!-- inputs:end -->',
].join('\n');

// The host transaction's shell library lives in a real .sh file (sh -n, shellcheck); the bundle needs it as a string.
const libSh = readFileSync(join(root, 'src/plan/txn-lib.sh'), 'utf8');
const libTs = `// Generated from src/plan/txn-lib.sh by scripts/gen-contract.mjs. Do not edit.\nexport const TXN_LIB = ${JSON.stringify(libSh)};\n`;
const libPath = join(root, 'src/plan/txn-lib.gen.ts');

const tsPath = join(root, 'src/config/contract.gen.ts');
const readmePath = join(root, 'README.md');
let stale = [];
const currentTs = existsSync(tsPath) ? readFileSync(tsPath, 'utf8') : '';
if (currentTs !== ts) stale.push(tsPath);
if ((existsSync(libPath) ? readFileSync(libPath, 'utf8') : '') !== libTs) stale.push(libPath);
let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
const re = /<!-- inputs:start[\s\S]*?<!-- inputs:end -->/;
const newReadme = re.test(readme) ? readme.replace(re, md) : readme;
if (newReadme !== readme || !re.test(readme)) stale.push(readmePath);

if (check) {
  if (stale.length) {
    console.error(`stale, run npm run gen: ${stale.join(', ')}`);
    process.exit(1);
  }
  process.exit(0);
}
writeFileSync(tsPath, ts);
writeFileSync(libPath, libTs);
if (re.test(readme)) writeFileSync(readmePath, newReadme);
else console.error('README.md has no <!-- inputs:start --> … <!-- inputs:end --> block');
