// Stage 3: interpolation of one file's values (never keys), then Compose's type casts for known paths.
import { MAX_INTERPOLATION_DEPTH, substitute, type Lookup } from './template.js';
import { pathStr, type Sink } from './tree.js';
import type { Loc, Path, ScalarValue, YEntry, YNode, YScalar } from './types.js';

type Cast = 'int' | 'float' | 'bool';

const CASTS: [string[], Cast][] = (
  [
    ['services.*.configs.[].mode', 'int'],
    ['services.*.cpu_count', 'int'],
    ['services.*.cpu_percent', 'float'],
    ['services.*.cpu_period', 'int'],
    ['services.*.cpu_quota', 'int'],
    ['services.*.cpu_rt_period', 'int'],
    ['services.*.cpu_rt_runtime', 'int'],
    ['services.*.cpus', 'float'],
    ['services.*.cpu_shares', 'int'],
    ['services.*.init', 'bool'],
    ['services.*.deploy.replicas', 'int'],
    ['services.*.deploy.update_config.parallelism', 'int'],
    ['services.*.deploy.update_config.max_failure_ratio', 'float'],
    ['services.*.deploy.rollback_config.parallelism', 'int'],
    ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
    ['services.*.deploy.restart_policy.max_attempts', 'int'],
    ['services.*.deploy.placement.max_replicas_per_node', 'int'],
    ['services.*.healthcheck.retries', 'int'],
    ['services.*.healthcheck.disable', 'bool'],
    ['services.*.oom_kill_disable', 'bool'],
    ['services.*.oom_score_adj', 'int'],
    ['services.*.pids_limit', 'int'],
    ['services.*.ports.[].target', 'int'],
    ['services.*.privileged', 'bool'],
    ['services.*.read_only', 'bool'],
    ['services.*.scale', 'int'],
    ['services.*.secrets.[].mode', 'int'],
    ['services.*.stdin_open', 'bool'],
    ['services.*.tty', 'bool'],
    ['services.*.ulimits.*', 'int'],
    ['services.*.ulimits.*.hard', 'int'],
    ['services.*.ulimits.*.soft', 'int'],
    ['services.*.volumes.[].read_only', 'bool'],
    ['services.*.volumes.[].volume.nocopy', 'bool'],
    ['networks.*.external', 'bool'],
    ['networks.*.internal', 'bool'],
    ['networks.*.attachable', 'bool'],
    ['networks.*.enable_ipv6', 'bool'],
    ['volumes.*.external', 'bool'],
    ['secrets.*.external', 'bool'],
    ['configs.*.external', 'bool'],
  ] as [string, Cast][]
).map(([p, c]) => [p.split('.'), c]);

/** Matches a compose-go tree path pattern (`*` any key, `[]` any list index). */
export function matches(path: Path, pattern: string[]): boolean {
  if (path.length !== pattern.length) return false;
  for (let i = 0; i < path.length; i++) {
    const p = pattern[i];
    const seg = path[i];
    if (p === '[]') {
      if (typeof seg !== 'number') return false;
    } else if (p === '*') {
      if (typeof seg === 'number') return false;
    } else if (p !== seg) return false;
  }
  return true;
}

function castFor(path: Path): Cast | undefined {
  for (const [pattern, c] of CASTS) if (matches(path, pattern)) return c;
  return undefined;
}

function doCast(c: Cast, s: string): ScalarValue | undefined {
  switch (c) {
    case 'int':
      return /^[-+]?[0-9]+$/.test(s) ? parseInt(s, 10) : undefined;
    case 'float': {
      if (/^[-+]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
      if (/^nan$/i.test(s)) return NaN;
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined;
    }
    case 'bool': {
      const l = s.toLowerCase();
      if (l === 'true' || l === 'y' || l === 'yes' || l === 'on') return true;
      if (l === 'false' || l === 'n' || l === 'no' || l === 'off') return false;
      return undefined;
    }
  }
}

const EXPECT: Record<Cast, string> = {
  int: 'an integer',
  float: 'a number',
  bool: 'a boolean (true or false)',
};

export interface VariableUse {
  name: string;
  loc: Loc;
  /** the path of the value that uses it */
  path: string;
}

export interface InterpolateOptions {
  lookup: Lookup;
  sink: Sink;
  unsetSeverity: 'error' | 'warning';
  /** every variable reference, for the variables schema checks */
  uses: VariableUse[];
}

export function locIn(s: YScalar, offset: number): Loc {
  if (s.colShift === undefined) return s.loc;
  return { file: s.loc.file, line: s.loc.line, col: s.loc.col + s.colShift + offset };
}

/** Returns a new tree with every string value interpolated and cast; never mutates its input. */
export function interpolateTree(node: YNode, path: Path, o: InterpolateOptions): YNode {
  switch (node.kind) {
    case 'map': {
      const entries = new Map<string, YEntry>();
      for (const [k, e] of node.entries) {
        entries.set(k, { ...e, value: interpolateTree(e.value, [...path, k], o) });
      }
      return { ...node, entries };
    }
    case 'seq':
      return { ...node, items: node.items.map((it, i) => interpolateTree(it, [...path, i], o)) };
    case 'scalar':
      return interpolateScalar(node, path, o);
  }
}

function interpolateScalar(node: YScalar, path: Path, o: InterpolateOptions): YScalar {
  if (typeof node.value !== 'string') return node;
  const where = pathStr(path);
  let value: string = node.value;
  let out: YScalar = node;
  if (value.includes('$')) {
    const r = substitute(value, o.lookup);
    for (const name of new Set(r.used)) o.uses.push({ name, loc: node.loc, path: where });
    for (const issue of r.issues) {
      const loc = locIn(node, issue.offset);
      if (issue.kind === 'invalid') {
        o.sink.add(
          'SD-ENV-002',
          loc,
          `${where}: invalid interpolation format in ${JSON.stringify(issue.text)}; escape a literal $ as $$`,
        );
      } else if (issue.kind === 'too-deep') {
        o.sink.add(
          'SD-ENV-002',
          loc,
          `${where}: \${…} nested more than ${MAX_INTERPOLATION_DEPTH} levels deep; not interpolated`,
        );
      } else if (issue.kind === 'required') {
        o.sink.add(
          'SD-ENV-003',
          loc,
          `${where}: required variable ${issue.name} is missing a value${issue.reason ? `: ${issue.reason}` : ''}`,
        );
      } else {
        o.sink.add(
          'SD-ENV-004',
          loc,
          `${where}: variable ${issue.name} is not set and has no default; Compose uses an empty string`,
          o.unsetSeverity,
        );
      }
    }
    if (r.value !== value) {
      out = { ...node, value: r.value, raw: node.raw ?? value };
      value = r.value;
    }
  }
  const c = castFor(path);
  if (c) {
    const cast = doCast(c, value);
    if (cast === undefined) {
      o.sink.add('SD-SCH-004', node.loc, `${where}: expected ${EXPECT[c]}, got ${JSON.stringify(value)}`);
      return out;
    }
    return { ...out, value: cast, raw: out.raw ?? value };
  }
  return out;
}
