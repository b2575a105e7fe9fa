import { formatDuration, type Logger } from './logger.js';
import { redact } from './sensitive.js';
import { commandSafe } from './untrusted.js';

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
    warn: (m, w) => out(`warning: ${w?.file ? `${w.file}:${w.line ?? 0}:${w.col ?? 0}: ` : ''}${m}`),
    error: (m, w) => out(`error: ${w?.file ? `${w.file}:${w.line ?? 0}:${w.col ?? 0}: ` : ''}${m}`),
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
