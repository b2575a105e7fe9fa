import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatText, toSarif, toSummaryMarkdown, validate } from '../../../src/config/validate/index.js';
import { cleanup, tmpProject } from './helpers.js';

/** mulberry32: a small deterministic PRNG, so every run mutates the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [
  ':',
  '{',
  '}',
  '[',
  ']',
  '$',
  '${',
  '$$',
  '&a',
  '*a',
  '!reset ',
  '!x ',
  '#',
  '"',
  "'",
  '\n',
  '  ',
  '-',
  '|',
  '>',
  '<<: ',
  '\t',
  '=',
  '\\',
  '\u00a0',
  '0x',
  '~',
  'null',
  '@',
];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const at = (): number => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const i = at();
      return text.slice(0, i) + pick(NOISE) + text.slice(i);
    }
    case 2: {
      const i = at();
      return text.slice(0, i) + text.slice(i + 1 + Math.floor(rnd() * 20));
    }
    case 3: {
      const lines = text.split('\n');
      const i = Math.floor(rnd() * lines.length);
      lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)]);
      return lines.join('\n');
    }
    case 4: {
      const lines = text.split('\n');
      const i = Math.floor(rnd() * lines.length);
      lines[i] = ' '.repeat(Math.floor(rnd() * 6)) + lines[i].trimStart();
      return lines.join('\n');
    }
    default: {
      let out = text;
      for (let k = 0; k < 4; k++) {
        const i = Math.floor(rnd() * (out.length + 1));
        out = out.slice(0, i) + pick(NOISE) + out.slice(i + 1);
      }
      return out;
    }
  }
}

const STACK = resolve('test/fixtures/validate/stack');
const base = readFileSync(join(STACK, 'compose.yml'), 'utf8');
const prod = readFileSync(join(STACK, 'compose.prod.yml'), 'utf8');
const env = readFileSync(join(STACK, 'stack.env'), 'utf8');
const schema = readFileSync(join(STACK, 'env.schema.json'), 'utf8');
const example = readFileSync(join(STACK, '.env.example'), 'utf8');

async function check(files: Record<string, string>): Promise<void> {
  const dir = tmpProject({ ...files, 'backend/Dockerfile': '', 'nginx.conf': '' });
  try {
    for (const policy of ['stack', 'compose'] as const) {
      const r = await validate({
        cwd: dir,
        composeFiles: ['compose.yml', 'compose.prod.yml'],
        envFile: 'stack.env',
        profile: 'prod',
        policy,
        extraVars: { IMAGE_TAG: '1' },
        processEnv: {},
      });
      formatText(r);
      toSarif(r, '0');
      toSummaryMarkdown(r);
      for (const f of r.findings) {
        expect(f.rule).toMatch(/^SD-[A-Z]+-\d{3}$/);
        expect(typeof f.message).toBe('string');
      }
    }
  } finally {
    cleanup(dir);
  }
}

describe('robustness: truncated and mutated inputs give findings, never exceptions', () => {
  test('200 mutated compose files (seed 42)', async () => {
    const rnd = prng(42);
    for (let i = 0; i < 150; i++) {
      const which = rnd() < 0.7;
      let a = base;
      let b = prod;
      for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
        if (which) a = mutate(a, rnd);
        else b = mutate(b, rnd);
      }
      await check({
        'compose.yml': a,
        'compose.prod.yml': b,
        'stack.env': env,
        'env.schema.json': schema,
        '.env.example': example,
      });
    }
  }, 120_000);

  test('150 mutated .env files and variables schemas (seed 7)', async () => {
    const rnd = prng(7);
    for (let i = 0; i < 150; i++) {
      let e = env;
      let s = schema;
      for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
        if (rnd() < 0.75) e = mutate(e, rnd);
        else s = mutate(s, rnd);
      }
      await check({
        'compose.yml': base,
        'compose.prod.yml': prod,
        'stack.env': e,
        'env.schema.json': s,
        '.env.example': example,
      });
    }
  }, 120_000);

  test('every truncation point of the base file', async () => {
    for (let i = 0; i <= base.length; i += 11) {
      await check({ 'compose.yml': base.slice(0, i), 'compose.prod.yml': prod, 'stack.env': env });
    }
  }, 120_000);
});
