import { defaultRemoteDir, resolveProjectName } from './config/project.js';
import type { OutputName } from './config/contract.gen.js';
import type { Settings, SshSettings } from './config/settings.js';
import { layout } from './plan/remote.js';
import { hostStatus } from './steps/status.js';
import type { Transport } from './transport/types.js';
import { EXIT, NotImplementedError } from './util/errors.js';
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

/** Runs one command. Throws typed errors; the entry points catch them once. */
export async function runPipeline(settings: Settings, deps: Deps): Promise<RunResult> {
  const started = Date.now();
  const { outputs, logger } = deps;
  const finish = (status: RunStatus): RunResult => {
    outputs.set('status', status);
    outputs.set('duration-seconds', ((Date.now() - started) / 1000).toFixed(1));
    return { status, exitCode: status === 'success' ? EXIT.ok : EXIT.failed };
  };
  const project = resolveProjectName(settings);
  const remote = layout(settings.remoteDir ?? defaultRemoteDir(project));

  switch (settings.command) {
    case 'status': {
      const st = await withTransport(settings, deps, (t) =>
        logger.group('status', () => hostStatus(t, remote, logger)),
      );
      if (st.currentRelease) outputs.set('release-id', st.currentRelease);
      outputs.summary(
        [
          `### stack-deploy status: \`${project}\``,
          '',
          '| | |',
          '| --- | --- |',
          `| host | \`${settings.ssh?.user}@${settings.ssh?.host}:${settings.ssh?.port}\` |`,
          `| docker | ${st.docker} (compose ${st.compose}) |`,
          `| directory | \`${remote.dir}\` |`,
          `| current release | ${st.currentRelease ? '`' + st.currentRelease + '`' : 'none yet'} |`,
          '',
        ].join('\n'),
      );
      return finish('success');
    }
    default:
      throw new NotImplementedError(`command ${settings.command} is not available in this version yet`);
  }
}
