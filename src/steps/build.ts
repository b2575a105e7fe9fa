import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import {
  bakePlan,
  bakePrint,
  builderInspect,
  buildxVersion,
  classifyBakeFailure,
  DOCKER_CONFIG_LINKS,
  dockerStorage,
  gitCommit,
  gitHeadRef,
  gitOrigin,
  imagesFromMetadata,
  loginDockerConfig,
  parseBakePrint,
  parseBuilder,
  registryHost,
  registryLogin,
  repoUrlOf,
  splitRef,
  type BakeTarget,
  type BuilderInfo,
  type GitContext,
} from '../plan/bake.js';
import type { ExecResult, LocalRunner } from '../transport/types.js';
import { CommandError, ConfigError, PreflightError, tail } from '../util/errors.js';
import { formatDuration, type Logger } from '../util/logger.js';
import { makeWorkDir } from '../util/workdir.js';
import { localCacheKey, restoreLocalCache, type ActionsCache } from './build-cache.js';

export interface BuildInput {
  settings: Settings;
  cwd: string;
  /** absolute paths; relative build contexts resolve against the first file's directory, as in Compose */
  composeFiles: string[];
  /** .env plus IMAGE_TAG/REGISTRY: bake's environment, so the compose files interpolate as on the host */
  envVars: Record<string, string>;
  git: GitContext;
  /** default settings.services; empty means every service with a build section */
  services?: string[];
  /** e.g. linux/amd64,linux/arm64; default the builder's own platform */
  platforms?: string[];
  /** parent of the private docker config and bake's files; default RUNNER_TEMP, else the OS temp dir */
  tempDir?: string;
  /** cache: local directory (restore and save it around the run); default localCacheDir(tempDir) */
  localCacheDir?: string;
}

export interface BuildResult {
  /** service → repo:tag@sha256:… (repo:tag when nothing was pushed) */
  images: Record<string, string>;
  /** service → every tag given to its image */
  tags: Record<string, string[]>;
  /** e.g. "17 of 19 steps cached" */
  cache: string;
  durationMs: number;
}

export interface BuildDeps {
  logger: Logger;
  runLocal: LocalRunner;
  /** carries cache: local between runs (@actions/cache from the action's entry point; none in the CLI) */
  cache?: ActionsCache | (() => Promise<ActionsCache>);
  /** GITHUB_ACTIONS, GITHUB_WORKSPACE, GITHUB_RUN_ID; default process.env */
  env?: Record<string, string | undefined>;
}

/** Where cache: local keeps its directory unless told otherwise. */
export function localCacheDir(tempRoot: string): string {
  return join(tempRoot, 'stack-deploy-buildx-cache');
}

function tempRootOf(input: BuildInput): string {
  return input.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

async function checkBuildx(run: LocalRunner, env: Record<string, string>): Promise<void> {
  const r = await run(buildxVersion(), { env });
  if (r.code === 0) return;
  if (r.code === 127)
    throw new PreflightError(`docker is not installed on the runner (${firstLine(r.stderr)})`);
  throw new PreflightError(
    `docker buildx is not available on the runner (\`docker buildx version\`: ${firstLine(r.stderr)}); ` +
      'install the docker-buildx plugin or run docker/setup-buildx-action first',
  );
}

async function inspectBuilder(run: LocalRunner, env: Record<string, string>): Promise<BuilderInfo> {
  const r = await run(builderInspect(), { env });
  if (r.code !== 0) {
    const err = firstLine(r.stderr).replace(/^ERROR:\s*/, '');
    if (/cannot connect to the docker daemon|permission denied/i.test(r.stderr))
      throw new PreflightError(`the Docker daemon on the runner did not answer: ${err}`);
    throw new PreflightError(
      `no buildx builder to build with: ${err} (check BUILDX_BUILDER and \`docker buildx ls\`, or run docker/setup-buildx-action)`,
    );
  }
  const storage = await run(dockerStorage(), { env });
  return parseBuilder(r.stdout, storage.code === 0 ? storage.stdout : '');
}

/**
 * A private DOCKER_CONFIG holding the registry login: the password goes over stdin only, and
 * removing the directory afterwards is the logout. The user's plugins, builders and contexts stay.
 */
async function login(
  settings: Settings,
  dir: string,
  env: Record<string, string>,
  deps: BuildDeps,
): Promise<string | undefined> {
  const reg = settings.registry;
  if (!reg?.username || !reg.password) return undefined;
  const host = registryHost(reg.host);
  const password = reg.password.reveal();
  deps.logger.secret(password);
  const userDir = env.DOCKER_CONFIG ?? process.env.DOCKER_CONFIG ?? join(homedir(), '.docker');
  const userConfig = join(userDir, 'config.json');
  mkdirSync(dir, { mode: 0o700 });
  writeFileSync(
    join(dir, 'config.json'),
    loginDockerConfig(existsSync(userConfig) ? readFileSync(userConfig, 'utf8') : undefined, host),
    { mode: 0o600 },
  );
  for (const name of DOCKER_CONFIG_LINKS)
    if (existsSync(join(userDir, name))) symlinkSync(join(userDir, name), join(dir, name));
  const r = await deps.runLocal(registryLogin(host, reg.username), {
    env: { ...env, DOCKER_CONFIG: dir },
    stdin: password,
    timeoutMs: 60_000,
  });
  if (r.code !== 0) {
    const why = firstLine(r.stderr).replace(/^Error response from daemon:\s*/, '');
    throw new CommandError(
      `registry ${host} refused the login of user "${reg.username}": ${why}; check registry-username and registry-password`,
      r.code,
      '',
    );
  }
  deps.logger.info(`logged in to ${host} as ${reg.username}`);
  return dir;
}

async function resolveTargets(
  composeFiles: string[],
  projectDir: string,
  env: Record<string, string>,
  run: LocalRunner,
): Promise<Record<string, BakeTarget>> {
  const r = await run(bakePrint(composeFiles), { cwd: projectDir, env });
  if (r.code !== 0)
    throw new CommandError(
      `docker buildx bake could not read the compose files (${composeFiles.join(', ')})`,
      r.code,
      tail(r.stderr, 10),
    );
  return parseBakePrint(r.stdout);
}

function isRemoteContext(ctx: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ctx) || /^git@/.test(ctx) || /^github\.com\//.test(ctx);
}

/** Names the service and the path before bake fails on it with a path inside the daemon. */
function checkDockerfiles(projectDir: string, services: string[], targets: Record<string, BakeTarget>): void {
  for (const s of services) {
    const t = targets[s];
    const ctx = t.context ?? '.';
    if (t['dockerfile-inline'] !== undefined || isRemoteContext(ctx)) continue;
    const ctxPath = resolve(projectDir, ctx);
    if (!existsSync(ctxPath))
      throw new ConfigError(`services.${s}.build.context: expected a directory, ${ctxPath} does not exist`);
    const dockerfile = resolve(ctxPath, t.dockerfile ?? 'Dockerfile');
    if (!existsSync(dockerfile))
      throw new ConfigError(
        `services.${s}.build.dockerfile: expected a Dockerfile at ${dockerfile}, found none`,
      );
  }
}

function bakeError(r: ExecResult, services: string[], targets: Record<string, BakeTarget>): Error {
  const { kind, line } = classifyBakeFailure(r.stderr);
  const stderrTail = tail(r.stderr, 30);
  switch (kind) {
    case 'push-denied': {
      const repos = services.map((s) => splitRef(targets[s].tags?.[0] ?? '').repo).join(', ');
      return new CommandError(
        `push denied by the registry: ${line}; log in with registry-username and registry-password, ` +
          `and check that the account may push to ${repos}`,
        r.code,
        stderrTail,
      );
    }
    case 'dockerfile-missing':
      return new ConfigError(`a Dockerfile is missing: ${line}`);
    case 'no-builder':
      return new PreflightError(`no buildx builder to build with: ${line}`);
    default:
      return new CommandError(`docker buildx bake failed (exit ${r.code}): ${line}`, r.code, stderrTail);
  }
}

/** Streams bake's progress to debug and counts the Dockerfile steps that came from cache. */
function progress(logger: Logger): { onStderr: (c: string) => void; summary: () => string } {
  let buf = '';
  const steps = new Set<string>();
  const cached = new Set<string>();
  const line = (l: string) => {
    logger.debug(l);
    const step = /^#(\d+) \[[^\]]* \d+\/\d+\] (\S+)/.exec(l);
    if (step && step[2] !== 'FROM') steps.add(step[1]);
    const hit = /^#(\d+) CACHED$/.exec(l);
    if (hit) cached.add(hit[1]);
  };
  return {
    onStderr: (c) => {
      buf += c;
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      parts.forEach(line);
    },
    summary: () => {
      if (buf) line(buf);
      buf = '';
      return `${[...cached].filter((id) => steps.has(id)).length} of ${steps.size} steps cached`;
    },
  };
}

/**
 * Builds (and with settings.push, pushes) every service with a build section through
 * `docker buildx bake`, and returns the digests from bake's metadata file.
 */
export async function build(input: BuildInput, deps: BuildDeps): Promise<BuildResult> {
  const started = Date.now();
  const { logger, runLocal } = deps;
  const { settings } = input;
  const composeFiles = input.composeFiles.map((f) => resolve(input.cwd, f));
  const projectDir = dirname(composeFiles[0]);
  const tempRoot = tempRootOf(input);
  mkdirSync(tempRoot, { recursive: true });
  const work = makeWorkDir('build', tempRoot);
  const env: Record<string, string> = { ...input.envVars };
  try {
    await checkBuildx(runLocal, env);
    const dockerConfig = await login(settings, join(work, 'docker-config'), env, deps);
    if (dockerConfig) env.DOCKER_CONFIG = dockerConfig;
    const builder = await inspectBuilder(runLocal, env);
    logger.info(`builder ${builder.name} (${builder.driver} driver)`);

    const targets = await resolveTargets(composeFiles, projectDir, env, runLocal);
    const wanted = input.services?.length ? input.services : settings.services;
    for (const s of wanted)
      if (!targets[s]) logger.warn(`services: ${s} has no build section in the compose files; not built`);
    const services = wanted.length ? wanted.filter((s) => targets[s]) : Object.keys(targets);
    if (services.length === 0) {
      logger.info('nothing to build: no selected service has a build section');
      return { images: {}, tags: {}, cache: 'nothing built', durationMs: Date.now() - started };
    }
    checkDockerfiles(projectDir, services, targets);

    const plan = bakePlan({
      settings,
      git: input.git,
      composeFiles,
      services,
      targets,
      builder,
      overrideFile: join(work, 'stack-deploy.bake.json'),
      metadataFile: join(work, 'metadata.json'),
      localCacheDir: input.localCacheDir ?? localCacheDir(tempRoot),
      platforms: input.platforms,
    });
    for (const w of plan.warnings) logger.warn(w);
    writeFileSync(join(work, 'stack-deploy.bake.json'), plan.override);
    logger.debug(`bake override:\n${plan.override}`);
    const runEnv = deps.env ?? process.env;
    const cacheHandle = plan.localCache
      ? await restoreLocalCache(
          plan.localCache.dir,
          localCacheKey({
            composeFiles: composeFiles.map((f) => relative(runEnv.GITHUB_WORKSPACE || input.cwd, f)),
            services,
            platforms: input.platforms ?? [],
            sha: input.git.sha,
            env: runEnv,
          }),
          { logger, cache: deps.cache, env: runEnv },
        )
      : undefined;
    if (plan.localCache) rmSync(plan.localCache.next, { recursive: true, force: true });

    const p = progress(logger);
    const r = await runLocal(plan.argv, {
      cwd: projectDir,
      env: { ...env, ...plan.env },
      onStderr: p.onStderr,
    });
    const cachedSummary = p.summary();
    if (r.code !== 0) throw bakeError(r, services, targets);
    if (plan.cacheArgv) {
      const c = await runLocal(plan.cacheArgv, {
        cwd: projectDir,
        env: { ...env, ...plan.env },
        onStderr: (t) => logger.debug(t.trimEnd()),
      });
      // the images are pushed; a cache that could not be saved only slows the next build
      if (c.code !== 0) logger.warn(`the build cache was not pushed: ${classifyBakeFailure(c.stderr).line}`);
    }
    if (plan.localCache && existsSync(plan.localCache.next)) {
      // rotate: the new cache replaces the old one whole, so old layers do not pile up
      rmSync(plan.localCache.dir, { recursive: true, force: true });
      renameSync(plan.localCache.next, plan.localCache.dir);
      await cacheHandle?.save();
    }

    const images = imagesFromMetadata(
      readFileSync(join(work, 'metadata.json'), 'utf8'),
      services,
      targets,
      settings.push,
    );
    const width = Math.max(...services.map((s) => s.length));
    for (const s of services) logger.info(`${s.padEnd(width)}  ${images[s]}`);
    const durationMs = Date.now() - started;
    logger.info(
      `${settings.push ? 'built and pushed' : 'built'} ${services.length} image(s) in ${formatDuration(durationMs)} (${cachedSummary})`,
    );
    return { images, tags: plan.tags, cache: cachedSummary, durationMs };
  } finally {
    // removes the private DOCKER_CONFIG too: this is the registry logout
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The commit being built: GitHub's variables where set, the repository in cwd for the rest.
 * Outside a git repository every field may stay empty.
 */
export async function readGitContext(
  cwd: string,
  env: Record<string, string | undefined>,
  runLocal: LocalRunner,
): Promise<GitContext> {
  const git: GitContext = {
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    repoUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
        : undefined,
  };
  const c = await runLocal(gitCommit(cwd, git.sha ?? 'HEAD'));
  if (c.code === 0) {
    const [sha, time] = c.stdout.trim().split('\n');
    git.sha ??= sha;
    git.commitTime = time;
  }
  if (!git.ref) {
    const r = await runLocal(gitHeadRef(cwd));
    if (r.code === 0 && r.stdout.trim()) git.ref = r.stdout.trim();
  }
  if (!git.repoUrl) {
    const o = await runLocal(gitOrigin(cwd));
    if (o.code === 0) git.repoUrl = repoUrlOf(o.stdout);
  }
  return git;
}
