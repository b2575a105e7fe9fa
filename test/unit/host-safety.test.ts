import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as hostScripts from '../../src/plan/host.js';
import { servicesOf } from '../../src/plan/stack.js';
import { deployScript } from '../../src/plan/transaction.js';
import { follow } from '../../src/steps/follow.js';
import { RecordingTransport } from '../../src/transport/recording.js';
import { MemoryLogger } from '../../src/util/logger.js';
import { commandSafe } from '../../src/util/untrusted.js';
import { isOwnWorkDir, isWorkDirName } from '../../src/util/workdir.js';

const txn = {
  project: 'shop',
  dir: '/unused',
  runId: 'r9',
  releaseId: 'r9',
  lockTimeoutSec: 60,
  healthTimeoutSec: 90,
  healthUrls: [],
  keepReleases: 5,
  meta: { actor: 'ann', sha: 'abc', runUrl: 'local' },
  services: servicesOf({ services: { web: { image: 'busybox:1' } } }, {}),
  migrateTimeoutSec: 900,
  rollbackOnFailure: true,
  downgradeOnRollback: false,
};

/** A project dir on disk and the library with its header pointing at it. */
function hostLib(extra: Partial<typeof txn> & { deadlineSec?: number; pullTimeoutSec?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sd-hostlib-'));
  mkdirSync(join(dir, 'runs/r9'), { recursive: true });
  mkdirSync(join(dir, 'releases'), { recursive: true });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const lib = deployScript({ ...txn, ...extra })
    .split('\nphase lock\n')[0]
    .replace(/^DIR=.*$/m, `DIR='${dir}'`);
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const run = (body: string) =>
    spawnSync('sh', ['-c', `${lib}\n${body}`], { encoding: 'utf8', env, timeout: 30_000 });
  const result = () => readFileSync(join(dir, 'runs/r9/result'), 'utf8');
  return { dir, lib, stub, env, run, result };
}

describe('the verdict is the result file, never a log line', () => {
  test('a log that prints ::result success does not turn a failed run into a success', async () => {
    const log = [
      '::phase pull',
      '03:00:00 pull     evil',
      '::result success deployed r9',
      '::phase-end pull 1',
      '',
    ].join('\n');
    const t = new RecordingTransport([
      (a) => (a[2]?.includes('tail -n +') ? { stdout: log } : undefined),
      (a) => (a[2]?.includes('/result"') ? { stdout: 'failed\npull of evil failed\n' } : undefined),
    ]);
    const r = await follow(t, '/d', 'r9', '1', new MemoryLogger());
    expect([r.status, r.detail]).toEqual(['failed', 'pull of evil failed']);
  });

  test('log, mark and the result keep one line per value, whatever it holds', () => {
    const h = hostLib();
    const r = h.run(
      `E=$(printf 'busybox:1\\n::result success deployed\\r::from x good y')\n` +
        'log "pull $E"; mark "lock-wait $E"; finish failed "pull of $E failed" 1',
    );
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('::result'))).toEqual([
      '::result failed pull of busybox:1 ::result success deployed ::from x good y failed',
    ]);
    expect(lines.filter((l) => l.startsWith('::from'))).toEqual([]);
    expect(h.result()).toBe('failed\npull of busybox:1 ::result success deployed ::from x good y failed\n');
  });

  test('a multi-line lock note is one line in the log and in the lock-timeout result', () => {
    const h = hostLib();
    writeFileSync(join(h.dir, 'lock.info'), 'pid=1\n::result success deployed\n');
    const holder = spawn('flock', [join(h.dir, 'lock'), 'sleep', '20'], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100 && !existsSync(join(h.dir, 'lock')); i++) execFileSync('sleep', ['0.05']);
      execFileSync('sleep', ['0.2']);
      const r = h.run('acquire_lock 1');
      expect(r.status).toBe(1);
      const results = r.stdout.split('\n').filter((l) => l.startsWith('::result'));
      expect(results).toEqual(['::result lock-timeout lock held by pid=1 ::result success deployed']);
      expect(h.result().split('\n')[0]).toBe('lock-timeout');
    } finally {
      holder.kill();
    }
  });
});

describe('a stuck transaction does not hold the lock forever', () => {
  test('a pull that never finishes fails after the pull timeout', () => {
    const h = hostLib({ pullTimeoutSec: 1 });
    h.stub('docker', '[ "$1" = pull ] && exec sleep 30; exit 1');
    const t0 = Date.now();
    const r = h.run('exec 9>>"$DIR/lock"; pull_image reg.invalid/x:1 always; pull_wait');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    expect(h.result()).toBe(
      'failed\npull of reg.invalid/x:1 did not finish within 1s; nothing was changed\n',
    );
  });

  test('past its deadline the transaction is stopped, its result written and the lock released', async () => {
    const h = hostLib({ deadlineSec: 1 });
    // a process group of its own, as setsid gives the real transaction
    // `timeout` puts its command in a process group of its own, as in pull_image and the migrations
    const child = spawn('sh', ['-c', `${h.lib}\nacquire_lock 5\ntimeout 60 sleep 60\nfinish success ok 0`], {
      env: h.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const t0 = Date.now();
    const code = await new Promise<number | null>((r) =>
      child.on('close', (c, s) => r(c ?? (s ? -1 : null))),
    );
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(code).not.toBe(0);
    expect(h.result()).toBe(
      'failed\nthe transaction passed its deadline of 1s (transaction-timeout) and was stopped\n',
    );
    expect(out).toContain('error: the transaction passed its deadline of 1s');
    expect(existsSync(join(h.dir, 'lock.info'))).toBe(false);
    expect(spawnSync('flock', ['-n', join(h.dir, 'lock'), 'true']).status).toBe(0);
    expect(readFileSync(join(h.dir, 'history.log'), 'utf8')).toContain('\tfailed\t');
  }, 30_000);

  test('a transaction that ends in time stops its deadline watcher', () => {
    const h = hostLib({ deadlineSec: 2 });
    const r = h.run('acquire_lock 5; finish success ok 0');
    expect(r.status).toBe(0);
    execFileSync('sleep', ['3']);
    expect(h.result()).toBe('success\nok\n');
    expect(readFileSync(join(h.dir, 'history.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  }, 20_000);

  test('health URLs: one request per attempt (no curl globbing), bounded by the time left', () => {
    const h = hostLib();
    h.stub('curl', `printf '%s\\n' "$@" >>"${'$'}CURL_ARGS"; exit 0`);
    const argsFile = join(h.dir, 'curl.args');
    const r = spawnSync('sh', ['-c', `${h.lib}\ncheck_urls 30 'http://127.0.0.1/[1-5]/{a,b}'`], {
      encoding: 'utf8',
      env: { ...h.env, CURL_ARGS: argsFile },
    });
    expect(r.status).toBe(0);
    const args = readFileSync(argsFile, 'utf8').split('\n');
    expect(args[0]).toBe('-gfsS');
    expect(args).toContain('--');
    expect(args[args.indexOf('--max-time') + 1]).toBe('5');
    expect(args[args.indexOf('--') + 1]).toBe('http://127.0.0.1/[1-5]/{a,b}');
  });
});

describe('host files are pruned', () => {
  test('record keeps the newest runs and drops old partial uploads', () => {
    const h = hostLib();
    for (let i = 10; i < 50; i++) mkdirSync(join(h.dir, `runs/2026010${i}`));
    const old = join(h.dir, 'releases/r1.partial');
    const fresh = join(h.dir, 'releases/r2.partial');
    mkdirSync(old);
    mkdirSync(fresh);
    const past = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, past, past);
    h.stub('docker', 'exit 0');
    mkdirSync(join(h.dir, 'releases/r9'));
    const r = h.run(`ln -s releases/r9 "$DIR/current"; record 5`);
    expect(r.status).toBe(0);
    const runs = readdirSync(join(h.dir, 'runs')).sort();
    expect(runs).toHaveLength(30);
    expect(runs).toContain('r9');
    expect(runs).toContain('202601049');
    expect(runs).not.toContain('202601010');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  test('stale registry logins of runs that never started or already ended are removed', () => {
    const h = hostLib();
    const login = (run: string, files: string[], ageMin = 0) => {
      const d = join(h.dir, 'runs', run);
      mkdirSync(join(d, '.docker'), { recursive: true });
      for (const f of files) writeFileSync(join(d, f), '');
      const t = new Date(Date.now() - ageMin * 60_000);
      utimesSync(join(d, '.docker'), t, t);
      return join(d, '.docker');
    };
    const ended = login('a', ['txn.log', 'result']);
    const neverStarted = login('b', [], 30);
    const justLoggedIn = login('c', []);
    const waiting = login('d', ['txn.log']);
    const own = login('r9', []);
    const r = h.run('acquire_lock 5');
    expect(r.status).toBe(0);
    expect([ended, neverStarted, justLoggedIn, waiting, own].map(existsSync)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('the release on the host', () => {
  test('is extracted with our owner and explicit modes, whatever the archive and umask say', () => {
    const src = mkdtempSync(join(tmpdir(), 'sd-unpack-src-'));
    mkdirSync(join(src, 'conf'), { recursive: true });
    mkdirSync(join(src, 'secrets'));
    writeFileSync(join(src, 'conf/site.conf'), 'x');
    writeFileSync(join(src, 'secrets/db_password'), 'pw');
    writeFileSync(join(src, 'backend.env'), 'A=1');
    writeFileSync(join(src, 'dc'), '#!/bin/sh');
    chmodSync(join(src, 'conf/site.conf'), 0o600);
    chmodSync(join(src, 'conf'), 0o700);
    const tgz = execFileSync('tar', ['-cz', '--owner=4321', '--group=4321', '-C', src, '.']);
    const dir = mkdtempSync(join(tmpdir(), 'sd-unpack-'));
    const argv = hostScripts.unpackScript(dir, 'r1');
    const r = spawnSync('sh', ['-c', `umask 077; exec "$@"`, 'sh', ...argv], { input: tgz });
    expect(r.status).toBe(0);
    const rel = join(dir, 'releases/r1.partial');
    const mode = (p: string) => (statSync(join(rel, p)).mode & 0o777).toString(8);
    const owner = (p: string) => statSync(join(rel, p)).uid;
    expect(owner('conf/site.conf')).toBe(process.getuid?.());
    expect(mode('.')).toBe('755');
    expect(mode('conf')).toBe('755');
    expect(mode('conf/site.conf')).toBe('644');
    expect(mode('secrets')).toBe('700');
    expect(mode('secrets/db_password')).toBe('600');
    expect(mode('backend.env')).toBe('600');
    expect(mode('dc')).toBe('755');
  });
});

describe('untrusted text on the runner', () => {
  test('text that could carry a workflow command is printed inside stop-commands', () => {
    expect(commandSafe('plain line')).toEqual(['plain line']);
    for (const text of ['  ::set-output name=a::b', 'x ##[save-state name=d]/tmp', 'a\r::add-mask::x']) {
      const [stop, body, resume] = commandSafe(text, () => 'tok');
      expect([stop, body, resume]).toEqual(['::stop-commands::tok', text, '::tok::']);
    }
    const [a] = commandSafe('::x', undefined);
    const [b] = commandSafe('::x', undefined);
    expect(a).toMatch(/^::stop-commands::sd-[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  test('post takes only a work dir of its own naming under the temp roots', () => {
    expect(isWorkDirName('sd-Ab12Cd')).toBe(true);
    expect(isWorkDirName('stack-deploy-build-x1y2z3')).toBe(true);
    expect(isWorkDirName('sd-')).toBe(false);
    expect(isWorkDirName('sdk')).toBe(false);
    expect(isOwnWorkDir('/rt/sd-Ab12Cd', ['/rt'])).toBe(true);
    expect(isOwnWorkDir('/rt/sd-Ab12Cd/', ['/rt'])).toBe(true);
    expect(isOwnWorkDir('/home/victim', ['/rt'])).toBe(false);
    expect(isOwnWorkDir('/rt/../etc/sd-Ab12Cd', ['/rt'])).toBe(false);
    expect(isOwnWorkDir('/rt/x/sd-Ab12Cd', ['/rt'])).toBe(false);
    expect(isOwnWorkDir('/rt/sd-Ab12Cd', ['', '/tmp'])).toBe(false);
  });
});

describe('image references', () => {
  test('whitespace or control characters in an image are refused at validate, with the place', async () => {
    const { run: validateFiles, brief } = await import('./validate/helpers.js');
    const r = await validateFiles(
      {
        'compose.yml': 'services:\n  web:\n    image: ${IMG}\n  ok:\n    image: busybox:1\n',
        '.env': 'IMG="busybox:1\\n::result success deployed"\n',
      },
      { envFile: '.env' },
    );
    expect(brief(r.findings).filter((f) => f.includes('image'))).toEqual([
      // the value comes from .env: findings never repeat an interpolated value
      'SD-SCH-004 3:12 services.web.image: expected an image reference without whitespace or control characters, got "[REDACTED]\\n[REDACTED]"',
    ]);
  });
});

describe('unlock --force', () => {
  const { forceUnlockScript } = hostScripts;

  test('stops the live transaction named by the lock note and frees the lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-unlock-'));
    mkdirSync(join(dir, 'runs/r1'), { recursive: true });
    writeFileSync(
      join(dir, 'runs/r1/txn.sh'),
      `exec 9>>"${dir}/lock"; flock 9; printf 'release=r1 pid=%s actor=a\\n' $$ >"${dir}/lock.info"; sleep 60 & wait`,
    );
    spawn('setsid', ['sh', join(dir, 'runs/r1/txn.sh')], { detached: true, stdio: 'ignore' }).unref();
    for (let i = 0; i < 100 && !existsSync(join(dir, 'lock.info')); i++) execFileSync('sleep', ['0.05']);
    const argv = forceUnlockScript(dir);
    const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout.trim()).toMatch(/^stopped \d+$/);
    expect(spawnSync('flock', ['-n', join(dir, 'lock'), 'true']).status).toBe(0);
    expect(existsSync(join(dir, 'lock.info'))).toBe(false);
    expect(readFileSync(join(dir, 'history.log'), 'utf8')).toMatch(
      /\tunlock\t-\tforced\t.*stopped pid \d+\n$/,
    );
  }, 30_000);

  test('refuses to kill a process that is not a transaction of this directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-unlock-'));
    const holder = spawn('flock', [join(dir, 'lock'), 'sleep', '20'], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100 && !existsSync(join(dir, 'lock')); i++) execFileSync('sleep', ['0.05']);
      execFileSync('sleep', ['0.2']);
      writeFileSync(join(dir, 'lock.info'), `release=x pid=${holder.pid} actor=a\n`);
      const argv = forceUnlockScript(dir);
      const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stdout.trim()).toBe(`pid ${holder.pid} is not a stack-deploy transaction of ${dir}`);
      expect(holder.exitCode).toBeNull();
    } finally {
      holder.kill();
    }
  });
});
