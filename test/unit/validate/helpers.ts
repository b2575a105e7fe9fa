import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  validate,
  type Finding,
  type ValidateInput,
  type ValidationReport,
} from '../../../src/config/validate/index.js';

/** Writes files into a fresh temporary directory; returns its path. */
export function tmpProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Validates files given inline; compose files are every *.yml in order of the keys. */
export async function run(
  files: Record<string, string>,
  opts: Partial<ValidateInput> = {},
): Promise<ValidationReport & { dir: string }> {
  const dir = tmpProject(files);
  try {
    const composeFiles = opts.composeFiles ?? Object.keys(files).filter((f) => /\.ya?ml$/.test(f));
    const r = await validate({
      cwd: dir,
      composeFiles,
      profile: 'dev',
      policy: 'compose',
      processEnv: {},
      ...opts,
    });
    return { ...r, dir };
  } finally {
    cleanup(dir);
  }
}

export const show = (fs: Finding[]): string =>
  fs.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}`).join('\n');

/** Findings as `rule line:col message` strings, for compact assertions. */
export const brief = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.line}:${f.col} ${f.message}`);
