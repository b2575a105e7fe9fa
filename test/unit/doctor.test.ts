import { doctorScript, parseSections, tlsTargetsOf } from '../../src/plan/doctor.js';
import { factsOf, type ContainerFact, type DoctorFacts } from '../../src/plan/doctor-facts.js';
import { diagnose, type Check } from '../../src/steps/doctor-checks.js';
import { renderSummary, renderText, report } from '../../src/steps/doctor-render.js';

const T = 'sd-doctor-0123456789abcdef01234567';
const HOST_TIME = Date.parse('2026-12-02T05:00:00Z') / 1000;

function container(over: Partial<ContainerFact> = {}): ContainerFact {
  return {
    id: 'c'.repeat(64),
    name: 'p-web-1',
    service: 'web',
    status: 'running',
    exitCode: 0,
    oomKilled: false,
    error: '',
    startedAt: '2026-12-02T04:00:00Z',
    finishedAt: '0001-01-01T00:00:00Z',
    restartCount: 0,
    restartPolicy: 'no',
    healthLog: [],
    configHash: 'h-web',
    user: '',
    memoryLimit: 0,
    cpuLimit: 0,
    ports: {},
    ...over,
  };
}

function facts(over: Partial<DoctorFacts> = {}): DoctorFacts {
  return {
    release: '20261202-040000-abc1234',
    dockerRoot: '/var/lib/docker',
    hostTime: HOST_TIME,
    envMode: '600',
    services: [
      {
        name: 'web',
        dependsOn: [{ name: 'db', condition: 'service_healthy' }],
        networks: ['default'],
        ports: [],
        user: '',
      },
      { name: 'db', dependsOn: [], networks: ['default'], ports: [], user: '' },
    ],
    volumes: [],
    configHashes: { web: 'h-web', db: 'h-db' },
    kinds: { web: 'run', db: 'health' },
    containers: [
      container(),
      container({ id: 'd'.repeat(64), name: 'p-db-1', service: 'db', health: 'healthy', configHash: 'h-db' }),
    ],
    logs: {},
    stats: {},
    cpuStat: {},
    reclaimable: [],
    volumeList: [],
    listeners: [],
    resolve: [],
    writable: [],
    urls: [],
    tls: [],
    ...over,
  };
}

const ctx = { dir: '~/stack-deploy/p', project: 'p' };
const pick = (checks: Check[], subject: string) => {
  const c = checks.find((x) => x.subject === subject);
  if (!c) throw new Error(`no check ${subject} in ${checks.map((x) => x.subject).join(', ')}`);
  return c;
};
const levels = (checks: Check[]) => checks.map((c) => `${c.level} ${c.subject}`);

describe('doctor host script', () => {
  test('values are arguments, never script text', () => {
    const argv = doctorScript("~/d'ir", 'p;rm -rf /', T, ['http://a/$(x)'], ['a:443']);
    expect(argv.slice(0, 2)).toEqual(['sh', '-c']);
    expect(argv.slice(3)).toEqual(['sh', "~/d'ir", 'p;rm -rf /', T, 'http://a/$(x)', 'a:443']);
    expect(argv[2]).not.toContain('rm -rf');
    expect(argv[2]).not.toContain(T);
  });

  test('sections split on the token only: a log line cannot forge one', () => {
    const out = [
      'noise before',
      `::${T} meta`,
      'release=r1',
      `::${T} logs abc`,
      '::sd-doctor-guess meta',
      'release=forged',
      `::${T} end`,
    ].join('\n');
    const s = parseSections(out, T);
    expect(s.map((x) => x.name)).toEqual(['meta', 'logs', 'end']);
    expect(s[1]).toEqual({ name: 'logs', args: ['abc'], body: '::sd-doctor-guess meta\nrelease=forged' });
    expect(factsOf(s).release).toBe('r1');
  });

  test('https health URLs become TLS targets', () => {
    expect(
      tlsTargetsOf(['http://127.0.0.1:8080/', 'https://example.test/healthz', 'https://[::1]:8443/']),
    ).toEqual(['example.test:443', '[::1]:8443']);
  });

  test('facts from sections: config, inspect, stats, df, tls, urls', () => {
    const cfg = {
      services: {
        web: {
          depends_on: { db: { condition: 'service_healthy', required: true } },
          networks: { front: null, back: null },
          ports: [{ host_ip: '127.0.0.1', target: 8080, published: '19810', protocol: 'tcp' }],
        },
      },
      volumes: { data: { name: 'p_data' }, ext: { name: 'shared', external: true } },
    };
    const inspect = [
      {
        Id: 'c1',
        Name: '/p-web-1',
        RestartCount: 2,
        State: {
          Status: 'exited',
          ExitCode: 137,
          OOMKilled: true,
          Health: { Status: 'unhealthy', Log: [{ ExitCode: 1, Output: 'down\n' }] },
        },
        Config: {
          User: '1000',
          Labels: { 'com.docker.compose.service': 'web', 'com.docker.compose.config-hash': 'h1' },
        },
        HostConfig: { Memory: 16777216, NanoCpus: 500000000, RestartPolicy: { Name: 'always' } },
        NetworkSettings: { Ports: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '19810' }] } },
      },
    ];
    const out = [
      `::${T} meta`,
      'release=r1',
      'docker-root=/var/lib/docker',
      'time=1796185000',
      `::${T} env-mode`,
      '644',
      `::${T} config`,
      JSON.stringify(cfg),
      `::${T} config-hash`,
      'web h2',
      `::${T} services`,
      'web\thealth',
      `::${T} inspect`,
      JSON.stringify(inspect),
      `::${T} logs c1`,
      'line 1',
      'line 2',
      `::${T} cpu-stat c1`,
      'nr_periods 100',
      'nr_throttled 30',
      `::${T} stats`,
      '{"ID":"c1","CPUPerc":"12.5%","MemPerc":"95.1%","MemUsage":"15MiB / 16MiB"}',
      `::${T} df`,
      '/dev/vda 1000000 900000 100000 90% /var/lib/docker',
      `::${T} df-inodes`,
      '/dev/vda 1000 990 10 99% /var/lib/docker',
      `::${T} volumes`,
      'p_data\tp',
      'p_old\tp',
      `::${T} listeners`,
      'LISTEN 0 128 127.0.0.1:19810 0.0.0.0:* users:(("python3",pid=7,fd=3))',
      `::${T} url 0 7`,
      'curl: (7) Failed to connect',
      '000',
      `::${T} tls 127.0.0.1:443 0 1`,
      'notAfter=Dec  5 04:22:08 2026 GMT',
      'subject=CN = x',
      `::${T} end`,
    ].join('\n');
    const f = factsOf(parseSections(out, T), ['http://127.0.0.1:19810/']);
    expect(f.services?.[0]).toEqual({
      name: 'web',
      dependsOn: [{ name: 'db', condition: 'service_healthy' }],
      networks: ['front', 'back'],
      ports: [{ hostIp: '127.0.0.1', published: '19810', target: 8080, protocol: 'tcp' }],
      user: '',
    });
    expect(f.volumes).toEqual([
      { key: 'data', name: 'p_data', external: false },
      { key: 'ext', name: 'shared', external: true },
    ]);
    expect(f.containers[0]).toMatchObject({
      name: 'p-web-1',
      oomKilled: true,
      health: 'unhealthy',
      healthLog: [{ exitCode: 1, output: 'down' }],
      memoryLimit: 16777216,
      cpuLimit: 0.5,
      user: '1000',
    });
    expect(f.logs.c1).toEqual(['line 1', 'line 2']);
    expect(f.cpuStat.c1).toEqual({ periods: 100, throttled: 30 });
    expect(f.stats.c1).toEqual({ cpuPerc: 12.5, memPerc: 95.1, memUsage: '15MiB / 16MiB' });
    expect(f.disk).toEqual({ sizeKb: 1000000, availKb: 100000 });
    expect(f.inodes).toEqual({ total: 1000, free: 10 });
    expect(f.urls).toEqual([
      { url: 'http://127.0.0.1:19810/', rc: 7, output: ['curl: (7) Failed to connect', '000'] },
    ]);
    expect(f.tls[0]).toMatchObject({ target: '127.0.0.1:443', found: true, expired: false, within14: true });
    expect(f.envMode).toBe('644');
    expect(f.configHashes).toEqual({ web: 'h2' });
  });
});

describe('doctor checks', () => {
  test('a healthy stack: every check ok', () => {
    const checks = diagnose(facts(), ctx);
    expect(checks.filter((c) => c.level !== 'ok')).toEqual([]);
    expect(levels(checks)).toEqual([
      'ok web',
      'ok db',
      'ok web → db',
      'ok web config',
      'ok db config',
      'ok .env',
    ]);
  });

  test('no current release is one problem', () => {
    expect(diagnose(facts({ release: '' }), ctx)).toEqual([
      expect.objectContaining({ level: 'problem', summary: 'no current release in ~/stack-deploy/p' }),
    ]);
  });

  test.each([
    [
      { oomKilled: true, status: 'exited', exitCode: 137, memoryLimit: 16 * 1024 * 1024 },
      'problem',
      'was OOM-killed (memory limit 16MiB); status exited',
      /raise mem_limit/,
    ],
    [
      { status: 'restarting', restartCount: 5, exitCode: 3 },
      'problem',
      'restart loop: restarted 5 times, last exit code 3',
      /read the last log lines/,
    ],
    [
      { status: 'running', restartCount: 4, startedAt: '2026-12-02T04:59:30Z' },
      'problem',
      'restart loop: restarted 4 times (up again for the moment)',
      /read the last log lines/,
    ],
    [
      { status: 'running', restartCount: 1 },
      'warning',
      'running, restarted 1 times since it was created',
      /logs web/,
    ],
    [{ status: 'exited', exitCode: 1 }, 'problem', 'not running: exited (exit code 1)', /up -d web/],
    [
      { status: 'created', error: 'listen tcp4 127.0.0.1:80: bind: address already in use' },
      'problem',
      'not running: created; its port is taken',
      /free the published port/,
    ],
    [
      { health: 'unhealthy', healthLog: [{ exitCode: 1, output: 'refused' }] },
      'problem',
      'running but unhealthy',
      /restart web/,
    ],
    [{ health: 'starting' }, 'warning', 'health check still starting', /again/],
  ] as const)('container %j → %s', (over, level, summary, next) => {
    const f = facts({ logs: { ['c'.repeat(64)]: ['boom'] } });
    f.containers[0] = container(over as unknown as Partial<ContainerFact>);
    const c = pick(diagnose(f, ctx), 'web');
    expect(c).toMatchObject({ level, summary });
    expect(c.next).toMatch(next);
    if (level === 'problem' && !('health' in over)) expect(c.evidence).toContain('boom');
  });

  test('a long-running service without a container; a failed one-shot', () => {
    const f = facts({ kinds: { web: 'run', db: 'health', migrate: 'oneshot' } });
    f.services?.push({ name: 'migrate', dependsOn: [], networks: ['default'], ports: [], user: '' });
    f.containers = [
      f.containers[0],
      container({ id: 'm', service: 'migrate', status: 'exited', exitCode: 2 }),
    ];
    const checks = diagnose(f, ctx);
    expect(pick(checks, 'db')).toMatchObject({ level: 'problem', summary: 'no container' });
    expect(pick(checks, 'migrate')).toMatchObject({
      level: 'problem',
      summary: 'one-shot exited with code 2',
    });
    expect(pick(checks, 'web → db')).toMatchObject({
      level: 'problem',
      summary: 'db (service_healthy) is has no container',
    });
  });

  test('dependencies: stopped, not healthy yet, completed; name resolution', () => {
    const f = facts({
      resolve: [
        { service: 'web', target: 'db', rc: 1, output: ["** server can't find db: NXDOMAIN"] },
        {
          service: 'web',
          target: 'cache',
          rc: 127,
          output: ['exec: "sh": executable file not found in $PATH'],
        },
        {
          service: 'web',
          target: 'api',
          rc: 125,
          output: ['Error response from daemon: container is not running'],
        },
        { service: 'web', target: 'db2', rc: 0, output: ['172.18.0.2 db2'] },
      ],
    });
    f.containers[1] = container({ id: 'd', service: 'db', status: 'exited', exitCode: 137 });
    const checks = diagnose(f, ctx);
    expect(pick(checks, 'web → db')).toMatchObject({
      level: 'problem',
      summary: 'db (service_healthy) is exited (exit 137)',
    });
    expect(pick(checks, 'web → db').next).toContain('up -d db');
    expect(pick(checks, 'web resolves db')).toMatchObject({
      level: 'problem',
      summary: 'db does not resolve on default',
    });
    expect(pick(checks, 'web resolves cache').level).toBe('warning');
    expect(pick(checks, 'web resolves api').level).toBe('warning');
    expect(pick(checks, 'web resolves db2').level).toBe('ok');
    f.containers[1] = container({ id: 'd', service: 'db', health: 'starting' });
    expect(pick(diagnose(f, ctx), 'web → db').summary).toBe(
      'db (service_healthy) is running, health starting',
    );
  });

  test('resources: near the memory and CPU limit, throttled; disk and inodes', () => {
    const id = 'c'.repeat(64);
    const f = facts({
      stats: { [id]: { cpuPerc: 48, memPerc: 95, memUsage: '15MiB / 16MiB' } },
      cpuStat: { [id]: { periods: 100, throttled: 40 } },
      disk: { sizeKb: 100 * 1024 * 1024, availKb: 10 * 1024 * 1024 },
      inodes: { total: 1000, free: 20 },
      reclaimable: [{ type: 'Images', reclaimable: '3GB (50%)', size: '6GB' }],
    });
    f.containers[0] = container({ memoryLimit: 16 * 1024 * 1024, cpuLimit: 0.5 });
    const checks = diagnose(f, ctx);
    const r = checks.find((c) => c.area === 'resources' && c.subject === 'web') as Check;
    expect(r.level).toBe('warning');
    expect(r.summary).toBe(
      'memory 15MiB / 16MiB (95% of the limit); cpu 48% of 0.5 CPU limit; throttled in 40 of 100 CPU periods (40%)',
    );
    expect(pick(checks, 'disk /var/lib/docker')).toMatchObject({
      level: 'warning',
      summary: '10.0GiB free (10%)',
    });
    expect(pick(checks, 'disk /var/lib/docker').next).toContain('docker image prune');
    expect(pick(checks, 'inodes /var/lib/docker')).toMatchObject({
      level: 'problem',
      summary: '20 free (2%)',
    });
    f.disk = { sizeKb: 100 * 1024 * 1024, availKb: 512 * 1024 };
    expect(pick(diagnose(f, ctx), 'disk /var/lib/docker').level).toBe('problem');
    f.disk = { sizeKb: 100 * 1024 * 1024, availKb: 50 * 1024 * 1024 };
    f.inodes = { total: 1000, free: 500 };
    f.stats[id] = { cpuPerc: 1, memPerc: 10, memUsage: '1MiB / 16MiB' };
    f.cpuStat = {};
    expect(
      diagnose(f, ctx)
        .filter((c) => c.area === 'resources')
        .map((c) => c.level),
    ).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  test('access: port bound, taken, not bound; URLs; certificates', () => {
    const f = facts({
      listeners: ['LISTEN 0 128 127.0.0.1:8443 0.0.0.0:* users:(("python3",pid=7,fd=3))'],
      urls: [
        { url: 'http://a/', rc: 0, output: ['200'] },
        { url: 'http://b/', rc: 0, output: ['502'] },
        { url: 'http://c/', rc: 7, output: ['curl: (7) Failed to connect', '000'] },
      ],
      tls: [
        {
          target: 'a:443',
          found: true,
          expired: false,
          within14: false,
          notAfter: 'Mar  1 00:00:00 2027 GMT',
          subject: 'CN = a',
        },
        {
          target: 'b:443',
          found: true,
          expired: false,
          within14: true,
          notAfter: 'Dec  5 00:00:00 2026 GMT',
          subject: '',
        },
        {
          target: 'c:443',
          found: true,
          expired: true,
          within14: true,
          notAfter: 'Dec  1 00:00:00 2026 GMT',
          subject: '',
        },
        { target: 'd:443', found: false, expired: false, within14: false, notAfter: '', subject: '' },
      ],
    });
    const web = f.services?.[0];
    if (web)
      web.ports = [
        { hostIp: '127.0.0.1', published: '8080', target: 80, protocol: 'tcp' },
        { hostIp: '127.0.0.1', published: '8443', target: 443, protocol: 'tcp' },
        { hostIp: '', published: '9000', target: 9000, protocol: 'tcp' },
      ];
    f.containers[0] = container({ ports: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '8080' }] } });
    const checks = diagnose(f, ctx);
    expect(pick(checks, 'port 127.0.0.1:8080 → web:80/tcp').level).toBe('ok');
    const taken = pick(checks, 'port 127.0.0.1:8443 → web:443/tcp');
    expect(taken).toMatchObject({
      level: 'problem',
      summary: 'taken by another process users:(("python3",pid=7,fd=3))',
    });
    expect(taken.next).toContain("sudo ss -ltnp 'sport = :8443'");
    expect(pick(checks, 'port 0.0.0.0:9000 → web:9000/tcp').summary).toBe(
      'not bound: web has no running container publishing it',
    );
    expect(pick(checks, 'http://a/')).toMatchObject({ level: 'ok', summary: 'answered 200' });
    expect(pick(checks, 'http://b/')).toMatchObject({
      level: 'problem',
      summary: 'did not answer 2xx (HTTP 502)',
    });
    expect(pick(checks, 'http://c/')).toMatchObject({
      level: 'problem',
      summary: 'did not answer 2xx (curl exit 7)',
    });
    expect(pick(checks, 'certificate on a:443')).toMatchObject({
      level: 'ok',
      summary: 'valid until Mar  1 00:00:00 2027 GMT',
    });
    expect(pick(checks, 'certificate on b:443').level).toBe('warning');
    expect(pick(checks, 'certificate on c:443')).toMatchObject({
      level: 'problem',
      summary: 'expired (notAfter Dec  1 00:00:00 2026 GMT)',
    });
    expect(pick(checks, 'certificate on c:443').next).toMatch(/renew/);
    expect(pick(checks, 'certificate on d:443').level).toBe('warning');
  });

  test('volumes: missing, not writable, untestable, orphaned', () => {
    const f = facts({
      volumes: [
        { key: 'data', name: 'p_data', external: false },
        { key: 'gone', name: 'p_gone', external: false },
        { key: 'ext', name: 'shared', external: true },
      ],
      volumeList: [
        { name: 'p_data', project: 'p' },
        { name: 'p_old', project: 'p' },
        { name: 'other_x', project: 'other' },
      ],
      writable: [
        { service: 'web', volume: 'p_data', path: '/data', rc: 1 },
        { service: 'db', volume: 'p_data', path: '/db', rc: 0 },
        { service: 'db', volume: 'p_data', path: '/x', rc: 126 },
      ],
    });
    f.containers[0] = container({ user: '1000' });
    const checks = diagnose(f, ctx);
    expect(pick(checks, 'volume p_data').level).toBe('ok');
    expect(pick(checks, 'volume p_gone')).toMatchObject({ level: 'problem', summary: 'missing' });
    expect(pick(checks, 'volume shared').next).toContain('docker volume create shared');
    const w = pick(checks, 'web writes /data');
    expect(w).toMatchObject({
      level: 'problem',
      summary: "volume p_data at /data is not writable by the service's user (1000)",
    });
    expect(w.next).toContain('chown -R 1000');
    expect(pick(checks, 'db writes /db')).toMatchObject({ level: 'ok', summary: 'writable by root' });
    expect(pick(checks, 'db writes /x').level).toBe('warning');
    expect(pick(checks, 'orphaned volumes')).toMatchObject({ level: 'warning', evidence: ['p_old'] });
  });

  test('configuration: drift and .env mode', () => {
    const f = facts({ envMode: '644', configHashes: { web: 'other', db: 'h-db' } });
    const checks = diagnose(f, ctx);
    expect(pick(checks, 'web config').level).toBe('problem');
    expect(pick(checks, 'db config').level).toBe('ok');
    expect(pick(checks, '.env')).toMatchObject({
      level: 'problem',
      summary: 'mode 644',
      next: 'chmod 600 ~/stack-deploy/p/current/.env (it holds secrets)',
    });
    expect(pick(diagnose(facts({ envMode: undefined }), ctx), '.env').level).toBe('warning');
  });
});

describe('doctor report', () => {
  const f = facts({ logs: { ['c'.repeat(64)]: ['::error::forged', '<img src=x> | `x`'] } });
  f.containers[0] = container({ status: 'exited', exitCode: 1 });
  const rep = report(f.release, diagnose(f, ctx));

  test('counts, JSON-ready', () => {
    expect(rep).toMatchObject({ release: '20261202-040000-abc1234', problems: 1, warnings: 0 });
    expect(JSON.parse(JSON.stringify(rep))).toEqual(rep);
  });

  test('text: host output on prefixed lines, the next step after it', () => {
    const text = renderText(rep);
    expect(text).toContain('  PROBLEM  web: not running: exited (exit code 1)');
    expect(text).toContain('    | ::error::forged');
    expect(text.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(text[text.length - 1]).toBe('1 problem(s), 0 warning(s), 5 ok — release 20261202-040000-abc1234');
  });

  test('summary: problems first; host text cannot break the table or inject HTML', () => {
    const md = renderSummary(rep, 'p');
    expect(md).toContain('| level | area | subject | finding | next step |');
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| level') && !l.startsWith('| ---'));
    expect(rows[0]).toMatch(/^\| ❌ problem \| containers \| web \| not running/);
    expect(md).toContain('&lt;img src=x&gt; &#124; &#96;x&#96;');
    expect(md).not.toContain('<img');
  });
});
