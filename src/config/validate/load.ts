// Stage 1: YAML → position-carrying tree (YNode), the way compose-go's go-yaml v3 decoder reads it.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Node as YamlNode, Scalar as YamlScalar } from 'yaml';
import { pathStr, type Sink } from './tree.js';
import type { Loc, Path, ScalarValue, Severity, YEntry, YMap, YNode, YScalar } from './types.js';

const MAX_NODES = 200_000;
/** Collections nested deeper than this are refused (no compose file needs more than a dozen). */
export const MAX_DEPTH = 100;

/** Offset where `[`/`{` flow collections first nest deeper than `limit` (quotes and comments skipped). */
function flowTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      else if (ch === '\n' && depth === 0) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      const prev = text[i - 1];
      if (depth > 0 || prev === ' ' || prev === ':' || prev === '\n' || prev === undefined) quote = ch;
    } else if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
    } else if (ch === '[' || ch === '{') {
      if (++depth > limit) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return undefined;
}
const COMPOSE_TAGS = new Set(['!reset', '!override']);
const CORE_PREFIX = 'tag:yaml.org,2002:';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go strconv.ParseInt(s, 0, 64) (sign, 0x/0o/0b/0 prefixes); undefined when it would fail. */
function goParseInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
  else if (body.length > 1 && body[0] === '0') v = parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  return m[1] === '-' ? -v : v;
}

/** Resolves a plain (unquoted) scalar like go-yaml v3 does when decoding into interface{}. */
export function resolvePlain(s: string): ScalarValue {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  const c = s[0];
  if (c === '.') return FLOAT_RE.test(s) ? Number(s) : s;
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (/^\d{4}-\d\d?-\d\d?([Tt ]|$)/.test(s)) return s; // timestamps stay strings in interface{}
    const plain = s.replace(/_/g, '');
    const i = goParseInt(plain);
    if (i !== undefined) return i;
    if (FLOAT_RE.test(plain)) return Number(plain);
  }
  return s;
}

export interface LoadedDoc {
  root: YNode;
}

/** Parses every document of one file; undefined when the file has a YAML error (reported as SD-SCH-001). */
export function loadYaml(
  text: string,
  file: string,
  sink: Sink,
  unknownTagSeverity: Severity = 'error',
): YNode[] | undefined {
  const lc = new LineCounter();
  const deep = flowTooDeep(text, MAX_DEPTH);
  if (deep !== undefined) {
    let line = 1;
    for (let i = 0; i < deep; i++) if (text[i] === '\n') line++;
    sink.add('SD-SCH-001', { file, line, col: 1 }, `YAML nests more than ${MAX_DEPTH} levels deep`);
    return undefined;
  }
  const docs = parseAllDocuments(text, {
    lineCounter: lc,
    uniqueKeys: false,
    schema: 'failsafe',
    strict: false,
    prettyErrors: true,
  });
  const pos = (offset: number): Loc => {
    const p = lc.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line: p.line, col: p.col };
  };
  const list = Array.isArray(docs) ? docs : [];
  let failed = false;
  for (const d of list) {
    for (const e of d.errors) {
      failed = true;
      const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      const first = /call stack/i.test(msg) ? `nests more than ${MAX_DEPTH} levels deep` : msg;
      const lp = e.linePos?.[0];
      sink.add(
        'SD-SCH-001',
        lp ? { file, line: lp.line, col: lp.col } : pos(e.pos[0]),
        `YAML syntax: ${first}`,
      );
    }
  }
  if (failed) return undefined;

  let budget = MAX_NODES;
  let exhausted = false;
  const out: YNode[] = [];
  for (const d of list) {
    if (d.contents === null || d.contents === undefined) continue;
    const converting = new Set<unknown>();
    // every alias's anchor, found in one pass (Alias.resolve walks the whole document on each call)
    const anchors = new Map<string, unknown>();
    const targets = new Map<unknown, unknown>();
    visit(d, (_key, n) => {
      if (isAlias(n)) targets.set(n, anchors.get(n.source));
      else if ((n as { anchor?: string }).anchor) anchors.set((n as { anchor: string }).anchor, n);
    });
    const resolveAlias = (n: unknown): unknown => targets.get(n);
    // nodes the document expands to, aliases counted as their anchor's size (memoised: one pass)
    const sizes = new Map<unknown, number>();
    const sizeOf = (n: unknown): number => {
      const cached = sizes.get(n);
      if (cached !== undefined) return cached;
      sizes.set(n, 1); // a cycle counts once; reported when converting
      let total = 1;
      if (isAlias(n)) total = sizeOf(resolveAlias(n));
      else if (isMap(n)) for (const p of n.items) total += 1 + sizeOf(p.key) + sizeOf(p.value);
      else if (isSeq(n)) for (const it of n.items) total += sizeOf(it);
      total = Math.min(total, MAX_NODES + 1);
      sizes.set(n, total);
      return total;
    };
    if (sizeOf(d.contents) > budget) {
      sink.add('SD-SCH-001', pos(0), 'YAML expands to too many nodes (aliases nested too deeply?)');
      return undefined;
    }

    // Compose strips !reset children while it visits an anchor, so aliases to it no longer carry them.
    const isReset = (n: unknown): boolean => {
      const t = isAlias(n) ? (resolveAlias(n) as YamlNode | undefined) : (n as YamlNode | null);
      return t?.tag === '!reset';
    };
    const conv = (node: unknown, path: Path, viaAlias = false): YNode => {
      if (path.length > MAX_DEPTH) {
        if (!exhausted) {
          exhausted = true;
          const yn = node as YamlNode | null;
          sink.add('SD-SCH-001', pos(yn?.range?.[0] ?? 0), `YAML nests more than ${MAX_DEPTH} levels deep`);
        }
        return { kind: 'scalar', value: null, loc: pos(0) };
      }
      if (--budget < 0) {
        if (!exhausted) {
          exhausted = true;
          sink.add('SD-SCH-001', pos(0), 'YAML expands to too many nodes (aliases nested too deeply?)');
        }
        return { kind: 'scalar', value: null, loc: pos(0) };
      }
      if (isAlias(node)) {
        const target = resolveAlias(node);
        const loc = pos(node.range?.[0] ?? 0);
        if (!target) {
          sink.add('SD-SCH-001', loc, `YAML syntax: unknown alias *${node.source}`);
          return { kind: 'scalar', value: null, loc };
        }
        if (converting.has(target)) {
          sink.add('SD-SCH-001', loc, `YAML syntax: alias *${node.source} refers to a node that contains it`);
          return { kind: 'scalar', value: null, loc };
        }
        return conv(target, path, true);
      }
      const yn = node as YamlNode;
      const loc = pos(yn.range?.[0] ?? 0);
      const tag = checkTag(yn.tag, tagLoc(yn, loc), path);
      if (isScalar(node)) return convScalar(node, loc, tag);
      if (isSeq(node)) {
        converting.add(node);
        const items = node.items
          .filter((it) => !(viaAlias && isReset(it)))
          .map((it, i) => conv(it, [...path, i], viaAlias));
        converting.delete(node);
        return { kind: 'seq', items, loc, ...(tag ? { tag } : {}) };
      }
      if (isMap(node)) {
        converting.add(node);
        const m = convMap(node.items, loc, path, viaAlias);
        converting.delete(node);
        if (tag) m.tag = tag;
        return m;
      }
      return { kind: 'scalar', value: null, loc };
    };

    // the tag is written before the node's value: point at it when it is on the same line
    const tagLoc = (yn: YamlNode, loc: Loc): Loc => {
      const start = yn.range?.[0];
      if (!yn.tag || start === undefined) return loc;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const i = text.lastIndexOf('!', start);
      return i >= lineStart ? pos(i) : loc;
    };
    const checkTag = (tag: string | undefined, loc: Loc, path: Path): string | undefined => {
      if (!tag || tag === '!') return undefined;
      if (COMPOSE_TAGS.has(tag)) return tag;
      if (tag.startsWith(CORE_PREFIX)) return tag;
      sink.add(
        'SD-SCH-003',
        loc,
        `${pathStr(path) || 'document'}: unknown YAML tag ${tag} (Compose understands only !reset and !override)`,
        unknownTagSeverity,
      );
      return undefined;
    };

    const convScalar = (node: YamlScalar, loc: Loc, tag: string | undefined): YScalar => {
      const source = typeof node.source === 'string' ? node.source : String(node.value ?? '');
      let value: ScalarValue;
      if (
        tag === `${CORE_PREFIX}str` ||
        tag === `${CORE_PREFIX}binary` ||
        tag === `${CORE_PREFIX}timestamp`
      ) {
        value = source;
      } else if (node.type === 'PLAIN') value = resolvePlain(source);
      else value = source;
      const s: YScalar = { kind: 'scalar', value, loc };
      if (tag && COMPOSE_TAGS.has(tag)) s.tag = tag;
      const range = node.range;
      if (range && typeof value === 'string') {
        if (node.type === 'PLAIN' && text.slice(range[0], range[1]) === value) s.colShift = 0;
        else if (
          (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
          text.slice(range[0] + 1, range[1] - 1) === value
        )
          s.colShift = 1;
      }
      return s;
    };

    const convMap = (pairs: unknown[], loc: Loc, path: Path, viaAlias: boolean): YMap => {
      const entries = new Map<string, YEntry>();
      const merges: { node: YNode; loc: Loc }[] = [];
      for (const p of pairs) {
        if (!isPair(p)) continue;
        const k = p.key as unknown;
        const kloc = pos((k as YamlNode | null)?.range?.[0] ?? (p.value as YamlNode | null)?.range?.[0] ?? 0);
        let key: string;
        if (isScalar(k)) {
          const src = typeof k.source === 'string' ? k.source : String(k.value ?? '');
          if (k.type === 'PLAIN' && src === '<<' && !k.tag) {
            merges.push({ node: conv(p.value, path, viaAlias), loc: kloc });
            continue;
          }
          const resolved = k.type === 'PLAIN' && k.tag !== `${CORE_PREFIX}str` ? resolvePlain(src) : src;
          if (typeof resolved !== 'string') {
            sink.add(
              'SD-SCH-004',
              kloc,
              `${pathStr(path) || 'top level'}: keys must be strings, got ${String(resolved)} (quote it: "${src}")`,
            );
          }
          key = src;
        } else if (k === null || k === undefined) {
          sink.add('SD-SCH-004', kloc, `${pathStr(path) || 'top level'}: empty key`);
          key = '';
        } else {
          sink.add(
            'SD-SCH-004',
            kloc,
            `${pathStr(path) || 'top level'}: keys must be strings, got a collection`,
          );
          continue;
        }
        if (viaAlias && isReset(p.value)) continue;
        const prev = entries.get(key);
        if (prev) {
          sink.add(
            'SD-SCH-002',
            kloc,
            `${pathStr([...path, key])}: duplicate key "${key}" (first defined at line ${prev.keyLoc.line})`,
          );
          continue;
        }
        const value: YNode =
          p.value === null || p.value === undefined
            ? { kind: 'scalar', value: null, loc: kloc }
            : conv(p.value, [...path, key], viaAlias);
        if ((p.value === null || p.value === undefined) && isScalar(k) && k.range) {
          value.loc = pos(k.range[2]);
        }
        entries.set(key, { key, keyLoc: kloc, value });
      }
      for (const m of merges) {
        const sources = m.node.kind === 'seq' ? m.node.items : [m.node];
        for (const src of sources) {
          if (src.kind !== 'map') {
            sink.add('SD-SCH-001', m.loc, `YAML syntax: merge key << needs a mapping or a list of mappings`);
            continue;
          }
          for (const [k, e] of src.entries) if (!entries.has(k)) entries.set(k, e);
        }
      }
      return { kind: 'map', entries, loc };
    };

    const root = conv(d.contents, []);
    out.push(root);
  }
  return exhausted ? undefined : out;
}
