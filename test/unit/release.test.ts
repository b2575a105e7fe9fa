// scripts/release-notes.mjs: what the release workflow publishes for a tag, and when it refuses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSION } from '../../src/steps/validate.js';
import { ROOT } from '../helpers/action.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-release-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.0' }));
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    [
      '# Changelog',
      '',
      '## Unreleased',
      '',
      '- next',
      '',
      '## v1.2.0',
      '',
      '- b',
      '- c',
      '',
      '## v1.1.0',
      '',
      '- a',
      '',
    ].join('\n'),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const notes = (tag: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), tag, dir], { encoding: 'utf8' });

describe('release notes', () => {
  test("the tag's CHANGELOG.md section, and nothing of the others", () => {
    expect([notes('v1.2.0').status, notes('v1.2.0').stdout]).toEqual([0, '- b\n- c\n']);
  });

  test('refused: a tag that is not vX.Y.Z, another version than package.json, no section', () => {
    expect(notes('v1').stderr.trim()).toBe('release v1: expected a tag like v1.2.3');
    expect(notes('v1.1.0').stderr.trim()).toBe('release v1.1.0: package.json says version 1.2.0');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.3.0' }));
    const r = notes('v1.3.0');
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      'release v1.3.0: CHANGELOG.md has no section "## v1.3.0"',
    ]);
  });

  test("this project: package.json's version has its CHANGELOG.md section; SARIF names the same version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), `v${version}`], {
      encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(TOOL_VERSION).toBe(version);
  });
});
