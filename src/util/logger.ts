/** What steps log through; the action adapts it to @actions/core, the CLI to stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  /** Runs fn inside a collapsible group and logs its duration. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
  /** Prints host text (logs, command output) as text: the action wraps it in ::stop-commands::. */
  untrusted?(lines: readonly string[]): void;
}

/** Prints untrusted lines through the logger's own way, or as plain info lines. */
export function logUntrusted(log: Logger, lines: readonly string[]): void {
  if (log.untrusted) log.untrusted(lines);
  else for (const l of lines) log.info(l);
}

/** Where a message points in the user's files. */
export interface Annotation {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

/** A logger that keeps lines in memory; for tests and for capturing a run. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
  info(m: string): void {
    this.lines.push(m);
  }
  warn(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`);
    return fn();
  }
  secret(v: string): void {
    if (v) this.secrets.push(v);
  }
  text(): string {
    return this.lines.join('\n');
  }
}
