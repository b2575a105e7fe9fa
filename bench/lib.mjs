// Helpers for bench/bench.mjs: statistics, timed processes, HTTPS probes, the testbed.
// Plain Node (no dependencies). Every network target is 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export { sleep };
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TESTBED_ENV = '/var/lib/stack-deploy-testbed/testbed.env';

export const log = (m) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

export function intEnv(name, dflt, min = 0) {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got '${v}'`);
  return n;
}

/** median (mean of the two middle values for an even count), min, max, n; null for no samples. */
export function stats(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: m, min: s[0], max: s[s.length - 1], n: s.length };
}

export const round = (x, d = 0) => (x === null || x === undefined ? x : Number(x.toFixed(d)));

/** execFileSync, utf8, stderr captured (shown in the error). */
export function sh(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...opts });
  } catch (err) {
    const tail = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ').slice(0, 200)} failed (${err.status ?? err.signal}):\n${tail}`, {
      cause: err,
    });
  }
}

/**
 * Spawns a process and times it: wall ms to exit and to its first byte of output (stdout or stderr).
 * Lines of stderr/stdout are kept with their arrival time. Killed (SIGKILL, this child only) after
 * timeoutMs; `stopAtFirstOutput` kills it once the first byte arrived.
 */
export function runTimed(cmd, args, opts = {}) {
  const { env, cwd = ROOT, timeoutMs = 600_000, stopAtFirstOutput = false, input } = opts;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstOutputMs = null;
    let firstLine = null;
    const lines = [];
    const partial = { out: '', err: '' };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const onData = (which) => (chunk) => {
      const now = performance.now() - t0;
      const text = chunk.toString();
      if (firstOutputMs === null) firstOutputMs = now;
      if (which === 'out') stdout += text;
      else stderr += text;
      const parts = (partial[which] + text).split('\n');
      partial[which] = parts.pop();
      for (const l of parts) {
        if (firstLine === null) firstLine = { ms: now, line: l };
        lines.push({ s: Number((now / 1000).toFixed(2)), stream: which, line: l });
      }
      if (stopAtFirstOutput) child.kill('SIGKILL');
    };
    child.stdout.on('data', onData('out'));
    child.stderr.on('data', onData('err'));
    child.stdin.on('error', () => {});
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, error: err.message, stdout, stderr, lines, ms: 0, firstOutputMs });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        timedOut,
        stdout,
        stderr,
        lines,
        ms: performance.now() - t0,
        firstOutputMs,
        firstLine,
      });
    });
  });
}

// --- testbed -------------------------------------------------------------------------------

export function parseEnv(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)="?(.*?)"?$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

export function testbed() {
  if (!existsSync(TESTBED_ENV)) throw new Error(`testbed is not up (${TESTBED_ENV} missing)`);
  const e = parseEnv(readFileSync(TESTBED_ENV, 'utf8'));
  return {
    host: e.SD_TB_HOST,
    port: Number(e.SD_TB_PORT),
    user: e.SD_TB_USER,
    keyPath: e.SD_TB_KEY,
    registry: e.SD_TB_REGISTRY,
    state: e.SD_TB_STATE,
    knownHosts: e.SD_TB_KNOWN_HOSTS,
    fingerprint: e.SD_TB_FINGERPRINT,
  };
}

/** The project's containers: service → {image, state, status, exit}. */
export function projectContainers(project) {
  const out = sh('docker', [
    'ps',
    '-a',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--format',
    '{{.Label "com.docker.compose.service"}}\t{{.Image}}\t{{.State}}\t{{.Status}}\t{{.ID}}',
  ]);
  const byService = {};
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [service, image, state, status, id] = line.split('\t');
    (byService[service] ??= []).push({ image, state, status, id });
  }
  return byService;
}

const LONG_RUNNING = ['postgres', 'redis', 'backend', 'bot', 'frontend', 'nginx'];
const APPS = ['backend', 'bot', 'frontend'];

/**
 * True when every long-running service has one container, running and healthy, the app services
 * run `tagSuffix` images (if given) and the migrations one-shot exited 0.
 */
export function projectHealthy(project, tagSuffix) {
  const c = projectContainers(project);
  for (const s of LONG_RUNNING) {
    const list = c[s] ?? [];
    if (list.length !== 1) return false;
    const [x] = list;
    if (x.state !== 'running' || !x.status.includes('(healthy)')) return false;
    if (tagSuffix && APPS.includes(s) && !x.image.endsWith(`:${tagSuffix}`) && !x.image.includes('@sha256:'))
      return false;
  }
  const m = c.migrations ?? [];
  if (m.length && !m.every((x) => x.state === 'exited' && /^Exited \(0\)/.test(x.status))) return false;
  return true;
}

/** Removes the project's containers, volumes and networks. */
export function teardownProject(project) {
  const f = `label=com.docker.compose.project=${project}`;
  const ids = (args) => sh('docker', args).trim().split('\n').filter(Boolean);
  const containers = ids(['ps', '-aq', '--filter', f]);
  if (containers.length) sh('docker', ['rm', '-f', ...containers]);
  const volumes = ids(['volume', 'ls', '-q', '--filter', f]);
  if (volumes.length) sh('docker', ['volume', 'rm', ...volumes]);
  const networks = ids(['network', 'ls', '-q', '--filter', f]);
  if (networks.length) sh('docker', ['network', 'rm', ...networks]);
}

// --- HTTPS probes through nginx ----------------------------------------------------------------

function probeOnce(port, p, timeoutMs) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let done = false;
    const end = (r) => {
      if (done) return;
      done = true;
      resolve({ ...r, ms: performance.now() - t0 });
    };
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: p.path,
        method: p.method,
        agent: false,
        rejectUnauthorized: false,
        headers: { ...(p.headers ?? {}), ...(p.body ? { 'content-length': Buffer.byteLength(p.body) } : {}) },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => end({ status: res.statusCode }));
        res.on('error', (e) => end({ error: e.code ?? e.message }));
      },
    );
    req.on('timeout', () => {
      req.destroy();
      end({ error: 'timeout' });
    });
    req.on('error', (e) => end({ error: e.code ?? e.message }));
    if (p.body) req.write(p.body);
    req.end();
  });
}

/**
 * Open-loop probes at `hz` over HTTPS to nginx on 127.0.0.1:port, rotating over the given
 * requests (each one a fresh TLS connection). Bounded: at most hz × maxSeconds probes, at most
 * `maxInFlight` outstanding (a probe that cannot be sent counts as failed), each with a timeout.
 * A probe fails on a connection error, a timeout or a non-2xx answer.
 */
export function startProbes({
  port,
  hz = 20,
  maxSeconds = 600,
  timeoutMs = 2000,
  maxInFlight = 60,
  requests,
}) {
  const interval = 1000 / hz;
  const max = Math.round(hz * maxSeconds);
  const t0 = performance.now();
  const results = [];
  const pending = new Set();
  let k = 0;
  let stopped = false;
  let timer;
  const tick = () => {
    if (stopped || k >= max) return;
    const now = performance.now();
    // catch up to the schedule (bounded by max), never bursting more than 5 at once
    let burst = 0;
    while (k < max && t0 + k * interval <= now && burst < 5) {
      const at = (now - t0) / 1000;
      const p = requests[k % requests.length];
      const idx = k++;
      burst++;
      if (pending.size >= maxInFlight) {
        results.push({ at, path: p.label, error: 'in-flight-limit', ms: 0, idx });
        continue;
      }
      const pr = probeOnce(port, typeof p.make === 'function' ? p.make(idx) : p, timeoutMs).then((r) => {
        results.push({ at, path: p.label, idx, ...r });
        pending.delete(pr);
      });
      pending.add(pr);
    }
    timer = setTimeout(tick, Math.max(0, t0 + k * interval - performance.now()));
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.all([...pending]);
      const seconds = (performance.now() - t0) / 1000;
      return summarizeProbes(results, seconds);
    },
  };
}

function summarizeProbes(results, seconds) {
  const failed = results.filter((r) => !(r.status >= 200 && r.status < 300));
  const kinds = {};
  const byPath = {};
  for (const f of failed) {
    const kind = f.error ?? `HTTP ${f.status}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    byPath[f.path] = (byPath[f.path] ?? 0) + 1;
  }
  // failure windows: consecutive failures (by send time) of any path, gaps < 1 s merged
  const windows = [];
  for (const f of [...failed].sort((a, b) => a.at - b.at)) {
    const w = windows[windows.length - 1];
    if (w && f.at - w[1] < 1) {
      w[1] = f.at;
      w[2]++;
    } else windows.push([f.at, f.at, 1]);
  }
  const lat = stats(results.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.ms));
  return {
    sent: results.length,
    failed: failed.length,
    seconds: round(seconds, 2),
    rate_hz: round(results.length / seconds, 1),
    failures_by_kind: kinds,
    failures_by_path: byPath,
    failure_windows_s: windows.map(([a, b, n]) => ({ from: round(a, 2), to: round(b, 2), n })),
    ok_latency_ms: lat && { median: round(lat.median, 1), max: round(lat.max, 1) },
  };
}

/** service → {id, startedAt} of the project's containers (one-shots included). */
export function containerSnapshot(project) {
  const ids = sh('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`])
    .trim()
    .split('\n')
    .filter(Boolean);
  if (!ids.length) return {};
  const out = sh('docker', [
    'inspect',
    '-f',
    '{{index .Config.Labels "com.docker.compose.service"}}\t{{.Id}}\t{{.State.StartedAt}}',
    ...ids,
  ]);
  const snap = {};
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [service, id, startedAt] = line.split('\t');
    snap[service] = { id, startedAt };
  }
  return snap;
}

/** Which services got a new container, and which kept theirs but were restarted. */
export function diffSnapshots(before, after) {
  const recreated = [];
  const restarted = [];
  for (const [s, b] of Object.entries(after)) {
    const a = before[s];
    if (!a || a.id !== b.id) recreated.push(s);
    else if (a.startedAt !== b.startedAt) restarted.push(s);
  }
  return { recreated: recreated.sort(), restarted: restarted.sort() };
}
