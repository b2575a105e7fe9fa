import {
  parseBytes,
  parseDuration,
  parsePortSpec,
  parseVolumeSpec,
} from '../../../src/config/validate/syntax.js';

describe('Go durations', () => {
  test.each([
    ['10s', 10e9],
    ['1m30s', 90e9],
    ['1.5h', 5400e9],
    ['300ms', 300e6],
    ['0', 0],
    ['-5s', -5e9],
    ['10', undefined],
    ['ten', undefined],
    ['5 s', undefined],
    ['', undefined],
  ])('%j → %j', (s, ns) => expect(parseDuration(s)).toBe(ns));
});

describe('sizes (docker/go-units RAMInBytes)', () => {
  test.each([
    ['512m', 512 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['1 GB', 1024 ** 3],
    ['1024', 1024],
    [2048, 2048],
    ['512x', undefined],
    ['-1m', undefined],
  ])('%j → %j', (s, bytes) => expect(parseBytes(s)).toBe(bytes));
});

describe('port specs (docker/go-connections nat)', () => {
  test.each([
    ['80', [{ host_ip: '', published: '', target: 80, protocol: 'tcp' }]],
    ['8080:80', [{ host_ip: '', published: '8080', target: 80, protocol: 'tcp' }]],
    ['127.0.0.1:8080:80/udp', [{ host_ip: '127.0.0.1', published: '8080', target: 80, protocol: 'udp' }]],
    ['[::1]:53:53', [{ host_ip: '::1', published: '53', target: 53, protocol: 'tcp' }]],
    [
      '9000-9001:9000-9001',
      [
        { host_ip: '', published: '9000', target: 9000, protocol: 'tcp' },
        { host_ip: '', published: '9001', target: 9001, protocol: 'tcp' },
      ],
    ],
    ['8000-8010:80', [{ host_ip: '', published: '8000-8010', target: 80, protocol: 'tcp' }]],
  ])('%s', (spec, expected) => expect(parsePortSpec(spec)).toEqual(expected));

  test.each([
    ['65536:80', 'invalid host port "65536"'],
    ['80/xyz', 'invalid protocol "xyz"'],
    ['1.2.3:80:80', 'invalid IP address "1.2.3"'],
    ['8080-8082:80-81', 'container range 80-81 and host range 8080-8082 differ in size'],
    ['a:80', 'invalid host port "a"'],
  ])('%s is invalid: %s', (spec, message) => expect(parsePortSpec(spec)).toBe(message));
});

describe('volume specs (compose-go format.ParseVolume)', () => {
  test.each([
    ['/data', { type: 'volume', source: '', target: '/data', read_only: false }],
    [
      'db:/var/lib/postgresql/data',
      { type: 'volume', source: 'db', target: '/var/lib/postgresql/data', read_only: false },
    ],
    ['./conf:/etc/app:ro', { type: 'bind', source: './conf', target: '/etc/app', read_only: true }],
    ['~/x:/x', { type: 'bind', source: '~/x', target: '/x', read_only: false }],
    ['C:\\data:/data', { type: 'bind', source: 'C:\\data', target: '/data', read_only: false }],
  ])('%s', (spec, expected) => expect(parseVolumeSpec(spec)).toEqual(expected));

  test.each([
    ['/data::ro', 'empty section between colons'],
    ['/a:/b:ro:x', 'too many colons'],
    ['', 'empty volume spec'],
  ])('%s is invalid', (spec, message) => expect(parseVolumeSpec(spec)).toBe(message));
});
