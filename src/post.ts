import * as core from '@actions/core';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { State } from './state.js';
import { closeSession, sessionOf } from './transport/ssh.js';
import { isOwnWorkDir, isWorkDirName } from './util/workdir.js';

/**
 * Cleans up after main: SSH master connection, key files, registry logins. Only ever warns. The
 * state is text another step could have written: post acts only on a work dir of its own naming
 * directly under RUNNER_TEMP (or the system temp dir ssh falls back to), with the config it wrote.
 */
export async function post(): Promise<void> {
  const temp = process.env.RUNNER_TEMP;
  const dir = core.getState(State.SshDir);
  if (dir && !isOwnWorkDir(dir, [temp ?? '', tmpdir()])) {
    core.warning(`ignored the saved SSH dir ${JSON.stringify(dir)}: not a stack-deploy temp dir`);
  } else if (dir) {
    try {
      await closeSession(sessionOf(dir));
      core.info('removed the SSH session files');
    } catch (err) {
      core.warning(`cleanup of ${dir} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // a main step that was killed may leave its build login (private DOCKER_CONFIG) or a bundle behind
  if (!temp) return;
  try {
    for (const name of readdirSync(temp).filter(isWorkDirName)) {
      rmSync(join(temp, name), { recursive: true, force: true });
      core.info(`removed ${name}`);
    }
  } catch (err) {
    core.warning(`cleanup of ${temp} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
