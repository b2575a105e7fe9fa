// The Compose interpolation grammar (compose-go template.Substitute), reimplemented with issue tracking.

/** Groups: 1 escaped `$$`, 2 named `$VAR`, 3 braced `${VAR...}`, 5 invalid `${`. */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/gi;
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;
type Operator = (typeof OPERATORS)[number];

export type TemplateIssue =
  | { kind: 'invalid'; offset: number; text: string }
  | { kind: 'required'; offset: number; name: string; reason: string }
  | { kind: 'unset'; offset: number; name: string }
  | { kind: 'too-deep'; offset: number };

/** `${…}` nested deeper than this is refused before substitution (it would exhaust the stack). */
export const MAX_INTERPOLATION_DEPTH = 32;

/** Deepest `${` nesting of a template, and the offset where it first goes beyond `limit`. */
function nesting(template: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '$' && template[i + 1] === '{') {
      if (++depth > limit) return i;
      i++;
    } else if (template[i] === '}' && depth > 0) depth--;
  }
  return undefined;
}

export interface SubstResult {
  value: string;
  issues: TemplateIssue[];
  /** every variable name looked up */
  used: string[];
}

export type Lookup = (name: string) => string | undefined;

function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function partition(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

function operatorOf(braced: string): Operator | undefined {
  let best: Operator | undefined;
  let bestIdx = Infinity;
  for (const op of OPERATORS) {
    const i = braced.indexOf(op);
    if (i >= 0 && i < bestIdx) {
      best = op;
      bestIdx = i;
    }
  }
  return best;
}

/**
 * Substitutes like Compose. `live` is false inside defaults that Compose evaluates eagerly but whose value is
 * not used: unset variables there are not reported (Compose only logs), required errors still are.
 */
export function substitute(template: string, lookup: Lookup): SubstResult {
  const issues: TemplateIssue[] = [];
  const used: string[] = [];
  const deep = nesting(template, MAX_INTERPOLATION_DEPTH);
  if (deep !== undefined) return { value: template, issues: [{ kind: 'too-deep', offset: deep }], used };
  const value = run(template, lookup, issues, used, 0, true);
  return { value, issues, used };
}

function run(
  template: string,
  lookup: Lookup,
  issues: TemplateIssue[],
  used: string[],
  base: number,
  live: boolean,
): string {
  const re = new RegExp(PATTERN.source, 'gi');
  return template.replace(re, (match: string, ...args: unknown[]) => {
    const offset = args[args.length - 2] as number;
    const source = args[args.length - 1] as string;
    return replace(match, lookup, issues, used, base + offset, live, source.slice(offset));
  });
}

/** The template text an invalid `${` starts: up to its closing brace, or the end. */
function invalidText(from: string): string {
  const close = from.indexOf('}');
  const t = close < 0 ? from : from.slice(0, close + 1);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

function replace(
  whole: string,
  lookup: Lookup,
  issues: TemplateIssue[],
  used: string[],
  offset: number,
  live: boolean,
  from: string,
): string {
  const op = operatorOf(whole);
  let substring = whole;
  let rest = '';
  const close = firstBraceClosingIndex(whole);
  if (close > -1) {
    rest = whole.slice(close + 1);
    substring = whole.slice(0, close + 1);
  }
  const m = new RegExp(PATTERN.source, 'i').exec(substring);
  if (!m) {
    issues.push({ kind: 'invalid', offset, text: invalidText(from) });
    return '';
  }
  if (m[1]) return '$';
  const named = m[2];
  const braced = m[3];
  if (!named && !braced) {
    issues.push({ kind: 'invalid', offset, text: invalidText(from) });
    return '';
  }
  if (braced && op && braced.includes(op)) {
    const [name, arg] = partition(braced, op);
    used.push(name);
    const v = lookup(name);
    const restOffset = offset + substring.length;
    const argOffset = offset + 2 + name.length + op.length;
    let out: string;
    if (op === ':-' || op === '-') {
      const absent = v === undefined || (op === ':-' && v === '');
      const def = run(arg, lookup, issues, used, argOffset, live && absent);
      out = absent ? def : (v as string);
    } else if (op === ':+' || op === '+') {
      const present = v !== undefined && (op === '+' || v !== '');
      const alt = run(arg, lookup, issues, used, argOffset, live && present);
      out = present ? alt : (v ?? '');
    } else {
      const reason = run(arg, lookup, issues, used, argOffset, false);
      if (v === undefined || (op === ':?' && v === '')) {
        issues.push({ kind: 'required', offset, name, reason });
        return '';
      }
      out = v;
    }
    return out + run(rest, lookup, issues, used, restOffset, live);
  }
  const name = named ?? braced;
  used.push(name);
  const v = lookup(name);
  if (v === undefined) {
    if (live) issues.push({ kind: 'unset', offset, name });
    return '';
  }
  return v;
}

/** Names referenced as `$NAME` (unbraced, unescaped) in a raw template, with their offsets. */
export function bareReferences(template: string): { name: string; offset: number }[] {
  const out: { name: string; offset: number }[] = [];
  const re = new RegExp(PATTERN.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(template))) {
    if (m[2]) out.push({ name: m[2], offset: m.index });
  }
  return out;
}

/** Every variable a raw template references (any form). */
export function referencedNames(template: string): string[] {
  return substitute(template, () => undefined).used;
}
