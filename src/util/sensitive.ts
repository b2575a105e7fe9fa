import { inspect } from 'node:util';

const REDACTED = '[REDACTED]';

/** A secret value: prints as [REDACTED] everywhere; only `reveal()` gives the value. */
export class Sensitive<T = string> {
  readonly #value: T;
  constructor(value: T) {
    this.#value = value;
  }
  reveal(): T {
    return this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}

export type Redactor = (text: string) => string;

const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The one redactor: every secret, and each line of a multi-line secret (an SSH key), is replaced wherever
 * it appears when it is 4 characters or longer; shorter ones only where they stand as a word of their own.
 */
export function redactor(values: Iterable<string | undefined>): Redactor {
  const parts = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string' || v === '') continue;
    parts.add(v);
    if (/[\r\n]/.test(v))
      for (const line of v.split(/\r?\n/)) if (line.trim().length >= 4) parts.add(line.trim());
  }
  const all = [...parts].sort((a, b) => b.length - a.length);
  const long = all.filter((v) => v.length >= 4);
  const short = all
    .filter((v) => v.length < 4)
    .map((v) => new RegExp(`(?<![A-Za-z0-9_])${escape(v)}(?![A-Za-z0-9_])`, 'g'));
  return (text) => {
    let out = text;
    for (const v of long) if (out.includes(v)) out = out.split(v).join(REDACTED);
    for (const re of short) out = out.replace(re, REDACTED);
    return out;
  };
}

/** Replaces every secret in text (see `redactor`). */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}
