#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, fstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseCli, usage } from './config/cli-args.js';
import { commitSha } from './config/project.js';
import { secretsOf, toSettings } from './config/settings.js';
import { runPipeline, type Outputs } from './pipeline.js';
import { findingsOutput } from './steps/validate.js';
import { run, setProcessDebug } from './transport/process.js';
import { SshTransport } from './transport/ssh.js';
import { EXIT, StackDeployError } from './util/errors.js';
import { redact } from './util/sensitive.js';
import { stderrLogger } from './util/stderr-logger.js';

export async function cli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let verbose = argv.includes('--verbose');
  let secrets: string[] = [];
  const logger = stderrLogger(verbose, () => secrets, env.GITHUB_ACTIONS === 'true');
  const result: Record<string, string> = {};
  let json = false;
  try {
    const parsed = parseCli(argv, env, (m) => logger.warn(m));
    ({ json, verbose } = parsed);
    if (parsed.help || !parsed.raw.command) {
      process.stdout.write(usage() + '\n');
      return parsed.help ? EXIT.ok : EXIT.usage;
    }
    const settings = toSettings(
      parsed.raw,
      { githubSha: commitSha(env), onGitHub: env.GITHUB_ACTIONS === 'true', exists: existsSync },
      (m) => logger.warn(m),
    );
    secrets = secretsOf(settings);
    setProcessDebug(verbose ? (l) => logger.debug(l) : undefined, (t) => redact(t, secrets));
    const summaries: string[] = [];
    const outputs: Outputs = {
      set: (k, v) => void (result[k] = v),
      summary: (md) => void summaries.push(md),
    };
    const r = await runPipeline(settings, {
      logger,
      outputs,
      runLocal: run,
      env: env,
      findings: findingsOutput(parsed.format, parsed.json, sameFile(1, 2), (t) =>
        process.stdout.write(t + '\n'),
      ),
      openTransport: (ssh) => SshTransport.open(ssh, { tmpRoot: env.RUNNER_TEMP || tmpdir(), logger }),
    });
    if (json) process.stdout.write(JSON.stringify(result) + '\n');
    toRunner(env, result, summaries, (m) => logger.warn(m));
    return r.exitCode;
  } catch (err) {
    const code = err instanceof StackDeployError ? err.exitCode : EXIT.usage;
    logger.error(err instanceof Error ? err.message : String(err));
    if (verbose && err instanceof Error && err.stack) logger.debug(err.stack);
    if (json)
      process.stdout.write(
        JSON.stringify({ ...result, status: 'failed', error: String((err as Error).message) }) + '\n',
      );
    toRunner(env, { ...result, status: 'failed' }, [], (m) => logger.warn(m));
    return code;
  }
}

/** Whether two descriptors are the same file, terminal or pipe (stdout is the log). */
function sameFile(a: number, b: number): boolean {
  try {
    const x = fstatSync(a);
    const y = fstatSync(b);
    return x.dev === y.dev && x.ino === y.ino && x.rdev === y.rdev;
  } catch {
    return false;
  }
}

/**
 * In a `run:` step of GitHub Actions the CLI hands its outputs and job summary to the runner the
 * way the action does: $GITHUB_OUTPUT (name<<delimiter blocks) and $GITHUB_STEP_SUMMARY.
 */
function toRunner(
  env: Record<string, string | undefined>,
  outputs: Record<string, string>,
  summaries: string[],
  warn: (m: string) => void,
): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  try {
    if (env.GITHUB_OUTPUT && Object.keys(outputs).length) {
      const lines = Object.entries(outputs).map(([k, v]) => {
        const delimiter = `ghadelimiter_${randomUUID()}`;
        return `${k}<<${delimiter}\n${v}\n${delimiter}\n`;
      });
      appendFileSync(env.GITHUB_OUTPUT, lines.join(''));
    }
    if (env.GITHUB_STEP_SUMMARY && summaries.length)
      appendFileSync(env.GITHUB_STEP_SUMMARY, summaries.join('\n') + '\n');
  } catch (err) {
    warn(`outputs or job summary not written: ${(err as Error).message}`);
  }
}

process.exitCode = await cli(process.argv.slice(2), process.env);
