import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envName, parseCli, usage } from '../../src/config/cli-args.js';
import { INPUTS } from '../../src/config/contract.gen.js';
import { ConfigError } from '../../src/util/errors.js';

describe('parseCli', () => {
  test('every action input is a flag of the same name', () => {
    const text = usage();
    for (const i of INPUTS) if (i.name !== 'command') expect(text).toContain(`--${i.name} `);
    const argv = INPUTS.filter((i) => i.name !== 'command').flatMap((i) => [`--${i.name}`, `v-${i.name}`]);
    const { raw } = parseCli(['deploy', ...argv], {}, () => {});
    for (const i of INPUTS) if (i.name !== 'command') expect(raw[i.name]).toBe(`v-${i.name}`);
    expect(raw.command).toBe('deploy');
  });

  test('the command is the first word or --command; two different ones are refused', () => {
    expect(parseCli(['--command', 'validate', '--env-file', 'x'], {}, () => {}).raw.command).toBe('validate');
    expect(parseCli(['validate', '--command', 'validate'], {}, () => {}).raw.command).toBe('validate');
    expect(parseCli([], { [envName('command')]: 'status' }, () => {}).raw.command).toBe('status');
    expect(() => parseCli(['deploy', '--command', 'rollback'], {}, () => {})).toThrow(
      'two commands given: deploy and --command rollback',
    );
  });

  test('reads inputs from the environment and secrets from @FILE without warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdcli-'));
    writeFileSync(join(dir, 'key'), 'PRIVATE');
    const warnings: string[] = [];
    const { raw } = parseCli(
      ['status', '--ssh-key', `@${join(dir, 'key')}`],
      { [envName('host')]: 'h.example' },
      (w) => warnings.push(w),
    );
    expect(raw['ssh-key']).toBe('PRIVATE');
    expect(raw.host).toBe('h.example');
    expect(warnings).toEqual([]);
  });

  test('warns when a secret is passed literally', () => {
    const warnings: string[] = [];
    parseCli(['status', '--registry-password', 'hunter2'], {}, (w) => warnings.push(w));
    expect(warnings[0]).toMatch(/--registry-password was given literally: it is visible in the process list/);
    expect(warnings[0]).not.toContain('hunter2');
  });

  test('unknown flags and missing files are usage errors', () => {
    expect(() => parseCli(['status', '--hots', 'x'], {}, () => {})).toThrow(ConfigError);
    expect(() => parseCli(['status', '--ssh-key', '@/nonexistent/key'], {}, () => {})).toThrow(
      '--ssh-key @/nonexistent/key: cannot read the file (ENOENT)',
    );
    expect(() => parseCli(['status', 'extra'], {}, () => {})).toThrow(
      'expected one command, got status extra',
    );
  });
});
