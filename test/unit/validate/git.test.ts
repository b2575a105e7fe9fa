import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../../src/config/validate/index.js';
import { readIndexPaths } from '../../../src/config/validate/gitindex.js';
import { cleanup, tmpProject } from './helpers.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
  });

describe('SD-SEC-004: .env tracked by git (read from the index, no git process)', () => {
  test.each([2, 3, 4])('index version %d', async (version) => {
    const dir = tmpProject({
      'compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
      '.env': 'A=1\n',
      'sub/dir/other.txt': 'x',
    });
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', 'compose.yml', 'sub/dir/other.txt');
      if (version === 3) {
        writeFileSync(join(dir, 'intent.txt'), 'x');
        git(dir, 'add', '-N', 'intent.txt');
      }
      git(dir, 'update-index', '--index-version', String(version === 3 ? 3 : version));
      const input = {
        cwd: dir,
        composeFiles: ['compose.yml'],
        envFile: '.env',
        profile: 'dev' as const,
        policy: 'stack' as const,
      };
      let r = await validate(input);
      expect(r.findings.filter((f) => f.rule === 'SD-SEC-004')).toEqual([]);
      git(dir, 'add', '-f', '.env');
      git(dir, 'update-index', '--index-version', String(version));
      expect(readIndexPaths(join(dir, '.git', 'index'))).toEqual(
        new Set(['.env', 'compose.yml', 'sub/dir/other.txt', ...(version === 3 ? ['intent.txt'] : [])]),
      );
      r = await validate(input);
      expect(r.findings.filter((f) => f.rule === 'SD-SEC-004')).toEqual([
        {
          rule: 'SD-SEC-004',
          severity: 'error',
          file: '.env',
          line: 0,
          col: 0,
          message: '.env is tracked by git; run git rm --cached .env and add it to .gitignore',
        },
      ]);
    } finally {
      cleanup(dir);
    }
  });
});
