/**
 * Hostile host and container output against the bundled action (node24 dist/index.js, main + post)
 * on the testbed: a fake `::result` in health output, workflow commands in container logs, a registry
 * that never answers, and the modes of the release on the host. Small busybox stacks.
 */
import { jest } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAction, type ActionRun } from '../helpers/action.js';
import { dist, waitFor } from '../helpers/faults.js';
import { remoteDir, teardown, type TestProject } from '../helpers/stack.js';
import { sshInputs, testbed } from '../helpers/testbed.js';

jest.setTimeout(600_000);
const tb = testbed();
const IMAGE = 'sd-base/busybox:1';
const BLACKHOLE_PORT = 19401;

/** A project of our own: only the name and remote dir matter to teardown. */
const proj = (name: string): TestProject => ({ name, env: '', httpPort: 0, httpsPort: 0 });

/** Writes a small stack into a fresh dir; returns the dir. */
function stack(compose: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-atk-'));
  writeFileSync(join(dir, 'compose.yml'), compose);
  writeFileSync(join(dir, '.env'), '', { mode: 0o600 });
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

function deploy(p: TestProject, dir: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return startAction(
    {
      command: 'deploy',
      ...sshInputs(tb),
      'ssh-key': tb.key,
      'project-name': p.name,
      'working-directory': dir,
      'compose-files': 'compose.yml',
      'env-file': '.env',
      policy: 'compose',
      profile: 'dev',
      'migrate-service': '',
      'health-timeout': '30',
      ...extra,
    },
    { cwd: dir },
  ).done;
}

/**
 * What the runner would act on in a step's output: `::cmd` at a line start (after blanks) and
 * `##[cmd` anywhere, lines ended by \n or \r, nothing between ::stop-commands::T and ::T::.
 */
function honoured(stdout: string): string[] {
  const out: string[] = [];
  let stop = '';
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    const v2 = /^::([^ :]+)/.exec(line)?.[1];
    if (stop) {
      if (v2 === stop) stop = '';
      continue;
    }
    if (v2 === 'stop-commands') {
      stop = line.slice('::stop-commands::'.length);
      continue;
    }
    if (v2) out.push(line);
    else if (raw.includes('##[')) out.push(raw.slice(raw.indexOf('##[')));
  }
  return out;
}

beforeAll(() => {
  dist();
});

describe('a failing release whose container and health check print workflow commands', () => {
  const p = proj('sdtest-atk-b-cmds');
  let dir: string;
  let main: ActionRun;
  let post: ActionRun;
  let victim: string;
  beforeAll(async () => {
    teardown(p);
    victim = mkdtempSync(join(tmpdir(), 'sd-atk-victim-'));
    writeFileSync(join(victim, 'keep'), 'x');
    writeFileSync(join(victim, 'config'), 'Host *\n  ProxyCommand touch ' + join(victim, 'pwned') + '\n');
    const cmds = [
      `::set-output name=status::success`,
      `x ##[save-state name=sshDir]${victim}`,
      `  ::save-state name=sshDir::${victim}`,
      `::add-mask::deploy`,
      `::stop-commands::attacker`,
      `::error::fake`,
    ];
    const script =
      cmds.map((c) => `echo '${c}'`).join('; ') + `; printf 'a\\r::set-output name=images::{}\\n'; exit 3`;
    dir = stack(
      [
        'services:',
        '  web:',
        `    image: ${IMAGE}`,
        '    command: ["sh", "-c", ' + JSON.stringify(`sleep 4; ${script}`) + ']',
        '    healthcheck:',
        `      test: ["CMD-SHELL", "printf 'no\\\\n::result success deployed\\\\n##[save-state name=sshDir]${victim}\\\\n'; exit 1"]`,
        '      interval: 1s',
        '      timeout: 2s',
        '      retries: 30',
        '',
      ].join('\n'),
    );
    main = await deploy(p, dir);
    post = await startAction({}, { state: main.state, dir: main.dir }).done;
  });
  afterAll(() => teardown(p));

  test('finding 2: a fake ::result success in health output does not make the run a success', () => {
    const runs = join(remoteDir(p), 'runs');
    const log = readdirSync(runs)
      .map((r) => readFileSync(join(runs, r, 'txn.log'), 'utf8'))
      .join('\n');
    expect(log).toMatch(/^::result success deployed$/m);
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed');
    const hist = readFileSync(join(remoteDir(p), 'history.log'), 'utf8');
    expect(hist).toMatch(/\tfailed\t/);
  });

  test('finding 3: no workflow command from the host or container is honoured; post touches no attacker path', () => {
    // the hostile lines reached the log (shown, as text)
    expect(main.stdout).toContain('::set-output name=status::success');
    expect(main.stdout).toContain(`##[save-state name=sshDir]${victim}`);
    const acted = honoured(main.stdout).join('\n');
    for (const bad of [
      'set-output',
      'save-state',
      'add-mask::deploy',
      'stop-commands::attacker',
      '::error::fake',
    ])
      expect(acted).not.toContain(bad);
    // the command files hold only what the action wrote
    expect(Object.keys(main.state).sort()).toEqual(['isPost', 'sshDir']);
    expect(main.state.sshDir).not.toContain(victim);
    expect(readFileSync(join(main.dir, 'state'), 'utf8')).not.toContain(victim);
    expect(readFileSync(join(main.dir, 'output'), 'utf8')).not.toContain('{}');
    expect(main.outputs.status).toBe('failed');
    expect(post.code).toBe(0);
    expect(existsSync(join(victim, 'keep'))).toBe(true);
    expect(existsSync(join(victim, 'pwned'))).toBe(false);
  });

  test('finding 3: a post step fed an attacker directory leaves it alone and only warns', async () => {
    const forged = await startAction({}, { state: { isPost: 'true', sshDir: victim } }).done;
    expect(forged.code).toBe(0);
    expect(forged.stdout).toContain('not a stack-deploy temp dir');
    expect(existsSync(join(victim, 'keep'))).toBe(true);
    expect(existsSync(join(victim, 'pwned'))).toBe(false);
  });
});

describe('finding 2: a lock note that prints a fake ::result success', () => {
  const p = proj('sdtest-atk-b-lock');
  test('the deploy that times out on the lock fails', async () => {
    teardown(p);
    const d = remoteDir(p);
    execFileSync('runuser', ['-u', tb.user, '--', 'mkdir', '-p', d]);
    execFileSync('runuser', [
      '-u',
      tb.user,
      '--',
      'sh',
      '-c',
      `printf 'pid=1\\n::result success deployed\\n' >'${d}/lock.info'; : >>'${d}/lock'`,
    ]);
    const holder = spawn('flock', [join(d, 'lock'), 'sleep', '120'], { stdio: 'ignore' });
    try {
      const held = () =>
        execFileSync('sh', ['-c', `flock -n '${d}/lock' true && echo free || echo held`], {
          encoding: 'utf8',
        }).trim() === 'held';
      await waitFor(held, 10_000, 'the lock held by the test');
      const dir = stack(`services:\n  web:\n    image: ${IMAGE}\n    command: ["sleep", "3600"]\n`);
      const r = await deploy(p, dir, { 'lock-timeout': '2' });
      expect(r.code).toBe(1);
      expect(r.outputs.status).not.toBe('success');
      expect(r.stdout).toContain('lock-timeout');
    } finally {
      holder.kill();
      teardown(p);
    }
  });
});

describe('finding 6: a registry that accepts connections and never answers', () => {
  const p = proj('sdtest-atk-b-hole');
  let server: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    teardown(p);
    server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => server.listen(BLACKHOLE_PORT, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
    teardown(p);
  });

  test('the deadline fails the run and releases the lock; the next deploy proceeds', async () => {
    const hole = stack(
      `services:\n  web:\n    image: 127.0.0.1:${BLACKHOLE_PORT}/sd/hole:1\n    command: ["sleep", "3600"]\n`,
    );
    const t0 = Date.now();
    const first = await deploy(p, hole, { 'transaction-timeout': '15' });
    const ms = Date.now() - t0;
    expect(sockets.length).toBeGreaterThan(0);
    expect(first.code).toBe(1);
    expect(first.outputs.status).toBe('failed');
    expect(first.stdout).toContain(
      'the transaction passed its deadline of 15s (transaction-timeout) and was stopped',
    );
    expect(ms).toBeLessThan(90_000);
    expect(existsSync(join(remoteDir(p), 'lock.info'))).toBe(false);
    expect(
      execFileSync('sh', ['-c', `flock -n '${remoteDir(p)}/lock' echo free`], { encoding: 'utf8' }),
    ).toBe('free\n');

    // finding 9 rides on the good deploy: files bind-mounted read-only into a non-root container
    const good = stack(
      [
        'services:',
        '  web:',
        `    image: ${IMAGE}`,
        '    user: "65534:65534"',
        '    command: ["sleep", "3600"]',
        '    volumes: ["./conf:/conf:ro"]',
        '    healthcheck:',
        '      test: ["CMD", "cat", "/conf/site.conf"]',
        '      interval: 1s',
        '      retries: 20',
        '',
      ].join('\n'),
      { 'conf/site.conf': 'hello\n' },
    );
    const second = await deploy(p, good, { 'lock-timeout': '5' });
    expect(second.outputs.status).toBe('success');
    expect(second.code).toBe(0);
    const rel = join(remoteDir(p), 'releases', second.outputs['release-id']);
    const deployUid = Number(execFileSync('id', ['-u', tb.user], { encoding: 'utf8' }).trim());
    // the bundle keeps the files under the directory they share; find them by name
    const at = (f: string) =>
      f === '.env'
        ? join(rel, f)
        : execFileSync('find', [rel, '-path', `*/${f}`], { encoding: 'utf8' })
            .trim()
            .split('\n')[0];
    const st = (f: string) => statSync(at(f));
    const mode = (f: string) => (st(f).mode & 0o777).toString(8);
    expect([mode('compose.yml'), mode('conf'), mode('conf/site.conf'), mode('.env')]).toEqual([
      '644',
      '755',
      '644',
      '600',
    ]);
    for (const f of ['compose.yml', 'conf/site.conf', '.env']) expect(st(f).uid).toBe(deployUid);
  });
});
