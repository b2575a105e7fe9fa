import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** The private temp dirs a run creates (mkdtemp adds 6 characters); post removes only these. */
export const WORK_DIR_PREFIX = {
  ssh: 'sd-',
  bundle: 'sd-bundle-',
  build: 'stack-deploy-build-',
} as const;

export type WorkDirKind = keyof typeof WORK_DIR_PREFIX;

const NAME = new RegExp(`^(${Object.values(WORK_DIR_PREFIX).join('|')})[A-Za-z0-9]{6}$`);

/** The parent of work dirs: RUNNER_TEMP on a runner, the system temp dir elsewhere. */
export function workRoot(env: Record<string, string | undefined> = process.env): string {
  return env.RUNNER_TEMP || tmpdir();
}

export function makeWorkDir(kind: WorkDirKind, root: string = workRoot()): string {
  return mkdtempSync(join(root, WORK_DIR_PREFIX[kind]));
}

/** A name mkdtemp gave one of our work dirs. */
export function isWorkDirName(name: string): boolean {
  return NAME.test(name);
}

/** Whether path is one of our work dirs directly inside one of the given roots. */
export function isOwnWorkDir(path: string, roots: readonly string[]): boolean {
  const p = resolve(path);
  return isWorkDirName(basename(p)) && roots.some((r) => r && resolve(r) === dirname(p));
}
