import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Stacks of other shapes than the bundled one: small busybox services built from one image per
 * version. v3 is the broken release: its web service crashes a second after it starts.
 */
export type Version = 1 | 2 | 3;
export const IMAGE = 'sdtest-shape-app';
export const img = (v: Version) => `${IMAGE}:v${v}`;

const APP = `#!/bin/sh
case \${1:-web} in
web)
  mkdir -p /www && echo "$APP_VERSION" >/www/version && echo ok >/www/health
  if [ -d /data ]; then [ -f /data/seed ] || echo "seed-$APP_VERSION" >/data/seed; fi
  for f in /run/secrets/* /etc/app/*; do [ -f "$f" ] && cp "$f" "/www/$(basename "$f")"; done
  [ -z "\${GREETING:-}" ] || echo "$GREETING" >/www/greeting
  if [ "$FAULT" = crash ]; then echo "release $APP_VERSION crashes on purpose"; sleep 1; exit 3; fi
  httpd -f -p "\${PORT:-8080}" -h /www &
  trap 'kill $!; exit 0' TERM
  wait ;;
worker) trap 'exit 0' TERM; while :; do sleep 1; done ;;
stubborn) trap '' TERM; echo "ignoring SIGTERM"; while :; do sleep 1; done ;;
init) echo "init $APP_VERSION done"; if [ -d /data ]; then echo "$APP_VERSION" >/data/init; fi ;;
check) wget -q -O /dev/null "http://127.0.0.1:\${PORT:-8080}/health" ;;
esac
`;

/** Builds sdtest-shape-app:v1..v3 locally from sd-base/busybox:1 (one build per version, shared by all shapes). */
export function buildShapeImages(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sd-shape-img-'));
  try {
    writeFileSync(join(dir, 'app.sh'), APP, { mode: 0o755 });
    for (const v of [1, 2, 3] as const) {
      writeFileSync(
        join(dir, 'Dockerfile'),
        [
          'FROM sd-base/busybox:1',
          'COPY app.sh /app.sh',
          `ENV APP_VERSION=v${v} FAULT=${v === 3 ? 'crash' : 'none'}`,
          'ENTRYPOINT ["/app.sh"]',
          'CMD ["web"]',
          '',
        ].join('\n'),
      );
      execFileSync('docker', ['build', '-q', '-t', img(v), dir], { stdio: 'pipe', timeout: 300_000 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ShapeCtx {
  v: Version;
  port: number;
  project: string;
}

export interface Shape {
  /** the project is sdtest-shape-<id> */
  id: string;
  /** what it proves */
  about: string;
  /** the stack's files at version v, relative to the checkout */
  files(c: ShapeCtx): Record<string, string>;
  /** action inputs besides the connection (working-directory, compose-files, policy…) */
  inputs?: Record<string, string>;
  /** long-running services and how many containers each runs */
  running: Record<string, number>;
  /** the service answering /version on the published port and holding the seed in /data */
  web: string;
  /** resources created before the first deploy (external network/volume); removed at teardown */
  external?: { networks?: string[]; volumes?: string[] };
  /** services that must never get a container (inactive profiles) */
  absent?: string[];
  /** paths the web service answers with version-dependent text (files shipped with the release) */
  probe?: (v: Version) => Record<string, string>;
}

/** Fragments shared by the shapes. */
// tolerant of a loaded machine (an exec can take seconds): the crashing release fails on its exit
const hc = `    healthcheck: { test: ["CMD", "/app.sh", "check"], interval: 2s, timeout: 10s, retries: 5, start_period: 60s }\n`;
export const web = (c: ShapeCtx, name = 'web', extra = '', health = true) =>
  `  ${name}:
    image: ${img(c.v)}
    command: ["web"]
    ports: ["127.0.0.1:${c.port}:8080"]
    volumes: ["data:/data"]
${health ? hc : ''}${extra}`;
export const worker = (c: ShapeCtx, name = 'worker', extra = '') =>
  `  ${name}:
    image: ${img(c.v)}
    command: ["worker"]
${extra}`;
export const init = (c: ShapeCtx, name: string, extra = '') =>
  `  ${name}:
    image: ${img(c.v)}
    command: ["init"]
    volumes: ["data:/data"]
    restart: "no"
${extra}`;
const completed = (name: string) =>
  `    depends_on: { ${name}: { condition: service_completed_successfully } }\n`;
const volumes = 'volumes:\n  data:\n';

export const SHAPES: Shape[] = [
  {
    id: 'defaults',
    about: 'a generic web + worker + init stack, every input at its default but the connection',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', completed('setup'))}${worker(c)}${init(c, 'setup')}${volumes}`,
    }),
    inputs: {},
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'nomig',
    about: 'no migration service at all, no one-shot',
    files: (c) => ({ 'compose.yaml': `services:\n${web(c)}${worker(c)}${volumes}` }),
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'migname',
    about: 'a migration one-shot with another name, given as migrate-service',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', completed('db-setup'))}${worker(c)}${init(c, 'db-setup')}${volumes}`,
    }),
    inputs: { 'migrate-service': 'db-setup' },
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'addmig',
    about: 'release 2 adds a `migrations` service release 1 lacks (manual rollback to a release without it)',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', c.v > 1 ? completed('migrations') : '')}${worker(c)}${c.v > 1 ? init(c, 'migrations') : ''}${volumes}`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'dropmig',
    about: 'release 1 has a `migrations` service, later releases drop it',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', c.v === 1 ? completed('migrations') : '')}${worker(c)}${c.v === 1 ? init(c, 'migrations') : ''}${volumes}`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'names',
    about: 'service names with dashes, underscores and digits; container_name',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web-1', `    container_name: sdtest-shape-names-front\n${completed('init_0')}`)}${worker(c, 'worker_2')}${worker(c, '3rd-worker')}${init(c, 'init_0')}${volumes}`,
    }),
    running: { 'web-1': 1, worker_2: 1, '3rd-worker': 1 },
    web: 'web-1',
  },
  {
    id: 'replicas',
    about: 'scale: 2 and deploy.replicas: 2',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c)}${worker(c, 'pool', '    scale: 2\n')}${worker(c, 'jobs', '    deploy: { replicas: 2 }\n')}${volumes}`,
    }),
    running: { web: 1, pool: 2, jobs: 2 },
    web: 'web',
  },
  {
    id: 'profiles',
    about: 'an inactive profile service (its image does not even exist) and an optional dependency on it',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', '    depends_on: { debug: { condition: service_started, required: false } }\n')}${worker(c)}  debug:
    image: sdtest-shape-nonexistent:never
    profiles: [debug]
${volumes}`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
    absent: ['debug'],
  },
  {
    id: 'nohealth',
    about: 'no health checks anywhere: a crashing release is still caught',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', '', false)}${worker(c)}${volumes}`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'stubborn',
    about: 'a worker that ignores SIGTERM, with stop_grace_period',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c)}  worker:
    image: ${img(c.v)}
    command: ["stubborn"]
    stop_grace_period: 2s
${volumes}`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
  },
  {
    id: 'files',
    about: 'env_file, configs and secrets from files',
    files: (c) => ({
      'compose.yaml': `services:\n${web(
        c,
        'web',
        `    env_file: [app.env]
    configs: [{ source: site, target: /etc/app/site.txt }]
    secrets: [token]
`,
      )}${worker(c)}${volumes}configs:\n  site: { file: ./conf/site.txt }\nsecrets:\n  token: { file: ./secrets/token.txt }\n`,
      'app.env': `GREETING=hello-v${c.v}\n`,
      'conf/site.txt': `site-v${c.v}\n`,
      'secrets/token.txt': `token-v${c.v}\n`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
    probe: (v) => ({ '/greeting': `hello-v${v}`, '/site.txt': `site-v${v}`, '/token': `token-v${v}` }),
  },
  {
    id: 'external',
    about: 'an external network and an external volume created beforehand',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c, 'web', '    networks: [shared]\n').replace('data:/data', 'sdtest-shape-external-vol:/data')}${worker(c, 'worker', '    networks: [shared]\n')}volumes:
  sdtest-shape-external-vol: { external: true }
networks:
  shared: { external: true, name: sdtest-shape-external-net }
`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
    external: { networks: ['sdtest-shape-external-net'], volumes: ['sdtest-shape-external-vol'] },
  },
  {
    id: 'include',
    about: 'include: and extends: file: (both files ship with the release)',
    files: (c) => ({
      'compose.yaml': `include:\n  - parts/worker.yaml\nservices:\n${web(c, 'web', '    extends: { file: common/base.yaml, service: base }\n')}${volumes}`,
      'parts/worker.yaml': `services:\n${worker(c)}`,
      'common/base.yaml': `services:\n  base:\n    environment: { GREETING: "from-base-v${c.v}" }\n`,
    }),
    running: { web: 1, worker: 1 },
    web: 'web',
    probe: (v) => ({ '/greeting': `from-base-v${v}` }),
  },
  {
    id: 'netmode',
    about: 'network_mode: service:… (a sidecar in the web service network namespace)',
    files: (c) => ({
      'compose.yaml': `services:\n${web(c)}${worker(c, 'sidecar', '    network_mode: "service:web"\n    depends_on: [web]\n')}${volumes}`,
    }),
    running: { web: 1, sidecar: 1 },
    web: 'web',
  },
  {
    id: 'subdir',
    about: 'compose.yaml in a subdirectory reached through working-directory',
    files: (c) => ({
      'deploy/compose.yaml': `services:\n${web(c)}${worker(c, 'worker', '    depends_on: { web: { condition: service_healthy, required: false } }\n')}${volumes}`,
      'README.md': 'an app whose stack lives in deploy/\n',
    }),
    inputs: { 'working-directory': 'deploy' },
    running: { web: 1, worker: 1 },
    web: 'web',
  },
];

/** Writes a shape's files for version v into dir (a fresh checkout each time: removed files go). */
export function writeShape(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}
