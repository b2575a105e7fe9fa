// A stack whose bind mount holds a symlink to a runner file outside the working directory (a PR can add
// one): the deploy through the bundled action fails at validate, and nothing reaches the host.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAction } from '../helpers/action.js';
import { sshInputs, testbed } from '../helpers/testbed.js';

jest.setTimeout(300_000);
const tb = testbed();
const NAME = 'sdtest-atk-a-symlink';
const MARKER = `runner-credential-${randomBytes(8).toString('hex')}`;

/** Runs a shell command on the testbed host as the deploy user, over SSH. */
function onHost(cmd: string): string {
  return execFileSync(
    'ssh',
    [
      '-i',
      tb.keyPath,
      '-p',
      String(tb.port),
      '-o',
      `UserKnownHostsFile=${tb.knownHostsPath}`,
      '-o',
      'BatchMode=yes',
      `${tb.user}@${tb.host}`,
      cmd,
    ],
    { encoding: 'utf8' },
  );
}

let outside: string;
let work: string;
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'sd-runner-home-'));
  mkdirSync(join(outside, '.docker'));
  writeFileSync(join(outside, '.docker', 'config.json'), `{"auths":{"ghcr.io":{"auth":"${MARKER}"}}}`);
  work = mkdtempSync(join(tmpdir(), 'sd-atk-'));
  mkdirSync(join(work, 'conf'));
  writeFileSync(join(work, 'conf', 'site.conf'), 'listen 80;\n');
  symlinkSync(join(outside, '.docker'), join(work, 'conf', 'docker'));
  symlinkSync(join(outside, '.docker', 'config.json'), join(work, 'app.env'));
  writeFileSync(
    join(work, 'compose.yml'),
    [
      'services:',
      '  web:',
      '    image: sd-base/busybox:1',
      '    command: ["sleep", "600"]',
      '    env_file: ./app.env',
      '    volumes:',
      '      - ./conf:/etc/web:ro',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, '.env'), 'APP=1\n');
  onHost(`rm -rf ~/stack-deploy/${NAME}`);
});
afterAll(() => {
  onHost(`rm -rf ~/stack-deploy/${NAME}`);
  rmSync(work, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

test('a deploy of a stack with symlinks to ~/.docker fails at validate; the host gets nothing', async () => {
  const run = await startAction({
    command: 'deploy',
    ...sshInputs(tb),
    'ssh-key': tb.key,
    'working-directory': work,
    'compose-files': 'compose.yml',
    'project-name': NAME,
    policy: 'compose',
    'image-tag': 'x',
  }).done;
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /SD-SEC-007 services\.web\.env_file: \.\/app\.env resolves to \S+\/\.docker\/config\.json, outside the working directory/,
  );
  expect(run.stdout).toMatch(
    /SD-SEC-007 services\.web\.volumes\[0\]: \.\/conf\/docker resolves to \S+\/\.docker, outside the working directory/,
  );
  expect(run.stdout).not.toContain(MARKER);
  expect(run.outputs.status).toBe('failed');
  // nothing on the host: no project directory, and the marker is in no file of the deploy user
  expect(onHost(`test -e ~/stack-deploy/${NAME} && echo present || echo absent`).trim()).toBe('absent');
  expect(onHost(`grep -rl ${MARKER} ~ 2>/dev/null || true`).trim()).toBe('');
});
