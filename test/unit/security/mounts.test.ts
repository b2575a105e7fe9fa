// Finding 10: the sensitive-mount rule (SD-VOL-003) covers files under /etc, ~/.ssh, /home/*/.ssh and
// /var/lib/docker.
import { run } from '../validate/helpers.js';

test.each([
  '/etc/shadow',
  '/etc/ssh/',
  '~/.ssh',
  '~/.ssh/id_ed25519',
  '/home/deploy/.ssh',
  '/var/lib/docker',
  '/var/lib/docker/volumes',
  '~/.docker/config.json',
])('a bind mount of %s is reported', async (src) => {
  const r = await run(
    { 'compose.yml': `services:\n  web:\n    image: busybox:1.36\n    volumes: ["${src}:/x"]\n` },
    { policy: 'stack', profile: 'prod' },
  );
  expect(r.findings.filter((f) => f.rule === 'SD-VOL-003').map((f) => f.message)).toEqual([
    expect.stringContaining(`services.web.volumes[0]: mounts the host's ${src.replace(/\/+$/, '')}`),
  ]);
});

test('/etc/localtime read-only stays allowed', async () => {
  const r = await run(
    {
      'compose.yml':
        'services:\n  web:\n    image: busybox:1.36\n    volumes: ["/etc/localtime:/etc/localtime:ro"]\n',
    },
    { policy: 'stack', profile: 'prod' },
  );
  expect(r.findings.filter((f) => f.rule === 'SD-VOL-003')).toEqual([]);
});
