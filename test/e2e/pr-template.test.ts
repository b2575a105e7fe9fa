// The pull-request template (workflows/pr-validate.yml) run locally: each step that uses this
// action gets its `with:` evaluated by GitHub's expression evaluator for a sample pull_request
// event, and runs as the bundled CLI with the same inputs as flags, from the repository root (the
// checkout), in the template's order, on the testbed's Docker engine. Then the job summaries, which
// only the action writes, through the bundled action.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { jest } from '@jest/globals';
import { toSettings, type Settings } from '../../src/config/settings.js';
import { parseCommandFile, ROOT, runnerEnv, startAction } from '../helpers/action.js';
import { runCli, testbed, type CliRun } from '../helpers/testbed.js';
import {
  cliForm,
  defaults,
  load,
  render,
  renderedSteps,
  type Job,
  type RenderedStep,
} from '../helpers/workflow.js';

jest.setTimeout(600_000);

const TEMPLATE = 'workflows/pr-validate.yml';
const tb = testbed();
const ID = randomBytes(4).toString('hex');
/** A pull request number no one else uses: the images are tagged pr-<n>. */
const PR = 100_000 + randomBytes(3).readUIntBE(0, 3);
const TAG = `pr-${PR}`;
// A pull_request run's GITHUB_SHA is its merge commit. bake also tags sha-<7> and the full sha
// (like metadata-action); a sha of this run's own keeps those tags off images others use.
const SHA = randomBytes(20).toString('hex');
const dir = mkdtempSync(join(tmpdir(), `sdtest-prtpl-${ID}-`));
const jobTemp = (job: string): string => join(dir, job, 'runner-temp');

/** The variables the runner sets for every step of a pull_request run (and the CLI reads). */
const GITHUB_ENV: Record<string, string> = {
  GITHUB_WORKSPACE: ROOT,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_SHA: SHA,
  GITHUB_REF: `refs/pull/${PR}/merge`,
  GITHUB_HEAD_REF: 'feature/pr-template',
  GITHUB_BASE_REF: 'main',
  GITHUB_REPOSITORY: 'octo-org/app',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_ACTOR: 'octocat',
  RUNNER_OS: 'Linux',
};

function contextFor(job: string): Record<string, unknown> {
  return {
    github: {
      event_name: 'pull_request',
      repository: 'octo-org/app',
      sha: SHA,
      ref: `refs/pull/${PR}/merge`,
      actor: 'octocat',
      run_id: '4242',
      token: 'ghs_unused',
      event: { pull_request: { number: PR, head: { repo: { full_name: 'octo-org/app' } } } },
    },
    runner: { temp: jobTemp(job), os: 'Linux' },
    inputs: {},
    vars: {},
    secrets: {},
    steps: {},
    needs: {},
    env: {},
    job: {},
  };
}

const JOBS = load(TEMPLATE).jobs as Record<string, Job & { needs?: string }>;
/** This action's steps, job by job in file order, each rendered with its own job's runner.temp. */
const STEPS: RenderedStep[] = Object.keys(JOBS).flatMap((job) =>
  renderedSteps(TEMPLATE, contextFor(job)).filter((s) => s.job === job),
);
const step = (command: string): RenderedStep => {
  const s = STEPS.find((x) => x.raw.command === command);
  if (!s) throw new Error(`${TEMPLATE} has no ${command} step`);
  return s;
};

/** KEY=VALUE lines of a .env file as written. */
function dotenv(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

const REGISTRY = dotenv('compose/.env.example').REGISTRY;
const APPS = ['backend', 'bot', 'frontend'];
const appRef = (s: string): string => `${REGISTRY}/stack/${s}:${TAG}`;

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Local image references under a repository prefix whose tag is one of `tags` (all when omitted). */
function localRefs(prefix: string, tags?: string[]): string[] {
  return docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter((r) => r.startsWith(prefix) && (!tags || tags.includes(r.slice(r.lastIndexOf(':') + 1))));
}

/** Every tag bake gives a pull request build here: the image-tag, pr-<n>, sha-<7>, the sha. */
const OWN_TAGS = [TAG, `sha-${SHA.slice(0, 7)}`, SHA];
/** The registry prefix of the pushed build below: this run's own repositories. */
const PUSH_PREFIX = `${tb.registry}/sdtest-prtpl-${ID}`;

afterAll(async () => {
  // this run's images only: the pr-<n> build's tags on the shared stack/* repositories, and
  // everything under the pushed build's own prefix, here and in the registry (whose catalog keeps
  // the empty sdtest-prtpl-* repositories; the blobs go with the registry's garbage collection)
  const refs = [
    ...APPS.flatMap((s) => localRefs(`${REGISTRY}/stack/${s}:`, OWN_TAGS)),
    ...localRefs(`${PUSH_PREFIX}/`),
  ];
  if (refs.length) docker(['image', 'rm', '-f', ...refs]);
  for (const s of APPS)
    await deleteManifests(tb.registry, `${PUSH_PREFIX.slice(tb.registry.length + 1)}/stack/${s}`);
  rmSync(dir, { recursive: true, force: true });
});

interface StepRun extends CliRun {
  argv: string[];
  outputs: Record<string, string>;
  /** what the CLI handed the runner: $GITHUB_OUTPUT parsed, $GITHUB_STEP_SUMMARY */
  runner: { outputs: Record<string, string>; summary: string };
}

/** One step through the bundled CLI: its inputs as flags, the runner's variables, cwd = the checkout. */
async function runStep(s: RenderedStep): Promise<StepRun> {
  const { args, env: secrets } = cliForm(s.raw);
  const stepDir = join(dir, s.job, `step-${STEPS.indexOf(s)}`);
  mkdirSync(stepDir, { recursive: true });
  const { env, files } = runnerEnv(stepDir, {}, { env: { ...GITHUB_ENV, RUNNER_TEMP: jobTemp(s.job) } });
  const argv = [...args, '--json'];
  const r = await runCli(argv, { ...env, ...secrets }, ROOT);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  let outputs: Record<string, string> = {};
  try {
    outputs = JSON.parse(last) as Record<string, string>;
  } catch {
    // asserted by the caller through the exit code and stderr
  }
  const runner = {
    outputs: parseCommandFile(files.GITHUB_OUTPUT),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
  return { ...r, argv, outputs, runner };
}

/** A failed step shows its log rather than just its exit code. */
function succeeded(r: CliRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stderr.slice(-3000)}`);
}

/** Tags of a repository in a registry; [] when the registry does not know the repository. */
async function registryTags(registry: string, repo: string): Promise<string[]> {
  const res = await fetch(`http://${registry}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`GET ${registry}/v2/${repo}/tags/list: ${res.status}`);
  return ((await res.json()) as { tags?: string[] | null }).tags ?? [];
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Deletes every tagged manifest of a repository (the testbed's registry allows deletes). */
async function deleteManifests(registry: string, repo: string): Promise<void> {
  for (const tag of await registryTags(registry, repo)) {
    const head = await fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { Accept: MANIFEST_TYPES },
    });
    const digest = head.headers.get('docker-content-digest');
    // several tags share one manifest: the first delete removes them all
    if (head.ok && digest)
      await fetch(`http://${registry}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
  }
}

/** The registry's manifest digest for a reference. */
function registryDigest(ref: string): string {
  const m = /^Digest:\s+(sha256:[0-9a-f]{64})$/m.exec(docker(['buildx', 'imagetools', 'inspect', ref]));
  if (!m) throw new Error(`no digest for ${ref}`);
  return m[1];
}

/** What upload-sarif and code scanning rely on in a SARIF 2.1.0 log; [] when it holds. */
function sarifProblems(doc: unknown): string[] {
  const out: string[] = [];
  const d = doc as {
    $schema?: unknown;
    version?: unknown;
    runs?: {
      tool?: { driver?: { name?: unknown; rules?: { id?: unknown }[] } };
      results?: {
        ruleId?: unknown;
        level?: unknown;
        message?: { text?: unknown };
        locations?: {
          physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: { startLine?: unknown } };
        }[];
      }[];
    }[];
  };
  if (d.version !== '2.1.0') out.push(`version: expected "2.1.0", got ${JSON.stringify(d.version)}`);
  if (typeof d.$schema !== 'string' || !d.$schema.includes('sarif-2.1.0'))
    out.push(`$schema: expected the SARIF 2.1.0 schema, got ${JSON.stringify(d.$schema)}`);
  if (!Array.isArray(d.runs) || d.runs.length === 0) return [...out, 'runs: expected at least one run'];
  d.runs.forEach((run, i) => {
    const driver = run.tool?.driver;
    if (typeof driver?.name !== 'string' || !driver.name) out.push(`runs[${i}].tool.driver.name: missing`);
    const ids = (driver?.rules ?? []).map((r) => r.id);
    if (ids.some((id) => typeof id !== 'string' || !id))
      out.push(`runs[${i}].tool.driver.rules: a rule without id`);
    if (new Set(ids).size !== ids.length) out.push(`runs[${i}].tool.driver.rules: duplicate ids`);
    if (!Array.isArray(run.results)) out.push(`runs[${i}].results: expected an array`);
    (run.results ?? []).forEach((r, j) => {
      const at = `runs[${i}].results[${j}]`;
      if (!ids.includes(r.ruleId))
        out.push(`${at}.ruleId: ${JSON.stringify(r.ruleId)} is not a rule of the driver`);
      if (r.level !== undefined && !['none', 'note', 'warning', 'error'].includes(r.level as string))
        out.push(`${at}.level: ${JSON.stringify(r.level)}`);
      if (typeof r.message?.text !== 'string') out.push(`${at}.message.text: missing`);
      for (const l of r.locations ?? []) {
        const uri = l.physicalLocation?.artifactLocation?.uri;
        // code scanning resolves it against the repository: relative, forward slashes
        if (typeof uri !== 'string' || isAbsolute(uri) || uri.includes('\\'))
          out.push(`${at}: artifactLocation.uri ${JSON.stringify(uri)} is not relative to the checkout`);
        const line = l.physicalLocation?.region?.startLine;
        if (line !== undefined && !(Number.isInteger(line) && (line as number) >= 1))
          out.push(`${at}: region.startLine ${JSON.stringify(line)}`);
      }
    });
  });
  return out;
}

describe(`${TEMPLATE}, run through the bundled CLI for pull request #${PR}`, () => {
  test("the template's stack-deploy steps, evaluated, as CLI flags; nothing the template does not run is implied", () => {
    // the whole template: checkout, buildx, the SARIF uploads, and this action; no run: step
    expect(
      Object.entries(JOBS).map(([id, job]) => [id, job.needs, (job.steps ?? []).map((x) => x.uses ?? 'run')]),
    ).toEqual([
      [
        'validate',
        undefined,
        [
          'actions/checkout@v5',
          'org/stack-deploy@v1',
          'github/codeql-action/upload-sarif@v4',
          'actions/upload-artifact@v6',
        ],
      ],
      [
        'build',
        'validate',
        [
          'actions/checkout@v5',
          'docker/setup-buildx-action@v4',
          'org/stack-deploy@v1',
          'org/stack-deploy@v1',
        ],
      ],
    ]);
    const sarif = join(jobTemp('validate'), 'stack-deploy.sarif');
    expect(STEPS.map((s) => [s.job, s.raw])).toEqual([
      ['validate', { command: 'validate', 'env-file': 'compose/.env.example', 'sarif-file': sarif }],
      ['build', { command: 'build', push: 'false', 'env-file': 'compose/.env.example', 'image-tag': TAG }],
      [
        'build',
        { command: 'deploy', 'dry-run': 'true', 'env-file': 'compose/.env.example', 'image-tag': TAG },
      ],
    ]);
    expect(STEPS.map((s) => cliForm(s.raw))).toEqual([
      { args: ['validate', '--env-file', 'compose/.env.example', '--sarif-file', sarif], env: {} },
      {
        args: ['build', '--push', 'false', '--env-file', 'compose/.env.example', '--image-tag', TAG],
        env: {},
      },
      {
        args: ['deploy', '--dry-run', 'true', '--env-file', 'compose/.env.example', '--image-tag', TAG],
        env: {},
      },
    ]);
    // what the action makes of them: no step pushes, logs in, or reaches a host; only deploy is a dry run
    const settings = STEPS.map((s) => toSettings(s.raw, { githubSha: SHA, onGitHub: true }));
    const view = (x: Settings) => ({
      command: x.command,
      push: x.push,
      dryRun: x.dryRun,
      ssh: x.ssh,
      registry: x.registry,
      imageTag: x.imageTag,
      sarifFile: x.sarifFile,
    });
    expect(settings.map(view)).toEqual([
      {
        command: 'validate',
        push: false,
        dryRun: false,
        ssh: undefined,
        registry: undefined,
        imageTag: `sha-${SHA.slice(0, 7)}`,
        sarifFile: sarif,
      },
      {
        command: 'build',
        push: false,
        dryRun: false,
        ssh: undefined,
        registry: undefined,
        imageTag: TAG,
        sarifFile: undefined,
      },
      {
        command: 'deploy',
        push: false,
        dryRun: true,
        ssh: undefined,
        registry: undefined,
        imageTag: TAG,
        sarifFile: undefined,
      },
    ]);
    // the images would go to the testbed's registry: "nothing pushed" below is checked where it counts
    expect(REGISTRY).toBe(tb.registry);
  });

  test('validate: exit 0; a SARIF 2.1.0 file at the evaluated path, the one the upload step is given', async () => {
    const s = step('validate');
    const r = await runStep(s);
    succeeded(r);
    expect({ code: r.code, outputs: r.outputs }).toEqual({
      code: 0,
      outputs: {
        findings: '0',
        'sarif-file': s.raw['sarif-file'],
        status: 'success',
        'duration-seconds': expect.stringMatching(/^\d+\.\d$/),
      },
    });
    expect(r.stderr).toContain(
      'validated compose/docker-compose.yml + compose/docker-compose.prod.yml (prod, policy auto): 0 errors, 0 warnings',
    );
    // in a run: step the CLI hands outputs and summary to the runner as the action does
    expect(r.runner.outputs).toEqual(r.outputs);
    expect(r.runner.summary).toContain('### stack-deploy validate\n\nNo problems found.');
    const path = s.raw['sarif-file'] as string;
    expect(path.startsWith(jobTemp('validate') + '/')).toBe(true);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as {
      runs: { tool: { driver: { name: string; rules: unknown[] } }; results: unknown[] }[];
    };
    expect(sarifProblems(doc)).toEqual([]);
    expect(doc.runs[0].tool.driver.name).toBe('stack-deploy');
    expect(doc.runs[0].tool.driver.rules.length).toBeGreaterThan(10);
    expect(doc.runs[0].results).toEqual([]);
    // the next steps read the output: upload-sarif (same repository) or upload-artifact (forks)
    const validateJob = JOBS.validate.steps ?? [];
    const consumers = validateJob.filter((x) =>
      JSON.stringify(x.with ?? {}).includes('steps.validate.outputs'),
    );
    expect(consumers.map((x) => x.uses)).toEqual([
      'github/codeql-action/upload-sarif@v4',
      'actions/upload-artifact@v6',
    ]);
    const ctx = { ...contextFor('validate'), steps: { validate: { outputs: r.outputs } } };
    expect(render(consumers[0].with?.sarif_file, ctx)).toBe(path);
    expect(render(consumers[1].with?.path, ctx)).toBe(path);
  });

  test(`build (push: false): the app images are built on the testbed's engine as ${TAG}; the registry gets nothing`, async () => {
    for (const s of APPS) expect(localRefs(`${REGISTRY}/stack/${s}:`, OWN_TAGS)).toEqual([]);
    const r = await runStep(step('build'));
    succeeded(r);
    expect(r.outputs.status).toBe('success');
    expect(JSON.parse(r.outputs.images)).toEqual(Object.fromEntries(APPS.map((s) => [s, appRef(s)])));
    expect(r.stderr).toMatch(/^built 3 image\(s\) in .* \(\d+ of \d+ steps cached\)$/m);
    expect(r.stderr).not.toContain('built and pushed');

    for (const s of APPS) {
      const img = JSON.parse(docker(['image', 'inspect', appRef(s)]))[0] as {
        Id: string;
        Config: { Env: string[]; Labels: Record<string, string> };
      };
      expect(img.Id).toMatch(/^sha256:[0-9a-f]{64}$/);
      // built from example/<service> with the compose build args, for this pull request's commit
      expect(img.Config.Env).toContain(`APP_VERSION=${TAG}`);
      expect(img.Config.Labels).toMatchObject({
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.version': TAG,
        'org.opencontainers.image.source': 'https://github.com/octo-org/app',
        'org.opencontainers.image.title': s,
      });
      expect(localRefs(`${REGISTRY}/stack/${s}:`, OWN_TAGS).sort()).toEqual(
        OWN_TAGS.map((t) => `${REGISTRY}/stack/${s}:${t}`).sort(),
      );
      const tags = await registryTags(REGISTRY, `stack/${s}`);
      expect({ s, pushed: OWN_TAGS.filter((t) => tags.includes(t)) }).toEqual({ s, pushed: [] });
    }
  });

  test(`deploy (dry-run: true): exit 0 with no host; the plan names every service and the ${TAG} images`, async () => {
    const r = await runStep(step('deploy'));
    succeeded(r);
    expect(r.outputs).toEqual({ findings: '0', status: 'success', 'duration-seconds': expect.any(String) });
    expect(r.stderr).not.toContain('▸ connect');

    const release = new RegExp(
      `^dry run: release (\\d{8}-\\d{6}-${SHA.slice(0, 7)}) of stack to ~/stack-deploy/stack; nothing is changed$`,
      'm',
    );
    expect(r.stderr).toMatch(release);
    expect(r.stderr).toContain(
      'files: compose/docker-compose.yml, compose/docker-compose.prod.yml (+ .env, mode 0600)',
    );
    const plan =
      r.stderr
        .split('host transaction, in order:\n')[1]
        ?.split('\n')
        .map((l) => l.trim()) ?? [];

    // what Compose itself makes of the same files and .env with this image tag
    const config = JSON.parse(
      execFileSync(
        'docker',
        [
          'compose',
          '--env-file',
          'compose/.env.example',
          '-f',
          'compose/docker-compose.yml',
          '-f',
          'compose/docker-compose.prod.yml',
          'config',
          '--format',
          'json',
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, IMAGE_TAG: TAG } },
      ),
    ) as { services: Record<string, { image: string }> };
    const expected = Object.fromEntries(Object.entries(config.services).map(([s, v]) => [s, v.image]));
    for (const s of APPS) expect(expected[s]).toBe(appRef(s));
    expect(expected.migrations).toBe(appRef('backend'));

    const resolve =
      plan
        .find((l) => l.startsWith('resolve_images '))
        ?.split(' ')
        .slice(1) ?? [];
    const planned: Record<string, string> = {};
    for (let i = 0; i + 1 < resolve.length; i += 2) planned[resolve[i]] = resolve[i + 1];
    expect(planned).toEqual(expected);
    const pulls = plan.filter((l) => l.startsWith('pull_image ')).map((l) => l.split(' ')[1]);
    expect(pulls.sort()).toEqual([...new Set(Object.values(expected))].sort());
    expect(plan).toEqual(
      expect.arrayContaining(['phase lock', 'phase pull', 'phase migrate', 'phase switch', 'phase verify']),
    );
    expect(plan).toContain(`point_current ${release.exec(r.stderr)?.[1]}`);
    expect(r.runner.summary).toContain(`### stack-deploy dry run\n\n\`\`\`sh\n`);
    expect(r.runner.summary).toContain(plan.find((l) => l.startsWith('resolve_images ')));
  });
});

describe('job summaries through the bundled action', () => {
  test("the PR template's dry run puts the plan into the job summary", async () => {
    const s = step('deploy');
    const actionDir = join(dir, 'action-dry-run');
    mkdirSync(actionDir, { recursive: true });
    const r = await startAction(s.raw as Record<string, string>, {
      dir: actionDir,
      cwd: ROOT,
      env: { ...GITHUB_ENV, RUNNER_TEMP: jobTemp('build') },
    }).done;
    expect({ code: r.code, status: r.outputs.status }).toEqual({ code: 0, status: 'success' });
    const section = r.summary.split('### stack-deploy dry run\n')[1] ?? '';
    expect(section).toMatch(/^\n```sh\n[\s\S]*\n```\n/);
    const resolve = section.split('\n').find((l) => l.startsWith('resolve_images '));
    expect(resolve).toBeDefined();
    for (const svc of APPS) expect(resolve).toContain(` ${svc} ${appRef(svc)}`);
    expect(r.summary).toContain('### stack-deploy validate\n\nNo problems found.');
  });

  test("a pushed build (deploy.yml's build step): one row per service, the image pinned by the registry's digest, the duration", async () => {
    const registry = PUSH_PREFIX;
    const tag = `sdtest-prtpl-${ID}`;
    const head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const context = {
      ...contextFor('build'),
      inputs: { ...defaults('workflows/deploy.yml', 'workflow_call'), environment: 'sdtest', registry },
      needs: { validate: { outputs: { sha: head, 'image-tag': tag } } },
    };
    const build = renderedSteps('workflows/deploy.yml', context).find((x) => x.raw.command === 'build');
    expect(build?.raw).toEqual(
      expect.objectContaining({ push: 'true', registry, 'image-tag': tag, 'registry-password': '' }),
    );
    const actionDir = join(dir, 'action-build');
    mkdirSync(actionDir, { recursive: true });
    const r = await startAction(build?.raw as Record<string, string>, {
      dir: actionDir,
      cwd: ROOT,
      env: { ...GITHUB_ENV, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' },
    }).done;
    expect({ code: r.code, status: r.outputs.status }).toEqual({ code: 0, status: 'success' });
    const images = JSON.parse(r.outputs.images) as Record<string, string>;
    expect(Object.keys(images)).toEqual(APPS);
    for (const s of APPS)
      expect(images[s]).toBe(
        `${registry}/stack/${s}:${tag}@${registryDigest(`${registry}/stack/${s}:${tag}`)}`,
      );

    const section =
      /### stack-deploy build and push\n[\s\S]*?\nBuilt in (\d+\.\d)s \((\d+) of (\d+) steps cached\), cache: ([a-z]+)\.\n/.exec(
        r.summary,
      );
    const tagsOf = [tag, 'main', `sha-${head.slice(0, 7)}`, head].map((t) => `\`${t}\``).join(' ');
    expect(section?.[0]).toBe(
      [
        '### stack-deploy build and push',
        '',
        '| service | image | tags |',
        '| --- | --- | --- |',
        ...APPS.map((s) => `| ${s} | \`${images[s]}\` | ${tagsOf} |`),
        '',
        `Built in ${section?.[1]}s (${section?.[2]} of ${section?.[3]} steps cached), cache: ${section?.[4]}.`,
        '',
      ].join('\n'),
    );
    expect(Number(section?.[2])).toBeLessThanOrEqual(Number(section?.[3]));
    expect(Number(section?.[3])).toBeGreaterThan(0);
    expect(Number(section?.[1])).toBeGreaterThan(0);
    expect(Number(section?.[1])).toBeLessThanOrEqual(Number(r.outputs['duration-seconds']));
    // validate runs first in the same step, and its section comes first
    expect(r.summary.indexOf('### stack-deploy validate')).toBeLessThan(
      r.summary.indexOf('### stack-deploy build'),
    );
  });
});
