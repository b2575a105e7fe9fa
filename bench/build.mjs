#!/usr/bin/env node
// Cold build vs warm rebuild from the registry cache, through src/steps/build.ts on the testbed.
//
//   node bench/build.mjs            (BENCH_RUNS=3 BENCH_MB=24 by default)
//
// Each run copies a two-service app (FROM sd-base/busybox:1) with a fresh nonce, so the first build
// is cold; then drops only that run's BuildKit records and its local images (a fresh runner) and
// rebuilds with cache: registry. Prints one JSON object on stdout; progress goes to stderr.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const mb = Number(process.env.BENCH_MB ?? 24);
const registry =
  /^SD_TB_REGISTRY=(.+)$/m.exec(readFileSync('/var/lib/stack-deploy-testbed/testbed.env', 'utf8'))?.[1] ??
  '127.0.0.1:5000';
const log = (m) => process.stderr.write(`${m}\n`);
const docker = (args) => execFileSync('docker', args, { encoding: 'utf8' });

const scratch = mkdtempSync(join(tmpdir(), 'sdbench-build-'));
log('bundling src/steps/build.ts …');
execFileSync(
  join(root, 'node_modules/.bin/ncc'),
  ['build', join(root, 'bench/build-entry.ts'), '-o', join(scratch, 'lib'), '-q', '-t'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
const { build, run, toSettings, MemoryLogger } = await import(join(scratch, 'lib/index.js'));

// "dependencies": MB of data made and checksummed in the first steps, then the app code on top
const dockerfile = (svc, nonce) => `FROM sd-base/busybox:1
RUN echo "${svc} ${nonce}" > /build-id && mkdir -p /opt/deps && i=0 && \\
    while [ $i -lt ${mb} ]; do dd if=/dev/urandom of=/opt/deps/blob$i bs=64k count=16 2>/dev/null; i=$((i+1)); done
RUN sha256sum /opt/deps/* > /opt/deps.sha256 && gzip -1 -c /opt/deps.sha256 > /opt/deps.sha256.gz
COPY app /app
RUN wc -c /app/* > /app.size
CMD ["sleep", "3600"]
`;

function app(nonce) {
  const dir = mkdtempSync(join(scratch, 'app-'));
  const services = ['api', 'worker'];
  for (const s of services) {
    mkdirSync(join(dir, s, 'app'), { recursive: true });
    writeFileSync(join(dir, s, 'Dockerfile'), dockerfile(s, nonce));
    writeFileSync(join(dir, s, 'app', 'main.sh'), `echo ${s}\n`);
  }
  writeFileSync(
    join(dir, 'compose.yml'),
    'services:\n' +
      services
        .map((s) => `  ${s}:\n    image: \${REGISTRY}/${s}:\${IMAGE_TAG}\n    build: ./${s}\n`)
        .join(''),
  );
  return dir;
}

function pruneOwn(nonce) {
  const ids = docker(['buildx', 'du', '--verbose'])
    .split(/\n\s*\n/)
    .filter((b) => b.includes(nonce))
    .map((b) => /^ID:\s+(\S+)/m.exec(b)?.[1])
    .filter(Boolean);
  for (const id of ids) docker(['builder', 'prune', '-af', '--filter', `id=${id}`]);
}

function removeImages(prefix) {
  const refs = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter((r) => r.startsWith(`${prefix}/`));
  if (refs.length) docker(['image', 'rm', '-f', ...refs]);
}

async function once(i) {
  const nonce = `b${randomBytes(6).toString('hex')}`;
  const dir = app(nonce);
  const prefix = `${registry}/sdbench-build-${nonce}`;
  const settings = toSettings(
    { command: 'build', 'compose-files': 'compose.yml', push: 'true', cache: 'registry' },
    { onGitHub: false },
  );
  const input = {
    settings,
    cwd: dir,
    composeFiles: [join(dir, 'compose.yml')],
    envVars: { REGISTRY: prefix, IMAGE_TAG: 'bench' },
    git: { sha: 'b'.repeat(40), ref: 'refs/heads/main', commitTime: '2024-05-01T12:00:00Z' },
    tempDir: join(dir, 'tmp'),
  };
  const deps = () => ({ logger: new MemoryLogger(), runLocal: run });

  const t0 = performance.now();
  const cold = await build(input, deps());
  const coldS = (performance.now() - t0) / 1000;

  // a fresh runner: none of this run's build cache and none of its images on the machine
  pruneOwn(nonce);
  removeImages(prefix);

  const t1 = performance.now();
  const warmLogger = new MemoryLogger();
  const warm = await build(input, { logger: warmLogger, runLocal: run });
  const warmS = (performance.now() - t1) / 1000;
  const cached = /\((\d+ of \d+) steps cached\)/.exec(warmLogger.text())?.[1];

  pruneOwn(nonce);
  removeImages(prefix);
  const same = JSON.stringify(cold.images) === JSON.stringify(warm.images);
  log(
    `run ${i + 1}/${runs}: cold ${coldS.toFixed(2)}s, warm ${warmS.toFixed(2)}s, steps cached ${cached}, same digests ${same}`,
  );
  return { coldS, warmS, same, cached };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(i));
  const cold = median(results.map((r) => r.coldS));
  const warm = median(results.map((r) => r.warmS));
  const builder = /^Driver:\s+(\S+)/m.exec(docker(['buildx', 'inspect']))?.[1];
  process.stdout.write(
    JSON.stringify(
      {
        bench: 'build',
        what: `2 services FROM sd-base/busybox:1, ${mb} MiB of generated dependencies each, pushed to ${registry}`,
        builder_driver: builder,
        cache:
          builder === 'docker'
            ? 'registry (docker driver: an inline-cache image pushed as <image>:buildcache)'
            : 'registry',
        runs,
        cold_build_s: Number(cold.toFixed(2)),
        warm_rebuild_s: Number(warm.toFixed(2)),
        rebuild_warm_ratio: Number((warm / cold).toFixed(3)),
        same_digests: results.every((r) => r.same),
        warm_steps_cached: results.map((r) => r.cached),
        samples: results.map((r) => ({
          cold_s: Number(r.coldS.toFixed(2)),
          warm_s: Number(r.warmS.toFixed(2)),
        })),
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
