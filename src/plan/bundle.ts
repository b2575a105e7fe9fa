/** What a release carries and where each file goes inside it. Pure. */
import { posix } from 'node:path';

export interface BundleLayout {
  /** directory (relative to the working directory) that release `files/` mirrors */
  root: string;
  /** paths relative to the working directory → path inside the release */
  entries: { from: string; to: string }[];
  /** the compose project directory inside the release */
  projectDir: string;
  /** compose files inside the release, in merge order */
  composeFiles: string[];
}

function commonDir(paths: readonly string[]): string {
  const split = paths.map((p) => posix.dirname(p).split('/'));
  const first = split[0] ?? ['.'];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  const out = first.slice(0, n).join('/');
  return out || '.';
}

const SAFE = /^[A-Za-z0-9._@+/ -]+$/;

/**
 * composeFiles are relative to the working directory; shipped are relative to the project
 * directory (the first compose file's directory), as compose resolves them.
 */
export function bundleLayout(composeFiles: readonly string[], shipped: readonly string[]): BundleLayout {
  const projectDirCwd = posix.dirname(posix.normalize(composeFiles[0]));
  const fromCwd = [
    ...composeFiles.map((f) => posix.normalize(f)),
    ...shipped.map((p) => posix.normalize(posix.join(projectDirCwd, p))),
  ];
  for (const p of fromCwd) {
    if (posix.isAbsolute(p) || p === '..' || p.startsWith('../'))
      throw new Error(`${p}: files outside the working directory cannot be shipped`);
    if (!SAFE.test(p))
      throw new Error(`${p}: file names may hold letters, digits, spaces and . _ @ + / - only`);
  }
  // the root must also contain the project directory itself
  const root = commonDir([...fromCwd, posix.join(projectDirCwd, 'x')]);
  const rel = (p: string) => posix.join('files', posix.relative(root, p) || '.');
  return {
    root,
    entries: [...new Set(fromCwd)].map((from) => ({ from, to: rel(from) })),
    projectDir: rel(posix.join(projectDirCwd, 'x')).replace(/\/x$/, '') || 'files',
    composeFiles: composeFiles.map((f) => rel(posix.normalize(f))),
  };
}

/** `stack-deploy.env`: the variables the tool injects (IMAGE_TAG, REGISTRY), after the user's .env. */
export function injectedEnvFile(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')
    .concat('\n');
}

/** Release ids sort by time: `20261126-031500-abc1234`. */
export function releaseId(now: Date, sha?: string): string {
  const ts = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${ts}-${(sha ?? '').slice(0, 7) || Math.random().toString(16).slice(2, 9)}`;
}
