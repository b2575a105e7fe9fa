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

/** Replaces every occurrence of each secret (and each of its lines) in text. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  const parts = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    parts.add(s);
    for (const line of s.split(/\r?\n/)) if (line.trim().length >= 4) parts.add(line.trim());
  }
  for (const p of [...parts].sort((a, b) => b.length - a.length)) out = out.split(p).join(REDACTED);
  return out;
}
