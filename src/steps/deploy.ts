import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import { escapingLinks, type ValidationReport } from '../config/validate/index.js';
import { bundleLayout, injectedEnvFile, type BundleLayout } from '../plan/bundle.js';
import {
  finaliseScript,
  dropRunLogin,
  launchScript,
  preflightScript,
  readImages,
  registryLogin,
  unpackScript,
  writeSecretFile,
} from '../plan/host.js';
import type { RemoteLayout } from '../plan/remote.js';
import {
  contentHash,
  defaultHealthTimeout,
  migrateServiceOf,
  profilesOf,
  servicesOf,
  shippedPaths,
  type ServicePlan,
} from '../plan/stack.js';
import {
  composeWrapper,
  defaultDeadline,
  deployScript,
  pullList,
  deploySteps,
  describeSteps,
  type TxnMeta,
} from '../plan/transaction.js';
import type { LocalRunner, Transport } from '../transport/types.js';
import { CommandError, ConfigError, PreflightError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { makeWorkDir } from '../util/workdir.js';
import { follow, type TxnReport } from './follow.js';
import { checkDocker } from './status.js';

export const MIN_FREE_KB = 512 * 1024;
const MIGRATE_TIMEOUT_SEC = 900;

export interface DeployContext {
  settings: Settings;
  project: string;
  remote: RemoteLayout;
  report: ValidationReport;
  /** the .env text shipped with the release (secret) */
  envText: string;
  injected: Record<string, string>;
  meta: TxnMeta;
  releaseId: string;
}

export interface DeployOutcome {
  releaseId: string;
  txn: TxnReport;
  images: Record<string, string>;
  healthTimeoutSec: number;
}

export interface Prepared {
  layout: BundleLayout;
  services: ServicePlan[];
  healthTimeoutSec: number;
  script: string;
  steps: string[];
}

type Obj = Record<string, unknown>;

/** Everything decided before touching the host: files, services, the transaction script. Pure but for reads. */
export function prepare(ctx: DeployContext): Prepared {
  const s = ctx.settings;
  const model = (ctx.report.model ?? {}) as Obj;
  const profiles = profilesOf({ ...ctx.report.env, ...ctx.injected });
  const migrateService = migrateServiceOf(model, s.migrateService, s.migrateServiceExplicit, profiles);
  const services = servicesOf(model, { migrateService, profiles });
  if (services.length === 0) throw new ConfigError('the compose files define no services');
  for (const svc of services)
    if (!svc.image)
      throw new ConfigError(
        `services.${svc.name}: an image is required to deploy (build: alone cannot be pulled)`,
      );
  if (s.services.length) {
    const unknown = s.services.filter((n) => !services.some((x) => x.name === n));
    if (unknown.length)
      throw new ConfigError(`input services: ${unknown.join(', ')} not defined in the compose files`);
  }
  let layout: BundleLayout;
  try {
    // included and extended compose files ship too: compose on the host reads them again
    const projectDirCwd = posix.dirname(posix.normalize(s.composeFiles[0]));
    const sources = (ctx.report.composeSources ?? []).map((f) => posix.relative(projectDirCwd, f));
    layout = bundleLayout(s.composeFiles, [...new Set([...shippedPaths(model), ...sources])]);
  } catch (err) {
    throw new ConfigError(`release bundle: ${(err as Error).message}`);
  }
  const healthTimeoutSec = s.healthTimeoutSec ?? defaultHealthTimeout(services);
  const txn = {
    project: ctx.project,
    dir: ctx.remote.dir,
    runId: ctx.releaseId,
    releaseId: ctx.releaseId,
    lockTimeoutSec: s.lockTimeoutSec,
    deadlineSec:
      s.transactionTimeoutSec ??
      defaultDeadline({
        pulls: pullList(services, s.registry?.host).length,
        migrateSec:
          s.migrateService && services.some((x) => x.name === s.migrateService) ? MIGRATE_TIMEOUT_SEC : 0,
        healthSec: healthTimeoutSec,
      }),
    healthTimeoutSec,
    healthUrls: s.healthUrls,
    keepReleases: s.keepReleases,
    meta: ctx.meta,
    services,
    registry: s.registry?.host,
    migrateService,
    migrateTimeoutSec: MIGRATE_TIMEOUT_SEC,
    rollbackOnFailure: s.rollbackOnFailure,
    downgradeOnRollback: s.rollbackMigrations,
  };
  return {
    layout,
    services,
    healthTimeoutSec,
    script: deployScript(txn),
    steps: describeSteps(deploySteps(txn)),
  };
}

function filesUnder(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => filesUnder(join(path, f)));
}

/** Copies a file or folder, in-tree links as the files they lead to (escaping links are refused before). */
function copyResolved(src: string, dst: string): void {
  const st = statSync(src);
  if (st.isDirectory()) {
    mkdirSync(dst, { recursive: true });
    for (const name of readdirSync(src).sort()) copyResolved(join(src, name), join(dst, name));
  } else if (st.isFile()) copyFileSync(src, dst);
}

/** Builds the release tarball locally; returns its bytes. */
export async function buildBundle(ctx: DeployContext, p: Prepared, runLocal: LocalRunner): Promise<Buffer> {
  const cwd = resolve(ctx.settings.workingDirectory);
  // a private (0700) folder holds the staged files and the tarball
  const priv = makeWorkDir('bundle');
  const stage = join(priv, 'stage');
  mkdirSync(stage, { mode: 0o700 });
  try {
    for (const e of p.layout.entries) {
      const src = join(cwd, e.from);
      try {
        statSync(src);
      } catch {
        throw new ConfigError(
          `release bundle: ${e.from} is referenced by the compose files but does not exist`,
        );
      }
      // validation reports these (SD-SEC-007); never follow a link out even when it was skipped
      const out = escapingLinks(src, cwd);
      if (out.length)
        throw new ConfigError(
          `release bundle: ${out.map((l) => relative(cwd, l.path) + (l.target ? ` leads to ${l.target}` : ' is a symlink loop')).join(', ')}: only files inside the working directory are shipped`,
        );
      mkdirSync(dirname(join(stage, e.to)), { recursive: true });
      copyResolved(src, join(stage, e.to));
    }
    const projectDirAbs = join(cwd, dirname(ctx.settings.composeFiles[0]));
    const hashes = p.services.map((svc) => {
      const files = svc.bindFiles.flatMap((b) => {
        try {
          return filesUnder(join(projectDirAbs, b)).map((f) => ({
            path: f.slice(projectDirAbs.length),
            data: readFileSync(f),
          }));
        } catch {
          return [];
        }
      });
      return `${svc.name}\t${files.length ? contentHash(files) : '-'}`;
    });
    writeFileSync(join(stage, 'files.hash'), hashes.join('\n') + '\n');
    writeFileSync(
      join(stage, 'services.txt'),
      p.services
        .map((svc) => `${svc.name}\t${svc.oneshot ? 'oneshot' : svc.hasHealthcheck ? 'health' : 'run'}`)
        .join('\n') + '\n',
    );
    writeFileSync(
      join(stage, 'dc'),
      composeWrapper(ctx.project, p.layout.projectDir, p.layout.composeFiles),
      { mode: 0o755 },
    );
    writeFileSync(join(stage, 'stack-deploy.env'), injectedEnvFile(ctx.injected));
    writeFileSync(join(stage, 'meta.json'), JSON.stringify({ ...ctx.meta, time: new Date().toISOString() }));
    writeFileSync(join(stage, 'release.yml'), 'services: {}\n');
    const tgz = join(priv, 'bundle.tgz');
    writeFileSync(tgz, '', { mode: 0o600 });
    const r = await runLocal(['tar', '-czf', tgz, '-C', stage, '.']);
    if (r.code !== 0) throw new CommandError('tar of the release bundle failed', r.code, r.stderr);
    return readFileSync(tgz);
  } finally {
    rmSync(priv, { recursive: true, force: true });
  }
}

async function must(
  t: Transport,
  argv: string[],
  what: string,
  opts: { stdin?: string | Buffer } = {},
): Promise<string> {
  const r = await t.exec(argv, opts);
  if (r.code !== 0)
    throw new CommandError(
      `${t.target}: ${what} failed (exit ${r.code})`,
      r.code,
      (r.stdout + r.stderr).trim(),
    );
  return r.stdout;
}

export async function preflight(t: Transport, ctx: DeployContext, logger: Logger): Promise<void> {
  const v = await checkDocker(t);
  const r = await t.exec(preflightScript(ctx.remote.dir, MIN_FREE_KB, ctx.settings.healthUrls.length > 0));
  if (r.code !== 0) throw new PreflightError(`${t.target}: ${(r.stdout + r.stderr).trim()}`);
  const free = Number(r.stdout.trim().split(' ')[1]);
  logger.info(
    `docker ${v.docker}, compose ${v.compose}, ${(free / 1024 / 1024).toFixed(1)} GiB free in ${ctx.remote.dir}`,
  );
}

/** Upload → launch → follow. Returns what the host transaction reported. */
export async function deploy(
  ctx: DeployContext,
  t: Transport,
  deps: {
    logger: Logger;
    runLocal: LocalRunner;
    group: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  },
): Promise<DeployOutcome> {
  const { logger } = deps;
  const p = prepare(ctx);
  const dir = ctx.remote.dir;
  await deps.group('preflight', () => preflight(t, ctx, logger));
  await deps.group('upload', async () => {
    const bundle = await buildBundle(ctx, p, deps.runLocal);
    await must(t, unpackScript(dir, ctx.releaseId), 'unpacking the release', { stdin: bundle });
    await must(t, writeSecretFile(dir, `releases/${ctx.releaseId}.partial/.env`), 'writing .env', {
      stdin: ctx.envText,
    });
    await must(t, finaliseScript(dir, ctx.releaseId, ctx.releaseId), 'finalising the release', {
      stdin: p.script,
    });
    logger.info(
      `release ${ctx.releaseId}: ${p.layout.entries.length} files, ${(bundle.length / 1024).toFixed(1)} KiB`,
    );
    const reg = ctx.settings.registry;
    if (reg?.username && reg.password) {
      const r = await t.exec(registryLogin(dir, ctx.releaseId, reg.host, reg.username), {
        stdin: reg.password.reveal(),
      });
      if (r.code !== 0)
        throw new PreflightError(
          `${t.target}: registry ${reg.host} refused the login for ${reg.username}: ${r.stderr.trim()}`,
        );
      logger.info(`logged in to ${reg.host} on the host for this run only`);
    }
  });
  let pid: string;
  try {
    pid = (await must(t, launchScript(dir, ctx.releaseId), 'starting the transaction')).trim();
  } catch (err) {
    // the transaction removes the run's registry login itself; when it never started, do it here
    await t.exec(dropRunLogin(dir, ctx.releaseId));
    throw err;
  }
  logger.info(`transaction running on the host (pid ${pid}); it finishes even if this connection drops`);
  const txn = await follow(t, dir, ctx.releaseId, pid, logger);
  const images: Record<string, string> = {};
  const out = await t.exec(readImages(dir, ctx.releaseId));
  for (const line of out.stdout.split('\n')) {
    const [svc, ref] = line.split('\t');
    if (svc && ref) images[svc] = ref;
  }
  return { releaseId: ctx.releaseId, txn, images, healthTimeoutSec: p.healthTimeoutSec };
}
