import { execFileSync } from 'node:child_process';
import { shellJoin, shq, shqPath } from '../../src/util/quote.js';

const HOSTILE = [
  '',
  'plain',
  'with space',
  "it's",
  '"double"',
  '$(touch /tmp/pwned)',
  '`id`',
  '${HOME}',
  'a;b',
  'a&&b',
  'a|b',
  'new\nline',
  'tab\there',
  '*',
  '~',
  '-n',
  "'",
  "''",
  '\\',
  'back\\slash',
  'ünïcödé ✓',
  '!bang',
  '#comment',
  '>redirect',
  '<(proc)',
];

describe('shq', () => {
  test.each(HOSTILE)('round-trips %j through a real POSIX shell', (arg) => {
    const out = execFileSync('sh', ['-c', `printf '%s' ${shq(arg)}`], { encoding: 'utf8' });
    expect(out).toBe(arg);
  });

  test('leaves safe words bare and quotes everything else', () => {
    expect(shq('docker')).toBe('docker');
    expect(shq('a b')).toBe("'a b'");
    expect(shq("it's")).toBe("'it'\\''s'");
    expect(shq('')).toBe("''");
  });

  test('refuses NUL bytes', () => {
    expect(() => shq('a\0b')).toThrow('NUL');
  });

  test('shellJoin keeps argument boundaries', () => {
    const argv = ['printf', '%s|', ...HOSTILE.filter((a) => a !== '')];
    const out = execFileSync('sh', ['-c', shellJoin(argv)], { encoding: 'utf8' });
    expect(out).toBe(HOSTILE.filter((a) => a !== '').join('|') + '|');
  });

  test('shqPath expands a leading ~ only', () => {
    const home = execFileSync('sh', ['-c', 'printf %s "$HOME"'], { encoding: 'utf8' });
    const run = (p: string) => execFileSync('sh', ['-c', `printf '%s' ${shqPath(p)}`], { encoding: 'utf8' });
    expect(run('~/a dir/$(x)')).toBe(`${home}/a dir/$(x)`);
    expect(run('~')).toBe(home);
    expect(run('/srv/~x')).toBe('/srv/~x');
  });
});
