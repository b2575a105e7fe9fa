// Reporters: text, JSON, SARIF 2.1.0, job summary markdown, annotation selection. Pure functions.
import { RULES, RULE_BY_ID } from './catalogue.js';
import type { Finding, ValidationReport } from './types.js';

function where(f: Finding): string {
  if (!f.file) return '(stack)';
  if (f.line <= 0) return f.file;
  return `${f.file}:${f.line}:${f.col > 0 ? f.col : 1}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `file:line:col  severity  SD-XXX-NNN  message`, one line per finding, then a count. */
export function formatText(r: ValidationReport): string {
  const lines = r.findings.map((f) => `${where(f)}  ${f.severity}  ${f.rule}  ${f.message}`);
  lines.push(`${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`);
  return lines.join('\n');
}

/** Findings, counts and referenced files; never the model or .env values. */
export function formatJson(r: ValidationReport): string {
  return JSON.stringify(
    {
      errors: r.errors,
      warnings: r.warnings,
      findings: r.findings,
      files: r.files,
      secretKeys: r.secretKeys,
    },
    null,
    2,
  );
}

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

function pascal(title: string): string {
  return title
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * SARIF 2.1.0 with rule metadata and help text, for code scanning. `path` maps a finding's file to
 * its place relative to the repository root (%SRCROOT%); an absolute result becomes a file: URI.
 */
export function toSarif(
  r: ValidationReport,
  toolVersion: string,
  path: (file: string) => string = (f) => f,
): object {
  const location = (file: string) => {
    const p = path(file).split('\\').join('/');
    return p.startsWith('/')
      ? { uri: `file://${encodeURI(p)}` }
      : { uri: encodeURI(p), uriBaseId: '%SRCROOT%' };
  };
  const index = new Map(RULES.map((x, i) => [x.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stack-deploy',
            version: toolVersion,
            informationUri: 'https://github.com/stack-deploy/stack-deploy',
            rules: RULES.map((x) => ({
              id: x.id,
              name: pascal(x.title),
              shortDescription: { text: x.title },
              fullDescription: { text: x.help },
              help: { text: x.help, markdown: `**${x.id} ${x.title}**\n\n${x.help}` },
              defaultConfiguration: { level: LEVEL[x.severity] },
              properties: { tags: [x.id.split('-')[1].toLowerCase()] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: r.findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          ...(f.file
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: location(f.file),
                      ...(f.line > 0
                        ? { region: { startLine: f.line, startColumn: f.col > 0 ? f.col : 1 } }
                        : {}),
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

const SUMMARY_LIMIT = 900_000;

/** Job summary: counts and a table with every finding. */
export function toSummaryMarkdown(r: ValidationReport): string {
  const head = [
    '### stack-deploy validate',
    '',
    r.findings.length === 0
      ? 'No problems found.'
      : `${r.errors === 0 ? '✅' : '❌'} ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}, ${plural(r.findings.length - r.errors - r.warnings, 'note')}`,
    '',
  ];
  if (r.findings.length === 0) return head.join('\n');
  const rows = ['| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];
  let size = head.join('\n').length;
  let omitted = 0;
  for (const f of r.findings) {
    const title = RULE_BY_ID.get(f.rule)?.title ?? '';
    const row = `| ${f.severity} | \`${cell(where(f))}\` | ${f.rule}${title ? ` ${cell(title)}` : ''} | ${cell(f.message)} |`;
    if (size + row.length > SUMMARY_LIMIT) {
      omitted++;
      continue;
    }
    size += row.length + 1;
    rows.push(row);
  }
  if (omitted) rows.push('', `${omitted} more findings omitted (summary size limit); see the SARIF file.`);
  return [...head, ...rows].join('\n');
}

/** What GitHub shows as annotations: errors first, at most 10 errors and 10 warnings. */
export function selectAnnotations(r: ValidationReport): {
  shown: Finding[];
  hiddenErrors: number;
  hiddenWarnings: number;
} {
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  return {
    shown: [...errors.slice(0, 10), ...warnings.slice(0, 10)],
    hiddenErrors: Math.max(0, errors.length - 10),
    hiddenWarnings: Math.max(0, warnings.length - 10),
  };
}
