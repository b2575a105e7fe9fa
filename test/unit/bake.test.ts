import {
  bakePlan,
  bakePrint,
  classifyBakeFailure,
  commitInstant,
  gitCommit,
  gitTags,
  imagesFromMetadata,
  loginDockerConfig,
  ociLabels,
  parseBakePrint,
  parseBuilder,
  registryHost,
  registryLogin,
  repoUrlOf,
  sanitizeTag,
  splitRef,
  versionOf,
  type BakeInput,
  type BuilderInfo,
  type GitContext,
} from '../../src/plan/bake.js';
import { toSettings, type Cache } from '../../src/config/settings.js';
import { ConfigError } from '../../src/util/errors.js';

const SHA = '3f2c7a91d0b4e5f60718293a4b5c6d7e8f901234';
const REG = '127.0.0.1:5000/stack';
const container: BuilderInfo = { name: 'builder-1', driver: 'docker-container', containerdStore: false };
const classic: BuilderInfo = { name: 'default', driver: 'docker', containerdStore: false };

function plan(over: Partial<BakeInput> & { cache?: Cache; push?: boolean } = {}) {
  const { cache = 'none', push = true, ...rest } = over;
  return bakePlan({
    settings: { cache, push },
    git: {
      sha: SHA,
      ref: 'refs/heads/main',
      commitTime: '2024-05-01T12:00:00+02:00',
      repoUrl: 'https://github.com/o/r',
    },
    composeFiles: ['/w/compose/docker-compose.yml', '/w/compose/docker-compose.prod.yml'],
    services: ['api', 'worker'],
    targets: {
      api: { context: '../api', dockerfile: 'Dockerfile', tags: [`${REG}/api:v7`] },
      worker: { context: '../worker', dockerfile: 'Dockerfile', tags: [`${REG}/worker:v7`] },
    },
    builder: container,
    overrideFile: '/tmp/b/stack-deploy.bake.json',
    metadataFile: '/tmp/b/metadata.json',
    localCacheDir: '/tmp/cache',
    ...rest,
  });
}
const target = (p: ReturnType<typeof plan>, s: string) =>
  (JSON.parse(p.override) as { target: Record<string, Record<string, unknown>> }).target[s];

describe('tags like docker/metadata-action', () => {
  test.each<[string, GitContext, string[]]>([
    ['semver tag', { ref: 'refs/tags/v1.2.3', sha: SHA }, ['1.2.3', '1.2', '1', 'sha-3f2c7a9', SHA]],
    ['semver without v', { ref: 'refs/tags/2.0.1' }, ['2.0.1', '2.0', '2']],
    ['0.x has no major-only tag', { ref: 'refs/tags/v0.4.1' }, ['0.4.1', '0.4']],
    ['a pre-release only extends the version', { ref: 'refs/tags/v2.0.0-rc.1' }, ['2.0.0-rc.1']],
    ['build metadata is dropped', { ref: 'refs/tags/v1.0.0+build.5' }, ['1.0.0', '1.0', '1']],
    ['a tag that is not semver', { ref: 'refs/tags/release/7' }, ['release-7']],
    ['branch', { ref: 'refs/heads/main', sha: SHA }, ['main', 'sha-3f2c7a9', SHA]],
    ['branch sanitised', { ref: 'refs/heads/feature/Login UI#2' }, ['feature-Login-UI-2']],
    ['pull request', { ref: 'refs/pull/12/merge', sha: SHA }, ['pr-12', 'sha-3f2c7a9', SHA]],
    ['nothing known', {}, []],
  ])('%s', (_name, git, tags) => {
    expect(gitTags(git)).toEqual(tags);
  });

  test.each([
    ['feature/x', 'feature-x'],
    ['--.lead', 'lead'],
    ['a'.repeat(200), 'a'.repeat(128)],
    ['ok_1.2-b', 'ok_1.2-b'],
  ])('sanitizeTag(%j) = %j', (text, tag) => expect(sanitizeTag(text)).toBe(tag));

  test.each<[GitContext, string | undefined, string | undefined]>([
    [{ ref: 'refs/tags/v1.2.3' }, 'v7', '1.2.3'],
    [{ ref: 'refs/tags/nightly' }, 'v7', 'nightly'],
    [{ ref: 'refs/heads/dev/x' }, 'v7', 'dev-x'],
    [{ ref: 'refs/pull/3/merge' }, 'v7', 'pr-3'],
    [{}, 'v7', 'v7'],
    [{}, undefined, undefined],
  ])('version of %j with compose tag %j is %j', (git, composeTag, version) =>
    expect(versionOf(git, composeTag)).toBe(version),
  );
});

describe('OCI labels and the commit time', () => {
  test('created is the commit time in UTC; SOURCE_DATE_EPOCH matches it', () => {
    expect(commitInstant('2024-05-01T12:00:00+02:00')).toEqual({
      iso: '2024-05-01T10:00:00Z',
      epoch: '1714557600',
    });
    expect(commitInstant('2024-05-01T10:00:00.250Z')).toEqual({
      iso: '2024-05-01T10:00:00.250Z',
      epoch: '1714557600',
    });
  });

  test('a commit time that is not a time', () => {
    expect(() => commitInstant('yesterday')).toThrow(
      new ConfigError('git.commitTime: expected an ISO 8601 time like 2024-05-01T12:00:00Z, got "yesterday"'),
    );
  });

  test('all five labels; only the known ones', () => {
    expect(
      ociLabels(
        'api',
        { sha: SHA, commitTime: '2024-05-01T12:00:00+02:00', repoUrl: 'https://github.com/o/r' },
        '1.2.3',
      ),
    ).toEqual({
      'org.opencontainers.image.created': '2024-05-01T10:00:00Z',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.title': 'api',
      'org.opencontainers.image.version': '1.2.3',
    });
    expect(ociLabels('worker', {})).toEqual({ 'org.opencontainers.image.title': 'worker' });
  });
});

describe('bakePlan', () => {
  test('the whole override file and argv (gha cache, push, docker-container builder)', () => {
    const p = plan({ cache: 'gha', services: ['api'] });
    expect(p.override).toBe(
      `{
  "target": {
    "api": {
      "tags": [
        "127.0.0.1:5000/stack/api:v7",
        "127.0.0.1:5000/stack/api:main",
        "127.0.0.1:5000/stack/api:sha-3f2c7a9",
        "127.0.0.1:5000/stack/api:3f2c7a91d0b4e5f60718293a4b5c6d7e8f901234"
      ],
      "labels": {
        "org.opencontainers.image.created": "2024-05-01T10:00:00Z",
        "org.opencontainers.image.revision": "3f2c7a91d0b4e5f60718293a4b5c6d7e8f901234",
        "org.opencontainers.image.source": "https://github.com/o/r",
        "org.opencontainers.image.title": "api",
        "org.opencontainers.image.version": "main"
      },
      "args": {
        "SOURCE_DATE_EPOCH": "1714557600"
      },
      "cache-from": [
        "type=gha,scope=api"
      ],
      "cache-to": [
        "type=gha,scope=api,mode=max"
      ]
    }
  }
}
`,
    );
    expect(p.argv.join(' ')).toBe(
      'docker buildx bake --progress plain -f /w/compose/docker-compose.yml -f /w/compose/docker-compose.prod.yml ' +
        '-f /tmp/b/stack-deploy.bake.json --metadata-file /tmp/b/metadata.json --provenance=false --push api',
    );
    expect(p.env).toEqual({ SOURCE_DATE_EPOCH: '1714557600' });
    expect(p.warnings).toEqual([]);
    expect(p.localCache).toBeUndefined();
  });

  test('without push: --load, every service in compose order', () => {
    expect(plan({ push: false }).argv.slice(-3).join(' ')).toBe('--load api worker');
  });

  type Row = [string, Partial<BakeInput> & { cache: Cache; push?: boolean }, string[], string[]];
  test.each<Row>([
    ['gha', { cache: 'gha' }, ['type=gha,scope=worker'], ['type=gha,scope=worker,mode=max']],
    [
      'registry',
      { cache: 'registry' },
      [`type=registry,ref=${REG}/worker:buildcache`],
      [`type=registry,ref=${REG}/worker:buildcache,mode=max`],
    ],
    [
      'registry on the docker driver: read :buildcache (written by a target of its own, below)',
      { cache: 'registry', builder: classic },
      [`type=registry,ref=${REG}/worker:buildcache`],
      [],
    ],
    [
      'registry on the docker driver without push: read only',
      { cache: 'registry', builder: classic, push: false },
      [`type=registry,ref=${REG}/worker:buildcache`],
      [],
    ],
    [
      'inline: from the compose tag and the branch tag',
      { cache: 'inline', builder: classic },
      [`type=registry,ref=${REG}/worker:v7`, `type=registry,ref=${REG}/worker:main`],
      ['type=inline'],
    ],
    [
      'local: read the directory, write the next one',
      { cache: 'local' },
      ['type=local,src=/tmp/cache/worker'],
      ['type=local,dest=/tmp/cache.next/worker,mode=max'],
    ],
    ['local on the docker driver: none', { cache: 'local', builder: classic }, [], []],
    ['gha on the docker driver: none', { cache: 'gha', builder: classic }, [], []],
    [
      'gha on the docker driver with the containerd image store',
      { cache: 'gha', builder: { ...classic, containerdStore: true } },
      ['type=gha,scope=worker'],
      ['type=gha,scope=worker,mode=max'],
    ],
    ['none', { cache: 'none' }, [], []],
  ])('cache %s', (_name, over, from, to) => {
    const p = plan(over);
    const t = target(p, 'worker');
    expect(t['cache-from'] ?? []).toEqual(from);
    expect(t['cache-to'] ?? []).toEqual(to);
    expect(t.tags).toHaveLength(4);
  });

  test('registry cache on the docker driver: a second bake pushes the inline cache as :buildcache', () => {
    const p = plan({ cache: 'registry', builder: classic });
    expect(target(p, 'worker-stack-deploy-buildcache')).toEqual({
      inherits: ['worker'],
      tags: [`${REG}/worker:buildcache`],
      'cache-to': ['type=inline'],
    });
    expect(target(p, 'worker')['cache-to']).toBeUndefined();
    expect(p.argv.slice(-2)).toEqual(['api', 'worker']);
    expect(p.cacheArgv?.join(' ')).toBe(
      'docker buildx bake --progress plain -f /w/compose/docker-compose.yml -f /w/compose/docker-compose.prod.yml ' +
        '-f /tmp/b/stack-deploy.bake.json --provenance=false --push api-stack-deploy-buildcache worker-stack-deploy-buildcache',
    );
    expect(plan({ cache: 'registry', builder: classic, push: false }).cacheArgv).toBeUndefined();
    expect(plan({ cache: 'registry' }).cacheArgv).toBeUndefined();
  });

  test('local cache: the plan names the directory pair to swap after the build', () => {
    expect(plan({ cache: 'local' }).localCache).toEqual({ dir: '/tmp/cache', next: '/tmp/cache.next' });
    expect(plan({ cache: 'local', builder: classic }).localCache).toBeUndefined();
    expect(() => plan({ cache: 'local', localCacheDir: undefined })).toThrow(
      new ConfigError('cache local: no cache directory was given'),
    );
  });

  test.each<[Cache, boolean, string[]]>([
    [
      'registry',
      true,
      [
        'cache registry: the builder "default" uses the docker driver, which cannot export a build cache; pushing an image ' +
          'with an inline cache (mode=min) as <image>:buildcache instead; create a docker-container builder (docker/setup-buildx-action) for a full cache',
      ],
    ],
    [
      'registry',
      false,
      [
        'cache registry: the builder "default" uses the docker driver, which cannot export a build cache and nothing is pushed; ' +
          'only reading <image>:buildcache; create a docker-container builder (docker/setup-buildx-action) for a full cache',
      ],
    ],
    [
      'gha',
      true,
      [
        'cache gha: the builder "default" uses the docker driver, which cannot export a build cache; building without a cache; ' +
          'create a docker-container builder (docker/setup-buildx-action) for a full cache',
      ],
    ],
    ['inline', true, []],
    ['none', true, []],
  ])('docker driver, cache %s, push %s: warnings', (cache, push, warnings) => {
    expect(plan({ cache, push, builder: classic }).warnings).toEqual(warnings);
  });

  test('platforms go to every target; several need a capable builder and push', () => {
    expect(target(plan({ platforms: ['linux/amd64', 'linux/arm64'] }), 'api').platforms).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    expect(target(plan({ platforms: ['linux/arm64'], builder: classic }), 'api').platforms).toEqual([
      'linux/arm64',
    ]);
    expect(target(plan(), 'api').platforms).toBeUndefined();
    expect(() => plan({ platforms: ['linux/amd64', 'linux/arm64'], builder: classic })).toThrow(
      new ConfigError(
        'platforms: the builder "default" uses the docker driver, which builds one platform at a time, got linux/amd64,linux/arm64; ' +
          'create a docker-container builder (docker/setup-buildx-action)',
      ),
    );
    expect(() => plan({ platforms: ['linux/amd64', 'linux/arm64'], push: false })).toThrow(
      new ConfigError(
        'platforms: building for linux/amd64,linux/arm64 needs push: true (the local image store holds one platform)',
      ),
    );
  });

  test('the platforms input reaches every target through the override; the argv does not change', () => {
    const settings = toSettings(
      { command: 'build', platforms: 'linux/amd64,\nlinux/arm64', push: 'true', cache: 'registry' },
      { onGitHub: false },
    );
    const p = plan({ cache: settings.cache, push: settings.push, platforms: settings.platforms });
    for (const s of ['api', 'worker'])
      expect(target(p, s)).toMatchObject({
        platforms: ['linux/amd64', 'linux/arm64'],
        'cache-to': [`type=registry,ref=${REG}/${s}:buildcache,mode=max`],
      });
    expect(p.argv).toEqual(plan({ cache: 'registry' }).argv);
    // the docker driver's cache image inherits the service, platform included
    const one = plan({ cache: 'registry', builder: classic, platforms: ['linux/arm64'] });
    expect(target(one, 'api-stack-deploy-buildcache')).toEqual({
      inherits: ['api'],
      tags: [`${REG}/api:buildcache`],
      'cache-to': ['type=inline'],
    });
    expect(target(one, 'api').platforms).toEqual(['linux/arm64']);
  });

  test('a subset builds only the named services', () => {
    const p = plan({ services: ['worker'] });
    expect(Object.keys((JSON.parse(p.override) as { target: object }).target)).toEqual(['worker']);
    expect(p.argv[p.argv.length - 1]).toBe('worker');
    expect(p.argv).not.toContain('api');
  });

  test('semver tag: version label and tags', () => {
    const p = plan({ git: { ref: 'refs/tags/v1.2.3', sha: SHA } });
    const t = target(p, 'api');
    // what the summary lists is what the override gives bake
    expect(p.tags.api).toEqual(t.tags);
    expect(Object.keys(p.tags)).toEqual(Object.keys((JSON.parse(p.override) as { target: object }).target));
    expect(t.tags).toEqual([
      `${REG}/api:v7`,
      `${REG}/api:1.2.3`,
      `${REG}/api:1.2`,
      `${REG}/api:1`,
      `${REG}/api:sha-3f2c7a9`,
      `${REG}/api:${SHA}`,
    ]);
    expect((t.labels as Record<string, string>)['org.opencontainers.image.version']).toBe('1.2.3');
  });

  test('no git context: only the compose tag, the title label, no SOURCE_DATE_EPOCH', () => {
    const p = plan({ git: {} });
    expect(target(p, 'api')).toEqual({
      tags: [`${REG}/api:v7`],
      labels: { 'org.opencontainers.image.title': 'api', 'org.opencontainers.image.version': 'v7' },
    });
    expect(p.env).toEqual({});
  });

  test('a built service needs an image name; a service needs a build section', () => {
    expect(() =>
      plan({ targets: { api: { context: '.' }, worker: { context: '.', tags: ['w:1'] } } }),
    ).toThrow(
      new ConfigError(
        'services.api.image: a service that is built needs an image name to tag and push, got none',
      ),
    );
    expect(() => plan({ services: ['postgres'] })).toThrow(
      new ConfigError('services: postgres has no build section in the compose files'),
    );
  });
});

describe('small builders and parsers', () => {
  test('argv', () => {
    expect(bakePrint(['/a/c.yml', '/a/d.yml'])).toEqual([
      'docker',
      'buildx',
      'bake',
      '-f',
      '/a/c.yml',
      '-f',
      '/a/d.yml',
      '--print',
    ]);
    expect(registryLogin('ghcr.io', 'bot')).toEqual([
      'docker',
      'login',
      '--username',
      'bot',
      '--password-stdin',
      'ghcr.io',
    ]);
    expect(gitCommit('/w')).toEqual(['git', '-C', '/w', 'log', '-1', '--format=%H%n%cI', 'HEAD', '--']);
  });

  test.each([
    ['ghcr.io/team', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000'],
  ])('registryHost(%j) = %j', (reg, host) => expect(registryHost(reg)).toBe(host));

  test.each([
    ['127.0.0.1:5000/stack/api:v1', { repo: '127.0.0.1:5000/stack/api', tag: 'v1' }],
    ['127.0.0.1:5000/stack/api', { repo: '127.0.0.1:5000/stack/api' }],
    ['ghcr.io/o/api:v1@sha256:ab', { repo: 'ghcr.io/o/api', tag: 'v1', digest: 'sha256:ab' }],
    ['busybox', { repo: 'busybox' }],
  ])('splitRef(%j)', (ref, parts) => expect(splitRef(ref)).toEqual({ digest: undefined, ...parts }));

  test('bake --print output', () => {
    const out = JSON.stringify({
      group: { default: { targets: ['worker', 'api'] } },
      target: { api: { context: 'api', dockerfile: 'Dockerfile', tags: ['r/api:latest'] } },
    });
    expect(parseBakePrint(out)).toEqual({
      api: { context: 'api', dockerfile: 'Dockerfile', tags: ['r/api:latest'] },
    });
    expect(parseBakePrint('{}')).toEqual({});
  });

  test('buildx inspect (buildx 0.13 text) and the storage driver status', () => {
    const inspect = [
      'Name:          default',
      'Driver:        docker',
      'Last Activity: 2026-11-26 03:20:30 +0000 UTC',
      '',
      'Nodes:',
      'Name:             default',
      'Endpoint:         default',
      'Status:           running',
      'BuildKit version: v0.8+unknown',
    ].join('\n');
    expect(parseBuilder(inspect, '[["Backing Filesystem","extfs"]]')).toEqual(classic);
    expect(parseBuilder(inspect, '[["driver-type","io.containerd.snapshotter.v1"]]').containerdStore).toBe(
      true,
    );
  });

  test('images from the metadata file: pinned by the manifest digest when pushed', () => {
    const d = (c: string) => `sha256:${c.repeat(64)}`;
    const md = JSON.stringify({
      api: { 'containerimage.digest': d('a'), 'containerimage.config.digest': d('c') },
      worker: { 'containerimage.digest': d('b') },
    });
    const targets = {
      api: { tags: [`${REG}/api:v7`, `${REG}/api:main`] },
      worker: { tags: [`${REG}/worker`] },
    };
    expect(imagesFromMetadata(md, ['api', 'worker'], targets, true)).toEqual({
      api: `${REG}/api:v7@${d('a')}`,
      worker: `${REG}/worker:latest@${d('b')}`,
    });
    expect(imagesFromMetadata(md, ['api'], targets, false)).toEqual({ api: `${REG}/api:v7` });
    expect(() => imagesFromMetadata('{}', ['api'], targets, true)).toThrow(
      new ConfigError('bake metadata: no image digest for service api'),
    );
  });

  test('the private docker config keeps other registries and drops the credential store', () => {
    const user = JSON.stringify({
      auths: { 'ghcr.io': { auth: 'b3RoZXI=' }, '127.0.0.1:5000': { auth: 'b2xk' } },
      credsStore: 'desktop',
      credHelpers: { 'gcr.io': 'gcloud', '127.0.0.1:5000': 'pass' },
      currentContext: 'remote',
    });
    expect(JSON.parse(loginDockerConfig(user, '127.0.0.1:5000'))).toEqual({
      auths: { 'ghcr.io': { auth: 'b3RoZXI=' } },
      credHelpers: { 'gcr.io': 'gcloud' },
      currentContext: 'remote',
    });
    expect(loginDockerConfig(undefined, 'h')).toBe('{}\n');
    expect(loginDockerConfig('not json', 'h')).toBe('{}\n');
  });

  test.each([
    ['git@github.com:o/r.git', 'https://github.com/o/r'],
    ['https://x-access-token:ghs_secret@github.com/o/r.git', 'https://github.com/o/r'],
    ['ssh://git@git.example.com:2222/team/r.git', 'https://git.example.com/team/r'],
    ['https://gitlab.com/g/sub/r/', 'https://gitlab.com/g/sub/r'],
    ['/srv/git/r.git', undefined],
    ['file:///srv/git/r.git', undefined],
  ])('repoUrlOf(%j) = %j', (remote, url) => expect(repoUrlOf(remote)).toBe(url));
});

describe('classifyBakeFailure (stderr as buildx 0.13 on engine 20.10 prints it)', () => {
  test.each([
    [
      'push-denied',
      '#13 [worker] pushing 127.0.0.1:42719/sdtest/worker:e2e with docker\n#13 ERROR: no basic auth credentials\n------\nERROR: no basic auth credentials',
      'no basic auth credentials',
    ],
    [
      'push-denied',
      '#13 ERROR: error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/images/127.0.0.1:45923/sdtest/api/push?tag=e2e": no basic auth credentials',
      'no basic auth credentials',
    ],
    [
      'push-denied',
      'ERROR: failed to solve: failed to push ghcr.io/o/api:v1: denied: permission_denied: write_package',
      'failed to solve: failed to push ghcr.io/o/api:v1: denied: permission_denied: write_package',
    ],
    [
      'dockerfile-missing',
      '#3 DONE 0.1s\nERROR: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: ' +
        'failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount1680775791/Dockerfile: no such file or directory',
      'failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: ' +
        'failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount1680775791/Dockerfile: no such file or directory',
    ],
    [
      'cache-export',
      'ERROR: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.',
      'Cache export is not supported for the docker driver.',
    ],
    ['no-builder', 'ERROR: no builder "x" found', 'no builder "x" found'],
    [
      'other',
      '#9 [api 3/3] RUN false\n#9 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n------\nERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
      'failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
    ],
  ])('%s', (kind, stderr, line) => expect(classifyBakeFailure(stderr)).toEqual({ kind, line }));
});
