// Finding 5: remote-dir must be absolute or ~/…, never / or the home folder itself; ~ is expanded by one
// function (shqPath) in the transaction script, as the host scripts' expand() does.
import { toSettings, type RawInputs } from '../../../src/config/settings.js';
import { layout } from '../../../src/plan/remote.js';
import { deployScript } from '../../../src/plan/transaction.js';
import { ConfigError } from '../../../src/util/errors.js';

const base: RawInputs = {
  command: 'status',
  host: 'example.com',
  user: 'deploy',
  'host-fingerprint': 'SHA256:' + 'A'.repeat(43),
};
const EXPECTED = 'an absolute path or one starting with ~/ (not / and not the home folder itself)';

function message(dir: string): string {
  try {
    toSettings({ ...base, 'remote-dir': dir }, { onGitHub: false });
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
}

test.each(['~', '~/', 'stack-deploy/app', './app', '/', '//', '~//'])('remote-dir %j is refused', (dir) => {
  expect(message(dir)).toBe(`input remote-dir: expected ${EXPECTED}, got ${JSON.stringify(dir)}`);
});

test.each(['/srv/app', '~/stack-deploy/app', '/srv/app/'])('remote-dir %j is accepted', (dir) => {
  expect(message(dir)).toBe('accepted');
});

test('the transaction script expands ~/ through shqPath', () => {
  const script = deployScript({
    project: 'p',
    dir: layout('~/stack-deploy/my app').dir,
    runId: 'r',
    releaseId: 'r',
    lockTimeoutSec: 1,
    healthTimeoutSec: 1,
    healthUrls: [],
    keepReleases: 1,
    meta: { actor: 'a', sha: '', runUrl: '' },
    services: [],
    migrateTimeoutSec: 1,
    rollbackOnFailure: true,
    downgradeOnRollback: false,
  } as unknown as Parameters<typeof deployScript>[0]);
  expect(script).toContain(`DIR="$HOME"/'stack-deploy/my app'`);
});
