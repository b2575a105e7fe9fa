import { toSettings, parseAddress, parseDuration, type RawInputs } from '../../src/config/settings.js';
import { parseCli } from '../../src/config/cli-args.js';
import { ConfigError } from '../../src/util/errors.js';

const FP = 'SHA256:' + 'A'.repeat(43);
const base: RawInputs = { command: 'status', host: 'example.com', user: 'deploy', 'host-fingerprint': FP };
const ctx = { onGitHub: false };

function problems(raw: RawInputs): string {
  try {
    toSettings(raw, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('toSettings', () => {
  test('applies action.yml defaults', () => {
    const s = toSettings(base, ctx);
    expect(s.composeFiles).toEqual(['compose/docker-compose.yml', 'compose/docker-compose.prod.yml']);
    expect(s.envFile).toBe('.env');
    expect(s.profile).toBe('prod');
    expect(s.ssh?.port).toBe(22);
    expect(s.ssh?.connectTimeoutSec).toBe(15);
    expect(s.keepReleases).toBe(5);
    expect(s.lockTimeoutSec).toBe(300);
    expect(s.rollbackOnFailure).toBe(true);
    expect(s.migrateService).toBe('migrations');
    expect(s.cache).toBe('none');
    expect(s.imageTag).toBeUndefined();
  });

  test('derives the image tag from GITHUB_SHA and cache from the platform', () => {
    const s = toSettings(base, { githubSha: 'abcdef0123456789', onGitHub: true });
    expect(s.imageTag).toBe('sha-abcdef0');
    expect(s.cache).toBe('gha');
  });

  test.each<[RawInputs, string]>([
    [{ port: '70000' }, 'input port: expected a whole number from 1 to 65535, got "70000"'],
    [{ port: '22; rm -rf /' }, 'input port: expected a whole number from 1 to 65535, got "22; rm -rf /"'],
    [{ 'dry-run': 'yes' }, 'input dry-run: expected true or false, got "yes"'],
    [
      { 'host-fingerprint': 'SHA256:short' },
      'input host-fingerprint: expected SHA256: followed by 43 base64 characters, got "SHA256:short"',
    ],
    [
      { 'connect-timeout': 'ten' },
      'input connect-timeout: expected a duration in seconds like 30, 30s or 5m (1s to 600s), got "ten"',
    ],
    [
      { 'project-name': 'app;reboot' },
      'input project-name: expected lowercase letters, digits, "-" and "_", starting with a letter or digit, got "app;reboot"',
    ],
    [
      { 'project-name': '$(id)' },
      'input project-name: expected lowercase letters, digits, "-" and "_", starting with a letter or digit, got "$(id)"',
    ],
    [
      { services: 'backend $(id)' },
      'input services: expected service names like backend or web_1, got "$(id)"',
    ],
    [
      { 'image-tag': 'v1;ls' },
      'input image-tag: expected a Docker tag: letters, digits, "_", "." and "-", at most 128, got "v1;ls"',
    ],
    [
      { 'remote-dir': '/srv/$(id)' },
      'input remote-dir: expected a path of letters, digits, spaces and _ . @ + / - (optionally starting with ~/), got "/srv/$(id)"',
    ],
    [{ 'remote-dir': '/srv/../etc' }, 'input remote-dir: expected a path without "..", got "/srv/../etc"'],
    [
      { 'jump-host': 'bastion:notaport' },
      'input jump-host: expected user@host:port (user and port optional), got "bastion:notaport"',
    ],
    [
      { command: 'destroy' },
      'input command: expected one of validate | build | deploy | rollback | status | releases | unlock | doctor, got "destroy"',
    ],
    [{ profile: 'staging' }, 'input profile: expected one of prod | dev, got "staging"'],
    [{ cache: 's3' }, 'input cache: expected one of gha | registry | inline | local | none, got "s3"'],
    [{ platforms: 'linux' }, 'input platforms: expected os/arch[/variant] like linux/amd64, got "linux"'],
    [
      { platforms: 'linux/amd64,Linux/ARM64' },
      'input platforms: expected os/arch[/variant] like linux/amd64, got "Linux/ARM64"',
    ],
    [
      { platforms: 'linux/arm/v7/x' },
      'input platforms: expected os/arch[/variant] like linux/amd64, got "linux/arm/v7/x"',
    ],
    [
      { platforms: 'linux/amd64;id' },
      'input platforms: expected os/arch[/variant] like linux/amd64, got "linux/amd64;id"',
    ],
    [{ 'health-urls': 'ftp://x' }, 'input health-urls: expected http:// or https:// URLs, got "ftp://x"'],
    [{ 'keep-releases': '0' }, 'input keep-releases: expected a whole number from 1 to 100, got "0"'],
    [{ host: 'bad host' }, 'input host: expected a host name or IP address, got "bad host"'],
    [
      { registry: 'ghcr.io', 'registry-username': 'me' },
      'input registry-password: expected a password or token with registry-username, got ""',
    ],
  ])('%j → %s', (extra, message) => {
    expect(problems({ ...base, ...extra }).split('\n')).toContain(message);
  });

  test('reports every bad input at once', () => {
    const msg = problems({ ...base, port: 'x', 'dry-run': 'maybe', profile: 'qa' });
    expect(msg.split('\n')).toHaveLength(3);
  });

  test('requires a way to verify the host key', () => {
    expect(problems({ command: 'status', host: 'h', user: 'u' })).toMatch(
      /known-hosts or host-fingerprint: one is required/,
    );
    const warnings: string[] = [];
    const s = toSettings(
      { command: 'status', host: 'h', user: 'u', 'insecure-trust-on-first-use': 'true' },
      ctx,
      (w) => warnings.push(w),
    );
    expect(s.ssh?.trustOnFirstUse).toBe(true);
    expect(warnings.join()).toMatch(/host key is NOT verified/);
  });

  test('commands that reach a host need one', () => {
    expect(problems({ command: 'deploy' })).toContain('input host: required for command deploy');
    expect(() => toSettings({ command: 'validate' }, ctx)).not.toThrow();
  });

  test('secrets are Sensitive and print redacted', () => {
    const s = toSettings(
      {
        ...base,
        'ssh-key': 'KEYDATA',
        registry: 'r.io',
        'registry-username': 'u',
        'registry-password': 'PW',
      },
      ctx,
    );
    expect(JSON.stringify(s)).not.toMatch(/KEYDATA|"PW"/);
    expect(String(s.ssh?.key)).toBe('[REDACTED]');
    expect(s.registry?.password?.reveal()).toBe('PW');
  });

  test('warns about ignored combinations', () => {
    const warnings: string[] = [];
    toSettings({ ...base, 'registry-username': 'u' }, ctx, (w) => warnings.push(w));
    toSettings({ ...base, env: 'A=1', 'env-file': 'x.env' }, ctx, (w) => warnings.push(w));
    expect(warnings).toEqual([
      'registry-username/registry-password are ignored without registry',
      'env is set, so env-file is ignored',
    ]);
  });
});

describe('platforms', () => {
  const build: RawInputs = { command: 'build' };

  test("comma or newline separated, duplicates once; empty means the builder's own", () => {
    expect(
      toSettings({ ...build, platforms: 'linux/amd64, linux/arm64\nlinux/arm/v7,linux/amd64\n' }, ctx)
        .platforms,
    ).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(toSettings({ ...build, platforms: '' }, ctx).platforms).toEqual([]);
    expect(toSettings(build, ctx).platforms).toEqual([]);
  });

  test('the CLI flag and STACK_DEPLOY_PLATFORMS give the same settings', () => {
    const fromFlag = parseCli(['build', '--platforms', 'linux/amd64,linux/arm64'], {}, () => {}).raw;
    const fromEnv = parseCli(['build'], { STACK_DEPLOY_PLATFORMS: 'linux/amd64,linux/arm64' }, () => {}).raw;
    expect(toSettings(fromFlag, ctx).platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(toSettings(fromEnv, ctx).platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test('warned about where nothing is built', () => {
    const warnings: string[] = [];
    const warn = (w: string) => warnings.push(w);
    toSettings({ ...build, platforms: 'linux/arm64' }, ctx, warn);
    toSettings({ ...base, command: 'deploy', push: 'true', platforms: 'linux/arm64' }, ctx, warn);
    expect(warnings).toEqual([]);
    toSettings({ ...base, platforms: 'linux/arm64' }, ctx, warn);
    toSettings({ ...base, command: 'deploy', platforms: 'linux/arm64' }, ctx, warn);
    expect(warnings).toEqual([
      'platforms is ignored: command status builds nothing',
      'platforms is ignored: command deploy builds nothing without push: true',
    ]);
  });
});

describe('parsers', () => {
  test.each([
    ['bastion', { host: 'bastion', port: 22, user: undefined }],
    ['ops@bastion:2200', { host: 'bastion', port: 2200, user: 'ops' }],
    ['ops@[::1]:22', { host: '::1', port: 22, user: 'ops' }],
  ])('parseAddress(%s)', (text, want) => expect(parseAddress(text)).toEqual(want));
  test.each(['a b', 'x@y:0', 'x@y:99999', '$(id)@h'])('parseAddress rejects %s', (t) =>
    expect(parseAddress(t)).toBeUndefined(),
  );
  test.each([
    ['30', 30],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['x', undefined],
    ['1.5', undefined],
  ])('parseDuration(%s)', (t, n) => expect(parseDuration(t)).toBe(n));
});
