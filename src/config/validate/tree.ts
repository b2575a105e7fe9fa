import { defaultSeverity } from './catalogue.js';
import type {
  Finding,
  Loc,
  Path,
  ScalarValue,
  Severity,
  YEntry,
  YMap,
  YNode,
  YScalar,
  YSeq,
} from './types.js';

/** Collects findings from every stage. */
export class Sink {
  readonly findings: Finding[] = [];
  add(rule: string, loc: Loc | undefined, message: string, severity: Severity = defaultSeverity(rule)): void {
    this.findings.push({
      rule,
      severity,
      message,
      file: loc?.file ?? '',
      line: loc?.line ?? 0,
      col: loc?.col ?? 0,
    });
  }
}

export const NO_LOC: Loc = { file: '', line: 0, col: 0 };

/** `services.backend.ports[0]` */
export function pathStr(path: Path): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

export function isMap(n: YNode | undefined): n is YMap {
  return n?.kind === 'map';
}
export function isSeq(n: YNode | undefined): n is YSeq {
  return n?.kind === 'seq';
}
export function isScalar(n: YNode | undefined): n is YScalar {
  return n?.kind === 'scalar';
}

export function get(n: YNode | undefined, key: string): YNode | undefined {
  return n?.kind === 'map' ? n.entries.get(key)?.value : undefined;
}

export function entry(n: YNode | undefined, key: string): YEntry | undefined {
  return n?.kind === 'map' ? n.entries.get(key) : undefined;
}

/** Walks keys and indexes; undefined when the path leaves the tree. */
export function at(n: YNode | undefined, path: Path): YNode | undefined {
  let cur = n;
  for (const p of path) {
    if (!cur) return undefined;
    if (typeof p === 'number') cur = cur.kind === 'seq' ? cur.items[p] : undefined;
    else cur = cur.kind === 'map' ? cur.entries.get(p)?.value : undefined;
  }
  return cur;
}

export function str(n: YNode | undefined): string | undefined {
  return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
}

/** A scalar as Compose would see it in a string context (numbers and booleans printed). */
export function scalarText(n: YNode | undefined): string | undefined {
  if (n?.kind !== 'scalar' || n.value === null) return undefined;
  return String(n.value);
}

export function num(n: YNode | undefined): number | undefined {
  return n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : undefined;
}

export function bool(n: YNode | undefined): boolean | undefined {
  return n?.kind === 'scalar' && typeof n.value === 'boolean' ? n.value : undefined;
}

export function mapEntries(n: YNode | undefined): YEntry[] {
  return n?.kind === 'map' ? [...n.entries.values()] : [];
}

export function seqItems(n: YNode | undefined): YNode[] {
  return n?.kind === 'seq' ? n.items : [];
}

export function scalar(value: ScalarValue, loc: Loc): YScalar {
  return { kind: 'scalar', value, loc };
}

export function toPlain(n: YNode | undefined): unknown {
  if (!n) return undefined;
  switch (n.kind) {
    case 'scalar':
      return n.value;
    case 'seq':
      return n.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of n.entries) out[k] = toPlain(e.value);
      return out;
    }
  }
}

/** Location of the node at path; falls back to the deepest existing ancestor. */
export function locAt(root: YNode | undefined, path: Path, preferKey = false): Loc | undefined {
  let cur: YNode | undefined = root;
  let loc = root?.loc;
  for (const p of path) {
    if (!cur) break;
    if (typeof p === 'number') {
      const item: YNode | undefined = cur.kind === 'seq' ? cur.items[p] : undefined;
      if (!item) break;
      loc = item.loc;
      cur = item;
    } else {
      const e: YEntry | undefined = cur.kind === 'map' ? cur.entries.get(p) : undefined;
      if (!e) break;
      loc = preferKey && p === path[path.length - 1] ? e.keyLoc : e.value.loc;
      cur = e.value;
    }
  }
  return loc;
}

/** A short description of a value for messages: "ten", 10, a mapping, a list. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  return String(v);
}

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
