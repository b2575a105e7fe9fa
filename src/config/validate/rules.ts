// Stage 7: the stack rules (SD-DEP, SD-NET, SD-VOL, SD-HC, SD-RST, SD-RES, SD-SEC, SD-ENV-005/007) on the
// merged model, scoped by profile and service role.
import {
  dependencies,
  servicePorts,
  serviceNetworks,
  serviceVolumes,
  type ServiceInfo,
} from './consistency.js';
import { isCredentialName, parseUrl } from './envschema.js';
import { locIn } from './interpolate.js';
import type { Role } from './roles.js';
import { parseBytes, parseCpus, parseDuration } from './syntax.js';
import { referencedNames } from './template.js';
import {
  bool,
  entry,
  get,
  isMap,
  mapEntries,
  pathStr,
  scalarText,
  seqItems,
  str,
  type Sink,
} from './tree.js';
import type { Loc, Path, Severity, YMap, YNode, YScalar } from './types.js';

export interface RuleContext {
  model: YMap;
  services: ServiceInfo[];
  roles: Map<string, Role>;
  profile: 'prod' | 'dev';
  sink: Sink;
  /** per-file documents after interpolation (before merge), for literal-value rules */
  fileDocs: YMap[];
  /** effective variables (extra vars, .env, process env) */
  lookup: (name: string) => string | undefined;
  env: { key: string; value: string; loc: Loc }[];
}

interface EnvVar {
  key: string;
  value: string | null;
  node: YNode;
  /** raw text before interpolation, when it differed */
  raw?: string;
}

/** A service's environment (list or mapping syntax) as entries. */
export function serviceEnv(svc: YMap): EnvVar[] {
  const env = get(svc, 'environment');
  if (env?.kind === 'seq') {
    return env.items.flatMap((it) => {
      if (it.kind !== 'scalar' || typeof it.value !== 'string') return [];
      const i = it.value.indexOf('=');
      const key = i < 0 ? it.value : it.value.slice(0, i);
      const raw = it.raw !== undefined ? it.raw.slice(it.raw.indexOf('=') + 1) : undefined;
      return [{ key, value: i < 0 ? null : it.value.slice(i + 1), node: it, raw }];
    });
  }
  return mapEntries(env).map((e) => ({
    key: e.key,
    value: e.value.kind === 'scalar' && e.value.value !== null ? String(e.value.value) : null,
    node: e.value,
    raw: e.value.kind === 'scalar' ? e.value.raw : undefined,
  }));
}

const RESTART_RE = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;

function restartOf(svc: YMap): { value: string | undefined; node: YNode | undefined } {
  const n = get(svc, 'restart');
  return { value: scalarText(n), node: n };
}

function hasHealthcheck(svc: YMap): boolean {
  const hc = get(svc, 'healthcheck');
  if (!isMap(hc)) return false;
  if (bool(get(hc, 'disable')) === true) return false;
  const test = get(hc, 'test');
  if (!test) return false;
  if (test.kind === 'seq') return test.items.length > 0 && scalarText(test.items[0]) !== 'NONE';
  return scalarText(test) !== undefined && scalarText(test) !== '';
}

/** A container that exits: restart "no" (or unset) or a bounded on-failure:N. */
function isOneShotRestart(svc: YMap): boolean {
  const r = restartOf(svc).value;
  if (r !== undefined) return r === 'no' || /^on-failure:\d+$/.test(r);
  const policy = get(get(svc, 'deploy'), 'restart_policy');
  const cond = str(get(policy, 'condition'));
  if (cond === 'any') return false;
  if (cond === 'on-failure') return get(policy, 'max_attempts') !== undefined;
  return true;
}

const SENSITIVE =
  /^(\/|\/etc(\/.*)?|\/proc(\/.*)?|\/sys(\/.*)?|\/dev\/?|\/boot(\/.*)?|\/root(\/.*)?|\/var\/run\/docker\.sock|\/run\/docker\.sock|\/var\/run|\/run|\/var\/lib\/docker(\/.*)?|(~|\/home\/[^/]+)\/\.(ssh|docker|gnupg|aws|kube)(\/.*)?)$/;
const SENSITIVE_RO_OK = /^\/etc\/(localtime|timezone)$/;
const CERT_OR_LOG = /(^|\/)(certs?|ssl|letsencrypt|acme|logs?)(\/|$)|^\/var\/log/;
const DANGEROUS_CAPS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
  'SYS_BOOT',
  'MAC_ADMIN',
]);
const MUTABLE_TAGS = new Set([
  'latest',
  'stable',
  'edge',
  'nightly',
  'main',
  'master',
  'dev',
  'develop',
  'mainline',
  'current',
]);
const URL_WITH_PASSWORD = /\b([a-z][a-z0-9+.-]*):\/\/([^:/@\s]*):([^@\s/]+)@/gi;
const BOT_TOKEN = /(?<![A-Za-z0-9])\d{6,12}:[A-Za-z0-9_-]{30,40}(?![A-Za-z0-9_-])/;

export function runRules(c: RuleContext): void {
  const { sink, profile, roles } = c;
  const prod = profile === 'prod';
  const active = c.services.filter((s) => s.active);
  const byName = new Map(active.map((s) => [s.name, s]));
  const roleOf = (name: string): Role | undefined => roles.get(name);
  const completedTargets = new Set<string>();
  for (const s of active) {
    for (const d of dependencies(s.node))
      if (d.condition === 'service_completed_successfully') completedTargets.add(d.name);
  }
  const longRunning = (s: ServiceInfo): boolean =>
    roleOf(s.name) !== 'oneshot' && !completedTargets.has(s.name);
  const dbs = active.filter((s) => roleOf(s.name) === 'db');
  const oneshots = active.filter((s) => roleOf(s.name) === 'oneshot');
  const topNetworks = get(c.model, 'networks');

  for (const s of active) {
    const w = `services.${s.name}`;
    const svc = s.node;
    const role = roleOf(s.name);
    const key = s.entry.keyLoc;
    const deps = dependencies(svc);
    const env = serviceEnv(svc);

    // SD-DEP-003, SD-DEP-006
    for (const d of deps) {
      const t = byName.get(d.name);
      if (!t) continue;
      if (d.condition === 'service_healthy' && !hasHealthcheck(t.node)) {
        sink.add(
          'SD-DEP-003',
          d.loc,
          `${w}.depends_on.${d.name}: condition service_healthy, but ${d.name} has no healthcheck (Compose fails at runtime unless the image defines one)`,
        );
      }
      if (d.condition === 'service_completed_successfully' && !isOneShotRestart(t.node)) {
        sink.add(
          'SD-DEP-006',
          d.loc,
          `${w}.depends_on.${d.name}: condition service_completed_successfully, but ${d.name} restarts (${restartOf(t.node).value ?? 'deploy.restart_policy'}); it must be a one-shot with restart "no"`,
        );
      }
    }

    // SD-DEP-004: app services that use the database wait for migrations
    if (role === 'app' && oneshots.length > 0 && touchesDatabase(env, deps, dbs)) {
      for (const m of oneshots) {
        const d = deps.find((x) => x.name === m.name);
        if (!d) {
          sink.add(
            'SD-DEP-004',
            entry(svc, 'depends_on')?.keyLoc ?? key,
            `${w}: uses the database but does not depend on ${m.name}; add depends_on.${m.name}.condition: service_completed_successfully`,
          );
        } else if (d.condition !== 'service_completed_successfully') {
          sink.add(
            'SD-DEP-004',
            d.conditionLoc,
            `${w}.depends_on.${m.name}: expected condition service_completed_successfully, got ${d.condition}`,
          );
        }
      }
    }
    // SD-DEP-005: migrations wait for a healthy database
    if (role === 'oneshot') {
      for (const db of dbs) {
        const d = deps.find((x) => x.name === db.name);
        if (!d) {
          sink.add(
            'SD-DEP-005',
            entry(svc, 'depends_on')?.keyLoc ?? key,
            `${w}: does not depend on ${db.name}; add depends_on.${db.name}.condition: service_healthy`,
          );
        } else if (d.condition !== 'service_healthy') {
          sink.add(
            'SD-DEP-005',
            d.conditionLoc,
            `${w}.depends_on.${db.name}: expected condition service_healthy, got ${d.condition}`,
          );
        }
      }
    }

    // SD-NET-001 / 002
    const ports = servicePorts(svc, w);
    if (role === 'db' || role === 'cache') {
      for (const p of ports) {
        if (prod) {
          sink.add(
            'SD-NET-002',
            p.loc,
            `${w}.ports[${p.index}]: the ${role === 'db' ? 'database' : 'cache'} must not publish ports in prod`,
          );
        } else if (p.host_ip !== '127.0.0.1' && p.host_ip !== '::1') {
          sink.add(
            'SD-NET-002',
            p.loc,
            `${w}.ports[${p.index}]: in dev publish the ${role === 'db' ? 'database' : 'cache'} only on 127.0.0.1 (e.g. "127.0.0.1:${p.published || p.target}:${p.target}")`,
          );
        }
      }
    } else if (prod) {
      for (const p of ports) {
        if (role !== 'proxy') {
          sink.add(
            'SD-NET-001',
            p.loc,
            `${w}.ports[${p.index}]: only the proxy publishes ports in prod${p.published === '' ? ` (container port ${p.target} gets a random host port)` : ''}`,
          );
        } else if (p.published !== '80' && p.published !== '443') {
          sink.add(
            'SD-NET-001',
            p.loc,
            `${w}.ports[${p.index}]: the proxy publishes only 80 and 443 in prod, got ${p.published || `a random port for ${p.target}`}`,
          );
        }
      }
    }
    // SD-NET-003
    if (prod && (role === 'db' || role === 'cache') && get(svc, 'network_mode') === undefined) {
      const nets = serviceNetworks(svc);
      const list = nets.length ? nets : [{ name: 'default', loc: key }];
      for (const n of list) {
        const def = get(topNetworks, n.name);
        if (bool(get(def, 'internal')) !== true) {
          sink.add(
            'SD-NET-003',
            n.loc,
            `${w}: network "${n.name}" is not internal; attach the ${role === 'db' ? 'database' : 'cache'} only to networks with internal: true`,
          );
        }
      }
    }
    // SD-NET-004
    if (str(get(svc, 'network_mode')) === 'host') {
      sink.add(
        'SD-NET-004',
        get(svc, 'network_mode')!.loc,
        `${w}.network_mode: host bypasses network isolation and port mapping`,
        prod ? 'error' : 'warning',
      );
    }

    // SD-VOL-001 / 002 / 003
    const vols = serviceVolumes(svc, w);
    if (prod && (role === 'db' || role === 'cache')) {
      const dataDir = role === 'db' ? dbDataDir(svc, env) : '/data';
      const covering = vols.filter(
        (v) => v.target === dataDir || dataDir.startsWith(v.target.replace(/\/?$/, '/')),
      );
      const cacheOff = role === 'cache' && cacheWithoutPersistence(svc, c.lookup);
      if (covering.length === 0 && !cacheOff) {
        sink.add(
          'SD-VOL-001',
          key,
          `${w}: no named volume at ${dataDir}; the ${role === 'db' ? 'database' : 'cache'} data would live in the container and be lost on recreate`,
        );
      }
      for (const v of covering) {
        if (v.type !== 'volume' || v.source === '') {
          sink.add(
            'SD-VOL-001',
            v.loc,
            `${w}.volumes[${v.index}]: ${dataDir} is on ${v.type === 'bind' ? `a bind mount (${v.source})` : 'an anonymous volume'}; use a named volume in prod`,
          );
        }
      }
    }
    for (const v of vols) {
      if (v.type !== 'bind') continue;
      const src = v.source.replace(/\/+$/, '') || '/';
      if (SENSITIVE.test(src) && !(v.read_only && SENSITIVE_RO_OK.test(src))) {
        sink.add(
          'SD-VOL-003',
          v.loc,
          `${w}.volumes[${v.index}]: mounts the host's ${src}${src.endsWith('docker.sock') ? ' (control of the Docker daemon is root on the host)' : ''}`,
        );
      } else if (prod && !v.read_only && CERT_OR_LOG.test(v.target)) {
        sink.add(
          'SD-VOL-002',
          v.loc,
          `${w}.volumes[${v.index}]: writable ${v.target} on a host path; keep certificates and logs on a named volume`,
        );
      }
    }

    const hc = get(svc, 'healthcheck');
    if (longRunning(s)) {
      // SD-HC-001
      if (!hasHealthcheck(svc)) {
        sink.add(
          'SD-HC-001',
          key,
          `${w}: long-running service without a healthcheck`,
          prod ? 'error' : 'warning',
        );
      }
      // SD-RST-002
      const r = restartOf(svc);
      if (prod && r.value !== 'always' && r.value !== 'unless-stopped') {
        sink.add(
          'SD-RST-002',
          r.node?.loc ?? key,
          `${w}.restart: expected always or unless-stopped in prod, got ${r.value === undefined ? 'nothing (defaults to "no")' : JSON.stringify(r.value)}`,
        );
      } else if (!prod && r.value !== undefined && !/^on-failure/.test(r.value) && RESTART_RE.test(r.value)) {
        sink.add(
          'SD-RST-002',
          r.node?.loc ?? key,
          `${w}.restart: on-failure is recommended in dev, got ${JSON.stringify(r.value)}`,
          'note',
        );
      }
      // SD-RES-001 / 002 / 004
      if (prod) {
        const limits = get(get(get(svc, 'deploy'), 'resources'), 'limits');
        if (!get(limits, 'memory') && !get(svc, 'mem_limit')) {
          sink.add('SD-RES-001', key, `${w}: no memory limit (deploy.resources.limits.memory) in prod`);
        }
        if (!get(limits, 'cpus') && !get(svc, 'cpus')) {
          sink.add('SD-RES-002', key, `${w}: no CPU limit (deploy.resources.limits.cpus) in prod`);
        }
        const logging = get(svc, 'logging');
        const driver = str(get(logging, 'driver')) ?? 'json-file';
        if ((driver === 'json-file' || driver === 'local') && !get(get(logging, 'options'), 'max-size')) {
          sink.add(
            'SD-RES-004',
            logging?.loc ?? key,
            `${w}.logging: ${driver} without options.max-size; logs grow until the disk is full`,
          );
        }
      }
      // SD-HC-002: start_period on slow starters
      if (isMap(hc) && hasHealthcheck(svc) && (role === 'db' || role === 'app') && !get(hc, 'start_period')) {
        sink.add(
          'SD-HC-002',
          hc.loc,
          `${w}.healthcheck: no start_period; a slow start counts as failed checks`,
          'warning',
        );
      }
    } else if (role === 'oneshot') {
      const r = restartOf(svc);
      if (r.value !== undefined && r.value !== 'no') {
        sink.add(
          'SD-RST-002',
          r.node!.loc,
          `${w}.restart: a one-shot (migrations) must use restart "no", got ${JSON.stringify(r.value)}`,
        );
      }
    }
    // SD-HC-002: timeout < interval
    if (isMap(hc)) {
      const interval = scalarText(get(hc, 'interval'));
      const timeout = scalarText(get(hc, 'timeout'));
      const i = interval !== undefined ? parseDuration(interval) : undefined;
      const t = timeout !== undefined ? parseDuration(timeout) : undefined;
      if (i !== undefined && t !== undefined && t >= i) {
        sink.add(
          'SD-HC-002',
          get(hc, 'timeout')!.loc,
          `${w}.healthcheck.timeout: expected less than interval (${interval}), got ${timeout}`,
          'warning',
        );
      }
    }
    // SD-RST-001
    const r = restartOf(svc);
    if (r.value !== undefined && !RESTART_RE.test(r.value)) {
      sink.add(
        'SD-RST-001',
        r.node!.loc,
        `${w}.restart: expected "no", always, on-failure[:N] or unless-stopped, got ${JSON.stringify(r.value)}`,
      );
    }
    // SD-RES-003: reservations ≤ limits
    const resources = get(get(svc, 'deploy'), 'resources');
    for (const [k, parse, unit] of [
      ['memory', parseBytes, 'memory'],
      ['cpus', parseCpus, 'CPUs'],
    ] as const) {
      const lim = get(get(resources, 'limits'), k);
      const res = get(get(resources, 'reservations'), k);
      const l = lim?.kind === 'scalar' ? parse(lim.value) : undefined;
      const rv = res?.kind === 'scalar' ? parse(res.value) : undefined;
      if (l !== undefined && rv !== undefined && rv > l) {
        sink.add(
          'SD-RES-003',
          res!.loc,
          `${w}.deploy.resources.reservations.${k}: reserves more ${unit} (${scalarText(res)}) than the limit (${scalarText(lim)})`,
        );
      }
    }

    // SD-SEC-005
    const image = str(get(svc, 'image'));
    if (prod && image !== undefined && !get(svc, 'build')) {
      const tag = imageTag(image);
      if (tag === undefined) {
        sink.add(
          'SD-SEC-005',
          get(svc, 'image')!.loc,
          `${w}.image: ${JSON.stringify(image)} has no tag; pin a version (or a digest) in prod`,
        );
      } else if (tag !== '@digest' && MUTABLE_TAGS.has(tag.toLowerCase())) {
        sink.add(
          'SD-SEC-005',
          get(svc, 'image')!.loc,
          `${w}.image: tag "${tag}" moves; pin a version (or a digest) in prod`,
        );
      }
    }
    // SD-SEC-006
    if (bool(get(svc, 'privileged')) === true)
      sink.add(
        'SD-SEC-006',
        get(svc, 'privileged')!.loc,
        `${w}.privileged: true gives the container the host`,
      );
    for (const k of ['pid', 'ipc', 'userns_mode', 'uts', 'cgroup']) {
      if (str(get(svc, k)) === 'host')
        sink.add('SD-SEC-006', get(svc, k)!.loc, `${w}.${k}: host shares the host's namespace`);
    }
    for (const cap of seqItems(get(svc, 'cap_add'))) {
      const name = (scalarText(cap) ?? '').toUpperCase().replace(/^CAP_/, '');
      if (DANGEROUS_CAPS.has(name))
        sink.add('SD-SEC-006', cap.loc, `${w}.cap_add: ${name} is close to privileged`);
    }
    for (const opt of seqItems(get(svc, 'security_opt'))) {
      const t = scalarText(opt) ?? '';
      if (/^(seccomp|apparmor)[:=]unconfined$|^label[:=]disable$|^systempaths[:=]unconfined$/.test(t)) {
        sink.add('SD-SEC-006', opt.loc, `${w}.security_opt: ${t} removes a kernel protection`);
      }
    }

    // SD-ENV-005: $VAR in healthcheck/command naming a container env key
    const envKeys = new Set(env.map((e) => e.key));
    const checkHostSide = (n: YNode | undefined, path: string): void => {
      const scalars: YScalar[] =
        n?.kind === 'scalar' ? [n] : seqItems(n).filter((x): x is YScalar => x.kind === 'scalar');
      for (const sc of scalars) {
        const raw = sc.raw ?? (typeof sc.value === 'string' ? sc.value : undefined);
        if (!raw || !raw.includes('$')) continue;
        const names = new Set(referencedNames(raw).filter((x) => envKeys.has(x)));
        for (const name of names) {
          const offset = raw.search(new RegExp(`\\$\\{?${name}(?![A-Za-z0-9_])`));
          sink.add(
            'SD-ENV-005',
            locIn(sc, Math.max(0, offset)),
            `${path}: $${name} is replaced on the host from .env, not in the container; write $$${name} to use the container's ${name}`,
          );
        }
      }
    };
    checkHostSide(get(hc, 'test'), `${w}.healthcheck.test`);
    checkHostSide(get(svc, 'command'), `${w}.command`);
    checkHostSide(get(svc, 'entrypoint'), `${w}.entrypoint`);

    // SD-ENV-007 on the service environment
    for (const e of env) {
      if (e.value === null) continue;
      const fromEnvFile = c.lookup(e.key) === e.value;
      if (fromEnvFile) continue;
      consistency(c, e.key, e.value, e.node.loc, `${w}.environment.${e.key}`, dbs);
    }
  }

  // SD-ENV-007 on .env
  for (const e of c.env) consistency(c, e.key, e.value, e.loc, e.key, dbs);

  // SD-SEC-001 / 002 / 003 on every file as written
  const seen = new Set<string>();
  for (const doc of c.fileDocs) literalRules(doc, sink, seen);
}

function touchesDatabase(env: EnvVar[], deps: { name: string }[], dbs: ServiceInfo[]): boolean {
  if (env.some((e) => /^(DATABASE_URL|DB_URL|POSTGRES_|PG|DB_HOST|SQLALCHEMY_DATABASE_URI)/.test(e.key)))
    return true;
  return deps.some((d) => dbs.some((db) => db.name === d.name));
}

function dbDataDir(svc: YMap, env: EnvVar[]): string {
  const pgdata = env.find((e) => e.key === 'PGDATA')?.value;
  if (pgdata) return pgdata;
  const image = str(get(svc, 'image')) ?? '';
  if (/(mysql|mariadb)/.test(image)) return '/var/lib/mysql';
  if (/mongo/.test(image)) return '/data/db';
  const major = /postgres[^:]*:(\d+)/.exec(image)?.[1];
  if (major && Number(major) >= 18) return '/var/lib/postgresql';
  return '/var/lib/postgresql/data';
}

function cacheWithoutPersistence(svc: YMap, lookup: (k: string) => string | undefined): boolean {
  if (lookup('REDIS_PERSISTENCE') === 'none') return true;
  const cmd = get(svc, 'command');
  const text =
    cmd?.kind === 'seq' ? cmd.items.map((i) => scalarText(i) ?? '').join(' ') : (scalarText(cmd) ?? '');
  return /--save\s+(""|''|\s*$)/.test(text) && !/--appendonly\s+yes/.test(text);
}

/** The tag of an image reference; '@digest' when pinned by digest; undefined when there is none. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return '@digest';
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon > slash) return image.slice(colon + 1);
  return undefined;
}

function consistency(
  c: RuleContext,
  key: string,
  value: string,
  loc: Loc,
  where: string,
  dbs: ServiceInfo[],
): void {
  const { sink, profile, roles } = c;
  if (key === 'DATABASE_URL') {
    const u = parseUrl(value);
    if (!u || !u.hostname) {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: DATABASE_URL is not a URL like postgresql://user:password@postgres:5432/db`,
      );
      return;
    }
    const user = c.lookup('POSTGRES_USER');
    const db = c.lookup('POSTGRES_DB');
    const urlUser = decodeURIComponent(u.username);
    const urlDb = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (user !== undefined && user !== '' && urlUser !== user) {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: DATABASE_URL user "${urlUser}" differs from POSTGRES_USER "${user}"`,
      );
    }
    if (db !== undefined && db !== '' && urlDb !== db) {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: DATABASE_URL database "${urlDb}" differs from POSTGRES_DB "${db}"`,
      );
    }
    const hosts = dbs.flatMap((s) => hostNames(s));
    if (hosts.length > 0 && !hosts.includes(u.hostname)) {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: DATABASE_URL host "${u.hostname}" is not the database service (${hosts.join(', ')})`,
      );
    }
  } else if (key === 'REDIS_URL') {
    const u = parseUrl(value);
    if (!u || !u.hostname) {
      sink.add('SD-ENV-007', loc, `${where}: REDIS_URL is not a URL like redis://redis:6379/0`);
      return;
    }
    const caches = c.services
      .filter((s) => s.active && roles.get(s.name) === 'cache')
      .flatMap((s) => hostNames(s));
    if (caches.length > 0 && !caches.includes(u.hostname)) {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: REDIS_URL host "${u.hostname}" is not the cache service (${caches.join(', ')})`,
      );
    }
  } else if (/WEBHOOK.*URL|WEBHOOK_HOST/.test(key) && profile === 'prod' && value !== '') {
    const u = parseUrl(value);
    if (!u || u.protocol !== 'https:') {
      sink.add(
        'SD-ENV-007',
        loc,
        `${where}: expected an https:// URL in prod, got ${u ? u.protocol.replace(/:$/, '') + '://' : 'no URL'}`,
      );
    }
  }
}

function hostNames(s: ServiceInfo): string[] {
  const out = [s.name];
  const cn = str(get(s.node, 'container_name'));
  if (cn) out.push(cn);
  for (const n of mapEntries(get(s.node, 'networks'))) {
    for (const a of seqItems(get(n.value, 'aliases'))) {
      const t = scalarText(a);
      if (t) out.push(t);
    }
  }
  const hn = str(get(s.node, 'hostname'));
  if (hn) out.push(hn);
  return out;
}

/** SD-SEC-001/002/003 on one file's services as written (values keep their raw text). */
function literalRules(doc: YMap, sink: Sink, seen: Set<string>): void {
  const once = (rule: string, loc: Loc, msg: string): void => {
    const k = `${rule}|${loc.file}|${loc.line}|${loc.col}`;
    if (seen.has(k)) return;
    seen.add(k);
    sink.add(rule, loc, msg);
  };
  for (const s of mapEntries(get(doc, 'services'))) {
    if (!isMap(s.value)) continue;
    const w = `services.${s.key}`;
    const envLike: [string, YNode | undefined][] = [
      [`${w}.environment`, get(s.value, 'environment')],
      [`${w}.build.args`, get(get(s.value, 'build'), 'args')],
    ];
    for (const [where, node] of envLike) {
      const vars = node
        ? serviceEnv({
            kind: 'map',
            loc: node.loc,
            entries: new Map([['environment', { key: 'environment', keyLoc: node.loc, value: node }]]),
          })
        : [];
      for (const e of vars) {
        if (e.value === null || e.value === '' || !isCredentialName(e.key)) continue;
        const raw = e.raw ?? e.value;
        if (raw.includes('$') || notACredential(e.node, raw)) continue;
        once(
          'SD-SEC-001',
          e.node.loc,
          `${where}.${e.key}: credential has a literal value in the compose file; set it in .env and write \${${e.key}}`,
        );
      }
    }
    walkStrings(s.value, [`services`, s.key], (sc, path) => {
      const raw = sc.raw ?? (sc.value as string);
      for (const m of raw.matchAll(URL_WITH_PASSWORD)) {
        if (!m[3].includes('$')) {
          once(
            'SD-SEC-002',
            locIn(sc, m.index ?? 0),
            `${pathStr(path)}: URL ${m[1]}://${m[2]}:…@ embeds a literal password; interpolate it from .env`,
          );
        }
      }
      if (BOT_TOKEN.test(raw)) {
        once(
          'SD-SEC-003',
          sc.loc,
          `${pathStr(path)}: value has the shape of a Telegram bot token; keep it in .env`,
        );
      }
    });
  }
}

/** Numbers, booleans, durations and file paths under credential-shaped names (TOKEN_TTL: 3600, …_FILE: /run/secrets/x). */
function notACredential(node: YNode, raw: string): boolean {
  if (node.kind === 'scalar' && typeof node.value !== 'string') return true;
  return (
    /^(\d+(\.\d+)?|true|false|yes|no|on|off)$/i.test(raw) ||
    parseDuration(raw) !== undefined ||
    raw.startsWith('/')
  );
}

function walkStrings(n: YNode, path: Path, fn: (s: YScalar, path: Path) => void): void {
  if (n.kind === 'scalar') {
    if (typeof n.value === 'string') fn(n, path);
  } else if (n.kind === 'seq') n.items.forEach((it, i) => walkStrings(it, [...path, i], fn));
  else for (const [k, e] of n.entries) walkStrings(e.value, [...path, k], fn);
}

export type { Severity };
