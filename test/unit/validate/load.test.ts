import { loadYaml, resolvePlain } from '../../../src/config/validate/load.js';
import { Sink, toPlain, locAt } from '../../../src/config/validate/tree.js';
import type { YNode } from '../../../src/config/validate/types.js';

function load(text: string): { docs: YNode[] | undefined; sink: Sink } {
  const sink = new Sink();
  return { docs: loadYaml(text, 'c.yml', sink), sink };
}

describe('plain scalars resolve like go-yaml v3 into interface{}', () => {
  test.each([
    ['~', null],
    ['null', null],
    ['', null],
    ['true', true],
    ['False', false],
    ['yes', 'yes'],
    ['on', 'on'],
    ['42', 42],
    ['-7', -7],
    ['0755', 493],
    ['0o17', 15],
    ['0x1F', 31],
    ['1_000', 1000],
    ['08', 8],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['80:80', '80:80'],
    ['2024-01-02', '2024-01-02'],
    ['1.2.3', '1.2.3'],
    ['.inf', Infinity],
  ])('%j → %j', (text, expected) => {
    expect(resolvePlain(text)).toEqual(expected);
  });
});

describe('loading with positions', () => {
  test('keys and values carry 1-based line and column', () => {
    const { docs } = load('services:\n  web:\n    image: "nginx:1"\n    ports:\n      - 80:80\n');
    const root = docs![0];
    expect(locAt(root, ['services', 'web', 'image'])).toEqual({ file: 'c.yml', line: 3, col: 12 });
    expect(locAt(root, ['services', 'web', 'image'], true)).toEqual({ file: 'c.yml', line: 3, col: 5 });
    expect(locAt(root, ['services', 'web', 'ports', 0])).toEqual({ file: 'c.yml', line: 5, col: 9 });
  });

  test('aliases and << merge keys are resolved; nodes keep the anchored position', () => {
    const { docs, sink } = load(
      'x-a: &a\n  image: base\n  restart: always\nservices:\n  s:\n    <<: *a\n    image: own\n  t: *a\n',
    );
    expect(sink.findings).toEqual([]);
    const root = docs![0];
    expect(toPlain(root)).toEqual({
      'x-a': { image: 'base', restart: 'always' },
      services: { s: { image: 'own', restart: 'always' }, t: { image: 'base', restart: 'always' } },
    });
    expect(locAt(root, ['services', 's', 'restart'])).toEqual({ file: 'c.yml', line: 3, col: 12 });
    expect(locAt(root, ['services', 't', 'image'])).toEqual({ file: 'c.yml', line: 2, col: 10 });
  });

  test('<< with a list: earlier mappings win, explicit keys win over all', () => {
    const { docs } = load('a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  y: 3\n');
    expect(toPlain(docs![0])).toMatchObject({ c: { x: 1, y: 3, z: 2 } });
  });

  test('!reset and !override tags are kept on the nodes', () => {
    const { docs, sink } = load('a: !reset null\nb: !override [1]\nc: !reset {}\n');
    expect(sink.findings).toEqual([]);
    const root = docs![0];
    expect(root.kind === 'map' && [...root.entries.values()].map((e) => e.value.tag)).toEqual([
      '!reset',
      '!override',
      '!reset',
    ]);
  });

  test('duplicate keys: SD-SCH-002 at the second key', () => {
    const { sink } = load('services:\n  web:\n    image: a\n    image: b\n');
    expect(sink.findings).toEqual([
      {
        rule: 'SD-SCH-002',
        severity: 'error',
        file: 'c.yml',
        line: 4,
        col: 5,
        message: 'services.web.image: duplicate key "image" (first defined at line 3)',
      },
    ]);
  });

  test('unknown tags: SD-SCH-003 at the tag; standard tags are fine', () => {
    const { sink, docs } = load('a: !!str 123\nb: !custom x\n');
    expect(toPlain(docs![0])).toEqual({ a: '123', b: 'x' });
    expect(sink.findings.map((f) => [f.rule, f.line, f.col])).toEqual([['SD-SCH-003', 2, 4]]);
  });

  test('YAML syntax errors: SD-SCH-001 with the parser position, no document', () => {
    const { docs, sink } = load('services:\n  web:\n    image: a\n   ports: [1\n');
    expect(docs).toBeUndefined();
    expect(sink.findings[0]).toMatchObject({ rule: 'SD-SCH-001', line: 4 });
  });

  test('non-string keys are SD-SCH-004 (Compose refuses them)', () => {
    const { sink } = load('environment:\n  1: x\n  "2": y\n');
    expect(sink.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['SD-SCH-004', 2, 'environment: keys must be strings, got 1 (quote it: "1")'],
    ]);
  });

  test('several documents in one file', () => {
    const { docs } = load('a: 1\n---\nb: 2\n');
    expect(docs!.map(toPlain)).toEqual([{ a: 1 }, { b: 2 }]);
  });

  test('an alias bomb is cut off with a finding instead of exhausting memory', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const { docs, sink } = load(lines.join('\n') + '\n');
    expect(docs).toBeUndefined();
    expect(sink.findings[0]).toMatchObject({ rule: 'SD-SCH-001' });
  });
});
