import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { toSettings, type RawInputs } from '../../src/config/settings.js';
import { runPipeline, type Outputs } from '../../src/pipeline.js';
import { build } from '../../src/steps/build.js';
import { MemoryLogger } from '../../src/util/logger.js';
import { fakeDocker, fakeProject } from '../helpers/fake-bake.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const dir = fakeProject();
  made.push(dir);
  return dir;
}

describe('platforms reach bake', () => {
  test('build(): every target of the override carries them', async () => {
    const dir = project();
    const docker = fakeDocker(dir);
    await build(
      {
        settings: toSettings(
          { command: 'build', 'compose-files': 'compose.yml', push: 'true', cache: 'none' },
          { onGitHub: false },
        ),
        cwd: dir,
        composeFiles: [join(dir, 'compose.yml')],
        envVars: {},
        git: {},
        platforms: ['linux/amd64', 'linux/arm64'],
        tempDir: join(dir, 'tmp'),
      },
      { logger: new MemoryLogger(), runLocal: docker.run, env: {} },
    );
    expect(docker.bakes).toHaveLength(1);
    for (const s of ['api', 'worker'])
      expect(docker.bakes[0].override.target[s].platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(docker.bakes[0].argv).toContain('--push');
  });

  test.each<[string, RawInputs, string[] | undefined]>([
    ['the platforms input', { platforms: 'linux/amd64,\nlinux/arm/v7' }, ['linux/amd64', 'linux/arm/v7']],
    ['no platforms input', {}, undefined],
  ])('the build command passes %s from the settings', async (_, extra, expected) => {
    const dir = project();
    const docker = fakeDocker(dir);
    const out: Record<string, string> = {};
    const outputs: Outputs = { set: (k, v) => void (out[k] = v), summary: () => {} };
    const settings = toSettings(
      {
        command: 'build',
        'working-directory': dir,
        'compose-files': 'compose.yml',
        policy: 'compose',
        env: 'GREETING=hi\n',
        push: 'true',
        cache: 'none',
        ...extra,
      },
      { onGitHub: false },
    );
    const logger = new MemoryLogger();
    const r = await runPipeline(settings, {
      logger,
      outputs,
      runLocal: docker.run,
      env: {},
      openTransport: () => Promise.reject(new Error('build reaches no host')),
    }).catch((e) => {
      throw new Error(logger.text(), { cause: e });
    });
    expect(r.status).toBe('success');
    expect(docker.bakes[0].override.target.api.platforms).toEqual(expected);
    expect(JSON.parse(out.images)).toEqual({
      api: `r.example/api:v1@sha256:${'a'.repeat(64)}`,
      worker: `r.example/worker:v1@sha256:${'a'.repeat(64)}`,
    });
  });
});
