// Compose files and .env (written by the repository, changeable by a PR author) through validate().
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { toSarif, validate } from '../../../src/config/validate/index.js';
import { bundleLayout } from '../../../src/plan/bundle.js';
import type { BadInput, Outcome } from './types.js';
import { aliasBomb, deepBlock, deepFlow, interpolationChain } from './yaml-bombs.js';

const SECRET = 'Zq8vXw2LmN4pRtY7';

async function check(
  files: Record<string, string>,
  opts: {
    processEnv?: Record<string, string>;
    links?: Record<string, string>;
    policy?: 'stack' | 'compose';
  } = {},
): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'sd-bad-'));
  const outside = mkdtempSync(join(tmpdir(), 'sd-bad-out-'));
  try {
    writeFileSync(join(outside, 'config.json'), '{}');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    for (const [name, target] of Object.entries(opts.links ?? {}))
      symlinkSync(target.replace('$OUTSIDE', outside), join(dir, name));
    const r = await validate({
      cwd: dir,
      composeFiles: ['compose.yml'],
      profile: 'prod',
      policy: opts.policy ?? 'compose',
      processEnv: opts.processEnv ?? {},
    });
    const shown = JSON.stringify([r.findings, toSarif(r, '0')]);
    if (shown.includes(SECRET) || shown.includes('runner-token-value'))
      return { kind: 'accepted', text: 'a secret reached the findings' };
    const err =
      r.findings.find((f) => f.severity === 'error') ?? r.findings.find((f) => f.severity === 'warning');
    const text = err
      ? `${err.rule} ${err.file}:${err.line} ${err.message}`
          .replaceAll(outside, '<outside>')
          .replaceAll(dir, '<wd>')
      : 'no finding';
    return { kind: err?.severity === 'error' ? 'error' : err ? 'neutralised' : 'accepted', text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
}

const svc = (body: string, top = '') => `services:\n  web:\n    image: busybox:1.36\n${body}${top}`;

const c = (
  input: string,
  files: Record<string, string>,
  opts: Parameters<typeof check>[1] = {},
  expect: BadInput['expect'] = 'error',
  area = 'compose',
): BadInput => ({ area, input, expect, run: () => check(files, opts) });

export const COMPOSE_CASES: BadInput[] = [
  {
    area: 'compose',
    input: 'bind mount of ../../etc (outside the working directory)',
    expect: 'error',
    run: () => {
      try {
        bundleLayout(['compose.yml'], ['../../etc']);
        return { kind: 'accepted', text: 'shipped' };
      } catch (e) {
        return { kind: 'error', text: `release bundle: ${(e as Error).message}` };
      }
    },
  },
  c(
    'bind mount that is a symlink to ~/.docker/config.json',
    { 'compose.yml': svc('    volumes: ["./d.json:/d.json"]\n') },
    { links: { 'd.json': '$OUTSIDE/config.json' } },
  ),
  c(
    'bind-mounted folder holding a symlink out',
    { 'compose.yml': svc('    volumes: ["./conf:/c"]\n'), 'conf/a': 'x' },
    { links: { 'conf/out': '$OUTSIDE' } },
  ),
  c(
    'env_file that is a symlink out',
    { 'compose.yml': svc('    env_file: ./app.env\n') },
    { links: { 'app.env': '$OUTSIDE/config.json' } },
  ),
  c(
    'configs file under a symlinked folder',
    { 'compose.yml': svc('', 'configs:\n  c:\n    file: ./h/config.json\n') },
    { links: { h: '$OUTSIDE' } },
  ),
  c(
    'secrets file that is a symlink out',
    { 'compose.yml': svc('', 'secrets:\n  s:\n    file: ./s.txt\n') },
    { links: { 's.txt': '$OUTSIDE/config.json' } },
  ),
  c(
    'symlink loop in a shipped folder',
    { 'compose.yml': svc('    volumes: ["./conf:/c"]\n'), 'conf/f': 'x' },
    { links: { 'conf/a': 'b', 'conf/b': 'a' } },
  ),
  c('service named -v', { 'compose.yml': 'services:\n  -v:\n    image: busybox:1.36\n' }),
  c('service named --rm', { 'compose.yml': 'services:\n  --rm:\n    image: busybox:1.36\n' }),
  c('service name with $(id)', { 'compose.yml': 'services:\n  $(id):\n    image: busybox:1.36\n' }),
  c(
    '${ACTIONS_RUNTIME_TOKEN} in an image',
    { 'compose.yml': 'services:\n  web:\n    image: "busybox:${ACTIONS_RUNTIME_TOKEN}"\n' },
    { processEnv: { ACTIONS_RUNTIME_TOKEN: 'runner-token-value' } },
    'neutralised',
  ),
  c(
    '${INPUT_ENV} in an environment value',
    { 'compose.yml': svc('    environment: {E: "${INPUT_ENV}"}\n') },
    { processEnv: { INPUT_ENV: 'runner-token-value' } },
    'neutralised',
  ),
  c(
    '${GITHUB_TOKEN} through a bare .env line',
    { 'compose.yml': svc('    environment: {E: "${GITHUB_TOKEN}"}\n'), '.env': 'GITHUB_TOKEN\n' },
    { processEnv: { GITHUB_TOKEN: 'runner-token-value' } },
    'neutralised',
  ),
  c('a .env secret used where a number is expected', {
    'compose.yml': svc('    cpus: "${K}"\n'),
    '.env': `K=${SECRET}\n`,
  }),
  c('a credential-named .env value in a bad port', {
    'compose.yml': svc('    ports: ["${DB_PASSWORD}:80"]\n'),
    '.env': `DB_PASSWORD=${SECRET}\n`,
  }),
  c('alias bomb padded with 2,000 keys', { 'compose.yml': aliasBomb(2000) }),
  c('flow sequences 20,000 deep', { 'compose.yml': deepFlow(20000) }),
  c('flow mappings 20,000 deep', { 'compose.yml': deepFlow(20000, 'map') }),
  c('block mappings 300 deep', { 'compose.yml': deepBlock(300) }),
  c('${…} chain 20,000 deep', { 'compose.yml': interpolationChain(20000) }),
  c(
    '${…} chain 5,000 deep in .env',
    { 'compose.yml': svc(''), '.env': `A=${'${B:-'.repeat(5000)}x${'}'.repeat(5000)}\n` },
    {},
    'error',
    '.env',
  ),
  c('2 MiB compose file', { 'compose.yml': svc(`    x-pad: "${'a'.repeat(2 * 1024 * 1024)}"\n`) }),
  c(
    '3 MiB .env',
    { 'compose.yml': svc(''), '.env': `A=${'b'.repeat(3 * 1024 * 1024)}\n` },
    {},
    'error',
    '.env',
  ),
  c('unknown alias', { 'compose.yml': svc('    labels: *nope\n') }),
  c('alias to a node containing it', { 'compose.yml': 'x: &a\n  b: *a\n' + svc('') }),
  c('unknown YAML tag !!python/object', { 'compose.yml': svc('    labels: !!python/object:os.system id\n') }),
  c('unknown YAML tag !env', { 'compose.yml': svc('    labels: !env X\n') }),
  c('duplicate service key', {
    'compose.yml': 'services:\n  web:\n    image: a:1\n  web:\n    image: b:1\n',
  }),
  c('tab indentation', { 'compose.yml': 'services:\n\tweb:\n\t\timage: a:1\n' }),
  c('top level is a list', { 'compose.yml': '- a\n- b\n' }),
  c('top level is a string', { 'compose.yml': 'hello\n' }),
  c('empty file', { 'compose.yml': '' }),
  c('only a comment', { 'compose.yml': '# nothing\n' }),
  c('services is a list', { 'compose.yml': 'services:\n  - web\n' }),
  c('image is a mapping', { 'compose.yml': 'services:\n  web:\n    image: {a: 1}\n' }),
  c('ports with a shell command', { 'compose.yml': svc('    ports: ["$(id):80"]\n') }),
  c('port out of range', { 'compose.yml': svc('    ports: ["70000:80"]\n') }),
  c('healthcheck interval "ten"', {
    'compose.yml': svc('    healthcheck: {test: ["CMD", "true"], interval: ten}\n'),
  }),
  c('privileged: maybe', { 'compose.yml': svc('    privileged: maybe\n') }),
  c('depends_on an unknown service', { 'compose.yml': svc('    depends_on: [ghost]\n') }),
  c('depends_on cycle', {
    'compose.yml':
      'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n',
  }),
  c('extends cycle', {
    'compose.yml': 'services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    image: x:1\n    extends: a\n',
  }),
  c('include of itself', { 'compose.yml': 'include: [compose.yml]\n' + svc('') }),
  c('include of a missing file', { 'compose.yml': 'include: [nope.yml]\n' + svc('') }),
  c('env_file missing', { 'compose.yml': svc('    env_file: ./missing.env\n') }),
  c(
    'bind mount of /var/run/docker.sock (stack policy)',
    { 'compose.yml': svc('    volumes: ["/var/run/docker.sock:/s"]\n') },
    { policy: 'stack' },
  ),
  c('privileged: true (stack policy)', { 'compose.yml': svc('    privileged: true\n') }, { policy: 'stack' }),
  c(
    'network_mode: host (stack policy)',
    { 'compose.yml': svc('    network_mode: host\n') },
    { policy: 'stack' },
  ),
  c(
    'literal password in compose (stack policy)',
    { 'compose.yml': svc('    environment: {DB_PASSWORD: hunter2hunter2}\n') },
    { policy: 'stack' },
  ),
  c('invalid interpolation ${', { 'compose.yml': svc('    image: "busybox:${"\n') }),
  c('${VAR:?required} unset', { 'compose.yml': svc('    environment: {A: "${NEEDED:?set it}"}\n') }),
  c(
    'unset variable in prod',
    { 'compose.yml': svc('    environment: {A: "${NOT_SET}"}\n') },
    { policy: 'stack' },
    'neutralised',
  ),
  c('.env key with a space', { 'compose.yml': svc(''), '.env': 'MY KEY=1\n' }, {}, 'error', '.env'),
  c('.env unterminated quote', { 'compose.yml': svc(''), '.env': 'A="open\n' }, {}, 'error', '.env'),
  c('.env invalid interpolation', { 'compose.yml': svc(''), '.env': 'A=${\n' }, {}, 'error', '.env'),
  c(
    '.env that is a symlink out',
    { 'compose.yml': svc('') },
    { links: { '.env': '$OUTSIDE/config.json' } },
    'error',
    '.env',
  ),
  c('compose.yml that is a symlink out', {}, { links: { 'compose.yml': '$OUTSIDE/config.json' } }),
];
