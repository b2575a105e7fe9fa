import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../src/config/contract.gen.js';
import { ROOT } from '../helpers/action.js';

describe('action.yml is the single source of the contract', () => {
  test('the generated contract module and README reference are current', () => {
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts/gen-contract.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  test('declares the inputs and outputs the product promises', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    });
    const names = INPUTS.map((i) => i.name);
    for (const n of [
      'command',
      'compose-files',
      'env-file',
      'env',
      'profile',
      'host',
      'port',
      'user',
      'ssh-key',
      'known-hosts',
      'host-fingerprint',
      'jump-host',
      'connect-timeout',
      'remote-dir',
      'registry',
      'registry-username',
      'registry-password',
      'image-tag',
      'services',
      'push',
      'cache',
      'migrate-service',
      'health-timeout',
      'health-urls',
      'rollback-on-failure',
      'release',
      'keep-releases',
      'lock-timeout',
      'sarif-file',
      'dry-run',
      'working-directory',
      'project-name',
      'policy',
    ])
      expect(names).toContain(n);
    expect(OUTPUTS.map((o) => o.name).sort()).toEqual([
      'doctor',
      'duration-seconds',
      'findings',
      'images',
      'previous-release-id',
      'release-id',
      'rolled-back',
      'sarif-file',
      'status',
    ]);
    for (const i of INPUTS) expect(i.description.length).toBeGreaterThan(10);
  });
});
