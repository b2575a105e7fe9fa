/** Doctor's report as text lines, JSON and a job-summary table. Pure. */
import type { Area, Check, Level } from './doctor-checks.js';

export interface DoctorReport {
  release: string;
  problems: number;
  warnings: number;
  checks: Check[];
}

const AREAS: Record<Area, string> = {
  containers: 'Containers (won’t start, keep restarting)',
  dependencies: 'Service communication',
  resources: 'Resources and performance',
  access: 'External access',
  volumes: 'Volumes and data',
  configuration: 'Configuration',
};

const TAG: Record<Level, string> = { ok: 'ok     ', warning: 'WARNING', problem: 'PROBLEM' };

export function report(release: string, checks: Check[]): DoctorReport {
  return {
    release,
    problems: checks.filter((c) => c.level === 'problem').length,
    warnings: checks.filter((c) => c.level === 'warning').length,
    checks,
  };
}

/** Text lines; host output is on lines of its own, each prefixed with `  | `. */
export function renderText(r: DoctorReport): string[] {
  const out: string[] = [];
  for (const area of Object.keys(AREAS) as Area[]) {
    const checks = r.checks.filter((c) => c.area === area);
    if (!checks.length) continue;
    out.push(`${AREAS[area]}:`);
    for (const c of checks) {
      out.push(`  ${TAG[c.level]}  ${c.subject}: ${c.summary}`);
      if (c.level === 'ok') continue;
      for (const e of c.evidence) out.push(`    | ${e}`);
      if (c.next) out.push(`    next: ${c.next}`);
    }
  }
  out.push(
    `${r.problems} problem(s), ${r.warnings} warning(s), ${r.checks.length - r.problems - r.warnings} ok` +
      (r.release ? ` — release ${r.release}` : ''),
  );
  return out;
}

/** Markdown-safe cell: host text cannot open HTML, break the table or start code. */
const cell = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/[\r\n]+/g, ' ');

const ICON: Record<Level, string> = { ok: '✅ ok', warning: '⚠️ warning', problem: '❌ problem' };

export function renderSummary(r: DoctorReport, project: string): string {
  const rows = [...r.checks].sort((a, b) => rank(b.level) - rank(a.level));
  const lines = [
    `### stack-deploy doctor: ${cell(project)}${r.release ? ` (release ${cell(r.release)})` : ''}`,
    '',
    `**${r.problems} problem(s), ${r.warnings} warning(s)**, ${r.checks.length - r.problems - r.warnings} ok`,
    '',
    '| level | area | subject | finding | next step |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (c) =>
        `| ${ICON[c.level]} | ${c.area} | ${cell(c.subject)} | ${cell(c.summary)} | ${cell(c.next ?? '')} |`,
    ),
    '',
  ];
  const withEvidence = rows.filter((c) => c.level !== 'ok' && c.evidence.length);
  for (const c of withEvidence)
    lines.push(
      `<details><summary>${cell(c.subject)}: evidence</summary>`,
      '',
      `<pre>${c.evidence.map(cell).join('\n')}</pre>`,
      '</details>',
      '',
    );
  return lines.join('\n');
}

const rank = (l: Level) => (l === 'problem' ? 2 : l === 'warning' ? 1 : 0);
