import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './action.js';
import { flags, runCli, sshInputs, testbed, type CliRun } from './testbed.js';

const tb = testbed();

/**
 * App images of the example stack under TAG (built and pushed by example/build-images.sh).
 * `like` reuses another tag's image for a service, so that release changes only what a test wants.
 */
export function buildImages(
  tag: string,
  opts: { fault?: string; services?: string[]; like?: string } = {},
): void {
  const services = opts.services ?? ['backend', 'bot', 'frontend'];
  execFileSync('bash', [join(ROOT, 'example/build-images.sh'), ...services], {
    env: { ...process.env, IMAGE_TAG: tag, APP_VERSION: tag, FAULT: opts.fault ?? 'none', PUSH: '1' },
    stdio: 'pipe',
    timeout: 600_000,
  });
  if (opts.like)
    for (const s of ['backend', 'bot', 'frontend'].filter((x) => !services.includes(x))) {
      const from = `${tb.registry}/stack/${s}:${opts.like}`;
      const to = `${tb.registry}/stack/${s}:${tag}`;
      execFileSync('docker', ['tag', from, to]);
      execFileSync('docker', ['push', '-q', to], { stdio: 'pipe' });
    }
}

/** A .env for a test project: .env.example with nginx on 127.0.0.1 and the given ports. */
export function envFile(httpPort: number, httpsPort: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-env-'));
  const text = readFileSync(join(ROOT, 'compose/.env.example'), 'utf8')
    .replace(/^NGINX_HTTP_BIND=.*$/m, 'NGINX_HTTP_BIND=127.0.0.1')
    .replace(/^NGINX_HTTPS_BIND=.*$/m, 'NGINX_HTTPS_BIND=127.0.0.1')
    .replace(/^NGINX_HTTP_PORT=.*$/m, `NGINX_HTTP_PORT=${httpPort}`)
    .replace(/^NGINX_HTTPS_PORT=.*$/m, `NGINX_HTTPS_PORT=${httpsPort}`);
  writeFileSync(join(dir, '.env'), text, { mode: 0o600 });
  return join(dir, '.env');
}

export interface TestProject {
  name: string;
  env: string;
  httpPort: number;
  httpsPort: number;
}

export function project(name: string, httpPort: number): TestProject {
  return { name, env: envFile(httpPort, httpPort + 1), httpPort, httpsPort: httpPort + 1 };
}

/** Deploy-related inputs for a test project (test ports are not 80/443, so `policy: compose`). */
export function deployInputs(
  p: TestProject,
  tag: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...sshInputs(tb),
    'project-name': p.name,
    'env-file': p.env,
    'image-tag': tag,
    registry: tb.registry,
    policy: 'compose',
    'health-urls': `http://127.0.0.1:${p.httpPort}/healthz`,
    ...extra,
  };
}

export function deployCli(p: TestProject, tag: string, extra: Record<string, string> = {}): Promise<CliRun> {
  return runCli(['deploy', ...flags(deployInputs(p, tag, extra)), '--json'], {
    STACK_DEPLOY_SSH_KEY: tb.key,
  });
}

export function cli(command: string, p: TestProject, extra: Record<string, string> = {}): Promise<CliRun> {
  return runCli([command, ...flags({ ...sshInputs(tb), 'project-name': p.name, ...extra }), '--json'], {
    STACK_DEPLOY_SSH_KEY: tb.key,
  });
}

/** service → container id of the project's containers. */
export function containerIds(projectName: string): Record<string, string> {
  const out = execFileSync(
    'docker',
    [
      'ps',
      '-a',
      '--filter',
      `label=com.docker.compose.project=${projectName}`,
      '--format',
      '{{.Label "com.docker.compose.service"}} {{.ID}}',
    ],
    { encoding: 'utf8' },
  );
  const ids: Record<string, string> = {};
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [svc, id] = line.split(' ');
    ids[svc] = id;
  }
  return ids;
}

/** HTTPS request to nginx on 127.0.0.1 (self-signed certificate). */
export function https(
  p: TestProject,
  path: string,
  opts: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = request(
      {
        host: '127.0.0.1',
        port: p.httpsPort,
        path,
        method: opts.method ?? 'GET',
        rejectUnauthorized: false,
        headers: data
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
          : {},
        timeout: 10_000,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (data) req.write(data);
    req.end();
  });
}

export async function version(p: TestProject): Promise<string> {
  const r = await https(p, '/api/version');
  return r.status === 200 ? (JSON.parse(r.body) as { version: string }).version : `HTTP ${r.status}`;
}

export const remoteDir = (p: TestProject) => `/home/${tb.user}/stack-deploy/${p.name}`;

export function currentRelease(p: TestProject): string {
  try {
    return execFileSync('readlink', [join(remoteDir(p), 'current')], { encoding: 'utf8' })
      .trim()
      .replace('releases/', '');
  } catch {
    return '';
  }
}

export function history(p: TestProject): string[][] {
  try {
    return readFileSync(join(remoteDir(p), 'history.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
  } catch {
    return [];
  }
}

/** Removes everything a test project left: containers, volumes, networks, the remote directory. */
export function teardown(p: TestProject): void {
  const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { stdio: 'pipe' });
  const f = `--filter label=com.docker.compose.project=${p.name}`;
  sh(`docker ps -aq ${f} | xargs -r docker rm -f`);
  sh(`docker volume ls -q ${f} | xargs -r docker volume rm`);
  sh(`docker network ls -q ${f} | xargs -r docker network rm`);
  sh(`rm -rf '${remoteDir(p)}'`);
}

export const parseJsonLine = (stdout: string): Record<string, string> => {
  const line = stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Record<string, string>;
};
