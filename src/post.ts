import * as core from '@actions/core';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { State } from './state.js';
import { closeSession } from './transport/ssh.js';

/** Private work dirs main creates under RUNNER_TEMP (key files, registry logins, bundles). */
const WORK_DIRS = /^(sd-|sd-bundle-|stack-deploy-build-)/;

/** Cleans up after main: SSH master connection, key files, registry logins. Only ever warns. */
export async function post(): Promise<void> {
  const dir = core.getState(State.SshDir);
  if (dir) {
    try {
      await closeSession({
        dir,
        configPath: core.getState(State.SshConfig),
        destination: core.getState(State.SshDestination),
      });
      core.info('removed the SSH session files');
    } catch (err) {
      core.warning(`cleanup of ${dir} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // a main step that was killed may leave its build login (private DOCKER_CONFIG) or a bundle behind
  const temp = process.env.RUNNER_TEMP;
  if (!temp) return;
  try {
    for (const name of readdirSync(temp).filter((n) => WORK_DIRS.test(n))) {
      rmSync(join(temp, name), { recursive: true, force: true });
      core.info(`removed ${name}`);
    }
  } catch (err) {
    core.warning(`cleanup of ${temp} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
