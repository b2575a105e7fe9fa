/** Doctor checks of resources, external access, volumes and configuration. Pure. */
import { fmtBytes, type DoctorFacts } from '../plan/doctor-facts.js';
import type { Check, Level } from './doctor-checks.js';

const RANK: Record<Level, number> = { ok: 0, warning: 1, problem: 2 };
export const worst = (levels: Level[]): Level =>
  levels.reduce<Level>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');

export function resourceChecks(f: DoctorFacts): Check[] {
  const out: Check[] = [];
  for (const c of f.containers) {
    const s = f.stats[c.id];
    if (c.status !== 'running' || !s) continue;
    const notes: { level: Level; text: string }[] = [];
    if (c.memoryLimit > 0)
      notes.push({
        level: s.memPerc >= 90 ? 'warning' : 'ok',
        text: `memory ${s.memUsage} (${s.memPerc}% of the limit)`,
      });
    else notes.push({ level: 'ok', text: `memory ${s.memUsage.split(' / ')[0]} (no limit)` });
    if (c.cpuLimit > 0)
      notes.push({
        level: s.cpuPerc >= 90 * c.cpuLimit ? 'warning' : 'ok',
        text: `cpu ${s.cpuPerc}% of ${c.cpuLimit} CPU limit`,
      });
    else notes.push({ level: 'ok', text: `cpu ${s.cpuPerc}%` });
    const t = f.cpuStat[c.id];
    if (t && t.periods > 0 && t.throttled / t.periods >= 0.1)
      notes.push({
        level: 'warning',
        text: `throttled in ${t.throttled} of ${t.periods} CPU periods (${Math.round((100 * t.throttled) / t.periods)}%)`,
      });
    const level = worst(notes.map((n) => n.level));
    out.push({
      area: 'resources',
      subject: c.service || c.name,
      level,
      summary: notes.map((n) => n.text).join('; '),
      evidence: [],
      next:
        level === 'ok'
          ? undefined
          : `near its limits: raise mem_limit/cpus of ${c.service} (or deploy.resources.limits), or find what uses them (docker stats ${c.name})`,
    });
  }
  const reclaim = f.reclaimable
    .filter((r) => r.type === 'Images' || r.type === 'Build Cache')
    .map((r) => `${r.type.toLowerCase()}: ${r.reclaimable || '0B'} reclaimable of ${r.size || '0B'}`);
  const prune = 'docker image prune -a and docker builder prune reclaim space (check what they remove first)';
  if (f.disk && f.disk.sizeKb > 0) {
    const freePct = (100 * f.disk.availKb) / f.disk.sizeKb;
    const free = f.disk.availKb * 1024;
    const level: Level = freePct < 5 || free < 1024 ** 3 ? 'problem' : freePct < 15 ? 'warning' : 'ok';
    out.push({
      area: 'resources',
      subject: `disk ${f.dockerRoot}`,
      level,
      summary: `${fmtBytes(free)} free (${freePct.toFixed(0)}%)`,
      evidence: reclaim,
      next: level === 'ok' ? undefined : prune,
    });
  }
  if (f.inodes && f.inodes.total > 0) {
    const freePct = (100 * f.inodes.free) / f.inodes.total;
    const level: Level = freePct < 5 ? 'problem' : freePct < 10 ? 'warning' : 'ok';
    out.push({
      area: 'resources',
      subject: `inodes ${f.dockerRoot}`,
      level,
      summary: `${f.inodes.free} free (${freePct.toFixed(0)}%)`,
      evidence: [],
      next:
        level === 'ok'
          ? undefined
          : `many small files: ${prune}; look for containers writing into their own layer`,
    });
  }
  if (reclaim.length)
    out.push({
      area: 'resources',
      subject: 'reclaimable',
      level: 'ok',
      summary: reclaim.join('; '),
      evidence: [],
    });
  return out;
}

/** The listener lines of `ss -Hltnp` on a port, any address. */
function listenersOn(f: DoctorFacts, port: string): string[] {
  return f.listeners.filter((l) => {
    const local = l.trim().split(/\s+/)[3] ?? '';
    return local.endsWith(`:${port}`);
  });
}

export function accessChecks(f: DoctorFacts, dc: string): Check[] {
  const out: Check[] = [];
  for (const s of f.services ?? []) {
    const running = f.containers.filter((c) => c.service === s.name && c.status === 'running');
    for (const p of s.ports) {
      if (!/^\d+$/.test(p.published)) continue;
      const where = `${p.hostIp || '0.0.0.0'}:${p.published}`;
      const subject = `port ${where} → ${s.name}:${p.target}/${p.protocol}`;
      const bound = running.some((c) =>
        (c.ports[`${p.target}/${p.protocol}`] ?? []).some((b) => b.hostPort === p.published),
      );
      if (bound) {
        out.push({ area: 'access', subject, level: 'ok', summary: 'bound by the service', evidence: [] });
        continue;
      }
      const owners = p.protocol === 'tcp' ? listenersOn(f, p.published) : [];
      if (owners.length) {
        const who = owners.map((l) => /users:\(\(.*\)\)/.exec(l)?.[0]).find(Boolean);
        out.push({
          area: 'access',
          subject,
          level: 'problem',
          summary: `taken by another process${who ? ` ${who}` : ' (its owner is not visible to this user)'}`,
          evidence: owners,
          next: `find the owner (sudo ss -ltnp 'sport = :${p.published}'), stop it or change the published port, then \`${dc} up -d ${s.name}\``,
        });
      } else {
        out.push({
          area: 'access',
          subject,
          level: 'problem',
          summary: `not bound: ${s.name} has no running container publishing it`,
          evidence: [],
          next: `see the container check of ${s.name}; \`${dc} up -d ${s.name}\` publishes it again`,
        });
      }
    }
  }
  for (const u of f.urls) {
    const code = u.output[u.output.length - 1] ?? '';
    const ok = u.rc === 0 && /^[23]\d\d$/.test(code);
    out.push({
      area: 'access',
      subject: u.url,
      level: ok ? 'ok' : 'problem',
      summary: ok
        ? `answered ${code}`
        : `did not answer 2xx (${/^\d{3}$/.test(code) && code !== '000' ? `HTTP ${code}` : `curl exit ${u.rc}`})`,
      evidence: ok ? [] : u.output,
      next: ok
        ? undefined
        : `check the service behind it and the proxy's configuration; \`curl -gv ${u.url}\` on the host shows the exchange`,
    });
  }
  for (const t of f.tls) {
    const base = {
      area: 'access' as const,
      subject: `certificate on ${t.target}`,
      evidence: t.subject ? [t.subject] : [],
    };
    const renew =
      'renew the certificate (e.g. certbot renew, or replace the files the proxy mounts) and reload the proxy';
    if (!t.found)
      out.push({
        ...base,
        level: 'warning',
        summary: 'no TLS certificate could be read (not TLS, or nothing answers)',
        next: `openssl s_client -connect ${t.target} on the host shows the handshake`,
      });
    else if (t.expired)
      out.push({ ...base, level: 'problem', summary: `expired (notAfter ${t.notAfter})`, next: renew });
    else if (t.within14)
      out.push({
        ...base,
        level: 'warning',
        summary: `expires within 14 days (notAfter ${t.notAfter})`,
        next: renew,
      });
    else out.push({ ...base, level: 'ok', summary: `valid until ${t.notAfter}` });
  }
  return out;
}

export function volumeChecks(f: DoctorFacts, project: string, dc: string): Check[] {
  const out: Check[] = [];
  const present = new Set(f.volumeList.map((v) => v.name));
  for (const v of f.volumes) {
    const ok = present.has(v.name);
    out.push({
      area: 'volumes',
      subject: `volume ${v.name}`,
      level: ok ? 'ok' : 'problem',
      summary: ok ? 'exists' : `missing${v.external ? ' (external: created outside the project)' : ''}`,
      evidence: [],
      next: ok
        ? undefined
        : v.external
          ? `create it (docker volume create ${v.name}) or restore it from a backup`
          : `\`${dc} up -d\` creates it empty; if it held data, restore it from a backup first`,
    });
  }
  for (const w of f.writable) {
    const c = f.containers.find((x) => x.service === w.service);
    const user = c?.user || 'root';
    const subject = `${w.service} writes ${w.path}`;
    if (w.rc === 0)
      out.push({ area: 'volumes', subject, level: 'ok', summary: `writable by ${user}`, evidence: [] });
    else if (w.rc === 1)
      out.push({
        area: 'volumes',
        subject,
        level: 'problem',
        summary: `volume ${w.volume} at ${w.path} is not writable by the service's user (${user})`,
        evidence: [],
        next: `give ${user} write access on the volume, e.g. docker run --rm -u 0 -v ${w.volume}:/v <image> chown -R ${user} /v (or chmod u+w), or change user:`,
      });
    else
      out.push({
        area: 'volumes',
        subject,
        level: 'warning',
        summary:
          w.rc === 125
            ? 'could not test: the container stopped meanwhile'
            : `could not test (exit ${w.rc}: no test command in the image?)`,
        evidence: [],
      });
  }
  const used = new Set(f.volumes.map((v) => v.name));
  const orphans = f.volumeList.filter((v) => v.project === project && !used.has(v.name)).map((v) => v.name);
  if (orphans.length)
    out.push({
      area: 'volumes',
      subject: 'orphaned volumes',
      level: 'warning',
      summary: `${orphans.length} volume(s) of the project the release does not use (doctor never removes them)`,
      evidence: orphans,
      next: 'back them up if they hold data; remove with docker volume rm NAME once sure',
    });
  return out;
}

export function configChecks(f: DoctorFacts, dir: string): Check[] {
  const out: Check[] = [];
  for (const c of f.containers) {
    const want = f.configHashes[c.service];
    if (!want || f.kinds[c.service] === 'oneshot') continue;
    const same = c.configHash === want;
    out.push({
      area: 'configuration',
      subject: `${c.service} config`,
      level: same ? 'ok' : 'problem',
      summary: same
        ? `matches release ${f.release}`
        : `drift: container ${c.name} was not created from release ${f.release}'s configuration`,
      evidence: same ? [] : [`container ${c.configHash.slice(0, 12) || '-'} ≠ release ${want.slice(0, 12)}`],
      next: same
        ? undefined
        : 'deploy again (or roll back) so the containers match a release; avoid changes by hand',
    });
  }
  const mode = f.envMode;
  out.push({
    area: 'configuration',
    subject: '.env',
    level: mode === undefined ? 'warning' : mode === '600' ? 'ok' : 'problem',
    summary: mode === undefined ? 'missing in the current release' : `mode ${mode}`,
    evidence: [],
    next:
      mode === undefined
        ? 'deploy again: every release carries its .env'
        : mode === '600'
          ? undefined
          : `chmod 600 ${dir}/current/.env (it holds secrets)`,
  });
  return out;
}
