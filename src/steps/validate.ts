import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
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

export interface ValidateOutcome {
  report: ValidationReport;
  sarifPath?: string;
}

/** Validates the stack, reports findings (annotations, log, summary, SARIF); never throws for findings. */
export async function validateStack(
  s: Settings,
  deps: { logger: Logger; summary: (md: string) => void; env: Record<string, string | undefined> },
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
  const { shown, hiddenErrors, hiddenWarnings } = selectAnnotations(report);
  for (const f of shown) {
    // annotations and code scanning resolve paths against the workspace, not working-directory
    const file = f.file ? relative(workspace, resolve(cwd, f.file)) : undefined;
    const where = { file, line: f.line || undefined, col: f.col || undefined, title: f.rule };
    if (f.severity === 'error') deps.logger.error(`${f.rule} ${f.message}`, where);
    else deps.logger.warn(`${f.rule} ${f.message}`, where);
  }
  if (hiddenErrors + hiddenWarnings > 0)
    deps.logger.info(`${hiddenErrors} more errors and ${hiddenWarnings} more warnings: see the job summary`);
  const text = formatText(report);
  if (text.trim()) deps.logger.info(text);
  deps.logger.info(
    `validated ${s.composeFiles.join(' + ')} (${s.profile}, policy ${s.policy}): ${report.errors} errors, ${report.warnings} warnings`,
  );
  deps.summary(toSummaryMarkdown(report));
  let sarifPath: string | undefined;
  if (s.sarifFile) {
    sarifPath = resolve(cwd, s.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, JSON.stringify(toSarif(report, TOOL_VERSION), null, 2));
  }
  return { report, sarifPath };
}
