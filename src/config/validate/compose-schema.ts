// A JSON schema (draft-07) of the current Compose specification, written for this validator.
// Unions are expressed as `type: [...]` with type-specific keywords instead of oneOf, so that every
// error points at one node with one expectation. Values are checked after interpolation and Compose's
// type casts, as compose-go does.

type Schema = Record<string, unknown>;

const X = { '^x-': {} };
const NAME = '^[a-zA-Z0-9._-]+$';

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const int: Schema = { type: 'integer' };
const number: Schema = { type: 'number' };
const numOrStr: Schema = { type: ['number', 'string'] };
const intOrStr: Schema = { type: ['integer', 'string'] };
/** Go time.ParseDuration syntax (as a pattern, so the generated validator needs no format code). */
export const DURATION_PATTERN = '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$';
const duration: Schema = { type: 'string', pattern: DURATION_PATTERN };
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const arrayOf = (items: Schema, unique = false): Schema => ({
  type: 'array',
  items,
  ...(unique ? { uniqueItems: true } : {}),
});
const enumOf = (...values: string[]): Schema => ({ type: 'string', enum: values });

/** A mapping with known keys and `x-*` extensions. */
function obj(properties: Schema, extra: Schema = {}): Schema {
  return { type: 'object', properties, patternProperties: X, additionalProperties: false, ...extra };
}

/** A string, or a mapping with known keys (compose's "short or long syntax"). */
function strOrObj(properties: Schema, extra: Schema = {}): Schema {
  return {
    type: ['string', 'object'],
    properties,
    patternProperties: X,
    additionalProperties: false,
    ...extra,
  };
}

const durations = (...keys: string[]): Schema => Object.fromEntries(keys.map((k) => [k, duration]));

const updateConfig = obj({
  parallelism: int,
  delay: duration,
  failure_action: str,
  monitor: duration,
  max_failure_ratio: number,
  order: enumOf('start-first', 'stop-first'),
});

const service: Schema = obj({
  develop: ref('development'),
  deploy: ref('deployment'),
  annotations: ref('list_or_dict'),
  attach: bool,
  build: strOrObj({
    context: str,
    dockerfile: str,
    dockerfile_inline: str,
    entitlements: arrayOf(str),
    args: ref('list_or_dict'),
    ssh: ref('list_or_dict'),
    labels: ref('list_or_dict'),
    cache_from: arrayOf(str),
    cache_to: arrayOf(str),
    no_cache: bool,
    no_cache_filter: ref('string_or_list'),
    additional_contexts: ref('list_or_dict'),
    network: str,
    provenance: { type: ['string', 'boolean'] },
    sbom: { type: ['string', 'boolean'] },
    pull: bool,
    target: str,
    shm_size: intOrStr,
    extra_hosts: ref('extra_hosts'),
    isolation: str,
    privileged: bool,
    secrets: ref('service_config_or_secret'),
    tags: arrayOf(str),
    ulimits: ref('ulimits'),
    platforms: arrayOf(str),
  }),
  blkio_config: obj({
    device_read_bps: arrayOf(ref('blkio_limit')),
    device_read_iops: arrayOf(ref('blkio_limit')),
    device_write_bps: arrayOf(ref('blkio_limit')),
    device_write_iops: arrayOf(ref('blkio_limit')),
    weight: int,
    weight_device: arrayOf(ref('blkio_weight')),
  }),
  cap_add: arrayOf(str, true),
  cap_drop: arrayOf(str, true),
  cgroup: enumOf('host', 'private'),
  cgroup_parent: str,
  command: ref('command'),
  configs: ref('service_config_or_secret'),
  container_name: str,
  cpu_count: { type: 'integer', minimum: 0 },
  cpu_percent: { type: 'integer', minimum: 0, maximum: 100 },
  cpu_shares: numOrStr,
  cpu_quota: numOrStr,
  cpu_period: numOrStr,
  cpu_rt_period: numOrStr,
  cpu_rt_runtime: numOrStr,
  cpus: numOrStr,
  cpuset: str,
  credential_spec: obj({ config: str, file: str, registry: str }),
  depends_on: {
    type: ['array', 'object'],
    items: str,
    uniqueItems: true,
    additionalProperties: false,
    patternProperties: {
      [NAME]: obj(
        {
          restart: bool,
          required: bool,
          condition: enumOf('service_started', 'service_healthy', 'service_completed_successfully'),
        },
        { required: ['condition'] },
      ),
    },
  },
  device_cgroup_rules: ref('list_of_strings'),
  devices: arrayOf(strOrObj({ source: str, target: str, permissions: str }, { required: ['source'] }), true),
  dns: ref('string_or_list'),
  dns_opt: arrayOf(str, true),
  dns_search: ref('string_or_list'),
  domainname: str,
  entrypoint: ref('command'),
  env_file: {
    type: ['string', 'array'],
    items: {
      type: ['string', 'object'],
      properties: { path: str, format: str, required: bool },
      additionalProperties: false,
      required: ['path'],
    },
  },
  environment: ref('list_or_dict'),
  expose: arrayOf({ type: ['string', 'number'] }, true),
  extends: {
    type: ['string', 'object'],
    properties: { service: str, file: str },
    additionalProperties: false,
    required: ['service'],
  },
  external_links: arrayOf(str, true),
  extra_hosts: ref('extra_hosts'),
  gpus: {
    type: ['string', 'array'],
    items: ref('device_request'),
    if: { type: 'string' },
    then: { enum: ['all'] },
  },
  group_add: arrayOf({ type: ['string', 'number'] }, true),
  healthcheck: ref('healthcheck'),
  hostname: str,
  image: str,
  init: bool,
  ipc: str,
  isolation: str,
  label_file: ref('string_or_list'),
  labels: ref('list_or_dict'),
  links: arrayOf(str, true),
  logging: obj({
    driver: str,
    options: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number', 'null'] } } },
  }),
  mac_address: str,
  mem_limit: numOrStr,
  mem_reservation: intOrStr,
  mem_swappiness: int,
  memswap_limit: numOrStr,
  models: {
    type: ['array', 'object'],
    items: str,
    uniqueItems: true,
    patternProperties: {
      [NAME]: {
        type: ['object', 'null'],
        properties: { endpoint_var: str, model_var: str },
        additionalProperties: false,
        patternProperties: X,
      },
    },
  },
  network_mode: str,
  networks: {
    type: ['array', 'object'],
    items: str,
    uniqueItems: true,
    additionalProperties: false,
    patternProperties: {
      [NAME]: {
        type: ['object', 'null'],
        properties: {
          aliases: ref('list_of_strings'),
          interface_name: str,
          ipv4_address: str,
          ipv6_address: str,
          link_local_ips: ref('list_of_strings'),
          mac_address: str,
          driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
          priority: number,
          gw_priority: number,
        },
        additionalProperties: false,
        patternProperties: X,
      },
    },
  },
  oom_kill_disable: bool,
  oom_score_adj: { type: 'integer', minimum: -1000, maximum: 1000 },
  pid: { type: ['string', 'null'] },
  pids_limit: numOrStr,
  platform: str,
  ports: arrayOf(
    {
      type: ['number', 'string', 'object'],
      properties: {
        name: str,
        mode: str,
        host_ip: str,
        target: int,
        published: intOrStr,
        protocol: str,
        app_protocol: str,
      },
      additionalProperties: false,
      patternProperties: X,
    },
    true,
  ),
  post_start: arrayOf(ref('service_hook')),
  pre_stop: arrayOf(ref('service_hook')),
  privileged: bool,
  profiles: ref('list_of_strings'),
  provider: obj({ type: str, options: { type: 'object' } }, { required: ['type'] }),
  pull_policy: {
    type: 'string',
    pattern: '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
  },
  pull_refresh_after: str,
  read_only: bool,
  restart: str,
  runtime: str,
  scale: int,
  security_opt: arrayOf(str, true),
  shm_size: numOrStr,
  secrets: ref('service_config_or_secret'),
  sysctls: ref('list_or_dict'),
  stdin_open: bool,
  stop_grace_period: duration,
  stop_signal: str,
  storage_opt: { type: 'object' },
  tmpfs: ref('string_or_list'),
  tty: bool,
  ulimits: ref('ulimits'),
  use_api_socket: bool,
  user: str,
  uts: str,
  userns_mode: str,
  volumes: arrayOf(
    {
      type: ['string', 'object'],
      required: ['type'],
      properties: {
        type: enumOf('bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'),
        source: str,
        target: str,
        read_only: bool,
        consistency: str,
        bind: obj({
          propagation: str,
          create_host_path: bool,
          recursive: enumOf('enabled', 'disabled', 'writable', 'readonly'),
          selinux: enumOf('z', 'Z'),
        }),
        volume: obj({ nocopy: bool, subpath: str, labels: ref('list_or_dict') }),
        tmpfs: obj({ size: { type: ['integer', 'string'], minimum: 0 }, mode: number }),
        image: obj({ subpath: str }),
      },
      additionalProperties: false,
      patternProperties: X,
    },
    true,
  ),
  volumes_from: arrayOf(str, true),
  working_dir: str,
});

const definitions: Schema = {
  service,
  healthcheck: obj({
    disable: bool,
    retries: number,
    test: { type: ['string', 'array'], items: str },
    ...durations('interval', 'timeout', 'start_period', 'start_interval'),
  }),
  development: {
    type: ['object', 'null'],
    properties: {
      watch: arrayOf(
        obj(
          {
            ignore: ref('string_or_list'),
            include: ref('string_or_list'),
            path: str,
            action: enumOf('rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'),
            target: str,
            exec: ref('service_hook'),
            initial_sync: bool,
          },
          { required: ['path', 'action'] },
        ),
      ),
    },
    additionalProperties: false,
    patternProperties: X,
  },
  deployment: {
    type: ['object', 'null'],
    properties: {
      mode: str,
      endpoint_mode: str,
      replicas: int,
      labels: ref('list_or_dict'),
      rollback_config: updateConfig,
      update_config: updateConfig,
      resources: obj({
        limits: obj({ cpus: numOrStr, memory: str, pids: int }),
        reservations: obj({
          cpus: numOrStr,
          memory: str,
          generic_resources: arrayOf(obj({ discrete_resource_spec: obj({ kind: str, value: number }) })),
          devices: arrayOf(ref('device_request')),
        }),
      }),
      restart_policy: obj({ condition: str, delay: duration, max_attempts: int, window: duration }),
      placement: obj({
        constraints: arrayOf(str),
        preferences: arrayOf(obj({ spread: str })),
        max_replicas_per_node: int,
      }),
    },
    additionalProperties: false,
    patternProperties: X,
  },
  device_request: obj({
    capabilities: ref('list_of_strings'),
    count: intOrStr,
    device_ids: ref('list_of_strings'),
    driver: str,
    options: ref('list_or_dict'),
  }),
  include: {
    type: ['string', 'object'],
    properties: { path: ref('string_or_list'), env_file: ref('string_or_list'), project_directory: str },
    additionalProperties: false,
  },
  network: {
    type: ['object', 'null'],
    properties: {
      name: str,
      driver: str,
      driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
      ipam: obj({
        driver: str,
        config: arrayOf(
          obj({
            subnet: str,
            ip_range: str,
            gateway: str,
            aux_addresses: {
              type: 'object',
              additionalProperties: false,
              patternProperties: { '^.+$': str },
            },
          }),
        ),
        options: { type: 'object', additionalProperties: false, patternProperties: { '^.+$': str } },
      }),
      external: {
        type: ['boolean', 'object'],
        properties: { name: str },
        additionalProperties: false,
        patternProperties: X,
      },
      internal: bool,
      enable_ipv4: bool,
      enable_ipv6: bool,
      attachable: bool,
      labels: ref('list_or_dict'),
    },
    additionalProperties: false,
    patternProperties: X,
  },
  volume: {
    type: ['object', 'null'],
    properties: {
      name: str,
      driver: str,
      driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
      external: {
        type: ['boolean', 'object'],
        properties: { name: str },
        additionalProperties: false,
        patternProperties: X,
      },
      labels: ref('list_or_dict'),
    },
    additionalProperties: false,
    patternProperties: X,
  },
  secret: obj({
    name: str,
    environment: str,
    file: str,
    external: { type: ['boolean', 'object'], properties: { name: str } },
    labels: ref('list_or_dict'),
    driver: str,
    driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
    template_driver: str,
  }),
  config: obj({
    name: str,
    content: str,
    environment: str,
    file: str,
    external: { type: ['boolean', 'object'], properties: { name: str } },
    labels: ref('list_or_dict'),
    template_driver: str,
  }),
  model: obj(
    { name: str, model: str, context_size: int, runtime_flags: arrayOf(str) },
    { required: ['model'] },
  ),
  command: { type: ['null', 'string', 'array'], items: str },
  service_hook: obj(
    {
      command: ref('command'),
      user: str,
      privileged: bool,
      working_dir: str,
      environment: ref('list_or_dict'),
    },
    { required: ['command'] },
  ),
  string_or_list: { type: ['string', 'array'], items: str, uniqueItems: true },
  list_of_strings: arrayOf(str, true),
  list_or_dict: {
    type: ['object', 'array'],
    patternProperties: { '.+': { type: ['string', 'number', 'boolean', 'null'] } },
    additionalProperties: false,
    items: str,
    uniqueItems: true,
  },
  extra_hosts: {
    type: ['object', 'array'],
    patternProperties: { '.+': { type: ['string', 'array'], items: str, uniqueItems: false } },
    additionalProperties: false,
    items: str,
    uniqueItems: true,
  },
  blkio_limit: { type: 'object', properties: { path: str, rate: intOrStr }, additionalProperties: false },
  blkio_weight: { type: 'object', properties: { path: str, weight: int }, additionalProperties: false },
  service_config_or_secret: arrayOf({
    type: ['string', 'object'],
    properties: { source: str, target: str, uid: str, gid: str, mode: number },
    additionalProperties: false,
    patternProperties: X,
  }),
  ulimits: {
    type: 'object',
    patternProperties: {
      '^[a-z]+$': {
        type: ['integer', 'object'],
        properties: { hard: int, soft: int },
        required: ['soft', 'hard'],
        additionalProperties: false,
        patternProperties: X,
      },
    },
  },
};

const named = (def: string, closed = true): Schema => ({
  type: 'object',
  patternProperties: { [NAME]: ref(def) },
  ...(closed ? { additionalProperties: false } : {}),
});

export const COMPOSE_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'stack-deploy/compose-spec',
  type: 'object',
  properties: {
    version: str,
    name: str,
    include: arrayOf(ref('include')),
    services: named('service'),
    models: named('model', false),
    networks: named('network', false),
    volumes: named('volume'),
    secrets: named('secret'),
    configs: named('config'),
  },
  patternProperties: X,
  additionalProperties: false,
  definitions,
};

export const VARIABLE_TYPES = [
  'string',
  'integer',
  'boolean',
  'url',
  'port',
  'enum',
  'bot-token',
  'duration',
  'email',
] as const;

/** The format of the stack's variables schema (env.schema.json). */
export const VARIABLES_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'stack-deploy/variables',
  type: 'object',
  required: ['variables'],
  additionalProperties: false,
  properties: {
    $schema: str,
    description: str,
    variables: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: { enum: [...VARIABLE_TYPES] },
          required: bool,
          secret: bool,
          description: str,
          default: { type: ['string', 'number', 'boolean'] },
          example: str,
          minLength: { type: 'integer', minimum: 0 },
          maxLength: { type: 'integer', minimum: 0 },
          min: number,
          max: number,
          pattern: str,
          schemes: { type: 'array', items: str, minItems: 1 },
          values: { type: 'array', items: str, minItems: 1 },
          profiles: { type: 'array', items: { enum: ['prod', 'dev'] } },
        },
      },
    },
  },
};
