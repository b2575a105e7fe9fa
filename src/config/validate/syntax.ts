// Parsers for the short syntaxes Compose accepts inside strings: durations, sizes, ports, volumes.

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Go time.ParseDuration; nanoseconds, or undefined when it does not parse. */
export function parseDuration(s: string): number | undefined {
  if (s === '0' || s === '+0' || s === '-0') return 0;
  const m = /^([-+]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(s);
  if (!m) return undefined;
  let total = 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2]))) total += parseFloat(p[1]) * UNIT_NS[p[2]];
  return m[1] === '-' ? -total : total;
}

const SIZE_MULT: Record<string, number> = {
  '': 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** docker/go-units RAMInBytes: "512m", "1.5g", "1024", "2GiB"; bytes or undefined. */
export function parseBytes(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(v.trim());
  if (!m) return undefined;
  return parseFloat(m[1]) * SIZE_MULT[(m[2] ?? '').toLowerCase()];
}

/** Go strconv.ParseFloat (decimal forms, inf, nan). */
export function parseGoFloat(s: string): number | undefined {
  if (/^[-+]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined;
}

/** cpus: "0.5", 1.5 */
export function parseCpus(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v === 'string' && /^\d+(\.\d+)?$|^\.\d+$/.test(v.trim())) return parseFloat(v);
  return undefined;
}

export interface PortBinding {
  host_ip: string;
  /** '' when not published; may be a range "8000-8010" */
  published: string;
  target: number;
  protocol: string;
}

function portRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const a = parseInt(m[1], 10);
  const b = m[2] === undefined ? a : parseInt(m[2], 10);
  if (a > 65535 || b > 65535 || b < a) return undefined;
  return [a, b];
}

function isIp(s: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s))
    return s.split('.').every((x) => Number(x) <= 255);
  return /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':') && (s.match(/::/g)?.length ?? 0) <= 1;
}

/** docker/go-connections nat.ParsePortSpec; a message when invalid. */
export function parsePortSpec(raw: string): PortBinding[] | string {
  const parts = raw.split(':');
  const n = parts.length;
  let ip = '';
  let host = '';
  const containerAndProto = parts[n - 1];
  if (n === 2) host = parts[0];
  else if (n === 3) {
    ip = parts[0];
    host = parts[1];
  } else if (n > 3) {
    ip = parts.slice(0, n - 2).join(':');
    host = parts[n - 2];
  }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && !isIp(ip)) return `invalid IP address ${JSON.stringify(ip)}`;
  const slash = containerAndProto.indexOf('/');
  const container = slash < 0 ? containerAndProto : containerAndProto.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : containerAndProto.slice(slash + 1);
  if (container === '') return 'no container port';
  const cr = portRange(container);
  if (!cr) return `invalid container port ${JSON.stringify(container)}`;
  let hr: [number, number] | undefined;
  if (host !== '') {
    hr = portRange(host);
    if (!hr) return `invalid host port ${JSON.stringify(host)}`;
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
    return `invalid protocol ${JSON.stringify(proto)}`;
  if (hr && cr[1] - cr[0] !== hr[1] - hr[0] && cr[0] !== cr[1]) {
    return `container range ${container} and host range ${host} differ in size`;
  }
  const out: PortBinding[] = [];
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    let published = '';
    if (hr) {
      published = String(hr[0] + i);
      if (cr[0] === cr[1] && hr[0] !== hr[1]) published = `${published}-${hr[1]}`;
    }
    out.push({ host_ip: ip, published, target: cr[0] + i, protocol: proto.toLowerCase() });
  }
  return out;
}

export interface VolumeMount {
  type: 'bind' | 'volume';
  source: string;
  target: string;
  read_only: boolean;
}

function isFilePath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0])) return true;
  if (source.startsWith('\\\\')) return true;
  return /^[a-zA-Z]:/.test(source);
}

/** compose-go format.ParseVolume; a message when invalid. */
export function parseVolumeSpec(spec: string): VolumeMount | string {
  if (spec.length === 0) return 'empty volume spec';
  if (spec.length <= 2) return { type: 'volume', source: '', target: spec, read_only: false };
  let source = '';
  let target = '';
  let readOnly = false;
  let buffer = '';
  const chars = [...spec, '\0'];
  for (const ch of chars) {
    if (ch === ':' && buffer.length === 1 && /\p{L}/u.test(buffer)) {
      buffer += ch;
      continue;
    }
    if (ch === ':' || ch === '\0') {
      if (buffer.length === 0) return 'empty section between colons';
      if (source === '' && ch === '\0') target = buffer;
      else if (source === '') source = buffer;
      else if (target === '') target = buffer;
      else if (ch === ':') return 'too many colons';
      else {
        for (const opt of buffer.split(',')) {
          if (opt === 'ro') readOnly = true;
          else if (opt === 'rw') readOnly = false;
        }
      }
      buffer = '';
      continue;
    }
    buffer += ch;
  }
  return { type: isFilePath(source) ? 'bind' : 'volume', source, target, read_only: readOnly };
}

/** path.Clean for POSIX paths */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  const s = (abs ? '/' : '') + out.join('/');
  return s === '' ? (abs ? '/' : '.') : s;
}
