import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../util/errors.js';
import { INPUTS, type InputName, type InputSpec } from './contract.gen.js';
import { COMMANDS, type RawInputs } from './settings.js';

const SECRET_INPUTS: readonly InputName[] = ['ssh-key', 'registry-password', 'env'];
const FILE_INPUTS: readonly InputName[] = [...SECRET_INPUTS, 'known-hosts'];

export function usage(): string {
  const flags = (INPUTS as readonly InputSpec[])
    .filter((i) => i.name !== 'command')
    .map(
      (i) =>
        `  --${i.name.padEnd(28)} ${i.description}${i.default !== undefined ? ` (default: ${i.default})` : ''}`,
    );
  return [
    'usage: stack-deploy <command> [--input-name value …]   (or --command <command>)',
    '',
    `commands: ${COMMANDS.join(', ')}`,
    '',
    'Every action input is a flag of the same name. Each may also come from the environment as',
    'STACK_DEPLOY_<NAME> (e.g. STACK_DEPLOY_SSH_KEY). ssh-key, registry-password, env and known-hosts',
    'take @FILE to read a file; pass secrets that way or through the environment, never as literal flags.',
    '',
    ...flags,
    '',
    '  --json                         print the outputs as one JSON object on stdout',
    '                                 (on GitHub Actions they also go to $GITHUB_OUTPUT, the summary',
    '                                 to $GITHUB_STEP_SUMMARY, as the action writes them)',
    '  --format log|table             findings as log lines on stderr (default), or as a table on',
    '                                 stdout; stdout redirected away from the log gets the table too',
    '  --verbose                      debug lines and stack traces',
    '  --help                         this text',
    '',
    'exit codes: 0 success, 1 failed (findings, deploy failed, rolled back), 2 usage or configuration error',
  ].join('\n');
}

const FORMATS = ['log', 'table'] as const;
export type FindingsFormat = (typeof FORMATS)[number];

export const envName = (input: string): string => `STACK_DEPLOY_${input.toUpperCase().replace(/-/g, '_')}`;

/** argv + environment → raw inputs. Pure but for @FILE reads. */
export function parseCli(
  argv: string[],
  env: Record<string, string | undefined>,
  warn: (m: string) => void,
): { raw: RawInputs; json: boolean; verbose: boolean; help: boolean; format?: FindingsFormat } {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    json: { type: 'boolean' },
    format: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean' },
  };
  for (const i of INPUTS) options[i.name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ConfigError(
      `${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}\n\n${usage()}`,
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new ConfigError(`expected one command, got ${positionals.join(' ')}`);
  const raw: RawInputs = {};
  for (const i of INPUTS) {
    const fromEnv = env[envName(i.name)];
    if (fromEnv !== undefined && fromEnv !== '') raw[i.name] = fromEnv;
  }
  const format = values.format as string | undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
    throw new ConfigError(`--format: expected one of ${FORMATS.join(' | ')}, got "${format}"`);
  if (format === 'table' && values.json === true)
    throw new ConfigError('--format table and --json both write to stdout: give one of them');
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== 'string' || k === 'format') continue;
    const name = k as InputName;
    if (FILE_INPUTS.includes(name) && v.startsWith('@')) {
      try {
        const file = v.startsWith('@~/') ? join(env.HOME || homedir(), v.slice(3)) : v.slice(1);
        raw[name] = readFileSync(file, 'utf8');
      } catch (err) {
        throw new ConfigError(
          `--${name} ${v}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})`,
        );
      }
      continue;
    }
    if (SECRET_INPUTS.includes(name))
      warn(
        `--${name} was given literally: it is visible in the process list; use --${name} @FILE or ${envName(name)}`,
      );
    raw[name] = v;
  }
  if (positionals[0]) {
    if (values.command !== undefined && values.command !== positionals[0])
      throw new ConfigError(`two commands given: ${positionals[0]} and --command ${values.command}`);
    raw.command = positionals[0];
  }
  return {
    raw,
    json: values.json === true,
    verbose: values.verbose === true,
    help: values.help === true,
    format: format as FindingsFormat | undefined,
  };
}
