// The workflow templates (workflows/), the project's own CI and every ```yaml workflow snippet in the
// READMEs are checked with GitHub's own parser (@actions/workflow-parser: schema, expressions, and
// a caller's with/secrets against the reusable workflow it calls), then against action.yml: every
// step of this action passes only declared inputs and reads only declared outputs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { isMap, isPair, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml';
import { COMMANDS, toSettings, type Settings } from '../../src/config/settings.js';
import { ROOT } from '../helpers/action.js';
import {
  defaults,
  load,
  renderedSteps,
  THIS_ACTION,
  type Job,
  type RenderedStep,
} from '../helpers/workflow.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const INPUTS = Object.keys(action.inputs);
const OUTPUTS = Object.keys(action.outputs);
const BOOLEAN_INPUTS = INPUTS.filter((n) => ['true', 'false'].includes(String(action.inputs[n].default)));

/** Where a workflow text came from; `at` maps a 1-based position in `content` back to the file. */
interface Source {
  name: string;
  content: string;
  at(line: number, col: number): string;
}

function fileSource(path: string): Source {
  const name = relative(ROOT, path);
  return { name, content: readFileSync(path, 'utf8'), at: (l, c) => `${name}:${l}:${c}` };
}

function inlineSource(name: string, content: string): Source {
  return { name, content, at: (l, c) => `${name}:${l}:${c}` };
}

const STEPS_WRAPPER = [
  'on: workflow_dispatch',
  'permissions:',
  '  contents: read',
  'jobs:',
  '  snippet:',
  '    runs-on: ubuntu-latest',
  '    steps:',
];
const STEPS_INDENT = 6;

/** Step keys that can only appear on a step, so a mapping or list of them is a step snippet. */
const STEP_KEYS = ['uses', 'run'];

interface Snippet {
  source: Source;
  kind: 'workflow' | 'steps';
}

/** Every ```yaml block of a markdown file that is a workflow or a list of steps (wrapped into one). */
function snippets(markdownPath: string, text = readFileSync(markdownPath, 'utf8')): Snippet[] {
  const file = relative(ROOT, markdownPath) || markdownPath;
  const out: Snippet[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const first = i + 2; // 1-based line of the snippet's first line
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const yaml = body.join('\n') + '\n';
    let doc: unknown;
    try {
      doc = parse(yaml);
    } catch {
      doc = { jobs: 'unparsable: the parser reports where' };
    }
    const isStep = (v: unknown): boolean =>
      typeof v === 'object' && v !== null && STEP_KEYS.some((k) => k in (v as object));
    const name = `${file}:${first}`;
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'jobs' in doc) {
      out.push({
        kind: 'workflow',
        source: { name, content: yaml, at: (l, c) => `${file}:${first + l - 1}:${c}` },
      });
    } else if ((Array.isArray(doc) && doc.length > 0 && doc.every(isStep)) || isStep(doc)) {
      // a single step (a mapping) becomes a one-item list
      const stepLines = Array.isArray(doc) ? body : body.map((l, n) => (n === 0 ? '- ' : '  ') + l);
      const shift = Array.isArray(doc) ? 0 : 2;
      const content =
        [...STEPS_WRAPPER, ...stepLines.map((l) => ' '.repeat(STEPS_INDENT) + l)].join('\n') + '\n';
      const at = (l: number, c: number): string => {
        const line = l - STEPS_WRAPPER.length;
        return line < 1
          ? `${file}:${first} (wrapper line ${l})`
          : `${file}:${first + line - 1}:${Math.max(1, c - STEPS_INDENT - shift)}`;
      };
      out.push({ kind: 'steps', source: { name, content, at } });
    }
  }
  return out;
}

/** Resolves a reusable workflow reference to a template file here, as a user's copy would sit. */
function localWorkflow(ref: string): string | undefined {
  const m =
    /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(ref) ??
    /^org\/stack-deploy\/\.github\/workflows\/([\w.-]+\.ya?ml)@[\w.-]+$/.exec(ref);
  if (!m) return undefined;
  // a template, or one of this project's own workflows (release.yml calls ci.yml)
  const path = [join(ROOT, 'workflows', m[1]), join(ROOT, '.github/workflows', m[1])].find((p) =>
    existsSync(p),
  );
  return path;
}

type FileProvider = NonNullable<Parameters<typeof convertWorkflowTemplate>[2]>;

const provider: FileProvider = {
  async getFileContent(ref) {
    const text =
      'repository' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
    const path = localWorkflow(text);
    if (!path) throw new Error(`no template for ${text}`);
    return { name: relative(ROOT, path), content: readFileSync(path, 'utf8') };
  },
};

/** GitHub's parser: schema, expressions, and callers' with/secrets against the called workflow. */
async function parserFindings(src: Source): Promise<string[]> {
  const result = parseWorkflow({ name: src.name, content: src.content }, new NoOperationTraceWriter());
  if (result.value)
    await convertWorkflowTemplate(result.context, result.value, provider, { fetchReusableWorkflowDepth: 1 });
  return result.context.errors.getErrors().map((e) => {
    const own = e.prefix === undefined || e.prefix.startsWith(src.name);
    if (own && e.range) return `${src.at(e.range.start.line, e.range.start.column)}: ${e.rawMessage}`;
    return `${own ? src.name : e.prefix}: ${e.rawMessage}`;
  });
}

interface Located {
  text: string;
  /** offset of the value in the source */
  offset: number;
  /** true for `if:` values, which are expressions without ${{ }} */
  bare: boolean;
}

function scalars(node: unknown, out: Located[] = [], key?: string): Located[] {
  if (isScalar(node)) {
    out.push({ text: String(node.value), offset: node.range?.[0] ?? 0, bare: key === 'if' });
  } else if (isMap(node)) {
    for (const p of node.items) scalars(p.value, out, isScalar(p.key) ? String(p.key.value) : undefined);
  } else if (isSeq(node)) {
    for (const item of node.items) scalars(item, out);
  }
  return out;
}

function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

function keys(node: unknown): { key: string; offset: number; value: Node | undefined }[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((p) =>
    isScalar(p.key)
      ? [{ key: String(p.key.value), offset: p.key.range?.[0] ?? 0, value: (p.value ?? undefined) as Node }]
      : [],
  );
}

function strings(node: unknown): string[] {
  if (isScalar(node)) return [String(node.value)];
  if (isSeq(node)) return node.items.flatMap((i) => (isScalar(i) ? [String(i.value)] : []));
  return [];
}

/** Declared outputs of a job, or of the workflow a reusable-workflow job calls. */
function jobOutputs(job: unknown): string[] | undefined {
  const uses = get(job, 'uses');
  if (isScalar(uses)) {
    const path = localWorkflow(String(uses.value));
    if (!path) return undefined; // someone else's workflow: not ours to check
    const called = parseDocument(readFileSync(path, 'utf8')).contents;
    return keys(get(get(get(called, 'on'), 'workflow_call'), 'outputs')).map((k) => k.key);
  }
  return keys(get(job, 'outputs')).map((k) => k.key);
}

/** Our checks: this action's inputs and outputs, needs/steps/jobs/inputs/secrets references. */
function contractFindings(src: Source): string[] {
  const counter = new LineCounter();
  const doc = parseDocument(src.content, { lineCounter: counter });
  const out: string[] = [];
  const at = (offset: number): string => {
    const p = counter.linePos(offset);
    return src.at(p.line, p.col);
  };
  const root = doc.contents;
  const on = get(root, 'on');
  const call = get(on, 'workflow_call');
  const declaredInputs = [
    ...keys(get(call, 'inputs')).map((k) => k.key),
    ...keys(get(get(on, 'workflow_dispatch'), 'inputs')).map((k) => k.key),
  ];
  const declaredSecrets = keys(get(call, 'secrets')).map((k) => k.key);
  const jobs = get(root, 'jobs');
  const jobIds = keys(jobs).map((k) => k.key);

  /** Each reference inside ${{ }} (or a bare if:) with its offset in the source. */
  const references = (node: unknown, re: RegExp): { m: RegExpExecArray; offset: number }[] =>
    scalars(node).flatMap((s) => {
      const found: { m: RegExpExecArray; offset: number }[] = [];
      const exprs = s.bare ? [s.text] : [];
      for (const e of s.text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) exprs.push(e[1]);
      let from = s.offset;
      for (const e of exprs)
        for (const m of e.matchAll(new RegExp(re.source, 'g'))) {
          // find the match in the raw source (block scalars do not map offsets 1:1)
          const raw = src.content.indexOf(m[0], from);
          if (raw >= 0) from = raw + m[0].length;
          found.push({ m: m as RegExpExecArray, offset: raw >= 0 ? raw : s.offset });
        }
      return found;
    });

  for (const r of references(root, /\binputs\.([\w-]+)/))
    if (!declaredInputs.includes(r.m[1]))
      out.push(`${at(r.offset)}: inputs.${r.m[1]} is not declared under on.workflow_call/workflow_dispatch`);
  if (call)
    for (const r of references(root, /\bsecrets\.([\w-]+)/)) {
      // UPPER_CASE names are repository or environment secrets reached with `secrets: inherit`
      const ok = declaredSecrets.includes(r.m[1]) || /^[A-Z][A-Z0-9_]*$/.test(r.m[1]);
      if (!ok) out.push(`${at(r.offset)}: secrets.${r.m[1]} is not declared under on.workflow_call.secrets`);
    }
  for (const r of references(get(call, 'outputs'), /\bjobs\.([\w-]+)\.outputs\.([\w-]+)/)) {
    const declared = jobOutputs(get(jobs, r.m[1]));
    if (!jobIds.includes(r.m[1])) out.push(`${at(r.offset)}: no job ${r.m[1]}`);
    else if (declared && !declared.includes(r.m[2]))
      out.push(`${at(r.offset)}: job ${r.m[1]} has no output ${r.m[2]}`);
  }

  for (const { key: jobId, value: job } of keys(jobs)) {
    const needs = strings(get(job, 'needs'));
    for (const r of references(job, /\bneeds\.([\w-]+)(?:\.outputs\.([\w-]+))?/)) {
      const [, other, output] = r.m;
      if (!needs.includes(other)) {
        out.push(`${at(r.offset)}: needs.${other}: job ${jobId} does not list ${other} in needs`);
        continue;
      }
      const declared = jobOutputs(get(jobs, other));
      if (output && declared && !declared.includes(output))
        out.push(
          `${at(r.offset)}: needs.${other}.outputs.${output}: job ${other} declares no output ${output}`,
        );
    }

    const steps = get(job, 'steps');
    const stepIds = new Map<string, boolean>(); // id -> runs this action
    for (const step of isSeq(steps) ? steps.items : []) {
      const uses = get(step, 'uses');
      const ours = isScalar(uses) && THIS_ACTION.test(String(uses.value));
      const id = get(step, 'id');
      if (isScalar(id)) stepIds.set(String(id.value), ours);
      if (!ours) continue;
      for (const { key, offset, value } of keys(get(step, 'with'))) {
        if (!INPUTS.includes(key)) {
          out.push(`${at(offset)}: with.${key}: ${String(uses.value)} has no input ${key} (action.yml)`);
          continue;
        }
        const literal = isScalar(value) ? String(value.value) : '';
        if (literal.includes('${{')) continue;
        if (key === 'command' && !(COMMANDS as readonly string[]).includes(literal))
          out.push(`${at(offset)}: with.command: expected one of ${COMMANDS.join(' | ')}, got "${literal}"`);
        if (BOOLEAN_INPUTS.includes(key) && !['true', 'false'].includes(literal))
          out.push(`${at(offset)}: with.${key}: expected true or false, got "${literal}"`);
      }
    }
    for (const r of references(job, /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/)) {
      const [, step, output] = r.m;
      if (!stepIds.has(step))
        out.push(`${at(r.offset)}: steps.${step}: no step with id ${step} in job ${jobId}`);
      else if (stepIds.get(step) && !OUTPUTS.includes(output))
        out.push(`${at(r.offset)}: steps.${step}.outputs.${output}: action.yml declares no output ${output}`);
    }
  }
  return out;
}

/** Every problem found in one workflow, as `file:line:col: message`. */
async function lint(src: Source): Promise<string[]> {
  return [...(await parserFindings(src)), ...contractFindings(src)];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

const TEMPLATES = [
  ...yamlFiles(join(ROOT, 'workflows')),
  ...yamlFiles(join(ROOT, 'workflows/examples')),
  ...yamlFiles(join(ROOT, '.github/workflows')),
];
const READMES = [join(ROOT, 'README.md'), join(ROOT, 'workflows/README.md')];
const SNIPPETS = READMES.flatMap((r) => (existsSync(r) ? snippets(r) : []));

/**
 * The first major of each action whose action.yml says `runs.using: node24` (checked in each
 * project's tags; the earlier majors run on Node 20, which runners force onto Node 24 with a
 * warning). A new action goes here once its runtime is checked.
 */
const NODE24_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/attest-build-provenance': 3, // composite, on actions/attest@v3 (node24)
  'github/codeql-action/upload-sarif': 4,
  'docker/setup-buildx-action': 4,
  'docker/setup-qemu-action': 4,
};

/** `uses: owner/repo[/path]@ref  # version`, the comment kept (a SHA pin names its version there). */
const USES = /^[\s-]*uses:\s*['"]?([\w.-]+\/[\w./-]+)@([\w.-]+)['"]?(?:\s+#\s*(v\d[\w.-]*))?/gm;

/** Actions on a Node 20 major, unknown actions, SHA pins without a version, two majors of one action. */
function actionRefFindings(texts: { name: string; text: string }[]): string[] {
  const out: string[] = [];
  const majors = new Map<string, Map<number, string>>();
  for (const { name, text } of texts)
    for (const m of text.matchAll(USES)) {
      const [, action, ref, comment] = m;
      if (action.startsWith('org/stack-deploy')) continue;
      const at = `${name}:${text.slice(0, m.index).split('\n').length}`;
      const min = NODE24_MAJORS[action];
      if (min === undefined) {
        out.push(
          `${at}: ${action}@${ref}: not a known action; check its runs.using and add it to NODE24_MAJORS`,
        );
        continue;
      }
      const version = /^[0-9a-f]{40}$/.test(ref) ? comment : ref;
      if (!version) {
        out.push(`${at}: ${action}@${ref}: a commit SHA needs its version in a comment (# v${min}.0.0)`);
        continue;
      }
      const major = Number(/^v(\d+)/.exec(version)?.[1]);
      if (!(major >= min))
        out.push(`${at}: ${action}@${ref}: ${version} runs on Node 20; the first Node 24 major is v${min}`);
      const seen = majors.get(action) ?? new Map<number, string>();
      if (!seen.has(major)) seen.set(major, at);
      majors.set(action, seen);
    }
  for (const [action, seen] of majors)
    if (seen.size > 1)
      out.push(
        `${action}: one major across all files, got ${[...seen].map(([v, at]) => `v${v} (${at})`).join(', ')}`,
      );
  return out;
}

/** Every `secrets: inherit`, in a job or in a commented example. */
function inheritFindings(name: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((l, i) =>
      /^[\s#]*secrets:\s*inherit\s*$/.test(l)
        ? [
            `${name}:${i + 1}: secrets: inherit passes every secret of the caller; map the ones the workflow declares`,
          ]
        : [],
    );
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/**
 * Jobs calling one of these reusable workflows that grant less than the called workflow's jobs ask
 * for (a called workflow can only narrow what its caller grants; GitHub fails the run otherwise).
 */
function callerPermissionFindings(name: string, text: string): { callers: number; found: string[] } {
  const wf = parse(text) as { permissions?: Record<string, string>; jobs?: Record<string, Job> };
  let callers = 0;
  const found: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    const path = typeof job.uses === 'string' ? localWorkflow(job.uses) : undefined;
    if (!path) continue;
    callers++;
    const granted = job.permissions ?? wf.permissions ?? {};
    const called = parse(readFileSync(path, 'utf8')) as { jobs: Record<string, Job> };
    for (const [calledJob, j] of Object.entries(called.jobs))
      for (const [scope, level] of Object.entries(j.permissions ?? {}))
        if ((LEVEL[granted[scope] ?? 'none'] ?? 0) < (LEVEL[level] ?? 0))
          found.push(
            `${name} ${id}: grants ${scope}: ${granted[scope] ?? 'none'}, ${relative(ROOT, path)} job ${calledJob} asks for ${level}`,
          );
  }
  return { callers, found };
}

describe('workflow templates and README snippets', () => {
  test('are found', () => {
    expect(TEMPLATES.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining([
        'workflows/deploy.yml',
        'workflows/manual.yml',
        'workflows/pr-validate.yml',
        'workflows/examples/push-to-main.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
      ]),
    );
    for (const r of READMES) expect({ r, snippets: snippets(r).length > 0 }).toEqual({ r, snippets: true });
  });

  test.each(TEMPLATES.map((f) => [relative(ROOT, f), f]))('%s has no findings', async (_name, path) => {
    expect(await lint(fileSource(path))).toEqual([]);
  });

  test.each(SNIPPETS.map((s) => [s.source.name, s.kind, s]))(
    'snippet at %s (%s) has no findings',
    async (_name, _kind, s) => {
      expect(await lint(s.source)).toEqual([]);
    },
  );

  test('the reusable deploy workflow callable from this project is the template, byte for byte', () => {
    expect(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'workflows/deploy.yml'), 'utf8'),
    );
  });

  test('every variable and secret the templates read is documented in workflows/README.md', () => {
    const readme = readFileSync(join(ROOT, 'workflows/README.md'), 'utf8');
    const names = new Set<string>();
    for (const f of TEMPLATES.filter((t) => !t.includes('.github')))
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:vars|secrets)\.([A-Z][A-Z0-9_]*)\b/g))
        if (m[1] !== 'GITHUB_TOKEN') names.add(m[1]);
    expect([...names].filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
    expect(names.size).toBeGreaterThan(3);
    const call = (load('workflows/deploy.yml').on as { workflow_call: Record<string, object> }).workflow_call;
    const declared = ['inputs', 'secrets', 'outputs'].flatMap((k) => Object.keys(call[k]));
    expect(declared.filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
  });

  test('every action is on its Node 24 major, one major per action, this action is org/stack-deploy@v1', () => {
    const texts = [
      ...TEMPLATES.map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') })),
      ...SNIPPETS.map((s) => ({ name: s.source.name, text: s.source.content })),
    ];
    expect(actionRefFindings(texts)).toEqual([]);
    for (const { name, text } of texts)
      for (const m of text.matchAll(USES))
        if (/stack-deploy/.test(m[1]))
          expect({
            name,
            uses: `${m[1]}@${m[2]}`,
            ok: /^org\/stack-deploy(\/\.github\/workflows\/[\w.-]+)?@v1$/.test(`${m[1]}@${m[2]}`),
          }).toEqual({ name, uses: `${m[1]}@${m[2]}`, ok: true });
  });

  test('every caller of a reusable workflow grants the permissions its jobs ask for', () => {
    const texts = [
      ...TEMPLATES.map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') })),
      ...SNIPPETS.filter((s) => s.kind === 'workflow').map((s) => ({
        name: s.source.name,
        text: s.source.content,
      })),
    ];
    const results = texts.map(({ name, text }) => ({ name, ...callerPermissionFindings(name, text) }));
    expect(results.flatMap((r) => r.found)).toEqual([]);
    // manual.yml, push-to-main.yml, release.yml (ci.yml), the README and workflows/README snippets
    expect(results.filter((r) => r.callers > 0).map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'workflows/manual.yml',
        'workflows/examples/push-to-main.yml',
        '.github/workflows/release.yml',
      ]),
    );
    expect(results.filter((r) => r.callers > 0 && /README\.md:/.test(r.name))).toHaveLength(2);
  });

  test('no template or README snippet passes `secrets: inherit`', () => {
    const texts = [
      ...TEMPLATES.map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') })),
      ...SNIPPETS.map((s) => ({ name: s.source.name, text: s.source.content })),
    ];
    expect(texts.length).toBeGreaterThan(8);
    expect(texts.flatMap(({ name, text }) => inheritFindings(name, text))).toEqual([]);
  });

  test('every job that builds with this action sets up a Buildx builder first (the gha cache needs one)', () => {
    const builders: string[] = [];
    for (const f of TEMPLATES) {
      const wf = parse(readFileSync(f, 'utf8')) as { jobs: Record<string, Job> };
      for (const [id, job] of Object.entries(wf.jobs)) {
        const steps = job.steps ?? [];
        const build = steps.findIndex((s) => THIS_ACTION.test(s.uses ?? '') && s.with?.command === 'build');
        if (build < 0) continue;
        const buildx = steps.findIndex((s) => /^docker\/setup-buildx-action@/.test(s.uses ?? ''));
        builders.push(
          `${relative(ROOT, f)} ${id}: ${buildx >= 0 && buildx < build ? 'buildx' : 'no builder'}`,
        );
      }
    }
    expect(builders).toEqual([
      'workflows/deploy.yml build: buildx',
      'workflows/pr-validate.yml build: buildx',
      '.github/workflows/ci.yml action: buildx',
      '.github/workflows/deploy.yml build: buildx',
    ]);
  });
});

describe('action references', () => {
  test('a Node 20 major, an unknown action, a SHA without its version, two majors of one action', () => {
    const sha = '08c6903cd8c0fde910a37f88322edcfb5dd907a8';
    const found = actionRefFindings([
      { name: 'a.yml', text: `      - uses: actions/checkout@v4\n      - uses: actions/setup-node@${sha}\n` },
      { name: 'b.yml', text: `- uses: actions/checkout@${sha} # v5.0.0\n- uses: someone/thing@v1\n` },
      {
        name: 'c.yml',
        text: '- uses: docker/setup-buildx-action@v4\n- uses: docker/setup-buildx-action@v5\n',
      },
    ]);
    expect(found).toEqual([
      'a.yml:1: actions/checkout@v4: v4 runs on Node 20; the first Node 24 major is v5',
      `a.yml:2: actions/setup-node@${sha}: a commit SHA needs its version in a comment (# v5.0.0)`,
      'b.yml:2: someone/thing@v1: not a known action; check its runs.using and add it to NODE24_MAJORS',
      'actions/checkout: one major across all files, got v4 (a.yml:1), v5 (b.yml:1)',
      'docker/setup-buildx-action: one major across all files, got v4 (c.yml:1), v5 (c.yml:2)',
    ]);
    expect(
      actionRefFindings([{ name: 'd.yml', text: `- uses: actions/checkout@${sha}  # v5.0.0\n` }]),
    ).toEqual([]);
  });

  test('a caller granting less than the called workflow asks for', () => {
    const text = [
      'on: push',
      'jobs:',
      '  production:',
      '    uses: ./.github/workflows/deploy.yml',
      '    permissions: { contents: read, packages: read, security-events: write, actions: read }',
      '    with: { environment: production }',
      '',
    ].join('\n');
    expect(callerPermissionFindings('c.yml', text)).toEqual({
      callers: 1,
      found: [
        'c.yml production: grants packages: read, workflows/deploy.yml job build asks for write',
        'c.yml production: grants id-token: none, workflows/deploy.yml job build asks for write',
        'c.yml production: grants attestations: none, workflows/deploy.yml job build asks for write',
        'c.yml production: grants attestations: none, workflows/deploy.yml job deploy asks for read',
      ],
    });
  });

  test('`secrets: inherit` is found in a job and in a commented example', () => {
    expect(inheritFindings('e.yml', 'jobs:\n  x:\n    uses: ./w.yml\n    secrets:   inherit\n')).toEqual([
      'e.yml:4: secrets: inherit passes every secret of the caller; map the ones the workflow declares',
    ]);
    expect(inheritFindings('f.yml', '#   secrets: inherit\n# never `secrets: inherit`\n')).toHaveLength(1);
  });
});

describe('deploy.yml', () => {
  const wf = load('workflows/deploy.yml');
  const jobs = wf.jobs as Record<string, Job>;
  const on = wf.on as {
    workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
  };

  test('is a reusable workflow with typed inputs and secrets', () => {
    expect(Object.keys(wf.on as object)).toEqual(['workflow_call']);
    for (const n of ['environment', 'environment-url', 'image-tag', 'compose-files', 'profile', 'registry'])
      expect(on.workflow_call.inputs[n]).toEqual(expect.objectContaining({ type: expect.any(String) }));
    expect(Object.keys(on.workflow_call.secrets).sort()).toEqual(['env', 'registry-password', 'ssh-key']);
  });

  test('least permissions: contents: read on top, packages: write only where it pushes', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(jobs)
      .filter(([, j]) => j.permissions?.packages === 'write')
      .map(([id]) => id);
    expect(writers).toEqual(['build']);
    for (const j of Object.values(jobs)) expect(j.permissions).toBeDefined();
    expect(jobs.build.steps?.find((s) => s.with?.command === 'build')?.with?.push).toBe(true);
  });

  test('validate uploads SARIF; deploy is bound to the environment with one deploy at a time', () => {
    expect(jobs.validate.steps?.map((s) => s.uses)).toContain('github/codeql-action/upload-sarif@v4');
    expect(jobs.deploy.needs).toEqual(['validate', 'build']);
    expect(jobs.deploy.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ inputs.environment-url || vars.DEPLOY_URL }}',
    });
    expect(jobs.deploy.concurrency).toEqual({
      group: 'stack-deploy-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
    expect(JSON.stringify(jobs.deploy)).toContain('needs.build.outputs.images');
  });
});

describe('manual.yml and pr-validate.yml', () => {
  test('manual: environment, ref or image tag, operation, release', () => {
    const wf = load('workflows/manual.yml');
    const inputs = (wf.on as { workflow_dispatch: { inputs: Record<string, Record<string, unknown>> } })
      .workflow_dispatch.inputs;
    expect(Object.keys(inputs)).toEqual(['environment', 'operation', 'ref', 'image-tag', 'release']);
    expect(inputs.environment.type).toBe('environment');
    expect(inputs.operation.options).toEqual(['deploy', 'rollback', 'status']);
    const jobs = wf.jobs as Record<string, Job>;
    // a rollback queues behind a running deploy of the same environment instead of cutting into it
    const deploy = (load('workflows/deploy.yml').jobs as Record<string, Job>).deploy;
    expect(jobs.rollback.concurrency).toEqual(deploy.concurrency);
  });

  test('pr-validate: pull_request only, no secrets or variables, nothing pushed', () => {
    const text = readFileSync(join(ROOT, 'workflows/pr-validate.yml'), 'utf8');
    const wf = load('workflows/pr-validate.yml');
    expect(Object.keys(wf.on as object)).toEqual(['pull_request']);
    expect(text).not.toMatch(/\b(?:secrets|vars)\./);
    const steps = Object.values(wf.jobs as Record<string, Job>).flatMap((j) => j.steps ?? []);
    const ours = steps.filter((s) => s.uses === 'org/stack-deploy@v1');
    expect(ours.map((s) => [s.with?.command, s.with?.['env-file']])).toEqual([
      ['validate', 'compose/.env.example'],
      ['build', 'compose/.env.example'],
      ['deploy', 'compose/.env.example'],
    ]);
    expect(ours[1].with?.push).toBe(false);
    expect(ours[2].with?.['dry-run']).toBe(true);
    expect(steps.map((s) => s.uses)).toContain('github/codeql-action/upload-sarif@v4');
  });
});

describe('the checks report what is wrong', () => {
  const workflow = (steps: string, extra = ''): string =>
    ['on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', extra, '    steps:', steps, '']
      .filter((l) => l !== '')
      .join('\n') + '\n';

  test('an input action.yml does not declare', async () => {
    const src = inlineSource(
      'bad.yml',
      workflow(
        ['      - uses: org/stack-deploy@v1', '        with:', '          hots: example.com'].join('\n'),
      ),
    );
    expect(await lint(src)).toEqual([
      'bad.yml:8:11: with.hots: org/stack-deploy@v1 has no input hots (action.yml)',
    ]);
  });

  test('an output action.yml does not declare, and a literal command or boolean that is wrong', async () => {
    const src = inlineSource(
      'bad.yml',
      workflow(
        [
          '      - id: sd',
          '        uses: ./',
          '        with:',
          '          command: ship',
          '          dry-run: yes',
          '      - run: echo "${{ steps.sd.outputs.release }} ${{ steps.nope.outputs.x }}"',
        ].join('\n'),
      ),
    );
    expect(await lint(src)).toEqual([
      'bad.yml:9:11: with.command: expected one of validate | build | deploy | rollback | status | releases | unlock | doctor, got "ship"',
      'bad.yml:10:11: with.dry-run: expected true or false, got "yes"',
      'bad.yml:11:24: steps.sd.outputs.release: action.yml declares no output release',
      'bad.yml:11:56: steps.nope: no step with id nope in job deploy',
    ]);
  });

  test('needs.X.outputs.Y that job X does not declare, or X missing from needs', async () => {
    const src = inlineSource(
      'bad.yml',
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    outputs:',
        '      images: ${{ steps.b.outputs.images }}',
        '    steps:',
        '      - id: b',
        '        uses: org/stack-deploy@v1',
        '  deploy:',
        '    needs: build',
        "    if: needs.test.result == 'success'",
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ needs.build.outputs.image }}"',
        '',
      ].join('\n'),
    );
    expect(await lint(src)).toEqual([
      'bad.yml:12:9: needs.test: job deploy does not list test in needs',
      'bad.yml:15:24: needs.build.outputs.image: job build declares no output image',
    ]);
  });

  test('a caller passing an input or secret deploy.yml does not declare', async () => {
    const src = inlineSource(
      'caller.yml',
      [
        'on: push',
        'jobs:',
        '  production:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with:',
        '      environment: production',
        '      hostname: example.com',
        '    secrets:',
        '      ssh_key: ${{ secrets.KEY }}',
        '  after:',
        '    needs: production',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ needs.production.outputs.release }}"',
        '',
      ].join('\n'),
    );
    expect(await lint(src)).toEqual([
      'caller.yml:7:17: Invalid input, hostname is not defined in the referenced workflow.',
      'caller.yml:9:16: Invalid secret, ssh_key is not defined in the referenced workflow.',
      'caller.yml:14:24: needs.production.outputs.release: job production declares no output release',
    ]);
  });

  test('schema and expression errors from the parser, with positions', async () => {
    const src = inlineSource(
      'bad.yml',
      workflow(
        ['      - uses: actions/checkout@v5', '        with:', '          ref: ${{ github.sha == }}'].join(
          '\n',
        ),
        '    timeout: 5',
      ),
    );
    const found = await lint(src);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^bad\.yml:5:5: Unexpected value 'timeout'/);
    expect(found[1]).toMatch(/^bad\.yml:9:16: Unexpected end of expression/);
  });

  test('undeclared inputs and secrets of a reusable workflow', async () => {
    const src = inlineSource(
      'called.yml',
      [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      environment: { type: string, required: true }',
        '    secrets:',
        '      ssh-key: { required: true }',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    environment: ${{ inputs.enviroment }}',
        '    steps:',
        '      - run: echo',
        '        env:',
        '          KEY: ${{ secrets.ssh_key || secrets.DEPLOY_SSH_KEY }}',
        '',
      ].join('\n'),
    );
    expect(await lint(src)).toEqual([
      'called.yml:10:22: inputs.enviroment is not declared under on.workflow_call/workflow_dispatch',
      'called.yml:14:20: secrets.ssh_key is not declared under on.workflow_call.secrets',
    ]);
  });

  test('README snippets: a step list is wrapped into a workflow, positions point into the README', () => {
    const md = [
      '# t',
      '',
      '```yaml',
      '- uses: org/stack-deploy@v1',
      '  with:',
      '    hots: x',
      '```',
      '',
      '```yaml',
      'uses: org/stack-deploy@v1',
      'with: { command: status }',
      '```',
      '',
      '```yaml',
      'on: push',
      'jobs: {}',
      '```',
      '',
      '```yaml',
      'services:',
      '  web: { image: nginx }',
      '```',
      '',
    ].join('\n');
    const found = snippets('T.md', md);
    expect(found.map((s) => [s.source.name, s.kind])).toEqual([
      ['T.md:4', 'steps'],
      ['T.md:10', 'steps'],
      ['T.md:15', 'workflow'],
    ]);
    expect(contractFindings(found[0].source)).toEqual([
      'T.md:6:5: with.hots: org/stack-deploy@v1 has no input hots (action.yml)',
    ]);
    expect(parse(found[1].source.content)).toEqual(
      expect.objectContaining({
        jobs: {
          snippet: expect.objectContaining({
            steps: [{ uses: 'org/stack-deploy@v1', with: { command: 'status' } }],
          }),
        },
      }),
    );
  });
});

// What the action would receive: each ${{ }} evaluated with GitHub's expression evaluator against
// a sample run, then mapped by the action's own toSettings. A template passing a value the action
// rejects fails here, before any user copies it.
// (The evaluation itself lives in test/helpers/workflow.ts, shared with test/e2e/pr-template.test.ts.)
const SHA = 'abc1234def5678abc1234def5678abc1234def56';
const TOKEN = 'ghs_workflowtoken';

const FINGERPRINT = 'SHA256:' + 'A'.repeat(43);
const ENVIRONMENT = {
  REGISTRY: 'ghcr.io/your-org',
  DEPLOY_HOST: 'deploy.example.com',
  DEPLOY_USER: 'deploy',
  DEPLOY_HOST_FINGERPRINT: FINGERPRINT,
  DEPLOY_URL: 'https://example.com',
};
const SECRETS = { DEPLOY_SSH_KEY: 'KEY', DEPLOY_ENV: 'A=1' };
const RUN = {
  github: {
    sha: SHA,
    actor: 'octocat',
    token: TOKEN,
    run_id: '123',
    repository: 'o/r',
    event: { pull_request: { number: 42 } },
  },
  runner: { temp: '/home/runner/work/_temp' },
  steps: { commit: { outputs: { sha: SHA, 'image-tag': 'sha-abc1234' } } },
  needs: { validate: { outputs: { sha: SHA, 'image-tag': 'sha-abc1234' } }, build: { result: 'success' } },
};

/**
 * Inputs the action rejects today although a template passes them on purpose. The plan of a deploy
 * is pure, so a dry run needs no host; pull requests from forks have none to give.
 */
const KNOWN_GAPS: Record<string, string> = {};

function settle(step: RenderedStep): Settings | string {
  try {
    return toSettings(step.raw, { githubSha: SHA, onGitHub: true });
  } catch (e) {
    return (e as Error).message;
  }
}

describe("the templates' steps pass inputs the action accepts", () => {
  const runs: [string, Record<string, unknown>][] = [
    [
      'workflows/deploy.yml',
      {
        ...RUN,
        inputs: { ...defaults('workflows/deploy.yml', 'workflow_call'), environment: 'production' },
        vars: ENVIRONMENT,
        secrets: SECRETS,
      },
    ],
    [
      'workflows/manual.yml',
      {
        ...RUN,
        inputs: {
          ...defaults('workflows/manual.yml', 'workflow_dispatch'),
          environment: 'production',
          release: '',
        },
        vars: ENVIRONMENT,
        secrets: SECRETS,
      },
    ],
    ['workflows/pr-validate.yml', { ...RUN, inputs: {}, vars: {}, secrets: {} }],
    ['.github/workflows/ci.yml', { ...RUN, inputs: {}, vars: {}, secrets: {} }],
  ];

  test.each(runs)('%s', (path, context) => {
    const steps = renderedSteps(path, context);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const result = settle(step);
      const got = typeof result === 'string' ? result : 'accepted';
      expect({ step: step.where, got }).toEqual({
        step: step.where,
        got: KNOWN_GAPS[step.where] ?? 'accepted',
      });
    }
  });

  test('deploy.yml: the deploy step connects with the environment, pulls from ghcr.io with the workflow token', () => {
    const context = {
      ...RUN,
      inputs: { ...defaults('workflows/deploy.yml', 'workflow_call'), environment: 'production' },
      vars: ENVIRONMENT,
      secrets: SECRETS,
    };
    const byCommand = Object.fromEntries(
      renderedSteps('workflows/deploy.yml', context).map((s) => [s.raw.command, settle(s)]),
    );
    const deploy = byCommand.deploy as Settings;
    expect(deploy.ssh).toEqual(
      expect.objectContaining({
        host: 'deploy.example.com',
        user: 'deploy',
        port: 22,
        fingerprints: [FINGERPRINT],
      }),
    );
    expect(deploy.ssh?.key?.reveal()).toBe('KEY');
    expect(deploy.env?.reveal()).toBe('A=1');
    expect(deploy.imageTag).toBe('sha-abc1234');
    expect(deploy.registry?.host).toBe('ghcr.io/your-org');
    expect(deploy.registry?.username).toBe('octocat');
    expect(deploy.registry?.password?.reveal()).toBe(TOKEN);
    const build = byCommand.build as Settings;
    expect([build.push, build.imageTag, build.envFile, build.env]).toEqual([
      true,
      'sha-abc1234',
      'compose/.env.example',
      undefined,
    ]);
    // the real .env reaches only the deploy job
    expect((byCommand.validate as Settings).env).toBeUndefined();
  });

  test('deploy.yml: typed secrets win over inherited ones; the workflow token never goes to another registry', () => {
    const context = {
      ...RUN,
      inputs: {
        ...defaults('workflows/deploy.yml', 'workflow_call'),
        environment: 'production',
        registry: 'registry.example.com/team',
        'registry-username': 'bot',
      },
      vars: ENVIRONMENT,
      secrets: { ...SECRETS, 'ssh-key': 'TYPED', 'registry-password': 'PW' },
    };
    const steps = renderedSteps('workflows/deploy.yml', context);
    for (const s of steps) expect(Object.values(s.raw)).not.toContain(TOKEN);
    const deploy = settle(steps.find((s) => s.raw.command === 'deploy') as RenderedStep) as Settings;
    expect(deploy.ssh?.key?.reveal()).toBe('TYPED');
    expect([deploy.registry?.host, deploy.registry?.username, deploy.registry?.password?.reveal()]).toEqual([
      'registry.example.com/team',
      'bot',
      'PW',
    ]);
    const noPassword = renderedSteps('workflows/deploy.yml', { ...context, secrets: SECRETS });
    for (const s of noPassword) expect(Object.values(s.raw)).not.toContain(TOKEN);
  });
});

describe('release.yml', () => {
  const wf = load('.github/workflows/release.yml');
  const jobs = wf.jobs as Record<string, Job & { uses?: string; needs?: string }>;
  const steps = jobs.release.steps ?? [];
  const index = (re: RegExp) =>
    steps.findIndex((s) => re.test(`${s.uses ?? ''} ${(s as { run?: string }).run ?? ''}`));

  test('runs on version tags only, after the whole CI on the tagged commit', () => {
    expect(wf.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(jobs.test.uses).toBe('./.github/workflows/ci.yml');
    expect(Object.keys((load('.github/workflows/ci.yml').on as object) ?? {})).toContain('workflow_call');
    expect(jobs.release.needs).toBe('test');
  });

  test('least permissions: write access and the OIDC token only in the release job', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(jobs.test.permissions).toEqual({ contents: 'read' });
    expect(jobs.release.permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
      attestations: 'write',
    });
  });

  test('dist check, notes, attestation of dist/, release, then the major tag, in that order', () => {
    const order = [
      index(/node scripts\/check-dist\.mjs/),
      index(/node scripts\/release-notes\.mjs/),
      index(/^actions\/attest-build-provenance@/),
      index(/gh release create/),
      index(/git\/refs/),
    ];
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const attest = steps[order[2]];
    expect(String(attest.with?.['subject-path']).trim().split('\n')).toEqual([
      'dist/index.js',
      'dist/cli/index.js',
    ]);
    expect(JSON.stringify(steps[order[4]])).toContain('major=${TAG%%.*}');
  });
});
