import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toSettings, type RawInputs } from '../../src/config/settings.js';
import type { GitContext } from '../../src/plan/bake.js';
import { build, readGitContext, type BuildInput } from '../../src/steps/build.js';
import { run } from '../../src/transport/process.js';
import type { LocalRunner } from '../../src/transport/types.js';
import { CommandError, ConfigError, PreflightError } from '../../src/util/errors.js';
import { MemoryLogger } from '../../src/util/logger.js';
import { ROOT } from '../helpers/action.js';
import { testbed } from '../helpers/testbed.js';

/** Builds and pushes take seconds each here; a whole test stays well under this. */
const T = 240_000;

const tb = testbed();
const RUN_ID = randomBytes(4).toString('hex');
const PREFIX = `${tb.registry}/sdtest-build-${RUN_ID}`;
const SHA = '3f2c7a91d0b4e5f60718293a4b5c6d7e8f901234';
const GIT: GitContext = {
  sha: SHA,
  ref: 'refs/tags/v1.4.2',
  commitTime: '2024-05-01T12:00:00+02:00',
  repoUrl: 'https://github.com/example/stack',
};
const scratch = mkdtempSync(join(tmpdir(), 'sdtest-build-'));
const nonces: string[] = [];
afterAll(() => {
  // leave the machine as found: this run's images and build cache records go (the registry keeps
  // its repositories under sdtest-build-*)
  const refs = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter((r) => r.startsWith(`${PREFIX}/`));
  if (refs.length) docker(['image', 'rm', '-f', ...refs]);
  for (const n of nonces) pruneOwnCache(n);
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of test/fixtures/build with a fresh nonce in every Dockerfile: a cold build of its own. */
function fixture(): { dir: string; nonce: string } {
  const nonce = `n${randomBytes(6).toString('hex')}`;
  nonces.push(nonce);
  const dir = mkdtempSync(join(scratch, 'app-'));
  cpSync(join(ROOT, 'test/fixtures/build'), dir, { recursive: true });
  for (const svc of ['api', 'worker']) {
    const f = join(dir, svc, 'Dockerfile');
    writeFileSync(f, readFileSync(f, 'utf8').replaceAll('__NONCE__', nonce));
  }
  return { dir, nonce };
}

function input(dir: string, raw: RawInputs, over: Partial<BuildInput> = {}): BuildInput {
  const settings = toSettings(
    { command: 'build', 'compose-files': 'compose.yml', push: 'true', cache: 'none', ...raw },
    { onGitHub: false },
  );
  const tempDir = join(dir, 'runner-temp');
  return {
    settings,
    cwd: dir,
    composeFiles: [join(dir, 'compose.yml')],
    envVars: { REGISTRY: `${PREFIX}/${raw.cache ?? 'none'}`, IMAGE_TAG: 'e2e' },
    git: GIT,
    tempDir,
    ...over,
  };
}

function docker(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...env } });
}

/** The registry's manifest digest for a reference, as `docker buildx imagetools inspect` reports it. */
function registryDigest(ref: string): string {
  const m = /^Digest:\s+(sha256:[0-9a-f]{64})$/m.exec(docker(['buildx', 'imagetools', 'inspect', ref]));
  if (!m) throw new Error(`no digest for ${ref}`);
  return m[1];
}

/** Drops only this test's build cache records (found by the nonce), leaving everyone else's cache. */
function pruneOwnCache(nonce: string): number {
  const ids = docker(['buildx', 'du', '--verbose'])
    .split(/\n\s*\n/)
    .filter((block) => block.includes(nonce))
    .map((block) => /^ID:\s+(\S+)/m.exec(block)?.[1])
    .filter((id): id is string => Boolean(id));
  for (const id of ids) docker(['builder', 'prune', '-af', '--filter', `id=${id}`]);
  return ids.length;
}

/** A runner that never built this fixture: no build cache records of its own, none of its images. */
function freshRunner(nonce: string, repoPrefix: string): void {
  expect(pruneOwnCache(nonce)).toBeGreaterThan(0);
  const refs = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter((r) => r.startsWith(`${repoPrefix}/`));
  if (refs.length) docker(['image', 'rm', '-f', ...refs]);
}

/** The layer digests of a pushed image. */
function layers(ref: string): string[] {
  const m = JSON.parse(docker(['buildx', 'imagetools', 'inspect', '--raw', ref])) as {
    layers: { digest: string }[];
  };
  return m.layers.map((l) => l.digest);
}

/**
 * The real docker CLI in a mount namespace where every directory it searches for CLI plugins is an
 * empty one: buildx is only found where a test puts it.
 */
function withoutSystemPlugins(): LocalRunner {
  const empty = mkdtempSync(join(scratch, 'no-plugins-'));
  const dirs = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
    join(homedir(), '.docker/cli-plugins'),
  ].filter((d) => existsSync(d));
  const hide = dirs.map((d) => `mount --bind "$0" '${d}'`).join(' && ');
  return (argv, opts) => run(['unshare', '-m', 'sh', '-c', `${hide} && exec "$@"`, empty, ...argv], opts);
}

const logs = () => new MemoryLogger();
const deps = (logger: MemoryLogger, runLocal: LocalRunner = run) => ({ logger, runLocal });
const leftovers = (i: BuildInput) => (existsSync(i.tempDir!) ? readdirSync(i.tempDir!) : []);

describe('build with docker buildx bake on the testbed', () => {
  const app = fixture();
  const base = input(app.dir, {});
  let first: Record<string, string>;

  test(
    'builds and pushes both services; images equal what imagetools reports',
    async () => {
      const logger = logs();
      const r = await build(base, deps(logger));
      first = r.images;
      const repo = `${PREFIX}/none`;
      expect(Object.keys(r.images)).toEqual(['api', 'worker']);
      for (const s of ['api', 'worker']) {
        expect(r.images[s]).toMatch(new RegExp(`^${repo}/${s}:e2e@sha256:[0-9a-f]{64}$`));
        expect(r.images[s]).toBe(`${repo}/${s}:e2e@${registryDigest(`${repo}/${s}:e2e`)}`);
      }
      expect(r.durationMs).toBeGreaterThan(0);
      expect(logger.text()).toContain('builder default (docker driver)');
      expect(leftovers(base)).toEqual([]);
    },
    T,
  );

  test(
    'tags like metadata-action point at the same manifest; OCI labels carry the commit',
    async () => {
      const repo = `${PREFIX}/none/api`;
      const digest = first.api.split('@')[1];
      for (const tag of ['1.4.2', '1.4', '1', 'sha-3f2c7a9', SHA])
        expect(`${tag} ${registryDigest(`${repo}:${tag}`)}`).toBe(`${tag} ${digest}`);
      const labels = JSON.parse(
        docker([
          'buildx',
          'imagetools',
          'inspect',
          `${repo}:e2e`,
          '--format',
          '{{json .Image.Config.Labels}}',
        ]),
      ) as Record<string, string>;
      expect(labels).toMatchObject({
        'org.opencontainers.image.created': '2024-05-01T10:00:00Z',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.com/example/stack',
        'org.opencontainers.image.title': 'api',
        'org.opencontainers.image.version': '1.4.2',
      });
    },
    T,
  );

  test(
    'rebuilding unchanged sources yields the same digests',
    async () => {
      const logger = logs();
      const r = await build(base, deps(logger));
      expect(r.images).toEqual(first);
      expect(logger.text()).toMatch(/built and pushed 2 image\(s\) in .* \((\d+) of \1 steps cached\)/);
    },
    T,
  );

  test(
    'services builds a subset',
    async () => {
      const r = await build({ ...base, services: ['worker'] }, deps(logs()));
      expect(r.images).toEqual({ worker: first.worker });
    },
    T,
  );

  test(
    'without push the images are built into the local store, named without a digest',
    async () => {
      const i = input(app.dir, { push: 'false' });
      const r = await build(i, deps(logs()));
      expect(r.images).toEqual({ api: `${PREFIX}/none/api:e2e`, worker: `${PREFIX}/none/worker:e2e` });
      expect(docker(['image', 'inspect', '--format', '{{.Id}}', r.images.api]).trim()).toMatch(/^sha256:/);
    },
    T,
  );
});

describe('build caches end to end (docker driver)', () => {
  const allCached = /built and pushed 2 image\(s\) in .* \((\d+) of \1 steps cached\)/;

  test(
    'registry: on a fresh runner the rebuild is served from <image>:buildcache, with the same digests',
    async () => {
      const app = fixture();
      const i = input(app.dir, { cache: 'registry' });
      const repo = `${PREFIX}/registry`;
      const logger = logs();
      const cold = await build(i, deps(logger));
      expect(logger.text()).toContain(
        'warning: cache registry: the builder "default" uses the docker driver, which cannot export a build cache; ' +
          'pushing an image with an inline cache (mode=min) as <image>:buildcache instead',
      );
      // the cache lives in an image of its own: the deployed one carries no cache metadata
      expect(registryDigest(`${repo}/api:buildcache`)).not.toBe(cold.images.api.split('@')[1]);

      for (const round of [1, 2]) {
        freshRunner(app.nonce, repo);
        const warmLog = logs();
        const warm = await build(i, deps(warmLog));
        expect(`${round} ${JSON.stringify(warm.images)}`).toBe(`${round} ${JSON.stringify(cold.images)}`);
        expect(warmLog.lines).toContainEqual(
          expect.stringMatching(/importing cache manifest from .*api:buildcache/),
        );
        expect(warmLog.text()).toMatch(allCached);
      }

      // the control: the same rebuild without the cache runs the steps again and makes new images
      freshRunner(app.nonce, repo);
      const none = await build({ ...i, settings: { ...i.settings, cache: 'none' } }, deps(logs()));
      expect(none.images.api).not.toBe(cold.images.api);
      expect(none.images.worker).not.toBe(cold.images.worker);
    },
    T,
  );

  test(
    'inline: on a fresh runner the rebuild is served from the pushed image, layer for layer',
    async () => {
      const app = fixture();
      const i = input(app.dir, { cache: 'inline' });
      const cold = await build(i, deps(logs()));
      freshRunner(app.nonce, `${PREFIX}/inline`);
      const logger = logs();
      const warm = await build(i, deps(logger));
      expect(logger.lines).toContainEqual(expect.stringMatching(/importing cache manifest from .*api:e2e/));
      expect(logger.text()).toMatch(allCached);
      // every layer is the cold build's; the digest itself may differ, because an inline cache puts
      // BuildKit's cache metadata into the image config and BuildKit 0.8 does not write it the same
      // way every time (the registry cache above keeps it out of the deployed image for that reason)
      for (const s of ['api', 'worker']) expect(layers(warm.images[s])).toEqual(layers(cold.images[s]));
    },
    T,
  );

  test(
    'local and gha: the docker driver cannot export them; warned, built without a cache',
    async () => {
      const app = fixture();
      for (const cache of ['local', 'gha']) {
        const i = input(app.dir, { cache });
        const logger = logs();
        const r = await build(i, deps(logger));
        expect(Object.keys(r.images)).toEqual(['api', 'worker']);
        expect(logger.text()).toContain(
          `warning: cache ${cache}: the builder "default" uses the docker driver, which cannot export a build cache; building without a cache`,
        );
        expect(leftovers(i)).toEqual([]);
      }
    },
    T,
  );
});

describe('build errors are named', () => {
  test(
    'a missing Dockerfile names the service and the path',
    async () => {
      const app = fixture();
      rmSync(join(app.dir, 'worker/Dockerfile'));
      const i = input(app.dir, {});
      const err = await build(i, deps(logs())).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe(
        `services.worker.build.dockerfile: expected a Dockerfile at ${app.dir}/worker/Dockerfile, found none`,
      );
      expect(leftovers(i)).toEqual([]);
    },
    T,
  );

  test(
    'no such builder',
    async () => {
      const app = fixture();
      const i = input(app.dir, {});
      const err = await build(
        { ...i, envVars: { ...i.envVars, BUILDX_BUILDER: 'sdtest-no-such-builder' } },
        deps(logs()),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PreflightError);
      expect((err as Error).message).toBe(
        'no buildx builder to build with: no builder "sdtest-no-such-builder" found ' +
          '(check BUILDX_BUILDER and `docker buildx ls`, or run docker/setup-buildx-action)',
      );
    },
    T,
  );

  test(
    'buildx missing: the real docker CLI with its plugin directories hidden',
    async () => {
      const app = fixture();
      const err = await build(input(app.dir, {}), deps(logs(), withoutSystemPlugins())).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PreflightError);
      expect((err as Error).message).toBe(
        'docker buildx is not available on the runner (`docker buildx version`: docker: unknown command: docker buildx); ' +
          'install the docker-buildx plugin or run docker/setup-buildx-action first',
      );
    },
    T,
  );

  describe('a registry that requires a login', () => {
    let reg: ChildProcess;
    let host: string;
    const user = 'sdtest';
    const password = `pw-${randomBytes(8).toString('hex')}`;

    beforeAll(async () => {
      const port = await new Promise<number>((res) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => res(p));
        });
      });
      host = `127.0.0.1:${port}`;
      const dir = mkdtempSync(join(scratch, 'registry-'));
      const hash = execFileSync(
        'perl',
        ['-e', 'print crypt($ARGV[0], q($2b$04$) . $ARGV[1])', password, 'abcdefghijklmnopqrstuu'],
        {
          encoding: 'utf8',
        },
      );
      writeFileSync(join(dir, 'htpasswd'), `${user}:${hash}\n`);
      mkdirSync(join(dir, 'data'));
      writeFileSync(
        join(dir, 'config.yml'),
        [
          'version: 0.1',
          'log: {level: error, accesslog: {disabled: true}}',
          `storage: {filesystem: {rootdirectory: ${dir}/data}}`,
          `http: {addr: "${host}", secret: sdtest}`,
          `auth: {htpasswd: {realm: sdtest, path: ${dir}/htpasswd}}`,
        ].join('\n'),
      );
      reg = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
      for (let i = 0; i < 50; i++) {
        const up = await fetch(`http://${host}/v2/`).then(
          (x) => x.status,
          () => 0,
        );
        if (up === 401) return;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error('the auth registry did not start');
    }, T);
    afterAll(() => {
      reg?.kill('SIGTERM');
    });

    const withRegistry = (dir: string, pw?: string): BuildInput => {
      const i = input(dir, {
        registry: host,
        ...(pw ? { 'registry-username': user, 'registry-password': pw } : {}),
      });
      // no git context: one tag per image keeps the pushes (each checked against bcrypt) few
      return { ...i, envVars: { REGISTRY: `${host}/sdtest`, IMAGE_TAG: 'e2e' }, git: {} };
    };

    test(
      'a wrong password: the registry refuses the login',
      async () => {
        const app = fixture();
        const i = withRegistry(app.dir, 'wrong-password');
        const logger = logs();
        const err = await build(i, deps(logger)).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(CommandError);
        expect((err as Error).message).toBe(
          `registry ${host} refused the login of user "sdtest": login attempt to http://${host}/v2/ failed ` +
            'with status: 401 Unauthorized; check registry-username and registry-password',
        );
        expect(logger.secrets).toEqual(['wrong-password']);
        expect(leftovers(i)).toEqual([]);
      },
      T,
    );

    test(
      'no login: the push is denied',
      async () => {
        const app = fixture();
        const err = await build(withRegistry(app.dir), deps(logs())).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(CommandError);
        expect((err as Error).message).toMatch(
          new RegExp(
            `^push denied by the registry: no basic auth credentials; log in with registry-username and registry-password, and check that the account may push to ${host}/sdtest/api, ${host}/sdtest/worker\\n`,
          ),
        );
      },
      T,
    );

    test(
      'the right password: login over stdin, push, and the private docker config is gone afterwards',
      async () => {
        const app = fixture();
        const i = withRegistry(app.dir, password);
        const logger = logs();
        const argvs: string[][] = [];
        const r = await build(
          i,
          deps(logger, (argv, opts) => (argvs.push([...argv]), run(argv, opts))),
        );
        expect(Object.keys(r.images)).toEqual(['api', 'worker']);
        expect(r.images.api).toMatch(new RegExp(`^${host}/sdtest/api:e2e@sha256:[0-9a-f]{64}$`));
        expect(logger.text()).toContain(`logged in to ${host} as sdtest`);
        expect(argvs).toContainEqual(['docker', 'login', '--username', 'sdtest', '--password-stdin', host]);
        expect(JSON.stringify(argvs)).not.toContain(password);
        expect(logger.text()).not.toContain(password);
        expect(leftovers(i)).toEqual([]);
        const userConfig = join(homedir(), '.docker/config.json');
        expect(existsSync(userConfig) ? readFileSync(userConfig, 'utf8') : '').not.toContain(host);
      },
      T,
    );

    test(
      "with a login, the user's own buildx plugin (as setup-buildx-action installs it) is still found",
      async () => {
        const userDocker = mkdtempSync(join(scratch, 'user-docker-'));
        mkdirSync(join(userDocker, 'cli-plugins'));
        const buildx = execFileSync(
          'sh',
          ['-c', 'docker info --format "{{range .ClientInfo.Plugins}}{{.Path}} {{end}}"'],
          {
            encoding: 'utf8',
          },
        )
          .split(' ')
          .find((p) => p.endsWith('/docker-buildx'));
        try {
          linkSync(buildx!, join(userDocker, 'cli-plugins/docker-buildx'));
        } catch {
          cpSync(buildx!, join(userDocker, 'cli-plugins/docker-buildx'));
        }
        const app = fixture();
        const i = withRegistry(app.dir, password);
        const r = await build(
          { ...i, envVars: { ...i.envVars, DOCKER_CONFIG: userDocker } },
          deps(logs(), withoutSystemPlugins()),
        );
        expect(r.images.api).toMatch(new RegExp(`^${host}/sdtest/api:e2e@sha256:[0-9a-f]{64}$`));
        expect(readdirSync(userDocker)).toEqual(['cli-plugins']);
        expect(leftovers(i)).toEqual([]);
      },
      T,
    );
  });
});

const EXAMPLE = join(ROOT, 'compose/docker-compose.yml');
const exampleReady = ['backend', 'bot', 'frontend'].every((s) =>
  existsSync(join(ROOT, 'example', s, 'Dockerfile')),
);

/** KEY=VALUE lines of a .env file, values as written (the build needs only IMAGE_TAG and REGISTRY). */
function dotenv(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

(exampleReady ? describe : describe.skip)('the example app (compose/docker-compose.yml)', () => {
  test('backend, bot and frontend are built with bake and pushed; a rebuild gives the same digests', async () => {
    const settings = toSettings(
      { command: 'build', 'compose-files': 'compose/docker-compose.yml', push: 'true', cache: 'none' },
      { onGitHub: false },
    );
    const i: BuildInput = {
      settings,
      cwd: ROOT,
      composeFiles: [EXAMPLE],
      envVars: {
        ...dotenv(join(ROOT, 'compose/.env.example')),
        REGISTRY: `${PREFIX}/example`,
        IMAGE_TAG: 'e2e',
      },
      git: GIT,
      tempDir: join(scratch, 'example-temp'),
    };
    const r = await build(i, deps(logs()));
    expect(Object.keys(r.images).sort()).toEqual(['backend', 'bot', 'frontend']);
    for (const [s, ref] of Object.entries(r.images))
      expect(ref).toBe(
        `${PREFIX}/example/stack/${s}:e2e@${registryDigest(`${PREFIX}/example/stack/${s}:e2e`)}`,
      );
    const again = await build(i, deps(logs()));
    expect(again.images).toEqual(r.images);
  }, 600_000);
});

describe('git context', () => {
  test(
    'GitHub variables win; the repository fills in the commit time',
    async () => {
      const head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
      const git = await readGitContext(
        ROOT,
        {
          GITHUB_SHA: head,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'o/r',
        },
        run,
      );
      expect(git).toEqual({
        sha: head,
        ref: 'refs/heads/main',
        repoUrl: 'https://github.com/o/r',
        commitTime: execFileSync('git', ['-C', ROOT, 'log', '-1', '--format=%cI'], {
          encoding: 'utf8',
        }).trim(),
      });
    },
    T,
  );
});
