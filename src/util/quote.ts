/**
 * POSIX shell quoting. The one function that turns argv into text a remote shell reads:
 * every remote command is built as argv and joined here.
 */
export function shq(arg: string): string {
  if (arg.includes('\0')) throw new Error('argument contains a NUL byte');
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Joins argv into one shell command line with each argument quoted. */
export function shellJoin(argv: readonly string[]): string {
  return argv.map(shq).join(' ');
}

/**
 * A path on the remote host that may start with `~/`: the tilde is left to the remote shell
 * (as "$HOME"), the rest is quoted.
 */
export function shqPath(path: string): string {
  if (path === '~') return '"$HOME"';
  if (path.startsWith('~/')) return `"$HOME"/${shq(path.slice(2))}`;
  return shq(path);
}
