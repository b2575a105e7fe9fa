import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, runActionWithPost } from '../helpers/action.js';
import {
  buildImages,
  cli,
  containerIds,
  currentRelease,
  deployCli,
  deployInputs,
  history,
  https,
  parseJsonLine,
  project,
  teardown,
  version,
  type TestProject,
} from '../helpers/stack.js';
import { flags, testbed } from '../helpers/testbed.js';

jest.setTimeout(600_000);
const tb = testbed();
const p: TestProject = project('sdtest-deploy', 18100);

beforeAll(() => {
  teardown(p);
  buildImages('sdt-v1');
  buildImages('sdt-v2', { services: ['backend', 'bot'], like: 'sdt-v1' });
  buildImages('sdt-v3-migfail', { services: ['backend'], fault: 'migration-fail', like: 'sdt-v2' });
});
afterAll(() => teardown(p));

describe('deploy over real SSH to the testbed', () => {
  let first = '';
  let itemId = 0;

  test('first deploy to an empty host (CLI): the stack answers through nginx', async () => {
    const r = await deployCli(p, 'sdt-v1');
    const out = parseJsonLine(r.stdout);
    expect(r.stderr).toContain('── verify');
    expect(out.status).toBe('success');
    expect(r.code).toBe(0);
    first = out['release-id'];
    expect(currentRelease(p)).toBe(first);
    expect(await version(p)).toBe('sdt-v1');
    const images = JSON.parse(out.images) as Record<string, string>;
    expect(images.backend).toMatch(/^127\.0\.0\.1:5000\/stack\/backend@sha256:[0-9a-f]{64}$/);
    const created = await https(p, '/api/items', { method: 'POST', body: { name: 'kept across releases' } });
    expect(created.status).toBe(201);
    itemId = (JSON.parse(created.body) as { id: number }).id;
  });

  test('doctor on the freshly deployed bundled stack: no problem, exit 0', async () => {
    const t0 = Date.now();
    const r = await cli('doctor', p, { 'health-urls': `http://127.0.0.1:${p.httpPort}/healthz` });
    const rep = JSON.parse(parseJsonLine(r.stdout).doctor) as {
      checks: { level: string; area: string; subject: string }[];
    };
    expect(rep.checks.filter((c) => c.level === 'problem')).toEqual([]);
    expect(r.code).toBe(0);
    const ok = (area: string) =>
      rep.checks.filter((c) => c.area === area && c.level === 'ok').map((c) => c.subject);
    expect(ok('containers')).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'backend', 'bot', 'frontend', 'nginx']),
    );
    expect(ok('dependencies')).toEqual(
      expect.arrayContaining(['backend → postgres', 'backend resolves postgres']),
    );
    expect(ok('access')).toContain(`port 127.0.0.1:${p.httpsPort} → nginx:443/tcp`);
    expect(rep.checks.map((c) => c.subject)).toContain(`certificate on 127.0.0.1:${p.httpsPort}`);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  test('second release changing backend and bot (action, node24): the rest keeps its containers and the data', async () => {
    const before = containerIds(p.name);
    const { main, post } = await runActionWithPost({
      command: 'deploy',
      ...deployInputs(p, 'sdt-v2'),
      'ssh-key': tb.key,
    });
    expect(main.outputs.status).toBe('success');
    expect(main.code).toBe(0);
    expect(post.code).toBe(0);
    expect(main.outputs['previous-release-id']).toBe(first);
    expect(currentRelease(p)).toBe(main.outputs['release-id']);
    const after = containerIds(p.name);
    for (const s of ['postgres', 'redis', 'nginx', 'frontend'])
      expect({ s, id: after[s] }).toEqual({ s, id: before[s] });
    for (const s of ['backend', 'bot']) expect(after[s]).not.toBe(before[s]);
    expect(await version(p)).toBe('sdt-v2');
    const items = await https(p, '/api/items');
    expect(JSON.parse(items.body)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: itemId, name: 'kept across releases' })]),
    );
    expect(main.summary).toMatch(/\| backend \| recreated \((config|image)\) \|/);
    expect(main.summary).toMatch(/\| postgres \| unchanged \|/);
    expect(main.stdout).toContain('::group::upload');
  });

  test('a release whose image cannot be pulled changes nothing', async () => {
    const before = containerIds(p.name);
    const cur = currentRelease(p);
    const r = await deployCli(p, 'sdt-does-not-exist');
    expect(r.code).toBe(1);
    expect(parseJsonLine(r.stdout).status).toBe('failed');
    expect(r.stderr).toContain(
      'pull of 127.0.0.1:5000/stack/backend:sdt-does-not-exist failed; nothing was changed',
    );
    expect(containerIds(p.name)).toEqual(before);
    expect(currentRelease(p)).toBe(cur);
    expect(await version(p)).toBe('sdt-v2');
  });

  test('a release whose migration fails switches nothing; the old version keeps answering', async () => {
    const before = containerIds(p.name);
    const cur = currentRelease(p);
    const r = await deployCli(p, 'sdt-v3-migfail');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/migration service migrations failed \(exit [1-9]\d*\); nothing was switched/);
    expect(containerIds(p.name)).toEqual(before);
    expect(currentRelease(p)).toBe(cur);
    expect(await version(p)).toBe('sdt-v2');
    expect(history(p).pop()?.[3]).toBe('failed');
  });

  test('two deploys started together: the second waits for the lock, a third with a short lock-timeout names the holder', async () => {
    const a = deployCli(p, 'sdt-v1');
    await new Promise((r) => setTimeout(r, 3000));
    const b = deployCli(p, 'sdt-v2');
    const c = deployCli(p, 'sdt-v2', { 'lock-timeout': '2' });
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect(parseJsonLine(ra.stdout).status).toBe('success');
    expect(rb.stderr).toMatch(
      /waiting up to 300s for the lock held by: release=\S+ pid=\d+ actor=\S+ run=local since=/,
    );
    expect(parseJsonLine(rb.stdout).status).toBe('success');
    expect(rc.code).toBe(1);
    expect(rc.stderr).toMatch(/lock-timeout: lock held by release=\S+ pid=\d+/);
    // serialized: the history shows the runs one after another, never interleaved
    const h = history(p).slice(-3);
    expect(h.map((x) => x[3]).sort()).toEqual(['lock-timeout', 'success', 'success']);
    expect(await version(p)).toBe('sdt-v2');
  });

  test('killing the local client in the middle of the switch: the host transaction still finishes and frees the lock', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist/cli/index.js'), 'deploy', ...flags(deployInputs(p, 'sdt-v1'))],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/root',
          STACK_DEPLOY_SSH_KEY: tb.key,
        },
      },
    );
    let err = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`never reached the switch:\n${err}`)), 300_000);
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
        if (err.includes('── switch')) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const killedAt = history(p).length;
    for (let i = 0; i < 120 && history(p).length === killedAt; i++)
      await new Promise((r) => setTimeout(r, 1000));
    expect(history(p).length).toBe(killedAt + 1);
    expect(history(p).pop()?.[3]).toBe('success');
    let st = await cli('unlock', p);
    expect(st.stderr).toContain('the lock is free');
    st = await cli('status', p);
    expect(st.code).toBe(0);
    expect(st.stderr).toContain(`release   ${currentRelease(p)}`);
    expect(await version(p)).toBe('sdt-v1');
  });

  test('releases lists the history with the current release marked', async () => {
    const r = await cli('releases', p);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${currentRelease(p)}\\s+success.*<- current`));
    expect(r.stderr).toMatch(/lock-timeout/);
  });
});
