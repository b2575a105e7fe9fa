import {
  formatJson,
  formatText,
  RULES,
  selectAnnotations,
  toSarif,
  toSummaryMarkdown,
  type Finding,
  type ValidationReport,
} from '../../../src/config/validate/index.js';

const f = (rule: string, severity: Finding['severity'], line: number, message = `m${line}`): Finding => ({
  rule,
  severity,
  message,
  file: 'compose/docker-compose.yml',
  line,
  col: 3,
});

function report(findings: Finding[]): ValidationReport {
  return {
    findings,
    errors: findings.filter((x) => x.severity === 'error').length,
    warnings: findings.filter((x) => x.severity === 'warning').length,
    model: { services: { s: { environment: { POSTGRES_PASSWORD: 'hunter2hunter2' } } } },
    env: { POSTGRES_PASSWORD: 'hunter2hunter2' },
    secretKeys: ['POSTGRES_PASSWORD'],
    files: ['example/backend'],
  };
}

describe('reporters', () => {
  const r = report([
    f('SD-SCH-004', 'error', 4, 'services.web: unknown key "imagee" (did you mean "image"?)'),
    f('SD-RES-002', 'warning', 9),
    { rule: 'SD-ENV-006', severity: 'note', message: 'no variables schema', file: '', line: 0, col: 0 },
    {
      rule: 'SD-SEC-004',
      severity: 'error',
      message: '.env is tracked by git',
      file: '.env',
      line: 0,
      col: 0,
    },
  ]);

  test('text: file:line:col  severity  rule  message, then counts', () => {
    expect(formatText(r)).toBe(
      [
        'compose/docker-compose.yml:4:3  error  SD-SCH-004  services.web: unknown key "imagee" (did you mean "image"?)',
        'compose/docker-compose.yml:9:3  warning  SD-RES-002  m9',
        '(stack)  note  SD-ENV-006  no variables schema',
        '.env  error  SD-SEC-004  .env is tracked by git',
        '2 errors, 1 warning',
      ].join('\n'),
    );
  });

  test('JSON: findings and counts, never the model or .env values', () => {
    const j = JSON.parse(formatJson(r));
    expect(j).toEqual({
      errors: 2,
      warnings: 1,
      findings: r.findings,
      files: ['example/backend'],
      secretKeys: ['POSTGRES_PASSWORD'],
    });
    expect(formatJson(r)).not.toContain('hunter2');
  });

  test('SARIF 2.1.0: every rule with help, results with regions where there is a line', () => {
    const s = toSarif(r, '1.2.3') as {
      version: string;
      runs: {
        tool: { driver: { version: string; rules: { id: string; help: { text: string } }[] } };
        results: Record<string, unknown>[];
      }[];
    };
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(run.tool.driver.rules.every((x) => x.help.text.length > 20)).toBe(true);
    expect(run.results[0]).toEqual({
      ruleId: 'SD-SCH-004',
      ruleIndex: RULES.findIndex((x) => x.id === 'SD-SCH-004'),
      level: 'error',
      message: { text: 'services.web: unknown key "imagee" (did you mean "image"?)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'compose/docker-compose.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 3 },
          },
        },
      ],
    });
    expect(run.results[2]).not.toHaveProperty('locations');
    expect(run.results[3]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: '.env' } } }],
    });
    expect(
      (run.results[3].locations as { physicalLocation: object }[])[0].physicalLocation,
    ).not.toHaveProperty('region');
  });

  test('summary: counts and one table row per finding, pipes escaped', () => {
    const md = toSummaryMarkdown(
      report([f('SD-SCH-004', 'error', 1, 'a | b'), f('SD-RES-002', 'warning', 2)]),
    );
    expect(md).toContain('❌ 1 error, 1 warning, 0 notes');
    expect(md).toContain(
      '| error | `compose/docker-compose.yml:1:3` | SD-SCH-004 Compose schema | a \\| b |',
    );
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---')).length,
    ).toBe(2);
    expect(toSummaryMarkdown(report([]))).toContain('No problems found.');
  });

  test('annotations: errors first, at most 10 errors and 10 warnings, the rest counted', () => {
    const many = report([
      ...Array.from({ length: 13 }, (_, i) => f('SD-HC-001', 'warning', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => f('SD-SCH-004', 'error', i + 100)),
      f('SD-ENV-006', 'note', 500),
    ]);
    const a = selectAnnotations(many);
    expect(a.shown).toHaveLength(20);
    expect(a.shown.slice(0, 10).every((x) => x.severity === 'error')).toBe(true);
    expect(a.shown.slice(10).every((x) => x.severity === 'warning')).toBe(true);
    expect(a.hiddenErrors).toBe(2);
    expect(a.hiddenWarnings).toBe(3);
  });
});
