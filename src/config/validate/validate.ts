// The validation pipeline: load → dotenv → interpolate → merge → schema → consistency → rules.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { checkShipped } from './shipped.js';
import { checkConsistency, referencedFiles, serviceVolumes, services } from './consistency.js';
import { parseDotenv, type DotenvResult } from './dotenv.js';
import { checkVariables, isCredentialName, loadVariablesSchema, type VariablesSchema } from './envschema.js';
import { isTracked } from './gitindex.js';
import { interpolateTree, type VariableUse } from './interpolate.js';
import { loadYaml } from './load.js';
import { applyResets, mergeInto, mergeMappings, stripResets } from './merge.js';
import { SHAPE_OPINIONS } from './catalogue.js';
import { checkStackExtension, declaresRoles, resolveRoles } from './roles.js';
import { redactor, type Redactor } from '../../util/sensitive.js';
import { runRules } from './rules.js';
import { validateSchema } from './schema.js';
import { cleanPath, parseVolumeSpec } from './syntax.js';
import type { Lookup } from './template.js';
import { get, isMap, mapEntries, scalarText, seqItems, str, toPlain, Sink } from './tree.js';
import type {
  Finding,
  Loc,
  Path,
  Severity,
  ValidateInput,
  ValidationReport,
  YEntry,
  YMap,
  YNode,
} from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
const INJECTED = ['IMAGE_TAG', 'REGISTRY'];
// Built at run time: a literal file name inside resolve() makes the bundler copy every match in the repo.
const DEFAULT_SCHEMA_FILE = ['env', 'schema', 'json'].join(String.fromCharCode(46));
const EXAMPLE_FILE = String.fromCharCode(46) + ['env', 'example'].join(String.fromCharCode(46));

interface Ctx {
  cwd: string;
  compose: boolean;
  sink: Sink;
  lookup: Lookup;
  unsetSeverity: 'error' | 'warning';
  uses: VariableUse[];
  display: (abs: string) => string;
  projectDir: string;
  /** every compose file read (include/extends targets too), absolute */
  loaded: Set<string>;
}

const REMOTE_CONTEXT = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

/**
 * Paths in an extended or included file are relative to that file; rewrite them relative to the project
 * directory (once: rewritten scalars are marked) so that the merged model reads like one file.
 */
function rebase(
  node: YNode | undefined,
  fromDir: string,
  c: Ctx,
  kind: 'path' | 'bind-short',
): YNode | undefined {
  if (!node || node.kind !== 'scalar' || typeof node.value !== 'string' || node.rebased) return node;
  const move = (p: string): string => {
    if (p === '' || isAbsolute(p) || p.startsWith('~') || REMOTE_CONTEXT.test(p)) return p;
    const rel = relative(c.projectDir, resolve(fromDir, p)) || '.';
    return rel.startsWith('..') ? rel : `./${rel}`;
  };
  let value = node.value;
  if (kind === 'bind-short') {
    const v = parseVolumeSpec(value);
    if (typeof v === 'string' || v.type !== 'bind' || !value.startsWith(v.source)) return node;
    value = move(v.source) + value.slice(v.source.length);
  } else value = move(value);
  return value === node.value ? node : { ...node, value, rebased: true };
}

function setEntry(m: YMap, key: string, value: YNode | undefined): YMap {
  const e = m.entries.get(key);
  if (!e || !value || value === e.value) return m;
  const entries = new Map(m.entries);
  entries.set(key, { ...e, value });
  return { ...m, entries };
}

function mapItems(n: YNode | undefined, f: (x: YNode) => YNode): YNode | undefined {
  if (n?.kind !== 'seq') return n;
  const items = n.items.map(f);
  return items.every((x, i) => x === n.items[i]) ? n : { ...n, items };
}

function rebaseService(svc: YNode, fromDir: string, c: Ctx): YNode {
  if (!isMap(svc) || resolve(fromDir) === resolve(c.projectDir)) return svc;
  let out: YMap = svc;
  out = setEntry(
    out,
    'volumes',
    mapItems(get(out, 'volumes'), (v) =>
      v.kind === 'scalar'
        ? rebase(v, fromDir, c, 'bind-short')!
        : isMap(v) && str(get(v, 'type')) === 'bind'
          ? setEntry(v, 'source', rebase(get(v, 'source'), fromDir, c, 'path'))
          : v,
    ),
  );
  for (const k of ['env_file', 'label_file']) {
    const n = get(out, k);
    const one = (x: YNode): YNode =>
      isMap(x)
        ? setEntry(x, 'path', rebase(get(x, 'path'), fromDir, c, 'path'))
        : rebase(x, fromDir, c, 'path')!;
    out = setEntry(out, k, n?.kind === 'seq' ? mapItems(n, one) : n ? one(n) : n);
  }
  const build = get(out, 'build');
  out = setEntry(
    out,
    'build',
    isMap(build)
      ? setEntry(build, 'context', rebase(get(build, 'context'), fromDir, c, 'path'))
      : rebase(build, fromDir, c, 'path'),
  );
  return out;
}

function rebaseDoc(doc: YMap, fromDir: string, c: Ctx): YMap {
  if (resolve(fromDir) === resolve(c.projectDir)) return doc;
  let out = doc;
  const svcs = get(out, 'services');
  if (isMap(svcs)) {
    const entries = new Map(
      [...svcs.entries].map(([k, e]) => [k, { ...e, value: rebaseService(e.value, fromDir, c) }]),
    );
    out = setEntry(out, 'services', { ...svcs, entries });
  }
  for (const kind of ['secrets', 'configs']) {
    const m = get(out, kind);
    if (!isMap(m)) continue;
    const entries = new Map(
      [...m.entries].map(([k, e]) => [
        k,
        isMap(e.value)
          ? { ...e, value: setEntry(e.value, 'file', rebase(get(e.value, 'file'), fromDir, c, 'path')) }
          : e,
      ]),
    );
    out = setEntry(out, kind, { ...m, entries });
  }
  return out;
}

/** Compose files, .env and the variables schema larger than this are not read (a stack's are kilobytes). */
export const MAX_FILE_BYTES = 1024 * 1024;

function tooBig(size: number): string {
  return `${(size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`;
}

/** A file's text; undefined when missing, unreadable or over MAX_FILE_BYTES (then `onTooBig` is told why). */
function readText(abs: string, onTooBig?: (why: string) => void): string | undefined {
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      onTooBig?.(tooBig(size));
      return undefined;
    }
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

/** Loads, interpolates and resolves extends/include for one compose file; its documents in order. */
function loadComposeFile(abs: string, c: Ctx, stack: string[] = []): YMap[] | undefined {
  const display = c.display(abs);
  c.loaded.add(abs);
  let big = '';
  const text = readText(abs, (why) => (big = why));
  if (text === undefined) {
    c.sink.add(
      'SD-SCH-001',
      { file: display, line: 0, col: 0 },
      `${display}: ${big || 'cannot read the compose file'}`,
    );
    return undefined;
  }
  const docs = loadYaml(text, display, c.sink, c.compose ? 'warning' : 'error');
  if (!docs) return undefined;
  const out: YMap[] = [];
  for (const root of docs) {
    if (root.kind !== 'map') {
      if (root.kind === 'scalar' && root.value === null) continue;
      c.sink.add('SD-SCH-004', root.loc, `${display}: the top level must be a mapping`);
      return undefined;
    }
    const doc = interpolateTree(root, [], {
      lookup: c.lookup,
      sink: c.sink,
      unsetSeverity: c.unsetSeverity,
      uses: c.uses,
    }) as YMap;
    out.push(applyExtends(doc, abs, c, stack));
  }
  return out;
}

/** Service `extends` within the file or from another file (paths relative to this file). */
function applyExtends(doc: YMap, abs: string, c: Ctx, stack: string[]): YMap {
  const svcs = get(doc, 'services');
  if (!isMap(svcs)) return doc;
  let changed = false;
  const entries = new Map<string, YEntry>();
  const resolveOne = (name: string, node: YNode, seen: string[]): YNode => {
    if (!isMap(node)) return node;
    const ext = get(node, 'extends');
    if (!ext) return node;
    const base = str(ext) ?? str(get(ext, 'service'));
    const file = str(get(ext, 'file'));
    const w = `services.${name}.extends`;
    const withoutExtends: YMap = {
      ...node,
      entries: new Map([...node.entries].filter(([k]) => k !== 'extends')),
    };
    if (!base) return withoutExtends;
    let baseNode: YNode | undefined;
    if (file) {
      const target = resolve(dirname(abs), file);
      if (stack.includes(target) || stack.length > 16) {
        c.sink.add('SD-SCH-004', ext.loc, `${w}: extends cycle through ${file}`);
        return withoutExtends;
      }
      const docs = loadComposeFile(target, c, [...stack, abs]);
      if (!docs) {
        c.sink.add('SD-SCH-006', ext.loc, `${w}: cannot load ${file}`);
        return withoutExtends;
      }
      for (const d of docs) baseNode = get(get(d, 'services'), base) ?? baseNode;
      if (baseNode) baseNode = rebaseService(baseNode, dirname(target), c);
    } else {
      const key = `${abs}#${base}`;
      if (seen.includes(key)) {
        c.sink.add(
          'SD-SCH-004',
          ext.loc,
          `${w}: extends cycle: ${[...seen.map((s) => s.split('#')[1]), base].join(' -> ')}`,
        );
        return withoutExtends;
      }
      const raw = get(svcs, base);
      baseNode = raw ? resolveOne(base, raw, [...seen, key]) : undefined;
    }
    if (!isMap(baseNode)) {
      c.sink.add('SD-SCH-006', ext.loc, `${w}: service "${base}" not found${file ? ` in ${file}` : ''}`);
      return withoutExtends;
    }
    const baseClean: YMap = {
      ...baseNode,
      entries: new Map([...baseNode.entries].filter(([k]) => k !== 'depends_on')),
    };
    return mergeMappings(baseClean, withoutExtends, ['services', name], c.sink);
  };
  for (const [k, e] of svcs.entries) {
    const v = resolveOne(k, e.value, [`${abs}#${k}`]);
    if (v !== e.value) changed = true;
    entries.set(k, { ...e, value: v });
  }
  if (!changed) return doc;
  const top = new Map(doc.entries);
  top.set('services', { ...top.get('services')!, value: { ...svcs, entries } });
  return { ...doc, entries: top };
}

/** `include`: resources of included files are added; a conflict is an error. */
function applyInclude(doc: YMap, abs: string, c: Ctx, stack: string[]): YMap {
  const inc = get(doc, 'include');
  if (!inc) return doc;
  let out: YMap = { ...doc, entries: new Map([...doc.entries].filter(([k]) => k !== 'include')) };
  for (const item of seqItems(inc)) {
    const paths =
      item.kind === 'scalar'
        ? [scalarText(item)]
        : seqItems(get(item, 'path'))
            .map(scalarText)
            .concat(str(get(item, 'path')));
    for (const p of paths) {
      if (!p) continue;
      const target = resolve(dirname(abs), p);
      if (stack.includes(target) || stack.length > 16) {
        c.sink.add('SD-SCH-004', item.loc, `include: cycle through ${p}`);
        continue;
      }
      const docs = loadComposeFile(target, c, [...stack, abs]);
      if (!docs) {
        c.sink.add('SD-SCH-006', item.loc, `include: cannot load ${p}`);
        continue;
      }
      let sub: YMap | undefined;
      for (const d of docs) {
        const resets: Path[] = [];
        const included = rebaseDoc(applyInclude(d, target, c, [...stack, abs]), dirname(target), c);
        const stripped = stripResets(included, [], resets) as YMap;
        sub = mergeInto(sub ? applyResets(sub, resets) : undefined, stripped, c.sink);
      }
      if (!sub) continue;
      for (const kind of ['services', 'networks', 'volumes', 'secrets', 'configs']) {
        const incoming = get(sub, kind);
        if (!isMap(incoming)) continue;
        const existing = get(out, kind);
        const merged = new Map(isMap(existing) ? existing.entries : []);
        for (const [name, e] of incoming.entries) {
          if (merged.has(name) && kind === 'services') {
            c.sink.add(
              'SD-SCH-004',
              item.loc,
              `include: ${p} defines service "${name}" that conflicts with services.${name}`,
            );
            continue;
          }
          if (!merged.has(name)) merged.set(name, e);
        }
        const top = new Map(out.entries);
        const prev = top.get(kind);
        top.set(kind, {
          key: kind,
          keyLoc: prev?.keyLoc ?? item.loc,
          value: { kind: 'map', loc: prev?.value.loc ?? item.loc, entries: merged },
        });
        out = { ...out, entries: top };
      }
    }
  }
  return out;
}

/** The merged, interpolated model and everything the checks need. */
export async function validate(input: ValidateInput): Promise<ValidationReport> {
  const cwd = resolve(input.cwd);
  const sink = new Sink();
  const processEnv = input.processEnv ?? {};
  const extra = input.extraVars ?? {};
  const compose = input.policy === 'compose';
  const prod = input.profile === 'prod';
  const unsetSeverity: 'error' | 'warning' = compose || !prod ? 'warning' : 'error';
  const display = (abs: string): string => relative(cwd, abs) || abs;
  const projectDir = input.composeFiles.length ? dirname(resolve(cwd, input.composeFiles[0])) : cwd;

  // .env
  const envAbs = input.envFile !== undefined ? resolve(cwd, input.envFile) : resolve(projectDir, '.env');
  const envDisplay = display(envAbs);
  let envText = input.envContent;
  if (envText !== undefined && envText.length > MAX_FILE_BYTES) {
    sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `env input: ${tooBig(envText.length)}`);
    envText = '';
  }
  if (envText === undefined) {
    let big = '';
    envText = readText(envAbs, (why) => (big = why));
    if (big) sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `${envDisplay}: ${big}`);
    else if (envText === undefined && input.envFile !== undefined && !input.envFileOptional) {
      sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `${envDisplay}: env file not found`);
    }
  }
  // the runner's own variables (tokens, INPUT_*) never reach a stack; a bare KEY line of .env is the way
  // to take another one from the environment
  const penv: Lookup = (k) =>
    !RUNNER_INTERNAL.test(k) && Object.prototype.hasOwnProperty.call(processEnv, k)
      ? processEnv[k]
      : undefined;
  const dotenv: DotenvResult =
    envText !== undefined
      ? parseDotenv(envText, envDisplay, penv, sink, unsetSeverity)
      : { vars: new Map(), entries: [], ok: true };
  const has = (o: Record<string, unknown>, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  const lookup: Lookup = (k) =>
    has(extra, k) ? extra[k] : (dotenv.vars.get(k) ?? (FROM_PROCESS.has(k) ? penv(k) : undefined));

  // compose files
  const uses: VariableUse[] = [];
  const ctx: Ctx = {
    cwd,
    compose,
    sink,
    lookup,
    unsetSeverity,
    uses,
    display,
    projectDir,
    loaded: new Set(),
  };
  let dict: YMap | undefined;
  let failed = false;
  const fileDocs: YMap[] = [];
  if (input.composeFiles.length === 0) {
    sink.add('SD-SCH-004', undefined, 'no compose files given');
    failed = true;
  }
  for (const f of input.composeFiles) {
    const abs = resolve(cwd, f);
    const docs = loadComposeFile(abs, ctx);
    if (!docs) {
      failed = true;
      continue;
    }
    for (const d of docs) {
      const withIncludes = applyInclude(d, abs, ctx, []);
      const resets: Path[] = [];
      const stripped = stripResets(withIncludes, [], resets) as YMap;
      fileDocs.push(stripped);
      perFileChecks(stripped, sink, compose);
      dict = mergeInto(dict ? applyResets(dict, resets) : undefined, stripped, sink);
      validateSchema(dict, sink);
    }
  }
  if (!failed && (!dict || dict.entries.size === 0)) {
    const first = input.composeFiles[0];
    sink.add(
      'SD-SCH-004',
      { file: first ? display(resolve(cwd, first)) : '', line: 0, col: 0 },
      'empty compose file: nothing to deploy',
    );
    failed = true;
  }

  const activeProfiles = new Set(
    (lookup('COMPOSE_PROFILES') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const model = failed ? undefined : dict;
  let secretKeys = [...dotenv.vars.keys()].filter(isCredentialName);
  if (model) {
    checkConsistency({
      model,
      sink,
      projectDir,
      activeProfiles,
      duplicateSeverity: compose ? 'warning' : 'error',
    });
    const shippedFiles = input.composeFiles.map((f) => resolve(cwd, f));
    if (input.envContent === undefined && envText !== undefined) shippedFiles.push(envAbs);
    checkShipped(model, sink, {
      cwd,
      projectDir,
      files: shippedFiles.map((abs) => ({ abs, display: display(abs) })),
    });
  }

  if (!compose && model) {
    const roles = resolveRoles(model, sink);
    checkStackExtension(model, sink);
    const envList = dotenv.entries.map((e) => ({
      key: e.key,
      value: e.value,
      loc: { file: envDisplay, line: e.line, col: e.col } as Loc,
    }));
    const lastEnv = new Map(envList.map((e) => [e.key, e]));
    runRules({
      model,
      services: services(model, activeProfiles),
      roles,
      profile: input.profile,
      sink,
      fileDocs,
      lookup,
      env: [...lastEnv.values()],
    });

    // variables schema
    const ext = get(model, 'x-stack-deploy');
    const configured = str(get(ext, 'env-schema'));
    const schemaAbs = configured ? resolve(projectDir, configured) : resolve(projectDir, DEFAULT_SCHEMA_FILE);
    const example = findExample(envAbs, projectDir);
    const exampleKeys = example ? exampleKeySet(example.text) : undefined;
    let schema: VariablesSchema | undefined;
    const schemaText = readText(schemaAbs, (why) =>
      sink.add('SD-ENV-006', { file: display(schemaAbs), line: 0, col: 0 }, `${display(schemaAbs)}: ${why}`),
    );
    if (schemaText !== undefined) {
      schema = loadVariablesSchema(schemaText, display(schemaAbs), sink);
    } else if (configured) {
      sink.add(
        'SD-ENV-006',
        get(ext, 'env-schema')!.loc,
        `x-stack-deploy.env-schema: ${configured} not found`,
      );
    } else {
      sink.add(
        'SD-ENV-006',
        undefined,
        `no variables schema (env.schema.json next to ${input.composeFiles[0] ?? 'the compose file'}); variable types are not checked`,
        'note',
      );
    }
    if (schema) {
      checkVariables({
        schema,
        profile: input.profile,
        lookup,
        envEntries: dotenv.entries,
        envFile: envDisplay,
        exampleKeys: exampleKeys ? new Set(exampleKeys.keys()) : undefined,
        exampleFile: example ? display(example.abs) : undefined,
        uses,
        injected: new Set([...INJECTED, ...Object.keys(extra)]),
        sink,
      });
      for (const [k, v] of schema.variables) if (v.spec.secret) secretKeys.push(k);
    }
    // SD-ENV-008 drift
    if (exampleKeys && envText !== undefined) {
      const exampleDisplay = display(example!.abs);
      for (const e of dotenv.entries) {
        if (!exampleKeys.has(e.key)) {
          sink.add(
            'SD-ENV-008',
            { file: envDisplay, line: e.line, col: e.col },
            `${e.key} is set in ${envDisplay} but not documented in ${exampleDisplay}`,
          );
        }
      }
      for (const [k, { line, optional }] of exampleKeys) {
        if (!optional && !dotenv.vars.has(k) && !has(extra, k)) {
          sink.add(
            'SD-ENV-008',
            { file: exampleDisplay, line, col: 1 },
            `${k} is documented in ${exampleDisplay} but missing from ${envDisplay}`,
          );
        }
      }
    }
    // SD-SEC-004
    if (
      input.envContent === undefined &&
      envText !== undefined &&
      !/\.(example|sample|template|dist)$/i.test(envAbs) &&
      isTracked(envAbs)
    ) {
      sink.add(
        'SD-SEC-004',
        { file: envDisplay, line: 0, col: 0 },
        `${envDisplay} is tracked by git; run git rm --cached ${envDisplay} and add it to .gitignore`,
      );
    }
  }

  secretKeys = [...new Set(secretKeys)].sort();
  // the default policy on a stack that declares no roles: shape opinions are advice, not errors
  const opinionsAsWarnings = input.policy === 'auto' && !!model && !declaresRoles(model);
  const found = opinionsAsWarnings
    ? sink.findings.map((f) => (SHAPE_OPINIONS.has(f.rule) ? { ...f, severity: 'warning' as const } : f))
    : sink.findings;
  const findings = finish(
    found,
    redactor([
      ...secretKeys.map((k) => lookup(k)),
      ...[...dotenv.vars].filter(([k, v]) => secretLike(k, v)).map(([, v]) => v),
      // values a bare KEY line took from the runner's environment
      ...[...dotenv.vars].filter(([k, v]) => penv(k) === v && v.length >= 4).map(([, v]) => v),
    ]),
  );
  const env: Record<string, string> = {};
  for (const [k, v] of dotenv.vars) env[k] = v;
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    model: model ? (toPlain(model) as Record<string, unknown>) : undefined,
    env,
    secretKeys,
    files: model ? referencedFiles(model, projectDir, cwd) : [],
    composeSources: [...ctx.loaded].map((f) => relative(cwd, f)).sort(),
  };
}

/** Names the runner and the action keep for themselves: never interpolated from the process environment. */
export const RUNNER_INTERNAL = /^(ACTIONS_|GITHUB_|RUNNER_|INPUT_|STATE_|STACK_DEPLOY_)/;
/** The only variables compose files may take straight from the process environment (documented). */
export const FROM_PROCESS: ReadonlySet<string> = new Set(['COMPOSE_PROFILES']);
/** .env values this long are treated as secrets wherever they appear in a message. */
export const SECRET_LIKE_LENGTH = 8;
/** The image coordinates the tool documents: they are in every image reference it prints, never secret. */
const IMAGE_COORDINATES: ReadonlySet<string> = new Set(['REGISTRY', 'IMAGE_TAG']);
const secretLike = (key: string, value: string): boolean =>
  value.length >= SECRET_LIKE_LENGTH && !IMAGE_COORDINATES.has(key);

/** What the plan and the oracle may not print: secret values and every .env value of secret-like length. */
export function reportRedactor(report: ValidationReport, extra: Record<string, string> = {}): Redactor {
  return redactor([
    ...report.secretKeys.flatMap((k) => [report.env[k], extra[k]]),
    ...Object.entries(report.env)
      .filter(([k, v]) => secretLike(k, v))
      .map(([, v]) => v),
  ]);
}

/** SD-SCH-008 obsolete version, SD-SCH-007 the same mount target twice in one service of one file. */
function perFileChecks(doc: YMap, sink: Sink, compose: boolean): void {
  const version = doc.entries.get('version');
  if (version)
    sink.add('SD-SCH-008', version.keyLoc, '`version` is obsolete and ignored by Compose v2; remove it');
  for (const s of mapEntries(get(doc, 'services'))) {
    if (s.key.startsWith('-'))
      sink.add(
        'SD-SCH-004',
        s.keyLoc,
        `services: service name ${JSON.stringify(s.key)} starts with "-"; docker compose would read it as an option`,
      );
    if (!isMap(s.value)) continue;
    const seen = new Map<string, number>();
    for (const v of serviceVolumes(s.value, `services.${s.key}`)) {
      const t = cleanPath(v.target);
      const prev = seen.get(t);
      if (prev !== undefined) {
        sink.add(
          'SD-SCH-007',
          v.loc,
          `services.${s.key}.volumes[${v.index}]: mount target ${t} is already used by volumes[${prev}] (Compose keeps only the last)`,
          compose ? 'warning' : 'error',
        );
      } else seen.set(t, v.index);
    }
  }
}

function findExample(envAbs: string, projectDir: string): { abs: string; text: string } | undefined {
  for (const dir of [dirname(envAbs), projectDir]) {
    const abs = resolve(dir, EXAMPLE_FILE);
    if (existsSync(abs)) {
      const text = readText(abs);
      if (text !== undefined) return { abs, text };
    }
  }
  return undefined;
}

/** Keys of .env.example with their line; commented-out `# KEY=value` lines document optional keys. */
function exampleKeySet(text: string): Map<string, { line: number; optional: boolean }> {
  const out = new Map<string, { line: number; optional: boolean }>();
  const parsed = parseDotenv(text, '', () => undefined, new Sink(), 'warning');
  for (const e of parsed.entries) if (!out.has(e.key)) out.set(e.key, { line: e.line, optional: false });
  text.split('\n').forEach((line, i) => {
    const m = /^\s*#\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)=/.exec(line);
    if (m && !out.has(m[1])) out.set(m[1], { line: i + 1, optional: true });
  });
  return out;
}

function finish(all: Finding[], redact: Redactor): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of all) {
    const g = { ...f, message: redact(f.message) };
    const key = `${g.rule}|${g.file}|${g.line}|${g.col}|${g.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  return out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
