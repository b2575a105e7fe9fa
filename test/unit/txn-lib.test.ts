import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The host library sourced in sh with a stub `docker` on PATH that answers from fixture files and
// logs every invocation: decisions and the number of engine/Compose calls, without an engine.
const LIB = join(process.cwd(), 'src/plan/txn-lib.sh');

// fixtures: $F/containers.tsv (the snapshot lines, as `docker inspect -f` prints them, newest first),
// $F/hashes (compose config --hash '*'), $F/images.tsv (ref, id, digests), $F/pull-fail (refs)
const STUB = `#!/bin/sh
F=$STUB_DIR
printf '%s\\n' "$*" >>"$F/calls"
[ "$1" = container ] && shift
case "$1" in
  ps)
    case "$*" in
      *--format*)
        awk -F '\t' -v OFS='\t' '{
          if ($7 == "running") st = "Up 2 seconds" ($9 == "healthy" ? " (healthy)" : $9 == "unhealthy" ? " (unhealthy)" : $9 == "starting" ? " (health: starting)" : "")
          else if ($7 == "exited") st = "Exited (" $8 ") 1 second ago"
          else if ($7 == "restarting") st = "Restarting (" $8 ") 1 second ago"
          else st = "Created"
          print $1, $2, $7, st }' "$F/containers.tsv" ;;
      *) cut -f2 "$F/containers.tsv" ;;
    esac ;;
  inspect)
    fmt=$3; shift 2
    for id in "$@"; do
      case $fmt in
        *RestartCount*Status*) awk -F '\t' -v i="$id" '$2 == i' "$F/containers.tsv" ;;
        *RestartCount*) awk -F '\t' -v i="$id" '$2 == i { print $2 ":" $6 }' "$F/containers.tsv" ;;
      esac
    done ;;
  image)
    if [ "$3" = -f ]; then fmt=$4; shift 4; else fmt=; shift 2; fi
    rc=0
    for r in "$@"; do
      line=$(awk -F '\\t' -v r="$r" '$1 == r' "$F/images.tsv")
      if [ -z "$line" ]; then echo "Error: No such image: $r" >&2; rc=1; continue; fi
      id=$(printf '%s' "$line" | cut -f2); dg=$(printf '%s' "$line" | cut -f3)
      case $fmt in *RepoDigests*) printf '%s %s \\n' "$id" "$dg" ;; *) printf '%s\\n' "$id" ;; esac
    done
    exit $rc ;;
  compose) cat "$F/hashes" ;;
  pull)
    mkdir -p "$F/running"; : >"$F/running/$$"
    ls "$F/running" | wc -l >>"$F/concurrency"
    sleep 0.4; rm -f "$F/running/$$"
    if grep -qxF "$3" "$F/pull-fail" 2>/dev/null; then echo "manifest unknown: $3"; exit 1; fi ;;
  tag) ;;
  *) echo "stub docker: unexpected $*" >&2; exit 2 ;;
esac
`;

interface Host {
  root: string;
  fixtures: string;
  run(body: string): { code: number; out: string; err: string; calls: string[] };
}

function host(): Host {
  const root = mkdtempSync(join(tmpdir(), 'sd-txnlib-'));
  const fixtures = join(root, 'fx');
  const bin = join(root, 'bin');
  for (const d of [
    fixtures,
    bin,
    join(root, 'p/releases/r1'),
    join(root, 'p/releases/r2'),
    join(root, 'p/runs/x'),
  ])
    mkdirSync(d, { recursive: true });
  writeFileSync(join(bin, 'docker'), STUB, { mode: 0o755 });
  writeFileSync(join(root, 'p/releases/r2/dc'), '#!/bin/sh\nexec docker compose "$@"\n', { mode: 0o755 });
  writeFileSync(join(root, 'p/releases/r2/meta.json'), '{}');
  spawnSync('ln', ['-s', 'releases/r2', join(root, 'p/current')]);
  for (const f of ['containers.tsv', 'hashes', 'images.tsv']) writeFileSync(join(fixtures, f), '');
  return {
    root,
    fixtures,
    run(body) {
      rmSync(join(fixtures, 'calls'), { force: true });
      const r = spawnSync('sh', ['-c', `set -u\n. "${LIB}"\n${body}`], {
        encoding: 'utf8',
        env: {
          PATH: `${bin}:${process.env.PATH}`,
          STUB_DIR: fixtures,
          DIR: join(root, 'p'),
          RUN: join(root, 'p/runs/x'),
          REL_ID: 'r2',
          REL: join(root, 'p/releases/r2'),
          PROJECT: 'shop',
          KIND: 'deploy',
          ACTOR: 'a',
          SHA: 's',
          RUN_URL: 'u',
          FROM: 'r1',
          GOOD: 'r1',
          FAILED: '',
          PULL_TIMEOUT: '600',
          RUNS_KEPT: '30',
        },
      });
      let calls: string[] = [];
      try {
        calls = readFileSync(join(fixtures, 'calls'), 'utf8').trim().split('\n').filter(Boolean);
      } catch {
        // no docker call at all
      }
      return { code: r.status ?? -1, out: r.stdout, err: r.stderr, calls };
    },
  };
}

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

/** A running container line as project_containers prints it. */
const ctr = (svc: string, id: string, hash: string, img: string, o: Partial<Record<string, string>> = {}) => [
  svc,
  id,
  hash,
  img,
  o.name ?? `r.io/${svc}:1`,
  o.restarts ?? '0',
  o.status ?? 'running',
  o.exit ?? '0',
  o.health ?? 'healthy',
];

/** A stack of n services s1..sn, all running and unchanged except what `tweak` alters. */
function stack(h: Host, n: number): string[] {
  const names = Array.from({ length: n }, (_, i) => `s${i + 1}`);
  const w = (f: string, s: string) => writeFileSync(join(h.root, f), s);
  writeFileSync(
    join(h.fixtures, 'containers.tsv'),
    tsv(names.map((s, i) => ctr(s, `c${i}`.padEnd(12, '0'), `h-${s}`, 'sha256:base'))),
  );
  writeFileSync(join(h.fixtures, 'hashes'), names.map((s) => `${s} h-${s}`).join('\n') + '\n');
  writeFileSync(
    join(h.fixtures, 'images.tsv'),
    tsv([['r.io/app@sha256:1', 'sha256:base', 'r.io/app@sha256:1']]),
  );
  w('p/releases/r2/images.txt', tsv(names.map((s) => [s, 'r.io/app@sha256:1', 'sha256:base'])));
  w('p/releases/r2/files.hash', tsv(names.map((s) => [s, '-'])));
  w('p/releases/r1/files.hash', tsv(names.map((s) => [s, '-'])));
  w('p/releases/r2/services.txt', tsv(names.map((s) => [s, 'health'])));
  return names;
}

let h: Host;
beforeEach(() => {
  h = host();
});
afterEach(() => rmSync(h.root, { recursive: true, force: true }));

describe('plan_switch', () => {
  test('names new, config, image, files and unchanged services in the `::service` format', () => {
    stack(h, 5);
    const fx = h.fixtures;
    // s1 has no container; s2's config hash differs; s3 runs another image; s4's files changed
    writeFileSync(
      join(fx, 'containers.tsv'),
      tsv([
        ctr('s2', 'c20000000000', 'h-s2', 'sha256:base'),
        ctr('s3', 'c30000000000', 'h-s3', 'sha256:old'),
        ctr('s4', 'c40000000000', 'h-s4', 'sha256:base'),
        ctr('s5', 'c50000000000', 'h-s5', 'sha256:base', { restarts: '2' }),
      ]),
    );
    writeFileSync(join(fx, 'hashes'), 's1 h-s1\ns2 h-new\ns3 h-s3\ns4 h-s4\ns5 h-s5\n');
    writeFileSync(
      join(h.root, 'p/releases/r2/files.hash'),
      tsv([
        ['s1', '-'],
        ['s2', '-'],
        ['s3', '-'],
        ['s4', 'f2'],
        ['s5', '-'],
      ]),
    );
    writeFileSync(join(h.root, 'p/releases/r1/files.hash'), tsv([['s4', 'f1']]));
    const r = h.run('plan_switch s1 s2 s3 s4 s5; echo "CHANGED=$CHANGED"; echo "KEPT=$KEPT"');
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n')).toEqual([
      '::service s1 create new - r.io/app@sha256:1',
      '::service s2 recreate config r.io/s2:1 r.io/app@sha256:1',
      '::service s3 recreate image r.io/s3:1 r.io/app@sha256:1',
      '::service s4 recreate files r.io/s4:1 r.io/app@sha256:1',
      '::service s5 unchanged - r.io/s5:1 r.io/app@sha256:1',
      'CHANGED= s2 s3 s4',
      'KEPT= s5=c50000000000:2',
    ]);
  });

  test('the newest container of a service decides, and its restart count is what KEPT keeps', () => {
    stack(h, 2);
    writeFileSync(
      join(h.fixtures, 'containers.tsv'),
      tsv([
        ctr('s1', 'newer0000000', 'h-s1', 'sha256:base', { restarts: '3' }),
        ctr('s1', 'older0000000', 'h-old', 'sha256:base'),
        ctr('s2', 'c20000000000', 'h-s2', 'sha256:base', { restarts: '1' }),
      ]),
    );
    const r = h.run('plan_switch s1 s2; echo "KEPT=$KEPT"');
    expect(r.out).toContain('KEPT= s1=newer0000000:3 s2=c20000000000:1');
  });

  test('a release without a previous one compares files with "-"; a missing image id means image', () => {
    stack(h, 2);
    writeFileSync(join(h.fixtures, 'images.tsv'), '');
    const r = h.run('FROM=; plan_switch s1 s2; echo "CHANGED=$CHANGED"');
    expect(r.out).toContain('::service s1 recreate image r.io/s1:1 r.io/app@sha256:1');
    expect(r.out).toContain('CHANGED= s1 s2');
  });

  test('the number of docker and compose calls does not grow with the stack', () => {
    const counts = [5, 50].map((n) => {
      const names = stack(h, n);
      const r = h.run(`plan_switch ${names.join(' ')}; echo "CHANGED=$CHANGED"`);
      expect(r.out).toContain('CHANGED=\n');
      expect(r.out.match(/^::service \S+ unchanged/gm)).toHaveLength(n);
      return r.calls;
    });
    expect(counts[0].length).toBe(4);
    expect(counts[1].length).toBe(counts[0].length);
    expect(counts[0].map((c) => c.split(' ').slice(0, 2).join(' ')).sort()).toEqual([
      'compose config',
      'container inspect',
      'image inspect',
      'ps -aq',
    ]);
  });
});

describe('verify', () => {
  const verifyOnce = (specs: string, pre = '') =>
    h.run(`RUN_SETTLE=0\n${pre}\nif verify 0 ${specs}; then echo OK; else echo "FAILED=$FAILED"; fi`);

  test('healthy services, a service without health check running, a one-shot exited 0: success', () => {
    stack(h, 3);
    writeFileSync(
      join(h.fixtures, 'containers.tsv'),
      tsv([
        ctr('s1', 'a00000000000', 'h', 'i'),
        ctr('s2', 'b00000000000', 'h', 'i', { health: 'none' }),
        ctr('m', 'c00000000000', 'h', 'i', { status: 'exited', health: 'none' }),
      ]),
    );
    expect(verifyOnce('s1:health s2:run m:oneshot').out.trim()).toBe('OK');
  });

  test('fails fast on exited, restarting, new restarts, unhealthy new containers and failed one-shots', () => {
    stack(h, 1);
    writeFileSync(
      join(h.fixtures, 'containers.tsv'),
      tsv([
        ctr('a', 'a00000000000', 'h', 'i', { status: 'exited', exit: '1' }),
        ctr('b', 'b00000000000', 'h', 'i', { status: 'restarting' }),
        ctr('c', 'c00000000000', 'h', 'i', { restarts: '1' }),
        ctr('d', 'd00000000000', 'h', 'i', { health: 'unhealthy' }),
        ctr('m', 'e00000000000', 'h', 'i', { status: 'exited', exit: '2', health: 'none' }),
        ctr('ok', 'f00000000000', 'h', 'i'),
      ]),
    );
    const r = verifyOnce('a:health b:health c:health d:health m:oneshot ok:health');
    expect(r.out.trim()).toBe('FAILED= a b c d m');
  });

  test('a kept container: judged by restarts since the switch; its unhealthy is not final', () => {
    stack(h, 1);
    writeFileSync(
      join(h.fixtures, 'containers.tsv'),
      tsv([
        ctr('k', 'k00000000000', 'h', 'i', { restarts: '4', health: 'unhealthy' }),
        ctr('j', 'j00000000000', 'h', 'i', { restarts: '2' }),
      ]),
    );
    // k was kept with 4 restarts: still pending (not bad); j was kept with 1: it restarted since
    expect(verifyOnce('k:health', 'KEPT=" k=k00000000000:4"').out.trim()).toBe('FAILED= k');
    expect(verifyOnce('j:health', 'KEPT=" j=j00000000000:1"').out.trim()).toBe('FAILED= j');
    expect(verifyOnce('j:health', 'KEPT=" j=j00000000000:2"').out.trim()).toBe('OK');
    // a container that is not the one kept (recreated meanwhile) is judged as new
    expect(verifyOnce('j:health', 'KEPT=" j=other0000000:2"').out.trim()).toBe('FAILED= j');
  });

  test('a service without a container is pending; a round costs at most two docker calls at any size', () => {
    stack(h, 1);
    const counts = [5, 50].map((n) => {
      const names = Array.from({ length: n }, (_, i) => `s${i}`);
      writeFileSync(
        join(h.fixtures, 'containers.tsv'),
        tsv(names.slice(1).map((s) => ctr(s, `${s}`.padEnd(12, 'x'), 'h', 'i'))),
      );
      const r = verifyOnce(names.map((s) => `${s}:health`).join(' '));
      expect(r.out.trim()).toBe('FAILED= s0');
      return r.calls.length;
    });
    expect(counts).toEqual([2, 2]);
  });

  test('kept containers: one docker ps per round, their restart counts read once at the end', () => {
    stack(h, 1);
    const counts = [5, 50].map((n) => {
      const names = Array.from({ length: n }, (_, i) => `s${i}`);
      const id = (s: string) => s.padEnd(12, 'k');
      writeFileSync(
        join(h.fixtures, 'containers.tsv'),
        tsv(names.map((s) => ctr(s, id(s), 'h', 'i', { restarts: s === 's3' ? '2' : '1' }))),
      );
      const kept = names.map((s) => `${s}=${id(s)}:1`).join(' ');
      const r = verifyOnce(names.map((s) => `${s}:health`).join(' '), `KEPT=" ${kept}"`);
      expect(r.out.trim()).toBe('FAILED= s3');
      return r.calls.map((c) => c.split(' ').slice(0, 2).join(' '));
    });
    expect(counts).toEqual([
      ['ps -a', 'container inspect'],
      ['ps -a', 'container inspect'],
    ]);
  });
});

describe('resolve_images', () => {
  test('pins registry images by digest, keeps local ones, with one image inspect', () => {
    writeFileSync(
      join(h.fixtures, 'images.tsv'),
      tsv([
        ['r.io/app/web:v2', 'sha256:w', 'r.io/app/web@sha256:d1 other.io/web@sha256:zz'],
        ['local/db:1', 'sha256:l', ''],
      ]),
    );
    const r = h.run('resolve_images web r.io/app/web:v2 db local/db:1 worker r.io/app/web:v2');
    expect(r.code).toBe(0);
    expect(r.calls).toHaveLength(1);
    const rel = join(h.root, 'p/releases/r2');
    expect(readFileSync(join(rel, 'images.txt'), 'utf8')).toBe(
      tsv([
        ['web', 'r.io/app/web@sha256:d1', 'sha256:w'],
        ['db', 'local/db:1', 'sha256:l'],
        ['worker', 'r.io/app/web@sha256:d1', 'sha256:w'],
      ]),
    );
    expect(readFileSync(join(rel, 'release.yml'), 'utf8')).toContain('  db:\n    image: "local/db:1"\n');
    expect(JSON.parse(readFileSync(join(rel, 'manifest.json'), 'utf8')).images.web).toEqual({
      ref: 'r.io/app/web@sha256:d1',
      id: 'sha256:w',
    });
  });

  test('an image missing on the host fails naming the service', () => {
    writeFileSync(join(h.fixtures, 'images.tsv'), tsv([['r.io/a:1', 'sha256:a', '']]));
    const r = h.run('resolve_images a r.io/a:1 b r.io/b:1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('::result failed image r.io/b:1 of b is not on the host');
  });
});

describe('pull_image / pull_wait', () => {
  test('pulls at most four at a time and reports every failed image', () => {
    const imgs = Array.from({ length: 8 }, (_, i) => `r.io/i${i}:1`);
    writeFileSync(join(h.fixtures, 'pull-fail'), 'r.io/i2:1\nr.io/i6:1\n');
    const t0 = Date.now();
    const r = h.run(imgs.map((i) => `pull_image ${i} always`).join('\n') + '\npull_wait');
    const wall = Date.now() - t0;
    expect(r.code).toBe(1);
    const conc = readFileSync(join(h.fixtures, 'concurrency'), 'utf8').trim().split('\n').map(Number);
    expect(Math.max(...conc)).toBeLessThanOrEqual(4);
    expect(Math.max(...conc)).toBeGreaterThan(1);
    expect(wall).toBeLessThan(8 * 400);
    expect(r.out).toMatch(/pull {5}r\.io\/i0:1\n/);
    expect(r.out).toMatch(/pull {5}r\.io\/i2:1 failed\n {2}\| manifest unknown: r\.io\/i2:1\n/);
    expect(r.out).toContain(
      '::result failed pull of r.io/i2:1 failed; nothing was changed (also failed: r.io/i6:1)',
    );
  });

  test('images that may stay local are only checked; present ones are not pulled', () => {
    writeFileSync(join(h.fixtures, 'images.tsv'), tsv([['db:1', 'sha256:d', '']]));
    const r = h.run('pull_image db:1 missing\npull_image r.io/w:1 always\npull_wait; echo rc=$?');
    expect(r.out).toMatch(/present {2}db:1\n[\s\S]*pull {5}r\.io\/w:1\n[\s\S]*rc=0/);
    expect(r.calls.filter((c) => c.startsWith('pull '))).toEqual(['pull -q r.io/w:1']);
  });
});
