// --oracle: compare our verdict and merged services with `docker compose config --format json`.
// The process is started by the caller's runner: config/ never spawns anything itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseDotenv } from './dotenv.js';
import { FROM_PROCESS, reportRedactor, RUNNER_INTERNAL } from './validate.js';
import { cleanPath, parseDuration, parsePortSpec, parseVolumeSpec } from './syntax.js';
import type { Lookup } from './template.js';
import { Sink } from './tree.js';
import type { ValidateInput, ValidationReport } from './types.js';

export type Runner = (
  argv: string[],
  opts: { cwd: string; env: Record<string, string> },
) => Promise<{ code: number; stdout: string; stderr: string }>;

/** The part of a service both sides must agree on, in one normal form. */
export interface ServiceProjection {
  image?: string;
  ports: string[];
  volumes: string[];
  environment: Record<string, string>;
  depends_on: string[];
  healthcheck?: Record<string, unknown>;
}

export type Projection = Record<string, ServiceProjection>;

export interface OracleResult {
  /** docker compose config exited 0 */
  composeValid: boolean;
  /** we found no error */
  ourValid: boolean;
  agree: boolean;
  /** Compose's error output (last lines), when it failed */
  composeError?: string;
  /** where the merged services differ, one line each */
  differences: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function durationNs(v: unknown): unknown {
  if (typeof v === 'string') return parseDuration(v) ?? v;
  return v;
}

function normHealthcheck(h: unknown): Record<string, unknown> | undefined {
  if (!isObj(h)) return undefined;
  const out: Record<string, unknown> = {};
  if (h.test !== undefined && h.test !== null) {
    out.test = typeof h.test === 'string' ? ['CMD-SHELL', h.test] : h.test;
  }
  for (const k of ['interval', 'timeout', 'start_period', 'start_interval']) {
    if (h[k] !== undefined && h[k] !== null) out[k] = durationNs(h[k]);
  }
  if (h.retries !== undefined && h.retries !== null) out.retries = Number(h.retries);
  if (h.disable === true) out.disable = true;
  return out;
}

function portKey(p: {
  host_ip?: unknown;
  published?: unknown;
  target?: unknown;
  protocol?: unknown;
}): string {
  return `${text(p.host_ip)}:${text(p.published)}:${text(p.target)}/${text(p.protocol) || 'tcp'}`;
}

function dependsList(d: unknown): string[] {
  if (Array.isArray(d)) return d.map((n) => `${text(n)}:service_started:true`).sort();
  if (!isObj(d)) return [];
  return Object.entries(d)
    .map(
      ([k, v]) =>
        `${k}:${text(isObj(v) ? v.condition : undefined) || 'service_started'}:${isObj(v) && v.required === false ? 'false' : 'true'}`,
    )
    .sort();
}

/** depends_on plus what Compose's normalisation adds: links, volumes_from and service: namespaces. */
function withImplicitDependencies(s: Obj): string[] {
  const explicit = dependsList(s.depends_on);
  const names = new Set(explicit.map((d) => d.split(':')[0]));
  const add = (name: string): void => {
    if (name && !names.has(name)) {
      names.add(name);
      explicit.push(`${name}:service_started:true`);
    }
  };
  for (const l of Array.isArray(s.links) ? s.links : []) add(text(l).split(':')[0]);
  for (const k of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const v = text(s[k]);
    if (v.startsWith('service:')) add(v.slice(8));
  }
  for (const v of Array.isArray(s.volumes_from) ? s.volumes_from : []) {
    const t = text(v);
    if (!t.startsWith('container:')) add(t.split(':')[0]);
  }
  return explicit.sort();
}

function envEntries(e: unknown): [string, string | null][] {
  if (Array.isArray(e)) {
    return e.map((x) => {
      const s = text(x);
      const i = s.indexOf('=');
      return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
    });
  }
  if (isObj(e))
    return Object.entries(e).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]);
  return [];
}

/** `config` output escapes every $ as $$ so that it can be loaded again. */
function unescapeDollars(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\$\$/g, '$');
  if (Array.isArray(v)) return v.map(unescapeDollars);
  if (isObj(v))
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k.replace(/\$\$/g, '$'), unescapeDollars(x)]),
    );
  return v;
}

/** Normal form of `docker compose config --format json`. */
export function projectComposeJson(raw: unknown): Projection {
  const out: Projection = {};
  const json = unescapeDollars(raw);
  const svcs = isObj(json) && isObj(json.services) ? json.services : {};
  for (const [name, s] of Object.entries(svcs)) {
    if (!isObj(s)) continue;
    const environment: Record<string, string> = {};
    for (const [k, v] of envEntries(s.environment)) if (v !== null) environment[k] = v;
    out[name] = {
      ...(typeof s.image === 'string' ? { image: s.image } : {}),
      ports: (Array.isArray(s.ports) ? s.ports : []).map((p) => portKey(isObj(p) ? p : {})).sort(),
      volumes: (Array.isArray(s.volumes) ? s.volumes : [])
        .map((v) =>
          isObj(v)
            ? `${text(v.type)}:${text(v.source)}:${text(v.target)}:${v.read_only === true ? 'ro' : 'rw'}`
            : text(v),
        )
        .sort(),
      environment,
      depends_on: dependsList(s.depends_on),
      ...(isObj(s.healthcheck) ? { healthcheck: normHealthcheck(s.healthcheck) } : {}),
    };
  }
  return out;
}

export interface ProjectOptions {
  projectDir: string;
  /** the project environment (what bare environment keys and env_file interpolation see) */
  lookup: Lookup;
  activeProfiles?: Set<string>;
}

/** Normal form of our merged model, with Compose's canonical forms and environment resolution. */
export function projectModel(model: Obj | undefined, o: ProjectOptions): Projection {
  const out: Projection = {};
  const svcs = model && isObj(model.services) ? model.services : {};
  const active = o.activeProfiles ?? new Set<string>();
  const absPath = (p: string): string => {
    if (p.startsWith('~')) return cleanPath(join(homedir(), p.slice(1)));
    return isAbsolute(p) ? cleanPath(p) : cleanPath(resolve(o.projectDir, p));
  };
  for (const [name, s] of Object.entries(svcs)) {
    if (!isObj(s)) continue;
    const profiles = Array.isArray(s.profiles) ? s.profiles.map(text) : [];
    if (profiles.length && !active.has('*') && !profiles.some((p) => active.has(p))) continue;
    // canonical long form, then Compose's unicity: same host ip (default 0.0.0.0), port, target, protocol
    const ports = new Map<string, string>();
    const addPort = (p: {
      host_ip?: unknown;
      published?: unknown;
      target?: unknown;
      protocol?: unknown;
    }): void => {
      const id = `${text(p.host_ip) || '0.0.0.0'}:${text(p.published)}:${text(p.target)}/${text(p.protocol) || 'tcp'}`;
      ports.delete(id);
      ports.set(id, portKey(p));
    };
    for (const p of Array.isArray(s.ports) ? s.ports : []) {
      if (isObj(p)) addPort(p);
      else {
        const r = parsePortSpec(text(p));
        if (typeof r !== 'string') for (const b of r) addPort(b);
      }
    }
    const volumes: string[] = [];
    for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
      if (isObj(v)) {
        const src = text(v.source);
        volumes.push(
          `${text(v.type)}:${v.type === 'bind' && src ? absPath(src) : src}:${cleanPath(text(v.target))}:${v.read_only === true ? 'ro' : 'rw'}`,
        );
      } else {
        const m = parseVolumeSpec(text(v));
        if (typeof m === 'string') continue;
        volumes.push(
          `${m.type}:${m.type === 'bind' ? absPath(m.source) : m.source}:${cleanPath(m.target)}:${m.read_only ? 'ro' : 'rw'}`,
        );
      }
    }
    const environment: Record<string, string> = {};
    const files = s.env_file === undefined ? [] : Array.isArray(s.env_file) ? s.env_file : [s.env_file];
    for (const f of files) {
      const path = isObj(f) ? text(f.path) : text(f);
      try {
        const parsed = parseDotenv(
          readFileSync(resolve(o.projectDir, path), 'utf8'),
          path,
          o.lookup,
          new Sink(),
          'warning',
        );
        for (const [k, v] of parsed.vars) environment[k] = v;
      } catch {
        // missing optional env_file
      }
    }
    for (const [k, v] of envEntries(s.environment)) {
      if (v !== null) environment[k] = v;
      else {
        const found = o.lookup(k);
        if (found !== undefined) environment[k] = found;
        else delete environment[k];
      }
    }
    const hc = normHealthcheck(s.healthcheck);
    out[name] = {
      ...(typeof s.image === 'string' ? { image: s.image } : {}),
      ports: [...ports.values()].sort(),
      volumes: volumes.sort(),
      environment,
      depends_on: withImplicitDependencies(s),
      ...(hc ? { healthcheck: hc } : {}),
    };
  }
  return out;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    isObj(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );

/** One line per field where the projections differ. */
export function diffProjections(ours: Projection, theirs: Projection): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const a = ours[name];
    const b = theirs[name];
    if (!a || !b) {
      out.push(`services.${name}: ${a ? 'only in our model' : 'only in Compose'}`);
      continue;
    }
    for (const k of ['image', 'ports', 'volumes', 'environment', 'depends_on', 'healthcheck'] as const) {
      if (k === 'image' && (a.image === undefined || b.image === undefined)) continue;
      if (stable(a[k]) !== stable(b[k]))
        out.push(`services.${name}.${k}: ours ${stable(a[k])}, Compose ${stable(b[k])}`);
    }
  }
  return out;
}

/** Runs `docker compose config` through the runner and reports where it and we disagree. */
export async function oracleCompare(
  input: ValidateInput,
  report: ValidationReport,
  run: Runner,
): Promise<OracleResult> {
  const cwd = resolve(input.cwd);
  const projectDir = input.composeFiles.length ? dirname(resolve(cwd, input.composeFiles[0])) : cwd;
  const argv = ['docker', 'compose'];
  for (const f of input.composeFiles) argv.push('-f', resolve(cwd, f));
  let tmp: string | undefined;
  if (input.envContent !== undefined) {
    tmp = mkdtempSync(join(tmpdir(), 'stack-deploy-oracle-'));
    const p = join(tmp, '.env');
    writeFileSync(p, input.envContent, { mode: 0o600 });
    argv.push('--env-file', p);
  } else if (input.envFile !== undefined) {
    argv.push('--env-file', resolve(cwd, input.envFile));
  }
  argv.push('config', '--format', 'json');
  const extra = input.extraVars ?? {};
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.processEnv ?? {})) {
    if (v !== undefined && !(k in report.env) && !RUNNER_INTERNAL.test(k)) env[k] = v;
  }
  Object.assign(env, extra);
  try {
    const r = await run(argv, { cwd, env });
    const composeValid = r.code === 0;
    const ourValid = report.errors === 0;
    const differences: string[] = [];
    if (composeValid && report.model) {
      let json: unknown;
      try {
        json = JSON.parse(r.stdout);
      } catch {
        differences.push('Compose printed no JSON');
      }
      if (json !== undefined) {
        const lookup: Lookup = (k) =>
          k in extra
            ? extra[k]
            : k in report.env
              ? report.env[k]
              : FROM_PROCESS.has(k)
                ? input.processEnv?.[k]
                : undefined;
        const profiles = new Set(
          (lookup('COMPOSE_PROFILES') ?? '')
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        );
        differences.push(
          ...diffProjections(
            projectModel(report.model, { projectDir, lookup, activeProfiles: profiles }),
            projectComposeJson(json),
          ),
        );
      }
    }
    const redact = reportRedactor(report, extra);
    const composeError = composeValid ? undefined : redact(r.stderr.trim().split('\n').slice(-5).join('\n'));
    return {
      composeValid,
      ourValid,
      agree: composeValid === ourValid,
      ...(composeError ? { composeError } : {}),
      differences: differences.map(redact),
    };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
