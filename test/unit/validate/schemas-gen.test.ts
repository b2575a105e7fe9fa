// The compose and variables schemas are compiled ahead of time (ajv standalone) into schemas.gen.ts, so
// validation pays no ajv compile at run time. This test fails when the generated file is stale;
// regenerate it with: UPDATE_SCHEMAS=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/unit/validate/schemas-gen
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import * as prettier from 'prettier';
import { COMPOSE_SCHEMA, VARIABLES_SCHEMA } from '../../../src/config/validate/compose-schema.js';

const TARGET = resolve('src/config/validate/schemas.gen.ts');

// a CommonJS module whose module.exports is the function (and also its .default)
type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ??
  standaloneModule) as unknown as StandaloneCode;

const RUNTIME = `
function deepEqual(a: any, b: any): boolean {
  if (a === b) return true;
  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return a !== a && b !== b;
}
function ucs2length(s: string): number {
  return [...s].length;
}
`;

async function generate(): Promise<string> {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false },
  });
  ajv.addSchema(COMPOSE_SCHEMA);
  ajv.addSchema(VARIABLES_SCHEMA);
  const code = standaloneCode(ajv, {
    validateCompose: String(COMPOSE_SCHEMA.$id),
    validateVariables: String(VARIABLES_SCHEMA.$id),
  })
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, 'deepEqual')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
  if (/require\(/.test(code))
    throw new Error('the generated validator needs a runtime module it does not have');
  const source = [
    '// Generated from compose-schema.ts by test/unit/validate/schemas-gen.test.ts (ajv standalone). Do not edit.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    RUNTIME,
    code,
  ].join('\n');
  const config = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(source, { ...config, filepath: TARGET });
}

describe('generated schema validators', () => {
  test('schemas.gen.ts matches compose-schema.ts', async () => {
    const fresh = await generate();
    if (process.env.UPDATE_SCHEMAS) writeFileSync(TARGET, fresh);
    expect(readFileSync(TARGET, 'utf8')).toBe(fresh);
  }, 60_000);
});
