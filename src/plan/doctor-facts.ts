/** Sections of the doctor host script → typed facts. Pure; tolerant of missing or broken sections. */
import type { Section } from './doctor.js';

const KB = 1024;
export const fmtBytes = (b: number): string =>
  b >= KB ** 3 ? `${(b / KB ** 3).toFixed(1)}GiB` : b >= KB ** 2 ? `${Math.round(b / KB ** 2)}MiB` : `${b}B`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);

export interface PortSpec {
  hostIp: string;
  published: string;
  target: number;
  protocol: string;
}

export interface ServiceSpec {
  name: string;
  dependsOn: { name: string; condition: string }[];
  networks: string[];
  ports: PortSpec[];
  user: string;
}

export interface ContainerFact {
  id: string;
  name: string;
  service: string;
  status: string;
  exitCode: number;
  oomKilled: boolean;
  error: string;
  startedAt: string;
  finishedAt: string;
  restartCount: number;
  restartPolicy: string;
  health?: string;
  healthLog: { exitCode: number; output: string }[];
  configHash: string;
  user: string;
  /** bytes, 0 = no limit */
  memoryLimit: number;
  /** CPUs, 0 = no limit */
  cpuLimit: number;
  /** "8080/tcp" → host bindings */
  ports: Record<string, { hostIp: string; hostPort: string }[]>;
}

export interface DoctorFacts {
  release: string;
  dockerRoot: string;
  /** the host's clock, seconds since the epoch */
  hostTime: number;
  envMode?: string;
  /** undefined when there is no release or `compose config` failed */
  services?: ServiceSpec[];
  /** project volume key → docker volume name (external ones by their own name) */
  volumes: { key: string; name: string; external: boolean }[];
  configHashes: Record<string, string>;
  kinds: Record<string, string>;
  containers: ContainerFact[];
  logs: Record<string, string[]>;
  stats: Record<string, { cpuPerc: number; memPerc: number; memUsage: string }>;
  cpuStat: Record<string, { periods: number; throttled: number }>;
  disk?: { availKb: number; sizeKb: number };
  inodes?: { free: number; total: number };
  reclaimable: { type: string; reclaimable: string; size: string }[];
  volumeList: { name: string; project: string }[];
  listeners: string[];
  resolve: { service: string; target: string; rc: number; output: string[] }[];
  writable: { service: string; volume: string; path: string; rc: number }[];
  urls: { url: string; rc: number; output: string[] }[];
  tls: {
    target: string;
    found: boolean;
    expired: boolean;
    within14: boolean;
    notAfter: string;
    subject: string;
  }[];
}

const lines = (body: string): string[] => (body ? body.split('\n') : []);

function jsonOr<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function serviceSpecs(cfg: Obj): ServiceSpec[] {
  const services = isObj(cfg.services) ? cfg.services : {};
  return Object.entries(services).map(([name, raw]) => {
    const s = isObj(raw) ? raw : {};
    const deps = isObj(s.depends_on) ? s.depends_on : {};
    return {
      name,
      dependsOn: Object.entries(deps).map(([d, v]) => ({
        name: d,
        condition: isObj(v) ? str(v.condition) || 'service_started' : 'service_started',
      })),
      networks: isObj(s.networks) ? Object.keys(s.networks) : ['default'],
      ports: (Array.isArray(s.ports) ? s.ports : []).filter(isObj).map((p) => ({
        hostIp: str(p.host_ip),
        published: str(p.published),
        target: num(p.target),
        protocol: str(p.protocol) || 'tcp',
      })),
      user: str(s.user),
    };
  });
}

function container(raw: Obj): ContainerFact {
  const st = isObj(raw.State) ? raw.State : {};
  const cfg = isObj(raw.Config) ? raw.Config : {};
  const hc = isObj(raw.HostConfig) ? raw.HostConfig : {};
  const labels = isObj(cfg.Labels) ? cfg.Labels : {};
  const health = isObj(st.Health) ? st.Health : undefined;
  const net = isObj(raw.NetworkSettings) && isObj(raw.NetworkSettings.Ports) ? raw.NetworkSettings.Ports : {};
  const ports: ContainerFact['ports'] = {};
  for (const [k, v] of Object.entries(net))
    ports[k] = (Array.isArray(v) ? v : [])
      .filter(isObj)
      .map((b) => ({ hostIp: str(b.HostIp), hostPort: str(b.HostPort) }));
  const quota = num(hc.CpuQuota);
  const period = num(hc.CpuPeriod) || 100000;
  return {
    id: str(raw.Id),
    name: str(raw.Name).replace(/^\//, ''),
    service: str(labels['com.docker.compose.service']),
    status: str(st.Status),
    exitCode: num(st.ExitCode),
    oomKilled: st.OOMKilled === true,
    error: str(st.Error),
    startedAt: str(st.StartedAt),
    finishedAt: str(st.FinishedAt),
    restartCount: num(raw.RestartCount),
    restartPolicy: isObj(hc.RestartPolicy) ? str(hc.RestartPolicy.Name) : '',
    health: health ? str(health.Status) : undefined,
    healthLog: (health && Array.isArray(health.Log) ? health.Log : [])
      .filter(isObj)
      .map((l) => ({ exitCode: num(l.ExitCode), output: str(l.Output).trim() })),
    configHash: str(labels['com.docker.compose.config-hash']),
    user: str(cfg.User),
    memoryLimit: num(hc.Memory),
    cpuLimit: num(hc.NanoCpus) / 1e9 || (quota > 0 ? quota / period : 0),
    ports,
  };
}

const pct = (v: unknown) => Number(str(v).replace('%', '')) || 0;

/** Everything the sections say; a section that is missing leaves its fact empty. */
export function factsOf(sections: readonly Section[], urls: readonly string[] = []): DoctorFacts {
  const f: DoctorFacts = {
    release: '',
    dockerRoot: '',
    hostTime: 0,
    volumes: [],
    configHashes: {},
    kinds: {},
    containers: [],
    logs: {},
    stats: {},
    cpuStat: {},
    reclaimable: [],
    volumeList: [],
    listeners: [],
    resolve: [],
    writable: [],
    urls: [],
    tls: [],
  };
  for (const s of sections) {
    const body = lines(s.body);
    switch (s.name) {
      case 'meta':
        for (const l of body) {
          const [k, ...v] = l.split('=');
          const val = v.join('=');
          if (k === 'release') f.release = val;
          if (k === 'docker-root') f.dockerRoot = val;
          if (k === 'time') f.hostTime = Number(val) || 0;
        }
        break;
      case 'env-mode':
        if (s.body) f.envMode = s.body;
        break;
      case 'config': {
        const cfg = jsonOr<unknown>(s.body, undefined);
        if (!isObj(cfg)) break;
        f.services = serviceSpecs(cfg);
        const vols = isObj(cfg.volumes) ? cfg.volumes : {};
        f.volumes = Object.entries(vols).map(([key, v]) => ({
          key,
          name: (isObj(v) && str(v.name)) || key,
          external: isObj(v) && v.external === true,
        }));
        break;
      }
      case 'config-hash':
        for (const l of body) {
          const [svc, hash] = l.split(' ');
          if (svc && hash) f.configHashes[svc] = hash;
        }
        break;
      case 'services':
        for (const l of body) {
          const [svc, kind] = l.split('\t');
          if (svc) f.kinds[svc] = kind ?? 'run';
        }
        break;
      case 'inspect':
        f.containers = jsonOr<unknown[]>(s.body, []).filter(isObj).map(container);
        break;
      case 'logs':
        f.logs[s.args[0]] = body;
        break;
      case 'cpu-stat': {
        const kv = Object.fromEntries(body.map((l) => l.split(' ')));
        f.cpuStat[s.args[0]] = { periods: num(kv.nr_periods), throttled: num(kv.nr_throttled) };
        break;
      }
      case 'stats':
        for (const l of body) {
          const j = jsonOr<unknown>(l, undefined);
          if (isObj(j))
            f.stats[str(j.ID)] = {
              cpuPerc: pct(j.CPUPerc),
              memPerc: pct(j.MemPerc),
              memUsage: str(j.MemUsage),
            };
        }
        break;
      case 'df': {
        const c = (body[0] ?? '').trim().split(/\s+/);
        if (c.length >= 4) f.disk = { sizeKb: num(c[1]), availKb: num(c[3]) };
        break;
      }
      case 'df-inodes': {
        const c = (body[0] ?? '').trim().split(/\s+/);
        if (c.length >= 4 && num(c[1]) > 0) f.inodes = { total: num(c[1]), free: num(c[3]) };
        break;
      }
      case 'system-df':
        for (const l of body) {
          const j = jsonOr<unknown>(l, undefined);
          if (isObj(j))
            f.reclaimable.push({ type: str(j.Type), reclaimable: str(j.Reclaimable), size: str(j.Size) });
        }
        break;
      case 'volumes':
        for (const l of body) {
          const [name, project] = l.split('\t');
          if (name) f.volumeList.push({ name, project: project ?? '' });
        }
        break;
      case 'listeners':
        f.listeners = body.filter((l) => l.trim());
        break;
      case 'resolve':
        f.resolve.push({ service: s.args[0], target: s.args[1], rc: num(s.args[2]), output: body });
        break;
      case 'writable':
        f.writable.push({ service: s.args[0], volume: s.args[1], rc: num(s.args[2]), path: s.body });
        break;
      case 'url':
        f.urls.push({ url: urls[num(s.args[0])] ?? '', rc: num(s.args[1]), output: body });
        break;
      case 'tls': {
        const found = s.args[1] !== 'none';
        const get = (k: string) => (body.find((l) => l.startsWith(`${k}=`)) ?? '').slice(k.length + 1);
        f.tls.push({
          target: s.args[0],
          found,
          expired: found && s.args[1] !== '0',
          within14: found && s.args[2] !== '0',
          notAfter: get('notAfter'),
          subject: get('subject').trim(),
        });
        break;
      }
    }
  }
  return f;
}
