import { positionsIn } from './position.js';
// Stage 2: the .env grammar of compose-go's dotenv parser, with line numbers for every key.
import { MAX_INTERPOLATION_DEPTH, substitute, type Lookup } from './template.js';
import type { Sink } from './tree.js';

export interface EnvEntry {
  key: string;
  value: string;
  line: number;
  col: number;
}

export interface DotenvResult {
  vars: Map<string, string>;
  entries: EnvEntry[];
  /** false when the file does not parse (SD-ENV-001 reported) */
  ok: boolean;
}

const isSpace = (c: string): boolean =>
  c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c: string): boolean => isSpace(c) || c === '\n';
const KEY_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u;
const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  c: 'c',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
};

function expandEscapes(s: string): string {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
    if (m === '\\$') return '$$';
    if (m.startsWith('\\0')) {
      const digits = m.slice(2);
      if (/^[0-7]{3}$/.test(digits) && parseInt(digits, 8) < 256)
        return String.fromCharCode(parseInt(digits, 8));
      return m;
    }
    if (m === '\\c') return m;
    return ESCAPES[m[1]] ?? m;
  });
}

/**
 * Parses .env text. `processEnv` is consulted first for `${VAR}` in values and for bare `KEY` lines, then the
 * keys defined earlier in the file (compose-go GetEnvFromFile).
 */
export function parseDotenv(
  input: string,
  file: string,
  processEnv: Lookup,
  sink: Sink,
  unsetSeverity: 'error' | 'warning',
): DotenvResult {
  const src = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const vars = new Map<string, string>();
  const entries: EnvEntry[] = [];
  const posOf = positionsIn(src);
  const fail = (offset: number, message: string): DotenvResult => {
    const p = posOf(offset);
    sink.add('SD-ENV-001', { file, ...p }, message);
    return { vars, entries, ok: false };
  };
  const lookup: Lookup = (k) => processEnv(k) ?? vars.get(k);
  const expand = (value: string, offset: number, key: string): string => {
    const r = substitute(value, lookup);
    for (const issue of r.issues) {
      const p = posOf(offset);
      if (issue.kind === 'invalid') {
        sink.add(
          'SD-ENV-001',
          { file, ...p },
          `${key}: invalid interpolation format; escape a literal $ as $$`,
        );
      } else if (issue.kind === 'too-deep') {
        sink.add(
          'SD-ENV-001',
          { file, ...p },
          `${key}: \${…} nested more than ${MAX_INTERPOLATION_DEPTH} levels deep; not interpolated`,
        );
      } else if (issue.kind === 'required') {
        sink.add(
          'SD-ENV-001',
          { file, ...p },
          `${key}: required variable ${issue.name} is missing a value${issue.reason ? `: ${issue.reason}` : ''}`,
        );
      } else {
        sink.add(
          'SD-ENV-004',
          { file, ...p },
          `${key}: variable ${issue.name} is not set and has no default; it becomes an empty string`,
          unsetSeverity,
        );
      }
    }
    return r.value;
  };
  const set = (key: string, value: string, offset: number): void => {
    const p = posOf(offset);
    const prev = entries.find((e) => e.key === key);
    if (prev) {
      sink.add(
        'SD-ENV-009',
        { file, ...p },
        `${key} is set again (first at line ${prev.line}); the last value wins`,
      );
    }
    vars.set(key, value);
    entries.push({ key, value, ...p });
  };

  let i = 0;
  const n = src.length;
  for (;;) {
    // statement start: skip whitespace and comment lines
    while (i < n) {
      while (i < n && isUnicodeSpace(src[i])) i++;
      if (i < n && src[i] === '#') {
        const nl = src.indexOf('\n', i);
        if (nl < 0) i = n;
        else i = nl;
        continue;
      }
      break;
    }
    if (i >= n) break;
    // optional `export` prefix
    const ex = /^export[ \t\n\v\f\r\u0085\u00a0]+/.exec(src.slice(i, i + 64));
    if (ex) {
      i += 6;
      while (i < n && isSpace(src[i])) i++;
    }
    const keyStart = i;
    let keyEnd = -1;
    let delim = '';
    for (let j = i; j < n; j++) {
      const c = src[j];
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        keyEnd = j;
        delim = c;
        break;
      }
      if (!KEY_CHAR.test(c)) {
        const lineEnd = src.indexOf('\n', keyStart);
        const shown = src.slice(keyStart, lineEnd < 0 ? n : lineEnd);
        const keyText = shown.split(/[=:]/)[0];
        return fail(
          j,
          `unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(keyText.trim())}`,
        );
      }
    }
    if (keyEnd < 0) {
      // key at end of input without a newline: compose-go reads it as an inherited key with an empty name
      keyEnd = n;
      delim = '\n';
    }
    const key = src.slice(keyStart, keyEnd).replace(/\s+$/u, '');
    if (key.includes(' ')) return fail(keyStart, `key ${JSON.stringify(key)} cannot contain a space`);
    if (delim === '\n') {
      // bare KEY: inherits from the process environment
      const v = processEnv(key);
      if (key !== '' && v !== undefined) set(key, v, keyStart);
      i = keyEnd + 1;
      continue;
    }
    i = keyEnd + 1;
    while (i < n && isSpace(src[i])) i++;
    const q = src[i];
    if (q === '"' || q === "'") {
      let chars = '';
      let esc = false;
      let end = -1;
      for (let j = i + 1; j < n; j++) {
        const c = src[j];
        if (c !== q) {
          if (!esc && c === '\\') {
            esc = true;
            continue;
          }
          if (esc) {
            esc = false;
            chars += '\\';
          }
          chars += c;
          continue;
        }
        if (esc) {
          esc = false;
          chars += c;
          continue;
        }
        end = j;
        break;
      }
      if (end < 0) {
        return fail(i, `${key}: unterminated quoted value (opening ${q} never closed)`);
      }
      const value = q === '"' ? expand(expandEscapes(chars), i, key) : chars;
      set(key, value, keyStart);
      i = end + 1;
      continue;
    }
    const nl = src.indexOf('\n', i);
    const lineEnd = nl < 0 ? n : nl;
    let raw = src.slice(i, lineEnd);
    const hash = raw.indexOf(' #');
    if (hash >= 0) raw = raw.slice(0, hash);
    raw = raw.replace(/\s+$/u, '');
    set(key, expand(raw, i, key), keyStart);
    i = lineEnd;
  }
  return { vars, entries, ok: true };
}
