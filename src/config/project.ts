import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Settings } from './settings.js';

/** Compose's normalisation of a project name: lowercase, only [a-z0-9_-], starting with a letter or digit. */
export function normaliseProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[^a-z0-9]+/, '');
}

/**
 * The project name as Compose would pick it: the input, else the top-level `name:` of the last
 * compose file that sets one, else the first compose file's directory name.
 */
export function resolveProjectName(
  settings: Pick<Settings, 'projectName' | 'composeFiles' | 'workingDirectory'>,
): string {
  if (settings.projectName) return settings.projectName;
  const files = settings.composeFiles.map((f) => resolve(settings.workingDirectory, f));
  let name: string | undefined;
  for (const f of files) {
    try {
      const doc = parse(readFileSync(f, 'utf8')) as { name?: unknown } | null;
      if (doc && typeof doc.name === 'string' && !doc.name.includes('$')) name = doc.name;
    } catch {
      // an unreadable file is reported by validation; the directory name still works here
    }
  }
  return normaliseProjectName(name ?? basename(dirname(files[0] ?? resolve(settings.workingDirectory, 'x'))));
}

/** Default remote project directory. */
export function defaultRemoteDir(project: string): string {
  return `~/stack-deploy/${project}`;
}

/** GITHUB_SHA when it is a commit id (40 or 64 hex digits); anything else is ignored. */
export function commitSha(env: Record<string, string | undefined>): string | undefined {
  const sha = env.GITHUB_SHA;
  return sha && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
}
