/**
 * Builders for the runner-side image build: `docker buildx bake` over the compose files plus a
 * generated override (tags, OCI labels, cache, platforms). Pure: argv, file contents and parsers.
 */
import type { Cache, Settings } from '../config/settings.js';
import { ConfigError } from '../util/errors.js';

/** What the build knows about the commit being built; every field is optional outside CI. */
export interface GitContext {
  /** full commit sha */
  sha?: string;
  /** e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/12/merge */
  ref?: string;
  /** committer time, ISO 8601; becomes the images' created label and SOURCE_DATE_EPOCH */
  commitTime?: string;
  /** e.g. https://github.com/owner/repo */
  repoUrl?: string;
}

/** One target as `docker buildx bake --print` resolves it from the compose files. */
export interface BakeTarget {
  context?: string;
  dockerfile?: string;
  'dockerfile-inline'?: string;
  tags?: string[];
  platforms?: string[];
}

/** The buildx builder that bake will use. */
export interface BuilderInfo {
  name: string;
  driver: string;
  /** the engine stores images in containerd (the docker driver can then export cache) */
  containerdStore: boolean;
}

export interface BakeInput {
  settings: Pick<Settings, 'cache' | 'push'>;
  git: GitContext;
  /** absolute paths, in compose order */
  composeFiles: string[];
  /** the services to build, each a key of targets */
  services: string[];
  targets: Record<string, BakeTarget>;
  builder: BuilderInfo;
  overrideFile: string;
  metadataFile: string;
  /** directory of the rotated local cache (cache: local) */
  localCacheDir?: string;
  platforms?: string[];
}

export interface BakePlan {
  /** content of the override bake file (JSON) */
  override: string;
  argv: string[];
  /**
   * docker driver with cache registry: a second bake, run after argv succeeded, that pushes the
   * `<image>:buildcache` images from the now local cache (in the same bake as the images, BuildKit
   * 0.8 sometimes leaves a step out of the inline cache when two targets share it)
   */
  cacheArgv?: string[];
  /** environment bake needs on top of the compose variables */
  env: Record<string, string>;
  warnings: string[];
  /** cache: local only: bake reads `dir` and writes `next`; the caller swaps them after success */
  localCache?: { dir: string; next: string };
  /** service → every tag its image gets (its own first) */
  tags: Record<string, string[]>;
}

export const buildxVersion = (): string[] => ['docker', 'buildx', 'version'];
export const builderInspect = (): string[] => ['docker', 'buildx', 'inspect'];
export const dockerStorage = (): string[] => ['docker', 'info', '--format', '{{json .DriverStatus}}'];

/** Resolves the compose files into bake targets (JSON on stdout) without building. */
export function bakePrint(composeFiles: readonly string[]): string[] {
  return ['docker', 'buildx', 'bake', ...composeFiles.flatMap((f) => ['-f', f]), '--print'];
}

/** `docker login` reading the password from stdin. */
export function registryLogin(host: string, username: string): string[] {
  return ['docker', 'login', '--username', username, '--password-stdin', host];
}

/** The registry host of a `registry` setting like `ghcr.io/team` or `127.0.0.1:5000`. */
export function registryHost(registry: string): string {
  return registry.split('/')[0];
}

/** Splits `host:port/path/name:tag@sha256:…` into repository, tag and digest. */
export function splitRef(ref: string): { repo: string; tag?: string; digest?: string } {
  const [nameTag, digest] = ref.split('@');
  const slash = nameTag.lastIndexOf('/');
  const colon = nameTag.lastIndexOf(':');
  return colon > slash
    ? { repo: nameTag.slice(0, colon), tag: nameTag.slice(colon + 1), digest }
    : { repo: nameTag, digest };
}

/** A Docker tag from free text, as docker/metadata-action sanitises branch names. */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  /** major.minor.patch[-prerelease], without a leading v or build metadata */
  version: string;
}

export function parseSemver(text: string): SemVer | undefined {
  const m =
    /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
      text,
    );
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return {
    major,
    minor,
    patch,
    prerelease: m[4],
    version: `${major}.${minor}.${patch}${m[4] ? '-' + m[4] : ''}`,
  };
}

/**
 * Tags from the git context, highest priority first, like docker/metadata-action's defaults:
 * semver from a tag (1.2.3, 1.2, 1; a pre-release or 0.x only extends the full version), the git
 * tag or branch name, pr-N, sha-<7>, the full sha.
 */
export function gitTags(git: GitContext): string[] {
  const out: string[] = [];
  const ref = git.ref ?? '';
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  if (tag !== undefined) {
    const v = parseSemver(tag);
    if (v) {
      out.push(v.version);
      if (!v.prerelease) {
        out.push(`${v.major}.${v.minor}`);
        if (v.major > 0) out.push(`${v.major}`);
      }
    } else out.push(sanitizeTag(tag));
  }
  if (branch !== undefined) out.push(sanitizeTag(branch));
  if (pr !== undefined) out.push(`pr-${pr}`);
  if (git.sha) out.push(`sha-${git.sha.slice(0, 7)}`, git.sha);
  return [...new Set(out.filter(Boolean))];
}

/** The version label: what metadata-action's first tag would be, else the compose tag. */
export function versionOf(git: GitContext, composeTag?: string): string | undefined {
  const ref = git.ref ?? '';
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  if (tag !== undefined) return parseSemver(tag)?.version ?? sanitizeTag(tag);
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (branch !== undefined) return sanitizeTag(branch);
  const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  if (pr !== undefined) return `pr-${pr}`;
  return composeTag;
}

/** The commit time as UTC ISO 8601 and as SOURCE_DATE_EPOCH; throws on text that is not a time. */
export function commitInstant(commitTime: string): { iso: string; epoch: string } {
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(commitTime) ? Date.parse(commitTime) : NaN;
  if (Number.isNaN(ms))
    throw new ConfigError(
      `git.commitTime: expected an ISO 8601 time like 2024-05-01T12:00:00Z, got "${commitTime}"`,
    );
  return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), epoch: String(Math.floor(ms / 1000)) };
}

/** org.opencontainers.image.* labels; `created` is the commit time so rebuilds stay identical. */
export function ociLabels(service: string, git: GitContext, version?: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (git.commitTime) labels['org.opencontainers.image.created'] = commitInstant(git.commitTime).iso;
  if (git.sha) labels['org.opencontainers.image.revision'] = git.sha;
  if (git.repoUrl) labels['org.opencontainers.image.source'] = git.repoUrl;
  labels['org.opencontainers.image.title'] = service;
  if (version) labels['org.opencontainers.image.version'] = version;
  return labels;
}

/** Whether the builder can export a build cache (the classic docker driver cannot). */
export function canExportCache(b: BuilderInfo): boolean {
  return b.driver !== 'docker' || b.containerdStore;
}

interface CacheSpec {
  from: string[];
  to: string[];
  /** an image pushed only to carry an inline cache (the docker driver's stand-in for a registry cache) */
  cacheImage?: string;
}

const NO_CACHE: CacheSpec = { from: [], to: [] };

function cacheFor(
  service: string,
  repo: string,
  refs: string[],
  input: BakeInput,
  next: string | undefined,
): CacheSpec {
  const { cache, push } = input.settings;
  const exportable = canExportCache(input.builder);
  switch (cache) {
    case 'gha':
      return exportable
        ? { from: [`type=gha,scope=${service}`], to: [`type=gha,scope=${service},mode=max`] }
        : NO_CACHE;
    case 'registry': {
      const ref = `${repo}:buildcache`;
      if (exportable)
        return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
      return { from: [`type=registry,ref=${ref}`], to: [], cacheImage: push ? ref : undefined };
    }
    case 'inline':
      return { from: refs.map((r) => `type=registry,ref=${r}`), to: ['type=inline'] };
    case 'local':
      return exportable
        ? {
            from: [`type=local,src=${input.localCacheDir}/${service}`],
            to: [`type=local,dest=${next}/${service},mode=max`],
          }
        : NO_CACHE;
    case 'none':
      return NO_CACHE;
  }
}

/** The extra bake target that pushes `<image>:buildcache` with an inline cache for `service`. */
export function cacheTarget(service: string): string {
  return `${service}-stack-deploy-buildcache`;
}

function degradeWarning(cache: Cache, input: BakeInput): string | undefined {
  if (canExportCache(input.builder) || cache === 'none' || cache === 'inline') return undefined;
  const why = `the builder "${input.builder.name}" uses the docker driver, which cannot export a build cache`;
  const fix = 'create a docker-container builder (docker/setup-buildx-action) for a full cache';
  if (cache === 'registry')
    return input.settings.push
      ? `cache registry: ${why}; pushing an image with an inline cache (mode=min) as <image>:buildcache instead; ${fix}`
      : `cache registry: ${why} and nothing is pushed; only reading <image>:buildcache; ${fix}`;
  return `cache ${cache}: ${why}; building without a cache; ${fix}`;
}

/** The override bake file and the bake argv for one build. Throws ConfigError on impossible requests. */
export function bakePlan(input: BakeInput): BakePlan {
  const { settings, git, builder } = input;
  const platforms = input.platforms ?? [];
  const classic = !canExportCache(builder);
  if (platforms.length > 1 && classic)
    throw new ConfigError(
      `platforms: the builder "${builder.name}" uses the docker driver, which builds one platform at a time, got ${platforms.join(',')}; ` +
        'create a docker-container builder (docker/setup-buildx-action)',
    );
  if (platforms.length > 1 && !settings.push)
    throw new ConfigError(
      `platforms: building for ${platforms.join(',')} needs push: true (the local image store holds one platform)`,
    );
  if (settings.cache === 'local' && !input.localCacheDir)
    throw new ConfigError('cache local: no cache directory was given');

  const warnings: string[] = [];
  const degraded = degradeWarning(settings.cache, input);
  if (degraded) warnings.push(degraded);
  const localCache =
    settings.cache === 'local' && !classic && input.localCacheDir
      ? { dir: input.localCacheDir, next: `${input.localCacheDir}.next` }
      : undefined;
  const instant = git.commitTime ? commitInstant(git.commitTime) : undefined;
  const extra = gitTags(git);
  const target: Record<string, Record<string, unknown>> = {};
  const allTags: Record<string, string[]> = {};
  const cacheTargets: string[] = [];
  for (const service of input.services) {
    const t = input.targets[service];
    if (!t) throw new ConfigError(`services: ${service} has no build section in the compose files`);
    const own = t.tags ?? [];
    if (own.length === 0)
      throw new ConfigError(
        `services.${service}.image: a service that is built needs an image name to tag and push, got none`,
      );
    const primary = splitRef(own[0]);
    const tags = [...own];
    for (const x of extra) tags.push(`${primary.repo}:${x}`);
    const cacheRefs = [own[0]];
    const branch = /^refs\/heads\/(.+)$/.exec(git.ref ?? '')?.[1];
    if (branch) cacheRefs.push(`${primary.repo}:${sanitizeTag(branch)}`);
    const cache = cacheFor(service, primary.repo, [...new Set(cacheRefs)], input, localCache?.next);
    allTags[service] = [...new Set(tags)];
    const entry: Record<string, unknown> = {
      tags: allTags[service],
      labels: ociLabels(service, git, versionOf(git, primary.tag)),
    };
    if (instant) entry.args = { SOURCE_DATE_EPOCH: instant.epoch };
    if (cache.from.length) entry['cache-from'] = cache.from;
    if (cache.to.length) entry['cache-to'] = cache.to;
    if (platforms.length) entry.platforms = platforms;
    target[service] = entry;
    // a target of its own, so the deployed image's config does not carry the cache metadata (its
    // content varies between builds) and its digest stays that of its layers and labels
    if (cache.cacheImage) {
      target[cacheTarget(service)] = {
        inherits: [service],
        tags: [cache.cacheImage],
        'cache-to': ['type=inline'],
      };
      cacheTargets.push(cacheTarget(service));
    }
  }

  const bake = (targets: string[], metadata: boolean) => [
    'docker',
    'buildx',
    'bake',
    '--progress',
    'plain',
    ...input.composeFiles.flatMap((f) => ['-f', f]),
    '-f',
    input.overrideFile,
    ...(metadata ? ['--metadata-file', input.metadataFile] : []),
    // provenance attestations carry build timestamps: they would change the digest of every rebuild
    '--provenance=false',
    settings.push ? '--push' : '--load',
    ...targets,
  ];
  return {
    override: JSON.stringify({ target }, null, 2) + '\n',
    argv: bake(input.services, true),
    cacheArgv: cacheTargets.length ? bake(cacheTargets, false) : undefined,
    env: instant ? { SOURCE_DATE_EPOCH: instant.epoch } : {},
    warnings,
    localCache,
    tags: allTags,
  };
}

/** Targets from `docker buildx bake --print` output. */
export function parseBakePrint(stdout: string): Record<string, BakeTarget> {
  const doc = JSON.parse(stdout) as { target?: Record<string, BakeTarget> };
  return doc.target ?? {};
}

/** The builder's name and driver from `docker buildx inspect`, and the engine's storage driver status. */
export function parseBuilder(inspect: string, driverStatus: string): BuilderInfo {
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(inspect)?.[1].trim() ?? '';
  return {
    name: field('Name'),
    driver: field('Driver'),
    containerdStore: driverStatus.includes('io.containerd.snapshotter'),
  };
}

/**
 * service → reference the deploy pins: `ref@digest` when pushed (bake reports the registry manifest
 * digest), the plain `ref` otherwise (the digest of a local-only image is its config, not pullable).
 */
export function imagesFromMetadata(
  metadata: string,
  services: readonly string[],
  targets: Record<string, BakeTarget>,
  pushed: boolean,
): Record<string, string> {
  const doc = JSON.parse(metadata) as Record<string, Record<string, unknown>>;
  const images: Record<string, string> = {};
  for (const s of services) {
    const ref = targets[s]?.tags?.[0] ?? '';
    const digest = doc[s]?.['containerimage.digest'];
    if (!pushed) images[s] = ref;
    else if (typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest))
      images[s] = `${splitRef(ref).repo}:${splitRef(ref).tag ?? 'latest'}@${digest}`;
    else throw new ConfigError(`bake metadata: no image digest for service ${s}`);
  }
  return images;
}

/**
 * The docker config.json for a private DOCKER_CONFIG: the user's settings, the file-stored
 * credentials and credential helpers of other registries stay; the default credential store
 * (credsStore) and any entry for `host` go, so that `docker login` writes into this file and
 * removing the directory is the logout.
 */
export function loginDockerConfig(userConfig: string | undefined, host: string): string {
  let cfg: Record<string, unknown> = {};
  try {
    const parsed: unknown = userConfig ? JSON.parse(userConfig) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      cfg = parsed as Record<string, unknown>;
  } catch {
    cfg = {};
  }
  const out: Record<string, unknown> = { ...cfg };
  delete out.credsStore;
  for (const key of ['auths', 'credHelpers']) {
    const m = cfg[key];
    if (m && typeof m === 'object') {
      const copy = { ...(m as Record<string, unknown>) };
      delete copy[host];
      delete copy[`https://${host}`];
      out[key] = copy;
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** Where a private DOCKER_CONFIG links to the user's, so plugins, builders and contexts stay found. */
export const DOCKER_CONFIG_LINKS = ['cli-plugins', 'buildx', 'contexts'] as const;

export type BuildFailure = 'push-denied' | 'dockerfile-missing' | 'no-builder' | 'cache-export' | 'other';

/** What went wrong in a failed bake, from its output. */
export function classifyBakeFailure(stderr: string): { kind: BuildFailure; line: string } {
  const lines = stderr.split('\n').map((l) => l.trim().replace(/^#\d+\s+/, ''));
  const find = (re: RegExp) => lines.find((l) => re.test(l));
  const rules: [BuildFailure, RegExp][] = [
    ['cache-export', /cache export is not supported/i],
    [
      'dockerfile-missing',
      /failed to read dockerfile|dockerfile: no such file|open .*Dockerfile.*no such file/i,
    ],
    [
      'push-denied',
      /denied|unauthorized|authentication required|insufficient_scope|401 Unauthorized|403 Forbidden|no basic auth credentials/i,
    ],
    ['no-builder', /no builder .* found|no valid drivers found/i],
  ];
  for (const [kind, re] of rules) {
    const line = find(re);
    // the daemon sometimes wraps the registry's answer in the API request it was made for
    if (line)
      return {
        kind,
        line: line.replace(/^ERROR:\s*/, '').replace(/^error during connect: [A-Za-z]+ "[^"]*": /, ''),
      };
  }
  const last = [...lines].reverse().find((l) => /^ERROR|error/i.test(l)) ?? lines.filter(Boolean).pop() ?? '';
  return { kind: 'other', line: last.replace(/^ERROR:\s*/, '') };
}

/** `git` commands that read the commit being built (sha and committer time on two lines). */
export function gitCommit(cwd: string, rev = 'HEAD'): string[] {
  return ['git', '-C', cwd, 'log', '-1', '--format=%H%n%cI', rev, '--'];
}
export const gitHeadRef = (cwd: string): string[] => ['git', '-C', cwd, 'symbolic-ref', '-q', 'HEAD'];
export const gitOrigin = (cwd: string): string[] => ['git', '-C', cwd, 'remote', 'get-url', 'origin'];

/** A browsable https URL from a remote URL, without any credentials in it. */
export function repoUrlOf(remote: string): string | undefined {
  const r = remote.trim();
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(r);
  if (scp && !/^[a-z]+:\/\//i.test(r)) return `https://${scp[1]}/${scp[2]}`;
  try {
    const u = new URL(r);
    if (!['http:', 'https:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
    return `https://${u.hostname}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`;
  } catch {
    return undefined;
  }
}
