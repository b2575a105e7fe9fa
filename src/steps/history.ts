import { clearLockInfo, forceUnlockScript, lockState, projectPs, readHistory } from '../plan/host.js';
import type { RemoteLayout } from '../plan/remote.js';
import type { Transport } from '../transport/types.js';
import { LockError } from '../util/errors.js';

export interface HistoryEntry {
  time: string;
  kind: string;
  release: string;
  result: string;
  actor: string;
  sha: string;
  runUrl: string;
  detail: string;
}

/** Parses history.log (tab separated, one line per deploy/rollback). */
export function parseHistory(text: string): HistoryEntry[] {
  return text
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [time, kind, release, result, actor, sha, runUrl, detail] = l.split('\t');
      return { time, kind, release, result, actor, sha, runUrl, detail: detail ?? '' };
    });
}

export async function readReleases(
  t: Transport,
  l: RemoteLayout,
): Promise<{ history: HistoryEntry[]; releases: string[]; current: string }> {
  const r = await t.exec(readHistory(l.dir));
  const [hist, rest = ''] = r.stdout.split('::releases\n');
  const [rel, current = ''] = rest.split('::current\n');
  return {
    history: parseHistory(hist),
    releases: rel.split('\n').filter((x) => x && !x.endsWith('.partial')),
    current: current.trim(),
  };
}

export interface ServiceState {
  service: string;
  status: string;
  image: string;
}

export async function serviceStates(t: Transport, project: string): Promise<ServiceState[]> {
  const r = await t.exec(projectPs(project));
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [service, status, image] = l.split('\t');
      return { service, status, image };
    })
    .sort((a, b) => a.service.localeCompare(b.service));
}

/**
 * Clears the note of a lock whose holder is gone; refuses while a live process holds it, unless
 * force: then the holding transaction is stopped (its run ends without a result).
 */
export async function unlock(t: Transport, l: RemoteLayout, force = false): Promise<string> {
  const st = (await t.exec(lockState(l.dir))).stdout.trim();
  if (st.startsWith('held') && force) {
    const r = await t.exec(forceUnlockScript(l.dir));
    const said = r.stdout.trim().split('\n').pop() ?? '';
    if (r.code !== 0)
      throw new LockError(`unlock --force refused: ${said || r.stderr.trim()} (lock note: ${st.slice(5)})`);
    return said === 'free'
      ? 'the lock is free: its holder ended meanwhile'
      : `the lock is free: ${said.replace(/^stopped/, 'stopped the transaction with pid')} (${st.slice(5)})`;
  }
  if (st.startsWith('held'))
    throw new LockError(
      `the lock is held by a running deploy (${st.slice(5)}); it is released when that run ends, or use force: true (--force true) to stop it`,
    );
  await t.exec(clearLockInfo(l.dir));
  return 'the lock is free: no run holds it (a lock dies with its holder)';
}
