/**
 * Fault-injection suite (issue 6), end to end on the testbed: every test injects one fault into a
 * deploy of the example stack and ends by checking which version answers through nginx and that
 * every row written so far is still there.
 */
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addItem,
  crashOnce,
  itemNames,
  killSshOf,
  lockState,
  manifestImages,
  masterPids,
  probe,
  psql,
  releaseFile,
  runningImageIds,
  schemaRevision,
  secs,
  spawnAction,
  spawnCli,
  tableExists,
  treeSnapshot,
  waitFor,
  buildRev2Backend,
  dist,
  dropDist,
  runCliF as runCli,
} from '../helpers/faults.js';
import {
  buildImages,
  containerIds,
  currentRelease,
  deployInputs,
  history,
  parseJsonLine,
  project,
  remoteDir,
  teardown,
  version,
  type TestProject,
} from '../helpers/stack.js';
import { flags, sshInputs, startAltSshd, testbed, type CliRun } from '../helpers/testbed.js';

jest.setTimeout(900_000);
const tb = testbed();
const p: TestProject = project('sdtest-fault-1', 18300);
/** Alternating good/broken deploys of the last test (SD_FAULT_CYCLES shortens it for local runs). */
const CYCLES = Number(process.env.SD_FAULT_CYCLES || 20);
const ACTOR = 'fault-suite';

const timings: { what: string; seconds: number; status: string; rollbackSeconds?: number }[] = [];
const suiteT0 = Date.now();
let shaN = 0;
const shaFor = (tag: string) =>
  createHash('sha1').update(`${tag}-${++shaN}-${Date.now()}-${Math.random()}`).digest('hex');

const keyEnv = { STACK_DEPLOY_SSH_KEY: tb.key };
const inputs = (tag: string, extra: Record<string, string> = {}) =>
  deployInputs(p, tag, { 'keep-releases': '10', ...extra });

function metaEnv(tag: string): Record<string, string> {
  return { GITHUB_SHA: shaFor(tag), GITHUB_ACTOR: ACTOR };
}

async function deploy(
  tag: string,
  extra: Record<string, string> = {},
): Promise<CliRun & { out: Record<string, string> }> {
  const r = await runCli(['deploy', ...flags(inputs(tag, extra)), '--json'], { ...keyEnv, ...metaEnv(tag) });
  const out = parseJsonLine(r.stdout);
  timings.push({
    what: `deploy ${tag}`,
    seconds: secs(r.ms),
    status: out.status,
    rollbackSeconds: out['release-id'] ? rollbackSeconds(out['release-id']) : undefined,
  });
  return { ...r, out };
}

function command(cmd: string, extra: Record<string, string> = {}): Promise<CliRun> {
  // a rollback prunes releases too: keep as many as the deploys do
  const keep: Record<string, string> = cmd === 'rollback' ? { 'keep-releases': '10' } : {};
  return runCli([cmd, ...flags({ ...sshInputs(tb), 'project-name': p.name, ...keep, ...extra }), '--json'], {
    ...keyEnv,
    GITHUB_ACTOR: ACTOR,
  });
}

/** `::rollback-seconds N` of a run, read from its log on the host. */
function rollbackSeconds(runId: string): number | undefined {
  const log = join(remoteDir(p), 'runs', runId, 'txn.log');
  if (!existsSync(log)) return undefined;
  const m = /^::rollback-seconds (\d+)$/m.exec(readFileSync(log, 'utf8'));
  return m ? Number(m[1]) : undefined;
}

/** Every row written so far, by name: what each test checks at its end. */
const written: string[] = [];
async function write(label: string): Promise<void> {
  const name = `row ${written.length + 1}: ${label}`;
  await addItem(p, name);
  written.push(name);
}
async function expectServing(v: string): Promise<void> {
  expect(await version(p)).toBe(v);
  const names = await itemNames(p);
  expect(names).toEqual(expect.arrayContaining(written));
  expect(names.length).toBeGreaterThanOrEqual(written.length);
}

beforeAll(() => {
  dist();
  teardown(p);
  const t0 = Date.now();
  buildImages('sdf-v1');
  buildImages('sdf-v2', { services: ['backend'], like: 'sdf-v1' });
  buildImages('sdf-unhealthy', { services: ['backend'], fault: 'unhealthy', like: 'sdf-v1' });
  buildImages('sdf-crash', { services: ['backend'], fault: 'crash', like: 'sdf-v1' });
  buildImages('sdf-migfail', { services: ['backend'], fault: 'migration-fail', like: 'sdf-v1' });
  buildRev2Backend('sdf-rev2', 'sdf-v2');
  buildRev2Backend('sdf-rev2-crash', 'sdf-crash');
  timings.push({ what: 'build images', seconds: secs(Date.now() - t0), status: 'ok' });
});

afterAll(() => {
  // keep the host's record of every run for the report, then clean up
  const logs = `/tmp/sd-fault-logs/${p.name}`;
  rmSync(logs, { recursive: true, force: true });
  if (existsSync(remoteDir(p)))
    cpSync(remoteDir(p), logs, {
      recursive: true,
      filter: (src) =>
        !/\/(\.env|compose\.rendered\.yml|\.docker)$/.test(src) && !/\/releases\/[^/]+\/compose\//.test(src),
    });
  teardown(p);
  dropDist();
  timings.push({ what: 'suite (faults.test.ts)', seconds: secs(Date.now() - suiteT0), status: 'done' });
  const text = timings
    .map(
      (t) =>
        `${t.what.padEnd(44)} ${String(t.seconds).padStart(6)}s  ${t.status}${t.rollbackSeconds !== undefined ? `  rollback ${t.rollbackSeconds}s` : ''}`,
    )
    .join('\n');
  writeFileSync('/tmp/sd-fault-timings.txt', text + '\n');
  console.log(`fault suite timings\n${text}`);
});

describe('fault injection on the testbed', () => {
  const rel: Record<string, string> = {};

  test('no previous release: a first deploy that fails verification fails clearly; nothing deleted, volumes untouched', async () => {
    const r = await deploy('sdf-crash');
    expect(r.code).toBe(1);
    expect(r.out.status).toBe('failed');
    expect(r.out['rolled-back']).toBe('false');
    expect(r.stderr).toContain(
      'no previous good release to roll back to; nothing deleted, volumes untouched',
    );
    expect(r.stderr).toMatch(/error: deploy failed: unhealthy: backend/);
    expect(history(p).map((x) => [x[1], x[2], x[3]])).toEqual([['deploy', r.out['release-id'], 'failed']]);
    expect(existsSync(join(remoteDir(p), 'releases', r.out['release-id'], 'manifest.json'))).toBe(true);
    expect(lockState(p)).toBe('free');
    // the data services it created stay up with their volumes: a row written now survives what follows
    const volumes = execFileSync(
      'docker',
      ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${p.name}`],
      { encoding: 'utf8' },
    );
    expect(volumes).toContain(`${p.name}_db`);
    const name = 'row 0: written with psql while the first release was broken';
    expect(psql(p.name, `INSERT INTO items (name) VALUES ('${name}') RETURNING 1`)).toMatch(/^1/);
    written.push(name);
  });

  test('baseline: first release sdf-v1 serves and takes a row', async () => {
    const r = await deploy('sdf-v1');
    expect(r.out.status).toBe('success');
    rel.v1 = r.out['release-id'];
    expect(currentRelease(p)).toBe(rel.v1);
    await write('baseline');
    await expectServing('sdf-v1');
  });

  test('1. unhealthy backend: rolled back automatically, the old version serves, both attempts recorded', async () => {
    const before = history(p).length;
    const ids = containerIds(p.name);
    const r = await deploy('sdf-unhealthy');
    expect(r.code).toBe(1);
    expect(r.out.status).toBe('rolled-back');
    expect(r.out['rolled-back']).toBe('true');
    // the message names the failing service and shows its health output
    expect(r.stderr).toMatch(
      /error: deploy rolled-back: unhealthy: backend( bot)?; rolled back to \S+ \(failing: backend(, bot)?\)/,
    );
    expect(r.stderr).toMatch(/backend: status=running .*health=unhealthy/);
    expect(r.stderr).toMatch(/health: exit \d+: .*503/);
    expect(currentRelease(p)).toBe(rel.v1);
    const h = history(p).slice(before);
    expect(h.map((x) => [x[1], x[2], x[3]])).toEqual([
      ['auto-rollback', rel.v1, 'success'],
      ['deploy', r.out['release-id'], 'rolled-back'],
    ]);
    expect(h[1][7]).toMatch(/unhealthy: backend( bot)?; rolled back to/);
    expect(rollbackSeconds(r.out['release-id'])).toBeGreaterThanOrEqual(0);
    // only the backend changed: everything else kept its container through the deploy and the rollback
    const after = containerIds(p.name);
    for (const s of ['postgres', 'redis', 'frontend', 'bot', 'nginx'])
      expect({ s, id: after[s] }).toEqual({ s, id: ids[s] });
    await expectServing('sdf-v1');
    await write('after unhealthy');
  });

  test('2. crash-looping backend (through the action): rolled back, the summary gives the rollback time', async () => {
    const before = containerIds(p.name);
    const site = probe(p, '/'); // the frontend through nginx: neither changes in this release
    const a = spawnAction(
      { command: 'deploy', ...inputs('sdf-crash'), 'ssh-key': tb.key },
      { env: metaEnv('sdf-crash') },
    );
    const t0 = Date.now();
    const run = await a.done;
    const served = await site.stop();
    timings.push({
      what: 'deploy sdf-crash (action)',
      seconds: secs(Date.now() - t0),
      status: run.outputs.status,
      rollbackSeconds: rollbackSeconds(run.outputs['release-id']),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('rolled-back');
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.stdout).toMatch(/::error::deploy rolled-back: unhealthy: backend( bot)?; rolled back to/);
    expect(run.stdout).toMatch(/FAULT=crash/);
    expect(run.summary).toMatch(/Failing services: backend/);
    expect(run.summary).toMatch(/Rollback took \d+s \(failure detected → previous release healthy\)/);
    expect(currentRelease(p)).toBe(rel.v1);
    // only the backend was replaced (twice): the site itself never stopped answering
    const after = containerIds(p.name);
    for (const s of ['postgres', 'redis', 'frontend', 'bot', 'nginx'])
      expect({ s, id: after[s] }).toEqual({ s, id: before[s] });
    expect(after.backend).not.toBe(before.backend);
    expect({ failed: served.failed, failures: served.failures }).toEqual({ failed: 0, failures: [] });
    expect(served.ok).toBeGreaterThan(20);
    expect(
      history(p)
        .slice(-2)
        .map((x) => x[3]),
    ).toEqual(['success', 'rolled-back']);
    await expectServing('sdf-v1');
    await write('after crash');
  });

  test('3. failing migration: nothing switched, current and the running containers unchanged', async () => {
    const before = containerIds(p.name);
    const hist = history(p);
    const r = await deploy('sdf-migfail');
    expect(r.code).toBe(1);
    expect(r.out.status).toBe('failed');
    expect(r.out['rolled-back']).toBe('false');
    expect(r.stderr).toMatch(/migration service migrations failed \(exit [1-9]\d*\); nothing was switched/);
    expect(r.stderr).not.toContain('── switch');
    expect(containerIds(p.name)).toEqual(before);
    expect(currentRelease(p)).toBe(rel.v1);
    // exactly one new history line: this release, failed; nothing else touched
    expect(history(p).slice(0, hist.length)).toEqual(hist);
    expect(
      history(p)
        .slice(hist.length)
        .map((x) => [x[1], x[2], x[3]]),
    ).toEqual([['deploy', r.out['release-id'], 'failed']]);
    expect(schemaRevision(p.name)).toBe('0001');
    await expectServing('sdf-v1');
    await write('after migration failure');
  });

  test('4. registry unreachable during the pull: nothing stopped, current unchanged', async () => {
    const before = containerIds(p.name);
    const r = await deploy('sdf-v2', { registry: '127.0.0.1:5999' });
    expect(r.code).toBe(1);
    expect(r.out.status).toBe('failed');
    expect(r.stderr).toMatch(/pull of 127\.0\.0\.1:5999\/stack\/backend:sdf-v2 failed; nothing was changed/);
    expect(r.stderr).not.toContain('── migrate');
    expect(r.stderr).not.toContain('── switch');
    expect(containerIds(p.name)).toEqual(before);
    expect(currentRelease(p)).toBe(rel.v1);
    expect(lockState(p)).toBe('free');
    await expectServing('sdf-v1');
  });

  test('8. host key changed: deploy refused before any remote command, the offered fingerprint shown', async () => {
    const alt = startAltSshd(2318);
    try {
      const before = treeSnapshot(remoteDir(p));
      const ids = containerIds(p.name);
      const r = await runCli(
        ['deploy', ...flags(inputs('sdf-v2', { port: String(alt.port) })), '--json'],
        keyEnv,
      );
      expect(r.code).toBe(1);
      expect(parseJsonLine(r.stdout).status).toBe('failed');
      expect(r.stderr).toContain('host key verification failed');
      expect(r.stderr).toContain(`does not match host-fingerprint ${tb.fingerprint}`);
      expect(r.stderr).toContain('Nothing was run on the host.');
      expect(r.stderr).toMatch(
        new RegExp(
          `Offered by the server:\\n\\s+\\S+ ssh-ed25519 ${alt.fingerprint.replace(/[+/]/g, '\\$&')}`,
        ),
      );
      // the server never authenticated anyone, so no command could have run
      expect(alt.log()).not.toMatch(/Accepted publickey/);
      expect(treeSnapshot(remoteDir(p))).toEqual(before);
      expect(containerIds(p.name)).toEqual(ids);
      // the same for a project that was never deployed: no remote directory appears
      const other = `/home/${tb.user}/stack-deploy/sdtest-fault-hostkey`;
      const r2 = await runCli(
        [
          'deploy',
          ...flags({
            ...inputs('sdf-v2', { port: String(alt.port) }),
            'project-name': 'sdtest-fault-hostkey',
          }),
          '--json',
        ],
        keyEnv,
      );
      expect(r2.code).toBe(1);
      expect(existsSync(other)).toBe(false);
    } finally {
      alt.stop();
    }
    await expectServing('sdf-v1');
  });

  test('7. concurrent deploys: serialized by the lock, both succeed in order (after Docker restarted redis once)', async () => {
    // a kept service whose container Docker restarted earlier (lifelong RestartCount 1) must not fail
    // the verification of later deploys
    expect(await crashOnce(p.name, 'redis')).toBeGreaterThanOrEqual(1);
    const ca = spawnCli(['deploy', ...flags(inputs('sdf-v2')), '--json'], {
      ...keyEnv,
      ...metaEnv('sdf-v2'),
    });
    await ca.waitFor('lock acquired');
    const b = deploy('sdf-v1');
    const [da, rb] = await Promise.all([ca.done, b]);
    const ra = { ...da, out: parseJsonLine(da.stdout) };
    timings.push({ what: 'deploy sdf-v2 (concurrent, first)', seconds: secs(da.ms), status: ra.out.status });
    expect(ra.out.status).toBe('success');
    expect(rb.out.status).toBe('success');
    expect(rb.stderr).toMatch(
      /waiting up to 300s for the lock held by: release=\S+ pid=\d+ actor=fault-suite/,
    );
    const h = history(p).slice(-2);
    expect(h.map((x) => [x[2], x[3]])).toEqual([
      [ra.out['release-id'], 'success'],
      [rb.out['release-id'], 'success'],
    ]);
    // the second started from the first one's release
    expect(rb.out['previous-release-id']).toBe(ra.out['release-id']);
    rel.concurrentV2 = ra.out['release-id'];
    expect(currentRelease(p)).toBe(rb.out['release-id']);
    expect(lockState(p)).toBe('free');
    await expectServing('sdf-v1');
    await write('after concurrent deploys');
  });

  test('5. SSH connection killed during the switch: the host finishes, the CLI re-attaches and reports it', async () => {
    const c = spawnCli(['deploy', ...flags(inputs('sdf-v2')), '--json'], { ...keyEnv, ...metaEnv('sdf-v2') });
    await c.waitFor('── switch');
    const killed = killSshOf(c.pid);
    const r = await c.done; // before any assertion: a failing test must not leave its deploy running
    expect(killed.clients.length).toBeGreaterThan(0);
    expect(killed.masters.length).toBe(1);
    const out = parseJsonLine(r.stdout);
    const reattach = r.stderr.split('\n').find((l) => /re-attaching/.test(l)) ?? 'no re-attach line';
    timings.push({
      what: 'deploy sdf-v2 (ssh killed)',
      seconds: secs(r.ms),
      status: `${out.status}; ${reattach}`,
    });
    // the CLI noticed, re-attached over a new connection and got the transaction's real result
    expect(r.stderr).toMatch(
      /log stream ended without a result \(exit \d+\); re-attaching|lost the connection while following the deploy/,
    );
    expect(r.stderr).toContain('── verify');
    expect(out.status).toBe('success');
    expect(r.code).toBe(0);
    rel.v2 = out['release-id'];
    expect(history(p).pop()?.slice(2, 4)).toEqual([rel.v2, 'success']);
    expect(currentRelease(p)).toBe(rel.v2);
    const u = await command('unlock');
    expect(u.stderr).toContain('the lock is free');
    const st = await command('status');
    expect(st.code).toBe(0);
    expect(st.stderr).toContain(`release   ${rel.v2}`);
    expect(st.stderr).toMatch(/backend\s+Up .*\(healthy\)/);
    await expectServing('sdf-v2');
    await write('after ssh kill');
  });

  test('6. action SIGKILLed during the switch: the host finishes; post removes the key directory', async () => {
    const before = history(p).length;
    const inp = { command: 'deploy', ...inputs('sdf-v1'), 'ssh-key': tb.key };
    const a = spawnAction(inp, { env: metaEnv('sdf-v1') });
    await a.waitFor('── switch');
    a.child.kill('SIGKILL');
    const main = await a.done;
    expect(main.signal).toBe('SIGKILL');
    const sshDir = main.state.sshDir;
    expect(sshDir).toBeTruthy();
    expect(existsSync(join(sshDir, 'id'))).toBe(true); // main had no chance to clean up
    await waitFor(() => history(p).length > before, 300_000, 'the host transaction to finish');
    const last = history(p).pop() ?? [];
    expect(last.slice(1, 4)).toEqual(['deploy', last[2], 'success']);
    rel.v1b = last[2];
    expect(currentRelease(p)).toBe(rel.v1b);
    expect(lockState(p)).toBe('free');
    const st = await command('status');
    expect(st.stderr).toContain(`release   ${rel.v1b}`);
    // the post step, with the state main saved
    const post = await spawnAction(inp, { state: main.state, dir: main.dir }).done;
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('removed the SSH session files');
    expect(existsSync(sshDir)).toBe(false);
    expect(masterPids(sshDir)).toEqual([]);
    await expectServing('sdf-v1');
    await write('after action kill');
  });

  test('manual rollback: to the previous good release, then to a --release id; exactly the recorded digests', async () => {
    const expectRunning = (id: string) => {
      const m = manifestImages(p, id);
      const running = runningImageIds(p.name);
      for (const s of ['backend', 'bot', 'frontend', 'nginx', 'postgres', 'redis'])
        expect({ s, id: running[s] }).toEqual({ s, id: m[s].id });
      // images.txt (what `images` reports) agrees with the manifest
      for (const line of releaseFile(p, id, 'images.txt').trim().split('\n')) {
        const [svc, ref, imageId] = line.split('\t');
        expect({ svc, ref, imageId }).toEqual({ svc, ref: m[svc].ref, imageId: m[svc].id });
      }
    };
    let t0 = Date.now();
    let r = await command('rollback');
    timings.push({
      what: 'manual rollback (previous good)',
      seconds: secs(Date.now() - t0),
      status: parseJsonLine(r.stdout).status,
    });
    let out = parseJsonLine(r.stdout);
    expect(r.code).toBe(0);
    expect(out.status).toBe('success');
    expect(out['release-id']).toBe(rel.v2);
    expect(out['previous-release-id']).toBe(rel.v1b);
    expect(currentRelease(p)).toBe(rel.v2);
    expectRunning(rel.v2);
    expect(history(p).pop()?.slice(1, 4)).toEqual(['rollback', rel.v2, 'success']);
    await expectServing('sdf-v2');
    await write('after manual rollback');

    t0 = Date.now();
    r = await command('rollback', { release: rel.v1 });
    timings.push({
      what: 'manual rollback --release',
      seconds: secs(Date.now() - t0),
      status: parseJsonLine(r.stdout).status,
    });
    out = parseJsonLine(r.stdout);
    expect(out.status).toBe('success');
    expect(out['release-id']).toBe(rel.v1);
    expect(currentRelease(p)).toBe(rel.v1);
    expectRunning(rel.v1);
    await expectServing('sdf-v1');

    // an unknown release: a clear failure, nothing changed
    const ids = containerIds(p.name);
    r = await command('rollback', { release: '20000101-000000-nothere' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/release 20000101-000000-nothere is not on the host \(kept: /);
    expect(containerIds(p.name)).toEqual(ids);
    expect(currentRelease(p)).toBe(rel.v1);
    await expectServing('sdf-v1');
  });

  test('releases lists the history: id, time, actor, sha, result, current', async () => {
    const r = await command('releases');
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n');
    const cur = lines.filter((l) => l.includes('<- current'));
    expect(cur.length).toBeGreaterThan(0);
    for (const l of cur) expect(l).toContain(rel.v1);
    expect(r.stderr).toMatch(
      new RegExp(`\\d{4}-\\d\\d-\\d\\dT\\S+Z\\s+deploy\\s+${rel.v2}\\s+success\\s+${ACTOR}`),
    );
    expect(r.stderr).toMatch(/deploy\s+\S+\s+rolled-back\s+fault-suite/);
    expect(r.stderr).toMatch(/auto-rollback\s+\S+\s+success/);
    expect(r.stderr).toMatch(/rollback\s+\S+\s+success/);
    expect(parseJsonLine(r.stdout)['release-id']).toBe(rel.v1);
    // the sha of each deploy is in the history (the summary table shows its first 7 characters)
    const h = history(p).find((x) => x[2] === rel.v2);
    expect(h?.[5]).toMatch(/^[0-9a-f]{40}$/);
    expect(rel.v2.endsWith(h?.[5].slice(0, 7) ?? '-')).toBe(true);
  });

  test('migrations policy: rollbacks keep a newer schema (auto and manual); rollback-migrations downgrades to the recorded revision', async () => {
    // a release that adds revision 0002 and whose backend crashes: the auto-rollback must not run the
    // older release's migrations (alembic would fail on the unknown 0002) and keeps the schema
    let r = await deploy('sdf-rev2-crash');
    expect(r.out.status).toBe('rolled-back');
    expect(r.stderr).toContain(
      "compose up without migrations (a rollback does not run the older release's migrations)",
    );
    expect(releaseFile(p, r.out['release-id'], 'alembic.rev').trim()).toBe('0002');
    expect(currentRelease(p)).toBe(rel.v1);
    expect(schemaRevision(p.name)).toBe('0002'); // expand/contract: the old code runs on the newer schema
    expect(tableExists(p.name, 'fault_rev2')).toBe(true);
    await expectServing('sdf-v1');
    await write('sdf-v1 on schema 0002');

    r = await deploy('sdf-rev2');
    expect(r.out.status).toBe('success');
    expect(releaseFile(p, r.out['release-id'], 'alembic.rev').trim()).toBe('0002');
    expect(releaseFile(p, rel.v1, 'alembic.rev').trim()).toBe('0001');
    await expectServing('sdf-rev2');

    let rb = await command('rollback');
    expect(parseJsonLine(rb.stdout).status).toBe('success');
    expect(rb.stderr).not.toContain('alembic downgrade');
    expect(currentRelease(p)).toBe(rel.v1);
    expect(schemaRevision(p.name)).toBe('0002');
    expect(tableExists(p.name, 'fault_rev2')).toBe(true);
    await expectServing('sdf-v1');

    r = await deploy('sdf-rev2');
    expect(r.out.status).toBe('success');
    rb = await command('rollback', { 'rollback-migrations': 'true' });
    expect(parseJsonLine(rb.stdout).status).toBe('success');
    expect(rb.stderr).toContain('schema  alembic downgrade 0001 (rollback-migrations is on)');
    expect(currentRelease(p)).toBe(rel.v1);
    expect(schemaRevision(p.name)).toBe('0001');
    expect(tableExists(p.name, 'fault_rev2')).toBe(false);
    await expectServing('sdf-v1');
    await write('after downgrade');

    // automatic rollback with the opt-in: the failed release's code undoes its migration
    r = await deploy('sdf-rev2-crash', { 'rollback-migrations': 'true' });
    expect(r.out.status).toBe('rolled-back');
    expect(r.stderr).toContain('schema  alembic downgrade 0001 (rollback-migrations is on)');
    expect(currentRelease(p)).toBe(rel.v1);
    expect(schemaRevision(p.name)).toBe('0001');
    expect(tableExists(p.name, 'fault_rev2')).toBe(false);
    await expectServing('sdf-v1');
    await write('after automatic downgrade');
  });

  test(`9. ${CYCLES} consecutive deploys alternating good and crashing releases, rows written between: none lost, healthy on the last good one`, async () => {
    let good = 'sdf-v1';
    for (let i = 0; i < CYCLES; i++) {
      const broken = i % 2 === 1;
      const tag = broken ? 'sdf-crash' : good === 'sdf-v1' ? 'sdf-v2' : 'sdf-v1';
      const r = await deploy(tag);
      if (broken) {
        expect({ i, status: r.out.status }).toEqual({ i, status: 'rolled-back' });
      } else {
        expect({ i, status: r.out.status }).toEqual({ i, status: 'success' });
        good = tag;
      }
      await expectServing(good);
      await write(`cycle ${i + 1} (${tag})`);
    }
    expect(lockState(p)).toBe('free');
    const st = await command('status');
    for (const s of ['backend', 'bot', 'frontend', 'nginx', 'postgres', 'redis'])
      expect(st.stderr).toMatch(new RegExp(`${s}\\s+Up .*\\(healthy\\)`));
    await expectServing(good);
  });
});
