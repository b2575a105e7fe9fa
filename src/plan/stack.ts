/** The deploy's view of a merged compose model: services in dependency order, images, files to ship. Pure. */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { ConfigError } from '../util/errors.js';

export interface ServicePlan {
  name: string;
  image: string;
  /** runs to completion (migrations); verified by exit code, not health */
  oneshot: boolean;
  dependsOn: string[];
  hasHealthcheck: boolean;
  /** seconds a healthy start may take by its own health check settings */
  healthBudgetSec: number;
  /** local files bind-mounted into it, relative to the project directory */
  bindFiles: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Seconds from a compose duration (`1m30s`, `500ms`, `10s`, or a number of seconds). */
export function durationSec(v: unknown, fallback: number): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || !v.trim()) return fallback;
  const re = /(\d+(?:\.\d+)?)(ms|us|ns|h|m|s)/g;
  let total = 0;
  let matched = '';
  for (const m of v.matchAll(re)) {
    const n = Number(m[1]);
    total +=
      m[2] === 'h' ? n * 3600 : m[2] === 'm' ? n * 60 : m[2] === 's' ? n : m[2] === 'ms' ? n / 1000 : 0;
    matched += m[0];
  }
  return matched === v.trim() ? total : fallback;
}

function dependsOnOf(svc: Obj): { name: string; condition: string }[] {
  const d = svc.depends_on;
  if (Array.isArray(d)) return d.map((n) => ({ name: String(n), condition: 'service_started' }));
  if (isObj(d))
    return Object.entries(d).map(([name, v]) => ({
      name,
      condition: isObj(v) && typeof v.condition === 'string' ? v.condition : 'service_started',
    }));
  return [];
}

function isRelative(p: string): boolean {
  return p.startsWith('./') || p.startsWith('../') || p === '.' || p === '..';
}

/** Relative host paths a service bind-mounts, from short (`./a:/b:ro`) or long syntax. */
export function bindSources(svc: Obj): string[] {
  const out: string[] = [];
  for (const v of Array.isArray(svc.volumes) ? svc.volumes : []) {
    if (typeof v === 'string') {
      const src = v.split(':')[0];
      if (isRelative(src)) out.push(posix.normalize(src));
    } else if (isObj(v) && v.type === 'bind' && typeof v.source === 'string' && isRelative(v.source)) {
      out.push(posix.normalize(v.source));
    }
  }
  return out;
}

/** Relative files a service or the top level reads at deploy time (env_file, configs, secrets). */
function envFiles(svc: Obj): string[] {
  const e = svc.env_file;
  const list = Array.isArray(e) ? e : e === undefined ? [] : [e];
  return list
    .map((x) => (typeof x === 'string' ? x : isObj(x) && typeof x.path === 'string' ? x.path : ''))
    .filter((p) => p && !posix.isAbsolute(p))
    .map((p) => posix.normalize(p));
}

/** Every local path (relative to the project directory) the release must carry; build contexts excluded. */
export function shippedPaths(model: Obj): string[] {
  const out = new Set<string>();
  const services = isObj(model.services) ? model.services : {};
  for (const svc of Object.values(services)) {
    if (!isObj(svc)) continue;
    for (const p of [...bindSources(svc), ...envFiles(svc)]) out.add(p);
  }
  for (const section of ['configs', 'secrets']) {
    const s = model[section];
    if (!isObj(s)) continue;
    for (const v of Object.values(s))
      if (isObj(v) && typeof v.file === 'string' && !posix.isAbsolute(v.file))
        out.add(posix.normalize(v.file));
  }
  return [...out].sort();
}

/** Services in dependency order (dependencies first), ties by name. Cycles are a validation error upstream. */
export function dependencyOrder(model: Obj): string[] {
  const services = isObj(model.services) ? model.services : {};
  const names = Object.keys(services).sort();
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (n: string, stack: Set<string>) => {
    if (seen.has(n) || stack.has(n) || !(n in services)) return;
    stack.add(n);
    const svc = services[n];
    for (const d of isObj(svc)
      ? dependsOnOf(svc)
          .map((x) => x.name)
          .sort()
      : [])
      visit(d, stack);
    stack.delete(n);
    seen.add(n);
    out.push(n);
  };
  for (const n of names) visit(n, new Set());
  return out;
}

export interface StackOptions {
  migrateService?: string;
  /** COMPOSE_PROFILES: services with profiles none of which is active are not started by compose up */
  profiles?: readonly string[];
}

/** Whether `compose up` starts a service: no profiles, or one of them active. */
function active(svc: unknown, profiles: readonly string[]): boolean {
  const p = isObj(svc) && Array.isArray(svc.profiles) ? svc.profiles.map(String) : [];
  return p.length === 0 || p.some((x) => profiles.includes(x) || profiles.includes('*'));
}

/** Active profiles from COMPOSE_PROFILES (comma separated). */
export function profilesOf(env: Record<string, string | undefined>): string[] {
  return (env.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * The migrate one-shot of this stack: the default name only when the stack has that service; a name
 * given explicitly must be one of the stack's services.
 */
export function migrateServiceOf(
  model: Obj,
  name: string | undefined,
  explicit: boolean,
  profiles: readonly string[] = [],
): string | undefined {
  if (!name) return undefined;
  const services = isObj(model.services) ? model.services : {};
  if (name in services && active(services[name], profiles)) return name;
  if (!explicit) return undefined;
  const names = Object.keys(services).filter((n) => active(services[n], profiles));
  throw new ConfigError(
    `migrate-service: "${name}" is not a service of the stack (services: ${names.sort().join(', ') || 'none'}); name one of them or set it empty`,
  );
}

/** The deploy plan's services from the merged model: those compose up starts, in dependency order. */
export function servicesOf(model: Obj, opts: StackOptions): ServicePlan[] {
  const all = isObj(model.services) ? model.services : {};
  const services = Object.fromEntries(Object.entries(all).filter(([, v]) => active(v, opts.profiles ?? [])));
  const completedTargets = new Set<string>();
  for (const svc of Object.values(services))
    if (isObj(svc))
      for (const d of dependsOnOf(svc))
        if (d.condition === 'service_completed_successfully') completedTargets.add(d.name);
  return dependencyOrder({ services }).map((name) => {
    const svc = services[name] as Obj;
    const ext = isObj(svc['x-stack-deploy']) ? svc['x-stack-deploy'] : {};
    const hc = isObj(svc.healthcheck) ? svc.healthcheck : undefined;
    const hasHealthcheck = !!hc && hc.disable !== true && !(Array.isArray(hc.test) && hc.test[0] === 'NONE');
    const interval = durationSec(hc?.interval, 30);
    const timeout = durationSec(hc?.timeout, 30);
    const retries = typeof hc?.retries === 'number' ? hc.retries : Number(hc?.retries ?? 3) || 3;
    const startPeriod = durationSec(hc?.start_period, 0);
    return {
      name,
      image: typeof svc.image === 'string' ? svc.image : '',
      oneshot: name === opts.migrateService || completedTargets.has(name) || ext.role === 'oneshot',
      dependsOn: dependsOnOf(svc).map((d) => d.name),
      hasHealthcheck,
      healthBudgetSec: hasHealthcheck ? Math.ceil(startPeriod + (interval + timeout) * (retries + 1)) : 10,
      bindFiles: bindSources(svc),
    };
  });
}

/** Default health-timeout: the slowest service's own budget, at least 30 s. */
export function defaultHealthTimeout(services: readonly ServicePlan[]): number {
  return Math.max(30, ...services.filter((s) => !s.oneshot).map((s) => s.healthBudgetSec));
}

/** Content hash of a set of files (path + bytes), for "its bind-mounted files changed". */
export function contentHash(entries: readonly { path: string; data: Buffer }[]): string {
  const h = createHash('sha256');
  for (const e of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
    h.update(e.path + '\0');
    h.update(e.data);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}
