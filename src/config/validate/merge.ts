// Stage 4: !reset / !override, the override-file merge rules and the uniqueness of list entries (compose-go
// loader/reset.go, override/merge.go, override/uncity.go), on position-carrying trees.
import { matches } from './interpolate.js';
import { cleanPath, parseVolumeSpec } from './syntax.js';
import { pathStr, type Sink } from './tree.js';
import type { Loc, Path, YEntry, YMap, YNode, YScalar, YSeq } from './types.js';

/** Removes `!reset` nodes and records the map paths tagged `!reset` / `!override`. */
export function stripResets(node: YNode, path: Path, resets: Path[], inSeq = false): YNode | undefined {
  if (node.tag === '!reset') {
    if (!inSeq) resets.push(path);
    return undefined;
  }
  if (node.tag === '!override' && !inSeq) resets.push(path);
  if (node.kind === 'map') {
    const entries = new Map<string, YEntry>();
    for (const [k, e] of node.entries) {
      const v = stripResets(e.value, [...path, k], resets, inSeq);
      if (v) entries.set(k, { ...e, value: v });
    }
    return { ...node, entries };
  }
  if (node.kind === 'seq') {
    const items: YNode[] = [];
    node.items.forEach((it, i) => {
      const v = stripResets(it, [...path, i], resets, true);
      if (v) items.push(v);
    });
    return { ...node, items };
  }
  return node;
}

/** Deletes the recorded paths from the model merged so far. */
export function applyResets(dict: YMap, resets: Path[]): YMap {
  let out = dict;
  for (const p of resets) out = deleteAt(out, p) as YMap;
  return out;
}

function deleteAt(node: YNode, path: Path): YNode {
  if (path.length === 0 || node.kind !== 'map') return node;
  const [head, ...rest] = path;
  if (typeof head !== 'string') return node;
  const e = node.entries.get(head);
  if (!e) return node;
  const entries = new Map(node.entries);
  if (rest.length === 0) entries.delete(head);
  else entries.set(head, { ...e, value: deleteAt(e.value, rest) });
  return { ...node, entries };
}

type Merger = (base: YNode, over: YNode, path: Path, sink: Sink) => YNode;

const SPECIALS: [string[], Merger][] = [];
const special = (p: string, m: Merger): void => void SPECIALS.push([p.split('.'), m]);

function override(_b: YNode, o: YNode): YNode {
  return o;
}

function scalarItem(value: string, loc: Loc): YScalar {
  return { kind: 'scalar', value, loc };
}

function toSequence(n: YNode): YNode[] {
  if (n.kind === 'seq') return n.items;
  if (n.kind === 'map') {
    const items = [...n.entries.values()].flatMap((e) => {
      const v = e.value;
      if (v.kind === 'seq') {
        return v.items.map((x) =>
          scalarItem(`${e.key}=${x.kind === 'scalar' ? String(x.value) : ''}`, x.loc),
        );
      }
      const text = v.kind === 'scalar' ? (v.value === null ? e.key : `${e.key}=${String(v.value)}`) : e.key;
      const s = scalarItem(text, e.keyLoc);
      if (v.kind === 'scalar' && typeof v.raw === 'string') s.raw = `${e.key}=${v.raw}`;
      return [s];
    });
    return items.sort((a, b) =>
      String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0,
    );
  }
  if (n.kind === 'scalar' && typeof n.value === 'string') return [n];
  return [];
}

function mergeToSequence(b: YNode, o: YNode): YNode {
  return { kind: 'seq', items: [...toSequence(b), ...toSequence(o)], loc: b.loc };
}

/** extra_hosts: the union, entries of the override already in the base dropped. */
function mergeExtraHosts(b: YNode, o: YNode): YNode {
  const base = toSequence(b);
  const have = new Set(base.map((x) => (x.kind === 'scalar' ? String(x.value) : '')));
  const add = toSequence(o).filter((x) => !(x.kind === 'scalar' && have.has(String(x.value))));
  return { kind: 'seq', items: [...base, ...add], loc: b.loc };
}

function toMapping(n: YNode, dflt: (loc: Loc) => YNode): YMap | undefined {
  if (n.kind === 'map') return n;
  if (n.kind === 'seq') {
    const entries = new Map<string, YEntry>();
    for (const it of n.items) {
      const key = it.kind === 'scalar' ? String(it.value) : '';
      entries.set(key, { key, keyLoc: it.loc, value: dflt(it.loc) });
    }
    return { kind: 'map', entries, loc: n.loc };
  }
  return undefined;
}

const nullAt = (loc: Loc): YNode => ({ kind: 'scalar', value: null, loc });
const startedAt = (loc: Loc): YNode => ({
  kind: 'map',
  loc,
  entries: new Map<string, YEntry>([
    ['condition', { key: 'condition', keyLoc: loc, value: scalarItem('service_started', loc) }],
    ['required', { key: 'required', keyLoc: loc, value: { kind: 'scalar', value: true, loc } }],
  ]),
});

function mappingMerger(dflt: (loc: Loc) => YNode): Merger {
  return (b, o, path, sink) => {
    const bm = toMapping(b, dflt);
    const om = toMapping(o, dflt);
    if (!bm) return o;
    if (!om) return bm;
    return mergeMappings(bm, om, path, sink);
  };
}

function mergeBuild(b: YNode, o: YNode, path: Path, sink: Sink): YNode {
  const asMap = (n: YNode): YMap | undefined =>
    n.kind === 'map'
      ? n
      : n.kind === 'scalar' && typeof n.value === 'string'
        ? {
            kind: 'map',
            loc: n.loc,
            entries: new Map([['context', { key: 'context', keyLoc: n.loc, value: n }]]),
          }
        : undefined;
  const bm = asMap(b);
  const om = asMap(o);
  if (!bm || !om) return o;
  return mergeMappings(bm, om, path, sink);
}

function mergeLogging(b: YNode, o: YNode, path: Path, sink: Sink): YNode {
  if (b.kind !== 'map' || o.kind !== 'map') return o;
  const d1 = o.entries.get('driver')?.value;
  const d2 = b.entries.get('driver')?.value;
  const same = d1?.kind === 'scalar' && d2?.kind === 'scalar' && d1.value === d2.value;
  if (same || !d1 || !d2) return mergeMappings(b, o, path, sink);
  return o;
}

function mergeIpamConfig(b: YNode, o: YNode): YNode {
  if (b.kind !== 'seq' || o.kind !== 'seq') return o;
  const subnet = (n: YNode): unknown =>
    n.kind === 'map' ? (n.entries.get('subnet')?.value as YScalar)?.value : undefined;
  const out: YNode[] = [...b.items];
  for (const item of o.items) {
    const i = out.findIndex((x) => subnet(x) === subnet(item));
    if (i >= 0) out[i] = item;
    else out.push(item);
  }
  return { ...b, items: out };
}

for (const p of [
  'networks.*.labels',
  'volumes.*.labels',
  'services.*.annotations',
  'services.*.build.args',
  'services.*.build.additional_contexts',
  'services.*.build.labels',
  'services.*.deploy.labels',
  'services.*.dns',
  'services.*.dns_opt',
  'services.*.dns_search',
  'services.*.env_file',
  'services.*.environment',
  'services.*.label_file',
  'services.*.labels',
  'services.*.sysctls',
  'services.*.tmpfs',
]) {
  special(p, mergeToSequence);
}
special('services.*.extra_hosts', mergeExtraHosts);
special('services.*.build.extra_hosts', mergeExtraHosts);
special('networks.*.ipam.config', mergeIpamConfig);
special('services.*.build', mergeBuild);
special('services.*.command', override);
special('services.*.entrypoint', override);
special('services.*.healthcheck.test', override);
special('services.*.depends_on', mappingMerger(startedAt));
special('services.*.logging', mergeLogging);
special('services.*.networks', mappingMerger(nullAt));
special('services.*.ulimits.*', override);

function mergeNode(b: YNode, o: YNode, path: Path, sink: Sink): YNode {
  for (const [pattern, m] of SPECIALS) if (matches(path, pattern)) return m(b, o, path, sink);
  if (o.kind === 'scalar' && o.value === null) return b;
  if (b.kind === 'map') {
    if (o.kind !== 'map') {
      sink.add('SD-SCH-004', o.loc, `${pathStr(path)}: cannot override a mapping with ${kindName(o)}`);
      return b;
    }
    return mergeMappings(b, o, path, sink);
  }
  if (b.kind === 'seq') {
    if (o.kind !== 'seq') {
      sink.add('SD-SCH-004', o.loc, `${pathStr(path)}: cannot override a list with ${kindName(o)}`);
      return b;
    }
    return { ...b, items: [...b.items, ...o.items] };
  }
  return o;
}

function kindName(n: YNode): string {
  return n.kind === 'map' ? 'a mapping' : n.kind === 'seq' ? 'a list' : 'a scalar';
}

export function mergeMappings(b: YMap, o: YMap, path: Path, sink: Sink): YMap {
  const entries = new Map(b.entries);
  for (const [k, e] of o.entries) {
    const prev = entries.get(k);
    if (!prev || k.startsWith('x-')) {
      entries.set(k, e);
      continue;
    }
    entries.set(k, { ...prev, value: mergeNode(prev.value, e.value, [...path, k], sink) });
  }
  return { ...b, entries };
}

type Indexer = (n: YNode) => string | undefined;

const keyValue: Indexer = (n) =>
  n.kind === 'scalar' && typeof n.value === 'string' ? n.value.split('=')[0] : undefined;

const volumeIndexer: Indexer = (n) => {
  if (n.kind === 'map') {
    const t = n.entries.get('target')?.value;
    return t?.kind === 'scalar' && typeof t.value === 'string' ? cleanPath(t.value) : undefined;
  }
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    const v = parseVolumeSpec(n.value);
    return typeof v === 'string' ? undefined : cleanPath(v.target);
  }
  return undefined;
};

const mountIndexer =
  (prefix: string): Indexer =>
  (n) => {
    if (n.kind === 'scalar' && typeof n.value === 'string') return `${prefix}/${n.value}`;
    if (n.kind === 'map') {
      const t = n.entries.get('target')?.value;
      if (t?.kind === 'scalar' && t.value !== null) return String(t.value);
      const s = n.entries.get('source')?.value;
      return `${prefix}/${s?.kind === 'scalar' ? String(s.value) : ''}`;
    }
    return undefined;
  };

const portIndexer: Indexer = (n) => {
  if (n.kind === 'scalar') return n.value === null ? undefined : `${typeof n.value}:${String(n.value)}`;
  const g = (k: string): unknown => {
    const v = n.kind === 'map' ? n.entries.get(k)?.value : undefined;
    return v?.kind === 'scalar' ? v.value : undefined;
  };
  if (g('target') === undefined) return undefined;
  const pub = g('published');
  return `${g('host_ip') ?? '0.0.0.0'}:${typeof pub}:${String(pub)}:${String(g('target'))}/${g('protocol') ?? 'tcp'}`;
};

const deviceIndexer: Indexer = (n) => {
  if (n.kind === 'map') {
    const t = n.entries.get('target')?.value;
    return t?.kind === 'scalar' && typeof t.value === 'string' ? t.value : undefined;
  }
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    const parts = n.value.split(':');
    return parts.length === 1 ? parts[0] : parts[1];
  }
  return undefined;
};

const scalarIndexer: Indexer = (n) =>
  n.kind === 'scalar' && n.value !== null ? String(n.value) : n.kind === 'map' ? pathOf(n) : undefined;

function pathOf(n: YMap): string | undefined {
  const p = n.entries.get('path')?.value;
  return p?.kind === 'scalar' ? String(p.value) : undefined;
}

const UNIQUE: [string[], Indexer][] = (
  [
    ['networks.*.labels', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.configs', mountIndexer('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', scalarIndexer],
    ['services.*.expose', scalarIndexer],
    ['services.*.devices', deviceIndexer],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', portIndexer],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mountIndexer('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volumeIndexer],
  ] as [string, Indexer][]
).map(([p, f]) => [p.split('.'), f]);

/** Later entries replace earlier ones with the same identity (same env key, same mount target, same port...). */
export function enforceUnicity(node: YNode, path: Path = []): YNode {
  if (node.kind === 'map') {
    let changed = false;
    const entries = new Map<string, YEntry>();
    for (const [k, e] of node.entries) {
      const v = enforceUnicity(e.value, [...path, k]);
      if (v !== e.value) changed = true;
      entries.set(k, v === e.value ? e : { ...e, value: v });
    }
    return changed ? { ...node, entries } : node;
  }
  if (node.kind === 'seq') {
    for (const [pattern, indexer] of UNIQUE) {
      if (!matches(path, pattern)) continue;
      const out: YNode[] = [];
      const seen = new Map<string, number>();
      for (const it of node.items) {
        const key = indexer(it);
        if (key === undefined) {
          out.push(it);
          continue;
        }
        const j = seen.get(key);
        if (j !== undefined) out[j] = it;
        else {
          seen.set(key, out.length);
          out.push(it);
        }
      }
      return out.length === node.items.length && out.every((x, i) => x === node.items[i])
        ? node
        : ({ ...node, items: out } as YSeq);
    }
  }
  return node;
}

/** Merges one file's document into the model so far. */
export function mergeInto(dict: YMap | undefined, doc: YMap, sink: Sink): YMap {
  const merged = dict ? mergeMappings(dict, doc, [], sink) : doc;
  return enforceUnicity(merged) as YMap;
}
