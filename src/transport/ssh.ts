import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SshSettings } from '../config/settings.js';
import { ConfigError, ConnectionError, HostKeyError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { shellJoin } from '../util/quote.js';
import { makeWorkDir } from '../util/workdir.js';
import { run } from './process.js';
import type { ExecOptions, ExecResult, LocalRunner, Transport } from './types.js';

/** What the post step needs to clean up after the run; holds no secrets. */
export interface SshSessionState {
  dir: string;
  configPath: string;
  destination: string;
}

/** PATH additions so that docker is found in non-interactive shells (snap, /usr/local). */
const REMOTE_PREFIX =
  'PATH="$PATH:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/snap/bin"; export PATH; ';

/** ssh's exit code for its own errors (as opposed to the remote command's). */
const SSH_ERROR = 255;
// Only failures before the remote command could have started: retrying these never runs a command twice.
const TRANSIENT =
  /Connection refused|Connection timed out|timed out during banner exchange|No route to host|Network is unreachable|kex_exchange_identification|Temporary failure in name resolution|mux_client_request_session/i;

/** SHA256 fingerprint of a base64 public key blob, as `ssh-keygen -l` prints it. */
export function fingerprintOf(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/**
 * Run by ssh as KnownHostsCommand for every connection (target and jump host): records the key the
 * server offered and, in fingerprint mode, vouches for it only when its SHA256 is one of the allowed.
 */
const HOSTKEY_HELPER = `'use strict';
const { createHash } = require('node:crypto');
const { appendFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const [host, type, key] = process.argv.slice(2);
if (!host || !type || !key || type === 'NONE' || key.startsWith('%')) process.exit(0);
const fp = 'SHA256:' + createHash('sha256').update(Buffer.from(key, 'base64')).digest('base64').replace(/=+$/, '');
appendFileSync(join(__dirname, 'offered'), host + ' ' + type + ' ' + fp + '\\n');
let allowed = [];
try { allowed = readFileSync(join(__dirname, 'fingerprints'), 'utf8').split(/\\s+/).filter(Boolean); } catch {}
if (allowed.includes(fp)) process.stdout.write(host + ' ' + type + ' ' + key + '\\n');
`;

/** The Host entry of the generated ssh config that stands for the target. */
const TARGET_ALIAS = 'stack-deploy-target';

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Normalises a pasted private key: CRLF, stray indentation, missing final newline. */
export function normaliseKey(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  return lines.join('\n').trim() + '\n';
}

export interface OpenSshOptions {
  /** parent of the private temp dir (RUNNER_TEMP on GitHub) */
  tmpRoot: string;
  logger: Logger;
  runner?: LocalRunner;
  /** connection attempts for transient errors */
  attempts?: number;
  /** first backoff in ms, doubled each retry */
  backoffMs?: number;
  /** called once the private dir exists, before any file is written: lets the action save it for post */
  onSession?: (state: SshSessionState) => void;
}

/** The session files in a private dir: the post step derives them, it never takes paths from state. */
export function sessionOf(dir: string): SshSessionState {
  return { dir, configPath: join(dir, 'config'), destination: TARGET_ALIAS };
}

/** OpenSSH client transport: one master connection reused for every command of the run. */
export class SshTransport implements Transport {
  readonly target: string;
  private constructor(
    private readonly settings: SshSettings,
    readonly state: SshSessionState,
    private readonly opts: Required<Omit<OpenSshOptions, 'tmpRoot'>>,
  ) {
    this.target = `${settings.user}@${settings.host}:${settings.port}`;
  }

  /** Writes key, known_hosts and config into a private temp dir and opens the master connection. */
  static async open(settings: SshSettings, options: OpenSshOptions): Promise<SshTransport> {
    const opts = { runner: run, attempts: 3, backoffMs: 1000, onSession: () => {}, ...options };
    // the control socket (dir + /cm- + 40 hex + ssh's 17-char temp suffix) must fit a 108-byte unix path
    const root = options.tmpRoot.length + 7 + 61 < 104 ? options.tmpRoot : tmpdir();
    const dir = makeWorkDir('ssh', root);
    chmodSync(dir, 0o700);
    const state = sessionOf(dir);
    const t = new SshTransport(settings, state, opts);
    opts.onSession(state);
    try {
      await t.prepare();
      await t.connect();
      return t;
    } catch (err) {
      await t.close();
      throw err;
    }
  }

  private async prepare(): Promise<void> {
    const { dir } = this.state;
    const s = this.settings;
    // the target gets an alias so that ProxyJump applies to it alone, never to the jump host itself
    const lines = [
      `Host ${TARGET_ALIAS}`,
      `  HostName ${s.host}`,
      `  Port ${s.port}`,
      `  User ${s.user}`,
      ...(s.jump ? [`  ProxyJump ${s.jump.user ? s.jump.user + '@' : ''}${s.jump.host}:${s.jump.port}`] : []),
      'Host *',
      '  BatchMode yes',
      '  IdentitiesOnly yes',
      `  UserKnownHostsFile "${join(dir, 'known_hosts')}"`,
      '  GlobalKnownHostsFile /dev/null',
      `  StrictHostKeyChecking ${s.trustOnFirstUse ? 'accept-new' : 'yes'}`,
      `  KnownHostsCommand "${process.execPath}" "${join(dir, 'hostkey.cjs')}" %H %t %K`,
      '  CheckHostIP no',
      '  HashKnownHosts no',
      '  UpdateHostKeys no',
      '  ControlMaster auto',
      `  ControlPath "${join(dir, 'cm-%C')}"`,
      '  ControlPersist 600',
      '  ServerAliveInterval 15',
      '  ServerAliveCountMax 4',
      `  ConnectTimeout ${s.connectTimeoutSec}`,
      '  ConnectionAttempts 1',
      '  LogLevel ERROR',
      '  ForwardAgent no',
      '  RequestTTY no',
    ];
    if (s.key) {
      const keyPath = join(dir, 'id');
      writeFileSync(keyPath, normaliseKey(s.key.reveal()), { mode: 0o600 });
      await this.checkKey(keyPath);
      lines.push(`  IdentityFile "${keyPath}"`);
    }
    writeFileSync(join(dir, 'known_hosts'), s.knownHosts ? s.knownHosts.trim() + '\n' : '', { mode: 0o600 });
    writeFileSync(join(dir, 'fingerprints'), s.fingerprints.join('\n') + '\n', { mode: 0o600 });
    writeFileSync(join(dir, 'hostkey.cjs'), HOSTKEY_HELPER, { mode: 0o600 });
    writeFileSync(this.state.configPath, lines.join('\n') + '\n', { mode: 0o600 });
  }

  /** Fails early with a clear message for passphrase-protected or malformed keys. */
  private async checkKey(keyPath: string): Promise<void> {
    const r = await this.opts.runner(['ssh-keygen', '-y', '-P', '', '-f', keyPath]);
    if (r.code === 0) {
      const blob = r.stdout.trim().split(/\s+/)[1] ?? '';
      this.opts.logger.debug(`ssh key ${fingerprintOf(blob)}`);
      return;
    }
    if (/passphrase/i.test(r.stderr))
      throw new ConfigError(
        'input ssh-key: the key is protected by a passphrase; use a deploy key without one (ssh-keygen -t ed25519 -N "")',
      );
    throw new ConfigError(
      'input ssh-key: expected an OpenSSH private key ("-----BEGIN OPENSSH PRIVATE KEY-----" …), ' +
        `ssh-keygen could not read it: ${r.stderr.trim().split('\n')[0] ?? ''}`,
    );
  }

  private sshArgv(extra: readonly string[]): string[] {
    return ['ssh', '-F', this.state.configPath, ...extra];
  }

  /** Opens the master connection, retrying transient failures with backoff. */
  private async connect(): Promise<void> {
    const r = await this.exec(['true']);
    if (r.code !== 0)
      throw new ConnectionError(`ssh ${this.target}: "true" exited ${r.code}: ${r.stderr.trim()}`);
    this.opts.logger.info(`connected to ${this.target}`);
  }

  async exec(argv: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const line = REMOTE_PREFIX + shellJoin(argv);
    let delay = this.opts.backoffMs;
    for (let attempt = 1; ; attempt++) {
      try {
        rmSync(join(this.state.dir, 'offered'), { force: true });
      } catch {
        // best effort: the file only feeds error messages
      }
      const r = await this.opts.runner(this.sshArgv(['--', this.state.destination, line]), opts);
      if (r.code !== SSH_ERROR || r.timedOut) return r;
      const err = r.stderr.trim();
      if (
        /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* not known|No .* host key is known/i.test(
          err,
        )
      )
        throw this.hostKeyError(err);
      if (/Permission denied|Too many authentication failures/i.test(err))
        throw new ConnectionError(
          `ssh ${this.target}: the server refused the key for user ${this.settings.user} (${lastLine(err)}). ` +
            'Check that ssh-key is the private half of a key in ~/.ssh/authorized_keys of that user on the host.',
        );
      if (!TRANSIENT.test(err)) return r;
      if (attempt >= this.opts.attempts)
        throw new ConnectionError(
          `ssh ${this.target}: cannot connect after ${attempt} attempts (connect-timeout ${this.settings.connectTimeoutSec}s): ${lastLine(err)}`,
        );
      this.opts.logger.warn(
        `ssh ${this.target}: ${lastLine(err)}; retrying in ${delay / 1000}s (${attempt}/${this.opts.attempts})`,
      );
      await sleep(delay);
      delay *= 2;
    }
  }

  private hostKeyError(stderr: string): HostKeyError {
    const offeredPath = join(this.state.dir, 'offered');
    const offered = existsSync(offeredPath)
      ? [...new Set(readFileSync(offeredPath, 'utf8').trim().split('\n').filter(Boolean))]
      : [];
    const s = this.settings;
    const expected = s.fingerprints.length
      ? `host-fingerprint ${s.fingerprints.join(', ')}`
      : 'the keys in known-hosts';
    const shown = offered.length
      ? offered.map((o) => `  ${o}`).join('\n')
      : `  (none recorded) ${lastLine(stderr)}`;
    return new HostKeyError(
      `ssh ${this.target}: host key verification failed — the server's key does not match ${expected}. ` +
        `Nothing was run on the host.\nOffered by the server:\n${shown}`,
    );
  }

  /** Ends the master connection and deletes the key and every other file of the session. */
  async close(): Promise<void> {
    await closeSession(this.state, this.opts.runner);
  }
}

/** Used by close() and by the post step (from saved state). Best effort by design: it only cleans up. */
export async function closeSession(state: SshSessionState, runner: LocalRunner = run): Promise<void> {
  if (existsSync(state.configPath))
    await runner(['ssh', '-F', state.configPath, '-O', 'exit', '--', state.destination], {
      timeoutMs: 10_000,
    });
  rmSync(state.dir, { recursive: true, force: true });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
