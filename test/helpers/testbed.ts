import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './action.js';

export interface Testbed {
  host: string;
  port: number;
  user: string;
  keyPath: string;
  key: string;
  knownHostsPath: string;
  knownHosts: string;
  fingerprint: string;
  registry: string;
  state: string;
}

const ENV_FILE = '/var/lib/stack-deploy-testbed/testbed.env';

function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)="?(.*?)"?$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** The running testbed (test/testbed/up.sh); fails loudly when it is not up. */
export function testbed(): Testbed {
  if (!existsSync(ENV_FILE))
    throw new Error(`testbed is not up (${ENV_FILE} missing): run npm run testbed:up`);
  const e = parseEnv(readFileSync(ENV_FILE, 'utf8'));
  return {
    host: e.SD_TB_HOST,
    port: Number(e.SD_TB_PORT),
    user: e.SD_TB_USER,
    keyPath: e.SD_TB_KEY,
    key: readFileSync(e.SD_TB_KEY, 'utf8'),
    knownHostsPath: e.SD_TB_KNOWN_HOSTS,
    knownHosts: readFileSync(e.SD_TB_KNOWN_HOSTS, 'utf8'),
    fingerprint: e.SD_TB_FINGERPRINT,
    registry: e.SD_TB_REGISTRY,
    state: e.SD_TB_STATE,
  };
}

/** Connection inputs for the testbed, as action inputs / CLI flags. */
export function sshInputs(tb: Testbed): Record<string, string> {
  return { host: tb.host, port: String(tb.port), user: tb.user, 'host-fingerprint': tb.fingerprint };
}

export interface AltSshd {
  port: number;
  fingerprint: string;
  knownHostsPath: string;
  log(): string;
  stop(): void;
}

/** A second sshd with its own, fresh host key (test/testbed/sshd-alt.sh). */
export function startAltSshd(port: number): AltSshd {
  const script = join(ROOT, 'test/testbed/sshd-alt.sh');
  const e = parseEnv(execFileSync('bash', [script, 'start', String(port)], { encoding: 'utf8' }));
  const dir = join(testbed().state, 'ssh-alt', String(port));
  return {
    port,
    fingerprint: e.SD_TB_ALT_FINGERPRINT,
    knownHostsPath: e.SD_TB_ALT_KNOWN_HOSTS,
    log: () => (existsSync(join(dir, 'sshd.log')) ? readFileSync(join(dir, 'sshd.log'), 'utf8') : ''),
    stop: () => void execFileSync('bash', [script, 'stop', String(port)]),
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bundled CLI (dist/cli/index.js) with flags; secrets go through STACK_DEPLOY_* variables. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  const t0 = Date.now();
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => res({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

/** Flags from an inputs map. */
export function flags(inputs: Record<string, string>): string[] {
  return Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);
}
