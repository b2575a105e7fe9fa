// Finding 1: a shipped path that is, or lies under, a symlink leading out of the working directory
// is refused at validate time (file:line of the reference) and never copied into the bundle.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Settings } from '../../../src/config/settings.js';
import { escapingLinks, validate } from '../../../src/config/validate/index.js';
import { buildBundle, prepare, type DeployContext } from '../../../src/steps/deploy.js';
import type { LocalRunner } from '../../../src/transport/types.js';

let outside: string;
let dir: string;

beforeEach(() => {
  outside = mkdtempSync(join(tmpdir(), 'sd-outside-'));
  writeFileSync(join(outside, 'config.json'), '{"auths":{"x":{"auth":"c2VjcmV0"}}}');
  mkdirSync(join(outside, '.ssh'));
  writeFileSync(join(outside, '.ssh', 'id_ed25519'), 'PRIVATE');
  dir = mkdtempSync(join(tmpdir(), 'sd-symlink-'));
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'conf', 'ok.conf'), 'fine');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const compose = (service: string, top = '') => `services:\n  web:\n    image: busybox:1\n${service}${top}`;

async function findings(yml: string): Promise<string[]> {
  writeFileSync(join(dir, 'compose.yml'), yml);
  const r = await validate({
    cwd: dir,
    composeFiles: ['compose.yml'],
    profile: 'dev',
    policy: 'compose',
    processEnv: {},
  });
  return r.findings.filter((f) => f.rule === 'SD-SEC-007').map((f) => `${f.file}:${f.line} ${f.message}`);
}

describe('symlinks out of the working directory', () => {
  test('a bind-mounted file that is a symlink to ~/.docker/config.json', async () => {
    symlinkSync(join(outside, 'config.json'), join(dir, 'docker.json'));
    expect(await findings(compose('    volumes:\n      - ./docker.json:/cfg.json:ro\n'))).toEqual([
      `compose.yml:5 services.web.volumes[0]: ./docker.json resolves to ${outside}/config.json, outside the working directory; it would be shipped to the host`,
    ]);
  });

  test('a bind-mounted folder holding a link to ~/.ssh', async () => {
    symlinkSync(join(outside, '.ssh'), join(dir, 'conf', 'keys'));
    expect(
      await findings(
        compose('    volumes:\n      - type: bind\n        source: ./conf\n        target: /c\n'),
      ),
    ).toEqual([
      `compose.yml:5 services.web.volumes[0]: ./conf/keys resolves to ${outside}/.ssh, outside the working directory; it would be shipped to the host`,
    ]);
  });

  test('a path under a symlinked folder, env_file and a configs file', async () => {
    symlinkSync(outside, join(dir, 'home'));
    const out = await findings(
      compose(
        '    env_file: ./home/config.json\n',
        'configs:\n  c:\n    file: ./home/.ssh/id_ed25519\nsecrets:\n  s:\n    file: ./home/config.json\n',
      ),
    );
    expect(out).toEqual([
      `compose.yml:4 services.web.env_file: ./home/config.json resolves to ${outside}/config.json, outside the working directory; it would be shipped to the host`,
      `compose.yml:7 configs.c.file: ./home/.ssh/id_ed25519 resolves to ${outside}/.ssh/id_ed25519, outside the working directory; it would be shipped to the host`,
      `compose.yml:10 secrets.s.file: ./home/config.json resolves to ${outside}/config.json, outside the working directory; it would be shipped to the host`,
    ]);
  });

  test('links inside the tree pointing inside are fine', async () => {
    symlinkSync('ok.conf', join(dir, 'conf', 'alias.conf'));
    symlinkSync('conf', join(dir, 'conf2'));
    expect(
      await findings(compose('    volumes:\n      - ./conf:/c:ro\n      - ./conf2/alias.conf:/a.conf\n')),
    ).toEqual([]);
  });

  test('a link loop inside a shipped folder ends and is reported', async () => {
    symlinkSync('.', join(dir, 'conf', 'self'));
    symlinkSync(join(dir, 'conf', 'b'), join(dir, 'conf', 'a'));
    symlinkSync(join(dir, 'conf', 'a'), join(dir, 'conf', 'b'));
    const out = await findings(compose('    volumes:\n      - ./conf:/c:ro\n'));
    expect(out).toEqual([
      'compose.yml:5 services.web.volumes[0]: ./conf/a is a symlink loop',
      'compose.yml:5 services.web.volumes[0]: ./conf/b is a symlink loop',
      'compose.yml:5 services.web.volumes[0]: ./conf/self is a symlink loop',
    ]);
  });

  test('escapingLinks, the check the bundle runs before copying, names the link', () => {
    symlinkSync(join(outside, '.ssh'), join(dir, 'conf', 'keys'));
    expect(escapingLinks(join(dir, 'conf'), dir)).toEqual([
      { path: join(dir, 'conf', 'keys'), target: join(outside, '.ssh') },
    ]);
    expect(escapingLinks(join(dir, 'conf', 'ok.conf'), dir)).toEqual([]);
  });
});

describe('the release bundle', () => {
  const bundle = async (volumes: string) => {
    writeFileSync(join(dir, 'compose.yml'), compose(`    volumes:\n${volumes}`));
    const settings = {
      workingDirectory: dir,
      composeFiles: ['compose.yml'],
      services: [],
      healthUrls: [],
      keepReleases: 5,
      lockTimeoutSec: 60,
    } as unknown as Settings;
    const model = {
      services: { web: { image: 'busybox:1', volumes: [volumes.trim().slice(2).trim()] } },
    };
    const ctx = {
      settings,
      project: 'p',
      remote: { dir: '/srv/p' },
      report: { model },
      envText: '',
      injected: {},
      meta: { actor: 'a', sha: '', runUrl: '' },
      releaseId: 'r1',
    } as unknown as DeployContext;
    const seen: { file: number; dir: number }[] = [];
    const runLocal: LocalRunner = async (argv) => {
      const tgz = argv[2];
      seen.push({ file: statSync(tgz).mode & 0o777, dir: statSync(dirname(tgz)).mode & 0o777 });
      const r = spawnSync(argv[0], argv.slice(1));
      return { code: r.status ?? 1, stdout: '', stderr: String(r.stderr) };
    };
    const bytes = await buildBundle(ctx, prepare(ctx), runLocal);
    return { bytes, seen };
  };

  test('a link out inside a shipped folder is refused before anything is copied', async () => {
    symlinkSync(join(outside, '.ssh'), join(dir, 'conf', 'keys'));
    await expect(bundle('      - ./conf:/c:ro\n')).rejects.toThrow(
      `release bundle: conf/keys leads to ${outside}/.ssh: only files inside the working directory are shipped`,
    );
  });

  test('the tarball is written 0600 inside a 0700 folder; in-tree links are shipped as files', async () => {
    symlinkSync('ok.conf', join(dir, 'conf', 'alias.conf'));
    const { bytes, seen } = await bundle('      - ./conf:/c:ro\n');
    expect(seen).toEqual([{ file: 0o600, dir: 0o700 }]);
    const list = spawnSync('tar', ['-tzv'], { input: bytes }).stdout.toString();
    expect(list).toMatch(/^-\S+ .*\.\/files\/conf\/alias\.conf$/m);
  });
});
