import { brief, run } from './helpers.js';

type Obj = Record<string, unknown>;
const svc = (r: { model?: Obj }, name = 's'): Obj => (r.model?.services as Record<string, Obj>)[name];

describe('override merge rules (compose-go override.Merge + EnforceUnicity)', () => {
  test('mappings recurse, scalars: later wins, sequences append', async () => {
    const r = await run({
      'a.yml': 'services:\n  s:\n    image: a:1\n    dns_search: [x]\n    cap_add: [NET_RAW]\n',
      'b.yml': 'services:\n  s:\n    image: b:2\n    cap_add: [CHOWN]\n',
    });
    expect(svc(r)).toMatchObject({ image: 'b:2', cap_add: ['NET_RAW', 'CHOWN'] });
  });

  test('command, entrypoint and healthcheck.test are replaced, not appended', async () => {
    const r = await run({
      'a.yml':
        'services:\n  s:\n    image: a:1\n    command: [a, b]\n    entrypoint: [x]\n    healthcheck: {test: [CMD, a], interval: 5s}\n',
      'b.yml': 'services:\n  s:\n    command: c\n    entrypoint: [y]\n    healthcheck: {test: [CMD, b]}\n',
    });
    expect(svc(r)).toMatchObject({
      command: 'c',
      entrypoint: ['y'],
      healthcheck: { test: ['CMD', 'b'], interval: '5s' },
    });
  });

  test('environment merges by key across list and map syntax, last wins', async () => {
    const r = await run({
      'a.yml': 'services:\n  s:\n    image: a:1\n    environment: [A=1, B=2]\n',
      'b.yml': 'services:\n  s:\n    environment: {B: "3", C: 4}\n',
    });
    expect(svc(r).environment).toEqual(['A=1', 'B=3', 'C=4']);
  });

  test('ports append and are unique by their text; volumes are unique by target', async () => {
    const r = await run({
      'a.yml':
        'services:\n  s:\n    image: a:1\n    ports: ["80:80"]\n    volumes: ["./a:/data", "./c:/cfg"]\n',
      'b.yml': 'services:\n  s:\n    ports: ["80:80", "443:443"]\n    volumes: ["./b:/data/"]\n',
    });
    expect(svc(r).ports).toEqual(['80:80', '443:443']);
    expect(svc(r).volumes).toEqual(['./b:/data/', './c:/cfg']);
  });

  test('depends_on: a list becomes a mapping, then merges by key', async () => {
    const r = await run({
      'a.yml':
        'services:\n  db: {image: p:1}\n  c: {image: r:1}\n  s:\n    image: a:1\n    depends_on: [db, c]\n',
      'b.yml': 'services:\n  s:\n    depends_on:\n      db: {condition: service_healthy}\n',
    });
    expect(svc(r).depends_on).toEqual({
      db: { condition: 'service_healthy', required: true },
      c: { condition: 'service_started', required: true },
    });
  });

  test('!reset removes, !override replaces without merging', async () => {
    const r = await run({
      'a.yml':
        'services:\n  s:\n    image: a:1\n    ports: ["80:80"]\n    environment: {A: "1"}\n    labels: [x=1]\n',
      'b.yml':
        'services:\n  s:\n    ports: !override ["81:81"]\n    environment: !reset {}\n    labels: !reset null\n',
    });
    expect(svc(r).ports).toEqual(['81:81']);
    expect(svc(r)).not.toHaveProperty('environment');
    expect(svc(r)).not.toHaveProperty('labels');
  });

  test('x- keys are replaced whole; a null override keeps the base value', async () => {
    const r = await run({
      'a.yml': 'x-k: {a: 1}\nservices:\n  s:\n    image: a:1\n    user: root\n',
      'b.yml': 'x-k: {b: 2}\nservices:\n  s:\n    user:\n',
    });
    expect(r.model?.['x-k']).toEqual({ b: 2 });
    expect(svc(r).user).toBe('root');
  });

  test('build: a string becomes {context} before merging', async () => {
    const r = await run({
      'a.yml': 'services:\n  s:\n    build: ./app\n',
      'b.yml': 'services:\n  s:\n    build: {dockerfile: Dockerfile.prod}\n',
    });
    expect(svc(r).build).toEqual({ context: './app', dockerfile: 'Dockerfile.prod' });
  });

  test('each file is interpolated before the merge', async () => {
    const r = await run(
      {
        'a.yml': 'services:\n  s:\n    image: "a:${TAG}"\n',
        'b.yml': 'services:\n  s:\n    environment: {T: "${TAG:-none}"}\n',
      },
      { extraVars: { TAG: '7' } },
    );
    expect(svc(r)).toMatchObject({ image: 'a:7', environment: { T: '7' } });
  });

  test('extends (same file) merges the base service under the extending one', async () => {
    const r = await run({
      'c.yml':
        'services:\n  base: {image: b:1, environment: {A: "1"}}\n  s:\n    extends: base\n    environment: {B: "2"}\n',
    });
    expect(svc(r)).toMatchObject({ image: 'b:1', environment: ['A=1', 'B=2'] });
    expect(svc(r)).not.toHaveProperty('extends');
  });

  test('a merge conflict of kinds is reported at the override node', async () => {
    const r = await run({
      'a.yml': 'services:\n  s:\n    image: a:1\n    cap_add: [X]\n',
      'b.yml': 'services:\n  s:\n    cap_add: Y\n',
    });
    expect(brief(r.findings)).toContain(
      'SD-SCH-004 3:14 services.s.cap_add: cannot override a list with a scalar',
    );
  });
});
