// Finding 4: the validator interpolates only from .env and the documented variables, and no interpolated
// or secret-length .env value reaches a finding, SARIF or --json.
import { formatJson, reportRedactor, toSarif, validate } from '../../../src/config/validate/index.js';
import { redact, redactor } from '../../../src/util/sensitive.js';
import { cleanup, tmpProject } from '../validate/helpers.js';

const TOKEN = 'ghs_runtimetoken0123456789abcdef';
const INPUT_ENV = 'DB_URL=postgres://u:inputenvsecret@db/x';

async function check(files: Record<string, string>, processEnv: Record<string, string> = {}) {
  const dir = tmpProject(files);
  try {
    const r = await validate({
      cwd: dir,
      composeFiles: ['compose.yml'],
      profile: 'dev',
      policy: 'compose',
      processEnv,
    });
    const all = [JSON.stringify(r.findings), JSON.stringify(toSarif(r, '0')), formatJson(r)].join('\n');
    return { r, all };
  } finally {
    cleanup(dir);
  }
}

describe('interpolation sources', () => {
  test('${ACTIONS_RUNTIME_TOKEN} and ${INPUT_ENV} are not read from the runner environment', async () => {
    const { r, all } = await check(
      {
        'compose.yml':
          'services:\n  web:\n    image: "busybox:${ACTIONS_RUNTIME_TOKEN}"\n    environment:\n      E: "${INPUT_ENV}"\n      H: "${HOME}"\n',
      },
      { ACTIONS_RUNTIME_TOKEN: TOKEN, INPUT_ENV, HOME: '/home/runner' },
    );
    expect(JSON.stringify(r.model)).not.toContain(TOKEN);
    expect(JSON.stringify(r.model)).not.toContain('inputenvsecret');
    expect(JSON.stringify(r.model)).not.toContain('/home/runner');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('inputenvsecret');
    expect(r.findings.map((f) => `${f.rule} ${f.line} ${f.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SD-ENV-00\d 3 .*ACTIONS_RUNTIME_TOKEN/)]),
    );
  });

  test('a bare KEY line in .env still takes a value from the environment, but never a runner-internal one', async () => {
    const { r } = await check(
      {
        'compose.yml':
          'services:\n  web:\n    image: "busybox:${TAG}"\n    environment: {T: "${GITHUB_TOKEN}"}\n',
        '.env': 'TAG\nGITHUB_TOKEN\n',
      },
      { TAG: '1.2', GITHUB_TOKEN: TOKEN },
    );
    expect(r.model).toMatchObject({ services: { web: { image: 'busybox:1.2' } } });
    expect(JSON.stringify(r.model)).not.toContain(TOKEN);
  });
});

describe('values in messages', () => {
  test('a .env value of secret-like length is redacted wherever it appears, even under a harmless name', async () => {
    const { all, r } = await check({
      'compose.yml': 'services:\n  web:\n    image: busybox:1\n    cpus: "${APP_MODE}"\n',
      '.env': 'APP_MODE=zq8vXw2LmN4pRt\n',
    });
    expect(r.findings.length).toBeGreaterThan(0);
    expect(all).not.toContain('zq8vXw2LmN4pRt');
    expect(all).toContain('[REDACTED]');
  });

  test('the image coordinates REGISTRY and IMAGE_TAG stay readable; a secret-named one does not', async () => {
    const dir = tmpProject({
      'compose.yml': 'services:\n  web:\n    image: "${REGISTRY}/web:${IMAGE_TAG}"\n',
      '.env': 'REGISTRY=registry.example:5000\nIMAGE_TAG=pr-1234567\nAPI_TOKEN=zq8vXw2LmN4pRt\n',
    });
    try {
      const r = await validate({
        cwd: dir,
        composeFiles: ['compose.yml'],
        profile: 'dev',
        policy: 'compose',
      });
      const red = reportRedactor(r);
      expect(red('pull registry.example:5000/web:pr-1234567 with zq8vXw2LmN4pRt')).toBe(
        'pull registry.example:5000/web:pr-1234567 with [REDACTED]',
      );
    } finally {
      cleanup(dir);
    }
  });

  test('a value a bare KEY took from the environment never appears in a message', async () => {
    const { all, r } = await check(
      {
        'compose.yml': 'services:\n  web:\n    image: busybox:1\n    cpus: "${N}"\n',
        '.env': 'N\n',
      },
      { N: 'q7zk' },
    );
    expect(r.findings.length).toBeGreaterThan(0);
    expect(all).not.toContain('q7zk');
  });
});

describe('one redactor', () => {
  test('every line of a multi-line secret, long values anywhere, short values as words', () => {
    const key = '-----BEGIN KEY-----\nAAAAline-one\nBBBBline-two\n-----END KEY-----';
    const r = redactor([key, 'ab', 'longsecret']);
    expect(r('x BBBBline-two y, xlongsecretx, ab, cab')).toBe(
      'x [REDACTED] y, x[REDACTED]x, [REDACTED], cab',
    );
    expect(redact('AAAAline-one', [key])).toBe('[REDACTED]');
  });
});
