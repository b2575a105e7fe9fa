export interface ExecOptions {
  /** bytes written to the process's stdin (secrets travel here, never in argv) */
  stdin?: string | Buffer;
  /** kill the process after this long */
  timeoutMs?: number;
  /** live output, for streaming logs */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** extra environment (added to the parent's) */
  env?: Record<string, string>;
  cwd?: string;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** set when the process was ended by a signal or the timeout */
  signal?: string;
  timedOut?: boolean;
}

/** Runs argv on the deploy target. The only way steps reach a host. */
export interface Transport {
  /** e.g. `deploy@host:22`; never contains secrets */
  readonly target: string;
  exec(argv: readonly string[], opts?: ExecOptions): Promise<ExecResult>;
  close(): Promise<void>;
}

/** Runs argv on this machine (the runner). */
export type LocalRunner = (argv: readonly string[], opts?: ExecOptions) => Promise<ExecResult>;
