import { ConfigError } from '../util/errors.js';
import { Sensitive } from '../util/sensitive.js';
import { INPUTS, type InputName, type InputSpec } from './contract.gen.js';

export const COMMANDS = [
  'validate',
  'build',
  'deploy',
  'rollback',
  'status',
  'releases',
  'unlock',
  'doctor',
] as const;
export type Command = (typeof COMMANDS)[number];
export const CACHES = ['gha', 'registry', 'inline', 'local', 'none'] as const;
export type Cache = (typeof CACHES)[number];

/** Raw inputs by their action.yml names; missing or empty means "not given". */
export type RawInputs = Partial<Record<InputName, string>>;

export interface HostAddress {
  user?: string;
  host: string;
  port: number;
}

export interface SshSettings {
  host: string;
  port: number;
  user: string;
  key?: Sensitive;
  knownHosts?: string;
  fingerprints: string[];
  trustOnFirstUse: boolean;
  jump?: HostAddress;
  connectTimeoutSec: number;
}

export interface RegistrySettings {
  host: string;
  username?: string;
  password?: Sensitive;
}

/** Typed, validated settings: everything downstream reads these, never raw inputs. */
export interface Settings {
  command: Command;
  workingDirectory: string;
  composeFiles: string[];
  envFile: string;
  /** env-file was given: a missing file is an error (the default .env is optional, as for Compose) */
  envFileGiven: boolean;
  env?: Sensitive;
  profile: 'prod' | 'dev';
  policy: 'auto' | 'stack' | 'compose';
  projectName?: string;
  ssh?: SshSettings;
  remoteDir?: string;
  registry?: RegistrySettings;
  imageTag?: string;
  services: string[];
  push: boolean;
  cache: Cache;
  /** e.g. linux/amd64, linux/arm64; empty means the builder's own platform */
  platforms: string[];
  migrateService?: string;
  /** migrate-service differs from its default: the stack must have that service */
  migrateServiceExplicit: boolean;
  healthTimeoutSec?: number;
  healthUrls: string[];
  rollbackOnFailure: boolean;
  rollbackMigrations: boolean;
  release?: string;
  keepReleases: number;
  lockTimeoutSec: number;
  /** seconds a transaction may hold the lock; undefined: derived from the other timeouts */
  transactionTimeoutSec?: number;
  /** unlock: stop a live holder */
  force: boolean;
  sarifFile?: string;
  dryRun: boolean;
}

/** Context the settings depend on that is not an input (GitHub variables). */
export interface SettingsContext {
  githubSha?: string;
  onGitHub: boolean;
  /** whether a file exists (compose-files defaults are looked up in working-directory); absent: the bundled layout */
  exists?: (path: string) => boolean;
}

/** The files Compose itself picks in a directory, in its order of preference. */
export const COMPOSE_DEFAULT_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];
const BUNDLED_LAYOUT = ['compose/docker-compose.yml', 'compose/docker-compose.prod.yml'];

/**
 * compose-files when not given: Compose's own choice in working-directory (the first of
 * COMPOSE_DEFAULT_FILES, with its .override file when present), else the bundled layout.
 */
export function defaultComposeFiles(dir: string, exists?: (path: string) => boolean): string[] {
  if (!exists) return BUNDLED_LAYOUT;
  const at = (f: string) => (dir === '.' ? f : `${dir.replace(/\/+$/, '')}/${f}`);
  const main = COMPOSE_DEFAULT_FILES.find((f) => exists(at(f)));
  if (main) {
    const override = main.replace(/\.(ya?ml)$/, '.override.$1');
    return exists(at(override)) ? [main, override] : [main];
  }
  return BUNDLED_LAYOUT.every((f) => exists(at(f))) ? BUNDLED_LAYOUT : [];
}

export const PATTERNS = {
  projectName: /^[a-z0-9][a-z0-9_-]*$/,
  service: /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/,
  imageTag: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
  releaseId: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,
  host: /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/,
  user: /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/,
  fingerprint: /^SHA256:[A-Za-z0-9+/]{43}=?$/,
  registry: /^[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[a-z0-9._/-]+)?$/,
  remoteDir: /^(?:~\/|\/)[A-Za-z0-9_.@+/ -]*$/,
  platform: /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,
};

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Collects every problem in the inputs so the user sees them all at once. */
class Problems {
  readonly list: string[] = [];
  add(input: string, expected: string, got: string | undefined): void {
    this.list.push(`input ${input}: expected ${expected}, got ${JSON.stringify(got ?? '')}`);
  }
}

function words(v: string | undefined): string[] {
  return (v ?? '').split(/[\s,]+/).filter(Boolean);
}

function defaultOf(name: InputName): string | undefined {
  return (INPUTS as readonly InputSpec[]).find((i) => i.name === name)?.default;
}

/** Parses an address `user@host:port` (user and port optional). */
export function parseAddress(text: string): HostAddress | undefined {
  const m = /^(?:([^@\s]+)@)?(\[[0-9A-Fa-f:.]+\]|[^:@\s]+)(?::([0-9]+))?$/.exec(text);
  if (!m) return undefined;
  const port = m[3] === undefined ? 22 : Number(m[3]);
  const host = m[2].replace(/^\[|\]$/g, '');
  if (!PATTERNS.host.test(host) || port < 1 || port > 65535) return undefined;
  if (m[1] !== undefined && !PATTERNS.user.test(m[1])) return undefined;
  return { user: m[1], host, port };
}

/** Seconds from `90`, `90s`, `5m` or `1h`. */
export function parseDuration(text: string): number | undefined {
  const m = /^([0-9]+)(s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : 1);
}

/** Maps raw inputs to settings; pure. Throws one ConfigError listing every bad input. Warnings go to warn. */
export function toSettings(
  raw: RawInputs,
  ctx: SettingsContext,
  warn: (m: string) => void = () => {},
): Settings {
  const p = new Problems();
  const get = (name: InputName): string | undefined => {
    const v = raw[name]?.trim();
    return v === undefined || v === '' ? defaultOf(name) : v;
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const v = get(name) ?? allowed[0];
    if ((allowed as readonly string[]).includes(v)) return v as T;
    p.add(name, `one of ${allowed.join(' | ')}`, v);
    return allowed[0];
  };
  const bool = (name: InputName): boolean => {
    const v = get(name) ?? 'false';
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    p.add(name, 'true or false', v);
    return false;
  };
  const int = (name: InputName, min: number, max: number): number | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = /^[0-9]+$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    p.add(name, `a whole number from ${min} to ${max}`, v);
    return undefined;
  };
  const seconds = (name: InputName, min = 1, max = 86400): number | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = parseDuration(v);
    if (n !== undefined && n >= min && n <= max) return n;
    p.add(name, `a duration in seconds like 30, 30s or 5m (${min}s to ${max}s)`, v);
    return undefined;
  };
  const matching = (name: InputName, re: RegExp, expected: string): string | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    if (re.test(v)) return v;
    p.add(name, expected, v);
    return undefined;
  };

  const command = oneOf('command', COMMANDS);
  const profile = oneOf('profile', ['prod', 'dev'] as const);
  const policy = oneOf('policy', ['auto', 'stack', 'compose'] as const);
  const workingDirectory = get('working-directory') ?? '.';
  const composeFiles = words(get('compose-files'));
  if (composeFiles.length === 0) composeFiles.push(...defaultComposeFiles(workingDirectory, ctx.exists));
  if (composeFiles.length === 0)
    p.add(
      'compose-files',
      `compose files (none given, and none of ${COMPOSE_DEFAULT_FILES.join(', ')} in ${workingDirectory})`,
      '',
    );
  const projectName = matching(
    'project-name',
    PATTERNS.projectName,
    'lowercase letters, digits, "-" and "_", starting with a letter or digit',
  );
  const services = words(get('services'));
  for (const s of services)
    if (!PATTERNS.service.test(s)) p.add('services', 'service names like backend or web_1', s);
  const imageTag =
    matching(
      'image-tag',
      PATTERNS.imageTag,
      'a Docker tag: letters, digits, "_", "." and "-", at most 128',
    ) ?? (raw['image-tag'] ? undefined : ctx.githubSha ? `sha-${ctx.githubSha.slice(0, 7)}` : undefined);
  const release = matching('release', PATTERNS.releaseId, 'a release id like 20261126-030000-abc1234');
  // a relative path never starts the transaction; ~ or / would put releases straight in $HOME or /
  const rawRemoteDir = get('remote-dir');
  const remoteDir =
    rawRemoteDir !== undefined && !/^(\/|~\/)/.test(rawRemoteDir.replace(/^(\/|~\/)\/*$/, ''))
      ? (p.add(
          'remote-dir',
          'an absolute path or one starting with ~/ (not / and not the home folder itself)',
          rawRemoteDir,
        ),
        undefined)
      : matching(
          'remote-dir',
          PATTERNS.remoteDir,
          'a path of letters, digits, spaces and _ . @ + / - (optionally starting with ~/)',
        );
  if (remoteDir !== undefined && remoteDir.split('/').includes('..'))
    p.add('remote-dir', 'a path without ".."', remoteDir);

  const fingerprints = words(get('host-fingerprint'));
  for (const f of fingerprints)
    if (!PATTERNS.fingerprint.test(f))
      p.add('host-fingerprint', 'SHA256: followed by 43 base64 characters', f);

  let ssh: SshSettings | undefined;
  const host = matching('host', PATTERNS.host, 'a host name or IP address');
  const port = int('port', 1, 65535) ?? 22;
  const user = matching('user', PATTERNS.user, 'a user name like deploy');
  const jumpText = get('jump-host');
  const jump = jumpText === undefined ? undefined : parseAddress(jumpText);
  if (jumpText !== undefined && !jump)
    p.add('jump-host', 'user@host:port (user and port optional)', jumpText);
  const connectTimeoutSec = seconds('connect-timeout', 1, 600) ?? 15;
  const trustOnFirstUse = bool('insecure-trust-on-first-use');
  const keyText = raw['ssh-key'];
  const knownHosts = raw['known-hosts']?.trim() || undefined;
  if (host) {
    if (!user) p.add('user', 'the SSH user (required with host)', '');
    if (!knownHosts && fingerprints.length === 0 && !trustOnFirstUse)
      p.list.push(
        'input known-hosts or host-fingerprint: one is required to verify the host key ' +
          '(get it with `ssh-keyscan -p PORT HOST | ssh-keygen -lf -`); insecure-trust-on-first-use exists for throwaway hosts only',
      );
    ssh = {
      host,
      port,
      user: user ?? '',
      key: keyText?.trim() ? new Sensitive(keyText) : undefined,
      knownHosts,
      fingerprints,
      trustOnFirstUse,
      jump,
      connectTimeoutSec,
    };
  }
  const needsHost: Command[] = ['deploy', 'rollback', 'status', 'releases', 'unlock', 'doctor'];
  const dryRunDeploy = command === 'deploy' && TRUE.includes(get('dry-run') ?? '');
  if (needsHost.includes(command) && !host && !dryRunDeploy)
    p.list.push(`input host: required for command ${command}`);

  const registryHost = matching(
    'registry',
    PATTERNS.registry,
    'a registry like ghcr.io or 127.0.0.1:5000/team',
  );
  const password = raw['registry-password'];
  const username = get('registry-username');
  let registry: RegistrySettings | undefined;
  if (registryHost) {
    registry = { host: registryHost, username, password: password ? new Sensitive(password) : undefined };
    if (username && !password) p.add('registry-password', 'a password or token with registry-username', '');
    if (password && !username) p.add('registry-username', 'a user name with registry-password', '');
  } else if (username || password) {
    warn('registry-username/registry-password are ignored without registry');
  }

  const healthUrls = words(get('health-urls'));
  for (const u of healthUrls) {
    let ok: boolean;
    try {
      ok = ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      ok = false;
    }
    if (!ok) p.add('health-urls', 'http:// or https:// URLs', u);
  }

  const cacheRaw = get('cache') ?? (ctx.onGitHub ? 'gha' : 'none');
  const cache = (CACHES as readonly string[]).includes(cacheRaw) ? (cacheRaw as Cache) : undefined;
  if (!cache) p.add('cache', `one of ${CACHES.join(' | ')}`, cacheRaw);
  const platforms = [...new Set(words(get('platforms')))];
  for (const x of platforms)
    if (!PATTERNS.platform.test(x)) p.add('platforms', 'os/arch[/variant] like linux/amd64', x);
  const migrateService = get('migrate-service');
  if (migrateService && !PATTERNS.service.test(migrateService))
    p.add('migrate-service', 'a service name', migrateService);

  const settings: Settings = {
    command,
    workingDirectory,
    composeFiles,
    envFile: get('env-file') ?? '.env',
    envFileGiven: !!raw['env-file']?.trim(),
    env: raw.env?.trim() ? new Sensitive(raw.env) : undefined,
    profile,
    policy,
    projectName,
    ssh,
    remoteDir,
    registry,
    imageTag,
    services,
    push: bool('push'),
    cache: cache ?? 'none',
    platforms,
    migrateService: migrateService || undefined,
    migrateServiceExplicit: !!migrateService && migrateService !== defaultOf('migrate-service'),
    healthTimeoutSec: seconds('health-timeout', 1, 3600),
    healthUrls,
    rollbackOnFailure: bool('rollback-on-failure'),
    rollbackMigrations: bool('rollback-migrations'),
    release,
    keepReleases: int('keep-releases', 1, 100) ?? 5,
    lockTimeoutSec: seconds('lock-timeout', 0, 86400) ?? 300,
    transactionTimeoutSec: seconds('transaction-timeout', 10, 86400),
    force: bool('force'),
    sarifFile: get('sarif-file'),
    dryRun: bool('dry-run'),
  };
  if (p.list.length) throw new ConfigError(p.list.join('\n'));
  if (settings.keepReleases < 2 && settings.rollbackOnFailure)
    warn('keep-releases below 2 leaves no previous release to roll back to');
  if (trustOnFirstUse && ssh)
    warn(
      'insecure-trust-on-first-use is set: the host key is NOT verified; anyone in the path can impersonate the host',
    );
  if (settings.env && raw['env-file']) warn('env is set, so env-file is ignored');
  if (platforms.length && command !== 'build' && !(command === 'deploy' && settings.push))
    warn(
      `platforms is ignored: command ${command} builds nothing${command === 'deploy' ? ' without push: true' : ''}`,
    );
  return settings;
}

/** Every secret value the settings hold, for masking and redaction. */
export function secretsOf(s: Settings): string[] {
  const out: string[] = [];
  if (s.ssh?.key) out.push(s.ssh.key.reveal());
  if (s.registry?.password) out.push(s.registry.password.reveal());
  if (s.env) out.push(s.env.reveal());
  return out;
}
