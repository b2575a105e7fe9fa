// Finding 8: a service named like an option (`-v`) is refused, and every compose command of the host
// transaction ends its options with `--` before service names.
import { TXN_LIB } from '../../../src/plan/txn-lib.gen.js';
import { run } from '../validate/helpers.js';

test('a service name starting with "-" is refused at validate, for every policy', async () => {
  for (const policy of ['compose', 'stack'] as const) {
    const r = await run(
      { 'compose.yml': 'services:\n  -v:\n    image: busybox:1\n  web:\n    image: busybox:1\n' },
      { policy },
    );
    expect(
      r.findings
        .filter((f) => f.message.includes('"-v"'))
        .map((f) => `${f.rule} ${f.line}:${f.col} ${f.message}`),
    ).toEqual([
      'SD-SCH-004 2:3 services: service name "-v" starts with "-"; docker compose would read it as an option',
    ]);
  }
});

test('compose commands taking service names put -- before them', () => {
  const lines = TXN_LIB.split('\n').filter((l) =>
    /\bdc"? (stop|rm|run|config|up|start|restart|kill|logs|pull)\b/.test(l),
  );
  expect(lines.length).toBeGreaterThanOrEqual(6);
  for (const l of lines) {
    const cmd = /\bdc"? (stop|rm|run|config|up)\b.*?(?=2>|;|\||\)|$)/.exec(l)?.[0] ?? l;
    // no service names: the whole project, or the whole configuration
    if (/\bdc"? (up -d --no-build --remove-orphans|config -q)\b/.test(cmd)) continue;
    if (/config --hash/.test(cmd)) expect(cmd).toMatch(/--hash(="\$s"| '\*')/);
    else expect({ cmd, ok: / -- ("\$\d"|\$rev|"\$s")/.test(cmd) }).toEqual({ cmd, ok: true });
  }
});
