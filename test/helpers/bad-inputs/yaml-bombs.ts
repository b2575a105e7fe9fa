// Compose texts that made the validator spin or crash: shared by the unit tests and bench/attacks.mjs.

/** A billion-laughs alias bomb (9 levels of 9 aliases) after `pad` filler keys. */
export function aliasBomb(pad: number): string {
  const lines = ['x-pad:'];
  for (let i = 0; i < pad; i++) lines.push(`  key${i}: value-${i}`);
  lines.push('x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]');
  let prev = 'a';
  for (const n of 'bcdefghi') {
    lines.push(`x-${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    prev = n;
  }
  lines.push('services:', '  web:', '    image: busybox:1', `    labels: [*${prev}]`, '');
  return lines.join('\n');
}

/** A service whose extension field nests `depth` flow sequences (or mappings). */
export function deepFlow(depth: number, kind: 'seq' | 'map' = 'seq'): string {
  const [o, c, leaf] = kind === 'seq' ? ['[', ']', ''] : ['{a: ', '}', '1'];
  return `services:\n  web:\n    image: busybox:1\n    x-deep: ${o.repeat(depth)}${leaf}${c.repeat(depth)}\n`;
}

/** A block mapping nested `depth` levels. */
export function deepBlock(depth: number): string {
  let out = 'services:\n  web:\n    image: busybox:1\n    x-deep:\n';
  for (let i = 0; i < depth; i++) out += `${' '.repeat(6 + i)}k:\n`;
  return out;
}

/** `${A:-${A:-…}}` nested `depth` levels in an image. */
export function interpolationChain(depth: number): string {
  return `services:\n  web:\n    image: "busybox:${'${A:-'.repeat(depth)}1${'}'.repeat(depth)}"\n`;
}
