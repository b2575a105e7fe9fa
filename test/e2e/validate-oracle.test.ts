// Differential test: our verdict and merged services against the real `docker compose config --format json`.
// Each directory under test/fixtures/validate/oracle is one stack: its *.yml files in name order, and
// stack.env as --env-file when present. Needs Docker Compose v2 (the testbed installs it).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { oracleCompare, validate, type Runner, type ValidateInput } from '../../src/config/validate/index.js';

const ORACLE = resolve('test/fixtures/validate/oracle');

function composeVersion(): string | undefined {
  try {
    return execFileSync('docker', ['compose', 'version', '--short'], {
      encoding: 'utf8',
      timeout: 20_000,
    }).trim();
  } catch {
    return undefined;
  }
}

const runner: Runner = (argv, opts) =>
  new Promise((done) => {
    execFile(
      argv[0],
      argv.slice(1),
      {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...opts.env },
        timeout: 30_000,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });

const version = composeVersion();
const cases = readdirSync(ORACLE)
  .filter((d) => existsSync(join(ORACLE, d)) && readdirSync(join(ORACLE, d)).some((f) => /\.ya?ml$/.test(f)))
  .sort();

const maybe = version ? describe : describe.skip;

maybe(`validate agrees with docker compose ${version ?? '(not installed)'} config`, () => {
  test('there are at least 25 stacks, valid and invalid', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)('%s', async (name) => {
    const dir = join(ORACLE, name);
    const input: ValidateInput = {
      cwd: dir,
      composeFiles: readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort(),
      envFile: existsSync(join(dir, 'stack.env')) ? 'stack.env' : undefined,
      profile: 'prod',
      policy: 'compose',
      processEnv: {},
    };
    const report = await validate(input);
    const result = await oracleCompare(input, report, runner);
    const detail = [
      `compose ${result.composeValid ? 'valid' : 'invalid'}${result.composeError ? `: ${result.composeError}` : ''}`,
      `ours ${result.ourValid ? 'valid' : 'invalid'}: ${report.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.file}:${f.line}:${f.col} ${f.rule} ${f.message}`)
        .join('; ')}`,
      ...result.differences,
    ].join('\n');
    expect({ agree: result.agree, differences: result.differences, detail }).toEqual({
      agree: true,
      differences: [],
      detail,
    });
  });

  const CORPUS = resolve('test/fixtures/validate/corpus');
  /** Rules that hold under every policy and are not Compose's: shipped files leading out of the tree. */
  const BEYOND_COMPOSE = new Set(['SD-SEC-007']);
  const corpus = ['valid', 'invalid'].flatMap((kind) =>
    readdirSync(join(CORPUS, kind))
      .sort()
      .map((name) => `${kind}/${name}`),
  );

  test.each(corpus)('corpus %s under policy compose', async (name) => {
    const dir = join(CORPUS, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
      composeFiles: string[];
      envFile?: string;
      envContentFrom?: string;
      profile: 'prod' | 'dev';
    };
    const input: ValidateInput = {
      cwd: dir,
      composeFiles: spec.composeFiles,
      envFile: spec.envFile,
      envContent: spec.envContentFrom ? readFileSync(join(dir, spec.envContentFrom), 'utf8') : undefined,
      profile: spec.profile,
      policy: 'compose',
      extraVars: { IMAGE_TAG: '1.0.0' },
      processEnv: {},
    };
    const report = await validate(input);
    const result = await oracleCompare(input, report, runner);
    const ours = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    if (result.composeValid && ours.length && ours.every((r) => BEYOND_COMPOSE.has(r))) {
      // Compose accepts it; only a guard of the release bundle refuses it, under every policy
      expect(result.differences).toEqual([]);
      return;
    }
    expect({ agree: result.agree, differences: result.differences, error: result.composeError }).toEqual({
      agree: true,
      differences: [],
      error: result.composeError,
    });
  });

  test('a stack that only Compose would reject is reported as a disagreement', async () => {
    const dir = join(ORACLE, '01-interp-defaults');
    const input: ValidateInput = {
      cwd: dir,
      composeFiles: ['compose.yml'],
      envFile: 'stack.env',
      profile: 'prod',
      policy: 'compose',
    };
    const report = await validate(input);
    const broken: Runner = (argv, opts) =>
      runner([...argv.slice(0, 2), '-f', join(dir, 'missing.yml'), ...argv.slice(2)], opts);
    const result = await oracleCompare(input, report, broken);
    expect(result).toMatchObject({ composeValid: false, ourValid: true, agree: false });
  });
});
