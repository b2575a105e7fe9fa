import { parseDotenv } from '../../../src/config/validate/dotenv.js';
import { Sink } from '../../../src/config/validate/tree.js';

function parse(text: string, processEnv: Record<string, string> = {}) {
  const sink = new Sink();
  const r = parseDotenv(text, '.env', (k) => processEnv[k], sink, 'warning');
  return { vars: Object.fromEntries(r.vars), entries: r.entries, findings: sink.findings, ok: r.ok };
}

describe('.env grammar (compose-go dotenv)', () => {
  test.each([
    ['A=1', { A: '1' }],
    ['export A=1', { A: '1' }],
    ['A: yaml style', { A: 'yaml style' }],
    ['A = spaced  ', { A: 'spaced' }],
    ['A=value # comment', { A: 'value' }],
    ['A=value#kept', { A: 'value#kept' }],
    ['A=', { A: '' }],
    ['A="double \\"q\\" \\n \\t \\\\ \\$x"', { A: 'double "q" \n \t \\ $x' }],
    ["A='single $X \\n'", { A: 'single $X \\n' }],
    ["A='it\\'s'", { A: "it's" }],
    ['A="multi\nline"', { A: 'multi\nline' }],
    ["A='multi\nline'", { A: 'multi\nline' }],
    ['A=1\nB=${A}-$A', { A: '1', B: '1-1' }],
    ['B=${UNSET:-dflt}', { B: 'dflt' }],
    ['A="x" # trailing', { A: 'x' }],
    ['\uFEFFA=bom', { A: 'bom' }],
    ['A=1\r\nB="2"\r\nC=3 # c\r\n', { A: '1', B: '2', C: '3' }],
    ['a.b=1\nc-d=2\ne[0]=3', { 'a.b': '1', 'c-d': '2', 'e[0]': '3' }],
    ['# only a comment\n\n   \n', {}],
    ['A=$$literal', { A: '$literal' }],
    ['A=x=y=z', { A: 'x=y=z' }],
  ])('%j', (text, expected) => {
    const r = parse(text);
    expect(r.findings).toEqual([]);
    expect(r.vars).toEqual(expected);
  });

  test('a bare KEY inherits from the process environment, or stays unset', () => {
    expect(parse('HOME\nNOPE\nA=1', { HOME: '/root' }).vars).toEqual({ HOME: '/root', A: '1' });
  });

  test('the process environment wins over earlier keys in interpolation', () => {
    expect(parse('A=file\nB=${A}', { A: 'process' }).vars.B).toBe('process');
  });

  test('line and column of every key, also after multi-line values', () => {
    const r = parse('# c\nA=1\nB="x\ny"\n\n  C=3\n');
    expect(r.entries.map((e) => [e.key, e.line, e.col])).toEqual([
      ['A', 2, 1],
      ['B', 3, 1],
      ['C', 6, 3],
    ]);
  });

  test.each([
    ['A=1\nMY KEY=2\n', 2, 1, 'key "MY KEY" cannot contain a space'],
    ['A=1\nB="open\nC=3\n', 2, 3, 'B: unterminated quoted value (opening " never closed)'],
    ["A='open", 1, 3, "A: unterminated quoted value (opening ' never closed)"],
    ['A$B=1', 1, 2, 'unexpected character "$" in variable name "A$B"'],
    ['A=${B', 1, 3, 'A: invalid interpolation format; escape a literal $ as $$'],
    ['A=${B:?need B}', 1, 3, 'A: required variable B is missing a value: need B'],
  ])('%j → SD-ENV-001 at %d:%d', (text, line, col, message) => {
    const r = parse(text);
    expect(r.findings).toEqual([{ rule: 'SD-ENV-001', severity: 'error', file: '.env', line, col, message }]);
  });

  test('duplicate keys: a warning on the later line, the last value wins', () => {
    const r = parse('A=1\nB=2\nA=3\n');
    expect(r.vars.A).toBe('3');
    expect(r.findings).toEqual([
      {
        rule: 'SD-ENV-009',
        severity: 'warning',
        file: '.env',
        line: 3,
        col: 1,
        message: 'A is set again (first at line 1); the last value wins',
      },
    ]);
  });

  test('an unset variable in a value is SD-ENV-004 with the given severity', () => {
    const r = parse('A=${NOPE}');
    expect(r.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['SD-ENV-004', 'warning', 1]]);
  });
});
