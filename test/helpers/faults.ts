/** Helpers of the fault-injection suite (test/e2e/faults*.test.ts). */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, spawnBundle, type ActionRun } from './action.js';
import { https, remoteDir, type TestProject } from './stack.js';
import { testbed, type CliRun } from './testbed.js';

const tb = testbed();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A private copy of dist/ taken once per test file: others rebuild dist/ (rm -rf, then ncc) while
 * this long suite runs. Waits for a complete build (both bundles present and unchanged for 2 s).
 */
let distCopy = '';
export function dist(): string {
  if (distCopy) return distCopy;
  const files = [join(ROOT, 'dist/index.js'), join(ROOT, 'dist/cli/index.js')];
  const stamp = () =>
    files.map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-')).join(' ');
  for (let i = 0; ; i++) {
    const a = stamp();
    execFileSync('sleep', ['2']);
    if (!a.includes('-') && a === stamp()) break;
    if (i > 150) throw new Error('dist/ is incomplete (no full build within 5 minutes): npm run build');
  }
  const dir = mkdtempSync(join(tmpdir(), 'sdfd-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  distCopy = join(dir, 'dist');
  return distCopy;
}

/** Removes the copy of dist/ (afterAll). */
export function dropDist(): void {
  if (distCopy) rmSync(dirname(distCopy), { recursive: true, force: true });
  distCopy = '';
}

export interface Watched<T> {
  pid: number;
  child: ChildProcess;
  /** everything printed so far (stdout + stderr interleaved) */
  output(): string;
  /** resolves once the output matches; rejects after timeoutMs or when the process ends first */
  waitFor(what: string | RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<T>;
}

function watch<T>(
  child: ChildProcess,
  finish: (code: number | null, signal: NodeJS.Signals | null) => T,
): Watched<T> {
  let out = '';
  let ended = false;
  const waiters: { test: (s: string) => boolean; ok: () => void; fail: (e: Error) => void }[] = [];
  const check = () => {
    for (const w of [...waiters])
      if (w.test(out)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.ok();
      }
  };
  const onData = (c: Buffer) => {
    out += c.toString();
    check();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const done = new Promise<T>((res) =>
    child.on('close', (code, signal) => {
      ended = true;
      for (const w of waiters.splice(0))
        w.fail(new Error(`process ended before the expected output:\n${out}`));
      res(finish(code, signal));
    }),
  );
  return {
    pid: child.pid ?? 0,
    child,
    output: () => out,
    waitFor(what, timeoutMs = 300_000) {
      const test = (s: string) => (typeof what === 'string' ? s.includes(what) : what.test(s));
      if (test(out)) return Promise.resolve();
      if (ended) return Promise.reject(new Error(`process already ended:\n${out}`));
      return new Promise<void>((ok, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`timed out waiting for ${String(what)}:\n${out}`)),
          timeoutMs,
        );
        waiters.push({
          test,
          ok: () => (clearTimeout(timer), ok()),
          fail: (e) => (clearTimeout(timer), fail(e)),
        });
      });
    },
    done,
  };
}

/** The bundled CLI (copy of dist/cli/index.js) as a child process whose output can be awaited (runCli, but observable). */
export function spawnCli(
  args: string[],
  env: Record<string, string> = {},
): Watched<CliRun & { signal: NodeJS.Signals | null }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [join(dist(), 'cli/index.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return watch(child, (code, signal) => ({ code, signal, stdout, stderr, ms: Date.now() - t0 }));
}

/** dist/index.js (the copy) under Node 24 as the runner starts it (startAction, but observable). */
export function spawnAction(
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; dir?: string; env?: Record<string, string> } = {},
): Watched<ActionRun> & { dir: string; files: Record<string, string> } {
  // short: ssh's ControlPath (<RUNNER_TEMP>/sd-XXXXXX/cm-<40 hex>.<16 random>) must fit in 108 bytes
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'sdfa-'));
  const { child, files, result } = spawnBundle(join(dist(), 'index.js'), dir, inputs, opts);
  return { ...watch(child, result), dir, files };
}

function sh(cmd: string): string {
  try {
    return execFileSync('sh', ['-c', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return (err as { stdout?: string }).stdout ?? '';
  }
}

/** pid + full argv of the direct children of a process. */
export function childProcesses(ppid: number): { pid: number; comm: string; args: string }[] {
  return sh(`ps -o pid=,comm=,args= --ppid ${ppid}`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(l);
      return m ? { pid: Number(m[1]), comm: m[2], args: m[3] } : { pid: 0, comm: '', args: '' };
    })
    .filter((c) => c.pid > 0);
}

/** pids of the ControlMaster of an ssh config dir (`ssh: <dir>/cm-… [mux]`). */
export function masterPids(sessionDir: string): number[] {
  try {
    // pgrep straight, not through sh -c: a shell's own argv would contain the pattern too
    return execFileSync('pgrep', ['-f', `${sessionDir}/cm-`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/**
 * Kills the SSH connection of a running stack-deploy process: its ssh client children AND the
 * ControlMaster they multiplex over (the real TCP connection to sshd). Returns what was killed.
 */
export function killSshOf(pid: number): { clients: number[]; masters: number[]; sessionDir: string } {
  const kids = childProcesses(pid).filter((c) => c.comm === 'ssh');
  const cfg = kids.map((k) => /-F (\S+)\/config/.exec(k.args)?.[1]).find(Boolean) ?? '';
  const masters = cfg ? masterPids(cfg) : [];
  for (const k of kids) safeKill(k.pid);
  for (const m of masters) safeKill(m);
  return { clients: kids.map((k) => k.pid), masters, sessionDir: cfg };
}

export function safeKill(pid: number, sig: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Waits until the file of the run shows a marker (the host side of the transaction). */
export async function waitHost(p: TestProject, what: string, timeoutMs = 300_000): Promise<string> {
  const runs = join(remoteDir(p), 'runs');
  const t0 = Date.now();
  const before = new Set(existsSync(runs) ? readdirSync(runs) : []);
  while (Date.now() - t0 < timeoutMs) {
    if (existsSync(runs))
      for (const r of readdirSync(runs).filter((x) => !before.has(x))) {
        const log = join(runs, r, 'txn.log');
        if (existsSync(log) && readFileSync(log, 'utf8').includes(what)) return r;
      }
    await sleep(250);
  }
  throw new Error(`no new run of ${p.name} showed ${what} within ${timeoutMs} ms`);
}

export async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(500);
  }
}

/** Lock state as the host sees it: `free` or `held …` (flock -n on the lock file). */
export function lockState(p: TestProject): string {
  const lock = join(remoteDir(p), 'lock');
  if (!existsSync(lock)) return 'free';
  return sh(`flock -n '${lock}' true && echo free || echo held`).trim();
}

// ---- the app's data --------------------------------------------------------------------------

export async function addItem(p: TestProject, name: string): Promise<number> {
  const r = await https(p, '/api/items', { method: 'POST', body: { name } });
  if (r.status !== 201) throw new Error(`POST /api/items answered ${r.status}: ${r.body}`);
  return (JSON.parse(r.body) as { id: number }).id;
}

export async function itemNames(p: TestProject): Promise<string[]> {
  const r = await https(p, '/api/items?limit=500');
  if (r.status !== 200) throw new Error(`GET /api/items answered ${r.status}: ${r.body}`);
  return (JSON.parse(r.body) as { name: string }[]).map((i) => i.name);
}

// ---- the host's records ----------------------------------------------------------------------

export function releaseFile(p: TestProject, rel: string, file: string): string {
  return readFileSync(join(remoteDir(p), 'releases', rel, file), 'utf8');
}

export function manifestImages(p: TestProject, rel: string): Record<string, { ref: string; id: string }> {
  return (
    JSON.parse(releaseFile(p, rel, 'manifest.json')) as {
      images: Record<string, { ref: string; id: string }>;
    }
  ).images;
}

/** service → image id the project's running containers use. */
export function runningImageIds(projectName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of sh(
    `docker ps --filter label=com.docker.compose.project=${projectName} --format '{{.Label "com.docker.compose.service"}} {{.ID}}'`,
  )
    .split('\n')
    .filter(Boolean)) {
    const [svc, id] = line.split(' ');
    out[svc] = sh(`docker inspect -f '{{.Image}}' ${id}`).trim();
  }
  return out;
}

/** Runs one SQL statement with psql in the project's postgres container; its unaligned output. */
export function psql(projectName: string, sql: string): string {
  const cid = sh(
    `docker ps -q --filter label=com.docker.compose.project=${projectName} --filter label=com.docker.compose.service=postgres`,
  ).trim();
  if (!cid) throw new Error(`no running postgres container in ${projectName}`);
  return execFileSync(
    'docker',
    [
      'exec',
      '-e',
      `SD_SQL=${sql}`,
      cid,
      'sh',
      '-c',
      'psql -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc "$SD_SQL"',
    ],
    { encoding: 'utf8' },
  ).trim();
}

/** The Alembic revision of the project's database. */
export function schemaRevision(projectName: string): string {
  return psql(projectName, 'SELECT version_num FROM alembic_version');
}

export function tableExists(projectName: string, table: string): boolean {
  return psql(projectName, `SELECT to_regclass('public.${table}') IS NOT NULL`) === 't';
}

/**
 * Requests `path` through nginx every `everyMs` until stopped: how many answered 2xx/3xx and how many
 * failed (error, timeout or another status), with the first few failures.
 */
export function probe(p: TestProject, path: string, everyMs = 200): { stop(): Promise<ProbeResult> } {
  const result: ProbeResult = { ok: 0, failed: 0, failures: [] };
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = Date.now();
      try {
        const r = await https(p, path);
        if (r.status >= 200 && r.status < 400) result.ok++;
        else fail(`HTTP ${r.status}`);
      } catch (e) {
        fail((e as Error).message);
      }
      await sleep(Math.max(0, everyMs - (Date.now() - t)));
    }
  })();
  function fail(why: string) {
    result.failed++;
    if (result.failures.length < 5) result.failures.push(`${new Date().toISOString()} ${why}`);
  }
  return {
    async stop() {
      running = false;
      await loop;
      return result;
    },
  };
}
export interface ProbeResult {
  ok: number;
  failed: number;
  failures: string[];
}

/** path → size + mtime of every file under a directory: compare before/after to prove nothing changed. */
export function treeSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      const st = lstatSync(p, { throwIfNoEntry: false }); // not through `current`
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else out[p] = `${st.size} ${st.mtimeMs}`;
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

// ---- images ----------------------------------------------------------------------------------

/**
 * A backend variant that adds Alembic revision 0002 (a new table, `fault_rev2`) on top of a built
 * backend tag: a tiny derived image, so a rollback has a schema to keep or to downgrade.
 * bot and frontend are re-tagged from `like`.
 */
export function buildRev2Backend(tag: string, from: string): void {
  const ctx = mkdtempSync(join(tmpdir(), 'sd-rev2-'));
  writeFileSync(
    join(ctx, '0002_fault_rev2.py'),
    [
      '"""fault suite: a second revision (adds a table), to test rollback-migrations.',
      '',
      'Revision ID: 0002',
      'Revises: 0001',
      '"""',
      'import sqlalchemy as sa',
      'from alembic import op',
      '',
      'revision = "0002"',
      'down_revision = "0001"',
      'branch_labels = None',
      'depends_on = None',
      '',
      '',
      'def upgrade() -> None:',
      '    op.create_table("fault_rev2", sa.Column("id", sa.Integer, primary_key=True))',
      '',
      '',
      'def downgrade() -> None:',
      '    op.drop_table("fault_rev2")',
      '',
    ].join('\n'),
  );
  const reg = tb.registry;
  writeFileSync(
    join(ctx, 'Dockerfile'),
    [
      `FROM ${reg}/stack/backend:${from}`,
      'COPY --chown=10001:10001 0002_fault_rev2.py /app/migrations/versions/',
      `ENV APP_VERSION=${tag}`,
      '',
    ].join('\n'),
  );
  execFileSync('docker', ['build', '-q', '-t', `${reg}/stack/backend:${tag}`, ctx], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: 'pipe',
  });
  execFileSync('docker', ['push', '-q', `${reg}/stack/backend:${tag}`], { stdio: 'pipe' });
  for (const s of ['bot', 'frontend']) {
    execFileSync('docker', ['tag', `${reg}/stack/${s}:${from}`, `${reg}/stack/${s}:${tag}`]);
    execFileSync('docker', ['push', '-q', `${reg}/stack/${s}:${tag}`], { stdio: 'pipe' });
  }
}

// ---- the host's process table ----------------------------------------------------------------

/**
 * Samples `ps -eo args` every 100 ms in the background (a shell loop, so it keeps sampling while the
 * test awaits). stop() ends it and returns every distinct argv line seen.
 */
export function sampleArgv(): { stop(): string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'sd-argv-')), 'ps.txt');
  const child = spawn('sh', ['-c', `while :; do ps -ww -eo args >>'${file}'; sleep 0.1; done`], {
    stdio: 'ignore',
  });
  return {
    stop() {
      child.kill('SIGKILL');
      const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
      return [...new Set(lines)];
    },
  };
}

/** Every file under a directory that others may read (`find -perm -o+r -type f`). */
export function worldReadable(dir: string): string[] {
  return sh(`find '${dir}' -perm -o+r -type f 2>/dev/null`).split('\n').filter(Boolean);
}

/** Seconds, one decimal. */
export const secs = (ms: number) => Math.round(ms / 100) / 10;

/** runCli on the dist copy. */
export function runCliF(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return spawnCli(args, env).done;
}

/**
 * Crashes a service's container once (SIGKILL to its main process from the host), as an OOM kill
 * would; `restart: always` brings it back. Resolves when it is healthy again, with its RestartCount.
 */
export async function crashOnce(projectName: string, service: string): Promise<number> {
  const cid = sh(
    `docker ps -q --filter label=com.docker.compose.project=${projectName} --filter label=com.docker.compose.service=${service}`,
  ).trim();
  const pid = Number(sh(`docker inspect -f '{{.State.Pid}}' ${cid}`).trim());
  process.kill(pid, 'SIGKILL');
  let st = '';
  await waitFor(
    () => {
      st = sh(`docker inspect -f '{{.RestartCount}} {{.State.Health.Status}}' ${cid}`).trim();
      return /^[1-9]\d* healthy$/.test(st);
    },
    120_000,
    `${service} to come back healthy after a crash (${st})`,
  );
  return Number(st.split(' ')[0]);
}
