/** The troubleshooting guide as code: host facts → checks with evidence and the next step. Pure. */
import { fmtBytes, type ContainerFact, type DoctorFacts, type ServiceSpec } from '../plan/doctor-facts.js';
import { accessChecks, configChecks, resourceChecks, volumeChecks } from './doctor-host-checks.js';

export type Level = 'ok' | 'warning' | 'problem';
export type Area = 'containers' | 'dependencies' | 'resources' | 'access' | 'volumes' | 'configuration';

export interface Check {
  area: Area;
  /** what was checked: a service, a port, a URL, a volume… */
  subject: string;
  level: Level;
  summary: string;
  /** host output behind the verdict (untrusted text: log lines, health output) */
  evidence: string[];
  next?: string;
}

export interface DoctorContext {
  /** the project's remote directory as given (may start with ~/) */
  dir: string;
  project: string;
}

const short = (id: string) => id.slice(0, 12);

/** A restart loop: restarting now, or restarted several times and up for under a minute. */
function looping(c: ContainerFact, hostTime: number): boolean {
  if (c.status === 'restarting') return true;
  // the host's clock is read when the script starts: a container may have started after it
  const up = hostTime - Date.parse(c.startedAt) / 1000;
  const lastExit = hostTime - Date.parse(c.finishedAt) / 1000;
  return c.status === 'running' && c.restartCount >= 3 && (up < 60 || lastExit < 300);
}

function stateLine(c: ContainerFact): string {
  return [
    `container ${c.name} (${short(c.id)}): status=${c.status}`,
    `exit=${c.exitCode}`,
    `restarts=${c.restartCount}`,
    c.health ? `health=${c.health}` : '',
    c.oomKilled ? 'oom-killed=true' : '',
    c.memoryLimit ? `mem-limit=${fmtBytes(c.memoryLimit)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function evidenceOf(c: ContainerFact, f: DoctorFacts): string[] {
  const out = [stateLine(c)];
  if (c.error) out.push(`error: ${c.error}`);
  const health = c.healthLog.slice(-3).filter((h) => h.exitCode !== 0);
  for (const h of health)
    out.push(`health check exit ${h.exitCode}: ${h.output.split('\n').slice(-2).join(' ')}`);
  const logs = f.logs[c.id] ?? [];
  if (logs.length) out.push('last log lines:', ...logs.slice(-10));
  return out;
}

function containerCheck(svc: string, c: ContainerFact, f: DoctorFacts, dc: string): Check {
  const base = { area: 'containers' as const, subject: svc, evidence: evidenceOf(c, f) };
  if (c.oomKilled)
    return {
      ...base,
      level: 'problem',
      summary: `was OOM-killed${c.memoryLimit ? ` (memory limit ${fmtBytes(c.memoryLimit)})` : ' (the host ran out of memory)'}; status ${c.status}`,
      next: c.memoryLimit
        ? `raise mem_limit (or deploy.resources.limits.memory) of ${svc} above ${fmtBytes(c.memoryLimit)} or find what allocates (docker stats), deploy again`
        : `give the host more memory or set a mem_limit on the service that grows, then \`${dc} up -d ${svc}\``,
    };
  if (looping(c, f.hostTime))
    return {
      ...base,
      level: 'problem',
      summary: `restart loop: restarted ${c.restartCount} times${c.status === 'running' ? ' (up again for the moment)' : `, last exit code ${c.exitCode}`}`,
      next: `read the last log lines for the cause (configuration, a dependency, a missing file), fix it and deploy again; \`${dc} logs ${svc}\` shows more`,
    };
  if (c.status === 'running') {
    if (c.health === 'unhealthy')
      return {
        ...base,
        level: 'problem',
        summary: 'running but unhealthy',
        next: `the health check output above says why; check the dependencies it needs, then \`${dc} restart ${svc}\``,
      };
    if (c.health === 'starting')
      return {
        ...base,
        level: 'warning',
        summary: 'health check still starting',
        next: 'run doctor again in a minute',
      };
    if (c.restartCount > 0)
      return {
        ...base,
        level: 'warning',
        summary: `running, restarted ${c.restartCount} times since it was created`,
        next: `\`${dc} logs ${svc}\` around the restarts`,
      };
    return {
      ...base,
      evidence: [stateLine(c)],
      level: 'ok',
      summary: c.health ? 'running, healthy' : 'running',
    };
  }
  const portBusy = /address already in use|port is already allocated/i.test(c.error);
  return {
    ...base,
    level: 'problem',
    summary: `not running: ${c.status}${c.status === 'created' ? '' : ` (exit code ${c.exitCode})`}${portBusy ? '; its port is taken' : ''}`,
    next: portBusy
      ? `free the published port (see the access check), then \`${dc} up -d ${svc}\``
      : `read the last log lines and the error above, fix the cause, then \`${dc} up -d ${svc}\``,
  };
}

function byService(f: DoctorFacts): Map<string, ContainerFact[]> {
  const m = new Map<string, ContainerFact[]>();
  for (const c of f.containers) m.set(c.service, [...(m.get(c.service) ?? []), c]);
  return m;
}

function containerChecks(f: DoctorFacts, dc: string): Check[] {
  const by = byService(f);
  const names = f.services?.map((s) => s.name) ?? Object.keys(f.kinds);
  const out: Check[] = [];
  for (const svc of names) {
    const list = by.get(svc) ?? [];
    if (f.kinds[svc] === 'oneshot') {
      const bad = list.find((c) => c.status === 'exited' && c.exitCode !== 0);
      out.push(
        bad
          ? {
              area: 'containers',
              subject: svc,
              level: 'problem',
              summary: `one-shot exited with code ${bad.exitCode}`,
              evidence: evidenceOf(bad, f),
              next: 'read its log lines; it runs again on the next deploy',
            }
          : {
              area: 'containers',
              subject: svc,
              level: 'ok',
              summary: 'one-shot (not long-running)',
              evidence: [],
            },
      );
      continue;
    }
    if (!list.length) {
      out.push({
        area: 'containers',
        subject: svc,
        level: 'problem',
        summary: 'no container',
        evidence: [],
        next: `\`${dc} up -d ${svc}\` creates it, or deploy again`,
      });
      continue;
    }
    for (const c of list) out.push(containerCheck(svc, c, f, dc));
  }
  return out;
}

function depState(c: ContainerFact | undefined, condition: string): { ok: boolean; what: string } {
  if (!c) return { ok: condition === 'service_completed_successfully', what: 'has no container' };
  if (condition === 'service_completed_successfully')
    return { ok: c.status === 'exited' && c.exitCode === 0, what: `${c.status} (exit ${c.exitCode})` };
  if (c.status !== 'running')
    return { ok: false, what: `${c.status}${c.status === 'exited' ? ` (exit ${c.exitCode})` : ''}` };
  if (condition === 'service_healthy' && c.health !== 'healthy')
    return { ok: false, what: `running, health ${c.health ?? 'none (no health check)'}` };
  return { ok: true, what: c.health ? `running, ${c.health}` : 'running' };
}

function dependencyChecks(f: DoctorFacts, dc: string): Check[] {
  const by = byService(f);
  const out: Check[] = [];
  const specs = new Map((f.services ?? []).map((s) => [s.name, s]));
  for (const s of f.services ?? []) {
    for (const d of s.dependsOn) {
      const st = depState(by.get(d.name)?.[0], d.condition);
      out.push({
        area: 'dependencies',
        subject: `${s.name} → ${d.name}`,
        level: st.ok ? 'ok' : 'problem',
        summary: `${d.name} (${d.condition}) is ${st.what}`,
        evidence: [],
        next: st.ok
          ? undefined
          : `start ${d.name} and fix what stops it (see its container check): \`${dc} up -d ${d.name}\`; ${s.name} needs it`,
      });
    }
  }
  for (const r of f.resolve) {
    const shared = sharedNetworks(specs.get(r.service), specs.get(r.target));
    const subject = `${r.service} resolves ${r.target}`;
    if (r.rc === 0) {
      out.push({
        area: 'dependencies',
        subject,
        level: 'ok',
        summary: 'name resolves',
        evidence: r.output.slice(0, 2),
      });
    } else if (r.rc === 125) {
      out.push({
        area: 'dependencies',
        subject,
        level: 'warning',
        summary: `could not test: ${r.service}'s container stopped meanwhile`,
        evidence: r.output,
      });
    } else if (
      r.rc === 126 ||
      r.rc === 127 ||
      /executable file not found|not found in \$PATH/.test(r.output.join(' '))
    ) {
      out.push({
        area: 'dependencies',
        subject,
        level: 'warning',
        summary: 'could not test: the image has no sh, getent or nslookup',
        evidence: r.output,
        next: `test by hand from a container on the same network: docker run --rm --network <network> <image> nslookup ${r.target}`,
      });
    } else {
      out.push({
        area: 'dependencies',
        subject,
        level: shared.length ? 'problem' : 'warning',
        summary: shared.length
          ? `${r.target} does not resolve on ${shared.join(', ')}`
          : `${r.target} does not resolve; the two services share no network`,
        evidence: r.output,
        next: shared.length
          ? `${r.target} needs a running container on ${shared.join(', ')} (a stopped container has no name): \`${dc} up -d ${r.target}\``
          : `put ${r.service} and ${r.target} on a common network in the compose file and deploy again`,
      });
    }
  }
  return out;
}

function sharedNetworks(a?: ServiceSpec, b?: ServiceSpec): string[] {
  if (!a || !b) return ['default'];
  return a.networks.filter((n) => b.networks.includes(n));
}

/** Every check, in the troubleshooting guide's order. */
export function diagnose(f: DoctorFacts, ctx: DoctorContext): Check[] {
  const dc = `${ctx.dir}/current/dc`;
  if (!f.release)
    return [
      {
        area: 'configuration',
        subject: 'release',
        level: 'problem',
        summary: `no current release in ${ctx.dir}`,
        evidence: [],
        next: 'deploy first (command: deploy); doctor checks the current release',
      },
    ];
  return [
    ...containerChecks(f, dc),
    ...dependencyChecks(f, dc),
    ...resourceChecks(f),
    ...accessChecks(f, dc),
    ...volumeChecks(f, ctx.project, dc),
    ...configChecks(f, ctx.dir),
  ];
}
