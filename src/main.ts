import { existsSync } from 'node:fs';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { actionsLogger } from './actions-logger.js';
import { INPUTS } from './config/contract.gen.js';
import { commitSha } from './config/project.js';
import { secretsOf, toSettings, type RawInputs } from './config/settings.js';
import { runPipeline, type Outputs } from './pipeline.js';
import { State } from './state.js';
import { run, setProcessDebug } from './transport/process.js';
import { SshTransport } from './transport/ssh.js';
import { redact } from './util/sensitive.js';

/** Reads every input declared in action.yml; nothing else. */
export function getInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const { name } of INPUTS) raw[name] = core.getInput(name);
  return raw;
}

export async function main(): Promise<void> {
  const started = Date.now();
  const outputs: Outputs = {
    set: (name, value) => core.setOutput(name, value),
    summary: (md) => void core.summary.addRaw(md, true),
  };
  try {
    const raw = getInputs();
    // mask before anything can print them, even if the inputs turn out invalid
    for (const name of ['ssh-key', 'registry-password', 'env'] as const)
      if (raw[name]) actionsLogger.secret(raw[name] as string);
    const settings = toSettings(
      raw,
      {
        githubSha: commitSha(process.env),
        onGitHub: process.env.GITHUB_ACTIONS === 'true',
        exists: existsSync,
      },
      (m) => core.warning(m),
    );
    const secrets = secretsOf(settings);
    setProcessDebug(
      (l) => core.debug(l),
      (t) => redact(t, secrets),
    );
    const result = await runPipeline(settings, {
      logger: actionsLogger,
      outputs,
      runLocal: run,
      env: process.env,
      actionsCache: () => import('@actions/cache'),
      openTransport: (ssh) =>
        SshTransport.open(ssh, {
          tmpRoot: process.env.RUNNER_TEMP || tmpdir(),
          logger: actionsLogger,
          onSession: (st) => core.saveState(State.SshDir, st.dir),
        }),
    });
    if (result.exitCode !== 0) core.setFailed(`stack-deploy ${settings.command}: ${result.status}`);
  } catch (err) {
    outputs.set('status', 'failed');
    outputs.set('duration-seconds', ((Date.now() - started) / 1000).toFixed(1));
    core.setFailed(err instanceof Error ? err.message : String(err));
    if (err instanceof Error && err.stack) core.debug(err.stack);
  } finally {
    await core.summary.write().catch((e: unknown) => core.warning(`job summary not written: ${String(e)}`));
  }
}
