import * as core from '@actions/core';
import { State } from './state.js';
import { closeSession } from './transport/ssh.js';

/** Cleans up after main: SSH master connection, key files. Only ever warns. */
export async function post(): Promise<void> {
  const dir = core.getState(State.SshDir);
  if (!dir) return;
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
