/**
 * Fault suite, item 10: secrets scan. A deploy through the action (node24 dist/index.js, main + post)
 * with a planted database password, webhook secret, registry token and the SSH key; none of them may
 * appear anywhere but where they must be (the release's .env, mode 0600).
 */
import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  addItem,
  dist,
  dropDist,
  itemNames,
  sampleArgv,
  secs,
  spawnAction,
  treeSnapshot,
  worldReadable,
} from '../helpers/faults.js';
import {
  buildImages,
  deployInputs,
  project,
  remoteDir,
  teardown,
  version,
  type TestProject,
} from '../helpers/stack.js';
import { testbed } from '../helpers/testbed.js';

jest.setTimeout(900_000);
const tb = testbed();
const p: TestProject = project('sdtest-fault-2', 18310);

const PASSWORD = `pg${randomBytes(12).toString('hex')}`;
const WEBHOOK_SECRET = `wh_${randomBytes(12).toString('hex')}`;
const REG_USER = 'fault-user';
const REG_TOKEN = `regtok-${randomBytes(16).toString('hex')}`;
// key-specific lines of the private key (the first body line is a header common to all ed25519 keys)
const KEY_LINES = tb.key
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('-----'))
  .slice(1);
const SECRETS: Record<string, string> = {
  'postgres password': PASSWORD,
  'webhook secret': WEBHOOK_SECRET,
  'registry token': REG_TOKEN,
  'registry auth (base64 user:token)': Buffer.from(`${REG_USER}:${REG_TOKEN}`).toString('base64'),
  ...Object.fromEntries(KEY_LINES.map((l, i) => [`ssh key line ${i + 2}`, l])),
};

/** Which planted secrets a text contains (by name). */
const leaks = (text: string) =>
  Object.entries(SECRETS)
    .filter(([, v]) => text.includes(v))
    .map(([k]) => k);
/** A file's text, or '' when it vanished meanwhile (other suites' projects live under the same home). */
const read = (f: string) => {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return '';
  }
};

beforeAll(() => {
  dist();
  teardown(p);
  buildImages('sdf-v1');
  const env = readFileSync(p.env, 'utf8')
    .replace(/^POSTGRES_PASSWORD=.*$/m, `POSTGRES_PASSWORD=${PASSWORD}`)
    .replace(/^DATABASE_URL=.*$/m, `DATABASE_URL=postgresql+psycopg2://app:${PASSWORD}@postgres:5432/app`)
    .replace(/^TELEGRAM_WEBHOOK_SECRET=.*$/m, `TELEGRAM_WEBHOOK_SECRET=${WEBHOOK_SECRET}`);
  writeFileSync(p.env, env, { mode: 0o600 });
});
afterAll(() => {
  teardown(p);
  dropDist();
});

test('10. secrets scan: password, registry token and SSH key appear in no log, summary, output, state, host argv or readable host file', async () => {
  const inputs = {
    command: 'deploy',
    ...deployInputs(p, 'sdf-v1', { 'registry-username': REG_USER, 'registry-password': REG_TOKEN }),
    'ssh-key': tb.key,
  };
  const argv = sampleArgv();
  const t0 = Date.now();
  const main = await spawnAction(inputs, { env: { GITHUB_ACTOR: 'fault-suite' } }).done;
  const post = await spawnAction(inputs, { state: main.state, dir: main.dir }).done;
  const seen = argv.stop();
  console.log(`secrets-scan deploy (action main + post): ${secs(Date.now() - t0)}s`);

  // the deploy really used them: registry login on the host, a database reachable with the password
  if (main.outputs.status !== 'success' || post.code !== 0) console.log(main.stdout, post.stdout, main.state);
  expect(main.outputs.status).toBe('success');
  expect(main.code).toBe(0);
  expect(post.code).toBe(0);
  expect(main.stdout).toContain(`logged in to ${tb.registry} on the host for this run only`);
  const rel = main.outputs['release-id'];
  const envOnHost = join(remoteDir(p), 'releases', rel, '.env');
  expect(readFileSync(envOnHost, 'utf8')).toContain(PASSWORD);
  expect(statSync(envOnHost).mode & 0o777).toBe(0o600);

  // the log as the runner shows it: `::add-mask::` lines are commands the runner consumes, not output
  const masked = main.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  expect(masked.length).toBeGreaterThan(0);
  const log = main.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect({ where: 'action log (main)', leaks: leaks(log) }).toEqual({
    where: 'action log (main)',
    leaks: [],
  });
  expect({ where: 'action log (post)', leaks: leaks(post.stdout) }).toEqual({
    where: 'action log (post)',
    leaks: [],
  });
  expect({ where: 'job summary', leaks: leaks(main.summary) }).toEqual({ where: 'job summary', leaks: [] });
  for (const f of ['output', 'state'])
    expect({
      where: `GITHUB_${f.toUpperCase()}`,
      leaks: leaks(readFileSync(join(main.dir, f), 'utf8')),
    }).toEqual({
      where: `GITHUB_${f.toUpperCase()}`,
      leaks: [],
    });
  if (main.outputs['sarif-file'] && existsSync(main.outputs['sarif-file']))
    expect(leaks(readFileSync(main.outputs['sarif-file'], 'utf8'))).toEqual([]);

  // process argv on the host during the run (the sampler saw the transaction itself)
  expect(seen.some((l) => l.includes(`runs/${rel}/txn.sh`))).toBe(true);
  expect(seen.some((l) => l.startsWith('docker compose') || l.includes(' compose '))).toBe(true);
  const argvLeaks = seen
    .filter((l) => leaks(l).length)
    .map((l) => `${leaks(l).join(', ')}: ${l.slice(0, 120)}`);
  expect(argvLeaks).toEqual([]);

  // files on the host readable by others
  const readable = worldReadable(`/home/${tb.user}`);
  expect(readable.length).toBeGreaterThan(0);
  const fileLeaks = readable.filter((f) => leaks(read(f)).length);
  expect(fileLeaks).toEqual([]);
  // every file of the project dir, whatever its mode: only the release's .env (and compose's rendered
  // config, which holds .env values) may hold a secret, and only with mode 0600
  const holders = Object.keys(treeSnapshot(remoteDir(p))).filter((f) => leaks(read(f)).length);
  expect(holders).toContain(envOnHost);
  for (const f of holders)
    expect({ f, mode: (statSync(f).mode & 0o777).toString(8) }).toEqual({
      f: expect.stringMatching(new RegExp(`/releases/${rel}/(\\.env|compose\\.rendered\\.yml)$`)),
      mode: '600',
    });
  expect(leaks(readFileSync(join(remoteDir(p), 'history.log'), 'utf8'))).toEqual([]);
  expect(leaks(readFileSync(join(remoteDir(p), 'releases', rel, 'manifest.json'), 'utf8'))).toEqual([]);
  // the per-run registry login is gone, and so is the runner's key directory
  expect(existsSync(join(remoteDir(p), 'runs', rel, '.docker'))).toBe(false);
  expect(existsSync(main.state.sshDir)).toBe(false);

  // and the stack serves, with its data
  expect(await version(p)).toBe('sdf-v1');
  await addItem(p, 'secrets-scan row');
  expect(await itemNames(p)).toContain('secrets-scan row');
});
