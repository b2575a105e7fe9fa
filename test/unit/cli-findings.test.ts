// How the bundled CLI prints findings (once per stream) and where the SARIF file places them (the
// repository root, like the annotations), run from a stack in a subdirectory of a git checkout.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toSarif } from '../../src/config/validate/index.js';
import { findingsOutput, sarifUri, workspacePath } from '../../src/steps/validate.js';
import { ROOT } from '../helpers/action.js';

const COMPOSE = [
  'services:',
  '  web:',
  '    image: nginx:latest',
  '    privileged: true',
  '    restart: unless-stopped',
  '',
].join('\n');

// the rules this stack breaks in the dev profile, each a line of its own in every format
const RULES = ['SD-SEC-006', 'SD-HC-001'];

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'sd-cli-findings-'));
  mkdirSync(join(repo, 'deploy'));
  writeFileSync(join(repo, 'deploy/docker-compose.yml'), COMPOSE);
  writeFileSync(join(repo, 'deploy/.env'), '');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI on the stack; `shared` sends stdout and stderr to one file, as a terminal shows both. */
function cli(args: string[], shared = false, env: Record<string, string> = {}): Promise<Run> {
  const argv = [
    join(ROOT, 'dist/cli/index.js'),
    'validate',
    '--working-directory',
    'deploy',
    '--compose-files',
    'docker-compose.yml',
    '--profile',
    'dev',
    ...args,
  ];
  const both = join(repo, `both-${Math.random().toString(36).slice(2)}.txt`);
  const fd = shared ? openSync(both, 'w') : undefined;
  return new Promise((res) => {
    const child = spawn(process.execPath, argv, {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
      stdio: fd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      if (fd !== undefined) {
        closeSync(fd);
        stdout = readFileSync(both, 'utf8');
      }
      res({ code, stdout, stderr });
    });
  });
}

const count = (text: string, rule: string) => text.split('\n').filter((l) => l.includes(rule)).length;

describe('CLI findings: printed once', () => {
  test('stdout and stderr on one terminal or file: each finding once, as a log line', async () => {
    const r = await cli([], true);
    expect(r.code).toBe(1);
    for (const rule of RULES) expect({ rule, n: count(r.stdout, rule) }).toEqual({ rule, n: 1 });
    expect(r.stdout).toMatch(
      /^error: deploy\/docker-compose\.yml:4:17: SD-SEC-006 services\.web\.privileged/m,
    );
    // the table's count line is not there; the log's own summary is
    expect(r.stdout).not.toMatch(/^\d+ errors?, \d+ warnings?$/m);
    expect(r.stdout).toMatch(/validated docker-compose\.yml \(dev, policy auto\): \d+ errors/);
  });

  test('stdout redirected: log lines on stderr, the table on stdout, each once', async () => {
    const r = await cli([]);
    for (const rule of RULES) {
      expect({ rule, err: count(r.stderr, rule), out: count(r.stdout, rule) }).toEqual({
        rule,
        err: 1,
        out: 1,
      });
    }
    expect(r.stdout).toMatch(/^docker-compose\.yml:4:17 {2}error {2}SD-SEC-006 /m);
    expect(r.stdout).toMatch(/^\d+ errors?, \d+ warnings?$/m);
  });

  test('--format table: the table only; --json keeps stdout for the outputs', async () => {
    const table = await cli(['--format', 'table'], true);
    for (const rule of RULES) expect({ rule, n: count(table.stdout, rule) }).toEqual({ rule, n: 1 });
    expect(table.stdout).not.toMatch(/^error: /m);
    expect(table.stdout).toMatch(/^docker-compose\.yml:4:17 {2}error {2}SD-SEC-006 /m);

    const json = await cli(['--json']);
    expect(JSON.parse(json.stdout)).toEqual(expect.objectContaining({ status: 'failed' }));
    for (const rule of RULES) expect({ rule, n: count(json.stderr, rule) }).toEqual({ rule, n: 1 });
  });

  test('a --format the CLI does not know, or two users of stdout, is a usage error', async () => {
    const bad = await cli(['--format', 'xml']);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'error: --format: expected one of log | table, got "xml"',
    ]);
    const both = await cli(['--format', 'table', '--json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--format table and --json both write to stdout');
  });

  test('the choice, stream by stream', () => {
    const w = () => {};
    const kinds = (o: ReturnType<typeof findingsOutput>) => [o.lines, o.table ? 'table' : '-'];
    expect(kinds(findingsOutput(undefined, false, true, w))).toEqual(['all', '-']);
    expect(kinds(findingsOutput(undefined, false, false, w))).toEqual(['all', 'table']);
    expect(kinds(findingsOutput(undefined, true, false, w))).toEqual(['all', '-']);
    expect(kinds(findingsOutput('log', false, false, w))).toEqual(['all', '-']);
    expect(kinds(findingsOutput('table', false, true, w))).toEqual(['none', 'table']);
  });
});

describe('SARIF locations are relative to the repository root', () => {
  test('working-directory deploy: the SARIF file says deploy/docker-compose.yml, as the annotations do', async () => {
    const sarifFile = join(repo, 'out/stack-deploy.sarif');
    const r = await cli(['--sarif-file', sarifFile], true, { GITHUB_WORKSPACE: repo });
    expect(r.stdout).toContain('error: deploy/docker-compose.yml:4:17: SD-SEC-006');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: {
        results: { ruleId: string; locations?: { physicalLocation: { artifactLocation: object } }[] }[];
      }[];
    };
    const privileged = sarif.runs[0].results.find((x) => x.ruleId === 'SD-SEC-006');
    expect(privileged?.locations?.[0].physicalLocation.artifactLocation).toEqual({
      uri: 'deploy/docker-compose.yml',
      uriBaseId: '%SRCROOT%',
    });
    const files = sarif.runs[0].results.flatMap((x) =>
      (x.locations ?? []).map((l) => (l.physicalLocation.artifactLocation as { uri: string }).uri),
    );
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(f).toMatch(/^deploy\//);
  });

  test('a file outside the workspace keeps its absolute path, as a file: URI', () => {
    expect(sarifUri('/w', '/w/deploy', 'docker-compose.yml')).toBe('deploy/docker-compose.yml');
    expect(sarifUri('/w', '/w', '../other/a b.yml')).toBe('/other/a b.yml');
    // annotations keep the relative form (GitHub cannot place either)
    expect(workspacePath('/w', '/w', '../other/a b.yml')).toBe('../other/a b.yml');
    const report = {
      errors: 1,
      warnings: 0,
      findings: [
        { rule: 'SD-SEC-006', severity: 'error', message: 'm', file: '../other/a b.yml', line: 2, col: 3 },
      ],
      files: [],
      secretKeys: [],
      env: {},
    } as unknown as Parameters<typeof toSarif>[0];
    const out = JSON.stringify(toSarif(report, '0', (f) => sarifUri('/w', '/w', f)));
    expect(out).toContain('"artifactLocation":{"uri":"file:///other/a%20b.yml"}');
  });
});
