import { positionsIn } from './position.js';
// JSON with positions, for env.schema.json: a small recursive-descent parser into the same YNode tree the
// YAML loader builds (the YAML parser is several times slower on JSON).
import type { Sink } from './tree.js';
import type { Loc, YEntry, YNode } from './types.js';

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses JSON text; undefined (with a finding under `rule`) when it is not valid JSON. */
export function loadJson(text: string, file: string, sink: Sink, rule: string): YNode | undefined {
  const posOf = positionsIn(text);
  const loc = (offset: number): Loc => ({ file, ...posOf(offset) });
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i])) i++;
  };
  const fail = (what: string): never => {
    throw new JsonError(
      i >= text.length ? `unexpected end of input, expected ${what}` : `expected ${what}`,
      i,
    );
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) throw new JsonError('unterminated string', start);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e in map) {
          out += map[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else throw new JsonError('invalid escape in string', i);
      } else if (c < ' ') {
        throw new JsonError('control character in string', i);
      } else {
        out += c;
        i++;
      }
    }
  };
  const value = (depth: number): YNode => {
    if (depth > 200) throw new JsonError('nested too deeply', i);
    ws();
    const at = loc(i);
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, YEntry>();
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'map', entries, loc: at };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a "key"');
        const keyLoc = loc(i);
        const key = string();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        const v = value(depth + 1);
        if (entries.has(key)) {
          sink.add(
            'SD-SCH-002',
            keyLoc,
            `duplicate key "${key}" (first defined at line ${entries.get(key)!.keyLoc.line})`,
          );
        } else entries.set(key, { key, keyLoc, value: v });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'map', entries, loc: at };
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: YNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'seq', items, loc: at };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'seq', items, loc: at };
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return { kind: 'scalar', value: string(), loc: at, colShift: 1 };
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m) return fail('a value');
    i += m[0].length;
    const raw = m[0];
    return {
      kind: 'scalar',
      value: raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw),
      loc: at,
    };
  };
  try {
    const root = value(0);
    ws();
    if (i < text.length) fail('the end of input');
    return root;
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    sink.add(rule, loc(e.offset), `${file}: invalid JSON: ${e.message}`);
    return undefined;
  }
}
