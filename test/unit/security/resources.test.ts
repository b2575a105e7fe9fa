// Finding 7: inputs that made the validator spin, eat memory or overflow the stack end quickly with a
// finding naming the file and line (timings: bench/attacks.mjs, not asserted here).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../../src/config/validate/index.js';
import { aliasBomb, deepBlock, deepFlow, interpolationChain } from '../../helpers/bad-inputs/yaml-bombs.js';
import { cleanup, tmpProject } from '../validate/helpers.js';

async function findings(files: Record<string, string>): Promise<string[]> {
  const dir = tmpProject(files);
  try {
    const r = await validate({
      cwd: dir,
      composeFiles: ['compose.yml'],
      profile: 'dev',
      policy: 'compose',
      processEnv: {},
    });
    return r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`);
  } finally {
    cleanup(dir);
  }
}

test('an alias bomb padded with 2,000 keys completes and is reported', async () => {
  expect(await findings({ 'compose.yml': aliasBomb(2000) })).toEqual([
    'compose.yml:1 SD-SCH-001 YAML expands to too many nodes (aliases nested too deeply?)',
  ]);
});

test.each([
  ['flow sequences', deepFlow(20_000), 4],
  ['flow mappings', deepFlow(20_000, 'map'), 4],
  ['block mappings', deepBlock(300), 103],
])('%s nested deeper than 100 levels: file and line, no stack overflow', async (_n, text, line) => {
  expect(await findings({ 'compose.yml': text })).toEqual([
    `compose.yml:${line} SD-SCH-001 YAML nests more than 100 levels deep`,
  ]);
});

test('a ${…} chain 20,000 deep: file and line, no stack overflow', async () => {
  expect(await findings({ 'compose.yml': interpolationChain(20_000) })).toEqual([
    'compose.yml:3 SD-ENV-002 services.web.image: ${…} nested more than 32 levels deep; not interpolated',
  ]);
});

test('the same chain in .env', async () => {
  const out = await findings({
    'compose.yml': 'services:\n  web:\n    image: busybox:1\n',
    '.env': `A=${'${B:-'.repeat(5000)}x${'}'.repeat(5000)}\n`,
  });
  expect(out).toEqual(['.env:1 SD-ENV-001 A: ${…} nested more than 32 levels deep; not interpolated']);
});

test('files over 1 MiB are not read; the finding names the file and the limit', async () => {
  const big = `services:\n  web:\n    image: busybox:1\n    x-pad: "${'a'.repeat(2 * 1024 * 1024)}"\n`;
  expect(await findings({ 'compose.yml': big })).toEqual([
    'compose.yml:0 SD-SCH-001 compose.yml: 2.0 MiB is over the 1 MiB limit; it was not read',
  ]);
  const dir = tmpProject({ 'compose.yml': 'services:\n  web:\n    image: busybox:1\n' });
  try {
    writeFileSync(join(dir, '.env'), `A=${'b'.repeat(3 * 1024 * 1024)}\n`);
    const r = await validate({
      cwd: dir,
      composeFiles: ['compose.yml'],
      profile: 'dev',
      policy: 'compose',
      processEnv: {},
    });
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([
      '.env:0 SD-ENV-001 .env: 3.0 MiB is over the 1 MiB limit; it was not read',
    ]);
  } finally {
    cleanup(dir);
  }
});
