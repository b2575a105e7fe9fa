// The reference stack in compose/ running for real on the testbed: prod comes up healthy
// behind nginx (TLS, redirect, WebSocket, webhook secret, cached assets), data survives a
// full recreate and a backup/drop/restore, PostgreSQL and Redis are only reachable from
// the host in dev (on 127.0.0.1).
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { validate } from '../../src/config/validate/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMPOSE = path.join(ROOT, 'compose');
const BASE = path.join(COMPOSE, 'docker-compose.yml');
const PROD = path.join(COMPOSE, 'docker-compose.prod.yml');
const DEV = path.join(COMPOSE, 'docker-compose.dev.yml');
const EXAMPLE_ENV = path.join(COMPOSE, '.env.example');
const TAG = 'e2e-stack';
const SECRET = 'e2e-webhook-secret-0123456789';
const RUN = `${process.pid.toString(36)}${randomBytes(2).toString('hex')}`;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
) {
  return new Promise<Result>((resolve) => {
    execFile(
      cmd,
      args,
      {
        cwd: opts.cwd ?? ROOT,
        env: { ...process.env, ...opts.env },
        timeout: opts.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

async function ok(cmd: string, args: string[], opts: Parameters<typeof run>[2] = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\n${(r.stderr + r.stdout).slice(-4000)}`);
  }
  return r.stdout;
}

/** A compose project of the reference stack with its own .env. */
class Stack {
  readonly dir: string;
  readonly envFile: string;
  constructor(
    readonly project: string,
    readonly files: string[],
    readonly env: Record<string, string>,
  ) {
    this.dir = mkdtempSync(path.join(tmpdir(), `${project}-`));
    this.envFile = path.join(this.dir, '.env');
    writeFileSync(this.envFile, envFrom(readFileSync(EXAMPLE_ENV, 'utf8'), env), { mode: 0o600 });
  }

  get composeOpts(): string[] {
    return ['-p', this.project, '--env-file', this.envFile, ...this.files.flatMap((f) => ['-f', f])];
  }

  run(args: string[], timeoutMs = 180_000) {
    return run('docker', ['compose', ...this.composeOpts, ...args], { timeoutMs });
  }

  async ok(args: string[], timeoutMs = 180_000): Promise<string> {
    const r = await this.run(args, timeoutMs);
    if (r.code !== 0) {
      throw new Error(
        `docker compose ${args.join(' ')} exited ${r.code}\n${(r.stderr + r.stdout).slice(-3000)}\n${await this.diagnostics()}`,
      );
    }
    return r.stdout;
  }

  async diagnostics(): Promise<string> {
    const ps = await this.run(['ps', '-a', '--format', 'table {{.Service}}\t{{.Status}}']);
    const logs = await this.run(['logs', '--no-color', '--tail', '15']);
    return `--- ps\n${ps.stdout}--- logs\n${logs.stdout.slice(-6000)}`;
  }

  psql(sql: string): Promise<string> {
    return this.ok([
      'exec',
      '-T',
      'postgres',
      'sh',
      '-c',
      'psql -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v ON_ERROR_STOP=1 -tA -c "$0"',
      sql,
    ]).then((s) => s.trim());
  }

  async containers(): Promise<
    Array<{ Service: string; ID: string; State: string; Health: string; ExitCode: number }>
  > {
    const out = await this.ok(['ps', '-a', '--format', 'json']);
    const text = out.trim();
    if (!text) return [];
    return text.startsWith('[') ? JSON.parse(text) : text.split('\n').map((l) => JSON.parse(l));
  }

  async down(): Promise<void> {
    await this.run(['down', '-v', '--remove-orphans', '-t', '5'], 120_000);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** .env.example with some values replaced (keys stay the same: no drift). */
function envFrom(example: string, values: Record<string, string>): string {
  const seen = new Set<string>();
  const lines = example.split('\n').map((line) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line);
    if (m && m[1] in values) {
      seen.add(m[1]);
      return `${m[1]}=${values[m[1]]}`;
    }
    return line;
  });
  const missing = Object.keys(values).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`not in .env.example: ${missing.join(', ')}`);
  return lines.join('\n');
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve) => {
          const s = net.createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {},
): Promise<Reply> {
  const u = new URL(url);
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: opts.method ?? 'GET',
        headers: { Host: `localhost:${u.port}`, ...opts.headers },
        ca: opts.ca,
        servername: 'localhost',
        timeout: 10_000,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const json = (r: Reply) => JSON.parse(r.body.toString('utf8'));

/** Reads from a socket until a predicate on the accumulated bytes holds. */
class Reader {
  private buf = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  private ended = false;
  constructor(sock: net.Socket) {
    sock.on('data', (c: Buffer) => {
      this.buf = Buffer.concat([this.buf, c]);
      this.waiter?.();
    });
    sock.on('close', () => {
      this.ended = true;
      this.waiter?.();
    });
  }
  async until<T>(take: (b: Buffer) => [T, number] | null, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = take(this.buf);
      if (got) {
        this.buf = this.buf.subarray(got[1]);
        return got[0];
      }
      if (this.ended) throw new Error('socket closed');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; have ${JSON.stringify(this.buf.toString('latin1'))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = null;
    }
  }
}

/** A minimal RFC 6455 client over TLS (Node 20 has no WebSocket client): handshake, one masked text frame, read the echo. */
async function wsEcho(port: number, ca: string, text: string): Promise<{ accept: boolean; echoed: string }> {
  const sock = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca });
  await new Promise<void>((resolve, reject) => {
    sock.once('secureConnect', resolve);
    sock.once('error', reject);
  });
  const reader = new Reader(sock);
  try {
    const key = randomBytes(16).toString('base64');
    sock.write(
      `GET /ws HTTP/1.1\r\nHost: localhost:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    const head = await reader.until((b) => {
      const i = b.indexOf('\r\n\r\n');
      return i < 0 ? null : [b.subarray(0, i).toString('latin1'), i + 4];
    });
    if (!/^HTTP\/1\.1 101 /.test(head)) throw new Error(`no upgrade: ${head}`);
    const expected = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    const accept = new RegExp(`^sec-websocket-accept: ${expected.replace(/[+/]/g, '\\$&')}\\s*$`, 'im').test(
      head,
    );

    const payload = Buffer.from(text, 'utf8');
    if (payload.length > 125) throw new Error('keep it short');
    const mask = randomBytes(4);
    const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
    sock.write(Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, masked]));

    const echoed = await reader.until((b) => {
      if (b.length < 2) return null;
      const len = b[1] & 0x7f;
      if (len > 125) throw new Error('unexpected long frame');
      if (b.length < 2 + len) return null;
      if ((b[0] & 0x0f) !== 0x1) throw new Error(`unexpected opcode ${b[0] & 0x0f}`);
      return [b.subarray(2, 2 + len).toString('utf8'), 2 + len];
    });
    const closeMask = randomBytes(4);
    sock.write(Buffer.concat([Buffer.from([0x88, 0x80]), closeMask]));
    return { accept, echoed };
  } finally {
    sock.destroy();
  }
}

function tcpProbe(port: number, send: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port });
    const t = setTimeout(() => s.destroy(new Error(`no answer on 127.0.0.1:${port}`)), 5000);
    s.on('connect', () => s.write(send));
    s.once('data', (d: Buffer) => {
      clearTimeout(t);
      s.destroy();
      resolve(d);
    });
    s.on('error', (e) => {
      clearTimeout(t);
      reject(e);
    });
  });
}

const PG_SSL_REQUEST = Buffer.from('0000000804d2162f', 'hex');

// The dev stack comes up in the background while the prod tests run (mostly waiting for
// health checks), and is checked at the end.
let dev: { stack: Stack; ports: Record<string, number>; up: Promise<Result> } | undefined;

beforeAll(async () => {
  await ok('docker', ['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 20_000 });
  // Idempotent: a warm run takes a few seconds (BuildKit cache).
  await ok('bash', [path.join(ROOT, 'example/build-images.sh')], {
    env: { IMAGE_TAG: TAG, APP_VERSION: TAG, PUSH: '0', FAULT: 'none' },
    timeoutMs: 900_000,
  });
  const [http_, https_, backend, bot, frontend, pg, redis] = await freePorts(7);
  const stack = new Stack(`sd-e2e-stackdev-${RUN}`, [BASE, DEV], {
    IMAGE_TAG: TAG,
    SERVER_NAME: 'localhost',
    NGINX_HTTP_PORT: String(http_),
    NGINX_HTTPS_PORT: String(https_),
    DEV_BACKEND_PORT: String(backend),
    DEV_BOT_PORT: String(bot),
    DEV_FRONTEND_PORT: String(frontend),
    DEV_POSTGRES_PORT: String(pg),
    DEV_REDIS_PORT: String(redis),
  });
  dev = {
    stack,
    ports: { http: http_, https: https_, backend, bot, frontend, pg, redis },
    up: stack.run(['up', '-d', '--wait', '--wait-timeout', '240'], 300_000),
  };
}, 900_000);

afterAll(async () => {
  if (dev) {
    await dev.up;
    await dev.stack.down();
  }
}, 400_000);

describe('compose files', () => {
  test.each([
    ['prod', PROD],
    ['dev', DEV],
  ])('docker compose config -q passes for base+%s with .env.example', async (_name, override) => {
    const r = await run('docker', [
      'compose',
      '--env-file',
      EXAMPLE_ENV,
      '-f',
      BASE,
      '-f',
      override,
      'config',
      '-q',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('every variable the compose files use is in .env.example, env.schema.json and ENV.md, and nothing else is', () => {
    const used = new Set<string>();
    for (const f of [BASE, PROD, DEV]) {
      const text = readFileSync(f, 'utf8').replace(/\$\$/g, '');
      for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) used.add(m[1]);
    }
    const example = new Set(
      [...readFileSync(EXAMPLE_ENV, 'utf8').matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]),
    );
    const schema = JSON.parse(readFileSync(path.join(COMPOSE, 'env.schema.json'), 'utf8')) as {
      variables: Record<string, { type: string; required?: boolean; secret?: boolean }>;
    };
    const doc = readFileSync(path.join(COMPOSE, 'ENV.md'), 'utf8');
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    expect(sorted(example)).toEqual(sorted(used));
    expect(sorted(Object.keys(schema.variables))).toEqual(sorted(used));
    expect(sorted(used).filter((v) => !doc.includes(`| \`${v}\` |`))).toEqual([]);
    const secrets = Object.entries(schema.variables)
      .filter(([, v]) => v.secret)
      .map(([k]) => k);
    expect(secrets.sort()).toEqual([
      'DATABASE_URL',
      'POSTGRES_PASSWORD',
      'TELEGRAM_BOT_TOKEN',
      'TELEGRAM_WEBHOOK_SECRET',
    ]);
  });

  test.each(['prod', 'dev'] as const)(
    'stack-deploy validate reports no error for base+%s with .env.example',
    async (profile) => {
      const report = await validate({
        cwd: ROOT,
        composeFiles: ['compose/docker-compose.yml', `compose/docker-compose.${profile}.yml`],
        envFile: 'compose/.env.example',
        profile,
        policy: 'stack',
      });
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
    60_000,
  );

  test('buildx bake reads the build sections (run from compose/, as buildx 0.13 resolves contexts against the cwd)', async () => {
    const out = await ok('docker', ['buildx', 'bake', '-f', 'docker-compose.yml', '--print'], {
      cwd: COMPOSE,
      env: {
        IMAGE_TAG: 'x',
        POSTGRES_PASSWORD: 'x',
        DATABASE_URL: 'x',
        TELEGRAM_BOT_TOKEN: 'x',
        TELEGRAM_WEBHOOK_SECRET: 'x',
      },
    });
    const targets = JSON.parse(out).target as Record<string, { context: string; tags: string[] }>;
    expect(Object.keys(targets).sort()).toEqual(['backend', 'bot', 'frontend']);
    expect(targets.backend.tags).toEqual(['127.0.0.1:5000/stack/backend:x']);
    expect(targets.frontend.context).toBe('../example/frontend');
  }, 60_000);
});

describe('prod stack (base + prod) through nginx on 127.0.0.1', () => {
  let stack: Stack;
  let httpPort: number;
  let httpsPort: number;
  let ca: string;
  const url = (p: string) => `https://127.0.0.1:${httpsPort}${p}`;

  beforeAll(async () => {
    [httpPort, httpsPort] = await freePorts(2);
    stack = new Stack(`sd-e2e-stack-${RUN}`, [BASE, PROD], {
      IMAGE_TAG: TAG,
      SERVER_NAME: 'localhost',
      NGINX_HTTP_BIND: '127.0.0.1',
      NGINX_HTTP_PORT: String(httpPort),
      NGINX_HTTPS_BIND: '127.0.0.1',
      NGINX_HTTPS_PORT: String(httpsPort),
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      POSTGRES_PASSWORD: `e2e-${randomBytes(9).toString('hex')}`,
    });
    await stack.ok(['up', '-d', '--wait', '--wait-timeout', '180'], 240_000);
    ca = await stack.ok(['exec', '-T', 'nginx', 'cat', '/etc/nginx/certs/fullchain.pem']);
  }, 300_000);

  afterAll(async () => {
    await stack?.down();
  }, 120_000);

  test('every long-running service is healthy; migrations ran once and exited 0', async () => {
    const cs = await stack.containers();
    const byService = Object.fromEntries(cs.map((c) => [c.Service, c]));
    for (const s of ['postgres', 'redis', 'backend', 'bot', 'frontend', 'nginx']) {
      expect([s, byService[s]?.Health]).toEqual([s, 'healthy']);
    }
    expect(byService.migrations).toMatchObject({ State: 'exited', ExitCode: 0 });
  }, 30_000);

  test('only nginx publishes ports, on 127.0.0.1; PostgreSQL and Redis are not reachable from the host', async () => {
    const cs = await stack.containers();
    const ids = cs.map((c) => c.ID);
    const inspected = JSON.parse(await ok('docker', ['inspect', ...ids])) as Array<{
      Config: { Labels: Record<string, string> };
      NetworkSettings: {
        Ports: Record<string, Array<{ HostIp: string; HostPort: string }> | null>;
        Networks: Record<string, unknown>;
      };
    }>;
    const published: Record<string, string[]> = {};
    for (const c of inspected) {
      const svc = c.Config.Labels['com.docker.compose.service'];
      const binds = Object.entries(c.NetworkSettings.Ports ?? {}).flatMap(([port, b]) =>
        (b ?? []).map((x) => `${x.HostIp}:${x.HostPort}->${port}`),
      );
      if (binds.length) published[svc] = binds.sort();
      if (svc === 'postgres' || svc === 'redis') {
        expect([svc, Object.keys(c.NetworkSettings.Networks)]).toEqual([svc, [`${stack.project}_internal`]]);
      }
    }
    expect(published).toEqual({
      nginx: [`127.0.0.1:${httpPort}->80/tcp`, `127.0.0.1:${httpsPort}->443/tcp`].sort(),
    });
    const internal = JSON.parse(await ok('docker', ['network', 'inspect', `${stack.project}_internal`]))[0];
    expect(internal.Internal).toBe(true);
  }, 30_000);

  test('HTTP redirects to HTTPS (same path, the published HTTPS port); nginx has its own health route', async () => {
    const r = await request(`http://127.0.0.1:${httpPort}/api/items?x=1`);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`https://localhost:${httpsPort}/api/items?x=1`);
    expect((await request(`http://127.0.0.1:${httpPort}/healthz`)).status).toBe(200);
    expect((await request(url('/healthz'), { ca })).status).toBe(200);
  }, 30_000);

  test('TLS verifies against the generated self-signed certificate; API health is 200 with the version', async () => {
    await expect(request(url('/api/health'))).rejects.toThrow(/self[- ]signed/i);
    const r = await request(url('/api/health'), { ca });
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ status: 'ok', version: TAG });
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(json(await request(url('/api/version'), { ca }))).toEqual({ version: TAG });
  }, 30_000);

  test('a WebSocket message echoes through /ws', async () => {
    const text = `hello ${RUN} ✓`;
    const { accept, echoed } = await wsEcho(httpsPort, ca, text);
    expect(accept).toBe(true);
    expect(echoed).toBe(text);
  }, 30_000);

  test('the bot webhook accepts the right secret and refuses a wrong (403) or missing (401) one', async () => {
    const update = (id: number, textMsg: string) =>
      JSON.stringify({
        update_id: id,
        message: { message_id: 1, chat: { id: 42 }, from: { id: 42 }, text: textMsg },
      });
    const hdr = (secret?: string): Record<string, string> => ({
      'Content-Type': 'application/json',
      ...(secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }),
    });
    const good = await request(url('/bot/webhook'), {
      method: 'POST',
      headers: hdr(SECRET),
      body: update(1, '/version'),
      ca,
    });
    expect(good.status).toBe(200);
    expect(json(good)).toEqual({ method: 'sendMessage', chat_id: 42, text: `bot ${TAG}, backend ${TAG}` });
    const wrong = await request(url('/bot/webhook'), {
      method: 'POST',
      headers: hdr('not-the-secret'),
      body: update(2, '/start'),
      ca,
    });
    expect(wrong.status).toBe(403);
    const missing = await request(url('/bot/webhook'), {
      method: 'POST',
      headers: hdr(),
      body: update(3, '/start'),
      ca,
    });
    expect(missing.status).toBe(401);
    // The session the accepted update opened lives in Redis, with a TTL.
    const ttl = Number(
      (await stack.ok(['exec', '-T', 'redis', 'redis-cli', 'ttl', 'bot:session:42'])).trim(),
    );
    expect(ttl).toBeGreaterThan(0);
  }, 30_000);

  test('/ serves the mini-app; hashed assets get long cache headers and gzip', async () => {
    const index = await request(url('/'), { ca });
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const html = index.body.toString('utf8');
    const asset = /src="(\/assets\/app\.[0-9a-f]{10}\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await request(url(asset!), { ca, headers: { 'Accept-Encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-encoding']).toBe('gzip');
    const code = gunzipSync(js.body).toString('utf8');
    expect(code).toContain('"apiBaseUrl": "/api"');
    expect(code).toContain(`"version": "${TAG}"`);
  }, 30_000);

  test('the migration created the schema', async () => {
    expect(await stack.psql('SELECT version_num FROM alembic_version')).toBe('0001');
    expect(
      await stack.psql(
        "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'items'",
      ),
    ).toBe('id,name,created_at');
  }, 30_000);

  describe('data', () => {
    let itemId: number;
    const name = `row-${RUN}`;
    const listNames = async () => {
      const r = await request(url('/api/items?limit=500'), { ca });
      return r.status === 200
        ? (json(r) as Array<{ id: number; name: string }>).map((i) => `${i.id}:${i.name}`)
        : [`HTTP ${r.status}`];
    };

    test('a row written through the API survives up -d --force-recreate of every service', async () => {
      const created = await request(url('/api/items'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name }),
        ca,
      });
      expect(created.status).toBe(201);
      itemId = json(created).id;
      const before = new Map((await stack.containers()).map((c) => [c.Service, c.ID]));

      await stack.ok(['up', '-d', '--force-recreate', '--wait', '--wait-timeout', '180'], 240_000);

      const after = await stack.containers();
      for (const c of after) expect([c.Service, c.ID === before.get(c.Service)]).toEqual([c.Service, false]);
      // The list is read from PostgreSQL (no cache), so this is the database talking.
      expect(await listNames()).toContain(`${itemId}:${name}`);
    }, 300_000);

    test('backup -> drop -> restore brings the row (and the Redis data) back', async () => {
      const marker = randomBytes(8).toString('hex');
      await stack.ok(['exec', '-T', 'redis', 'redis-cli', 'set', 'e2e:marker', marker]);
      const scriptOpts = stack.composeOpts;

      const backup = await ok(path.join(COMPOSE, 'scripts/backup.sh'), scriptOpts, { timeoutMs: 120_000 });
      const id = backup.trim().split('\n').pop()!;
      expect(id).toMatch(/^\d{8}T\d{6}Z$/);
      const files = await stack.ok([
        'exec',
        '-T',
        'postgres',
        'sh',
        '-c',
        `cd /backups/${id} && ls && sha256sum -c SHA256SUMS`,
      ]);
      expect(files).toMatch(/db\.dump: OK/);
      expect(files).toMatch(/redis\.rdb: OK/);

      await stack.psql('DROP TABLE items');
      await stack.ok(['exec', '-T', 'redis', 'redis-cli', 'flushall']);
      expect(await listNames()).toEqual(['HTTP 500']);

      await ok(path.join(COMPOSE, 'scripts/restore.sh'), [...scriptOpts, '--yes', id], {
        timeoutMs: 240_000,
      });

      expect(await listNames()).toContain(`${itemId}:${name}`);
      expect((await stack.ok(['exec', '-T', 'redis', 'redis-cli', 'get', 'e2e:marker'])).trim()).toBe(marker);
      const health = await stack.containers();
      for (const s of ['backend', 'bot', 'redis', 'postgres', 'nginx']) {
        expect([s, health.find((c) => c.Service === s)?.Health]).toEqual([s, 'healthy']);
      }
    }, 300_000);
  });
});

describe('dev stack (base + dev)', () => {
  let stack: Stack;
  let ports: Record<string, number>;

  beforeAll(() => {
    stack = dev!.stack;
    ports = dev!.ports;
  });

  test('every published port binds 127.0.0.1 only', async () => {
    const cfg = JSON.parse(await stack.ok(['config', '--format', 'json'])) as {
      services: Record<string, { ports?: Array<{ host_ip?: string; published?: string; target: number }> }>;
    };
    const binds = Object.entries(cfg.services).flatMap(([svc, s]) =>
      (s.ports ?? []).map((p) => `${svc} ${p.host_ip}:${p.published}->${p.target}`),
    );
    expect(binds.sort()).toEqual(
      [
        `backend 127.0.0.1:${ports.backend}->8000`,
        `bot 127.0.0.1:${ports.bot}->8081`,
        `dev-ports 127.0.0.1:${ports.pg}->5432`,
        `dev-ports 127.0.0.1:${ports.redis}->6379`,
        `frontend 127.0.0.1:${ports.frontend}->8080`,
        `nginx 127.0.0.1:${ports.http}->80`,
        `nginx 127.0.0.1:${ports.https}->443`,
      ].sort(),
    );
    expect(cfg.services.postgres.ports ?? []).toEqual([]);
    expect(cfg.services.redis.ports ?? []).toEqual([]);
  }, 30_000);

  test('the whole dev stack comes up; PostgreSQL and Redis answer on 127.0.0.1; code is mounted with reload', async () => {
    const up = await dev!.up;
    if (up.code !== 0)
      throw new Error(`dev up failed:\n${up.stderr.slice(-3000)}\n${await stack.diagnostics()}`);
    expect((await tcpProbe(ports.pg, PG_SSL_REQUEST)).toString('latin1')).toMatch(/^[NS]$/);
    expect((await tcpProbe(ports.redis, Buffer.from('PING\r\n'))).toString('latin1')).toBe('+PONG\r\n');
    const health = json(await request(`http://127.0.0.1:${ports.backend}/api/health`));
    expect(health).toMatchObject({ status: 'ok', version: TAG });
    // The dev server rebuilds from the mounted sources: unhashed names, debug flag on, no caching.
    const index = await request(`http://127.0.0.1:${ports.frontend}/`);
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.body.toString('utf8')).toContain('src="/assets/app.js"');
    const js = (await request(`http://127.0.0.1:${ports.frontend}/assets/app.js`)).body.toString('utf8');
    expect(js).toContain('"debug": true');
    const mounts = await stack.ok([
      'exec',
      '-T',
      'backend',
      'sh',
      '-c',
      'cat /proc/1/cmdline | tr "\\0" " "; grep " /app/app " /proc/mounts',
    ]);
    expect(mounts).toMatch(/ \/app\/app \S+ ro,/);
    expect((await stack.ok(['logs', '--no-color', 'backend'])).toLowerCase()).toContain('reload=true');
  }, 300_000);
});
