// SD-SEC-007: every file the release ships (bind sources, env_file, configs/secrets files, and every file
// inside shipped folders) must really live inside the working directory: a symlink leading out would
// carry runner files (~/.docker/config.json, ~/.ssh) to the host.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { envFiles, serviceVolumes } from './consistency.js';
import { get, isMap, mapEntries, str, type Sink } from './tree.js';
import type { Loc, YMap } from './types.js';

/** Files visited in one shipped folder before giving up (a release is a handful of config files). */
export const MAX_SHIPPED_ENTRIES = 20_000;

export interface EscapingLink {
  /** the link (or the path under a linked folder) as given */
  path: string;
  /** where it leads; undefined for a symlink loop */
  target?: string;
  /** the folder held more than MAX_SHIPPED_ENTRIES entries */
  tooMany?: boolean;
}

const inside = (root: string, p: string): boolean =>
  p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

function real(p: string): string | 'loop' | undefined {
  try {
    return realpathSync(p);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : undefined;
  }
}

/**
 * Paths at or under `path` whose real location is outside `root`, symlink loops and links to a folder
 * containing themselves. Missing paths give nothing (other checks report them).
 */
export function escapingLinks(path: string, root: string): EscapingLink[] {
  const realRoot = real(root);
  if (realRoot === undefined || realRoot === 'loop') return [];
  const out: EscapingLink[] = [];
  const top = real(path);
  if (top === 'loop') return [{ path }];
  if (top === undefined) return [];
  if (!inside(realRoot, top)) return [{ path, target: top }];
  let budget = MAX_SHIPPED_ENTRIES;
  const walk = (shown: string, at: string, ancestors: string[]): void => {
    let names: string[];
    try {
      names = readdirSync(at).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (--budget < 0) {
        if (budget === -1) out.push({ path, tooMany: true });
        return;
      }
      const p = join(at, name);
      const showP = join(shown, name);
      let st;
      try {
        st = lstatSync(p);
      } catch {
        continue;
      }
      let target = p;
      if (st.isSymbolicLink()) {
        const r = real(p);
        if (r === 'loop') {
          out.push({ path: showP });
          continue;
        }
        if (r === undefined) continue;
        if (!inside(realRoot, r)) {
          out.push({ path: showP, target: r });
          continue;
        }
        if (ancestors.includes(r)) {
          out.push({ path: showP });
          continue;
        }
        target = r;
        try {
          st = statSync(r);
        } catch {
          continue;
        }
      }
      if (st.isDirectory()) walk(showP, target, [...ancestors, real(target) as string]);
    }
  };
  try {
    if (statSync(top).isDirectory()) walk(path, top, [top]);
  } catch {
    /* vanished meanwhile: nothing to ship */
  }
  return out;
}

interface Ref {
  path: string;
  loc: Loc;
  where: string;
}

function refs(model: YMap): Ref[] {
  const out: Ref[] = [];
  for (const e of mapEntries(get(model, 'services'))) {
    if (!isMap(e.value)) continue;
    const w = `services.${e.key}`;
    for (const v of serviceVolumes(e.value, w))
      if (v.type === 'bind' && v.source)
        out.push({ path: v.source, loc: v.loc, where: `${w}.volumes[${v.index}]` });
    for (const f of envFiles(e.value)) out.push({ path: f.path, loc: f.loc, where: `${w}.env_file` });
  }
  for (const kind of ['configs', 'secrets']) {
    for (const e of mapEntries(get(model, kind))) {
      const f = get(e.value, 'file');
      const p = str(f);
      if (p !== undefined && f) out.push({ path: p, loc: f.loc, where: `${kind}.${e.key}.file` });
    }
  }
  return out;
}

/** Reports shipped paths that lead out of `cwd` through a symlink; `files` (compose files, .env) too. */
export function checkShipped(
  model: YMap,
  sink: Sink,
  o: { cwd: string; projectDir: string; files: { abs: string; display: string }[] },
): void {
  const cwd = resolve(o.cwd);
  const report = (shownBase: string, absBase: string, loc: Loc | undefined, where: string): void => {
    for (const l of escapingLinks(absBase, cwd)) {
      const shown = shownBase + l.path.slice(absBase.length);
      const msg = l.tooMany
        ? `${shown} holds more than ${MAX_SHIPPED_ENTRIES} files; ship a smaller folder`
        : l.target === undefined
          ? `${shown} is a symlink loop`
          : `${shown} resolves to ${l.target}, outside the working directory; it would be shipped to the host`;
      sink.add('SD-SEC-007', loc, `${where}: ${msg}`);
    }
  };
  for (const f of o.files)
    if (inside(cwd, f.abs)) report(f.display, f.abs, { file: f.display, line: 0, col: 0 }, f.display);
  const seen = new Set<string>();
  for (const r of refs(model)) {
    if (r.path.startsWith('~') || (isAbsolute(r.path) && !inside(cwd, r.path))) continue;
    const abs = resolve(o.projectDir, r.path);
    // lexically outside: not shipped (a host path) or refused by name when the bundle is made
    if (!inside(cwd, abs) || relative(cwd, abs).startsWith('..')) continue;
    const key = `${r.where}|${abs}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report(r.path.replace(/\/+$/, ''), abs, r.loc, r.where);
  }
}
