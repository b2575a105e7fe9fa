#!/usr/bin/env node
// Cold-start cost of `validate` on the bundled stack: each run is a fresh `node` process that loads the
// ncc-bundled validator and validates compose/docker-compose.yml + docker-compose.prod.yml (+ dev) with
// compose/.env.example as .env. Prints the median next to `docker compose config -q` on the same files.
//   node bench/validate-cold.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const runs = Number(process.argv[2] ?? 10);
const files = [
  'compose/docker-compose.yml',
  'compose/docker-compose.prod.yml',
  'compose/docker-compose.dev.yml',
];
const envFile = 'compose/.env.example';

const out = mkdtempSync(join(tmpdir(), 'sd-bench-'));
try {
  const { code } = await ncc(join(root, 'src/config/validate/index.ts'), { quiet: true, sourceMap: false });
  writeFileSync(join(out, 'validate.mjs'), code);
  writeFileSync(
    join(out, 'driver.mjs'),
    `const t0 = performance.now();
const { validate, formatText } = await import('./validate.mjs');
const r = await validate({ cwd: ${JSON.stringify(root)}, composeFiles: JSON.parse(process.argv[2]), envFile: ${JSON.stringify(envFile)}, profile: 'prod', policy: 'stack', processEnv: {} });
formatText(r);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ inProcessMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, errors: r.errors, warnings: r.warnings }));
`,
  );

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (cmd, args, opts = {}) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
  };

  const rows = [];
  for (const [label, set] of [
    ['2 files (base + prod)', files.slice(0, 2)],
    ['3 files (base + prod + dev)', files],
  ]) {
    const wall = [];
    const inproc = [];
    const cpu = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const { ms, r } = time(process.execPath, [join(out, 'driver.mjs'), JSON.stringify(set)], { cwd: root });
      if (r.status !== 0) throw new Error(r.stderr);
      last = JSON.parse(r.stdout);
      wall.push(ms);
      inproc.push(last.inProcessMs);
      cpu.push(last.cpuMs);
    }
    rows.push({
      what: `stack-deploy validate, ${label}`,
      median_ms: median(wall).toFixed(0),
      note: `process CPU ${median(cpu).toFixed(0)} ms, load+validate ${median(inproc).toFixed(0)} ms; ${last.errors} errors, ${last.warnings} warnings`,
    });
    const dc = time(
      'docker',
      ['compose', ...set.flatMap((f) => ['-f', f]), '--env-file', envFile, 'config', '-q'],
      { cwd: root },
    );
    if (dc.r.status === 0 || dc.r.status === 1) {
      const samples = [dc.ms];
      for (let i = 1; i < runs; i++)
        samples.push(
          time(
            'docker',
            ['compose', ...set.flatMap((f) => ['-f', f]), '--env-file', envFile, 'config', '-q'],
            { cwd: root },
          ).ms,
        );
      rows.push({
        what: `docker compose config -q, ${label}`,
        median_ms: median(samples).toFixed(0),
        note: dc.r.status === 0 ? 'valid' : dc.r.stderr.trim().split('\n').pop(),
      });
    } else {
      rows.push({
        what: `docker compose config -q, ${label}`,
        median_ms: '-',
        note: 'docker compose not available',
      });
    }
  }
  const dclint = time('npx', ['--no-install', 'dclint', '--version'], { cwd: root });
  rows.push({
    what: 'dclint',
    median_ms: '-',
    note: dclint.r.status === 0 ? 'installed: run it by hand' : 'not installed (not a project dependency)',
  });
  console.log(
    `node ${process.version}, ${runs} runs each, median wall time per process; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`,
  );
  console.table(rows);
} finally {
  rmSync(out, { recursive: true, force: true });
}
