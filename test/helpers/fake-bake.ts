import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecResult, LocalRunner } from '../../src/transport/types.js';

/** A project with two buildable services (api, worker): a compose file and two Dockerfiles. */
export function fakeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdtest-fake-bake-'));
  for (const s of ['api', 'worker']) {
    mkdirSync(join(dir, s));
    writeFileSync(join(dir, s, 'Dockerfile'), 'FROM scratch\n');
  }
  writeFileSync(
    join(dir, 'compose.yml'),
    [
      'services:',
      ...['api', 'worker'].flatMap((s) => [`  ${s}:`, `    image: r.example/${s}:v1`, `    build: ./${s}`]),
    ].join('\n') + '\n',
  );
  return dir;
}

export interface BakeCall {
  argv: readonly string[];
  /** the override bake file as it was when bake ran */
  override: { target: Record<string, Record<string, unknown>> };
}

export interface FakeBakeOptions {
  /** bake exits 1 with this stderr */
  fail?: string;
  /** runs when bake starts, e.g. to see what the cache directory holds then */
  onBake?: (call: BakeCall) => void;
  /** what bake writes into each `type=local,dest=` directory's index.json */
  cacheContent?: string;
}

const ok = (stdout = ''): ExecResult => ({ code: 0, stdout, stderr: '' });

/**
 * `docker` as build() drives it: a docker-container builder, the project's two targets, and a bake
 * that writes its metadata file and its local cache exports. `git` fails (no repository).
 */
export function fakeDocker(
  project: string,
  opts: FakeBakeOptions = {},
): { run: LocalRunner; bakes: BakeCall[] } {
  const bakes: BakeCall[] = [];
  const run: LocalRunner = async (argv) => {
    const a = argv.join(' ');
    if (a === 'docker buildx version') return ok('github.com/docker/buildx v0.13.1\n');
    if (a === 'docker buildx inspect') return ok('Name:   b1\nDriver: docker-container\n');
    if (a.startsWith('docker info')) return ok('[]\n');
    if (a.startsWith('docker buildx bake') && argv.includes('--print'))
      return ok(
        JSON.stringify({
          target: Object.fromEntries(
            ['api', 'worker'].map((s) => [
              s,
              { context: join(project, s), dockerfile: 'Dockerfile', tags: [`r.example/${s}:v1`] },
            ]),
          ),
        }),
      );
    if (a.startsWith('docker buildx bake')) {
      const files = argv.flatMap((x, i) => (argv[i - 1] === '-f' ? [x] : []));
      const override = JSON.parse(readFileSync(files[files.length - 1], 'utf8')) as BakeCall['override'];
      const call = { argv, override };
      bakes.push(call);
      opts.onBake?.(call);
      if (opts.fail) return { code: 1, stdout: '', stderr: opts.fail };
      for (const t of Object.values(override.target))
        for (const to of (t['cache-to'] as string[] | undefined) ?? []) {
          const dest = /^type=local,dest=([^,]+)/.exec(to)?.[1];
          if (!dest) continue;
          mkdirSync(dest, { recursive: true });
          writeFileSync(join(dest, 'index.json'), opts.cacheContent ?? 'new');
        }
      const digest = 'sha256:' + 'a'.repeat(64);
      const meta = Object.fromEntries(
        Object.keys(override.target).map((s) => [s, { 'containerimage.digest': digest }]),
      );
      writeFileSync(argv[argv.indexOf('--metadata-file') + 1], JSON.stringify(meta));
      return ok();
    }
    return { code: 128, stdout: '', stderr: `fake: not a command this test expects: ${a}` };
  };
  return { run, bakes };
}
