// Generated from action.yml by scripts/gen-contract.mjs. Do not edit.
export interface InputSpec {
  /** the input name exactly as in action.yml, also the CLI flag */
  name: string;
  description: string;
  /** default as action.yml declares it */
  default?: string;
}

export const INPUTS = [
  {
    "name": "command",
    "description": "What to run: validate | build | deploy | rollback | status | releases | unlock | doctor.",
    "default": "deploy"
  },
  {
    "name": "working-directory",
    "description": "Directory that compose-files and env-file are relative to.",
    "default": "."
  },
  {
    "name": "compose-files",
    "description": "Compose files in merge order, separated by spaces or newlines. Default: the file Compose itself picks in working-directory (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, with its .override file), else compose/docker-compose.yml compose/docker-compose.prod.yml."
  },
  {
    "name": "env-file",
    "description": "The .env file read for interpolation and shipped with the release (mode 0600 on the host).",
    "default": ".env"
  },
  {
    "name": "env",
    "description": "Multi-line .env content (for example from a secret). Wins over env-file."
  },
  {
    "name": "profile",
    "description": "Which rules and defaults apply: prod | dev.",
    "default": "prod"
  },
  {
    "name": "policy",
    "description": "Validation rules: auto (a stack that declares roles under x-stack-deploy, or is shaped like the bundled one, gets every rule; any other stack gets Compose's checks and the safety rules as errors, the shape opinions as warnings) | stack (every rule as errors) | compose (only the checks Compose itself makes).",
    "default": "auto"
  },
  {
    "name": "project-name",
    "description": "Compose project name (lowercase letters, digits, '-' and '_'). Defaults to the compose 'name' or the directory name."
  },
  {
    "name": "host",
    "description": "SSH host to deploy to."
  },
  {
    "name": "port",
    "description": "SSH port of the host.",
    "default": "22"
  },
  {
    "name": "user",
    "description": "SSH user on the host (in the docker group)."
  },
  {
    "name": "ssh-key",
    "description": "Private key for the SSH user (OpenSSH format, no passphrase). Pass it from a secret."
  },
  {
    "name": "known-hosts",
    "description": "known_hosts lines for the host (and jump host). Either this or host-fingerprint is required."
  },
  {
    "name": "host-fingerprint",
    "description": "One or more SHA256:... host key fingerprints (space or newline separated); the offered keys are scanned and only matching ones trusted."
  },
  {
    "name": "insecure-trust-on-first-use",
    "description": "DANGEROUS: trust whatever host key the server offers. Only for throwaway hosts.",
    "default": "false"
  },
  {
    "name": "jump-host",
    "description": "Bastion as user@host:port, reached with ProxyJump under the same host-key rules."
  },
  {
    "name": "connect-timeout",
    "description": "Seconds to wait for each SSH connection attempt.",
    "default": "15"
  },
  {
    "name": "remote-dir",
    "description": "Project directory on the host. Default ~/stack-deploy/<project-name>."
  },
  {
    "name": "registry",
    "description": "Registry host (e.g. ghcr.io). Reaches the compose files as ${REGISTRY}."
  },
  {
    "name": "registry-username",
    "description": "Registry user for login on the runner and on the host."
  },
  {
    "name": "registry-password",
    "description": "Registry password or token (sent over stdin, never argv)."
  },
  {
    "name": "image-tag",
    "description": "Image tag. Reaches the compose files as ${IMAGE_TAG}. Default sha-<7 chars of GITHUB_SHA>."
  },
  {
    "name": "services",
    "description": "Limit build (and the switch) to these services, space or comma separated."
  },
  {
    "name": "push",
    "description": "Build and push images before deploying.",
    "default": "false"
  },
  {
    "name": "cache",
    "description": "Build cache: gha | registry | inline | local | none. Default gha on GitHub, none elsewhere. local keeps a directory in RUNNER_TEMP and carries it between runs through the GitHub Actions cache."
  },
  {
    "name": "platforms",
    "description": "Platforms to build for, os/arch[/variant], comma or newline separated (e.g. linux/amd64,linux/arm64). Empty: the builder's own platform. More than one needs push: true and a docker-container builder."
  },
  {
    "name": "migrate-service",
    "description": "The one-shot service that runs migrations before the switch. The default applies only when the stack has a service of that name; any other name must be a service of the stack (checked before connecting). Empty to skip.",
    "default": "migrations"
  },
  {
    "name": "health-timeout",
    "description": "Seconds to wait for every service to become healthy. Default derived from each health check."
  },
  {
    "name": "health-urls",
    "description": "URLs that must answer 2xx from the host after the switch (space or newline separated)."
  },
  {
    "name": "rollback-on-failure",
    "description": "Re-apply the previous release when verification fails.",
    "default": "true"
  },
  {
    "name": "rollback-migrations",
    "description": "On rollback, also run `alembic downgrade` to the revision the target release recorded (with the newer release's image). Off by default: prefer expand/contract migrations.",
    "default": "false"
  },
  {
    "name": "release",
    "description": "Release id to roll back to (command rollback). Default the previous release."
  },
  {
    "name": "keep-releases",
    "description": "How many releases to keep on the host.",
    "default": "5"
  },
  {
    "name": "lock-timeout",
    "description": "Seconds to wait for another deploy's lock before failing.",
    "default": "300"
  },
  {
    "name": "transaction-timeout",
    "description": "Seconds a deploy or rollback may hold the lock on the host; past it the transaction is stopped, fails and releases the lock. Default derived from the pull (600 s per image), migration and health timeouts."
  },
  {
    "name": "force",
    "description": "With command unlock: stop the live transaction holding the lock (its process group) and release it.",
    "default": "false"
  },
  {
    "name": "sarif-file",
    "description": "Write validation findings as SARIF 2.1.0 to this path."
  },
  {
    "name": "dry-run",
    "description": "Print the full ordered plan and change nothing.",
    "default": "false"
  }
] as const satisfies readonly InputSpec[];

export const OUTPUTS = [
  {
    "name": "status",
    "description": "success | failed | rolled-back"
  },
  {
    "name": "release-id",
    "description": "The release that was deployed or rolled back to."
  },
  {
    "name": "previous-release-id",
    "description": "The release that was current before this run."
  },
  {
    "name": "rolled-back",
    "description": "true when the run rolled the stack back."
  },
  {
    "name": "images",
    "description": "JSON object service -> image reference pinned by digest (ref@sha256:...)."
  },
  {
    "name": "findings",
    "description": "Number of validation findings at error level."
  },
  {
    "name": "sarif-file",
    "description": "Path of the SARIF file written, if any."
  },
  {
    "name": "duration-seconds",
    "description": "Wall time of the run in seconds."
  },
  {
    "name": "doctor",
    "description": "Command doctor: JSON {problems, warnings, checks: [{area, subject, level, summary, evidence, next}]}."
  }
] as const;

export type InputName = (typeof INPUTS)[number]['name'];
export type OutputName = (typeof OUTPUTS)[number]['name'];
