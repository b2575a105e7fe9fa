import { followScript, readResult } from '../plan/host.js';
import type { Transport } from '../transport/types.js';
import { ConnectionError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

export interface ServiceChange {
  name: string;
  action: 'create' | 'recreate' | 'unchanged';
  why: string;
  oldImage: string;
  newImage: string;
}

/** What the runner learns from the transaction's `::` lines. */
export interface TxnReport {
  status: string;
  detail: string;
  phases: { name: string; seconds: number }[];
  services: ServiceChange[];
  failedServices: string[];
  from?: string;
  good?: string;
  rollbackSeconds?: number;
  lockWait?: string;
  /** the log without the `::` lines */
  log: string[];
}

export function emptyReport(): TxnReport {
  return { status: '', detail: '', phases: [], services: [], failedServices: [], log: [] };
}

/** Applies one log line to the report; returns the line to show, or undefined for markers. */
export function parseLine(line: string, r: TxnReport): string | undefined {
  if (!line.startsWith('::')) {
    r.log.push(line);
    return line;
  }
  const [kind, ...rest] = line.slice(2).split(' ');
  switch (kind) {
    case 'phase-end':
      r.phases.push({ name: rest[0], seconds: Number(rest[1]) });
      break;
    case 'service':
      r.services.push({
        name: rest[0],
        action: rest[1] === 'recreate' || rest[1] === 'create' ? rest[1] : 'unchanged',
        why: rest[2],
        oldImage: rest[3],
        newImage: rest[4],
      });
      break;
    case 'failed-service':
      if (!r.failedServices.includes(rest[0])) r.failedServices.push(rest[0]);
      break;
    case 'from':
      r.from = rest[0] === '-' ? undefined : rest[0];
      r.good = rest[2] === '-' ? undefined : rest[2];
      break;
    case 'rollback-seconds':
      r.rollbackSeconds = Number(rest[0]);
      break;
    case 'lock-wait':
      r.lockWait = rest.join(' ');
      break;
    // `::result` is only a progress marker: the verdict comes from the result file (see follow)
  }
  return undefined;
}

/**
 * Streams the host transaction's log until it ends, re-attaching when the connection drops: the
 * transaction runs detached and keeps going either way.
 */
export async function follow(
  t: Transport,
  dir: string,
  runId: string,
  pid: string,
  logger: Logger,
  opts: { reattachAttempts?: number } = {},
): Promise<TxnReport> {
  const report = emptyReport();
  let lines = 0;
  let partial = '';
  let phase = '';
  const onChunk = (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines++;
      if (line.startsWith('::phase ')) {
        phase = line.slice(8);
        logger.info(`── ${phase}`);
      }
      const shown = parseLine(line, report);
      if (shown !== undefined) logger.info(shown);
    }
  };
  const attempts = opts.reattachAttempts ?? 5;
  for (let i = 0; ; i++) {
    partial = '';
    let r;
    try {
      r = await t.exec(followScript(dir, runId, lines + 1, pid), { onStdout: onChunk });
    } catch (err) {
      if (!(err instanceof ConnectionError) || i >= attempts) throw err;
      logger.warn(`lost the connection while following the deploy (${err.message}); re-attaching`);
      continue;
    }
    if (partial) onChunk('\n');
    const res = await t.exec(readResult(dir, runId));
    const [status, detail] = res.stdout.split('\n');
    if (status) {
      // the atomically written result file is the authority; the log is text anything may print into
      report.status = status;
      report.detail = detail ?? '';
      return report;
    }
    if (i >= attempts)
      throw new ConnectionError(
        `the deploy on the host has no result yet (phase ${phase || 'start'}) and following it failed: ${r.stderr.trim()}`,
      );
    logger.warn(`log stream ended without a result (exit ${r.code}); re-attaching`);
    await new Promise((res) => setTimeout(res, 1000));
  }
}
