// Stage 6: what compose-go checks after the schema (loader/validate.go checkConsistency, validation/*,
// graph/cycle.go, canonical port and volume parsing), reported at the nodes.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  parseBytes,
  parseCpus,
  parseGoFloat,
  parsePortSpec,
  parseVolumeSpec,
  type PortBinding,
  type VolumeMount,
} from './syntax.js';
import { bool, get, isMap, mapEntries, num, scalarText, seqItems, str, type Sink } from './tree.js';
import type { Loc, Severity, YEntry, YMap, YNode } from './types.js';

export interface ServiceInfo {
  name: string;
  entry: YEntry;
  node: YMap;
  active: boolean;
}

export function services(model: YMap | undefined, activeProfiles: Set<string>): ServiceInfo[] {
  const out: ServiceInfo[] = [];
  for (const e of mapEntries(get(model, 'services'))) {
    if (!isMap(e.value)) continue;
    const profiles = seqItems(get(e.value, 'profiles')).map(scalarText);
    const active =
      profiles.length === 0 ||
      activeProfiles.has('*') ||
      profiles.some((p) => p !== undefined && activeProfiles.has(p));
    out.push({ name: e.key, entry: e, node: e.value, active });
  }
  return out;
}

export interface ParsedVolume extends VolumeMount {
  loc: Loc;
  index: number;
  /** long syntax type when it is not bind/volume (tmpfs, npipe...) */
  rawType: string;
}

/** Volumes of a service in long form; invalid entries are skipped (and reported when a sink is given). */
export function serviceVolumes(svc: YMap, where: string, sink?: Sink): ParsedVolume[] {
  const out: ParsedVolume[] = [];
  seqItems(get(svc, 'volumes')).forEach((it, index) => {
    if (it.kind === 'scalar' && typeof it.value === 'string') {
      const v = parseVolumeSpec(it.value);
      if (typeof v === 'string') {
        sink?.add(
          'SD-SCH-004',
          it.loc,
          `${where}.volumes[${index}]: invalid volume ${JSON.stringify(it.value)}: ${v}`,
        );
        return;
      }
      out.push({ ...v, loc: it.loc, index, rawType: v.type });
    } else if (it.kind === 'map') {
      const target = str(get(it, 'target'));
      const type = str(get(it, 'type')) ?? '';
      if (target === undefined) {
        sink?.add(
          'SD-SCH-004',
          it.loc,
          `${where}.volumes[${index}]: a ${type || 'volume'} mount needs a target`,
        );
        return;
      }
      out.push({
        type: type === 'bind' ? 'bind' : 'volume',
        rawType: type,
        source: str(get(it, 'source')) ?? '',
        target,
        read_only: bool(get(it, 'read_only')) ?? false,
        loc: it.loc,
        index,
      });
    }
  });
  return out;
}

export interface ParsedPort extends PortBinding {
  loc: Loc;
  index: number;
}

/** Ports of a service in long form (ranges expanded); invalid entries reported when a sink is given. */
export function servicePorts(svc: YMap, where: string, sink?: Sink): ParsedPort[] {
  const out: ParsedPort[] = [];
  seqItems(get(svc, 'ports')).forEach((it, index) => {
    if (it.kind === 'scalar' && (typeof it.value === 'string' || typeof it.value === 'number')) {
      const r = parsePortSpec(String(it.value));
      if (typeof r === 'string') {
        sink?.add(
          'SD-SCH-004',
          it.loc,
          `${where}.ports[${index}]: expected a port like 8080:80, 127.0.0.1:8080:80 or 80/udp, got ${JSON.stringify(it.value)} (${r})`,
        );
        return;
      }
      for (const b of r) out.push({ ...b, loc: it.loc, index });
    } else if (it.kind === 'map') {
      const target = num(get(it, 'target'));
      if (target === undefined) {
        sink?.add('SD-SCH-004', it.loc, `${where}.ports[${index}]: a port mapping needs a target`);
        return;
      }
      out.push({
        host_ip: str(get(it, 'host_ip')) ?? '',
        published: scalarText(get(it, 'published')) ?? '',
        target,
        protocol: (str(get(it, 'protocol')) ?? 'tcp').toLowerCase(),
        loc: it.loc,
        index,
      });
    }
  });
  return out;
}

/** depends_on in long form: name → condition, required, loc. */
export interface Dependency {
  name: string;
  condition: string;
  required: boolean;
  restart: boolean;
  loc: Loc;
  /** where the condition is written, else the dependency itself */
  conditionLoc: Loc;
}

export function dependencies(svc: YMap): Dependency[] {
  const d = get(svc, 'depends_on');
  if (d?.kind === 'seq') {
    return d.items
      .filter((i) => i.kind === 'scalar' && i.value !== null)
      .map((i) => ({
        name: String((i as { value: unknown }).value),
        condition: 'service_started',
        required: true,
        restart: false,
        loc: i.loc,
        conditionLoc: i.loc,
      }));
  }
  return mapEntries(d).map((e) => ({
    name: e.key,
    condition: str(get(e.value, 'condition')) ?? 'service_started',
    required: bool(get(e.value, 'required')) ?? true,
    restart: bool(get(e.value, 'restart')) ?? false,
    loc: e.keyLoc,
    conditionLoc: get(e.value, 'condition')?.loc ?? e.keyLoc,
  }));
}

/** Names listed under a service's networks (list or mapping). */
export function serviceNetworks(svc: YMap): { name: string; loc: Loc }[] {
  const n = get(svc, 'networks');
  if (n?.kind === 'seq') return n.items.map((i) => ({ name: scalarText(i) ?? '', loc: i.loc }));
  return mapEntries(n).map((e) => ({ name: e.key, loc: e.keyLoc }));
}

/** Mount references (secrets/configs) of a service: short or long syntax. */
function mountRefs(list: YNode | undefined): { name: string; loc: Loc }[] {
  return seqItems(list).map((i) => ({
    name: i.kind === 'map' ? (scalarText(get(i, 'source')) ?? '') : (scalarText(i) ?? ''),
    loc: i.loc,
  }));
}

export interface ConsistencyContext {
  model: YMap;
  sink: Sink;
  projectDir: string;
  activeProfiles: Set<string>;
  /** SD-SCH-007 severity: Compose itself accepts duplicates (they fail at runtime) */
  duplicateSeverity: Severity;
}

export function checkConsistency(c: ConsistencyContext): void {
  const { model, sink } = c;
  const all = services(model, c.activeProfiles);
  const byName = new Map(all.map((s) => [s.name, s]));
  const top = (k: string): Set<string> => new Set(mapEntries(get(model, k)).map((e) => e.key));
  const networks = top('networks');
  networks.add('default');
  const volumes = top('volumes');
  const secrets = top('secrets');
  const configs = top('configs');
  const containerNames = new Map<string, string>();
  const published = new Map<string, { svc: string; loc: Loc }>();

  for (const s of all) {
    if (!s.active) continue;
    const w = `services.${s.name}`;
    const svc = s.node;
    const build = get(svc, 'build');
    const image = get(svc, 'image');
    if (image && image.kind === 'scalar' && scalarText(image) === '' && !build) {
      sink.add(
        'SD-SCH-005',
        image.loc,
        `${w}.image: ${image.kind === 'scalar' && image.raw ? `${image.raw} interpolates to` : 'is'} an empty string and there is no build; Compose refuses a service without an image or a build context`,
      );
    } else if (!image && !build) {
      sink.add(
        'SD-SCH-005',
        s.entry.keyLoc,
        `${w}: has neither image nor build (a service only defined in an override file is usually a misspelt base service)`,
      );
    }
    const ref = str(image);
    // Docker refuses such references anyway; on the host they would break log lines and markers
    // eslint-disable-next-line no-control-regex
    if (ref !== undefined && /[\s\x00-\x1f\x7f]/.test(ref)) {
      sink.add(
        'SD-SCH-004',
        image!.loc,
        `${w}.image: expected an image reference without whitespace or control characters, got ${JSON.stringify(ref)}`,
      );
    }
    const platform = str(get(svc, 'platform'));
    const platforms = get(build, 'platforms');
    if (platform && platforms && !seqItems(platforms).some((p) => scalarText(p) === platform)) {
      sink.add(
        'SD-SCH-004',
        platforms.loc,
        `${w}.build.platforms: must include the service's platform "${platform}" (Compose refuses the file otherwise)`,
      );
    }
    if (isMap(build) && get(build, 'dockerfile') && get(build, 'dockerfile_inline')) {
      sink.add(
        'SD-SCH-004',
        build.loc,
        `${w}.build: dockerfile and dockerfile_inline are mutually exclusive`,
      );
    }
    const networkMode = str(get(svc, 'network_mode'));
    if (networkMode !== undefined && get(svc, 'networks')) {
      sink.add(
        'SD-SCH-004',
        get(svc, 'network_mode')!.loc,
        `${w}: network_mode and networks are mutually exclusive`,
      );
    }
    if (networkMode?.startsWith('service:') && !byName.has(networkMode.slice(8))) {
      sink.add(
        'SD-SCH-006',
        get(svc, 'network_mode')!.loc,
        `${w}.network_mode: service "${networkMode.slice(8)}" is not defined`,
      );
    }
    for (const n of serviceNetworks(svc)) {
      if (!networks.has(n.name)) {
        sink.add(
          'SD-SCH-006',
          n.loc,
          `${w}.networks: network "${n.name}" is not defined under top-level networks`,
        );
      }
    }
    const test = get(get(svc, 'healthcheck'), 'test');
    if (test?.kind === 'seq' && test.items.length > 0) {
      const first = scalarText(test.items[0]);
      if (first !== 'CMD' && first !== 'CMD-SHELL' && first !== 'NONE') {
        sink.add(
          'SD-SCH-004',
          test.items[0].loc,
          `${w}.healthcheck.test: a list must start with "CMD", "CMD-SHELL" or "NONE", got ${JSON.stringify(first ?? null)}`,
        );
      }
    }
    for (const d of dependencies(svc)) {
      const target = byName.get(d.name);
      if (!target) {
        sink.add('SD-DEP-001', d.loc, `${w}.depends_on: service "${d.name}" is not defined`);
      } else if (!target.active && d.required) {
        sink.add('SD-DEP-001', d.loc, `${w}.depends_on: service "${d.name}" is disabled by its profiles`);
      }
    }
    for (const v of serviceVolumes(svc, w, sink)) {
      if (
        v.type === 'volume' &&
        v.rawType !== 'tmpfs' &&
        v.rawType !== 'npipe' &&
        v.rawType !== 'image' &&
        v.rawType !== 'cluster' &&
        v.source !== '' &&
        !volumes.has(v.source)
      ) {
        sink.add(
          'SD-SCH-006',
          v.loc,
          `${w}.volumes[${v.index}]: volume "${v.source}" is not defined under top-level volumes`,
        );
      }
    }
    if (isMap(build)) {
      for (const r of mountRefs(get(build, 'secrets'))) {
        if (!secrets.has(r.name))
          sink.add('SD-SCH-006', r.loc, `${w}.build.secrets: secret "${r.name}" is not defined`);
      }
    }
    for (const r of mountRefs(get(svc, 'secrets'))) {
      if (!secrets.has(r.name))
        sink.add(
          'SD-SCH-006',
          r.loc,
          `${w}.secrets: secret "${r.name}" is not defined under top-level secrets`,
        );
    }
    for (const r of mountRefs(get(svc, 'configs'))) {
      if (!configs.has(r.name))
        sink.add(
          'SD-SCH-006',
          r.loc,
          `${w}.configs: config "${r.name}" is not defined under top-level configs`,
        );
    }
    for (const f of envFiles(svc)) {
      if (f.required && !existsSync(resolve(c.projectDir, f.path))) {
        sink.add('SD-SCH-006', f.loc, `${w}.env_file: file ${JSON.stringify(f.path)} not found`);
      }
    }
    const deploy = get(svc, 'deploy');
    const scale = num(get(svc, 'scale'));
    const replicas = num(get(deploy, 'replicas'));
    if (scale !== undefined && replicas !== undefined && scale !== replicas) {
      sink.add(
        'SD-SCH-004',
        get(svc, 'scale')!.loc,
        `${w}: scale (${scale}) and deploy.replicas (${replicas}) differ`,
      );
    }
    const limits = get(get(deploy, 'resources'), 'limits');
    const reservations = get(get(deploy, 'resources'), 'reservations');
    const distinct = (
      key: string,
      other: YNode | undefined,
      otherName: string,
      parse: (v: unknown) => number | undefined,
    ): void => {
      const n = get(svc, key);
      if (!n || !other || n.kind !== 'scalar' || other.kind !== 'scalar') return;
      const a = parse(n.value);
      const b = parse(other.value);
      if (a !== undefined && b !== undefined && a !== b) {
        sink.add('SD-SCH-004', n.loc, `${w}: ${key} and ${otherName} differ`);
      }
    };
    distinct('cpus', get(limits, 'cpus'), 'deploy.resources.limits.cpus', parseCpus);
    distinct('mem_limit', get(limits, 'memory'), 'deploy.resources.limits.memory', parseBytes);
    distinct(
      'mem_reservation',
      get(reservations, 'memory'),
      'deploy.resources.reservations.memory',
      parseBytes,
    );
    distinct('pids_limit', get(limits, 'pids'), 'deploy.resources.limits.pids', (v) =>
      typeof v === 'number' ? v : Number(v),
    );
    const cn = get(svc, 'container_name');
    const containerName = scalarText(cn);
    if (containerName) {
      const other = containerNames.get(containerName);
      if (other) {
        sink.add(
          'SD-SCH-004',
          cn!.loc,
          `${w}.container_name: "${containerName}" is already used by services.${other}`,
          c.duplicateSeverity,
        );
      } else containerNames.set(containerName, s.name);
      const n = scale ?? replicas ?? 1;
      if (n > 1) {
        sink.add(
          'SD-SCH-004',
          cn!.loc,
          `${w}.container_name: cannot be combined with ${n} replicas (container names are unique)`,
        );
      }
    }
    checkUnits(svc, w, sink);
    if (isMap(build)) {
      for (const e of mapEntries(get(build, 'additional_contexts'))) {
        const t = scalarText(e.value);
        if (t?.startsWith('service:') && !byName.get(t.slice(8))?.node.entries.has('build')) {
          sink.add(
            'SD-SCH-006',
            e.value.loc,
            `${w}.build.additional_contexts.${e.key}: "${t.slice(8)}" is not a buildable service`,
          );
        }
      }
    }
    const requests = [
      ...seqItems(get(get(get(get(svc, 'deploy'), 'resources'), 'reservations'), 'devices')),
      ...seqItems(get(svc, 'gpus')),
    ];
    for (const r of requests) {
      if (get(r, 'count') && get(r, 'device_ids')) {
        sink.add(
          'SD-SCH-004',
          r.loc,
          `${w}: a device request sets both count and device_ids (they are exclusive)`,
        );
      }
    }
    seqItems(get(get(svc, 'develop'), 'watch')).forEach((wt, i) => {
      const action = str(get(wt, 'action'));
      if (action !== 'rebuild' && action !== 'restart' && action && !get(wt, 'target')) {
        sink.add(
          'SD-SCH-004',
          wt.loc,
          `${w}.develop.watch[${i}]: target is required for action ${str(get(wt, 'action'))}`,
        );
      }
      const p = get(wt, 'path');
      if (p && str(p) === '')
        sink.add('SD-SCH-004', p.loc, `${w}.develop.watch[${i}].path: must not be empty`);
    });
    for (const p of servicePorts(svc, w, sink)) {
      if (p.published === '') continue;
      const key = `${p.published}/${p.protocol}`;
      for (const ip of p.host_ip === '' || p.host_ip === '0.0.0.0' || p.host_ip === '::'
        ? ['*']
        : [p.host_ip, '*']) {
        const prev = published.get(`${ip}|${key}`) ?? (ip !== '*' ? published.get(`*|${key}`) : undefined);
        if (prev && prev.svc !== s.name) {
          sink.add(
            'SD-SCH-007',
            p.loc,
            `${w}.ports[${p.index}]: host port ${p.published}/${p.protocol} is already published by services.${prev.svc}`,
            c.duplicateSeverity,
          );
          break;
        }
      }
      published.set(
        `${p.host_ip === '' || p.host_ip === '0.0.0.0' || p.host_ip === '::' ? '*' : p.host_ip}|${key}`,
        { svc: s.name, loc: p.loc },
      );
    }
  }

  const nameNode = get(model, 'name');
  const projectName = str(nameNode);
  if (projectName !== undefined && !/^[a-z0-9][a-z0-9_-]*$/.test(projectName)) {
    sink.add(
      'SD-SCH-004',
      nameNode!.loc,
      `name: expected lowercase letters, digits, "-" and "_" starting with a letter or digit, got ${JSON.stringify(projectName)} (Compose normalises it)`,
      'warning',
    );
  }
  for (const [kind, keys] of [
    ['secrets', ['file', 'environment']],
    ['configs', ['file', 'environment', 'content']],
  ] as const) {
    for (const e of mapEntries(get(model, kind))) {
      const v = e.value;
      if (!isMap(v)) continue;
      const set = keys.filter((k) => v.entries.has(k));
      const external = bool(get(v, 'external')) === true || isMap(get(v, 'external'));
      if (set.length > 1) {
        sink.add('SD-SCH-004', e.keyLoc, `${kind}.${e.key}: ${keys.join(' | ')} are mutually exclusive`);
      } else if (set.length === 0 && !external && !v.entries.has('driver')) {
        sink.add(
          'SD-SCH-004',
          e.keyLoc,
          `${kind}.${e.key}: one of ${keys.join(' | ')} must be set (or external: true)`,
        );
      }
    }
  }
  for (const kind of ['volumes', 'networks', 'secrets', 'configs']) {
    for (const e of mapEntries(get(model, kind))) {
      if (!isMap(e.value) || bool(get(e.value, 'external')) !== true) continue;
      for (const [k, x] of e.value.entries) {
        if (k !== 'name' && k !== 'external' && !k.startsWith('x-')) {
          sink.add('SD-SCH-004', x.keyLoc, `${kind}.${e.key}: "external" and "${k}" conflict`);
        }
      }
    }
  }
  checkCycles(all, sink);
}

const SIZE_FIELDS: string[][] = [
  ['mem_limit'],
  ['mem_reservation'],
  ['memswap_limit'],
  ['shm_size'],
  ['build', 'shm_size'],
  ['deploy', 'resources', 'limits', 'memory'],
  ['deploy', 'resources', 'reservations', 'memory'],
];

/** Sizes and CPU counts that Compose decodes (and rejects when they do not parse). */
function checkUnits(svc: YMap, w: string, sink: Sink): void {
  const at = (path: string[]): YNode | undefined => path.reduce<YNode | undefined>((n, k) => get(n, k), svc);
  for (const path of SIZE_FIELDS) {
    const n = at(path);
    if (n?.kind === 'scalar' && typeof n.value === 'string' && parseBytes(n.value) === undefined) {
      sink.add(
        'SD-RES-003',
        n.loc,
        `${w}.${path.join('.')}: expected a size like 512m or 1g, got ${JSON.stringify(n.value)}`,
      );
    }
  }
  for (const k of ['limits', 'reservations']) {
    const n = at(['deploy', 'resources', k, 'cpus']);
    if (n?.kind === 'scalar' && typeof n.value === 'string' && parseGoFloat(n.value) === undefined) {
      sink.add(
        'SD-RES-003',
        n.loc,
        `${w}.deploy.resources.${k}.cpus: expected a number of CPUs like 0.5, got ${JSON.stringify(n.value)}`,
      );
    }
  }
  seqItems(get(svc, 'volumes')).forEach((v, i) => {
    const size = get(get(v, 'tmpfs'), 'size');
    if (size?.kind === 'scalar' && typeof size.value === 'string' && parseBytes(size.value) === undefined) {
      sink.add(
        'SD-RES-003',
        size.loc,
        `${w}.volumes[${i}].tmpfs.size: expected a size like 64m, got ${JSON.stringify(size.value)}`,
      );
    }
  });
}

/** depends_on plus the implicit dependencies Compose adds (links, network_mode/volumes_from service:). */
function edges(s: ServiceInfo): { name: string; loc: Loc }[] {
  const out = dependencies(s.node).map((d) => ({ name: d.name, loc: d.loc }));
  for (const l of seqItems(get(s.node, 'links'))) {
    const t = scalarText(l);
    if (t) out.push({ name: t.split(':')[0], loc: l.loc });
  }
  for (const k of ['network_mode', 'ipc', 'pid']) {
    const t = str(get(s.node, k));
    if (t?.startsWith('service:')) out.push({ name: t.slice(8), loc: get(s.node, k)!.loc });
  }
  for (const v of seqItems(get(s.node, 'volumes_from'))) {
    const t = scalarText(v);
    if (t && !t.startsWith('container:')) out.push({ name: t.split(':')[0], loc: v.loc });
  }
  return out;
}

function checkCycles(all: ServiceInfo[], sink: Sink): void {
  const active = all.filter((s) => s.active);
  const byName = new Map(active.map((s) => [s.name, s]));
  const graph = new Map(active.map((s) => [s.name, edges(s).filter((e) => byName.has(e.name))]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (n: string): void => {
    state.set(n, 1);
    stack.push(n);
    for (const e of graph.get(n) ?? []) {
      const st = state.get(e.name);
      if (st === 1) {
        const cycle = [...stack.slice(stack.indexOf(e.name)), e.name];
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          sink.add(
            'SD-DEP-002',
            e.loc,
            `services.${n}.depends_on: dependency cycle detected: ${cycle.join(' -> ')}`,
          );
        }
      } else if (st === undefined) visit(e.name);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const s of [...active].sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (!state.has(s.name)) visit(s.name);
}

export interface EnvFileRef {
  path: string;
  required: boolean;
  loc: Loc;
}

export function envFiles(svc: YMap): EnvFileRef[] {
  const n = get(svc, 'env_file');
  const items = n?.kind === 'seq' ? n.items : n ? [n] : [];
  const out: EnvFileRef[] = [];
  for (const it of items) {
    if (it.kind === 'scalar' && typeof it.value === 'string')
      out.push({ path: it.value, required: true, loc: it.loc });
    else if (it.kind === 'map') {
      const p = str(get(it, 'path'));
      if (p !== undefined) out.push({ path: p, required: bool(get(it, 'required')) ?? true, loc: it.loc });
    }
  }
  return out;
}

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/;

/** Local files and directories the model references, relative to cwd. */
export function referencedFiles(model: YMap, projectDir: string, cwd: string): string[] {
  const out = new Set<string>();
  const add = (p: string): void => {
    if (p === '' || p.startsWith('~') || REMOTE.test(p) || p.includes('://')) return;
    const abs = isAbsolute(p) ? p : resolve(projectDir, p);
    if (isAbsolute(p)) return; // host paths outside the project are not shipped
    out.add(relative(cwd, abs) || '.');
  };
  for (const e of mapEntries(get(model, 'services'))) {
    const svc = e.value;
    if (!isMap(svc)) continue;
    for (const v of serviceVolumes(svc, '')) if (v.type === 'bind') add(v.source);
    for (const f of envFiles(svc)) add(f.path);
    const build = get(svc, 'build');
    const ctx = build?.kind === 'scalar' ? scalarText(build) : str(get(build, 'context'));
    if (build) add(ctx ?? '.');
  }
  for (const kind of ['secrets', 'configs']) {
    for (const e of mapEntries(get(model, kind))) {
      const f = str(get(e.value, 'file'));
      if (f !== undefined) add(f);
    }
  }
  return [...out].sort();
}

export function projectDirOf(cwd: string, firstFile: string | undefined): string {
  return firstFile ? resolve(cwd, firstFile, '..') : cwd;
}
