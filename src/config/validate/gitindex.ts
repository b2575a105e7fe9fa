// Reads a git index (versions 2-4) to tell whether a file is tracked, without running git.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The work tree root and git dir of the repository containing `path`, if any. */
export function findRepo(path: string): { root: string; gitDir: string } | undefined {
  let dir = resolve(path);
  for (let i = 0; i < 64; i++) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      try {
        if (statSync(dotGit).isDirectory()) return { root: dir, gitDir: dotGit };
        const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (m) return { root: dir, gitDir: resolve(dir, m[1].trim()) };
      } catch {
        return undefined;
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** Paths (relative to the work tree, with /) listed in a git index; undefined when it cannot be read. */
export function readIndexPaths(indexFile: string): Set<string> | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(indexFile);
  } catch {
    return undefined;
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = buf.readUInt32BE(4);
  const count = buf.readUInt32BE(8);
  if (version < 2 || version > 4) return undefined;
  const out = new Set<string>();
  let off = 12;
  let prev = '';
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > buf.length) return out;
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (version >= 3 && flags & 0x4000) off += 2;
    let path: string;
    if (version === 4) {
      let strip = 0;
      let b: number;
      let shift = 0;
      // offset varint as git defines it (7 bits per byte, +1 per continuation)
      do {
        if (off >= buf.length) return out;
        b = buf[off++];
        strip = shift === 0 ? b & 0x7f : ((strip + 1) << 7) | (b & 0x7f);
        shift++;
      } while (b & 0x80);
      const end = buf.indexOf(0, off);
      if (end < 0) return out;
      path = prev.slice(0, Math.max(0, prev.length - strip)) + buf.toString('utf8', off, end);
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) return out;
      path = buf.toString('utf8', off, end);
      const len = end - start;
      off = start + Math.floor((len + 8) / 8) * 8;
    }
    out.add(path);
    prev = path;
  }
  return out;
}

/** True when the file is in the index of the repository that contains it. */
export function isTracked(file: string): boolean {
  const repo = findRepo(dirname(resolve(file)));
  if (!repo) return false;
  const paths = readIndexPaths(join(repo.gitDir, 'index'));
  if (!paths) return false;
  return paths.has(relative(repo.root, resolve(file)).split(sep).join('/'));
}
