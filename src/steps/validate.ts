import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FindingsFormat } from '../config/cli-args.js';
import type { Settings } from '../config/settings.js';
import {
  formatText,
  selectAnnotations,
  toSarif,
  toSummaryMarkdown,
  validate,
  type ValidationReport,
} from '../config/validate/index.js';
import type { Logger } from '../util/logger.js';

export const TOOL_VERSION = '0.1.0';

/** Variables the tool injects into compose interpolation (documented convention). */
export function injectedVars(s: Settings): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.imageTag) out.IMAGE_TAG = s.imageTag;
  if (s.registry) out.REGISTRY = s.registry.host;
  return out;
}

/**
 * How findings reach the user. The action: annotations (GitHub shows at most 10 errors and 10
 * warnings) and the table of all of them in the log. The CLI: one log line per finding, and the
 * table only where it is not the same stream as the log (`--format table`, stdout redirected).
 */
export interface FindingsOutput {
  lines: 'annotations' | 'all' | 'none';
  table?: (text: string) => void;
}

/**
 * The CLI's choice: findings once per stream. Log lines on stderr; the table on stdout with
 * --format table (then no log lines), or also when stdout is not the log and not taken by --json.
 */
export function findingsOutput(
  format: FindingsFormat | undefined,
  json: boolean,
  stdoutIsLog: boolean,
  stdout: (text: string) => void,
): FindingsOutput {
  if (format === 'table') return { lines: 'none', table: stdout };
  if (format === 'log' || json || stdoutIsLog) return { lines: 'all' };
  return { lines: 'all', table: stdout };
}

export interface ValidateOutcome {
  report: ValidationReport;
  sarifPath?: string;
}

/** A finding's file (relative to working-directory) relative to the workspace, with forward slashes. */
export function workspacePath(workspace: string, cwd: string, file: string): string {
  return relative(workspace, resolve(cwd, file)).split(sep).join('/');
}

/** Where SARIF places a file: relative to the repository root, or absolute when outside it. */
export function sarifUri(workspace: string, cwd: string, file: string): string {
  const rel = workspacePath(workspace, cwd, file);
  return rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? resolve(cwd, file) : rel;
}

/** Validates the stack, reports findings (annotations, log, summary, SARIF); never throws for findings. */
export async function validateStack(
  s: Settings,
  deps: {
    logger: Logger;
    summary: (md: string) => void;
    env: Record<string, string | undefined>;
    findings?: FindingsOutput;
  },
): Promise<ValidateOutcome> {
  const cwd = resolve(s.workingDirectory);
  const report = await validate({
    cwd,
    composeFiles: s.composeFiles,
    envFile: s.env ? undefined : s.envFile,
    envFileOptional: !s.envFileGiven,
    envContent: s.env?.reveal(),
    profile: s.profile,
    policy: s.policy,
    extraVars: injectedVars(s),
    processEnv: deps.env,
  });
  for (const k of report.secretKeys) if (report.env[k]) deps.logger.secret(report.env[k]);
  const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
  const out = deps.findings ?? { lines: 'annotations', table: (t: string) => deps.logger.info(t) };
  const { shown, hiddenErrors, hiddenWarnings } =
    out.lines === 'all'
      ? { shown: report.findings, hiddenErrors: 0, hiddenWarnings: 0 }
      : out.lines === 'annotations'
        ? selectAnnotations(report)
        : { shown: [], hiddenErrors: 0, hiddenWarnings: 0 };
  for (const f of shown) {
    // annotations and code scanning resolve paths against the workspace, not working-directory
    const file = f.file ? workspacePath(workspace, cwd, f.file) : undefined;
    const where = { file, line: f.line || undefined, col: f.col || undefined, title: f.rule };
    if (f.severity === 'error') deps.logger.error(`${f.rule} ${f.message}`, where);
    else if (f.severity === 'warning') deps.logger.warn(`${f.rule} ${f.message}`, where);
    else deps.logger.info(`note: ${file ? `${file}:${f.line}:${f.col}: ` : ''}${f.rule} ${f.message}`);
  }
  if (hiddenErrors + hiddenWarnings > 0)
    deps.logger.info(`${hiddenErrors} more errors and ${hiddenWarnings} more warnings: see the job summary`);
  const text = formatText(report);
  if (out.table && text.trim()) out.table(text);
  deps.logger.info(
    `validated ${s.composeFiles.join(' + ')} (${s.profile}, policy ${s.policy}): ${report.errors} errors, ${report.warnings} warnings`,
  );
  deps.summary(toSummaryMarkdown(report));
  let sarifPath: string | undefined;
  if (s.sarifFile) {
    sarifPath = resolve(cwd, s.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(
      sarifPath,
      JSON.stringify(
        toSarif(report, TOOL_VERSION, (f) => sarifUri(workspace, cwd, f)),
        null,
        2,
      ),
    );
  }
  return { report, sarifPath };
}
