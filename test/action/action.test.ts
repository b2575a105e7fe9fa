import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, runActionWithPost, startAction } from '../helpers/action.js';

function newKey(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-key-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', join(dir, 'id')]);
  return readFileSync(join(dir, 'id'), 'utf8');
}

describe('the bundled action (dist/index.js under node24)', () => {
  test('bad inputs: fails with every problem named, masks secrets, status=failed', async () => {
    const { main, post } = await runActionWithPost({
      command: 'status',
      host: 'example.com',
      user: 'deploy',
      port: '99999',
      'dry-run': 'maybe',
      'host-fingerprint': 'SHA256:' + 'B'.repeat(43),
      'registry-password': 'pw-s3cret-value',
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      '::error::input port: expected a whole number from 1 to 65535, got "99999"',
    );
    expect(main.stdout).toContain('input dry-run: expected true or false, got "maybe"');
    expect(main.stdout).toContain('::add-mask::pw-s3cret-value');
    expect(main.outputs.status).toBe('failed');
    expect(Number(main.outputs['duration-seconds'])).toBeGreaterThanOrEqual(0);
    expect(main.state.isPost).toBe('true');
    expect(post.code).toBe(0);
  });

  test('validate: the bundled stack is clean; findings, SARIF and the summary come out', async () => {
    const { main } = await runActionWithPost({
      command: 'validate',
      'env-file': 'compose/.env.example',
      'sarif-file': 'build/action-test.sarif',
    });
    expect(main.code).toBe(0);
    expect(main.outputs.status).toBe('success');
    expect(main.outputs.findings).toBe('0');
    expect(main.outputs['sarif-file']).toMatch(/build\/action-test\.sarif$/);
    const sarif = JSON.parse(readFileSync(main.outputs['sarif-file'], 'utf8')) as {
      version: string;
      runs: unknown[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(main.summary).toContain('stack-deploy validate');
  });

  test('validate: a broken compose file fails the step with an annotation at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-bad-'));
    writeFileSync(
      join(dir, 'compose.yml'),
      'services:\n  web:\n    image: nginx:1\n    restart: sometimes\n',
    );
    writeFileSync(join(dir, '.env'), '');
    const { main } = await runActionWithPost({
      command: 'validate',
      'working-directory': dir,
      'compose-files': 'compose.yml',
      policy: 'stack',
      profile: 'prod',
    });
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed');
    expect(Number(main.outputs.findings)).toBeGreaterThan(0);
    // annotations point at the file relative to the workspace (the runner's working directory)
    const rel = relative(ROOT, join(dir, 'compose.yml'));
    expect(main.stdout).toContain(
      `::error title=SD-RST-001,file=${rel},line=4,col=14::SD-RST-001 services.web.restart: expected "no", always, on-failure[:N] or unless-stopped, got "sometimes"`,
    );
  });

  describe('post step', () => {
    let server: Server;
    let port: number;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      // accepts TCP and never speaks SSH: main hangs in the banner exchange until killed
      server = createServer((s) => void sockets.push(s));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => {
      // the killed main's ssh child is orphaned and still waits for a banner
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    });

    test('removes the key and session files left by a killed main, and only warns', async () => {
      const key = newKey();
      const inputs = {
        command: 'status',
        host: '127.0.0.1',
        port: String(port),
        user: 'deploy',
        'ssh-key': key,
        'insecure-trust-on-first-use': 'true',
        'connect-timeout': '60',
      };
      const proc = startAction(inputs);
      let sshDir = '';
      for (let i = 0; i < 200 && !sshDir; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const m = /sshDir<<(.+)\n(.+)\n/.exec(readFileSync(proc.stateFile, 'utf8'));
        if (m && existsSync(join(m[2], 'id'))) sshDir = m[2];
      }
      expect(sshDir).not.toBe('');
      const keyFile = join(sshDir, 'id');
      expect(readFileSync(keyFile, 'utf8')).toContain('OPENSSH PRIVATE KEY');
      expect((await import('node:fs')).statSync(keyFile).mode & 0o777).toBe(0o600);
      proc.kill('SIGKILL');
      const main = await proc.done;
      expect(main.signal).toBe('SIGKILL');
      expect(main.stdout).toContain('::add-mask::');
      const keyBody = key.split('\n').filter((l) => l && !l.startsWith('-----'));
      const printed = main.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      for (const line of keyBody) expect(printed.join('\n')).not.toContain(line);
      for (const line of keyBody) expect(main.stdout).toContain(`::add-mask::${line}`);

      // as a killed build would leave its private registry login
      mkdirSync(join(main.dir, 'runner-temp', 'stack-deploy-build-x1y2z3'));
      writeFileSync(
        join(main.dir, 'runner-temp', 'stack-deploy-build-x1y2z3', 'config.json'),
        '{"auths":{}}',
      );
      const post = await startAction(inputs, { state: main.state, dir: main.dir }).done;
      expect(post.code).toBe(0);
      expect(existsSync(sshDir)).toBe(false);
      expect(readdirSync(join(main.dir, 'runner-temp'))).toEqual([]);
    }, 30_000);
  });
});
