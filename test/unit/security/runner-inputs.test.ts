// Finding 10 (runner side): GITHUB_SHA is used only when it is a commit id; `@~/` in file flags expands.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCli } from '../../../src/config/cli-args.js';
import { commitSha } from '../../../src/config/project.js';
import { toSettings } from '../../../src/config/settings.js';
import { releaseId } from '../../../src/plan/bundle.js';

test.each([
  ['abc\nrm -rf /', undefined],
  ['../../../etc', undefined],
  ['0123456', undefined],
  ['g'.repeat(40), undefined],
  ['a'.repeat(40), 'a'.repeat(40)],
  ['b'.repeat(64), 'b'.repeat(64)],
])('GITHUB_SHA %j → %j', (sha, want) => {
  expect(commitSha({ GITHUB_SHA: sha })).toBe(want);
  const id = releaseId(new Date(0), commitSha({ GITHUB_SHA: sha }));
  expect(id).toMatch(/^19700101-000000-[0-9a-f]{7}$/);
  const s = toSettings(
    { command: 'validate' },
    { githubSha: commitSha({ GITHUB_SHA: sha }), onGitHub: false },
  );
  expect(s.imageTag).toBe(want ? `sha-${want.slice(0, 7)}` : undefined);
});

test('--ssh-key @~/… reads from the home folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'sd-home-'));
  try {
    writeFileSync(join(home, 'key'), 'KEY-TEXT');
    const r = parseCli(['status', '--ssh-key', '@~/key'], { HOME: home }, () => undefined);
    expect(r.raw['ssh-key']).toBe('KEY-TEXT');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
