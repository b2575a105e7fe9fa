import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { formatDuration, type Annotation, type Logger } from './util/logger.js';
import { commandSafe } from './util/untrusted.js';

function props(where?: Annotation): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.line, startColumn: where.col, title: where.title };
}

/** The Logger on top of @actions/core: groups, annotations, masking. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  // info carries host logs, container output and findings: never let the runner act on them
  info: (m) => {
    for (const line of commandSafe(m)) core.info(line);
  },
  warn: (m, where) => core.warning(m, props(where)),
  error: (m, where) => core.error(m, props(where)),
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    core.startGroup(name);
    try {
      return await fn();
    } finally {
      core.info(`${name} took ${formatDuration(Date.now() - t0)}`);
      core.endGroup();
    }
  },
  untrusted(lines: readonly string[]): void {
    // no line in between can issue a workflow command; the token cannot be guessed by the text
    const token = randomUUID().replace(/-/g, '');
    core.info(`::stop-commands::${token}`);
    for (const l of lines) core.info(l);
    core.info(`::${token}::`);
  },
  secret(value: string): void {
    if (!value) return;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) if (line.trim()) core.setSecret(line.trim());
  },
};
