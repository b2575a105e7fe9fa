import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commitSha, defaultRemoteDir, resolveProjectName } from './config/project.js';
import type { OutputName } from './config/contract.gen.js';
import type { Settings, SshSettings } from './config/settings.js';
import { reportRedactor } from './config/validate/index.js';
import { releaseId } from './plan/bundle.js';
import { launchScript, writeRunScript } from './plan/host.js';
import { layout, type RemoteLayout } from './plan/remote.js';
import { defaultDeadline, rollbackScript, type TxnMeta } from './plan/transaction.js';
import { migrateServiceOf, profilesOf } from './plan/stack.js';
import { build, readGitContext } from './steps/build.js';
import type { ActionsCache } from './steps/build-cache.js';
import { deploy, prepare, type DeployContext } from './steps/deploy.js';
import { follow, type TxnReport } from './steps/follow.js';
import { runDoctor } from './steps/doctor.js';
import { readReleases, serviceStates, unlock } from './steps/history.js';
import { hostStatus } from './steps/status.js';
import { injectedVars, validateStack, type FindingsOutput } from './steps/validate.js';
import type { LocalRunner, Transport } from './transport/types.js';
import { CommandError, ConfigError, EXIT, NotImplementedError } from './util/errors.js';
import type { Logger } from './util/logger.js';

/** Where results go: GitHub outputs and job summary for the action, JSON/stdout for the CLI. */
export interface Outputs {
  set(name: OutputName, value: string): void;
  summary(markdown: string): void;
}

export interface Deps {
  logger: Logger;
  outputs: Outputs;
  openTransport: (ssh: SshSettings) => Promise<Transport>;
  runLocal: LocalRunner;
  /** the process environment (GITHUB_* variables, bare .env keys) */
  env: Record<string, string | undefined>;
  now?: () => Date;
  /** the GitHub Actions cache client for cache: local (the action passes it, the CLI does not) */
  actionsCache?: () => Promise<ActionsCache>;
  /** how validation findings are printed (default: the action's annotations and log table) */
  findings?: FindingsOutput;
}

export type RunStatus = 'success' | 'failed' | 'rolled-back';

export interface RunResult {
  status: RunStatus;
  exitCode: number;
}

async function withTransport<T>(
  settings: Settings,
  deps: Deps,
  fn: (t: Transport) => Promise<T>,
): Promise<T> {
  // settings guarantee ssh for the commands that reach a host
  const t = await deps.logger.group('connect', () => deps.openTransport(settings.ssh as SshSettings));
  try {
    return await fn(t);
  } finally {
    await t.close();
  }
}

function metaOf(env: Record<string, string | undefined>): TxnMeta {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : 'local';
  return { actor: env.GITHUB_ACTOR || env.USER || 'unknown', sha: commitSha(env) ?? '', runUrl };
}

function envText(s: Settings): string {
  if (s.env) return s.env.reveal();
  const p = resolve(s.workingDirectory, s.envFile);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

const code = (v: string) => '`' + v + '`';
/** `registry/repo:tag` → `tag` (the repository is in the image column) */
const shortTag = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1).replace(/^[^:]*:/, '');

function txnSummary(title: string, r: TxnReport, images: Record<string, string>): string {
  const lines = [`### ${title}`, '', `**${r.status || 'unknown'}** — ${r.detail}`, ''];
  if (r.phases.length)
    lines.push(
      '| phase | seconds |',
      '| --- | --- |',
      ...r.phases.map((p) => `| ${p.name} | ${p.seconds} |`),
      '',
    );
  if (r.services.length)
    lines.push(
      '| service | action | old image | new image |',
      '| --- | --- | --- | --- |',
      ...r.services.map(
        (s) =>
          `| ${s.name} | ${s.action === 'recreate' ? `recreated (${s.why})` : s.action === 'create' ? 'created' : 'unchanged'} | ${code(s.oldImage)} | ${code(images[s.name] ?? s.newImage)} |`,
      ),
      '',
    );
  if (r.failedServices.length) lines.push(`Failing services: ${r.failedServices.join(', ')}`, '');
  if (r.rollbackSeconds !== undefined)
    lines.push(`Rollback took ${r.rollbackSeconds}s (failure detected → previous release healthy).`, '');
  const tail = r.log.slice(-30).join('\n');
  if (r.status !== 'success' && tail)
    lines.push('<details><summary>last log lines</summary>', '', '```', tail, '```', '</details>', '');
  return lines.join('\n');
}

function statusOf(txnStatus: string): RunStatus {
  return txnStatus === 'success' ? 'success' : txnStatus === 'rolled-back' ? 'rolled-back' : 'failed';
}

/** Runs one command. Throws typed errors; the entry points catch them once. */
export async function runPipeline(settings: Settings, deps: Deps): Promise<RunResult> {
  const started = Date.now();
  const { outputs, logger } = deps;
  const finish = (status: RunStatus): RunResult => {
    outputs.set('status', status);
    outputs.set('duration-seconds', ((Date.now() - started) / 1000).toFixed(1));
    return { status, exitCode: status === 'success' ? EXIT.ok : EXIT.failed };
  };
  // only the commands that reach the host need it (it reads the compose files for their name)
  const target = (): { project: string; remote: RemoteLayout } => {
    const project = resolveProjectName(settings);
    return { project, remote: layout(settings.remoteDir ?? defaultRemoteDir(project)) };
  };

  const validated = async () => {
    const v = await logger.group('validate', () =>
      validateStack(settings, {
        logger,
        summary: (md) => outputs.summary(md),
        env: deps.env,
        findings: deps.findings,
      }),
    );
    outputs.set('findings', String(v.report.errors));
    if (v.sarifPath) outputs.set('sarif-file', v.sarifPath);
    // an explicit migrate-service the stack lacks is a configuration error, before any connection
    if (v.report.model)
      migrateServiceOf(
        v.report.model,
        settings.migrateService,
        settings.migrateServiceExplicit,
        profilesOf(v.report.env),
      );
    return v;
  };

  const buildImages = async (report: { env: Record<string, string> }, push: boolean) => {
    const cwd = resolve(settings.workingDirectory);
    const git = await readGitContext(cwd, deps.env, deps.runLocal);
    const res = await logger.group('build', () =>
      build(
        {
          settings: { ...settings, push },
          cwd,
          composeFiles: settings.composeFiles.map((f) => resolve(cwd, f)),
          envVars: { ...report.env, ...injectedVars(settings) },
          git,
          platforms: settings.platforms,
        },
        { logger, runLocal: deps.runLocal, env: deps.env, cache: deps.actionsCache },
      ),
    );
    outputs.set('images', JSON.stringify(res.images));
    outputs.summary(
      [
        `### stack-deploy build${push ? ' and push' : ''}`,
        '',
        '| service | image | tags |',
        '| --- | --- | --- |',
        ...Object.entries(res.images).map(
          ([k, v]) =>
            `| ${k} | ${code(v)} | ${(res.tags[k] ?? []).map((t) => code(shortTag(t))).join(' ')} |`,
        ),
        '',
        `Built in ${(res.durationMs / 1000).toFixed(1)}s (${res.cache}), cache: ${settings.cache}.`,
        '',
      ].join('\n'),
    );
    return res;
  };

  switch (settings.command) {
    case 'build': {
      const v = await validated();
      if (v.report.errors > 0)
        throw new ConfigError(`validation found ${v.report.errors} errors; nothing was built`);
      await buildImages(v.report, settings.push);
      return finish('success');
    }
    case 'validate': {
      const v = await validated();
      return finish(v.report.errors > 0 ? 'failed' : 'success');
    }
    case 'status': {
      const { project, remote } = target();
      const st = await withTransport(settings, deps, (t) =>
        logger.group('status', async () => {
          const host = await hostStatus(t, remote, logger);
          const services = await serviceStates(t, project);
          for (const s of services) logger.info(`  ${s.service.padEnd(16)} ${s.status}`);
          return { ...host, services };
        }),
      );
      if (st.currentRelease) outputs.set('release-id', st.currentRelease);
      outputs.summary(
        [
          `### stack-deploy status: ${code(project)}`,
          '',
          '| | |',
          '| --- | --- |',
          `| host | ${code(`${settings.ssh?.user}@${settings.ssh?.host}:${settings.ssh?.port}`)} |`,
          `| docker | ${st.docker} (compose ${st.compose}) |`,
          `| directory | ${code(remote.dir)} |`,
          `| current release | ${st.currentRelease ? code(st.currentRelease) : 'none yet'} |`,
          ...st.services.map((s) => `| ${s.service} | ${s.status} |`),
          '',
        ].join('\n'),
      );
      return finish('success');
    }
    case 'deploy': {
      const { project, remote } = target();
      const v = await validated();
      if (v.report.errors > 0)
        throw new ConfigError(`validation found ${v.report.errors} errors; nothing was deployed`);
      if (settings.push)
        throw new NotImplementedError(
          'push: true (build before deploy) is not available in this version yet',
        );
      const meta = metaOf(deps.env);
      const ctx: DeployContext = {
        settings,
        project,
        remote,
        report: v.report,
        envText: envText(settings),
        injected: injectedVars(settings),
        meta,
        releaseId: releaseId((deps.now ?? (() => new Date()))(), meta.sha),
      };
      if (settings.dryRun) {
        const p = prepare(ctx);
        const hide = reportRedactor(v.report, ctx.injected);
        p.steps = p.steps.map(hide);
        logger.info(`dry run: release ${ctx.releaseId} of ${project} to ${remote.dir}; nothing is changed`);
        logger.info(`files: ${p.layout.entries.map((e) => e.from).join(', ')} (+ .env, mode 0600)`);
        logger.info('host transaction, in order:');
        for (const s of p.steps) logger.info(`  ${s}`);
        outputs.summary(['### stack-deploy dry run', '', '```sh', ...p.steps, '```', ''].join('\n'));
        return finish('success');
      }
      const out = await withTransport(settings, deps, (t) =>
        deploy(ctx, t, { logger, runLocal: deps.runLocal, group: (n, fn) => logger.group(n, fn) }),
      );
      outputs.set('release-id', out.releaseId);
      if (out.txn.from) outputs.set('previous-release-id', out.txn.from);
      outputs.set('images', JSON.stringify(out.images));
      outputs.set('rolled-back', String(out.txn.status === 'rolled-back'));
      outputs.summary(txnSummary(`stack-deploy deploy ${code(out.releaseId)}`, out.txn, out.images));
      const status = statusOf(out.txn.status);
      if (out.txn.rollbackSeconds !== undefined)
        logger.info(
          `rollback took ${out.txn.rollbackSeconds}s (failure detected → previous release healthy)`,
        );
      if (status === 'success')
        logger.info(`deployed ${out.releaseId} to ${settings.ssh?.host} (${project})`);
      else {
        const failing = out.txn.failedServices.length
          ? ` (failing: ${out.txn.failedServices.join(', ')})`
          : '';
        logger.error(`deploy ${out.txn.status}: ${out.txn.detail}${failing}`);
      }
      return finish(status);
    }
    case 'rollback': {
      const { project, remote } = target();
      const runId = `rollback-${releaseId((deps.now ?? (() => new Date()))())}`;
      const script = rollbackScript({
        project,
        dir: remote.dir,
        runId,
        target: settings.release,
        migrateService: settings.migrateService,
        downgradeOnRollback: settings.rollbackMigrations,
        lockTimeoutSec: settings.lockTimeoutSec,
        deadlineSec:
          settings.transactionTimeoutSec ??
          defaultDeadline({
            pulls: 0,
            migrateSec: settings.rollbackMigrations ? 900 : 0,
            healthSec: settings.healthTimeoutSec ?? 120,
          }),
        healthTimeoutSec: settings.healthTimeoutSec ?? 120,
        healthUrls: settings.healthUrls,
        keepReleases: settings.keepReleases,
        meta: metaOf(deps.env),
      });
      const txn = await withTransport(settings, deps, async (t) =>
        runDetached(t, remote, runId, script, logger),
      );
      outputs.set('release-id', txn.good ?? '');
      if (txn.from) outputs.set('previous-release-id', txn.from);
      outputs.set('rolled-back', String(txn.status === 'success'));
      outputs.summary(txnSummary(`stack-deploy rollback`, txn, {}));
      if (txn.status !== 'success') logger.error(`rollback ${txn.status}: ${txn.detail}`);
      return finish(txn.status === 'success' ? 'success' : 'failed');
    }
    case 'releases': {
      const { remote } = target();
      const { history, releases, current } = await withTransport(settings, deps, (t) =>
        readReleases(t, remote),
      );
      const rows = history.map(
        (h) =>
          `| ${h.time} | ${h.kind} | ${code(h.release)}${h.release === current ? ' (current)' : ''} | ${h.result} | ${h.actor} | ${h.sha.slice(0, 7)} | ${releases.includes(h.release) ? 'kept' : 'pruned'} |`,
      );
      for (const h of history)
        logger.info(
          `${h.time}  ${h.kind.padEnd(13)} ${h.release.padEnd(24)} ${h.result.padEnd(12)} ${h.actor}${h.release === current ? '  <- current' : ''}`,
        );
      if (!history.length) logger.info('no deploys recorded yet');
      outputs.summary(
        [
          '### stack-deploy releases',
          '',
          '| time | kind | release | result | actor | sha | on host |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...rows,
          '',
        ].join('\n'),
      );
      if (current) outputs.set('release-id', current);
      return finish('success');
    }
    case 'doctor': {
      const { project, remote } = target();
      const problems = await withTransport(settings, deps, (t) =>
        runDoctor(t, settings, project, remote, deps),
      );
      return finish(problems ? 'failed' : 'success');
    }
    case 'unlock': {
      const { remote } = target();
      const msg = await withTransport(settings, deps, (t) => unlock(t, remote, settings.force));
      logger.info(msg);
      return finish('success');
    }
    default:
      throw new NotImplementedError(`command ${settings.command} is not available in this version yet`);
  }
}

async function runDetached(
  t: Transport,
  remote: RemoteLayout,
  runId: string,
  script: string,
  logger: Logger,
): Promise<TxnReport> {
  const w = await t.exec(writeRunScript(remote.dir, runId), { stdin: script });
  if (w.code !== 0) throw new CommandError(`${t.target}: writing the run script failed`, w.code, w.stderr);
  const l = await t.exec(launchScript(remote.dir, runId));
  if (l.code !== 0) throw new CommandError(`${t.target}: starting the transaction failed`, l.code, l.stderr);
  return follow(t, remote.dir, runId, l.stdout.trim(), logger);
}
