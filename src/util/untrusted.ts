import { randomBytes } from 'node:crypto';

/**
 * The runner reads workflow commands from every line a step prints: `::cmd` at the start of a line
 * (after blanks) and `##[cmd]` anywhere in it; `\r` ends a line as well as `\n`. Text from the host,
 * containers and compose files may hold either.
 */
export function mayCarryCommand(text: string): boolean {
  return text.includes('::') || text.includes('##[');
}

/**
 * The lines to print for untrusted text: as it is when it cannot hold a command, otherwise inside
 * `::stop-commands::<token>` … `::<token>::` with a fresh unguessable token, so that the runner
 * shows it and acts on nothing in it.
 */
export function commandSafe(text: string, token: () => string = newToken): string[] {
  if (!mayCarryCommand(text)) return [text];
  const t = token();
  return [`::stop-commands::${t}`, text, `::${t}::`];
}

export function newToken(): string {
  return `sd-${randomBytes(16).toString('hex')}`;
}
