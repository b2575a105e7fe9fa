#!/usr/bin/env node
// How long the validator takes on inputs that used to make it spin or crash (alias bombs, deep nesting,
// ${…} chains, oversized files), each next to a plain YAML parse of the same text.
//   node bench/attacks.mjs   (writes bench/results/attacks.md)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ncc from '@vercel/ncc';
import { parseAllDocuments } from 'yaml';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const out = mkdtempSync(join(tmpdir(), 'sd-bench-attacks-'));
const build = async (entry, name) => {
  const { code } = await ncc(join(root, entry), { quiet: true, sourceMap: false });
  writeFileSync(join(out, name), code);
  return import(join(out, name));
};
try {
  const { validate } = await build('src/config/validate/index.ts', 'validate.mjs');
  const gen = await build('test/helpers/bad-inputs/yaml-bombs.ts', 'bombs.mjs');
  const cases = [
    ['alias bomb, 2,000 keys of padding', gen.aliasBomb(2000)],
    ['alias bomb, 12,000 keys of padding', gen.aliasBomb(12000)],
    ['flow sequences 20,000 deep', gen.deepFlow(20000)],
    ['block mappings 300 deep', gen.deepBlock(300)],
    ['${…} chain 20,000 deep', gen.interpolationChain(20000)],
    ['50 MB compose file', `services:\n  web:\n    image: busybox:1\n    x: "${'a'.repeat(50e6)}"\n`],
  ];
  const rows = [
    '| input | size | validate (ms) | YAML parse alone (ms) | finding |',
    '| --- | --- | --- | --- | --- |',
  ];
  const load0 = loadavg()[0];
  for (const [name, text] of cases) {
    const dir = mkdtempSync(join(out, 'c-'));
    writeFileSync(join(dir, 'compose.yml'), text);
    const t0 = performance.now();
    const r = await validate({
      cwd: dir,
      composeFiles: ['compose.yml'],
      profile: 'dev',
      policy: 'compose',
      processEnv: {},
    });
    const ms = performance.now() - t0;
    let parseMs = '—';
    if (text.length < 2e6) {
      const p0 = performance.now();
      parseAllDocuments(text, { uniqueKeys: false, schema: 'failsafe', strict: false });
      parseMs = String(Math.round(performance.now() - p0));
    }
    const f = r.findings[0];
    rows.push(
      `| ${name} | ${(text.length / 1024).toFixed(0)} KiB | ${Math.round(ms)} | ${parseMs} | ${f ? `${f.file}:${f.line} ${f.rule} ${f.message.replace(/\|/g, '\\|')}` : 'none'} |`,
    );
    console.log(rows.at(-1));
  }
  const md = [
    ...rows,
    '',
    `Node ${process.version}, load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, ${new Date().toISOString()}.`,
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench/results/attacks.md'), md);
} finally {
  rmSync(out, { recursive: true, force: true });
}
