/** Exit codes of the CLI and the meaning of a failed action step. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Base class: every error the tool raises on purpose carries an exit code. */
export class StackDeployError extends Error {
  readonly exitCode: number = EXIT.failed;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input, bad configuration or a command used wrongly: nothing was changed. */
export class ConfigError extends StackDeployError {
  override readonly exitCode: number = EXIT.usage;
}

/** A command that the contract declares but this build does not implement yet. */
export class NotImplementedError extends ConfigError {}

/** A process (local or remote) exited non-zero. */
export class CommandError extends StackDeployError {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderrTail: string,
  ) {
    super(stderrTail ? `${message}\n${stderrTail}` : message);
  }
}

/** Could not reach or authenticate to the host. */
export class ConnectionError extends StackDeployError {}

/** The host's key did not match what we were told to trust. */
export class HostKeyError extends ConnectionError {}

/** The host lacks something the deploy needs (docker, compose v2, disk, a writable dir). */
export class PreflightError extends StackDeployError {}

/** Services did not become healthy. */
export class HealthError extends StackDeployError {}

/** Another run holds the project's lock. */
export class LockError extends StackDeployError {}

/** Last lines of a text, for error messages. */
export function tail(text: string, lines = 20): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}
