// Generated from compose-schema.ts by test/unit/validate/schemas-gen.test.ts (ajv standalone). Do not edit.
/* eslint-disable */
// @ts-nocheck

function deepEqual(a: any, b: any): boolean {
  if (a === b) return true;
  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return a !== a && b !== b;
}
function ucs2length(s: string): number {
  return [...s].length;
}

export const validateCompose = validate21;
const schema6 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'stack-deploy/compose-spec',
  type: 'object',
  properties: {
    version: { type: 'string' },
    name: { type: 'string' },
    include: { type: 'array', items: { $ref: '#/definitions/include' } },
    services: {
      type: 'object',
      patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/service' } },
      additionalProperties: false,
    },
    models: { type: 'object', patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/model' } } },
    networks: {
      type: 'object',
      patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/network' } },
    },
    volumes: {
      type: 'object',
      patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/volume' } },
      additionalProperties: false,
    },
    secrets: {
      type: 'object',
      patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/secret' } },
      additionalProperties: false,
    },
    configs: {
      type: 'object',
      patternProperties: { '^[a-zA-Z0-9._-]+$': { $ref: '#/definitions/config' } },
      additionalProperties: false,
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  definitions: {
    service: {
      type: 'object',
      properties: {
        develop: { $ref: '#/definitions/development' },
        deploy: { $ref: '#/definitions/deployment' },
        annotations: { $ref: '#/definitions/list_or_dict' },
        attach: { type: 'boolean' },
        build: {
          type: ['string', 'object'],
          properties: {
            context: { type: 'string' },
            dockerfile: { type: 'string' },
            dockerfile_inline: { type: 'string' },
            entitlements: { type: 'array', items: { type: 'string' } },
            args: { $ref: '#/definitions/list_or_dict' },
            ssh: { $ref: '#/definitions/list_or_dict' },
            labels: { $ref: '#/definitions/list_or_dict' },
            cache_from: { type: 'array', items: { type: 'string' } },
            cache_to: { type: 'array', items: { type: 'string' } },
            no_cache: { type: 'boolean' },
            no_cache_filter: { $ref: '#/definitions/string_or_list' },
            additional_contexts: { $ref: '#/definitions/list_or_dict' },
            network: { type: 'string' },
            provenance: { type: ['string', 'boolean'] },
            sbom: { type: ['string', 'boolean'] },
            pull: { type: 'boolean' },
            target: { type: 'string' },
            shm_size: { type: ['integer', 'string'] },
            extra_hosts: { $ref: '#/definitions/extra_hosts' },
            isolation: { type: 'string' },
            privileged: { type: 'boolean' },
            secrets: { $ref: '#/definitions/service_config_or_secret' },
            tags: { type: 'array', items: { type: 'string' } },
            ulimits: { $ref: '#/definitions/ulimits' },
            platforms: { type: 'array', items: { type: 'string' } },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        blkio_config: {
          type: 'object',
          properties: {
            device_read_bps: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
            device_read_iops: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
            device_write_bps: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
            device_write_iops: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
            weight: { type: 'integer' },
            weight_device: { type: 'array', items: { $ref: '#/definitions/blkio_weight' } },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        cap_add: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        cap_drop: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        cgroup: { type: 'string', enum: ['host', 'private'] },
        cgroup_parent: { type: 'string' },
        command: { $ref: '#/definitions/command' },
        configs: { $ref: '#/definitions/service_config_or_secret' },
        container_name: { type: 'string' },
        cpu_count: { type: 'integer', minimum: 0 },
        cpu_percent: { type: 'integer', minimum: 0, maximum: 100 },
        cpu_shares: { type: ['number', 'string'] },
        cpu_quota: { type: ['number', 'string'] },
        cpu_period: { type: ['number', 'string'] },
        cpu_rt_period: { type: ['number', 'string'] },
        cpu_rt_runtime: { type: ['number', 'string'] },
        cpus: { type: ['number', 'string'] },
        cpuset: { type: 'string' },
        credential_spec: {
          type: 'object',
          properties: { config: { type: 'string' }, file: { type: 'string' }, registry: { type: 'string' } },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        depends_on: {
          type: ['array', 'object'],
          items: { type: 'string' },
          uniqueItems: true,
          additionalProperties: false,
          patternProperties: {
            '^[a-zA-Z0-9._-]+$': {
              type: 'object',
              properties: {
                restart: { type: 'boolean' },
                required: { type: 'boolean' },
                condition: {
                  type: 'string',
                  enum: ['service_started', 'service_healthy', 'service_completed_successfully'],
                },
              },
              patternProperties: { '^x-': {} },
              additionalProperties: false,
              required: ['condition'],
            },
          },
        },
        device_cgroup_rules: { $ref: '#/definitions/list_of_strings' },
        devices: {
          type: 'array',
          items: {
            type: ['string', 'object'],
            properties: {
              source: { type: 'string' },
              target: { type: 'string' },
              permissions: { type: 'string' },
            },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
            required: ['source'],
          },
          uniqueItems: true,
        },
        dns: { $ref: '#/definitions/string_or_list' },
        dns_opt: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        dns_search: { $ref: '#/definitions/string_or_list' },
        domainname: { type: 'string' },
        entrypoint: { $ref: '#/definitions/command' },
        env_file: {
          type: ['string', 'array'],
          items: {
            type: ['string', 'object'],
            properties: {
              path: { type: 'string' },
              format: { type: 'string' },
              required: { type: 'boolean' },
            },
            additionalProperties: false,
            required: ['path'],
          },
        },
        environment: { $ref: '#/definitions/list_or_dict' },
        expose: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
        extends: {
          type: ['string', 'object'],
          properties: { service: { type: 'string' }, file: { type: 'string' } },
          additionalProperties: false,
          required: ['service'],
        },
        external_links: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        extra_hosts: { $ref: '#/definitions/extra_hosts' },
        gpus: {
          type: ['string', 'array'],
          items: { $ref: '#/definitions/device_request' },
          if: { type: 'string' },
          then: { enum: ['all'] },
        },
        group_add: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
        healthcheck: { $ref: '#/definitions/healthcheck' },
        hostname: { type: 'string' },
        image: { type: 'string' },
        init: { type: 'boolean' },
        ipc: { type: 'string' },
        isolation: { type: 'string' },
        label_file: { $ref: '#/definitions/string_or_list' },
        labels: { $ref: '#/definitions/list_or_dict' },
        links: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        logging: {
          type: 'object',
          properties: {
            driver: { type: 'string' },
            options: {
              type: 'object',
              patternProperties: { '^.+$': { type: ['string', 'number', 'null'] } },
            },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        mac_address: { type: 'string' },
        mem_limit: { type: ['number', 'string'] },
        mem_reservation: { type: ['integer', 'string'] },
        mem_swappiness: { type: 'integer' },
        memswap_limit: { type: ['number', 'string'] },
        models: {
          type: ['array', 'object'],
          items: { type: 'string' },
          uniqueItems: true,
          patternProperties: {
            '^[a-zA-Z0-9._-]+$': {
              type: ['object', 'null'],
              properties: { endpoint_var: { type: 'string' }, model_var: { type: 'string' } },
              additionalProperties: false,
              patternProperties: { '^x-': {} },
            },
          },
        },
        network_mode: { type: 'string' },
        networks: {
          type: ['array', 'object'],
          items: { type: 'string' },
          uniqueItems: true,
          additionalProperties: false,
          patternProperties: {
            '^[a-zA-Z0-9._-]+$': {
              type: ['object', 'null'],
              properties: {
                aliases: { $ref: '#/definitions/list_of_strings' },
                interface_name: { type: 'string' },
                ipv4_address: { type: 'string' },
                ipv6_address: { type: 'string' },
                link_local_ips: { $ref: '#/definitions/list_of_strings' },
                mac_address: { type: 'string' },
                driver_opts: {
                  type: 'object',
                  patternProperties: { '^.+$': { type: ['string', 'number'] } },
                },
                priority: { type: 'number' },
                gw_priority: { type: 'number' },
              },
              additionalProperties: false,
              patternProperties: { '^x-': {} },
            },
          },
        },
        oom_kill_disable: { type: 'boolean' },
        oom_score_adj: { type: 'integer', minimum: -1000, maximum: 1000 },
        pid: { type: ['string', 'null'] },
        pids_limit: { type: ['number', 'string'] },
        platform: { type: 'string' },
        ports: {
          type: 'array',
          items: {
            type: ['number', 'string', 'object'],
            properties: {
              name: { type: 'string' },
              mode: { type: 'string' },
              host_ip: { type: 'string' },
              target: { type: 'integer' },
              published: { type: ['integer', 'string'] },
              protocol: { type: 'string' },
              app_protocol: { type: 'string' },
            },
            additionalProperties: false,
            patternProperties: { '^x-': {} },
          },
          uniqueItems: true,
        },
        post_start: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
        pre_stop: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
        privileged: { type: 'boolean' },
        profiles: { $ref: '#/definitions/list_of_strings' },
        provider: {
          type: 'object',
          properties: { type: { type: 'string' }, options: { type: 'object' } },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
          required: ['type'],
        },
        pull_policy: {
          type: 'string',
          pattern:
            '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
        },
        pull_refresh_after: { type: 'string' },
        read_only: { type: 'boolean' },
        restart: { type: 'string' },
        runtime: { type: 'string' },
        scale: { type: 'integer' },
        security_opt: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        shm_size: { type: ['number', 'string'] },
        secrets: { $ref: '#/definitions/service_config_or_secret' },
        sysctls: { $ref: '#/definitions/list_or_dict' },
        stdin_open: { type: 'boolean' },
        stop_grace_period: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        stop_signal: { type: 'string' },
        storage_opt: { type: 'object' },
        tmpfs: { $ref: '#/definitions/string_or_list' },
        tty: { type: 'boolean' },
        ulimits: { $ref: '#/definitions/ulimits' },
        use_api_socket: { type: 'boolean' },
        user: { type: 'string' },
        uts: { type: 'string' },
        userns_mode: { type: 'string' },
        volumes: {
          type: 'array',
          items: {
            type: ['string', 'object'],
            required: ['type'],
            properties: {
              type: { type: 'string', enum: ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'] },
              source: { type: 'string' },
              target: { type: 'string' },
              read_only: { type: 'boolean' },
              consistency: { type: 'string' },
              bind: {
                type: 'object',
                properties: {
                  propagation: { type: 'string' },
                  create_host_path: { type: 'boolean' },
                  recursive: { type: 'string', enum: ['enabled', 'disabled', 'writable', 'readonly'] },
                  selinux: { type: 'string', enum: ['z', 'Z'] },
                },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
              volume: {
                type: 'object',
                properties: {
                  nocopy: { type: 'boolean' },
                  subpath: { type: 'string' },
                  labels: { $ref: '#/definitions/list_or_dict' },
                },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
              tmpfs: {
                type: 'object',
                properties: { size: { type: ['integer', 'string'], minimum: 0 }, mode: { type: 'number' } },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
              image: {
                type: 'object',
                properties: { subpath: { type: 'string' } },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
            },
            additionalProperties: false,
            patternProperties: { '^x-': {} },
          },
          uniqueItems: true,
        },
        volumes_from: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        working_dir: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    healthcheck: {
      type: 'object',
      properties: {
        disable: { type: 'boolean' },
        retries: { type: 'number' },
        test: { type: ['string', 'array'], items: { type: 'string' } },
        interval: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        timeout: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        start_period: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        start_interval: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    development: {
      type: ['object', 'null'],
      properties: {
        watch: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              ignore: { $ref: '#/definitions/string_or_list' },
              include: { $ref: '#/definitions/string_or_list' },
              path: { type: 'string' },
              action: { type: 'string', enum: ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'] },
              target: { type: 'string' },
              exec: { $ref: '#/definitions/service_hook' },
              initial_sync: { type: 'boolean' },
            },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
            required: ['path', 'action'],
          },
        },
      },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    deployment: {
      type: ['object', 'null'],
      properties: {
        mode: { type: 'string' },
        endpoint_mode: { type: 'string' },
        replicas: { type: 'integer' },
        labels: { $ref: '#/definitions/list_or_dict' },
        rollback_config: {
          type: 'object',
          properties: {
            parallelism: { type: 'integer' },
            delay: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
            failure_action: { type: 'string' },
            monitor: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
            max_failure_ratio: { type: 'number' },
            order: { type: 'string', enum: ['start-first', 'stop-first'] },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        update_config: {
          type: 'object',
          properties: {
            parallelism: { type: 'integer' },
            delay: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
            failure_action: { type: 'string' },
            monitor: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
            max_failure_ratio: { type: 'number' },
            order: { type: 'string', enum: ['start-first', 'stop-first'] },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        resources: {
          type: 'object',
          properties: {
            limits: {
              type: 'object',
              properties: {
                cpus: { type: ['number', 'string'] },
                memory: { type: 'string' },
                pids: { type: 'integer' },
              },
              patternProperties: { '^x-': {} },
              additionalProperties: false,
            },
            reservations: {
              type: 'object',
              properties: {
                cpus: { type: ['number', 'string'] },
                memory: { type: 'string' },
                generic_resources: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      discrete_resource_spec: {
                        type: 'object',
                        properties: { kind: { type: 'string' }, value: { type: 'number' } },
                        patternProperties: { '^x-': {} },
                        additionalProperties: false,
                      },
                    },
                    patternProperties: { '^x-': {} },
                    additionalProperties: false,
                  },
                },
                devices: { type: 'array', items: { $ref: '#/definitions/device_request' } },
              },
              patternProperties: { '^x-': {} },
              additionalProperties: false,
            },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        restart_policy: {
          type: 'object',
          properties: {
            condition: { type: 'string' },
            delay: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
            max_attempts: { type: 'integer' },
            window: {
              type: 'string',
              pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
            },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        placement: {
          type: 'object',
          properties: {
            constraints: { type: 'array', items: { type: 'string' } },
            preferences: {
              type: 'array',
              items: {
                type: 'object',
                properties: { spread: { type: 'string' } },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
            },
            max_replicas_per_node: { type: 'integer' },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    device_request: {
      type: 'object',
      properties: {
        capabilities: { $ref: '#/definitions/list_of_strings' },
        count: { type: ['integer', 'string'] },
        device_ids: { $ref: '#/definitions/list_of_strings' },
        driver: { type: 'string' },
        options: { $ref: '#/definitions/list_or_dict' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    include: {
      type: ['string', 'object'],
      properties: {
        path: { $ref: '#/definitions/string_or_list' },
        env_file: { $ref: '#/definitions/string_or_list' },
        project_directory: { type: 'string' },
      },
      additionalProperties: false,
    },
    network: {
      type: ['object', 'null'],
      properties: {
        name: { type: 'string' },
        driver: { type: 'string' },
        driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
        ipam: {
          type: 'object',
          properties: {
            driver: { type: 'string' },
            config: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  subnet: { type: 'string' },
                  ip_range: { type: 'string' },
                  gateway: { type: 'string' },
                  aux_addresses: {
                    type: 'object',
                    additionalProperties: false,
                    patternProperties: { '^.+$': { type: 'string' } },
                  },
                },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
            },
            options: {
              type: 'object',
              additionalProperties: false,
              patternProperties: { '^.+$': { type: 'string' } },
            },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        external: {
          type: ['boolean', 'object'],
          properties: { name: { type: 'string' } },
          additionalProperties: false,
          patternProperties: { '^x-': {} },
        },
        internal: { type: 'boolean' },
        enable_ipv4: { type: 'boolean' },
        enable_ipv6: { type: 'boolean' },
        attachable: { type: 'boolean' },
        labels: { $ref: '#/definitions/list_or_dict' },
      },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    volume: {
      type: ['object', 'null'],
      properties: {
        name: { type: 'string' },
        driver: { type: 'string' },
        driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
        external: {
          type: ['boolean', 'object'],
          properties: { name: { type: 'string' } },
          additionalProperties: false,
          patternProperties: { '^x-': {} },
        },
        labels: { $ref: '#/definitions/list_or_dict' },
      },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    secret: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        environment: { type: 'string' },
        file: { type: 'string' },
        external: { type: ['boolean', 'object'], properties: { name: { type: 'string' } } },
        labels: { $ref: '#/definitions/list_or_dict' },
        driver: { type: 'string' },
        driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
        template_driver: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    config: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        content: { type: 'string' },
        environment: { type: 'string' },
        file: { type: 'string' },
        external: { type: ['boolean', 'object'], properties: { name: { type: 'string' } } },
        labels: { $ref: '#/definitions/list_or_dict' },
        template_driver: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    model: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        model: { type: 'string' },
        context_size: { type: 'integer' },
        runtime_flags: { type: 'array', items: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      required: ['model'],
    },
    command: { type: ['null', 'string', 'array'], items: { type: 'string' } },
    service_hook: {
      type: 'object',
      properties: {
        command: { $ref: '#/definitions/command' },
        user: { type: 'string' },
        privileged: { type: 'boolean' },
        working_dir: { type: 'string' },
        environment: { $ref: '#/definitions/list_or_dict' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      required: ['command'],
    },
    string_or_list: { type: ['string', 'array'], items: { type: 'string' }, uniqueItems: true },
    list_of_strings: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    list_or_dict: {
      type: ['object', 'array'],
      patternProperties: { '.+': { type: ['string', 'number', 'boolean', 'null'] } },
      additionalProperties: false,
      items: { type: 'string' },
      uniqueItems: true,
    },
    extra_hosts: {
      type: ['object', 'array'],
      patternProperties: {
        '.+': { type: ['string', 'array'], items: { type: 'string' }, uniqueItems: false },
      },
      additionalProperties: false,
      items: { type: 'string' },
      uniqueItems: true,
    },
    blkio_limit: {
      type: 'object',
      properties: { path: { type: 'string' }, rate: { type: ['integer', 'string'] } },
      additionalProperties: false,
    },
    blkio_weight: {
      type: 'object',
      properties: { path: { type: 'string' }, weight: { type: 'integer' } },
      additionalProperties: false,
    },
    service_config_or_secret: {
      type: 'array',
      items: {
        type: ['string', 'object'],
        properties: {
          source: { type: 'string' },
          target: { type: 'string' },
          uid: { type: 'string' },
          gid: { type: 'string' },
          mode: { type: 'number' },
        },
        additionalProperties: false,
        patternProperties: { '^x-': {} },
      },
    },
    ulimits: {
      type: 'object',
      patternProperties: {
        '^[a-z]+$': {
          type: ['integer', 'object'],
          properties: { hard: { type: 'integer' }, soft: { type: 'integer' } },
          required: ['soft', 'hard'],
          additionalProperties: false,
          patternProperties: { '^x-': {} },
        },
      },
    },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^x-', 'u');
const pattern1 = new RegExp('^[a-zA-Z0-9._-]+$', 'u');
const schema7 = {
  type: ['string', 'object'],
  properties: {
    path: { $ref: '#/definitions/string_or_list' },
    env_file: { $ref: '#/definitions/string_or_list' },
    project_directory: { type: 'string' },
  },
  additionalProperties: false,
};
const schema8 = { type: ['string', 'array'], items: { type: 'string' }, uniqueItems: true };
function validate23(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !Array.isArray(data)) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema8.type },
      message: 'must be string,array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--;) {
        let item0 = data[i1];
        if (typeof item0 !== 'string') {
          continue;
        }
        if (typeof indices0[item0] == 'number') {
          j0 = indices0[item0];
          const err2 = {
            instancePath,
            schemaPath: '#/uniqueItems',
            keyword: 'uniqueItems',
            params: { i: i1, j: j0 },
            message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema7.type },
      message: 'must be string,object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'path' || key0 === 'env_file' || key0 === 'project_directory')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (
        !validate23(data.path, {
          instancePath: instancePath + '/path',
          parentData: data,
          parentDataProperty: 'path',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_file !== undefined) {
      if (
        !validate23(data.env_file, {
          instancePath: instancePath + '/env_file',
          parentData: data,
          parentDataProperty: 'env_file',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.project_directory !== undefined) {
      if (typeof data.project_directory !== 'string') {
        const err2 = {
          instancePath: instancePath + '/project_directory',
          schemaPath: '#/properties/project_directory/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  type: 'object',
  properties: {
    develop: { $ref: '#/definitions/development' },
    deploy: { $ref: '#/definitions/deployment' },
    annotations: { $ref: '#/definitions/list_or_dict' },
    attach: { type: 'boolean' },
    build: {
      type: ['string', 'object'],
      properties: {
        context: { type: 'string' },
        dockerfile: { type: 'string' },
        dockerfile_inline: { type: 'string' },
        entitlements: { type: 'array', items: { type: 'string' } },
        args: { $ref: '#/definitions/list_or_dict' },
        ssh: { $ref: '#/definitions/list_or_dict' },
        labels: { $ref: '#/definitions/list_or_dict' },
        cache_from: { type: 'array', items: { type: 'string' } },
        cache_to: { type: 'array', items: { type: 'string' } },
        no_cache: { type: 'boolean' },
        no_cache_filter: { $ref: '#/definitions/string_or_list' },
        additional_contexts: { $ref: '#/definitions/list_or_dict' },
        network: { type: 'string' },
        provenance: { type: ['string', 'boolean'] },
        sbom: { type: ['string', 'boolean'] },
        pull: { type: 'boolean' },
        target: { type: 'string' },
        shm_size: { type: ['integer', 'string'] },
        extra_hosts: { $ref: '#/definitions/extra_hosts' },
        isolation: { type: 'string' },
        privileged: { type: 'boolean' },
        secrets: { $ref: '#/definitions/service_config_or_secret' },
        tags: { type: 'array', items: { type: 'string' } },
        ulimits: { $ref: '#/definitions/ulimits' },
        platforms: { type: 'array', items: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    blkio_config: {
      type: 'object',
      properties: {
        device_read_bps: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
        device_read_iops: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
        device_write_bps: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
        device_write_iops: { type: 'array', items: { $ref: '#/definitions/blkio_limit' } },
        weight: { type: 'integer' },
        weight_device: { type: 'array', items: { $ref: '#/definitions/blkio_weight' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    cap_add: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    cap_drop: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    cgroup: { type: 'string', enum: ['host', 'private'] },
    cgroup_parent: { type: 'string' },
    command: { $ref: '#/definitions/command' },
    configs: { $ref: '#/definitions/service_config_or_secret' },
    container_name: { type: 'string' },
    cpu_count: { type: 'integer', minimum: 0 },
    cpu_percent: { type: 'integer', minimum: 0, maximum: 100 },
    cpu_shares: { type: ['number', 'string'] },
    cpu_quota: { type: ['number', 'string'] },
    cpu_period: { type: ['number', 'string'] },
    cpu_rt_period: { type: ['number', 'string'] },
    cpu_rt_runtime: { type: ['number', 'string'] },
    cpus: { type: ['number', 'string'] },
    cpuset: { type: 'string' },
    credential_spec: {
      type: 'object',
      properties: { config: { type: 'string' }, file: { type: 'string' }, registry: { type: 'string' } },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    depends_on: {
      type: ['array', 'object'],
      items: { type: 'string' },
      uniqueItems: true,
      additionalProperties: false,
      patternProperties: {
        '^[a-zA-Z0-9._-]+$': {
          type: 'object',
          properties: {
            restart: { type: 'boolean' },
            required: { type: 'boolean' },
            condition: {
              type: 'string',
              enum: ['service_started', 'service_healthy', 'service_completed_successfully'],
            },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
          required: ['condition'],
        },
      },
    },
    device_cgroup_rules: { $ref: '#/definitions/list_of_strings' },
    devices: {
      type: 'array',
      items: {
        type: ['string', 'object'],
        properties: {
          source: { type: 'string' },
          target: { type: 'string' },
          permissions: { type: 'string' },
        },
        patternProperties: { '^x-': {} },
        additionalProperties: false,
        required: ['source'],
      },
      uniqueItems: true,
    },
    dns: { $ref: '#/definitions/string_or_list' },
    dns_opt: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    dns_search: { $ref: '#/definitions/string_or_list' },
    domainname: { type: 'string' },
    entrypoint: { $ref: '#/definitions/command' },
    env_file: {
      type: ['string', 'array'],
      items: {
        type: ['string', 'object'],
        properties: { path: { type: 'string' }, format: { type: 'string' }, required: { type: 'boolean' } },
        additionalProperties: false,
        required: ['path'],
      },
    },
    environment: { $ref: '#/definitions/list_or_dict' },
    expose: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
    extends: {
      type: ['string', 'object'],
      properties: { service: { type: 'string' }, file: { type: 'string' } },
      additionalProperties: false,
      required: ['service'],
    },
    external_links: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    extra_hosts: { $ref: '#/definitions/extra_hosts' },
    gpus: {
      type: ['string', 'array'],
      items: { $ref: '#/definitions/device_request' },
      if: { type: 'string' },
      then: { enum: ['all'] },
    },
    group_add: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
    healthcheck: { $ref: '#/definitions/healthcheck' },
    hostname: { type: 'string' },
    image: { type: 'string' },
    init: { type: 'boolean' },
    ipc: { type: 'string' },
    isolation: { type: 'string' },
    label_file: { $ref: '#/definitions/string_or_list' },
    labels: { $ref: '#/definitions/list_or_dict' },
    links: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    logging: {
      type: 'object',
      properties: {
        driver: { type: 'string' },
        options: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number', 'null'] } } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    mac_address: { type: 'string' },
    mem_limit: { type: ['number', 'string'] },
    mem_reservation: { type: ['integer', 'string'] },
    mem_swappiness: { type: 'integer' },
    memswap_limit: { type: ['number', 'string'] },
    models: {
      type: ['array', 'object'],
      items: { type: 'string' },
      uniqueItems: true,
      patternProperties: {
        '^[a-zA-Z0-9._-]+$': {
          type: ['object', 'null'],
          properties: { endpoint_var: { type: 'string' }, model_var: { type: 'string' } },
          additionalProperties: false,
          patternProperties: { '^x-': {} },
        },
      },
    },
    network_mode: { type: 'string' },
    networks: {
      type: ['array', 'object'],
      items: { type: 'string' },
      uniqueItems: true,
      additionalProperties: false,
      patternProperties: {
        '^[a-zA-Z0-9._-]+$': {
          type: ['object', 'null'],
          properties: {
            aliases: { $ref: '#/definitions/list_of_strings' },
            interface_name: { type: 'string' },
            ipv4_address: { type: 'string' },
            ipv6_address: { type: 'string' },
            link_local_ips: { $ref: '#/definitions/list_of_strings' },
            mac_address: { type: 'string' },
            driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
            priority: { type: 'number' },
            gw_priority: { type: 'number' },
          },
          additionalProperties: false,
          patternProperties: { '^x-': {} },
        },
      },
    },
    oom_kill_disable: { type: 'boolean' },
    oom_score_adj: { type: 'integer', minimum: -1000, maximum: 1000 },
    pid: { type: ['string', 'null'] },
    pids_limit: { type: ['number', 'string'] },
    platform: { type: 'string' },
    ports: {
      type: 'array',
      items: {
        type: ['number', 'string', 'object'],
        properties: {
          name: { type: 'string' },
          mode: { type: 'string' },
          host_ip: { type: 'string' },
          target: { type: 'integer' },
          published: { type: ['integer', 'string'] },
          protocol: { type: 'string' },
          app_protocol: { type: 'string' },
        },
        additionalProperties: false,
        patternProperties: { '^x-': {} },
      },
      uniqueItems: true,
    },
    post_start: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
    pre_stop: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
    privileged: { type: 'boolean' },
    profiles: { $ref: '#/definitions/list_of_strings' },
    provider: {
      type: 'object',
      properties: { type: { type: 'string' }, options: { type: 'object' } },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      required: ['type'],
    },
    pull_policy: {
      type: 'string',
      pattern: '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
    },
    pull_refresh_after: { type: 'string' },
    read_only: { type: 'boolean' },
    restart: { type: 'string' },
    runtime: { type: 'string' },
    scale: { type: 'integer' },
    security_opt: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    shm_size: { type: ['number', 'string'] },
    secrets: { $ref: '#/definitions/service_config_or_secret' },
    sysctls: { $ref: '#/definitions/list_or_dict' },
    stdin_open: { type: 'boolean' },
    stop_grace_period: {
      type: 'string',
      pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
    },
    stop_signal: { type: 'string' },
    storage_opt: { type: 'object' },
    tmpfs: { $ref: '#/definitions/string_or_list' },
    tty: { type: 'boolean' },
    ulimits: { $ref: '#/definitions/ulimits' },
    use_api_socket: { type: 'boolean' },
    user: { type: 'string' },
    uts: { type: 'string' },
    userns_mode: { type: 'string' },
    volumes: {
      type: 'array',
      items: {
        type: ['string', 'object'],
        required: ['type'],
        properties: {
          type: { type: 'string', enum: ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'] },
          source: { type: 'string' },
          target: { type: 'string' },
          read_only: { type: 'boolean' },
          consistency: { type: 'string' },
          bind: {
            type: 'object',
            properties: {
              propagation: { type: 'string' },
              create_host_path: { type: 'boolean' },
              recursive: { type: 'string', enum: ['enabled', 'disabled', 'writable', 'readonly'] },
              selinux: { type: 'string', enum: ['z', 'Z'] },
            },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
          volume: {
            type: 'object',
            properties: {
              nocopy: { type: 'boolean' },
              subpath: { type: 'string' },
              labels: { $ref: '#/definitions/list_or_dict' },
            },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
          tmpfs: {
            type: 'object',
            properties: { size: { type: ['integer', 'string'], minimum: 0 }, mode: { type: 'number' } },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
          image: {
            type: 'object',
            properties: { subpath: { type: 'string' } },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
        patternProperties: { '^x-': {} },
      },
      uniqueItems: true,
    },
    volumes_from: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    working_dir: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const func0 = deepEqual;
const pattern45 = new RegExp('^.+$', 'u');
const pattern54 = new RegExp(
  '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
  'u',
);
const pattern11 = new RegExp('^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$', 'u');
const schema10 = {
  type: ['object', 'null'],
  properties: {
    watch: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ignore: { $ref: '#/definitions/string_or_list' },
          include: { $ref: '#/definitions/string_or_list' },
          path: { type: 'string' },
          action: { type: 'string', enum: ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'] },
          target: { type: 'string' },
          exec: { $ref: '#/definitions/service_hook' },
          initial_sync: { type: 'boolean' },
        },
        patternProperties: { '^x-': {} },
        additionalProperties: false,
        required: ['path', 'action'],
      },
    },
  },
  additionalProperties: false,
  patternProperties: { '^x-': {} },
};
const schema11 = {
  type: 'object',
  properties: {
    command: { $ref: '#/definitions/command' },
    user: { type: 'string' },
    privileged: { type: 'boolean' },
    working_dir: { type: 'string' },
    environment: { $ref: '#/definitions/list_or_dict' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  required: ['command'],
};
const schema12 = { type: ['null', 'string', 'array'], items: { type: 'string' } };
function validate32(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null && typeof data !== 'string' && !Array.isArray(data)) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema12.type },
      message: 'must be null,string,array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
const schema13 = {
  type: ['object', 'array'],
  patternProperties: { '.+': { type: ['string', 'number', 'boolean', 'null'] } },
  additionalProperties: false,
  items: { type: 'string' },
  uniqueItems: true,
};
const pattern7 = new RegExp('.+', 'u');
function validate34(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != 'object') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema13.type },
      message: 'must be object,array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--;) {
        let item0 = data[i1];
        if (typeof item0 !== 'string') {
          continue;
        }
        if (typeof indices0[item0] == 'number') {
          j0 = indices0[item0];
          const err2 = {
            instancePath,
            schemaPath: '#/uniqueItems',
            keyword: 'uniqueItems',
            params: { i: i1, j: j0 },
            message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!pattern7.test(key0)) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (pattern7.test(key1)) {
        let data1 = data[key1];
        if (
          typeof data1 !== 'string' &&
          !(typeof data1 == 'number') &&
          typeof data1 !== 'boolean' &&
          data1 !== null
        ) {
          const err4 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/patternProperties/.%2B/type',
            keyword: 'type',
            params: { type: schema13.patternProperties['.+'].type },
            message: 'must be string,number,boolean,null',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.command === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'command' },
        message: "must have required property '" + 'command' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'command' ||
        key0 === 'user' ||
        key0 === 'privileged' ||
        key0 === 'working_dir' ||
        key0 === 'environment' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== undefined) {
      if (
        !validate32(data.command, {
          instancePath: instancePath + '/command',
          parentData: data,
          parentDataProperty: 'command',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.user !== undefined) {
      if (typeof data.user !== 'string') {
        const err2 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.privileged !== undefined) {
      if (typeof data.privileged !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/privileged',
          schemaPath: '#/properties/privileged/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.working_dir !== undefined) {
      if (typeof data.working_dir !== 'string') {
        const err4 = {
          instancePath: instancePath + '/working_dir',
          schemaPath: '#/properties/working_dir/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      if (
        !validate34(data.environment, {
          instancePath: instancePath + '/environment',
          parentData: data,
          parentDataProperty: 'environment',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema10.type },
      message: 'must be object,null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'watch' || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.watch !== undefined) {
      let data0 = data.watch;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.path === undefined) {
              const err2 = {
                instancePath: instancePath + '/watch/' + i0,
                schemaPath: '#/properties/watch/items/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property '" + 'path' + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.action === undefined) {
              const err3 = {
                instancePath: instancePath + '/watch/' + i0,
                schemaPath: '#/properties/watch/items/required',
                keyword: 'required',
                params: { missingProperty: 'action' },
                message: "must have required property '" + 'action' + "'",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(
                key1 === 'ignore' ||
                key1 === 'include' ||
                key1 === 'path' ||
                key1 === 'action' ||
                key1 === 'target' ||
                key1 === 'exec' ||
                key1 === 'initial_sync' ||
                pattern0.test(key1)
              )) {
                const err4 = {
                  instancePath: instancePath + '/watch/' + i0,
                  schemaPath: '#/properties/watch/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.ignore !== undefined) {
              if (
                !validate23(data1.ignore, {
                  instancePath: instancePath + '/watch/' + i0 + '/ignore',
                  parentData: data1,
                  parentDataProperty: 'ignore',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
            if (data1.include !== undefined) {
              if (
                !validate23(data1.include, {
                  instancePath: instancePath + '/watch/' + i0 + '/include',
                  parentData: data1,
                  parentDataProperty: 'include',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
            if (data1.path !== undefined) {
              if (typeof data1.path !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/watch/' + i0 + '/path',
                  schemaPath: '#/properties/watch/items/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.action !== undefined) {
              let data5 = data1.action;
              if (typeof data5 !== 'string') {
                const err6 = {
                  instancePath: instancePath + '/watch/' + i0 + '/action',
                  schemaPath: '#/properties/watch/items/properties/action/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (!(
                data5 === 'rebuild' ||
                data5 === 'sync' ||
                data5 === 'restart' ||
                data5 === 'sync+restart' ||
                data5 === 'sync+exec'
              )) {
                const err7 = {
                  instancePath: instancePath + '/watch/' + i0 + '/action',
                  schemaPath: '#/properties/watch/items/properties/action/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema10.properties.watch.items.properties.action.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.target !== undefined) {
              if (typeof data1.target !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/watch/' + i0 + '/target',
                  schemaPath: '#/properties/watch/items/properties/target/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.exec !== undefined) {
              if (
                !validate31(data1.exec, {
                  instancePath: instancePath + '/watch/' + i0 + '/exec',
                  parentData: data1,
                  parentDataProperty: 'exec',
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
            }
            if (data1.initial_sync !== undefined) {
              if (typeof data1.initial_sync !== 'boolean') {
                const err9 = {
                  instancePath: instancePath + '/watch/' + i0 + '/initial_sync',
                  schemaPath: '#/properties/watch/items/properties/initial_sync/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/watch/' + i0,
              schemaPath: '#/properties/watch/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/watch',
          schemaPath: '#/properties/watch/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  type: ['object', 'null'],
  properties: {
    mode: { type: 'string' },
    endpoint_mode: { type: 'string' },
    replicas: { type: 'integer' },
    labels: { $ref: '#/definitions/list_or_dict' },
    rollback_config: {
      type: 'object',
      properties: {
        parallelism: { type: 'integer' },
        delay: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        failure_action: { type: 'string' },
        monitor: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        max_failure_ratio: { type: 'number' },
        order: { type: 'string', enum: ['start-first', 'stop-first'] },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    update_config: {
      type: 'object',
      properties: {
        parallelism: { type: 'integer' },
        delay: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        failure_action: { type: 'string' },
        monitor: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        max_failure_ratio: { type: 'number' },
        order: { type: 'string', enum: ['start-first', 'stop-first'] },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    resources: {
      type: 'object',
      properties: {
        limits: {
          type: 'object',
          properties: {
            cpus: { type: ['number', 'string'] },
            memory: { type: 'string' },
            pids: { type: 'integer' },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
        reservations: {
          type: 'object',
          properties: {
            cpus: { type: ['number', 'string'] },
            memory: { type: 'string' },
            generic_resources: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  discrete_resource_spec: {
                    type: 'object',
                    properties: { kind: { type: 'string' }, value: { type: 'number' } },
                    patternProperties: { '^x-': {} },
                    additionalProperties: false,
                  },
                },
                patternProperties: { '^x-': {} },
                additionalProperties: false,
              },
            },
            devices: { type: 'array', items: { $ref: '#/definitions/device_request' } },
          },
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    restart_policy: {
      type: 'object',
      properties: {
        condition: { type: 'string' },
        delay: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
        max_attempts: { type: 'integer' },
        window: {
          type: 'string',
          pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    placement: {
      type: 'object',
      properties: {
        constraints: { type: 'array', items: { type: 'string' } },
        preferences: {
          type: 'array',
          items: {
            type: 'object',
            properties: { spread: { type: 'string' } },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
        },
        max_replicas_per_node: { type: 'integer' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  patternProperties: { '^x-': {} },
};
const schema15 = {
  type: 'object',
  properties: {
    capabilities: { $ref: '#/definitions/list_of_strings' },
    count: { type: ['integer', 'string'] },
    device_ids: { $ref: '#/definitions/list_of_strings' },
    driver: { type: 'string' },
    options: { $ref: '#/definitions/list_or_dict' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const schema16 = { type: 'array', items: { type: 'string' }, uniqueItems: true };
function validate41(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err0 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--;) {
        let item0 = data[i1];
        if (typeof item0 !== 'string') {
          continue;
        }
        if (typeof indices0[item0] == 'number') {
          j0 = indices0[item0];
          const err1 = {
            instancePath,
            schemaPath: '#/uniqueItems',
            keyword: 'uniqueItems',
            params: { i: i1, j: j0 },
            message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'capabilities' ||
        key0 === 'count' ||
        key0 === 'device_ids' ||
        key0 === 'driver' ||
        key0 === 'options' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.capabilities !== undefined) {
      if (
        !validate41(data.capabilities, {
          instancePath: instancePath + '/capabilities',
          parentData: data,
          parentDataProperty: 'capabilities',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.count !== undefined) {
      let data1 = data.count;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1)) && typeof data1 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: schema15.properties.count.type },
          message: 'must be integer,string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.device_ids !== undefined) {
      if (
        !validate41(data.device_ids, {
          instancePath: instancePath + '/device_ids',
          parentData: data,
          parentDataProperty: 'device_ids',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.driver !== undefined) {
      if (typeof data.driver !== 'string') {
        const err2 = {
          instancePath: instancePath + '/driver',
          schemaPath: '#/properties/driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== undefined) {
      if (
        !validate34(data.options, {
          instancePath: instancePath + '/options',
          parentData: data,
          parentDataProperty: 'options',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema14.type },
      message: 'must be object,null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema14.properties, key0) || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== undefined) {
      if (typeof data.mode !== 'string') {
        const err2 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.endpoint_mode !== undefined) {
      if (typeof data.endpoint_mode !== 'string') {
        const err3 = {
          instancePath: instancePath + '/endpoint_mode',
          schemaPath: '#/properties/endpoint_mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.replicas !== undefined) {
      let data2 = data.replicas;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err4 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.rollback_config !== undefined) {
      let data4 = data.rollback_config;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(
            key1 === 'parallelism' ||
            key1 === 'delay' ||
            key1 === 'failure_action' ||
            key1 === 'monitor' ||
            key1 === 'max_failure_ratio' ||
            key1 === 'order' ||
            pattern0.test(key1)
          )) {
            const err5 = {
              instancePath: instancePath + '/rollback_config',
              schemaPath: '#/properties/rollback_config/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.parallelism !== undefined) {
          let data5 = data4.parallelism;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
            const err6 = {
              instancePath: instancePath + '/rollback_config/parallelism',
              schemaPath: '#/properties/rollback_config/properties/parallelism/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.delay !== undefined) {
          let data6 = data4.delay;
          if (typeof data6 === 'string') {
            if (!pattern11.test(data6)) {
              const err7 = {
                instancePath: instancePath + '/rollback_config/delay',
                schemaPath: '#/properties/rollback_config/properties/delay/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/rollback_config/delay',
              schemaPath: '#/properties/rollback_config/properties/delay/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.failure_action !== undefined) {
          if (typeof data4.failure_action !== 'string') {
            const err9 = {
              instancePath: instancePath + '/rollback_config/failure_action',
              schemaPath: '#/properties/rollback_config/properties/failure_action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.monitor !== undefined) {
          let data8 = data4.monitor;
          if (typeof data8 === 'string') {
            if (!pattern11.test(data8)) {
              const err10 = {
                instancePath: instancePath + '/rollback_config/monitor',
                schemaPath: '#/properties/rollback_config/properties/monitor/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/rollback_config/monitor',
              schemaPath: '#/properties/rollback_config/properties/monitor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.max_failure_ratio !== undefined) {
          if (!(typeof data4.max_failure_ratio == 'number')) {
            const err12 = {
              instancePath: instancePath + '/rollback_config/max_failure_ratio',
              schemaPath: '#/properties/rollback_config/properties/max_failure_ratio/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.order !== undefined) {
          let data10 = data4.order;
          if (typeof data10 !== 'string') {
            const err13 = {
              instancePath: instancePath + '/rollback_config/order',
              schemaPath: '#/properties/rollback_config/properties/order/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data10 === 'start-first' || data10 === 'stop-first')) {
            const err14 = {
              instancePath: instancePath + '/rollback_config/order',
              schemaPath: '#/properties/rollback_config/properties/order/enum',
              keyword: 'enum',
              params: { allowedValues: schema14.properties.rollback_config.properties.order.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/rollback_config',
          schemaPath: '#/properties/rollback_config/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.update_config !== undefined) {
      let data11 = data.update_config;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(
            key2 === 'parallelism' ||
            key2 === 'delay' ||
            key2 === 'failure_action' ||
            key2 === 'monitor' ||
            key2 === 'max_failure_ratio' ||
            key2 === 'order' ||
            pattern0.test(key2)
          )) {
            const err16 = {
              instancePath: instancePath + '/update_config',
              schemaPath: '#/properties/update_config/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.parallelism !== undefined) {
          let data12 = data11.parallelism;
          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
            const err17 = {
              instancePath: instancePath + '/update_config/parallelism',
              schemaPath: '#/properties/update_config/properties/parallelism/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data11.delay !== undefined) {
          let data13 = data11.delay;
          if (typeof data13 === 'string') {
            if (!pattern11.test(data13)) {
              const err18 = {
                instancePath: instancePath + '/update_config/delay',
                schemaPath: '#/properties/update_config/properties/delay/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/update_config/delay',
              schemaPath: '#/properties/update_config/properties/delay/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data11.failure_action !== undefined) {
          if (typeof data11.failure_action !== 'string') {
            const err20 = {
              instancePath: instancePath + '/update_config/failure_action',
              schemaPath: '#/properties/update_config/properties/failure_action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data11.monitor !== undefined) {
          let data15 = data11.monitor;
          if (typeof data15 === 'string') {
            if (!pattern11.test(data15)) {
              const err21 = {
                instancePath: instancePath + '/update_config/monitor',
                schemaPath: '#/properties/update_config/properties/monitor/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/update_config/monitor',
              schemaPath: '#/properties/update_config/properties/monitor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data11.max_failure_ratio !== undefined) {
          if (!(typeof data11.max_failure_ratio == 'number')) {
            const err23 = {
              instancePath: instancePath + '/update_config/max_failure_ratio',
              schemaPath: '#/properties/update_config/properties/max_failure_ratio/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.order !== undefined) {
          let data17 = data11.order;
          if (typeof data17 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/update_config/order',
              schemaPath: '#/properties/update_config/properties/order/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data17 === 'start-first' || data17 === 'stop-first')) {
            const err25 = {
              instancePath: instancePath + '/update_config/order',
              schemaPath: '#/properties/update_config/properties/order/enum',
              keyword: 'enum',
              params: { allowedValues: schema14.properties.update_config.properties.order.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/update_config',
          schemaPath: '#/properties/update_config/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.resources !== undefined) {
      let data18 = data.resources;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(key3 === 'limits' || key3 === 'reservations' || pattern0.test(key3))) {
            const err27 = {
              instancePath: instancePath + '/resources',
              schemaPath: '#/properties/resources/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data18.limits !== undefined) {
          let data19 = data18.limits;
          if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
            for (const key4 in data19) {
              if (!(key4 === 'cpus' || key4 === 'memory' || key4 === 'pids' || pattern0.test(key4))) {
                const err28 = {
                  instancePath: instancePath + '/resources/limits',
                  schemaPath: '#/properties/resources/properties/limits/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data19.cpus !== undefined) {
              let data20 = data19.cpus;
              if (!(typeof data20 == 'number') && typeof data20 !== 'string') {
                const err29 = {
                  instancePath: instancePath + '/resources/limits/cpus',
                  schemaPath: '#/properties/resources/properties/limits/properties/cpus/type',
                  keyword: 'type',
                  params: { type: schema14.properties.resources.properties.limits.properties.cpus.type },
                  message: 'must be number,string',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data19.memory !== undefined) {
              if (typeof data19.memory !== 'string') {
                const err30 = {
                  instancePath: instancePath + '/resources/limits/memory',
                  schemaPath: '#/properties/resources/properties/limits/properties/memory/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data19.pids !== undefined) {
              let data22 = data19.pids;
              if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22))) {
                const err31 = {
                  instancePath: instancePath + '/resources/limits/pids',
                  schemaPath: '#/properties/resources/properties/limits/properties/pids/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/resources/limits',
              schemaPath: '#/properties/resources/properties/limits/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data18.reservations !== undefined) {
          let data23 = data18.reservations;
          if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
            for (const key5 in data23) {
              if (!(
                key5 === 'cpus' ||
                key5 === 'memory' ||
                key5 === 'generic_resources' ||
                key5 === 'devices' ||
                pattern0.test(key5)
              )) {
                const err33 = {
                  instancePath: instancePath + '/resources/reservations',
                  schemaPath: '#/properties/resources/properties/reservations/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data23.cpus !== undefined) {
              let data24 = data23.cpus;
              if (!(typeof data24 == 'number') && typeof data24 !== 'string') {
                const err34 = {
                  instancePath: instancePath + '/resources/reservations/cpus',
                  schemaPath: '#/properties/resources/properties/reservations/properties/cpus/type',
                  keyword: 'type',
                  params: {
                    type: schema14.properties.resources.properties.reservations.properties.cpus.type,
                  },
                  message: 'must be number,string',
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data23.memory !== undefined) {
              if (typeof data23.memory !== 'string') {
                const err35 = {
                  instancePath: instancePath + '/resources/reservations/memory',
                  schemaPath: '#/properties/resources/properties/reservations/properties/memory/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data23.generic_resources !== undefined) {
              let data26 = data23.generic_resources;
              if (Array.isArray(data26)) {
                const len0 = data26.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data27 = data26[i0];
                  if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                    for (const key6 in data27) {
                      if (!(key6 === 'discrete_resource_spec' || pattern0.test(key6))) {
                        const err36 = {
                          instancePath: instancePath + '/resources/reservations/generic_resources/' + i0,
                          schemaPath:
                            '#/properties/resources/properties/reservations/properties/generic_resources/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key6 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data27.discrete_resource_spec !== undefined) {
                      let data28 = data27.discrete_resource_spec;
                      if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
                        for (const key7 in data28) {
                          if (!(key7 === 'kind' || key7 === 'value' || pattern0.test(key7))) {
                            const err37 = {
                              instancePath:
                                instancePath +
                                '/resources/reservations/generic_resources/' +
                                i0 +
                                '/discrete_resource_spec',
                              schemaPath:
                                '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/additionalProperties',
                              keyword: 'additionalProperties',
                              params: { additionalProperty: key7 },
                              message: 'must NOT have additional properties',
                            };
                            if (vErrors === null) {
                              vErrors = [err37];
                            } else {
                              vErrors.push(err37);
                            }
                            errors++;
                          }
                        }
                        if (data28.kind !== undefined) {
                          if (typeof data28.kind !== 'string') {
                            const err38 = {
                              instancePath:
                                instancePath +
                                '/resources/reservations/generic_resources/' +
                                i0 +
                                '/discrete_resource_spec/kind',
                              schemaPath:
                                '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err38];
                            } else {
                              vErrors.push(err38);
                            }
                            errors++;
                          }
                        }
                        if (data28.value !== undefined) {
                          if (!(typeof data28.value == 'number')) {
                            const err39 = {
                              instancePath:
                                instancePath +
                                '/resources/reservations/generic_resources/' +
                                i0 +
                                '/discrete_resource_spec/value',
                              schemaPath:
                                '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/value/type',
                              keyword: 'type',
                              params: { type: 'number' },
                              message: 'must be number',
                            };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err40 = {
                          instancePath:
                            instancePath +
                            '/resources/reservations/generic_resources/' +
                            i0 +
                            '/discrete_resource_spec',
                          schemaPath:
                            '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = {
                      instancePath: instancePath + '/resources/reservations/generic_resources/' + i0,
                      schemaPath:
                        '#/properties/resources/properties/reservations/properties/generic_resources/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = {
                  instancePath: instancePath + '/resources/reservations/generic_resources',
                  schemaPath:
                    '#/properties/resources/properties/reservations/properties/generic_resources/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data23.devices !== undefined) {
              let data31 = data23.devices;
              if (Array.isArray(data31)) {
                const len1 = data31.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (
                    !validate40(data31[i1], {
                      instancePath: instancePath + '/resources/reservations/devices/' + i1,
                      parentData: data31,
                      parentDataProperty: i1,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err43 = {
                  instancePath: instancePath + '/resources/reservations/devices',
                  schemaPath: '#/properties/resources/properties/reservations/properties/devices/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/resources/reservations',
              schemaPath: '#/properties/resources/properties/reservations/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/resources',
          schemaPath: '#/properties/resources/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.restart_policy !== undefined) {
      let data33 = data.restart_policy;
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key8 in data33) {
          if (!(
            key8 === 'condition' ||
            key8 === 'delay' ||
            key8 === 'max_attempts' ||
            key8 === 'window' ||
            pattern0.test(key8)
          )) {
            const err46 = {
              instancePath: instancePath + '/restart_policy',
              schemaPath: '#/properties/restart_policy/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data33.condition !== undefined) {
          if (typeof data33.condition !== 'string') {
            const err47 = {
              instancePath: instancePath + '/restart_policy/condition',
              schemaPath: '#/properties/restart_policy/properties/condition/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data33.delay !== undefined) {
          let data35 = data33.delay;
          if (typeof data35 === 'string') {
            if (!pattern11.test(data35)) {
              const err48 = {
                instancePath: instancePath + '/restart_policy/delay',
                schemaPath: '#/properties/restart_policy/properties/delay/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = {
              instancePath: instancePath + '/restart_policy/delay',
              schemaPath: '#/properties/restart_policy/properties/delay/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data33.max_attempts !== undefined) {
          let data36 = data33.max_attempts;
          if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36))) {
            const err50 = {
              instancePath: instancePath + '/restart_policy/max_attempts',
              schemaPath: '#/properties/restart_policy/properties/max_attempts/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data33.window !== undefined) {
          let data37 = data33.window;
          if (typeof data37 === 'string') {
            if (!pattern11.test(data37)) {
              const err51 = {
                instancePath: instancePath + '/restart_policy/window',
                schemaPath: '#/properties/restart_policy/properties/window/pattern',
                keyword: 'pattern',
                params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
                message:
                  'must match pattern "' +
                  '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/restart_policy/window',
              schemaPath: '#/properties/restart_policy/properties/window/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/restart_policy',
          schemaPath: '#/properties/restart_policy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.placement !== undefined) {
      let data38 = data.placement;
      if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
        for (const key9 in data38) {
          if (!(
            key9 === 'constraints' ||
            key9 === 'preferences' ||
            key9 === 'max_replicas_per_node' ||
            pattern0.test(key9)
          )) {
            const err54 = {
              instancePath: instancePath + '/placement',
              schemaPath: '#/properties/placement/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data38.constraints !== undefined) {
          let data39 = data38.constraints;
          if (Array.isArray(data39)) {
            const len2 = data39.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data39[i2] !== 'string') {
                const err55 = {
                  instancePath: instancePath + '/placement/constraints/' + i2,
                  schemaPath: '#/properties/placement/properties/constraints/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/placement/constraints',
              schemaPath: '#/properties/placement/properties/constraints/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data38.preferences !== undefined) {
          let data41 = data38.preferences;
          if (Array.isArray(data41)) {
            const len3 = data41.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data42 = data41[i3];
              if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                for (const key10 in data42) {
                  if (!(key10 === 'spread' || pattern0.test(key10))) {
                    const err57 = {
                      instancePath: instancePath + '/placement/preferences/' + i3,
                      schemaPath: '#/properties/placement/properties/preferences/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data42.spread !== undefined) {
                  if (typeof data42.spread !== 'string') {
                    const err58 = {
                      instancePath: instancePath + '/placement/preferences/' + i3 + '/spread',
                      schemaPath:
                        '#/properties/placement/properties/preferences/items/properties/spread/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = {
                  instancePath: instancePath + '/placement/preferences/' + i3,
                  schemaPath: '#/properties/placement/properties/preferences/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = {
              instancePath: instancePath + '/placement/preferences',
              schemaPath: '#/properties/placement/properties/preferences/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data38.max_replicas_per_node !== undefined) {
          let data44 = data38.max_replicas_per_node;
          if (!(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44))) {
            const err61 = {
              instancePath: instancePath + '/placement/max_replicas_per_node',
              schemaPath: '#/properties/placement/properties/max_replicas_per_node/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = {
          instancePath: instancePath + '/placement',
          schemaPath: '#/properties/placement/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
const schema17 = {
  type: ['object', 'array'],
  patternProperties: { '.+': { type: ['string', 'array'], items: { type: 'string' }, uniqueItems: false } },
  additionalProperties: false,
  items: { type: 'string' },
  uniqueItems: true,
};
function validate53(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != 'object') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema17.type },
      message: 'must be object,array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--;) {
        let item0 = data[i1];
        if (typeof item0 !== 'string') {
          continue;
        }
        if (typeof indices0[item0] == 'number') {
          j0 = indices0[item0];
          const err2 = {
            instancePath,
            schemaPath: '#/uniqueItems',
            keyword: 'uniqueItems',
            params: { i: i1, j: j0 },
            message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!pattern7.test(key0)) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (pattern7.test(key1)) {
        let data1 = data[key1];
        if (typeof data1 !== 'string' && !Array.isArray(data1)) {
          const err4 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/patternProperties/.%2B/type',
            keyword: 'type',
            params: { type: schema17.patternProperties['.+'].type },
            message: 'must be string,array',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (Array.isArray(data1)) {
          const len1 = data1.length;
          for (let i2 = 0; i2 < len1; i2++) {
            if (typeof data1[i2] !== 'string') {
              const err5 = {
                instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/' + i2,
                schemaPath: '#/patternProperties/.%2B/items/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  type: 'array',
  items: {
    type: ['string', 'object'],
    properties: {
      source: { type: 'string' },
      target: { type: 'string' },
      uid: { type: 'string' },
      gid: { type: 'string' },
      mode: { type: 'number' },
    },
    additionalProperties: false,
    patternProperties: { '^x-': {} },
  },
};
function validate55(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== 'string' && !(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
        const err0 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: schema18.items.type },
          message: 'must be string,object',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!(
            key0 === 'source' ||
            key0 === 'target' ||
            key0 === 'uid' ||
            key0 === 'gid' ||
            key0 === 'mode' ||
            pattern0.test(key0)
          )) {
            const err1 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/items/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.source !== undefined) {
          if (typeof data0.source !== 'string') {
            const err2 = {
              instancePath: instancePath + '/' + i0 + '/source',
              schemaPath: '#/items/properties/source/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.target !== undefined) {
          if (typeof data0.target !== 'string') {
            const err3 = {
              instancePath: instancePath + '/' + i0 + '/target',
              schemaPath: '#/items/properties/target/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.uid !== undefined) {
          if (typeof data0.uid !== 'string') {
            const err4 = {
              instancePath: instancePath + '/' + i0 + '/uid',
              schemaPath: '#/items/properties/uid/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.gid !== undefined) {
          if (typeof data0.gid !== 'string') {
            const err5 = {
              instancePath: instancePath + '/' + i0 + '/gid',
              schemaPath: '#/items/properties/gid/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.mode !== undefined) {
          if (!(typeof data0.mode == 'number')) {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/mode',
              schemaPath: '#/items/properties/mode/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  type: 'object',
  patternProperties: {
    '^[a-z]+$': {
      type: ['integer', 'object'],
      properties: { hard: { type: 'integer' }, soft: { type: 'integer' } },
      required: ['soft', 'hard'],
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
  },
};
const pattern31 = new RegExp('^[a-z]+$', 'u');
function validate57(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (pattern31.test(key0)) {
        let data0 = data[key0];
        if (
          !(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0)) &&
          !(data0 && typeof data0 == 'object' && !Array.isArray(data0))
        ) {
          const err0 = {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/type',
            keyword: 'type',
            params: { type: schema19.patternProperties['^[a-z]+$'].type },
            message: 'must be integer,object',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
          if (data0.soft === undefined) {
            const err1 = {
              instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/required',
              keyword: 'required',
              params: { missingProperty: 'soft' },
              message: "must have required property '" + 'soft' + "'",
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data0.hard === undefined) {
            const err2 = {
              instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/required',
              keyword: 'required',
              params: { missingProperty: 'hard' },
              message: "must have required property '" + 'hard' + "'",
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key1 in data0) {
            if (!(key1 === 'hard' || key1 === 'soft' || pattern0.test(key1))) {
              const err3 = {
                instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key1 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data0.hard !== undefined) {
            let data1 = data0.hard;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
              const err4 = {
                instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1') + '/hard',
                schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/properties/hard/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.soft !== undefined) {
            let data2 = data0.soft;
            if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
              const err5 = {
                instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1') + '/soft',
                schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/properties/soft/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
const schema20 = {
  type: 'object',
  properties: { path: { type: 'string' }, rate: { type: ['integer', 'string'] } },
  additionalProperties: false,
};
function validate59(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'path' || key0 === 'rate')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        const err1 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rate !== undefined) {
      let data1 = data.rate;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1)) && typeof data1 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/rate',
          schemaPath: '#/properties/rate/type',
          keyword: 'type',
          params: { type: schema20.properties.rate.type },
          message: 'must be integer,string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
const schema21 = {
  type: 'object',
  properties: { path: { type: 'string' }, weight: { type: 'integer' } },
  additionalProperties: false,
};
function validate64(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'path' || key0 === 'weight')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        const err1 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data1 = data.weight;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err2 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/properties/weight/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  type: 'object',
  properties: {
    disable: { type: 'boolean' },
    retries: { type: 'number' },
    test: { type: ['string', 'array'], items: { type: 'string' } },
    interval: {
      type: 'string',
      pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
    },
    timeout: { type: 'string', pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
    start_period: {
      type: 'string',
      pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
    },
    start_interval: {
      type: 'string',
      pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$',
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate75(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'disable' ||
        key0 === 'retries' ||
        key0 === 'test' ||
        key0 === 'interval' ||
        key0 === 'timeout' ||
        key0 === 'start_period' ||
        key0 === 'start_interval' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.disable !== undefined) {
      if (typeof data.disable !== 'boolean') {
        const err1 = {
          instancePath: instancePath + '/disable',
          schemaPath: '#/properties/disable/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.retries !== undefined) {
      if (!(typeof data.retries == 'number')) {
        const err2 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/properties/retries/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.test !== undefined) {
      let data2 = data.test;
      if (typeof data2 !== 'string' && !Array.isArray(data2)) {
        const err3 = {
          instancePath: instancePath + '/test',
          schemaPath: '#/properties/test/type',
          keyword: 'type',
          params: { type: schema22.properties.test.type },
          message: 'must be string,array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== 'string') {
            const err4 = {
              instancePath: instancePath + '/test/' + i0,
              schemaPath: '#/properties/test/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.interval !== undefined) {
      let data4 = data.interval;
      if (typeof data4 === 'string') {
        if (!pattern11.test(data4)) {
          const err5 = {
            instancePath: instancePath + '/interval',
            schemaPath: '#/properties/interval/pattern',
            keyword: 'pattern',
            params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
            message:
              'must match pattern "' +
              '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/interval',
          schemaPath: '#/properties/interval/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.timeout !== undefined) {
      let data5 = data.timeout;
      if (typeof data5 === 'string') {
        if (!pattern11.test(data5)) {
          const err7 = {
            instancePath: instancePath + '/timeout',
            schemaPath: '#/properties/timeout/pattern',
            keyword: 'pattern',
            params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
            message:
              'must match pattern "' +
              '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/timeout',
          schemaPath: '#/properties/timeout/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.start_period !== undefined) {
      let data6 = data.start_period;
      if (typeof data6 === 'string') {
        if (!pattern11.test(data6)) {
          const err9 = {
            instancePath: instancePath + '/start_period',
            schemaPath: '#/properties/start_period/pattern',
            keyword: 'pattern',
            params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
            message:
              'must match pattern "' +
              '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/start_period',
          schemaPath: '#/properties/start_period/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.start_interval !== undefined) {
      let data7 = data.start_interval;
      if (typeof data7 === 'string') {
        if (!pattern11.test(data7)) {
          const err11 = {
            instancePath: instancePath + '/start_interval',
            schemaPath: '#/properties/start_interval/pattern',
            keyword: 'pattern',
            params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
            message:
              'must match pattern "' +
              '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/start_interval',
          schemaPath: '#/properties/start_interval/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema9.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.develop !== undefined) {
      if (
        !validate28(data.develop, {
          instancePath: instancePath + '/develop',
          parentData: data,
          parentDataProperty: 'develop',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== undefined) {
      if (
        !validate38(data.deploy, {
          instancePath: instancePath + '/deploy',
          parentData: data,
          parentDataProperty: 'deploy',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== undefined) {
      if (
        !validate34(data.annotations, {
          instancePath: instancePath + '/annotations',
          parentData: data,
          parentDataProperty: 'annotations',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.attach !== undefined) {
      if (typeof data.attach !== 'boolean') {
        const err1 = {
          instancePath: instancePath + '/attach',
          schemaPath: '#/properties/attach/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.build !== undefined) {
      let data4 = data.build;
      if (typeof data4 !== 'string' && !(data4 && typeof data4 == 'object' && !Array.isArray(data4))) {
        const err2 = {
          instancePath: instancePath + '/build',
          schemaPath: '#/properties/build/type',
          keyword: 'type',
          params: { type: schema9.properties.build.type },
          message: 'must be string,object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(func2.call(schema9.properties.build.properties, key1) || pattern0.test(key1))) {
            const err3 = {
              instancePath: instancePath + '/build',
              schemaPath: '#/properties/build/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data4.context !== undefined) {
          if (typeof data4.context !== 'string') {
            const err4 = {
              instancePath: instancePath + '/build/context',
              schemaPath: '#/properties/build/properties/context/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data4.dockerfile !== undefined) {
          if (typeof data4.dockerfile !== 'string') {
            const err5 = {
              instancePath: instancePath + '/build/dockerfile',
              schemaPath: '#/properties/build/properties/dockerfile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.dockerfile_inline !== undefined) {
          if (typeof data4.dockerfile_inline !== 'string') {
            const err6 = {
              instancePath: instancePath + '/build/dockerfile_inline',
              schemaPath: '#/properties/build/properties/dockerfile_inline/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.entitlements !== undefined) {
          let data8 = data4.entitlements;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data8[i0] !== 'string') {
                const err7 = {
                  instancePath: instancePath + '/build/entitlements/' + i0,
                  schemaPath: '#/properties/build/properties/entitlements/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/build/entitlements',
              schemaPath: '#/properties/build/properties/entitlements/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.args !== undefined) {
          if (
            !validate34(data4.args, {
              instancePath: instancePath + '/build/args',
              parentData: data4,
              parentDataProperty: 'args',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data4.ssh !== undefined) {
          if (
            !validate34(data4.ssh, {
              instancePath: instancePath + '/build/ssh',
              parentData: data4,
              parentDataProperty: 'ssh',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data4.labels !== undefined) {
          if (
            !validate34(data4.labels, {
              instancePath: instancePath + '/build/labels',
              parentData: data4,
              parentDataProperty: 'labels',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data4.cache_from !== undefined) {
          let data13 = data4.cache_from;
          if (Array.isArray(data13)) {
            const len1 = data13.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data13[i1] !== 'string') {
                const err9 = {
                  instancePath: instancePath + '/build/cache_from/' + i1,
                  schemaPath: '#/properties/build/properties/cache_from/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/build/cache_from',
              schemaPath: '#/properties/build/properties/cache_from/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.cache_to !== undefined) {
          let data15 = data4.cache_to;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data15[i2] !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/build/cache_to/' + i2,
                  schemaPath: '#/properties/build/properties/cache_to/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/build/cache_to',
              schemaPath: '#/properties/build/properties/cache_to/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.no_cache !== undefined) {
          if (typeof data4.no_cache !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/build/no_cache',
              schemaPath: '#/properties/build/properties/no_cache/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.no_cache_filter !== undefined) {
          if (
            !validate23(data4.no_cache_filter, {
              instancePath: instancePath + '/build/no_cache_filter',
              parentData: data4,
              parentDataProperty: 'no_cache_filter',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data4.additional_contexts !== undefined) {
          if (
            !validate34(data4.additional_contexts, {
              instancePath: instancePath + '/build/additional_contexts',
              parentData: data4,
              parentDataProperty: 'additional_contexts',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data4.network !== undefined) {
          if (typeof data4.network !== 'string') {
            const err14 = {
              instancePath: instancePath + '/build/network',
              schemaPath: '#/properties/build/properties/network/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.provenance !== undefined) {
          let data21 = data4.provenance;
          if (typeof data21 !== 'string' && typeof data21 !== 'boolean') {
            const err15 = {
              instancePath: instancePath + '/build/provenance',
              schemaPath: '#/properties/build/properties/provenance/type',
              keyword: 'type',
              params: { type: schema9.properties.build.properties.provenance.type },
              message: 'must be string,boolean',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data4.sbom !== undefined) {
          let data22 = data4.sbom;
          if (typeof data22 !== 'string' && typeof data22 !== 'boolean') {
            const err16 = {
              instancePath: instancePath + '/build/sbom',
              schemaPath: '#/properties/build/properties/sbom/type',
              keyword: 'type',
              params: { type: schema9.properties.build.properties.sbom.type },
              message: 'must be string,boolean',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.pull !== undefined) {
          if (typeof data4.pull !== 'boolean') {
            const err17 = {
              instancePath: instancePath + '/build/pull',
              schemaPath: '#/properties/build/properties/pull/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.target !== undefined) {
          if (typeof data4.target !== 'string') {
            const err18 = {
              instancePath: instancePath + '/build/target',
              schemaPath: '#/properties/build/properties/target/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.shm_size !== undefined) {
          let data25 = data4.shm_size;
          if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25)) && typeof data25 !== 'string') {
            const err19 = {
              instancePath: instancePath + '/build/shm_size',
              schemaPath: '#/properties/build/properties/shm_size/type',
              keyword: 'type',
              params: { type: schema9.properties.build.properties.shm_size.type },
              message: 'must be integer,string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.extra_hosts !== undefined) {
          if (
            !validate53(data4.extra_hosts, {
              instancePath: instancePath + '/build/extra_hosts',
              parentData: data4,
              parentDataProperty: 'extra_hosts',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data4.isolation !== undefined) {
          if (typeof data4.isolation !== 'string') {
            const err20 = {
              instancePath: instancePath + '/build/isolation',
              schemaPath: '#/properties/build/properties/isolation/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.privileged !== undefined) {
          if (typeof data4.privileged !== 'boolean') {
            const err21 = {
              instancePath: instancePath + '/build/privileged',
              schemaPath: '#/properties/build/properties/privileged/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.secrets !== undefined) {
          if (
            !validate55(data4.secrets, {
              instancePath: instancePath + '/build/secrets',
              parentData: data4,
              parentDataProperty: 'secrets',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data4.tags !== undefined) {
          let data30 = data4.tags;
          if (Array.isArray(data30)) {
            const len3 = data30.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data30[i3] !== 'string') {
                const err22 = {
                  instancePath: instancePath + '/build/tags/' + i3,
                  schemaPath: '#/properties/build/properties/tags/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/build/tags',
              schemaPath: '#/properties/build/properties/tags/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.ulimits !== undefined) {
          if (
            !validate57(data4.ulimits, {
              instancePath: instancePath + '/build/ulimits',
              parentData: data4,
              parentDataProperty: 'ulimits',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
        if (data4.platforms !== undefined) {
          let data33 = data4.platforms;
          if (Array.isArray(data33)) {
            const len4 = data33.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data33[i4] !== 'string') {
                const err24 = {
                  instancePath: instancePath + '/build/platforms/' + i4,
                  schemaPath: '#/properties/build/properties/platforms/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/build/platforms',
              schemaPath: '#/properties/build/properties/platforms/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
    }
    if (data.blkio_config !== undefined) {
      let data35 = data.blkio_config;
      if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
        for (const key2 in data35) {
          if (!(
            key2 === 'device_read_bps' ||
            key2 === 'device_read_iops' ||
            key2 === 'device_write_bps' ||
            key2 === 'device_write_iops' ||
            key2 === 'weight' ||
            key2 === 'weight_device' ||
            pattern0.test(key2)
          )) {
            const err26 = {
              instancePath: instancePath + '/blkio_config',
              schemaPath: '#/properties/blkio_config/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data35.device_read_bps !== undefined) {
          let data36 = data35.device_read_bps;
          if (Array.isArray(data36)) {
            const len5 = data36.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (
                !validate59(data36[i5], {
                  instancePath: instancePath + '/blkio_config/device_read_bps/' + i5,
                  parentData: data36,
                  parentDataProperty: i5,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/blkio_config/device_read_bps',
              schemaPath: '#/properties/blkio_config/properties/device_read_bps/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data35.device_read_iops !== undefined) {
          let data38 = data35.device_read_iops;
          if (Array.isArray(data38)) {
            const len6 = data38.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (
                !validate59(data38[i6], {
                  instancePath: instancePath + '/blkio_config/device_read_iops/' + i6,
                  parentData: data38,
                  parentDataProperty: i6,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/blkio_config/device_read_iops',
              schemaPath: '#/properties/blkio_config/properties/device_read_iops/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data35.device_write_bps !== undefined) {
          let data40 = data35.device_write_bps;
          if (Array.isArray(data40)) {
            const len7 = data40.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (
                !validate59(data40[i7], {
                  instancePath: instancePath + '/blkio_config/device_write_bps/' + i7,
                  parentData: data40,
                  parentDataProperty: i7,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/blkio_config/device_write_bps',
              schemaPath: '#/properties/blkio_config/properties/device_write_bps/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data35.device_write_iops !== undefined) {
          let data42 = data35.device_write_iops;
          if (Array.isArray(data42)) {
            const len8 = data42.length;
            for (let i8 = 0; i8 < len8; i8++) {
              if (
                !validate59(data42[i8], {
                  instancePath: instancePath + '/blkio_config/device_write_iops/' + i8,
                  parentData: data42,
                  parentDataProperty: i8,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/blkio_config/device_write_iops',
              schemaPath: '#/properties/blkio_config/properties/device_write_iops/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data35.weight !== undefined) {
          let data44 = data35.weight;
          if (!(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44))) {
            const err31 = {
              instancePath: instancePath + '/blkio_config/weight',
              schemaPath: '#/properties/blkio_config/properties/weight/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data35.weight_device !== undefined) {
          let data45 = data35.weight_device;
          if (Array.isArray(data45)) {
            const len9 = data45.length;
            for (let i9 = 0; i9 < len9; i9++) {
              if (
                !validate64(data45[i9], {
                  instancePath: instancePath + '/blkio_config/weight_device/' + i9,
                  parentData: data45,
                  parentDataProperty: i9,
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/blkio_config/weight_device',
              schemaPath: '#/properties/blkio_config/properties/weight_device/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/blkio_config',
          schemaPath: '#/properties/blkio_config/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.cap_add !== undefined) {
      let data47 = data.cap_add;
      if (Array.isArray(data47)) {
        const len10 = data47.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data47[i10] !== 'string') {
            const err34 = {
              instancePath: instancePath + '/cap_add/' + i10,
              schemaPath: '#/properties/cap_add/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        let i11 = data47.length;
        let j0;
        if (i11 > 1) {
          const indices0 = {};
          for (; i11--;) {
            let item0 = data47[i11];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err35 = {
                instancePath: instancePath + '/cap_add',
                schemaPath: '#/properties/cap_add/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i11, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i11 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
              break;
            }
            indices0[item0] = i11;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/cap_add',
          schemaPath: '#/properties/cap_add/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.cap_drop !== undefined) {
      let data49 = data.cap_drop;
      if (Array.isArray(data49)) {
        const len11 = data49.length;
        for (let i12 = 0; i12 < len11; i12++) {
          if (typeof data49[i12] !== 'string') {
            const err37 = {
              instancePath: instancePath + '/cap_drop/' + i12,
              schemaPath: '#/properties/cap_drop/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        let i13 = data49.length;
        let j1;
        if (i13 > 1) {
          const indices1 = {};
          for (; i13--;) {
            let item1 = data49[i13];
            if (typeof item1 !== 'string') {
              continue;
            }
            if (typeof indices1[item1] == 'number') {
              j1 = indices1[item1];
              const err38 = {
                instancePath: instancePath + '/cap_drop',
                schemaPath: '#/properties/cap_drop/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i13, j: j1 },
                message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i13 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
              break;
            }
            indices1[item1] = i13;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + '/cap_drop',
          schemaPath: '#/properties/cap_drop/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.cgroup !== undefined) {
      let data51 = data.cgroup;
      if (typeof data51 !== 'string') {
        const err40 = {
          instancePath: instancePath + '/cgroup',
          schemaPath: '#/properties/cgroup/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (!(data51 === 'host' || data51 === 'private')) {
        const err41 = {
          instancePath: instancePath + '/cgroup',
          schemaPath: '#/properties/cgroup/enum',
          keyword: 'enum',
          params: { allowedValues: schema9.properties.cgroup.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.cgroup_parent !== undefined) {
      if (typeof data.cgroup_parent !== 'string') {
        const err42 = {
          instancePath: instancePath + '/cgroup_parent',
          schemaPath: '#/properties/cgroup_parent/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.command !== undefined) {
      if (
        !validate32(data.command, {
          instancePath: instancePath + '/command',
          parentData: data,
          parentDataProperty: 'command',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.configs !== undefined) {
      if (
        !validate55(data.configs, {
          instancePath: instancePath + '/configs',
          parentData: data,
          parentDataProperty: 'configs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.container_name !== undefined) {
      if (typeof data.container_name !== 'string') {
        const err43 = {
          instancePath: instancePath + '/container_name',
          schemaPath: '#/properties/container_name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.cpu_count !== undefined) {
      let data56 = data.cpu_count;
      if (!(typeof data56 == 'number' && !(data56 % 1) && !isNaN(data56))) {
        const err44 = {
          instancePath: instancePath + '/cpu_count',
          schemaPath: '#/properties/cpu_count/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data56 == 'number') {
        if (data56 < 0 || isNaN(data56)) {
          const err45 = {
            instancePath: instancePath + '/cpu_count',
            schemaPath: '#/properties/cpu_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.cpu_percent !== undefined) {
      let data57 = data.cpu_percent;
      if (!(typeof data57 == 'number' && !(data57 % 1) && !isNaN(data57))) {
        const err46 = {
          instancePath: instancePath + '/cpu_percent',
          schemaPath: '#/properties/cpu_percent/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (typeof data57 == 'number') {
        if (data57 > 100 || isNaN(data57)) {
          const err47 = {
            instancePath: instancePath + '/cpu_percent',
            schemaPath: '#/properties/cpu_percent/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data57 < 0 || isNaN(data57)) {
          const err48 = {
            instancePath: instancePath + '/cpu_percent',
            schemaPath: '#/properties/cpu_percent/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
    }
    if (data.cpu_shares !== undefined) {
      let data58 = data.cpu_shares;
      if (!(typeof data58 == 'number') && typeof data58 !== 'string') {
        const err49 = {
          instancePath: instancePath + '/cpu_shares',
          schemaPath: '#/properties/cpu_shares/type',
          keyword: 'type',
          params: { type: schema9.properties.cpu_shares.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.cpu_quota !== undefined) {
      let data59 = data.cpu_quota;
      if (!(typeof data59 == 'number') && typeof data59 !== 'string') {
        const err50 = {
          instancePath: instancePath + '/cpu_quota',
          schemaPath: '#/properties/cpu_quota/type',
          keyword: 'type',
          params: { type: schema9.properties.cpu_quota.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.cpu_period !== undefined) {
      let data60 = data.cpu_period;
      if (!(typeof data60 == 'number') && typeof data60 !== 'string') {
        const err51 = {
          instancePath: instancePath + '/cpu_period',
          schemaPath: '#/properties/cpu_period/type',
          keyword: 'type',
          params: { type: schema9.properties.cpu_period.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.cpu_rt_period !== undefined) {
      let data61 = data.cpu_rt_period;
      if (!(typeof data61 == 'number') && typeof data61 !== 'string') {
        const err52 = {
          instancePath: instancePath + '/cpu_rt_period',
          schemaPath: '#/properties/cpu_rt_period/type',
          keyword: 'type',
          params: { type: schema9.properties.cpu_rt_period.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.cpu_rt_runtime !== undefined) {
      let data62 = data.cpu_rt_runtime;
      if (!(typeof data62 == 'number') && typeof data62 !== 'string') {
        const err53 = {
          instancePath: instancePath + '/cpu_rt_runtime',
          schemaPath: '#/properties/cpu_rt_runtime/type',
          keyword: 'type',
          params: { type: schema9.properties.cpu_rt_runtime.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.cpus !== undefined) {
      let data63 = data.cpus;
      if (!(typeof data63 == 'number') && typeof data63 !== 'string') {
        const err54 = {
          instancePath: instancePath + '/cpus',
          schemaPath: '#/properties/cpus/type',
          keyword: 'type',
          params: { type: schema9.properties.cpus.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.cpuset !== undefined) {
      if (typeof data.cpuset !== 'string') {
        const err55 = {
          instancePath: instancePath + '/cpuset',
          schemaPath: '#/properties/cpuset/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.credential_spec !== undefined) {
      let data65 = data.credential_spec;
      if (data65 && typeof data65 == 'object' && !Array.isArray(data65)) {
        for (const key3 in data65) {
          if (!(key3 === 'config' || key3 === 'file' || key3 === 'registry' || pattern0.test(key3))) {
            const err56 = {
              instancePath: instancePath + '/credential_spec',
              schemaPath: '#/properties/credential_spec/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data65.config !== undefined) {
          if (typeof data65.config !== 'string') {
            const err57 = {
              instancePath: instancePath + '/credential_spec/config',
              schemaPath: '#/properties/credential_spec/properties/config/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data65.file !== undefined) {
          if (typeof data65.file !== 'string') {
            const err58 = {
              instancePath: instancePath + '/credential_spec/file',
              schemaPath: '#/properties/credential_spec/properties/file/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data65.registry !== undefined) {
          if (typeof data65.registry !== 'string') {
            const err59 = {
              instancePath: instancePath + '/credential_spec/registry',
              schemaPath: '#/properties/credential_spec/properties/registry/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = {
          instancePath: instancePath + '/credential_spec',
          schemaPath: '#/properties/credential_spec/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.depends_on !== undefined) {
      let data69 = data.depends_on;
      if (!data69 || typeof data69 != 'object') {
        const err61 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: schema9.properties.depends_on.type },
          message: 'must be array,object',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      if (Array.isArray(data69)) {
        const len12 = data69.length;
        for (let i14 = 0; i14 < len12; i14++) {
          if (typeof data69[i14] !== 'string') {
            const err62 = {
              instancePath: instancePath + '/depends_on/' + i14,
              schemaPath: '#/properties/depends_on/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        let i15 = data69.length;
        let j2;
        if (i15 > 1) {
          const indices2 = {};
          for (; i15--;) {
            let item2 = data69[i15];
            if (typeof item2 !== 'string') {
              continue;
            }
            if (typeof indices2[item2] == 'number') {
              j2 = indices2[item2];
              const err63 = {
                instancePath: instancePath + '/depends_on',
                schemaPath: '#/properties/depends_on/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i15, j: j2 },
                message: 'must NOT have duplicate items (items ## ' + j2 + ' and ' + i15 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
              break;
            }
            indices2[item2] = i15;
          }
        }
      }
      if (data69 && typeof data69 == 'object' && !Array.isArray(data69)) {
        for (const key4 in data69) {
          if (!pattern1.test(key4)) {
            const err64 = {
              instancePath: instancePath + '/depends_on',
              schemaPath: '#/properties/depends_on/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        for (const key5 in data69) {
          if (pattern1.test(key5)) {
            let data71 = data69[key5];
            if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
              if (data71.condition === undefined) {
                const err65 = {
                  instancePath: instancePath + '/depends_on/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required',
                  keyword: 'required',
                  params: { missingProperty: 'condition' },
                  message: "must have required property '" + 'condition' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              for (const key6 in data71) {
                if (!(
                  key6 === 'restart' ||
                  key6 === 'required' ||
                  key6 === 'condition' ||
                  pattern0.test(key6)
                )) {
                  const err66 = {
                    instancePath:
                      instancePath + '/depends_on/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key6 },
                    message: 'must NOT have additional properties',
                  };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
              if (data71.restart !== undefined) {
                if (typeof data71.restart !== 'boolean') {
                  const err67 = {
                    instancePath:
                      instancePath +
                      '/depends_on/' +
                      key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/restart',
                    schemaPath:
                      '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
              if (data71.required !== undefined) {
                if (typeof data71.required !== 'boolean') {
                  const err68 = {
                    instancePath:
                      instancePath +
                      '/depends_on/' +
                      key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/required',
                    schemaPath:
                      '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
              if (data71.condition !== undefined) {
                let data74 = data71.condition;
                if (typeof data74 !== 'string') {
                  const err69 = {
                    instancePath:
                      instancePath +
                      '/depends_on/' +
                      key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/condition',
                    schemaPath:
                      '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (!(
                  data74 === 'service_started' ||
                  data74 === 'service_healthy' ||
                  data74 === 'service_completed_successfully'
                )) {
                  const err70 = {
                    instancePath:
                      instancePath +
                      '/depends_on/' +
                      key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/condition',
                    schemaPath:
                      '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum',
                    keyword: 'enum',
                    params: {
                      allowedValues:
                        schema9.properties.depends_on.patternProperties['^[a-zA-Z0-9._-]+$'].properties
                          .condition.enum,
                    },
                    message: 'must be equal to one of the allowed values',
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            } else {
              const err71 = {
                instancePath: instancePath + '/depends_on/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.device_cgroup_rules !== undefined) {
      if (
        !validate41(data.device_cgroup_rules, {
          instancePath: instancePath + '/device_cgroup_rules',
          parentData: data,
          parentDataProperty: 'device_cgroup_rules',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.devices !== undefined) {
      let data76 = data.devices;
      if (Array.isArray(data76)) {
        const len13 = data76.length;
        for (let i16 = 0; i16 < len13; i16++) {
          let data77 = data76[i16];
          if (
            typeof data77 !== 'string' &&
            !(data77 && typeof data77 == 'object' && !Array.isArray(data77))
          ) {
            const err72 = {
              instancePath: instancePath + '/devices/' + i16,
              schemaPath: '#/properties/devices/items/type',
              keyword: 'type',
              params: { type: schema9.properties.devices.items.type },
              message: 'must be string,object',
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (data77 && typeof data77 == 'object' && !Array.isArray(data77)) {
            if (data77.source === undefined) {
              const err73 = {
                instancePath: instancePath + '/devices/' + i16,
                schemaPath: '#/properties/devices/items/required',
                keyword: 'required',
                params: { missingProperty: 'source' },
                message: "must have required property '" + 'source' + "'",
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            for (const key7 in data77) {
              if (!(
                key7 === 'source' ||
                key7 === 'target' ||
                key7 === 'permissions' ||
                pattern0.test(key7)
              )) {
                const err74 = {
                  instancePath: instancePath + '/devices/' + i16,
                  schemaPath: '#/properties/devices/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data77.source !== undefined) {
              if (typeof data77.source !== 'string') {
                const err75 = {
                  instancePath: instancePath + '/devices/' + i16 + '/source',
                  schemaPath: '#/properties/devices/items/properties/source/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data77.target !== undefined) {
              if (typeof data77.target !== 'string') {
                const err76 = {
                  instancePath: instancePath + '/devices/' + i16 + '/target',
                  schemaPath: '#/properties/devices/items/properties/target/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data77.permissions !== undefined) {
              if (typeof data77.permissions !== 'string') {
                const err77 = {
                  instancePath: instancePath + '/devices/' + i16 + '/permissions',
                  schemaPath: '#/properties/devices/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          }
        }
        let i17 = data76.length;
        let j3;
        if (i17 > 1) {
          outer0: for (; i17--;) {
            for (j3 = i17; j3--;) {
              if (func0(data76[i17], data76[j3])) {
                const err78 = {
                  instancePath: instancePath + '/devices',
                  schemaPath: '#/properties/devices/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i17, j: j3 },
                  message:
                    'must NOT have duplicate items (items ## ' + j3 + ' and ' + i17 + ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err79 = {
          instancePath: instancePath + '/devices',
          schemaPath: '#/properties/devices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.dns !== undefined) {
      if (
        !validate23(data.dns, {
          instancePath: instancePath + '/dns',
          parentData: data,
          parentDataProperty: 'dns',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_opt !== undefined) {
      let data82 = data.dns_opt;
      if (Array.isArray(data82)) {
        const len14 = data82.length;
        for (let i18 = 0; i18 < len14; i18++) {
          if (typeof data82[i18] !== 'string') {
            const err80 = {
              instancePath: instancePath + '/dns_opt/' + i18,
              schemaPath: '#/properties/dns_opt/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        let i19 = data82.length;
        let j4;
        if (i19 > 1) {
          const indices3 = {};
          for (; i19--;) {
            let item3 = data82[i19];
            if (typeof item3 !== 'string') {
              continue;
            }
            if (typeof indices3[item3] == 'number') {
              j4 = indices3[item3];
              const err81 = {
                instancePath: instancePath + '/dns_opt',
                schemaPath: '#/properties/dns_opt/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i19, j: j4 },
                message: 'must NOT have duplicate items (items ## ' + j4 + ' and ' + i19 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
              break;
            }
            indices3[item3] = i19;
          }
        }
      } else {
        const err82 = {
          instancePath: instancePath + '/dns_opt',
          schemaPath: '#/properties/dns_opt/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.dns_search !== undefined) {
      if (
        !validate23(data.dns_search, {
          instancePath: instancePath + '/dns_search',
          parentData: data,
          parentDataProperty: 'dns_search',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.domainname !== undefined) {
      if (typeof data.domainname !== 'string') {
        const err83 = {
          instancePath: instancePath + '/domainname',
          schemaPath: '#/properties/domainname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.entrypoint !== undefined) {
      if (
        !validate32(data.entrypoint, {
          instancePath: instancePath + '/entrypoint',
          parentData: data,
          parentDataProperty: 'entrypoint',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_file !== undefined) {
      let data87 = data.env_file;
      if (typeof data87 !== 'string' && !Array.isArray(data87)) {
        const err84 = {
          instancePath: instancePath + '/env_file',
          schemaPath: '#/properties/env_file/type',
          keyword: 'type',
          params: { type: schema9.properties.env_file.type },
          message: 'must be string,array',
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      if (Array.isArray(data87)) {
        const len15 = data87.length;
        for (let i20 = 0; i20 < len15; i20++) {
          let data88 = data87[i20];
          if (
            typeof data88 !== 'string' &&
            !(data88 && typeof data88 == 'object' && !Array.isArray(data88))
          ) {
            const err85 = {
              instancePath: instancePath + '/env_file/' + i20,
              schemaPath: '#/properties/env_file/items/type',
              keyword: 'type',
              params: { type: schema9.properties.env_file.items.type },
              message: 'must be string,object',
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (data88 && typeof data88 == 'object' && !Array.isArray(data88)) {
            if (data88.path === undefined) {
              const err86 = {
                instancePath: instancePath + '/env_file/' + i20,
                schemaPath: '#/properties/env_file/items/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property '" + 'path' + "'",
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            for (const key8 in data88) {
              if (!(key8 === 'path' || key8 === 'format' || key8 === 'required')) {
                const err87 = {
                  instancePath: instancePath + '/env_file/' + i20,
                  schemaPath: '#/properties/env_file/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data88.path !== undefined) {
              if (typeof data88.path !== 'string') {
                const err88 = {
                  instancePath: instancePath + '/env_file/' + i20 + '/path',
                  schemaPath: '#/properties/env_file/items/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data88.format !== undefined) {
              if (typeof data88.format !== 'string') {
                const err89 = {
                  instancePath: instancePath + '/env_file/' + i20 + '/format',
                  schemaPath: '#/properties/env_file/items/properties/format/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data88.required !== undefined) {
              if (typeof data88.required !== 'boolean') {
                const err90 = {
                  instancePath: instancePath + '/env_file/' + i20 + '/required',
                  schemaPath: '#/properties/env_file/items/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.environment !== undefined) {
      if (
        !validate34(data.environment, {
          instancePath: instancePath + '/environment',
          parentData: data,
          parentDataProperty: 'environment',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.expose !== undefined) {
      let data93 = data.expose;
      if (Array.isArray(data93)) {
        const len16 = data93.length;
        for (let i21 = 0; i21 < len16; i21++) {
          let data94 = data93[i21];
          if (typeof data94 !== 'string' && !(typeof data94 == 'number')) {
            const err91 = {
              instancePath: instancePath + '/expose/' + i21,
              schemaPath: '#/properties/expose/items/type',
              keyword: 'type',
              params: { type: schema9.properties.expose.items.type },
              message: 'must be string,number',
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        let i22 = data93.length;
        let j5;
        if (i22 > 1) {
          const indices4 = {};
          for (; i22--;) {
            let item4 = data93[i22];
            if (typeof item4 !== 'string' && !(typeof item4 == 'number')) {
              continue;
            }
            if (typeof item4 == 'string') {
              item4 += '_';
            }
            if (typeof indices4[item4] == 'number') {
              j5 = indices4[item4];
              const err92 = {
                instancePath: instancePath + '/expose',
                schemaPath: '#/properties/expose/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i22, j: j5 },
                message: 'must NOT have duplicate items (items ## ' + j5 + ' and ' + i22 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
              break;
            }
            indices4[item4] = i22;
          }
        }
      } else {
        const err93 = {
          instancePath: instancePath + '/expose',
          schemaPath: '#/properties/expose/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.extends !== undefined) {
      let data95 = data.extends;
      if (typeof data95 !== 'string' && !(data95 && typeof data95 == 'object' && !Array.isArray(data95))) {
        const err94 = {
          instancePath: instancePath + '/extends',
          schemaPath: '#/properties/extends/type',
          keyword: 'type',
          params: { type: schema9.properties.extends.type },
          message: 'must be string,object',
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
      if (data95 && typeof data95 == 'object' && !Array.isArray(data95)) {
        if (data95.service === undefined) {
          const err95 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/properties/extends/required',
            keyword: 'required',
            params: { missingProperty: 'service' },
            message: "must have required property '" + 'service' + "'",
          };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        for (const key9 in data95) {
          if (!(key9 === 'service' || key9 === 'file')) {
            const err96 = {
              instancePath: instancePath + '/extends',
              schemaPath: '#/properties/extends/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data95.service !== undefined) {
          if (typeof data95.service !== 'string') {
            const err97 = {
              instancePath: instancePath + '/extends/service',
              schemaPath: '#/properties/extends/properties/service/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data95.file !== undefined) {
          if (typeof data95.file !== 'string') {
            const err98 = {
              instancePath: instancePath + '/extends/file',
              schemaPath: '#/properties/extends/properties/file/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      }
    }
    if (data.external_links !== undefined) {
      let data98 = data.external_links;
      if (Array.isArray(data98)) {
        const len17 = data98.length;
        for (let i23 = 0; i23 < len17; i23++) {
          if (typeof data98[i23] !== 'string') {
            const err99 = {
              instancePath: instancePath + '/external_links/' + i23,
              schemaPath: '#/properties/external_links/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        let i24 = data98.length;
        let j6;
        if (i24 > 1) {
          const indices5 = {};
          for (; i24--;) {
            let item5 = data98[i24];
            if (typeof item5 !== 'string') {
              continue;
            }
            if (typeof indices5[item5] == 'number') {
              j6 = indices5[item5];
              const err100 = {
                instancePath: instancePath + '/external_links',
                schemaPath: '#/properties/external_links/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i24, j: j6 },
                message: 'must NOT have duplicate items (items ## ' + j6 + ' and ' + i24 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
              break;
            }
            indices5[item5] = i24;
          }
        }
      } else {
        const err101 = {
          instancePath: instancePath + '/external_links',
          schemaPath: '#/properties/external_links/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.extra_hosts !== undefined) {
      if (
        !validate53(data.extra_hosts, {
          instancePath: instancePath + '/extra_hosts',
          parentData: data,
          parentDataProperty: 'extra_hosts',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.gpus !== undefined) {
      let data101 = data.gpus;
      if (typeof data101 !== 'string' && !Array.isArray(data101)) {
        const err102 = {
          instancePath: instancePath + '/gpus',
          schemaPath: '#/properties/gpus/type',
          keyword: 'type',
          params: { type: schema9.properties.gpus.type },
          message: 'must be string,array',
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
      const _errs190 = errors;
      let valid52 = true;
      const _errs191 = errors;
      if (typeof data101 !== 'string') {
        const err103 = {};
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
      var _valid0 = _errs191 === errors;
      errors = _errs190;
      if (vErrors !== null) {
        if (_errs190) {
          vErrors.length = _errs190;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs193 = errors;
        if (!(data101 === 'all')) {
          const err104 = {
            instancePath: instancePath + '/gpus',
            schemaPath: '#/properties/gpus/then/enum',
            keyword: 'enum',
            params: { allowedValues: schema9.properties.gpus.then.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        var _valid0 = _errs193 === errors;
        valid52 = _valid0;
      }
      if (!valid52) {
        const err105 = {
          instancePath: instancePath + '/gpus',
          schemaPath: '#/properties/gpus/if',
          keyword: 'if',
          params: { failingKeyword: 'then' },
          message: 'must match "then" schema',
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
      if (Array.isArray(data101)) {
        const len18 = data101.length;
        for (let i25 = 0; i25 < len18; i25++) {
          if (
            !validate40(data101[i25], {
              instancePath: instancePath + '/gpus/' + i25,
              parentData: data101,
              parentDataProperty: i25,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.group_add !== undefined) {
      let data103 = data.group_add;
      if (Array.isArray(data103)) {
        const len19 = data103.length;
        for (let i26 = 0; i26 < len19; i26++) {
          let data104 = data103[i26];
          if (typeof data104 !== 'string' && !(typeof data104 == 'number')) {
            const err106 = {
              instancePath: instancePath + '/group_add/' + i26,
              schemaPath: '#/properties/group_add/items/type',
              keyword: 'type',
              params: { type: schema9.properties.group_add.items.type },
              message: 'must be string,number',
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        let i27 = data103.length;
        let j7;
        if (i27 > 1) {
          const indices6 = {};
          for (; i27--;) {
            let item6 = data103[i27];
            if (typeof item6 !== 'string' && !(typeof item6 == 'number')) {
              continue;
            }
            if (typeof item6 == 'string') {
              item6 += '_';
            }
            if (typeof indices6[item6] == 'number') {
              j7 = indices6[item6];
              const err107 = {
                instancePath: instancePath + '/group_add',
                schemaPath: '#/properties/group_add/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i27, j: j7 },
                message: 'must NOT have duplicate items (items ## ' + j7 + ' and ' + i27 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
              break;
            }
            indices6[item6] = i27;
          }
        }
      } else {
        const err108 = {
          instancePath: instancePath + '/group_add',
          schemaPath: '#/properties/group_add/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.healthcheck !== undefined) {
      if (
        !validate75(data.healthcheck, {
          instancePath: instancePath + '/healthcheck',
          parentData: data,
          parentDataProperty: 'healthcheck',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.hostname !== undefined) {
      if (typeof data.hostname !== 'string') {
        const err109 = {
          instancePath: instancePath + '/hostname',
          schemaPath: '#/properties/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.image !== undefined) {
      if (typeof data.image !== 'string') {
        const err110 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/properties/image/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.init !== undefined) {
      if (typeof data.init !== 'boolean') {
        const err111 = {
          instancePath: instancePath + '/init',
          schemaPath: '#/properties/init/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.ipc !== undefined) {
      if (typeof data.ipc !== 'string') {
        const err112 = {
          instancePath: instancePath + '/ipc',
          schemaPath: '#/properties/ipc/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.isolation !== undefined) {
      if (typeof data.isolation !== 'string') {
        const err113 = {
          instancePath: instancePath + '/isolation',
          schemaPath: '#/properties/isolation/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.label_file !== undefined) {
      if (
        !validate23(data.label_file, {
          instancePath: instancePath + '/label_file',
          parentData: data,
          parentDataProperty: 'label_file',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.links !== undefined) {
      let data113 = data.links;
      if (Array.isArray(data113)) {
        const len20 = data113.length;
        for (let i28 = 0; i28 < len20; i28++) {
          if (typeof data113[i28] !== 'string') {
            const err114 = {
              instancePath: instancePath + '/links/' + i28,
              schemaPath: '#/properties/links/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        let i29 = data113.length;
        let j8;
        if (i29 > 1) {
          const indices7 = {};
          for (; i29--;) {
            let item7 = data113[i29];
            if (typeof item7 !== 'string') {
              continue;
            }
            if (typeof indices7[item7] == 'number') {
              j8 = indices7[item7];
              const err115 = {
                instancePath: instancePath + '/links',
                schemaPath: '#/properties/links/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i29, j: j8 },
                message: 'must NOT have duplicate items (items ## ' + j8 + ' and ' + i29 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
              break;
            }
            indices7[item7] = i29;
          }
        }
      } else {
        const err116 = {
          instancePath: instancePath + '/links',
          schemaPath: '#/properties/links/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.logging !== undefined) {
      let data115 = data.logging;
      if (data115 && typeof data115 == 'object' && !Array.isArray(data115)) {
        for (const key10 in data115) {
          if (!(key10 === 'driver' || key10 === 'options' || pattern0.test(key10))) {
            const err117 = {
              instancePath: instancePath + '/logging',
              schemaPath: '#/properties/logging/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data115.driver !== undefined) {
          if (typeof data115.driver !== 'string') {
            const err118 = {
              instancePath: instancePath + '/logging/driver',
              schemaPath: '#/properties/logging/properties/driver/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data115.options !== undefined) {
          let data117 = data115.options;
          if (data117 && typeof data117 == 'object' && !Array.isArray(data117)) {
            for (const key11 in data117) {
              if (pattern45.test(key11)) {
                let data118 = data117[key11];
                if (typeof data118 !== 'string' && !(typeof data118 == 'number') && data118 !== null) {
                  const err119 = {
                    instancePath:
                      instancePath + '/logging/options/' + key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type',
                    keyword: 'type',
                    params: {
                      type: schema9.properties.logging.properties.options.patternProperties['^.+$'].type,
                    },
                    message: 'must be string,number,null',
                  };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err120 = {
              instancePath: instancePath + '/logging/options',
              schemaPath: '#/properties/logging/properties/options/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
      } else {
        const err121 = {
          instancePath: instancePath + '/logging',
          schemaPath: '#/properties/logging/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data.mac_address !== undefined) {
      if (typeof data.mac_address !== 'string') {
        const err122 = {
          instancePath: instancePath + '/mac_address',
          schemaPath: '#/properties/mac_address/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.mem_limit !== undefined) {
      let data120 = data.mem_limit;
      if (!(typeof data120 == 'number') && typeof data120 !== 'string') {
        const err123 = {
          instancePath: instancePath + '/mem_limit',
          schemaPath: '#/properties/mem_limit/type',
          keyword: 'type',
          params: { type: schema9.properties.mem_limit.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.mem_reservation !== undefined) {
      let data121 = data.mem_reservation;
      if (!(typeof data121 == 'number' && !(data121 % 1) && !isNaN(data121)) && typeof data121 !== 'string') {
        const err124 = {
          instancePath: instancePath + '/mem_reservation',
          schemaPath: '#/properties/mem_reservation/type',
          keyword: 'type',
          params: { type: schema9.properties.mem_reservation.type },
          message: 'must be integer,string',
        };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.mem_swappiness !== undefined) {
      let data122 = data.mem_swappiness;
      if (!(typeof data122 == 'number' && !(data122 % 1) && !isNaN(data122))) {
        const err125 = {
          instancePath: instancePath + '/mem_swappiness',
          schemaPath: '#/properties/mem_swappiness/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.memswap_limit !== undefined) {
      let data123 = data.memswap_limit;
      if (!(typeof data123 == 'number') && typeof data123 !== 'string') {
        const err126 = {
          instancePath: instancePath + '/memswap_limit',
          schemaPath: '#/properties/memswap_limit/type',
          keyword: 'type',
          params: { type: schema9.properties.memswap_limit.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data124 = data.models;
      if (!data124 || typeof data124 != 'object') {
        const err127 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: schema9.properties.models.type },
          message: 'must be array,object',
        };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
      if (Array.isArray(data124)) {
        const len21 = data124.length;
        for (let i30 = 0; i30 < len21; i30++) {
          if (typeof data124[i30] !== 'string') {
            const err128 = {
              instancePath: instancePath + '/models/' + i30,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        let i31 = data124.length;
        let j9;
        if (i31 > 1) {
          const indices8 = {};
          for (; i31--;) {
            let item8 = data124[i31];
            if (typeof item8 !== 'string') {
              continue;
            }
            if (typeof indices8[item8] == 'number') {
              j9 = indices8[item8];
              const err129 = {
                instancePath: instancePath + '/models',
                schemaPath: '#/properties/models/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i31, j: j9 },
                message: 'must NOT have duplicate items (items ## ' + j9 + ' and ' + i31 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
              break;
            }
            indices8[item8] = i31;
          }
        }
      }
      if (data124 && typeof data124 == 'object' && !Array.isArray(data124)) {
        for (const key12 in data124) {
          if (pattern1.test(key12)) {
            let data126 = data124[key12];
            if (!(data126 && typeof data126 == 'object' && !Array.isArray(data126)) && data126 !== null) {
              const err130 = {
                instancePath: instancePath + '/models/' + key12.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type',
                keyword: 'type',
                params: { type: schema9.properties.models.patternProperties['^[a-zA-Z0-9._-]+$'].type },
                message: 'must be object,null',
              };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (data126 && typeof data126 == 'object' && !Array.isArray(data126)) {
              for (const key13 in data126) {
                if (!(key13 === 'endpoint_var' || key13 === 'model_var' || pattern0.test(key13))) {
                  const err131 = {
                    instancePath: instancePath + '/models/' + key12.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key13 },
                    message: 'must NOT have additional properties',
                  };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              }
              if (data126.endpoint_var !== undefined) {
                if (typeof data126.endpoint_var !== 'string') {
                  const err132 = {
                    instancePath:
                      instancePath +
                      '/models/' +
                      key12.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/endpoint_var',
                    schemaPath:
                      '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
              if (data126.model_var !== undefined) {
                if (typeof data126.model_var !== 'string') {
                  const err133 = {
                    instancePath:
                      instancePath +
                      '/models/' +
                      key12.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/model_var',
                    schemaPath:
                      '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model_var/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
            }
          }
        }
      }
    }
    if (data.network_mode !== undefined) {
      if (typeof data.network_mode !== 'string') {
        const err134 = {
          instancePath: instancePath + '/network_mode',
          schemaPath: '#/properties/network_mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.networks !== undefined) {
      let data130 = data.networks;
      if (!data130 || typeof data130 != 'object') {
        const err135 = {
          instancePath: instancePath + '/networks',
          schemaPath: '#/properties/networks/type',
          keyword: 'type',
          params: { type: schema9.properties.networks.type },
          message: 'must be array,object',
        };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
      if (Array.isArray(data130)) {
        const len22 = data130.length;
        for (let i32 = 0; i32 < len22; i32++) {
          if (typeof data130[i32] !== 'string') {
            const err136 = {
              instancePath: instancePath + '/networks/' + i32,
              schemaPath: '#/properties/networks/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        let i33 = data130.length;
        let j10;
        if (i33 > 1) {
          const indices9 = {};
          for (; i33--;) {
            let item9 = data130[i33];
            if (typeof item9 !== 'string') {
              continue;
            }
            if (typeof indices9[item9] == 'number') {
              j10 = indices9[item9];
              const err137 = {
                instancePath: instancePath + '/networks',
                schemaPath: '#/properties/networks/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i33, j: j10 },
                message: 'must NOT have duplicate items (items ## ' + j10 + ' and ' + i33 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
              break;
            }
            indices9[item9] = i33;
          }
        }
      }
      if (data130 && typeof data130 == 'object' && !Array.isArray(data130)) {
        for (const key14 in data130) {
          if (!pattern1.test(key14)) {
            const err138 = {
              instancePath: instancePath + '/networks',
              schemaPath: '#/properties/networks/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key14 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        for (const key15 in data130) {
          if (pattern1.test(key15)) {
            let data132 = data130[key15];
            if (!(data132 && typeof data132 == 'object' && !Array.isArray(data132)) && data132 !== null) {
              const err139 = {
                instancePath: instancePath + '/networks/' + key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type',
                keyword: 'type',
                params: { type: schema9.properties.networks.patternProperties['^[a-zA-Z0-9._-]+$'].type },
                message: 'must be object,null',
              };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            if (data132 && typeof data132 == 'object' && !Array.isArray(data132)) {
              for (const key16 in data132) {
                if (!(
                  func2.call(
                    schema9.properties.networks.patternProperties['^[a-zA-Z0-9._-]+$'].properties,
                    key16,
                  ) || pattern0.test(key16)
                )) {
                  const err140 = {
                    instancePath:
                      instancePath + '/networks/' + key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key16 },
                    message: 'must NOT have additional properties',
                  };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
              if (data132.aliases !== undefined) {
                if (
                  !validate41(data132.aliases, {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/aliases',
                    parentData: data132,
                    parentDataProperty: 'aliases',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                  errors = vErrors.length;
                }
              }
              if (data132.interface_name !== undefined) {
                if (typeof data132.interface_name !== 'string') {
                  const err141 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/interface_name',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/interface_name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              }
              if (data132.ipv4_address !== undefined) {
                if (typeof data132.ipv4_address !== 'string') {
                  const err142 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/ipv4_address',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipv4_address/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              }
              if (data132.ipv6_address !== undefined) {
                if (typeof data132.ipv6_address !== 'string') {
                  const err143 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/ipv6_address',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipv6_address/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              }
              if (data132.link_local_ips !== undefined) {
                if (
                  !validate41(data132.link_local_ips, {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/link_local_ips',
                    parentData: data132,
                    parentDataProperty: 'link_local_ips',
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                  errors = vErrors.length;
                }
              }
              if (data132.mac_address !== undefined) {
                if (typeof data132.mac_address !== 'string') {
                  const err144 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/mac_address',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mac_address/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
              }
              if (data132.driver_opts !== undefined) {
                let data139 = data132.driver_opts;
                if (data139 && typeof data139 == 'object' && !Array.isArray(data139)) {
                  for (const key17 in data139) {
                    if (pattern45.test(key17)) {
                      let data140 = data139[key17];
                      if (typeof data140 !== 'string' && !(typeof data140 == 'number')) {
                        const err145 = {
                          instancePath:
                            instancePath +
                            '/networks/' +
                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/driver_opts/' +
                            key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver_opts/patternProperties/%5E.%2B%24/type',
                          keyword: 'type',
                          params: {
                            type: schema9.properties.networks.patternProperties['^[a-zA-Z0-9._-]+$']
                              .properties.driver_opts.patternProperties['^.+$'].type,
                          },
                          message: 'must be string,number',
                        };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err146 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/driver_opts',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver_opts/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              if (data132.priority !== undefined) {
                if (!(typeof data132.priority == 'number')) {
                  const err147 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/priority',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/priority/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number',
                  };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              }
              if (data132.gw_priority !== undefined) {
                if (!(typeof data132.gw_priority == 'number')) {
                  const err148 = {
                    instancePath:
                      instancePath +
                      '/networks/' +
                      key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/gw_priority',
                    schemaPath:
                      '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gw_priority/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number',
                  };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
              }
            }
          }
        }
      }
    }
    if (data.oom_kill_disable !== undefined) {
      if (typeof data.oom_kill_disable !== 'boolean') {
        const err149 = {
          instancePath: instancePath + '/oom_kill_disable',
          schemaPath: '#/properties/oom_kill_disable/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data.oom_score_adj !== undefined) {
      let data144 = data.oom_score_adj;
      if (!(typeof data144 == 'number' && !(data144 % 1) && !isNaN(data144))) {
        const err150 = {
          instancePath: instancePath + '/oom_score_adj',
          schemaPath: '#/properties/oom_score_adj/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
      if (typeof data144 == 'number') {
        if (data144 > 1000 || isNaN(data144)) {
          const err151 = {
            instancePath: instancePath + '/oom_score_adj',
            schemaPath: '#/properties/oom_score_adj/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
            message: 'must be <= 1000',
          };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
        if (data144 < -1000 || isNaN(data144)) {
          const err152 = {
            instancePath: instancePath + '/oom_score_adj',
            schemaPath: '#/properties/oom_score_adj/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -1000 },
            message: 'must be >= -1000',
          };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
      }
    }
    if (data.pid !== undefined) {
      let data145 = data.pid;
      if (typeof data145 !== 'string' && data145 !== null) {
        const err153 = {
          instancePath: instancePath + '/pid',
          schemaPath: '#/properties/pid/type',
          keyword: 'type',
          params: { type: schema9.properties.pid.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.pids_limit !== undefined) {
      let data146 = data.pids_limit;
      if (!(typeof data146 == 'number') && typeof data146 !== 'string') {
        const err154 = {
          instancePath: instancePath + '/pids_limit',
          schemaPath: '#/properties/pids_limit/type',
          keyword: 'type',
          params: { type: schema9.properties.pids_limit.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.platform !== undefined) {
      if (typeof data.platform !== 'string') {
        const err155 = {
          instancePath: instancePath + '/platform',
          schemaPath: '#/properties/platform/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.ports !== undefined) {
      let data148 = data.ports;
      if (Array.isArray(data148)) {
        const len23 = data148.length;
        for (let i34 = 0; i34 < len23; i34++) {
          let data149 = data148[i34];
          if (
            !(typeof data149 == 'number') &&
            typeof data149 !== 'string' &&
            !(data149 && typeof data149 == 'object' && !Array.isArray(data149))
          ) {
            const err156 = {
              instancePath: instancePath + '/ports/' + i34,
              schemaPath: '#/properties/ports/items/type',
              keyword: 'type',
              params: { type: schema9.properties.ports.items.type },
              message: 'must be number,string,object',
            };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
          if (data149 && typeof data149 == 'object' && !Array.isArray(data149)) {
            for (const key18 in data149) {
              if (!(
                key18 === 'name' ||
                key18 === 'mode' ||
                key18 === 'host_ip' ||
                key18 === 'target' ||
                key18 === 'published' ||
                key18 === 'protocol' ||
                key18 === 'app_protocol' ||
                pattern0.test(key18)
              )) {
                const err157 = {
                  instancePath: instancePath + '/ports/' + i34,
                  schemaPath: '#/properties/ports/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key18 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data149.name !== undefined) {
              if (typeof data149.name !== 'string') {
                const err158 = {
                  instancePath: instancePath + '/ports/' + i34 + '/name',
                  schemaPath: '#/properties/ports/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data149.mode !== undefined) {
              if (typeof data149.mode !== 'string') {
                const err159 = {
                  instancePath: instancePath + '/ports/' + i34 + '/mode',
                  schemaPath: '#/properties/ports/items/properties/mode/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data149.host_ip !== undefined) {
              if (typeof data149.host_ip !== 'string') {
                const err160 = {
                  instancePath: instancePath + '/ports/' + i34 + '/host_ip',
                  schemaPath: '#/properties/ports/items/properties/host_ip/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data149.target !== undefined) {
              let data153 = data149.target;
              if (!(typeof data153 == 'number' && !(data153 % 1) && !isNaN(data153))) {
                const err161 = {
                  instancePath: instancePath + '/ports/' + i34 + '/target',
                  schemaPath: '#/properties/ports/items/properties/target/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data149.published !== undefined) {
              let data154 = data149.published;
              if (
                !(typeof data154 == 'number' && !(data154 % 1) && !isNaN(data154)) &&
                typeof data154 !== 'string'
              ) {
                const err162 = {
                  instancePath: instancePath + '/ports/' + i34 + '/published',
                  schemaPath: '#/properties/ports/items/properties/published/type',
                  keyword: 'type',
                  params: { type: schema9.properties.ports.items.properties.published.type },
                  message: 'must be integer,string',
                };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data149.protocol !== undefined) {
              if (typeof data149.protocol !== 'string') {
                const err163 = {
                  instancePath: instancePath + '/ports/' + i34 + '/protocol',
                  schemaPath: '#/properties/ports/items/properties/protocol/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data149.app_protocol !== undefined) {
              if (typeof data149.app_protocol !== 'string') {
                const err164 = {
                  instancePath: instancePath + '/ports/' + i34 + '/app_protocol',
                  schemaPath: '#/properties/ports/items/properties/app_protocol/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
          }
        }
        let i35 = data148.length;
        let j11;
        if (i35 > 1) {
          outer1: for (; i35--;) {
            for (j11 = i35; j11--;) {
              if (func0(data148[i35], data148[j11])) {
                const err165 = {
                  instancePath: instancePath + '/ports',
                  schemaPath: '#/properties/ports/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i35, j: j11 },
                  message:
                    'must NOT have duplicate items (items ## ' + j11 + ' and ' + i35 + ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err166 = {
          instancePath: instancePath + '/ports',
          schemaPath: '#/properties/ports/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (data.post_start !== undefined) {
      let data157 = data.post_start;
      if (Array.isArray(data157)) {
        const len24 = data157.length;
        for (let i36 = 0; i36 < len24; i36++) {
          if (
            !validate31(data157[i36], {
              instancePath: instancePath + '/post_start/' + i36,
              parentData: data157,
              parentDataProperty: i36,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err167 = {
          instancePath: instancePath + '/post_start',
          schemaPath: '#/properties/post_start/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err167];
        } else {
          vErrors.push(err167);
        }
        errors++;
      }
    }
    if (data.pre_stop !== undefined) {
      let data159 = data.pre_stop;
      if (Array.isArray(data159)) {
        const len25 = data159.length;
        for (let i37 = 0; i37 < len25; i37++) {
          if (
            !validate31(data159[i37], {
              instancePath: instancePath + '/pre_stop/' + i37,
              parentData: data159,
              parentDataProperty: i37,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err168 = {
          instancePath: instancePath + '/pre_stop',
          schemaPath: '#/properties/pre_stop/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err168];
        } else {
          vErrors.push(err168);
        }
        errors++;
      }
    }
    if (data.privileged !== undefined) {
      if (typeof data.privileged !== 'boolean') {
        const err169 = {
          instancePath: instancePath + '/privileged',
          schemaPath: '#/properties/privileged/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err169];
        } else {
          vErrors.push(err169);
        }
        errors++;
      }
    }
    if (data.profiles !== undefined) {
      if (
        !validate41(data.profiles, {
          instancePath: instancePath + '/profiles',
          parentData: data,
          parentDataProperty: 'profiles',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider !== undefined) {
      let data163 = data.provider;
      if (data163 && typeof data163 == 'object' && !Array.isArray(data163)) {
        if (data163.type === undefined) {
          const err170 = {
            instancePath: instancePath + '/provider',
            schemaPath: '#/properties/provider/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err170];
          } else {
            vErrors.push(err170);
          }
          errors++;
        }
        for (const key19 in data163) {
          if (!(key19 === 'type' || key19 === 'options' || pattern0.test(key19))) {
            const err171 = {
              instancePath: instancePath + '/provider',
              schemaPath: '#/properties/provider/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key19 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data163.type !== undefined) {
          if (typeof data163.type !== 'string') {
            const err172 = {
              instancePath: instancePath + '/provider/type',
              schemaPath: '#/properties/provider/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
        if (data163.options !== undefined) {
          let data165 = data163.options;
          if (!(data165 && typeof data165 == 'object' && !Array.isArray(data165))) {
            const err173 = {
              instancePath: instancePath + '/provider/options',
              schemaPath: '#/properties/provider/properties/options/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
    if (data.pull_policy !== undefined) {
      let data166 = data.pull_policy;
      if (typeof data166 === 'string') {
        if (!pattern54.test(data166)) {
          const err175 = {
            instancePath: instancePath + '/pull_policy',
            schemaPath: '#/properties/pull_policy/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
            },
            message:
              'must match pattern "' +
              '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err175];
          } else {
            vErrors.push(err175);
          }
          errors++;
        }
      } else {
        const err176 = {
          instancePath: instancePath + '/pull_policy',
          schemaPath: '#/properties/pull_policy/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
    }
    if (data.pull_refresh_after !== undefined) {
      if (typeof data.pull_refresh_after !== 'string') {
        const err177 = {
          instancePath: instancePath + '/pull_refresh_after',
          schemaPath: '#/properties/pull_refresh_after/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
    if (data.read_only !== undefined) {
      if (typeof data.read_only !== 'boolean') {
        const err178 = {
          instancePath: instancePath + '/read_only',
          schemaPath: '#/properties/read_only/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err178];
        } else {
          vErrors.push(err178);
        }
        errors++;
      }
    }
    if (data.restart !== undefined) {
      if (typeof data.restart !== 'string') {
        const err179 = {
          instancePath: instancePath + '/restart',
          schemaPath: '#/properties/restart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err179];
        } else {
          vErrors.push(err179);
        }
        errors++;
      }
    }
    if (data.runtime !== undefined) {
      if (typeof data.runtime !== 'string') {
        const err180 = {
          instancePath: instancePath + '/runtime',
          schemaPath: '#/properties/runtime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err180];
        } else {
          vErrors.push(err180);
        }
        errors++;
      }
    }
    if (data.scale !== undefined) {
      let data171 = data.scale;
      if (!(typeof data171 == 'number' && !(data171 % 1) && !isNaN(data171))) {
        const err181 = {
          instancePath: instancePath + '/scale',
          schemaPath: '#/properties/scale/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err181];
        } else {
          vErrors.push(err181);
        }
        errors++;
      }
    }
    if (data.security_opt !== undefined) {
      let data172 = data.security_opt;
      if (Array.isArray(data172)) {
        const len26 = data172.length;
        for (let i38 = 0; i38 < len26; i38++) {
          if (typeof data172[i38] !== 'string') {
            const err182 = {
              instancePath: instancePath + '/security_opt/' + i38,
              schemaPath: '#/properties/security_opt/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
        let i39 = data172.length;
        let j12;
        if (i39 > 1) {
          const indices10 = {};
          for (; i39--;) {
            let item10 = data172[i39];
            if (typeof item10 !== 'string') {
              continue;
            }
            if (typeof indices10[item10] == 'number') {
              j12 = indices10[item10];
              const err183 = {
                instancePath: instancePath + '/security_opt',
                schemaPath: '#/properties/security_opt/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i39, j: j12 },
                message: 'must NOT have duplicate items (items ## ' + j12 + ' and ' + i39 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
              break;
            }
            indices10[item10] = i39;
          }
        }
      } else {
        const err184 = {
          instancePath: instancePath + '/security_opt',
          schemaPath: '#/properties/security_opt/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err184];
        } else {
          vErrors.push(err184);
        }
        errors++;
      }
    }
    if (data.shm_size !== undefined) {
      let data174 = data.shm_size;
      if (!(typeof data174 == 'number') && typeof data174 !== 'string') {
        const err185 = {
          instancePath: instancePath + '/shm_size',
          schemaPath: '#/properties/shm_size/type',
          keyword: 'type',
          params: { type: schema9.properties.shm_size.type },
          message: 'must be number,string',
        };
        if (vErrors === null) {
          vErrors = [err185];
        } else {
          vErrors.push(err185);
        }
        errors++;
      }
    }
    if (data.secrets !== undefined) {
      if (
        !validate55(data.secrets, {
          instancePath: instancePath + '/secrets',
          parentData: data,
          parentDataProperty: 'secrets',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.sysctls !== undefined) {
      if (
        !validate34(data.sysctls, {
          instancePath: instancePath + '/sysctls',
          parentData: data,
          parentDataProperty: 'sysctls',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.stdin_open !== undefined) {
      if (typeof data.stdin_open !== 'boolean') {
        const err186 = {
          instancePath: instancePath + '/stdin_open',
          schemaPath: '#/properties/stdin_open/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err186];
        } else {
          vErrors.push(err186);
        }
        errors++;
      }
    }
    if (data.stop_grace_period !== undefined) {
      let data178 = data.stop_grace_period;
      if (typeof data178 === 'string') {
        if (!pattern11.test(data178)) {
          const err187 = {
            instancePath: instancePath + '/stop_grace_period',
            schemaPath: '#/properties/stop_grace_period/pattern',
            keyword: 'pattern',
            params: { pattern: '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' },
            message:
              'must match pattern "' +
              '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err187];
          } else {
            vErrors.push(err187);
          }
          errors++;
        }
      } else {
        const err188 = {
          instancePath: instancePath + '/stop_grace_period',
          schemaPath: '#/properties/stop_grace_period/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
    if (data.stop_signal !== undefined) {
      if (typeof data.stop_signal !== 'string') {
        const err189 = {
          instancePath: instancePath + '/stop_signal',
          schemaPath: '#/properties/stop_signal/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
    }
    if (data.storage_opt !== undefined) {
      let data180 = data.storage_opt;
      if (!(data180 && typeof data180 == 'object' && !Array.isArray(data180))) {
        const err190 = {
          instancePath: instancePath + '/storage_opt',
          schemaPath: '#/properties/storage_opt/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
    }
    if (data.tmpfs !== undefined) {
      if (
        !validate23(data.tmpfs, {
          instancePath: instancePath + '/tmpfs',
          parentData: data,
          parentDataProperty: 'tmpfs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tty !== undefined) {
      if (typeof data.tty !== 'boolean') {
        const err191 = {
          instancePath: instancePath + '/tty',
          schemaPath: '#/properties/tty/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err191];
        } else {
          vErrors.push(err191);
        }
        errors++;
      }
    }
    if (data.ulimits !== undefined) {
      if (
        !validate57(data.ulimits, {
          instancePath: instancePath + '/ulimits',
          parentData: data,
          parentDataProperty: 'ulimits',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.use_api_socket !== undefined) {
      if (typeof data.use_api_socket !== 'boolean') {
        const err192 = {
          instancePath: instancePath + '/use_api_socket',
          schemaPath: '#/properties/use_api_socket/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err192];
        } else {
          vErrors.push(err192);
        }
        errors++;
      }
    }
    if (data.user !== undefined) {
      if (typeof data.user !== 'string') {
        const err193 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err193];
        } else {
          vErrors.push(err193);
        }
        errors++;
      }
    }
    if (data.uts !== undefined) {
      if (typeof data.uts !== 'string') {
        const err194 = {
          instancePath: instancePath + '/uts',
          schemaPath: '#/properties/uts/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
    }
    if (data.userns_mode !== undefined) {
      if (typeof data.userns_mode !== 'string') {
        const err195 = {
          instancePath: instancePath + '/userns_mode',
          schemaPath: '#/properties/userns_mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.volumes !== undefined) {
      let data188 = data.volumes;
      if (Array.isArray(data188)) {
        const len27 = data188.length;
        for (let i40 = 0; i40 < len27; i40++) {
          let data189 = data188[i40];
          if (
            typeof data189 !== 'string' &&
            !(data189 && typeof data189 == 'object' && !Array.isArray(data189))
          ) {
            const err196 = {
              instancePath: instancePath + '/volumes/' + i40,
              schemaPath: '#/properties/volumes/items/type',
              keyword: 'type',
              params: { type: schema9.properties.volumes.items.type },
              message: 'must be string,object',
            };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
          if (data189 && typeof data189 == 'object' && !Array.isArray(data189)) {
            if (data189.type === undefined) {
              const err197 = {
                instancePath: instancePath + '/volumes/' + i40,
                schemaPath: '#/properties/volumes/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
            for (const key20 in data189) {
              if (!(func2.call(schema9.properties.volumes.items.properties, key20) || pattern0.test(key20))) {
                const err198 = {
                  instancePath: instancePath + '/volumes/' + i40,
                  schemaPath: '#/properties/volumes/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key20 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data189.type !== undefined) {
              let data190 = data189.type;
              if (typeof data190 !== 'string') {
                const err199 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/type',
                  schemaPath: '#/properties/volumes/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
              if (!(
                data190 === 'bind' ||
                data190 === 'volume' ||
                data190 === 'tmpfs' ||
                data190 === 'cluster' ||
                data190 === 'npipe' ||
                data190 === 'image'
              )) {
                const err200 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/type',
                  schemaPath: '#/properties/volumes/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema9.properties.volumes.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data189.source !== undefined) {
              if (typeof data189.source !== 'string') {
                const err201 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/source',
                  schemaPath: '#/properties/volumes/items/properties/source/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data189.target !== undefined) {
              if (typeof data189.target !== 'string') {
                const err202 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/target',
                  schemaPath: '#/properties/volumes/items/properties/target/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data189.read_only !== undefined) {
              if (typeof data189.read_only !== 'boolean') {
                const err203 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/read_only',
                  schemaPath: '#/properties/volumes/items/properties/read_only/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data189.consistency !== undefined) {
              if (typeof data189.consistency !== 'string') {
                const err204 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/consistency',
                  schemaPath: '#/properties/volumes/items/properties/consistency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data189.bind !== undefined) {
              let data195 = data189.bind;
              if (data195 && typeof data195 == 'object' && !Array.isArray(data195)) {
                for (const key21 in data195) {
                  if (!(
                    key21 === 'propagation' ||
                    key21 === 'create_host_path' ||
                    key21 === 'recursive' ||
                    key21 === 'selinux' ||
                    pattern0.test(key21)
                  )) {
                    const err205 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind',
                      schemaPath: '#/properties/volumes/items/properties/bind/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key21 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                }
                if (data195.propagation !== undefined) {
                  if (typeof data195.propagation !== 'string') {
                    const err206 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/propagation',
                      schemaPath: '#/properties/volumes/items/properties/bind/properties/propagation/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data195.create_host_path !== undefined) {
                  if (typeof data195.create_host_path !== 'boolean') {
                    const err207 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/create_host_path',
                      schemaPath:
                        '#/properties/volumes/items/properties/bind/properties/create_host_path/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
                if (data195.recursive !== undefined) {
                  let data198 = data195.recursive;
                  if (typeof data198 !== 'string') {
                    const err208 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/recursive',
                      schemaPath: '#/properties/volumes/items/properties/bind/properties/recursive/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                  if (!(
                    data198 === 'enabled' ||
                    data198 === 'disabled' ||
                    data198 === 'writable' ||
                    data198 === 'readonly'
                  )) {
                    const err209 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/recursive',
                      schemaPath: '#/properties/volumes/items/properties/bind/properties/recursive/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema9.properties.volumes.items.properties.bind.properties.recursive.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
                if (data195.selinux !== undefined) {
                  let data199 = data195.selinux;
                  if (typeof data199 !== 'string') {
                    const err210 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/selinux',
                      schemaPath: '#/properties/volumes/items/properties/bind/properties/selinux/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                  if (!(data199 === 'z' || data199 === 'Z')) {
                    const err211 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/bind/selinux',
                      schemaPath: '#/properties/volumes/items/properties/bind/properties/selinux/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema9.properties.volumes.items.properties.bind.properties.selinux.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err211];
                    } else {
                      vErrors.push(err211);
                    }
                    errors++;
                  }
                }
              } else {
                const err212 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/bind',
                  schemaPath: '#/properties/volumes/items/properties/bind/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data189.volume !== undefined) {
              let data200 = data189.volume;
              if (data200 && typeof data200 == 'object' && !Array.isArray(data200)) {
                for (const key22 in data200) {
                  if (!(
                    key22 === 'nocopy' ||
                    key22 === 'subpath' ||
                    key22 === 'labels' ||
                    pattern0.test(key22)
                  )) {
                    const err213 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/volume',
                      schemaPath: '#/properties/volumes/items/properties/volume/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key22 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
                if (data200.nocopy !== undefined) {
                  if (typeof data200.nocopy !== 'boolean') {
                    const err214 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/volume/nocopy',
                      schemaPath: '#/properties/volumes/items/properties/volume/properties/nocopy/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    };
                    if (vErrors === null) {
                      vErrors = [err214];
                    } else {
                      vErrors.push(err214);
                    }
                    errors++;
                  }
                }
                if (data200.subpath !== undefined) {
                  if (typeof data200.subpath !== 'string') {
                    const err215 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/volume/subpath',
                      schemaPath: '#/properties/volumes/items/properties/volume/properties/subpath/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
                if (data200.labels !== undefined) {
                  if (
                    !validate34(data200.labels, {
                      instancePath: instancePath + '/volumes/' + i40 + '/volume/labels',
                      parentData: data200,
                      parentDataProperty: 'labels',
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err216 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/volume',
                  schemaPath: '#/properties/volumes/items/properties/volume/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data189.tmpfs !== undefined) {
              let data204 = data189.tmpfs;
              if (data204 && typeof data204 == 'object' && !Array.isArray(data204)) {
                for (const key23 in data204) {
                  if (!(key23 === 'size' || key23 === 'mode' || pattern0.test(key23))) {
                    const err217 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/tmpfs',
                      schemaPath: '#/properties/volumes/items/properties/tmpfs/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key23 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data204.size !== undefined) {
                  let data205 = data204.size;
                  if (
                    !(typeof data205 == 'number' && !(data205 % 1) && !isNaN(data205)) &&
                    typeof data205 !== 'string'
                  ) {
                    const err218 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/tmpfs/size',
                      schemaPath: '#/properties/volumes/items/properties/tmpfs/properties/size/type',
                      keyword: 'type',
                      params: {
                        type: schema9.properties.volumes.items.properties.tmpfs.properties.size.type,
                      },
                      message: 'must be integer,string',
                    };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                  if (typeof data205 == 'number') {
                    if (data205 < 0 || isNaN(data205)) {
                      const err219 = {
                        instancePath: instancePath + '/volumes/' + i40 + '/tmpfs/size',
                        schemaPath: '#/properties/volumes/items/properties/tmpfs/properties/size/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                  }
                }
                if (data204.mode !== undefined) {
                  if (!(typeof data204.mode == 'number')) {
                    const err220 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/tmpfs/mode',
                      schemaPath: '#/properties/volumes/items/properties/tmpfs/properties/mode/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                    };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                }
              } else {
                const err221 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/tmpfs',
                  schemaPath: '#/properties/volumes/items/properties/tmpfs/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data189.image !== undefined) {
              let data207 = data189.image;
              if (data207 && typeof data207 == 'object' && !Array.isArray(data207)) {
                for (const key24 in data207) {
                  if (!(key24 === 'subpath' || pattern0.test(key24))) {
                    const err222 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/image',
                      schemaPath: '#/properties/volumes/items/properties/image/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key24 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
                if (data207.subpath !== undefined) {
                  if (typeof data207.subpath !== 'string') {
                    const err223 = {
                      instancePath: instancePath + '/volumes/' + i40 + '/image/subpath',
                      schemaPath: '#/properties/volumes/items/properties/image/properties/subpath/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err223];
                    } else {
                      vErrors.push(err223);
                    }
                    errors++;
                  }
                }
              } else {
                const err224 = {
                  instancePath: instancePath + '/volumes/' + i40 + '/image',
                  schemaPath: '#/properties/volumes/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
          }
        }
        let i41 = data188.length;
        let j13;
        if (i41 > 1) {
          outer2: for (; i41--;) {
            for (j13 = i41; j13--;) {
              if (func0(data188[i41], data188[j13])) {
                const err225 = {
                  instancePath: instancePath + '/volumes',
                  schemaPath: '#/properties/volumes/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i41, j: j13 },
                  message:
                    'must NOT have duplicate items (items ## ' + j13 + ' and ' + i41 + ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err226 = {
          instancePath: instancePath + '/volumes',
          schemaPath: '#/properties/volumes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err226];
        } else {
          vErrors.push(err226);
        }
        errors++;
      }
    }
    if (data.volumes_from !== undefined) {
      let data209 = data.volumes_from;
      if (Array.isArray(data209)) {
        const len28 = data209.length;
        for (let i42 = 0; i42 < len28; i42++) {
          if (typeof data209[i42] !== 'string') {
            const err227 = {
              instancePath: instancePath + '/volumes_from/' + i42,
              schemaPath: '#/properties/volumes_from/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          }
        }
        let i43 = data209.length;
        let j14;
        if (i43 > 1) {
          const indices11 = {};
          for (; i43--;) {
            let item11 = data209[i43];
            if (typeof item11 !== 'string') {
              continue;
            }
            if (typeof indices11[item11] == 'number') {
              j14 = indices11[item11];
              const err228 = {
                instancePath: instancePath + '/volumes_from',
                schemaPath: '#/properties/volumes_from/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i43, j: j14 },
                message: 'must NOT have duplicate items (items ## ' + j14 + ' and ' + i43 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
              break;
            }
            indices11[item11] = i43;
          }
        }
      } else {
        const err229 = {
          instancePath: instancePath + '/volumes_from',
          schemaPath: '#/properties/volumes_from/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err229];
        } else {
          vErrors.push(err229);
        }
        errors++;
      }
    }
    if (data.working_dir !== undefined) {
      if (typeof data.working_dir !== 'string') {
        const err230 = {
          instancePath: instancePath + '/working_dir',
          schemaPath: '#/properties/working_dir/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err230];
        } else {
          vErrors.push(err230);
        }
        errors++;
      }
    }
  } else {
    const err231 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err231];
    } else {
      vErrors.push(err231);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    model: { type: 'string' },
    context_size: { type: 'integer' },
    runtime_flags: { type: 'array', items: { type: 'string' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  required: ['model'],
};
function validate90(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
        message: "must have required property '" + 'model' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'model' ||
        key0 === 'context_size' ||
        key0 === 'runtime_flags' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err3 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.context_size !== undefined) {
      let data2 = data.context_size;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err4 = {
          instancePath: instancePath + '/context_size',
          schemaPath: '#/properties/context_size/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.runtime_flags !== undefined) {
      let data3 = data.runtime_flags;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== 'string') {
            const err5 = {
              instancePath: instancePath + '/runtime_flags/' + i0,
              schemaPath: '#/properties/runtime_flags/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/runtime_flags',
          schemaPath: '#/properties/runtime_flags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  type: ['object', 'null'],
  properties: {
    name: { type: 'string' },
    driver: { type: 'string' },
    driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
    ipam: {
      type: 'object',
      properties: {
        driver: { type: 'string' },
        config: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              subnet: { type: 'string' },
              ip_range: { type: 'string' },
              gateway: { type: 'string' },
              aux_addresses: {
                type: 'object',
                additionalProperties: false,
                patternProperties: { '^.+$': { type: 'string' } },
              },
            },
            patternProperties: { '^x-': {} },
            additionalProperties: false,
          },
        },
        options: {
          type: 'object',
          additionalProperties: false,
          patternProperties: { '^.+$': { type: 'string' } },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    external: {
      type: ['boolean', 'object'],
      properties: { name: { type: 'string' } },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    internal: { type: 'boolean' },
    enable_ipv4: { type: 'boolean' },
    enable_ipv6: { type: 'boolean' },
    attachable: { type: 'boolean' },
    labels: { $ref: '#/definitions/list_or_dict' },
  },
  additionalProperties: false,
  patternProperties: { '^x-': {} },
};
function validate92(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema24.type },
      message: 'must be object,null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema24.properties, key0) || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== undefined) {
      if (typeof data.driver !== 'string') {
        const err3 = {
          instancePath: instancePath + '/driver',
          schemaPath: '#/properties/driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== undefined) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (pattern45.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== 'string' && !(typeof data3 == 'number')) {
              const err4 = {
                instancePath: instancePath + '/driver_opts/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/driver_opts/patternProperties/%5E.%2B%24/type',
                keyword: 'type',
                params: { type: schema24.properties.driver_opts.patternProperties['^.+$'].type },
                message: 'must be string,number',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/driver_opts',
          schemaPath: '#/properties/driver_opts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ipam !== undefined) {
      let data4 = data.ipam;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === 'driver' || key2 === 'config' || key2 === 'options' || pattern0.test(key2))) {
            const err6 = {
              instancePath: instancePath + '/ipam',
              schemaPath: '#/properties/ipam/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.driver !== undefined) {
          if (typeof data4.driver !== 'string') {
            const err7 = {
              instancePath: instancePath + '/ipam/driver',
              schemaPath: '#/properties/ipam/properties/driver/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.config !== undefined) {
          let data6 = data4.config;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                for (const key3 in data7) {
                  if (!(
                    key3 === 'subnet' ||
                    key3 === 'ip_range' ||
                    key3 === 'gateway' ||
                    key3 === 'aux_addresses' ||
                    pattern0.test(key3)
                  )) {
                    const err8 = {
                      instancePath: instancePath + '/ipam/config/' + i0,
                      schemaPath: '#/properties/ipam/properties/config/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key3 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.subnet !== undefined) {
                  if (typeof data7.subnet !== 'string') {
                    const err9 = {
                      instancePath: instancePath + '/ipam/config/' + i0 + '/subnet',
                      schemaPath: '#/properties/ipam/properties/config/items/properties/subnet/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data7.ip_range !== undefined) {
                  if (typeof data7.ip_range !== 'string') {
                    const err10 = {
                      instancePath: instancePath + '/ipam/config/' + i0 + '/ip_range',
                      schemaPath: '#/properties/ipam/properties/config/items/properties/ip_range/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data7.gateway !== undefined) {
                  if (typeof data7.gateway !== 'string') {
                    const err11 = {
                      instancePath: instancePath + '/ipam/config/' + i0 + '/gateway',
                      schemaPath: '#/properties/ipam/properties/config/items/properties/gateway/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data7.aux_addresses !== undefined) {
                  let data11 = data7.aux_addresses;
                  if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                    for (const key4 in data11) {
                      if (!pattern45.test(key4)) {
                        const err12 = {
                          instancePath: instancePath + '/ipam/config/' + i0 + '/aux_addresses',
                          schemaPath:
                            '#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key4 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    for (const key5 in data11) {
                      if (pattern45.test(key5)) {
                        if (typeof data11[key5] !== 'string') {
                          const err13 = {
                            instancePath:
                              instancePath +
                              '/ipam/config/' +
                              i0 +
                              '/aux_addresses/' +
                              key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath:
                              '#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err14 = {
                      instancePath: instancePath + '/ipam/config/' + i0 + '/aux_addresses',
                      schemaPath: '#/properties/ipam/properties/config/items/properties/aux_addresses/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/ipam/config/' + i0,
                  schemaPath: '#/properties/ipam/properties/config/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/ipam/config',
              schemaPath: '#/properties/ipam/properties/config/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.options !== undefined) {
          let data13 = data4.options;
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!pattern45.test(key6)) {
                const err17 = {
                  instancePath: instancePath + '/ipam/options',
                  schemaPath: '#/properties/ipam/properties/options/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key7 in data13) {
              if (pattern45.test(key7)) {
                if (typeof data13[key7] !== 'string') {
                  const err18 = {
                    instancePath:
                      instancePath + '/ipam/options/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/ipam/options',
              schemaPath: '#/properties/ipam/properties/options/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/ipam',
          schemaPath: '#/properties/ipam/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.external !== undefined) {
      let data15 = data.external;
      if (typeof data15 !== 'boolean' && !(data15 && typeof data15 == 'object' && !Array.isArray(data15))) {
        const err21 = {
          instancePath: instancePath + '/external',
          schemaPath: '#/properties/external/type',
          keyword: 'type',
          params: { type: schema24.properties.external.type },
          message: 'must be boolean,object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
        for (const key8 in data15) {
          if (!(key8 === 'name' || pattern0.test(key8))) {
            const err22 = {
              instancePath: instancePath + '/external',
              schemaPath: '#/properties/external/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.name !== undefined) {
          if (typeof data15.name !== 'string') {
            const err23 = {
              instancePath: instancePath + '/external/name',
              schemaPath: '#/properties/external/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      }
    }
    if (data.internal !== undefined) {
      if (typeof data.internal !== 'boolean') {
        const err24 = {
          instancePath: instancePath + '/internal',
          schemaPath: '#/properties/internal/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.enable_ipv4 !== undefined) {
      if (typeof data.enable_ipv4 !== 'boolean') {
        const err25 = {
          instancePath: instancePath + '/enable_ipv4',
          schemaPath: '#/properties/enable_ipv4/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.enable_ipv6 !== undefined) {
      if (typeof data.enable_ipv6 !== 'boolean') {
        const err26 = {
          instancePath: instancePath + '/enable_ipv6',
          schemaPath: '#/properties/enable_ipv6/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.attachable !== undefined) {
      if (typeof data.attachable !== 'boolean') {
        const err27 = {
          instancePath: instancePath + '/attachable',
          schemaPath: '#/properties/attachable/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate92.errors = vErrors;
  return errors === 0;
}
const schema25 = {
  type: ['object', 'null'],
  properties: {
    name: { type: 'string' },
    driver: { type: 'string' },
    driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
    external: {
      type: ['boolean', 'object'],
      properties: { name: { type: 'string' } },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
    labels: { $ref: '#/definitions/list_or_dict' },
  },
  additionalProperties: false,
  patternProperties: { '^x-': {} },
};
function validate95(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema25.type },
      message: 'must be object,null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'driver' ||
        key0 === 'driver_opts' ||
        key0 === 'external' ||
        key0 === 'labels' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== undefined) {
      if (typeof data.driver !== 'string') {
        const err3 = {
          instancePath: instancePath + '/driver',
          schemaPath: '#/properties/driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== undefined) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (pattern45.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== 'string' && !(typeof data3 == 'number')) {
              const err4 = {
                instancePath: instancePath + '/driver_opts/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/driver_opts/patternProperties/%5E.%2B%24/type',
                keyword: 'type',
                params: { type: schema25.properties.driver_opts.patternProperties['^.+$'].type },
                message: 'must be string,number',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/driver_opts',
          schemaPath: '#/properties/driver_opts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.external !== undefined) {
      let data4 = data.external;
      if (typeof data4 !== 'boolean' && !(data4 && typeof data4 == 'object' && !Array.isArray(data4))) {
        const err6 = {
          instancePath: instancePath + '/external',
          schemaPath: '#/properties/external/type',
          keyword: 'type',
          params: { type: schema25.properties.external.type },
          message: 'must be boolean,object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === 'name' || pattern0.test(key2))) {
            const err7 = {
              instancePath: instancePath + '/external',
              schemaPath: '#/properties/external/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.name !== undefined) {
          if (typeof data4.name !== 'string') {
            const err8 = {
              instancePath: instancePath + '/external/name',
              schemaPath: '#/properties/external/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate95.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    environment: { type: 'string' },
    file: { type: 'string' },
    external: { type: ['boolean', 'object'], properties: { name: { type: 'string' } } },
    labels: { $ref: '#/definitions/list_or_dict' },
    driver: { type: 'string' },
    driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
    template_driver: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate98(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'environment' ||
        key0 === 'file' ||
        key0 === 'external' ||
        key0 === 'labels' ||
        key0 === 'driver' ||
        key0 === 'driver_opts' ||
        key0 === 'template_driver' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err1 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      if (typeof data.environment !== 'string') {
        const err2 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/properties/environment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.file !== undefined) {
      if (typeof data.file !== 'string') {
        const err3 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/properties/file/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.external !== undefined) {
      let data3 = data.external;
      if (typeof data3 !== 'boolean' && !(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
        const err4 = {
          instancePath: instancePath + '/external',
          schemaPath: '#/properties/external/type',
          keyword: 'type',
          params: { type: schema26.properties.external.type },
          message: 'must be boolean,object',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.name !== undefined) {
          if (typeof data3.name !== 'string') {
            const err5 = {
              instancePath: instancePath + '/external/name',
              schemaPath: '#/properties/external/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.driver !== undefined) {
      if (typeof data.driver !== 'string') {
        const err6 = {
          instancePath: instancePath + '/driver',
          schemaPath: '#/properties/driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.driver_opts !== undefined) {
      let data7 = data.driver_opts;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (pattern45.test(key1)) {
            let data8 = data7[key1];
            if (typeof data8 !== 'string' && !(typeof data8 == 'number')) {
              const err7 = {
                instancePath: instancePath + '/driver_opts/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/driver_opts/patternProperties/%5E.%2B%24/type',
                keyword: 'type',
                params: { type: schema26.properties.driver_opts.patternProperties['^.+$'].type },
                message: 'must be string,number',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/driver_opts',
          schemaPath: '#/properties/driver_opts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.template_driver !== undefined) {
      if (typeof data.template_driver !== 'string') {
        const err9 = {
          instancePath: instancePath + '/template_driver',
          schemaPath: '#/properties/template_driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    content: { type: 'string' },
    environment: { type: 'string' },
    file: { type: 'string' },
    external: { type: ['boolean', 'object'], properties: { name: { type: 'string' } } },
    labels: { $ref: '#/definitions/list_or_dict' },
    template_driver: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate101(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'content' ||
        key0 === 'environment' ||
        key0 === 'file' ||
        key0 === 'external' ||
        key0 === 'labels' ||
        key0 === 'template_driver' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err1 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== undefined) {
      if (typeof data.content !== 'string') {
        const err2 = {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      if (typeof data.environment !== 'string') {
        const err3 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/properties/environment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.file !== undefined) {
      if (typeof data.file !== 'string') {
        const err4 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/properties/file/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.external !== undefined) {
      let data4 = data.external;
      if (typeof data4 !== 'boolean' && !(data4 && typeof data4 == 'object' && !Array.isArray(data4))) {
        const err5 = {
          instancePath: instancePath + '/external',
          schemaPath: '#/properties/external/type',
          keyword: 'type',
          params: { type: schema27.properties.external.type },
          message: 'must be boolean,object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.name !== undefined) {
          if (typeof data4.name !== 'string') {
            const err6 = {
              instancePath: instancePath + '/external/name',
              schemaPath: '#/properties/external/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== undefined) {
      if (
        !validate34(data.labels, {
          instancePath: instancePath + '/labels',
          parentData: data,
          parentDataProperty: 'labels',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.template_driver !== undefined) {
      if (typeof data.template_driver !== 'string') {
        const err7 = {
          instancePath: instancePath + '/template_driver',
          schemaPath: '#/properties/template_driver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="stack-deploy/compose-spec" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema6.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (typeof data.version !== 'string') {
        const err1 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.include !== undefined) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate22(data2[i0], {
              instancePath: instancePath + '/include/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/include',
          schemaPath: '#/properties/include/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.services !== undefined) {
      let data4 = data.services;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!pattern1.test(key1)) {
            const err4 = {
              instancePath: instancePath + '/services',
              schemaPath: '#/properties/services/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (pattern1.test(key2)) {
            if (
              !validate27(data4[key2], {
                instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data4,
                parentDataProperty: key2,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/services',
          schemaPath: '#/properties/services/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data6 = data.models;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (pattern1.test(key3)) {
            if (
              !validate90(data6[key3], {
                instancePath: instancePath + '/models/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data6,
                parentDataProperty: key3,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.networks !== undefined) {
      let data8 = data.networks;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        for (const key4 in data8) {
          if (pattern1.test(key4)) {
            if (
              !validate92(data8[key4], {
                instancePath: instancePath + '/networks/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data8,
                parentDataProperty: key4,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/networks',
          schemaPath: '#/properties/networks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.volumes !== undefined) {
      let data10 = data.volumes;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key5 in data10) {
          if (!pattern1.test(key5)) {
            const err8 = {
              instancePath: instancePath + '/volumes',
              schemaPath: '#/properties/volumes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key6 in data10) {
          if (pattern1.test(key6)) {
            if (
              !validate95(data10[key6], {
                instancePath: instancePath + '/volumes/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data10,
                parentDataProperty: key6,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/volumes',
          schemaPath: '#/properties/volumes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.secrets !== undefined) {
      let data12 = data.secrets;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key7 in data12) {
          if (!pattern1.test(key7)) {
            const err10 = {
              instancePath: instancePath + '/secrets',
              schemaPath: '#/properties/secrets/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        for (const key8 in data12) {
          if (pattern1.test(key8)) {
            if (
              !validate98(data12[key8], {
                instancePath: instancePath + '/secrets/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data12,
                parentDataProperty: key8,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/properties/secrets/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.configs !== undefined) {
      let data14 = data.configs;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        for (const key9 in data14) {
          if (!pattern1.test(key9)) {
            const err12 = {
              instancePath: instancePath + '/configs',
              schemaPath: '#/properties/configs/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key10 in data14) {
          if (pattern1.test(key10)) {
            if (
              !validate101(data14[key10], {
                instancePath: instancePath + '/configs/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data14,
                parentDataProperty: key10,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/configs',
          schemaPath: '#/properties/configs/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export const validateVariables = validate104;
const schema28 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'stack-deploy/variables',
  type: 'object',
  required: ['variables'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    variables: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: {
            enum: ['string', 'integer', 'boolean', 'url', 'port', 'enum', 'bot-token', 'duration', 'email'],
          },
          required: { type: 'boolean' },
          secret: { type: 'boolean' },
          description: { type: 'string' },
          default: { type: ['string', 'number', 'boolean'] },
          example: { type: 'string' },
          minLength: { type: 'integer', minimum: 0 },
          maxLength: { type: 'integer', minimum: 0 },
          min: { type: 'number' },
          max: { type: 'number' },
          pattern: { type: 'string' },
          schemes: { type: 'array', items: { type: 'string' }, minItems: 1 },
          values: { type: 'array', items: { type: 'string' }, minItems: 1 },
          profiles: { type: 'array', items: { enum: ['prod', 'dev'] } },
        },
      },
    },
  },
};
const pattern85 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
function validate104(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="stack-deploy/variables" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.variables === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'variables' },
        message: "must have required property '" + 'variables' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === '$schema' || key0 === 'description' || key0 === 'variables')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== 'string') {
        const err2 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.variables !== undefined) {
      let data2 = data.variables;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs8 = errors;
          if (typeof key1 === 'string') {
            if (!pattern85.test(key1)) {
              const err4 = {
                instancePath: instancePath + '/variables',
                schemaPath: '#/properties/variables/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs8 === errors;
          if (!valid1) {
            const err5 = {
              instancePath: instancePath + '/variables',
              schemaPath: '#/properties/variables/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.type === undefined) {
              const err6 = {
                instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/variables/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key3 in data3) {
              if (!func2.call(schema28.properties.variables.additionalProperties.properties, key3)) {
                const err7 = {
                  instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/variables/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.type !== undefined) {
              let data4 = data3.type;
              if (!(
                data4 === 'string' ||
                data4 === 'integer' ||
                data4 === 'boolean' ||
                data4 === 'url' ||
                data4 === 'port' ||
                data4 === 'enum' ||
                data4 === 'bot-token' ||
                data4 === 'duration' ||
                data4 === 'email'
              )) {
                const err8 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
                  schemaPath: '#/properties/variables/additionalProperties/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema28.properties.variables.additionalProperties.properties.type.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.required !== undefined) {
              if (typeof data3.required !== 'boolean') {
                const err9 = {
                  instancePath:
                    instancePath +
                    '/variables/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/required',
                  schemaPath: '#/properties/variables/additionalProperties/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.secret !== undefined) {
              if (typeof data3.secret !== 'boolean') {
                const err10 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/secret',
                  schemaPath: '#/properties/variables/additionalProperties/properties/secret/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.description !== undefined) {
              if (typeof data3.description !== 'string') {
                const err11 = {
                  instancePath:
                    instancePath +
                    '/variables/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/description',
                  schemaPath: '#/properties/variables/additionalProperties/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.default !== undefined) {
              let data8 = data3.default;
              if (typeof data8 !== 'string' && !(typeof data8 == 'number') && typeof data8 !== 'boolean') {
                const err12 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/default',
                  schemaPath: '#/properties/variables/additionalProperties/properties/default/type',
                  keyword: 'type',
                  params: {
                    type: schema28.properties.variables.additionalProperties.properties.default.type,
                  },
                  message: 'must be string,number,boolean',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.example !== undefined) {
              if (typeof data3.example !== 'string') {
                const err13 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/example',
                  schemaPath: '#/properties/variables/additionalProperties/properties/example/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.minLength !== undefined) {
              let data10 = data3.minLength;
              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
                const err14 = {
                  instancePath:
                    instancePath +
                    '/variables/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/minLength',
                  schemaPath: '#/properties/variables/additionalProperties/properties/minLength/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data10 == 'number') {
                if (data10 < 0 || isNaN(data10)) {
                  const err15 = {
                    instancePath:
                      instancePath +
                      '/variables/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/minLength',
                    schemaPath: '#/properties/variables/additionalProperties/properties/minLength/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
            if (data3.maxLength !== undefined) {
              let data11 = data3.maxLength;
              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
                const err16 = {
                  instancePath:
                    instancePath +
                    '/variables/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/maxLength',
                  schemaPath: '#/properties/variables/additionalProperties/properties/maxLength/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (typeof data11 == 'number') {
                if (data11 < 0 || isNaN(data11)) {
                  const err17 = {
                    instancePath:
                      instancePath +
                      '/variables/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/maxLength',
                    schemaPath: '#/properties/variables/additionalProperties/properties/maxLength/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
            if (data3.min !== undefined) {
              if (!(typeof data3.min == 'number')) {
                const err18 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/min',
                  schemaPath: '#/properties/variables/additionalProperties/properties/min/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.max !== undefined) {
              if (!(typeof data3.max == 'number')) {
                const err19 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/max',
                  schemaPath: '#/properties/variables/additionalProperties/properties/max/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.pattern !== undefined) {
              if (typeof data3.pattern !== 'string') {
                const err20 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/pattern',
                  schemaPath: '#/properties/variables/additionalProperties/properties/pattern/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data3.schemes !== undefined) {
              let data15 = data3.schemes;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  const err21 = {
                    instancePath:
                      instancePath +
                      '/variables/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/schemes',
                    schemaPath: '#/properties/variables/additionalProperties/properties/schemes/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                const len0 = data15.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data15[i0] !== 'string') {
                    const err22 = {
                      instancePath:
                        instancePath +
                        '/variables/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/schemes/' +
                        i0,
                      schemaPath: '#/properties/variables/additionalProperties/properties/schemes/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/schemes',
                  schemaPath: '#/properties/variables/additionalProperties/properties/schemes/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data3.values !== undefined) {
              let data17 = data3.values;
              if (Array.isArray(data17)) {
                if (data17.length < 1) {
                  const err24 = {
                    instancePath:
                      instancePath +
                      '/variables/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/values',
                    schemaPath: '#/properties/variables/additionalProperties/properties/values/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data17[i1] !== 'string') {
                    const err25 = {
                      instancePath:
                        instancePath +
                        '/variables/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/values/' +
                        i1,
                      schemaPath: '#/properties/variables/additionalProperties/properties/values/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = {
                  instancePath:
                    instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/values',
                  schemaPath: '#/properties/variables/additionalProperties/properties/values/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data3.profiles !== undefined) {
              let data19 = data3.profiles;
              if (Array.isArray(data19)) {
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data20 = data19[i2];
                  if (!(data20 === 'prod' || data20 === 'dev')) {
                    const err27 = {
                      instancePath:
                        instancePath +
                        '/variables/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/profiles/' +
                        i2,
                      schemaPath:
                        '#/properties/variables/additionalProperties/properties/profiles/items/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema28.properties.variables.additionalProperties.properties.profiles.items.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = {
                  instancePath:
                    instancePath +
                    '/variables/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/profiles',
                  schemaPath: '#/properties/variables/additionalProperties/properties/profiles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/variables/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/variables',
          schemaPath: '#/properties/variables/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
