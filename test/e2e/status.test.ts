import { existsSync, readdirSync } from 'node:fs';
import { runActionWithPost } from '../helpers/action.js';
import { flags, runCli, sshInputs, startAltSshd, testbed, type AltSshd } from '../helpers/testbed.js';

const tb = testbed();
const keyEnv = { STACK_DEPLOY_SSH_KEY: tb.key };

describe('status against the real testbed', () => {
  test('CLI: connects with host-key verification and reports docker, compose and no release', async () => {
    const r = await runCli(
      ['status', ...flags(sshInputs(tb)), '--project-name', 'sdtest-status', '--json'],
      keyEnv,
    );
    expect(r.stderr).toMatch(/docker\s+\d+\.\d+/);
    expect(r.stderr).toMatch(/compose 2\.\d+/);
    expect(r.stderr).toContain('release   none yet');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'success' });
  });

  test('action: node dist/index.js writes status=success, a summary, and post leaves no key behind', async () => {
    const { main, post } = await runActionWithPost({
      command: 'status',
      ...sshInputs(tb),
      'ssh-key': tb.key,
      'project-name': 'sdtest-status',
      'remote-dir': '~/stack-deploy-test dir/with spaces',
    });
    expect(main.code).toBe(0);
    expect(main.outputs.status).toBe('success');
    expect(main.summary).toContain('| current release | none yet |');
    expect(main.summary).toContain('~/stack-deploy-test dir/with spaces');
    expect(main.stdout).toContain('::add-mask::');
    expect(post.code).toBe(0);
    const temp = `${main.dir}/runner-temp`;
    expect(existsSync(temp) ? readdirSync(temp) : []).toEqual([]);
  });

  test('a wrong known-hosts is refused, with the offered fingerprint, and main fails', async () => {
    const wrong = tb.knownHosts.replace(
      /AAAA[A-Za-z0-9+/=]+/,
      'AAAAC3NzaC1lZDI1NTE5AAAAIGzH7a0TIFZn4vRjTn4FqkG2J0b2C0tX3sxQd1Zc0p5x',
    );
    const { main } = await runActionWithPost({
      command: 'status',
      ...sshInputs(tb),
      'host-fingerprint': '',
      'known-hosts': wrong,
      'ssh-key': tb.key,
    });
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed');
    expect(main.stdout).toContain(
      "host key verification failed — the server's key does not match the keys in known-hosts",
    );
    expect(main.stdout).toContain(tb.fingerprint);
  });

  describe('host key mismatch on a second sshd', () => {
    let alt: AltSshd;
    beforeAll(() => {
      alt = startAltSshd(2290);
    });
    afterAll(() => alt.stop());

    test('refused before any remote command runs; the right fingerprint gets in', async () => {
      const bad = await runCli(['status', ...flags({ ...sshInputs(tb), port: String(alt.port) })], keyEnv);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('host key verification failed');
      expect(bad.stderr).toContain(`does not match host-fingerprint ${tb.fingerprint}`);
      expect(bad.stderr).toContain(alt.fingerprint);
      expect(alt.log()).not.toMatch(/Accepted publickey/);

      const good = await runCli(
        [
          'status',
          ...flags({ ...sshInputs(tb), port: String(alt.port), 'host-fingerprint': alt.fingerprint }),
        ],
        keyEnv,
      );
      expect(good.code).toBe(0);
      expect(alt.log()).toMatch(/Accepted publickey for deploy/);
    });
  });

  test('a wrong client key gives a clear error without retries', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/sd-wrongkey-');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', `${dir}/id`]);
    const r = await runCli(['status', ...flags({ ...sshInputs(tb), 'connect-timeout': '5' })], {
      STACK_DEPLOY_SSH_KEY: readFileSync(`${dir}/id`, 'utf8'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the server refused the key for user deploy');
    expect(r.stderr).not.toContain('retrying');
    expect(r.ms).toBeLessThan(5000);
  });

  test('a closed port fails clearly after the retries, within connect-timeout per attempt', async () => {
    const r = await runCli(
      ['status', ...flags({ ...sshInputs(tb), port: '2291', 'connect-timeout': '3' })],
      keyEnv,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'cannot connect after 3 attempts (connect-timeout 3s): ssh: connect to host 127.0.0.1 port 2291: Connection refused',
    );
    expect(r.stderr.match(/retrying in/g)).toHaveLength(2);
    expect(r.ms).toBeLessThan(3 * 3000 + 3000 + 2000);
  });

  test('a passphrase-protected key is refused with a clear message before connecting', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/sd-passkey-');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret phrase', '-f', `${dir}/id`]);
    const r = await runCli(['status', ...flags(sshInputs(tb))], {
      STACK_DEPLOY_SSH_KEY: readFileSync(`${dir}/id`, 'utf8'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input ssh-key: the key is protected by a passphrase');
  });

  test.each([['app;touch /tmp/sd-pwned'], ['$(touch /tmp/sd-pwned)']])(
    'project name %j is rejected before connecting',
    async (name) => {
      const r = await runCli(['status', ...flags({ ...sshInputs(tb), 'project-name': name })], keyEnv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('input project-name: expected lowercase letters');
      expect(r.stderr).not.toContain('connect');
      expect(existsSync('/tmp/sd-pwned')).toBe(false);
    },
  );

  test('jump-host: reaches the host through ProxyJump under the same host-key rules', async () => {
    const r = await runCli(
      ['status', ...flags({ ...sshInputs(tb), 'jump-host': `${tb.user}@localhost:${tb.port}` })],
      keyEnv,
    );
    expect(r.stderr).toContain('release   none yet');
    expect(r.code).toBe(0);
  });
});
