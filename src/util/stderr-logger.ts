import { formatDuration, type Annotation, type Logger } from './logger.js';
import { redact } from './sensitive.js';
import { commandSafe } from './untrusted.js';

/** `file:line:col: `, or `file: ` without a line. */
const place = (w?: Annotation): string =>
  w?.file ? `${w.file}${w.line ? `:${w.line}:${w.col ?? 1}` : ''}: ` : '';

/**
 * The CLI's logger: human lines on stderr, secrets redacted. In a `run:` step of GitHub Actions
 * (onRunner) the runner reads stderr for workflow commands too: lines that could carry one are
 * printed inside stop-commands.
 */
export function stderrLogger(verbose: boolean, secrets: () => string[], onRunner = false): Logger {
  const out = (line: string) => {
    const text = redact(line, secrets());
    process.stderr.write((onRunner ? commandSafe(text) : [text]).join('\n') + '\n');
  };
  return {
    debug: (m) => verbose && out(`debug: ${m}`),
    info: (m) => out(m),
    warn: (m, w) => out(`warning: ${place(w)}${m}`),
    error: (m, w) => out(`error: ${place(w)}${m}`),
    async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      const t0 = Date.now();
      out(`▸ ${name}`);
      try {
        return await fn();
      } finally {
        out(`  ${name} took ${formatDuration(Date.now() - t0)}`);
      }
    },
    secret: () => {},
  };
}
