// Secret values never reach a message: long ones are replaced wherever they appear, short ones (under four
// characters) where they stand as a word of their own.
const REDACTED = '[REDACTED]';

export type Redactor = (text: string) => string;

export function redactor(values: Iterable<string | undefined>): Redactor {
  const all = [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const long = all.filter((v) => v.length >= 4);
  const short = all
    .filter((v) => v.length < 4)
    .map(
      (v) =>
        new RegExp(`(?<![A-Za-z0-9_])${v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?![A-Za-z0-9_])`, 'g'),
    );
  return (text) => {
    let out = text;
    for (const v of long) if (out.includes(v)) out = out.split(v).join(REDACTED);
    for (const re of short) out = out.replace(re, REDACTED);
    return out;
  };
}
