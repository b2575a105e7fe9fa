// Build provenance in workflows/deploy.yml: the build job's step that turns the `images` output into
// the subjects of actions/attest-build-provenance, and the deploy job's step that requires an
// attestation of this repository for every image before connecting to the host. The `run:` text
// of each step is taken from the parsed template (so the test cannot drift from it) and run by
// bash as the runner runs it, with a fake `gh` (and `docker`) on PATH answering from a fixture.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type Job, type Step } from '../helpers/workflow.js';

type RunStep = Step & { run?: string; env?: Record<string, string> };

const wf = load('workflows/deploy.yml');
const jobs = wf.jobs as Record<string, Job & { steps: RunStep[] }>;
const inputs = (wf.on as { workflow_call: { inputs: Record<string, { type: string; default: unknown }> } })
  .workflow_call.inputs;

const subjectsStep = jobs.build.steps.find((s) => s.id === 'subjects') as RunStep;
const verifyStep = jobs.deploy.steps.find((s) => s.if === 'inputs.verify-attestations') as RunStep;

const REPO = 'your-org/shop';
const hex = (c: string): string => c.repeat(64);
const IMAGES = {
  backend: `ghcr.io/your-org/backend:sha-abc1234@sha256:${hex('a')}`,
  bot: `ghcr.io/your-org/bot:sha-abc1234@sha256:${hex('b')}`,
  frontend: `127.0.0.1:5000/shop/frontend:sha-abc1234@sha256:${hex('c')}`,
};

let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-attest-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  // gh attestation verify oci://REF --repo REPO: passes when the fixture lists "REF REPO"
  writeFileSync(
    join(bin, 'gh'),
    [
      '#!/bin/bash',
      'printf "%s\\n" "$*" >> "$FAKE_LOG"',
      '[ "$1 $2" = "attestation verify" ] && [ "$4" = --repo ] || { echo "fake gh: unexpected $*" >&2; exit 2; }',
      'if grep -qxF "${3#oci://} $5" "$FAKE_ATTESTED"; then echo "Verification succeeded!"; exit 0; fi',
      'echo "Error: failed to fetch attestations from $5: no attestations found" >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  // docker login: records its arguments, where its config goes and what came on stdin
  writeFileSync(
    join(bin, 'docker'),
    [
      '#!/bin/bash',
      'printf "docker %s|config=%s|stdin=%s\\n" "$*" "$DOCKER_CONFIG" "$(cat)" >> "$FAKE_LOG"',
      'echo "$DOCKER_CONFIG" > "$FAKE_LOG.config"',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'gh'), 0o755);
  chmodSync(join(bin, 'docker'), 0o755);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  out: string;
  calls: string[];
  output: string;
}

/** One run: step text, written to a file and run as GitHub runs `run:` (bash -e -o pipefail). */
function runStep(step: RunStep, env: Record<string, string>, attested: string[] = []): Ran {
  const work = mkdtempSync(join(dir, 'run-'));
  const script = join(work, 'step.sh');
  writeFileSync(script, step.run as string);
  writeFileSync(join(work, 'attested'), attested.map((a) => `${a}\n`).join(''));
  const output = join(work, 'github_output');
  writeFileSync(output, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      RUNNER_TEMP: work,
      GITHUB_OUTPUT: output,
      FAKE_LOG: join(work, 'log'),
      FAKE_ATTESTED: join(work, 'attested'),
      ...env,
    },
  });
  const log = join(work, 'log');
  return {
    code: r.status,
    out: r.stdout + r.stderr,
    calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [],
    output: readFileSync(output, 'utf8'),
  };
}

const verify = (images: unknown, attested: string[], env: Record<string, string> = {}): Ran =>
  runStep(
    verifyStep,
    { IMAGES: typeof images === 'string' ? images : JSON.stringify(images), REPOSITORY: REPO, ...env },
    attested,
  );

const ref = (image: string): string => image.replace(/:[^:/@]+@/, '@');
const all = Object.values(IMAGES).map((i) => `${ref(i)} ${REPO}`);

describe('deploy.yml: the steps of build provenance', () => {
  test('are in the template where they belong, behind their inputs', () => {
    expect(inputs.attest).toEqual(expect.objectContaining({ type: 'boolean', default: true }));
    expect(inputs['verify-attestations']).toEqual(
      expect.objectContaining({ type: 'boolean', default: false }),
    );
    const build = jobs.build.steps;
    const attest = build.findIndex((s) => /^actions\/attest-build-provenance@v\d+$/.test(s.uses ?? ''));
    expect(build.findIndex((s) => s.id === 'build')).toBeLessThan(build.indexOf(subjectsStep));
    expect(build.indexOf(subjectsStep)).toBeLessThan(attest);
    expect([subjectsStep.if, build[attest].if]).toEqual(['inputs.attest', 'inputs.attest']);
    expect(build[attest].with).toEqual({ 'subject-checksums': '${{ steps.subjects.outputs.checksums }}' });
    expect(subjectsStep.env?.IMAGES).toBe('${{ steps.build.outputs.images }}');
    // verified before the step that connects to the host
    const deploy = jobs.deploy.steps;
    expect(deploy.indexOf(verifyStep)).toBeGreaterThan(0);
    expect(deploy.indexOf(verifyStep)).toBeLessThan(deploy.findIndex((s) => s.id === 'deploy'));
    expect(verifyStep.env).toEqual(
      expect.objectContaining({
        IMAGES: '${{ needs.build.outputs.images }}',
        REPOSITORY: '${{ github.repository }}',
        GH_TOKEN: '${{ github.token }}',
      }),
    );
  });

  test('least permissions: the OIDC token and attestation writes only in the build job, reads in deploy', () => {
    const perms = Object.fromEntries(Object.entries(jobs).map(([id, j]) => [id, j.permissions ?? {}]));
    const holders = (key: string, level: string): string[] =>
      Object.entries(perms)
        .filter(([, p]) => p[key] === level)
        .map(([id]) => id);
    expect(holders('id-token', 'write')).toEqual(['build']);
    expect(holders('attestations', 'write')).toEqual(['build']);
    expect(holders('attestations', 'read')).toEqual(['deploy']);
    expect((wf.permissions as Record<string, string>)['id-token']).toBeUndefined();
  });
});

describe('deploy.yml: attestation subjects from the build output', () => {
  test('one "<sha256 hex>  <repository>" line per image, tags dropped (registry ports kept)', () => {
    const r = runStep(subjectsStep, { IMAGES: JSON.stringify(IMAGES) });
    expect(r.code).toBe(0);
    const file = /^checksums=(.+)$/m.exec(r.output)?.[1] as string;
    expect(readFileSync(file, 'utf8').trim().split('\n')).toEqual([
      `${hex('a')}  ghcr.io/your-org/backend`,
      `${hex('b')}  ghcr.io/your-org/bot`,
      `${hex('c')}  127.0.0.1:5000/shop/frontend`,
    ]);
  });

  test('an image without a digest, or no images, fails the job naming what is missing', () => {
    const r = runStep(subjectsStep, {
      IMAGES: JSON.stringify({ ...IMAGES, bot: 'ghcr.io/your-org/bot:sha-abc1234' }),
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('::error::attest: bot: image ghcr.io/your-org/bot:sha-abc1234 has no digest');
    expect(r.output).not.toContain('checksums=');
    for (const images of ['{}', '', 'not json']) {
      const e = runStep(subjectsStep, { IMAGES: images });
      expect({ images, code: e.code }).toEqual({ images, code: 1 });
      expect(e.out).toContain('::error::attest: the build reported no images');
    }
  });
});

describe('deploy.yml: verify-attestations (a fake gh answers from a fixture)', () => {
  test('every image attested: exit 0, one line per image, each verified by digest against this repository', () => {
    const r = verify(IMAGES, all);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([
      `backend: ghcr.io/your-org/backend@sha256:${hex('a')} attested by ${REPO}`,
      `bot: ghcr.io/your-org/bot@sha256:${hex('b')} attested by ${REPO}`,
      `frontend: 127.0.0.1:5000/shop/frontend@sha256:${hex('c')} attested by ${REPO}`,
    ]);
    expect(r.calls).toEqual(
      Object.values(IMAGES).map((i) => `attestation verify oci://${ref(i)} --repo ${REPO}`),
    );
  });

  test('one image without an attestation: fails naming that service and image; the images after it are still checked', () => {
    const r = verify(IMAGES, [all[0], all[2]]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`::error::bot: no build provenance attestation from ${REPO} for ${IMAGES.bot}`);
    expect(r.out).toContain('  Error: failed to fetch attestations'); // gh's own message, indented
    expect(r.out).toContain('frontend: 127.0.0.1:5000/shop/frontend@sha256:');
    expect(r.out).toContain('::error::1 image(s) without a verified attestation: not deploying');
    expect(r.out).not.toMatch(/::error::(backend|frontend)/);
    expect(r.calls).toHaveLength(3);
  });

  test('an attestation of another repository does not count', () => {
    const r = verify(
      IMAGES,
      all.map((a) => a.replace(REPO, 'someone/else')),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('::error::3 image(s) without a verified attestation');
  });

  test('an image without a digest: a clear error naming it, nothing asked of gh for it', () => {
    const r = verify({ ...IMAGES, bot: 'ghcr.io/your-org/bot:sha-abc1234' }, all);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '::error::bot: image ghcr.io/your-org/bot:sha-abc1234 has no digest (expected repository:tag@sha256:...); cannot verify it',
    );
    expect(r.calls.filter((c) => c.includes('/bot'))).toEqual([]);
    expect(r.calls).toHaveLength(2);
  });

  test('no images (build: false, or a build that reported none): a clear error, gh never called', () => {
    for (const images of ['', '{}', 'null', '[1]']) {
      const r = verify(images, all);
      expect({ images, code: r.code }).toEqual({ images, code: 1 });
      expect(r.out).toContain('::error::verify-attestations: no images to verify');
      expect(r.out).toContain('it needs build: true');
      expect(r.calls).toEqual([]);
    }
  });

  test('with a registry password: docker login for that registry only, password on stdin, config removed after', () => {
    const r = verify(IMAGES, all, {
      REGISTRY: 'ghcr.io/your-org',
      REGISTRY_USERNAME: 'octocat',
      REGISTRY_PASSWORD: 'ghs_token',
    });
    expect(r.code).toBe(0);
    const login = r.calls[0];
    expect(login).toMatch(/^docker login ghcr\.io -u octocat --password-stdin\|config=.+\|stdin=ghs_token$/);
    const config = /config=([^|]+)/.exec(login)?.[1] as string;
    expect(existsSync(config)).toBe(false);
    expect(r.calls.slice(1)).toHaveLength(3);
    expect(verify(IMAGES, all).calls.filter((c) => c.startsWith('docker'))).toEqual([]);
  });
});
