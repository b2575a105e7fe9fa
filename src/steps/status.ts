import { PreflightError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { composeVersion, dockerServerVersion, readCurrent, type RemoteLayout } from '../plan/remote.js';
import type { Transport } from '../transport/types.js';

export interface HostStatus {
  docker: string;
  compose: string;
  currentRelease?: string;
}

/** Checks docker and Compose v2 on the host, naming what is missing. */
export async function checkDocker(t: Transport): Promise<{ docker: string; compose: string }> {
  const d = await t.exec(dockerServerVersion());
  if (d.code !== 0) {
    const err = d.stderr.trim();
    if (d.code === 127 || /not found/.test(err))
      throw new PreflightError(`${t.target}: docker is not installed or not on PATH (${err.split('\n')[0]})`);
    if (/permission denied/i.test(err))
      throw new PreflightError(
        `${t.target}: the user cannot reach the Docker daemon (permission denied on the socket); add it to the docker group`,
      );
    throw new PreflightError(`${t.target}: the Docker daemon did not answer: ${err.split('\n')[0]}`);
  }
  const c = await t.exec(composeVersion());
  const version = c.stdout.trim().replace(/^v/, '');
  if (c.code !== 0 || !/^2\./.test(version))
    throw new PreflightError(
      `${t.target}: Docker Compose v2 is missing (\`docker compose version\` ${c.code !== 0 ? 'failed: ' + c.stderr.trim().split('\n')[0] : 'reported ' + version}); install the docker-compose-plugin package`,
    );
  return { docker: d.stdout.trim(), compose: version };
}

export async function hostStatus(t: Transport, l: RemoteLayout, log: Logger): Promise<HostStatus> {
  const versions = await checkDocker(t);
  const cur = await t.exec(readCurrent(l));
  const currentRelease = cur.code === 0 && cur.stdout.trim() ? cur.stdout.trim() : undefined;
  log.info(`host      ${t.target}`);
  log.info(`docker    ${versions.docker} (compose ${versions.compose})`);
  log.info(`directory ${l.dir}`);
  log.info(`release   ${currentRelease ?? 'none yet'}`);
  return { ...versions, currentRelease };
}
