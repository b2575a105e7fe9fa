// What a workflow template hands this action: each step's `with:` evaluated with GitHub's own
// expression evaluator (@actions/expressions) for one sample run. Shared by the unit check of the
// templates (test/unit/workflows.test.ts) and the end-to-end run of their steps through the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import { envName } from '../../src/config/cli-args.js';
import type { RawInputs } from '../../src/config/settings.js';
import { ROOT } from './action.js';

/** `uses:` values that run this action: the published one, or the checkout itself in our own CI. */
export const THIS_ACTION = /^(?:org\/stack-deploy@v\d+|\.\/?)$/;

export type Step = { id?: string; name?: string; uses?: string; if?: string; with?: Record<string, unknown> };

export type Job = Record<string, unknown> & {
  steps?: Step[];
  permissions?: Record<string, string>;
};

/** A workflow file (path relative to the repository root), as plain data. */
export function load(path: string): Record<string, unknown> {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
}

/** The `inputs` context of a run that passes none: each declared input's default ('' without one). */
export function defaults(
  path: string,
  event: 'workflow_call' | 'workflow_dispatch',
): Record<string, unknown> {
  const on = load(path).on as Record<string, { inputs: Record<string, { default?: unknown }> }>;
  return Object.fromEntries(Object.entries(on[event].inputs).map(([k, v]) => [k, v.default ?? '']));
}

const CONTEXTS = ['github', 'inputs', 'vars', 'secrets', 'steps', 'needs', 'runner', 'env', 'job'];

/** A `with:` value with every ${{ }} evaluated against the context, as the runner passes it: a string. */
export function render(value: unknown, context: Record<string, unknown>): string {
  const dict = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => {
    const parsed = new Parser(new Lexer(expr.trim()).lex().tokens, CONTEXTS, []).parse();
    return new Evaluator(parsed, dict).evaluate().coerceString();
  });
}

export interface RenderedStep {
  /** `<file> <job>.steps[<n>]` */
  where: string;
  job: string;
  step: Step;
  raw: RawInputs;
}

/** This action's steps in a workflow, in file order, with their `with:` rendered for one sample run. */
export function renderedSteps(path: string, context: Record<string, unknown>): RenderedStep[] {
  const wf = load(path);
  return Object.entries(wf.jobs as Record<string, Job>).flatMap(([jobId, job]) =>
    (job.steps ?? []).flatMap((step, n) =>
      step.uses !== undefined && THIS_ACTION.test(step.uses)
        ? [
            {
              where: `${path} ${jobId}.steps[${n}]`,
              job: jobId,
              step,
              raw: Object.fromEntries(
                Object.entries(step.with ?? {}).map(([k, v]) => [k, render(v, context)]),
              ) as RawInputs,
            },
          ]
        : [],
    ),
  );
}

const SECRET_INPUTS = ['ssh-key', 'registry-password', 'env'];

/**
 * The CLI form of a step's inputs: the command as the positional argument, every other input as
 * `--name value`, secrets as STACK_DEPLOY_<NAME> variables (a literal flag would show in the process
 * list). An input that evaluated to '' is left out: the runner treats it as not given, so does this.
 */
export function cliForm(raw: RawInputs): { args: string[]; env: Record<string, string> } {
  const args: string[] = [];
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || value === '' || name === 'command') continue;
    if (SECRET_INPUTS.includes(name)) env[envName(name)] = value;
    else args.push(`--${name}`, value);
  }
  return { args: raw.command ? [raw.command, ...args] : args, env };
}
