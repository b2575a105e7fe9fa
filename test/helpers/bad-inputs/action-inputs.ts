// Action inputs (set by whoever writes the workflow, or forwarded from a PR) through toSettings.
import { toSettings, type RawInputs } from '../../../src/config/settings.js';
import type { BadInput, Outcome } from './types.js';

const base: RawInputs = {
  command: 'deploy',
  host: 'example.com',
  user: 'deploy',
  'host-fingerprint': 'SHA256:' + 'A'.repeat(43),
};

function settle(raw: RawInputs, githubSha?: string): Outcome {
  try {
    const s = toSettings({ ...base, ...raw }, { onGitHub: false, githubSha });
    return { kind: 'accepted', text: JSON.stringify(s).slice(0, 80) };
  } catch (e) {
    return { kind: 'error', text: (e as Error).message };
  }
}

const input = (name: string, value: string): BadInput => ({
  area: 'action input',
  input: `${name}: ${JSON.stringify(value)}`,
  expect: 'error',
  run: () => settle({ [name]: value }),
});

export const ACTION_INPUT_CASES: BadInput[] = [
  ...['0', '70000', '-1', '22; rm -rf /', '0x16', '2.5', ''].filter(Boolean).map((v) => input('port', v)),
  ...['yes', '1', 'TRUE!'].map((v) => input('dry-run', v)),
  ...['SHA256:short', 'MD5:aa:bb', 'SHA256:' + 'A'.repeat(42) + '!'].map((v) => input('host-fingerprint', v)),
  ...['ten', '0', '9999', '-5s'].map((v) => input('connect-timeout', v)),
  ...['App', 'app;reboot', '$(id)', '-app', 'a b'].map((v) => input('project-name', v)),
  ...['backend $(id)', '-v', 'web;ls'].map((v) => input('services', v)),
  ...['v1;ls', '-tag', 'a'.repeat(129), 'tag with space'].map((v) => input('image-tag', v)),
  ...['/srv/$(id)', '/srv/../etc', '~', '~/', '/', 'relative/dir', '`id`', '/srv/a\nb'].map((v) =>
    input('remote-dir', v),
  ),
  ...['bastion:notaport', 'u@h:99999', '$(id)@h'].map((v) => input('jump-host', v)),
  ...['destroy', 'deploy;ls', ''].filter(Boolean).map((v) => input('command', v)),
  ...['staging', 'PROD'].map((v) => input('profile', v)),
  ...['swarm'].map((v) => input('policy', v)),
  ...['-1', 'many', '1000000'].map((v) => input('keep-releases', v)),
  ...['forever', '-1'].map((v) => input('lock-timeout', v)),
  ...['soon', '0s'].map((v) => input('health-timeout', v)),
  ...['ftp://x', 'http://a b', 'javascript:alert(1)'].map((v) => input('health-urls', v)),
  ...['host;id', '-oProxyCommand=id', 'a..b', '...', '[::1', 'ex ample.com'].map((v) => input('host', v)),
  ...['-oProxyCommand=id', 'root;id', 'a b'].map((v) => input('user', v)),
  ...['maybe'].map((v) => input('rollback-on-failure', v)),
  ...['x;y', '-v'].map((v) => input('migrate-service', v)),
  ...['../../etc', 'r;id'].map((v) => input('release', v)),
];
