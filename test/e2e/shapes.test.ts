import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAction, type ActionRun } from '../helpers/action.js';
import { buildShapeImages, SHAPES, writeShape, type Shape, type Version } from '../helpers/shapes.js';
import { currentRelease, history, teardown, type TestProject } from '../helpers/stack.js';
import { testbed } from '../helpers/testbed.js';

// Every shape of test/helpers/shapes.ts through the bundled action under Node 24: first deploy →
// update → a crashing release (automatic rollback) → manual rollback, asserting after every step
// which version answers, that the named volume's data is intact, and that every long-running
// service runs. Shapes run concurrently (jest maxConcurrency); the images are built once.
jest.setTimeout(900_000);
const tb = testbed();
const BASE_PORT = 19000;
const work = mkdtempSync(join(tmpdir(), 'sd-shapes-'));
const projectOf = (s: Shape) => `sdtest-shape-${s.id}`;
const testProject = (s: Shape): TestProject => ({ name: projectOf(s), env: '', httpPort: 0, httpsPort: 0 });
const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { encoding: 'utf8', stdio: 'pipe' });

function cleanAll(): void {
  for (const s of [...SHAPES, { id: 'badmig' } as Shape]) teardown(testProject(s));
  for (const s of SHAPES) {
    for (const n of s.external?.networks ?? []) sh(`docker network rm ${n} 2>/dev/null || true`);
    for (const v of s.external?.volumes ?? []) sh(`docker volume rm ${v} 2>/dev/null || true`);
  }
}

/** At most SHAPE_CONCURRENCY shapes deploy at once (the testbed is one small, shared machine). */
const LIMIT = Number(process.env.SHAPE_CONCURRENCY ?? 4);
let active = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (active >= LIMIT) await new Promise<void>((r) => waiting.push(r));
  active++;
  try {
    return await f();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

let setup: Promise<void> | undefined;
const ready = () =>
  (setup ??= Promise.resolve().then(() => {
    cleanAll();
    buildShapeImages();
    for (const s of SHAPES) {
      for (const n of s.external?.networks ?? []) sh(`docker network create ${n} >/dev/null`);
      for (const v of s.external?.volumes ?? []) sh(`docker volume create ${v} >/dev/null`);
    }
  }));

afterAll(() => {
  cleanAll();
  rmSync(work, { recursive: true, force: true });
});

/** The checkout of a shape: for `defaults` the directory name is the project name (Compose's default). */
const checkout = (s: Shape) => join(work, projectOf(s));

function inputs(s: Shape, command: string): Record<string, string> {
  const base: Record<string, string> = {
    command,
    host: tb.host,
    port: String(tb.port),
    user: tb.user,
    'ssh-key': tb.key,
    'host-fingerprint': tb.fingerprint,
  };
  if (s.id === 'defaults') return base;
  return { ...base, 'project-name': projectOf(s), ...s.inputs };
}

function run(s: Shape, command: string, v?: Version): Promise<ActionRun> {
  const port = BASE_PORT + SHAPES.indexOf(s);
  if (v) writeShape(checkout(s), s.files({ v, port, project: projectOf(s) }));
  return startAction(inputs(s, command), { cwd: checkout(s) }).done;
}

function httpGet(port: number, path: string): Promise<string> {
  return new Promise((res) => {
    const req = get({ host: '127.0.0.1', port, path, timeout: 3000 }, (r) => {
      let body = '';
      r.on('data', (c: Buffer) => (body += c.toString()));
      r.on('end', () => res(r.statusCode === 200 ? body.trim() : `HTTP ${r.statusCode}`));
    });
    req.on('error', (e) => res(`error ${e.message}`));
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

/** What the published port answers, polled until it is `want` or 10 s passed. */
async function answer(port: number, path: string, want: string): Promise<string> {
  const until = Date.now() + 10_000;
  let got = await httpGet(port, path);
  while (got !== want && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    got = await httpGet(port, path);
  }
  return got;
}

/** service → running containers of the project. */
function runningCounts(project: string): Record<string, number> {
  const out = sh(
    `docker ps --filter label=com.docker.compose.project=${project} --filter status=running --format '{{.Label "com.docker.compose.service"}}'`,
  );
  const counts: Record<string, number> = {};
  for (const svc of out.split('\n').filter(Boolean)) counts[svc] = (counts[svc] ?? 0) + 1;
  return counts;
}

function allContainers(project: string): string[] {
  return sh(
    `docker ps -a --filter label=com.docker.compose.project=${project} --format '{{.Label "com.docker.compose.service"}}'`,
  )
    .split('\n')
    .filter(Boolean);
}

/** After every step, failed or not: the version, the volume's data, every long-running service up. */
async function expectStack(s: Shape, v: Version, r: ActionRun): Promise<void> {
  const project = projectOf(s);
  const port = BASE_PORT + SHAPES.indexOf(s);
  const where = `${s.id} after v${v}`;
  expect({ where, version: await answer(port, '/version', `v${v}`) }).toEqual({ where, version: `v${v}` });
  for (const [path, want] of Object.entries(s.probe?.(v) ?? {}))
    expect({ where, path, got: await answer(port, path, want) }).toEqual({ where, path, got: want });
  const cid = sh(
    `docker ps -q --filter label=com.docker.compose.project=${project} --filter label=com.docker.compose.service=${s.web} | head -n 1`,
  ).trim();
  expect({ where, seed: sh(`docker exec ${cid} cat /data/seed`).trim() }).toEqual({ where, seed: 'seed-v1' });
  // the invariant: every long-running service runs (each replica), nothing names a missing service
  const counts = runningCounts(project);
  expect({
    where,
    running: Object.fromEntries(Object.keys(s.running).map((k) => [k, counts[k] ?? 0])),
  }).toEqual({ where, running: s.running });
  for (const a of s.absent ?? [])
    expect({ where, absent: allContainers(project).includes(a) }).toEqual({ where, absent: false });
  expect(r.stdout).not.toMatch(/no such service/);
}

const report: string[] = [];
afterAll(() => {
  if (report.length) process.stdout.write(`shape timings:\n${report.join('\n')}\n`);
});

describe('stacks of other shapes through dist under Node 24', () => {
  test.concurrent.each(SHAPES.map((s) => [s.id, s] as const))('%s', (_id, s) => slot(() => lifecycle(s)));
});

async function lifecycle(s: Shape): Promise<void> {
  await ready();
  const t0 = Date.now();
  const p = testProject(s);
  const lap: string[] = [];
  const timed = async (what: string, f: () => Promise<ActionRun>) => {
    const t = Date.now();
    const r = await f();
    lap.push(`${what} ${((Date.now() - t) / 1000).toFixed(0)}s`);
    return r;
  };

  const r1 = await timed('v1', () => run(s, 'deploy', 1));
  expect({ id: s.id, status: r1.outputs.status, tail: r1.stdout.slice(-1500) }).toMatchObject({
    status: 'success',
  });
  await expectStack(s, 1, r1);
  const rel1 = r1.outputs['release-id'];
  expect(currentRelease(p)).toBe(rel1);

  const r2 = await timed('v2', () => run(s, 'deploy', 2));
  expect({ id: s.id, status: r2.outputs.status, tail: r2.stdout.slice(-1500) }).toMatchObject({
    status: 'success',
  });
  expect(r2.outputs['previous-release-id']).toBe(rel1);
  await expectStack(s, 2, r2);
  const rel2 = r2.outputs['release-id'];

  const r3 = await timed('v3', () => run(s, 'deploy', 3));
  expect({ id: s.id, status: r3.outputs.status, tail: r3.stdout.slice(-1500) }).toMatchObject({
    status: 'rolled-back',
  });
  expect(r3.code).toBe(1);
  expect(r3.stdout).toMatch(/release v3 crashes on purpose/);
  expect(currentRelease(p)).toBe(rel2);
  await expectStack(s, 2, r3);
  expect(r3.stdout).toContain(`(failing: ${s.web})`);
  expect(
    history(p)
      .slice(-2)
      .map((h) => h.slice(1, 4)),
  ).toEqual([
    ['auto-rollback', rel2, 'success'],
    ['deploy', r3.outputs['release-id'], 'rolled-back'],
  ]);

  const r4 = await timed('rollback', () => run(s, 'rollback'));
  expect({ id: s.id, status: r4.outputs.status, tail: r4.stdout.slice(-1500) }).toMatchObject({
    status: 'success',
  });
  expect(currentRelease(p)).toBe(rel1);
  await expectStack(s, 1, r4);
  report.push(`  ${s.id.padEnd(10)} ${((Date.now() - t0) / 1000).toFixed(0)}s (${lap.join(', ')})`);
}

describe('configuration the host refuses, before anything changes', () => {
  const s = SHAPES.find((x) => x.id === 'nomig')!;

  test('an explicit migrate-service the stack lacks fails at validate, before any connection', async () => {
    await ready();
    const bad = { ...s, id: 'badmig' };
    const r = await startAction(
      { ...inputs(bad, 'deploy'), 'migrate-service': 'schema-upgrade' },
      { cwd: checkout(s) },
    ).done;
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'migrate-service: "schema-upgrade" is not a service of the stack (services: web, worker)',
    );
    expect(existsSync(`/home/${tb.user}/stack-deploy/sdtest-shape-badmig`)).toBe(false);
  });

  test("a release the host's Compose rejects ends before the pull with Compose's message and version", async () => {
    const project = projectOf(s);
    const before = sh(`docker ps -q --filter label=com.docker.compose.project=${project} | sort`);
    const cur = currentRelease(testProject(s));
    const port = BASE_PORT + SHAPES.indexOf(s);
    const files = s.files({ v: 2, port, project });
    // valid for the Compose specification, unknown to the testbed's Compose 2.26
    files['compose.yaml'] += 'models:\n  llm:\n    model: ai/smollm2\n';
    writeShape(checkout(s), files);
    const r = await startAction(inputs(s, 'deploy'), { cwd: checkout(s) }).done;
    expect(r.outputs.status).toBe('failed');
    const version = sh('docker compose version --short').trim();
    expect(r.stdout).toContain(`the host's Compose ${version} rejects the release:`);
    expect(r.stdout).toMatch(/models/);
    expect(r.stdout).not.toContain('pull ');
    expect(currentRelease(testProject(s))).toBe(cur);
    expect(sh(`docker ps -q --filter label=com.docker.compose.project=${project} | sort`)).toBe(before);
    expect(readFileSync(join(`/home/${tb.user}/stack-deploy/${project}`, 'history.log'), 'utf8')).toMatch(
      /\tdeploy\t\S+\tfailed\t.*rejects the release/,
    );
  });
});
