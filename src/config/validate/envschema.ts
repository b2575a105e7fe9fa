// The stack's variables schema (env.schema.json): SD-ENV-006 presence and types, SD-ENV-007 consistency.
import type { EnvEntry } from './dotenv.js';
import type { VariableUse } from './interpolate.js';
import { loadJson } from './json.js';
import { loadYaml } from './load.js';
import type { VARIABLE_TYPES } from './compose-schema.js';
import { validateVariablesSchema } from './schema.js';
import { parseDuration } from './syntax.js';
import { describe, get, isMap, locAt, mapEntries, pathStr, toPlain, type Sink } from './tree.js';
import type { Loc, YMap } from './types.js';

export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableSpec {
  type: VariableType;
  required?: boolean;
  secret?: boolean;
  description?: string;
  default?: string | number | boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  pattern?: string;
  schemes?: string[];
  values?: string[];
  profiles?: ('prod' | 'dev')[];
  example?: string;
}

export interface VariablesSchema {
  file: string;
  root: YMap;
  variables: Map<string, { spec: VariableSpec; loc: Loc; keyLoc: Loc }>;
}

/** Parses and checks the schema file itself; undefined when it is unusable (findings reported). */
export function loadVariablesSchema(text: string, file: string, sink: Sink): VariablesSchema | undefined {
  const docs = /\.json$/i.test(file)
    ? [loadJson(text, file, sink, 'SD-ENV-006')].filter((d) => d !== undefined)
    : loadYaml(text, file, sink);
  const root = docs?.[0];
  if (!root || !isMap(root)) {
    if (docs)
      sink.add(
        'SD-ENV-006',
        { file, line: 1, col: 1 },
        'variables schema: expected a JSON object with "variables"',
      );
    return undefined;
  }
  const plain = toPlain(root) as Record<string, unknown>;
  let ok = true;
  if (!validateVariablesSchema(plain)) {
    for (const e of validateVariablesSchema.errors ?? []) {
      const path =
        e.instancePath === ''
          ? []
          : e.instancePath
              .slice(1)
              .split('/')
              .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const params = e.params as Record<string, unknown>;
      let msg = e.message ?? 'invalid';
      if (e.keyword === 'additionalProperties') msg = `unknown key "${String(params.additionalProperty)}"`;
      else if (e.keyword === 'enum')
        msg = `expected one of ${(params.allowedValues as unknown[]).join(', ')}`;
      else if (e.keyword === 'required') msg = `missing required key "${String(params.missingProperty)}"`;
      else if (e.keyword === 'propertyNames')
        msg = `invalid variable name ${JSON.stringify(params.propertyName)}`;
      else if (e.keyword === 'type') msg = `expected ${String(params.type)}`;
      sink.add(
        'SD-ENV-006',
        locAt(root, path) ?? root.loc,
        `variables schema: ${pathStr(path) || 'top level'}: ${msg}`,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  const variables = new Map<string, { spec: VariableSpec; loc: Loc; keyLoc: Loc }>();
  for (const e of mapEntries(get(root, 'variables'))) {
    const spec = toPlain(e.value) as VariableSpec;
    if (spec.pattern !== undefined) {
      try {
        new RegExp(spec.pattern, 'u');
      } catch {
        sink.add(
          'SD-ENV-006',
          locAt(e.value, ['pattern']) ?? e.keyLoc,
          `variables schema: ${e.key}.pattern is not a valid regular expression`,
        );
        continue;
      }
    }
    if (spec.type === 'enum' && !spec.values) {
      sink.add('SD-ENV-006', e.keyLoc, `variables schema: ${e.key}: type enum needs "values"`);
      continue;
    }
    variables.set(e.key, { spec, loc: e.value.loc, keyLoc: e.keyLoc });
  }
  return { file, root, variables };
}

const CREDENTIAL = /(PASSWORD|PASSWD|SECRET|TOKEN|_KEY$|^KEY$|DSN|PRIVATE|CREDENTIAL|API_KEY)/i;

/** Credential-shaped variable names (PASSWORD, SECRET, TOKEN, _KEY, DSN). */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL.test(name) && !/_FILE$/i.test(name);
}

/** A value's type problem, phrased without the value when the variable is secret. */
export function checkValue(name: string, spec: VariableSpec, value: string): string | undefined {
  const got = spec.secret ? '' : `, got ${describe(value)}`;
  switch (spec.type) {
    case 'string':
      if (spec.minLength !== undefined && [...value].length < spec.minLength) {
        return `${name}: expected at least ${spec.minLength} characters${spec.secret ? '' : `, got ${[...value].length}`}`;
      }
      if (spec.maxLength !== undefined && [...value].length > spec.maxLength) {
        return `${name}: expected at most ${spec.maxLength} characters${spec.secret ? '' : `, got ${[...value].length}`}`;
      }
      if (spec.pattern !== undefined && !new RegExp(spec.pattern, 'u').test(value)) {
        return `${name}: expected a value matching /${spec.pattern}/${got}`;
      }
      return undefined;
    case 'integer': {
      if (!/^[-+]?\d+$/.test(value)) return `${name}: expected an integer${range(spec)}${got}`;
      const n = Number(value);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        return `${name}: expected an integer${range(spec)}${got}`;
      }
      return undefined;
    }
    case 'port': {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > 65535) return `${name}: expected a port number 1-65535${got}`;
      return undefined;
    }
    case 'boolean':
      return /^(true|false|1|0)$/i.test(value) ? undefined : `${name}: expected true or false${got}`;
    case 'enum':
      return spec.values?.includes(value)
        ? undefined
        : `${name}: expected one of ${spec.values?.join(', ')}${got}`;
    case 'url': {
      const u = parseUrl(value);
      const schemes = spec.schemes?.length ? spec.schemes.join(', ') : undefined;
      if (!u || !u.hostname)
        return `${name}: expected a URL${schemes ? ` (${schemes})` : ''}${spec.secret ? '' : got}`;
      const scheme = u.protocol.replace(/:$/, '');
      if (spec.schemes && !spec.schemes.includes(scheme))
        return `${name}: expected a URL with scheme ${schemes}, got ${scheme}://`;
      return undefined;
    }
    case 'bot-token':
      return /^\d{5,12}:[A-Za-z0-9_-]{30,}$/.test(value)
        ? undefined
        : `${name}: expected a Telegram bot token like 123456789:AA... (digits, a colon, 35 characters)`;
    case 'duration':
      return parseDuration(value) !== undefined
        ? undefined
        : `${name}: expected a duration like 10s or 1m30s${got}`;
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
        ? undefined
        : `${name}: expected an email address${got}`;
  }
}

function range(spec: VariableSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` between ${spec.min} and ${spec.max}`;
  if (spec.min !== undefined) return ` ≥ ${spec.min}`;
  if (spec.max !== undefined) return ` ≤ ${spec.max}`;
  return '';
}

export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export interface EnvCheckContext {
  schema: VariablesSchema;
  profile: 'prod' | 'dev';
  /** effective value lookup: extra vars, then .env, then process env */
  lookup: (name: string) => string | undefined;
  envEntries: EnvEntry[];
  envFile: string;
  exampleKeys: Set<string> | undefined;
  exampleFile: string | undefined;
  uses: VariableUse[];
  /** names injected by the tool; never required to be declared */
  injected: Set<string>;
  sink: Sink;
}

export function checkVariables(c: EnvCheckContext): void {
  const { schema, sink } = c;
  const locOf = (name: string): Loc => {
    const e = [...c.envEntries].reverse().find((x) => x.key === name);
    return e ? { file: c.envFile, line: e.line, col: e.col } : { file: c.envFile, line: 0, col: 0 };
  };
  for (const [name, { spec }] of schema.variables) {
    const value = c.lookup(name);
    const inProfile = !spec.profiles || spec.profiles.includes(c.profile);
    if (value === undefined || value === '') {
      if (spec.required && inProfile && spec.default === undefined) {
        sink.add(
          'SD-ENV-006',
          value === undefined ? { file: c.envFile, line: 0, col: 0 } : locOf(name),
          `${name}: required${spec.profiles ? ` in ${c.profile}` : ''} but ${value === undefined ? 'not set' : 'empty'}${spec.description ? ` (${spec.description})` : ''}`,
        );
      }
      continue;
    }
    const problem = checkValue(name, spec, value);
    if (problem) sink.add('SD-ENV-006', locOf(name), problem);
  }
  if (c.exampleKeys) {
    for (const [name, { keyLoc }] of schema.variables) {
      if (!c.exampleKeys.has(name)) {
        sink.add(
          'SD-ENV-006',
          keyLoc,
          `${name} is declared in the variables schema but not documented in ${c.exampleFile}`,
          'warning',
        );
      }
    }
  }
  const seen = new Set<string>();
  for (const u of c.uses) {
    if (
      schema.variables.has(u.name) ||
      c.injected.has(u.name) ||
      u.name.startsWith('COMPOSE_') ||
      seen.has(u.name)
    )
      continue;
    seen.add(u.name);
    sink.add(
      'SD-ENV-006',
      u.loc,
      `${u.path}: variable ${u.name} is not declared in ${schema.file}`,
      'warning',
    );
  }
}

/** Top-level `x-stack-deploy` of the merged model. */
export function stackExtension(model: YMap | undefined): YMap | undefined {
  const x = get(model, 'x-stack-deploy');
  return isMap(x) ? x : undefined;
}
