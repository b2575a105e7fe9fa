import { jest } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toSettings } from '../../src/config/settings.js';
import { localCacheKey, type ActionsCache, type KeyParts } from '../../src/steps/build-cache.js';
import { build, localCacheDir, type BuildInput } from '../../src/steps/build.js';
import { CommandError } from '../../src/util/errors.js';
import { MemoryLogger } from '../../src/util/logger.js';
import { fakeDocker, fakeProject, type FakeBakeOptions } from '../helpers/fake-bake.js';

const SHA = '3f2c7a91d0b4e5f60718293a4b5c6d7e8f901234';
const OS = `${process.platform}-${process.arch}`;
const PREFIX = `stack-deploy-buildx-${OS}-f4be9dfdccf9-`;
const KEY = PREFIX + SHA;
const ON_GITHUB = { GITHUB_ACTIONS: 'true' };

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const keep = (dir: string) => (made.push(dir), dir);

describe('localCacheKey', () => {
  const parts: KeyParts = {
    composeFiles: ['compose.yml'],
    services: ['api', 'worker'],
    platforms: [],
    sha: SHA,
    env: {},
  };

  test('<os>-<arch>-<scope>-<sha>, restored by the prefix without the sha', () => {
    expect(localCacheKey(parts)).toEqual({ key: KEY, restoreKeys: [PREFIX] });
  });

  test('the scope follows the compose files, the services and the platforms, not their order', () => {
    const scope = (over: Partial<KeyParts>) => localCacheKey({ ...parts, ...over }).restoreKeys[0];
    expect(scope({ services: ['worker', 'api'] })).toBe(PREFIX);
    expect(scope({ services: ['api'] })).not.toBe(PREFIX);
    expect(scope({ platforms: ['linux/arm64'] })).not.toBe(PREFIX);
    expect(scope({ composeFiles: ['compose.yml', 'compose.prod.yml'] })).not.toBe(PREFIX);
    expect(scope({ sha: 'other' })).toBe(PREFIX);
  });

  test('without a commit the run stands in for it', () => {
    expect(
      localCacheKey({ ...parts, sha: undefined, env: { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' } }).key,
    ).toBe(`${PREFIX}run-77-2`);
  });
});

/** A cache:local build of the fake project; events records restore, bake and save in order. */
function setup(cacheOver: Partial<ActionsCache> = {}, bake: FakeBakeOptions = {}) {
  const project = keep(fakeProject());
  const tempDir = keep(mkdtempSync(join(tmpdir(), 'sdtest-cache-temp-')));
  const dir = localCacheDir(tempDir);
  const events: string[] = [];
  const seenAtBake: string[] = [];
  const docker = fakeDocker(project, {
    ...bake,
    onBake: () => {
      events.push('bake');
      seenAtBake.push(
        existsSync(join(dir, 'api', 'index.json'))
          ? readFileSync(join(dir, 'api', 'index.json'), 'utf8')
          : '',
      );
    },
  });
  const cache = {
    isFeatureAvailable: jest.fn(() => true),
    restoreCache: jest.fn(async (paths: string[]) => {
      events.push('restore');
      mkdirSync(join(paths[0], 'api'), { recursive: true });
      writeFileSync(join(paths[0], 'api', 'index.json'), 'restored');
      return `${PREFIX}older`;
    }),
    saveCache: jest.fn(async (paths: string[]) => {
      events.push(`save ${readFileSync(join(paths[0], 'api', 'index.json'), 'utf8')}`);
      return 42;
    }),
    ...cacheOver,
  };
  const input: BuildInput = {
    settings: toSettings(
      { command: 'build', 'compose-files': 'compose.yml', cache: 'local' },
      { onGitHub: true },
    ),
    cwd: project,
    composeFiles: [join(project, 'compose.yml')],
    envVars: {},
    git: { sha: SHA },
    tempDir,
  };
  const logger = new MemoryLogger();
  const go = (env: Record<string, string> = ON_GITHUB, withCache = true) =>
    build(input, { logger, runLocal: docker.run, cache: withCache ? cache : undefined, env });
  const cacheLines = () => logger.lines.filter((l) => l.includes('cache local'));
  return { go, cache, events, seenAtBake, dir, logger, cacheLines, project, tempDir };
}

describe('build with cache: local on GitHub Actions', () => {
  test('restores the directory before bake and saves it after the swap, under one key', async () => {
    const t = setup();
    const res = await t.go();
    expect(t.events).toEqual(['restore', 'bake', 'save new']);
    expect(t.cache.restoreCache).toHaveBeenCalledWith([t.dir], KEY, [PREFIX]);
    expect(t.cache.saveCache).toHaveBeenCalledWith([t.dir], KEY);
    expect(t.seenAtBake).toEqual(['restored']);
    expect(readFileSync(join(t.dir, 'worker', 'index.json'), 'utf8')).toBe('new');
    expect(existsSync(`${t.dir}.next`)).toBe(false);
    expect(res.images).toEqual({ api: 'r.example/api:v1', worker: 'r.example/worker:v1' });
    expect(t.cacheLines().map((l) => l.replace(/ in \d+ms$/, ' in Nms'))).toEqual([
      `cache local: restored ${t.dir} from ${PREFIX}older in Nms`,
      `cache local: saved ${t.dir} as ${KEY} in Nms`,
    ]);
  });

  test('a failed bake saves nothing and keeps the restored directory', async () => {
    const t = setup({}, { fail: '#9 ERROR: failed to solve: process "/bin/sh -c false" did not complete\n' });
    await expect(t.go()).rejects.toThrow(CommandError);
    expect(t.events).toEqual(['restore', 'bake']);
    expect(t.cache.saveCache).not.toHaveBeenCalled();
    expect(readFileSync(join(t.dir, 'api', 'index.json'), 'utf8')).toBe('restored');
  });

  test('a miss says so; the build saves what it made', async () => {
    const t = setup({
      restoreCache: jest.fn(async () => {
        t.events.push('restore');
        return undefined;
      }),
    });
    await t.go();
    expect(t.events).toEqual(['restore', 'bake', 'save new']);
    expect(t.seenAtBake).toEqual(['']);
    expect(t.cacheLines()[0]).toBe(
      `cache local: no usable entry for ${PREFIX}*; building with an empty cache`,
    );
  });

  test('restore and save failures are warnings; the build succeeds', async () => {
    const t = setup({
      restoreCache: jest.fn(async (paths: string[]) => {
        t.events.push('restore');
        mkdirSync(join(paths[0], 'api'), { recursive: true });
        writeFileSync(join(paths[0], 'api', 'index.json'), 'half');
        throw new Error('Cache service responded with 503');
      }),
      saveCache: jest.fn(async () => {
        t.events.push('save');
        const e = new Error(
          `Unable to reserve cache with key ${KEY}, another job may be creating this cache.`,
        );
        e.name = 'ReserveCacheError';
        throw e;
      }),
    });
    const res = await t.go();
    expect(t.events).toEqual(['restore', 'bake', 'save']);
    expect(t.seenAtBake).toEqual(['']);
    expect(Object.keys(res.images)).toEqual(['api', 'worker']);
    expect(t.logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      `warning: cache local: ${t.dir} was not restored (Cache service responded with 503); building with an empty cache`,
      `warning: cache local: ${t.dir} was not saved as ${KEY}: Unable to reserve cache with key ${KEY}, another job may be creating this cache.`,
    ]);
  });

  test('a service that does not take the key (-1) is reported, not warned', async () => {
    const t = setup({ saveCache: jest.fn(async () => -1) });
    await t.go();
    expect(t.cacheLines()[1]).toBe(
      `cache local: the cache service did not take ${KEY} (see above); the next build restores an older entry`,
    );
  });

  test('an exact hit is not saved again', async () => {
    const t = setup({ restoreCache: jest.fn(async () => KEY) });
    await t.go();
    expect(t.cache.saveCache).not.toHaveBeenCalled();
    expect(t.cacheLines()[1]).toBe(`cache local: ${KEY} was restored exactly; not saved again`);
  });
});

describe('build with cache: local without the cache service', () => {
  test('outside GitHub Actions: one info line, the plain directory', async () => {
    const t = setup();
    await t.go({});
    expect(t.cache.isFeatureAvailable).not.toHaveBeenCalled();
    expect(t.cache.restoreCache).not.toHaveBeenCalled();
    expect(t.cache.saveCache).not.toHaveBeenCalled();
    expect(t.cacheLines()).toEqual([
      `cache local: not on GitHub Actions; ${t.dir} is kept only as long as the directory itself`,
    ]);
    expect(readFileSync(join(t.dir, 'api', 'index.json'), 'utf8')).toBe('new');
  });

  test('the CLI (no cache client) on GitHub Actions: one info line naming the directory to cache', async () => {
    const t = setup();
    await t.go(ON_GITHUB, false);
    expect(t.cache.isFeatureAvailable).not.toHaveBeenCalled();
    expect(t.cacheLines()).toEqual([
      `cache local: only the action restores and saves ${t.dir} with the GitHub Actions cache; from the CLI, cache that directory with actions/cache`,
    ]);
    expect(readFileSync(join(t.dir, 'api', 'index.json'), 'utf8')).toBe('new');
  });

  test('on GitHub Actions with the service unavailable: one info line, the plain directory', async () => {
    const t = setup({ isFeatureAvailable: jest.fn(() => false) });
    await t.go();
    expect(t.cache.restoreCache).not.toHaveBeenCalled();
    expect(t.cache.saveCache).not.toHaveBeenCalled();
    expect(t.cacheLines()).toEqual([
      `cache local: the GitHub Actions cache service is not available to this step; ${t.dir} is neither restored nor saved`,
    ]);
  });
});

/**
 * The v1 cache service (ACTIONS_CACHE_URL), as much of it as @actions/cache 6 uses: look up by key
 * and restore-key prefixes, reserve, upload chunks, commit, download.
 */
interface FakeService {
  server: Server;
  url: string;
  requests: string[];
  /** serve archives that are not zstd */
  corrupt: boolean;
}

function fakeCacheService(): Promise<FakeService> {
  const entries: { key: string; version: string; data: Buffer }[] = [];
  const pending = new Map<number, { key: string; version: string; chunks: [number, Buffer][] }>();
  const requests: string[] = [];
  const body = async (req: IncomingMessage) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    return Buffer.concat(parts);
  };
  const server = createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const path = u.pathname.replace('/_apis/artifactcache/', '');
      requests.push(`${req.method} ${path}`);
      const json = (code: number, v?: unknown) => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(v === undefined ? undefined : JSON.stringify(v));
      };
      if (req.method === 'GET' && path.startsWith('/archive/')) {
        const data = service.corrupt
          ? Buffer.from('not an archive')
          : entries[Number(path.split('/')[2])].data;
        res.writeHead(200, { 'content-length': data.length });
        return res.end(data);
      }
      if (req.headers.authorization !== 'Bearer fake-runtime-token')
        return json(401, { message: 'no token' });
      if (req.method === 'GET' && path === 'cache') {
        const version = u.searchParams.get('version');
        const keys = (u.searchParams.get('keys') ?? '').split(',');
        const same = entries.filter((e) => e.version === version).reverse();
        for (const k of keys) {
          const hit = same.find((e) => e.key === k) ?? same.find((e) => e.key.startsWith(k));
          if (hit)
            return json(200, {
              cacheKey: hit.key,
              archiveLocation: `http://${req.headers.host}/archive/${entries.indexOf(hit)}`,
            });
        }
        return json(204);
      }
      if (req.method === 'POST' && path === 'caches') {
        const { key, version } = JSON.parse(String(await body(req))) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version))
          return json(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}` });
        const id = pending.size + entries.length + 1;
        pending.set(id, { key, version, chunks: [] });
        return json(201, { cacheId: id });
      }
      const id = Number(/^caches\/(\d+)$/.exec(path)?.[1]);
      const p = pending.get(id);
      if (p && req.method === 'PATCH') {
        const start = Number(/^bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1]);
        p.chunks.push([start, await body(req)]);
        return json(204);
      }
      if (p && req.method === 'POST') {
        const data = Buffer.concat(p.chunks.sort((a, b) => a[0] - b[0]).map((c) => c[1]));
        const { size } = JSON.parse(String(await body(req))) as { size: number };
        if (size !== data.length) return json(400, { message: `size ${size} != ${data.length}` });
        pending.delete(id);
        entries.push({ key: p.key, version: p.version, data });
        return json(204);
      }
      json(404, { message: 'not found' });
    })();
  });
  const service: FakeService = { server, url: '', requests, corrupt: false };
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      ok(service);
    }),
  );
}

describe('round trip through the real @actions/cache and a stand-in cache service', () => {
  const saved = { ...process.env };
  let service: FakeService;
  let stdout: string[];
  beforeAll(async () => {
    service = await fakeCacheService();
  });
  afterAll(() => service.server.close());
  beforeEach(() => {
    stdout = [];
    // @actions/core writes its ::debug:: and info lines here
    jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      stdout.push(String(c));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
  });

  test('the first build saves the directory; a fresh runner restores it before the next bake', async () => {
    const project = keep(fakeProject());
    const runnerTemp = keep(mkdtempSync(join(tmpdir(), 'sdtest-runner-temp-')));
    const env = {
      GITHUB_ACTIONS: 'true',
      ACTIONS_CACHE_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
      GITHUB_WORKSPACE: project,
      RUNNER_TEMP: runnerTemp,
    };
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.GITHUB_SERVER_URL;
    delete process.env.ACTIONS_CACHE_MODE;
    Object.assign(process.env, env);
    const input = (sha: string): BuildInput => ({
      settings: toSettings(
        { command: 'build', 'compose-files': 'compose.yml', cache: 'local' },
        { onGitHub: true },
      ),
      cwd: project,
      composeFiles: [join(project, 'compose.yml')],
      envVars: {},
      git: { sha },
      tempDir: runnerTemp,
    });
    const dir = localCacheDir(runnerTemp);
    const seen: string[] = [];
    const run = (sha: string, content: string) => {
      const logger = new MemoryLogger();
      const docker = fakeDocker(project, {
        cacheContent: content,
        onBake: () =>
          seen.push(
            existsSync(join(dir, 'api', 'index.json'))
              ? readFileSync(join(dir, 'api', 'index.json'), 'utf8')
              : '',
          ),
      });
      // what the action's entry point passes (src/main.ts)
      return build(input(sha), {
        logger,
        runLocal: docker.run,
        env,
        cache: () => import('@actions/cache'),
      }).then(() => logger);
    };

    const first = await run('a'.repeat(40), 'layers of run 1');
    const prefix = `stack-deploy-buildx-${OS}-f4be9dfdccf9-`;
    expect(
      first.lines.filter((l) => l.includes('cache local')).map((l) => l.replace(/ in \d+(\.\d+)?m?s$/, '')),
    ).toEqual([
      `cache local: no usable entry for ${prefix}*; building with an empty cache`,
      `cache local: saved ${dir} as ${prefix}${'a'.repeat(40)}`,
    ]);

    rmSync(dir, { recursive: true, force: true });
    const second = await run('b'.repeat(40), 'layers of run 2');
    expect(seen).toEqual(['', 'layers of run 1']);
    expect(
      second.lines.filter((l) => l.includes('cache local')).map((l) => l.replace(/ in \d+(\.\d+)?m?s$/, '')),
    ).toEqual([
      `cache local: restored ${dir} from ${prefix}${'a'.repeat(40)}`,
      `cache local: saved ${dir} as ${prefix}${'b'.repeat(40)}`,
    ]);
    expect(service.requests.filter((r) => !r.startsWith('GET caches'))).toEqual([
      'GET cache',
      'POST caches',
      'PATCH caches/1',
      'POST caches/1',
      'GET cache',
      'GET /archive/0',
      'POST caches',
      'PATCH caches/2',
      'POST caches/2',
    ]);
    expect(stdout.join('')).toContain('Cache saved successfully');
    expect(stdout.join('')).toContain('Cache restored successfully');

    // the library warns about a broken archive itself and reports a miss: no half directory stays
    service.corrupt = true;
    mkdirSync(join(dir, 'api'), { recursive: true });
    writeFileSync(join(dir, 'api', 'index.json'), 'stale');
    const third = await run('c'.repeat(40), 'layers of run 3');
    expect(seen[2]).toBe('');
    expect(third.lines.filter((l) => l.includes('cache local'))[0]).toBe(
      `cache local: no usable entry for ${prefix}*; building with an empty cache`,
    );
    expect(stdout.join('')).toMatch(/::warning::Failed to restore: .*tar/);
  }, 60_000);
});
