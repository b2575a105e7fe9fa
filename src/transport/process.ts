import { spawn } from 'node:child_process';
import type { ExecOptions, ExecResult } from './types.js';

/** Debug sink for the redacted argv of every process started. */
let debugSink: ((line: string) => void) | undefined;
let redactor: (text: string) => string = (t) => t;

export function setProcessDebug(
  sink: ((line: string) => void) | undefined,
  redact?: (text: string) => string,
): void {
  debugSink = sink;
  if (redact) redactor = redact;
}

/**
 * The one place that starts processes. Collects output, feeds stdin, enforces a timeout.
 * Never rejects for a non-zero exit: callers decide what a failure means.
 */
export function run(argv: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const [cmd, ...args] = argv;
  debugSink?.(`$ ${redactor(argv.join(' '))}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
          }, opts.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      stdout += c;
      opts.onStdout?.(c);
    });
    child.stderr.on('data', (c: string) => {
      stderr += c;
      opts.onStderr?.(c);
    });
    child.stdin.on('error', () => {
      // the process may exit before reading its stdin; its exit code tells what happened
    });
    if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
    else child.stdin.end();
    const finish = (r: ExecResult) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(r);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      const msg = err.code === 'ENOENT' ? `${cmd}: command not found` : err.message;
      finish({ code: 127, stdout, stderr: stderr + msg });
    });
    child.on('close', (code, signal) => {
      finish({ code: code ?? 128, stdout, stderr, signal: signal ?? undefined, timedOut });
    });
  });
}
