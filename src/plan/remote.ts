/** Builders for commands run on the host: each returns argv, nothing here runs anything. */

export const dockerServerVersion = (): string[] => ['docker', 'version', '--format', '{{.Server.Version}}'];
export const composeVersion = (): string[] => ['docker', 'compose', 'version', '--short'];

/** Remote paths under the project directory; `dir` may start with ~/ (expanded by the remote shell). */
export interface RemoteLayout {
  dir: string;
  releases: string;
  current: string;
  history: string;
  lock: string;
}

export function layout(dir: string): RemoteLayout {
  const d = dir.replace(/\/+$/, '');
  return {
    dir: d,
    releases: `${d}/releases`,
    current: `${d}/current`,
    history: `${d}/history.log`,
    lock: `${d}/lock`,
  };
}

/**
 * A POSIX sh script run as `sh -c SCRIPT sh ARG…`: the arguments arrive as $1… so no value is ever
 * spliced into the script text. `~/` at the start of a path argument is expanded by the script.
 */
export function script(body: string, args: readonly string[]): string[] {
  const prelude =
    'set -eu\numask 077\nexpand() { case "$1" in "~") printf %s "$HOME";; "~/"*) printf %s "$HOME/${1#"~/"}";; *) printf %s "$1";; esac; }\n';
  return ['sh', '-c', prelude + body, 'sh', ...args];
}

/** Prints the id of the current release, or nothing when there is none. */
export function readCurrent(l: RemoteLayout): string[] {
  return script('c=$(expand "$1"); if [ -L "$c" ]; then basename "$(readlink "$c")"; fi', [l.current]);
}
