export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7668);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9403);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4661);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3912);
/* harmony import */ var _steps_validate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(765);
/* harmony import */ var _transport_process_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8188);
/* harmony import */ var _transport_ssh_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7171);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(17);
/* harmony import */ var _util_sensitive_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7616);
/* harmony import */ var _util_stderr_logger_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1227);













async function cli(argv, env) {
    let verbose = argv.includes('--verbose');
    let secrets = [];
    const logger = (0,_util_stderr_logger_js__WEBPACK_IMPORTED_MODULE_12__/* .stderrLogger */ .D)(verbose, () => secrets, env.GITHUB_ACTIONS === 'true');
    const result = {};
    let json = false;
    try {
        const parsed = (0,_config_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCli */ .wE)(argv, env, (m) => logger.warn(m));
        ({ json, verbose } = parsed);
        if (parsed.help || !parsed.raw.command) {
            process.stdout.write((0,_config_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)() + '\n');
            return parsed.help ? _util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok : _util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.usage;
        }
        const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .toSettings */ .R4)(parsed.raw, { githubSha: (0,_config_project_js__WEBPACK_IMPORTED_MODULE_4__/* .commitSha */ .mJ)(env), onGitHub: env.GITHUB_ACTIONS === 'true', exists: node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync }, (m) => logger.warn(m));
        secrets = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .secretsOf */ .Fj)(settings);
        (0,_transport_process_js__WEBPACK_IMPORTED_MODULE_8__/* .setProcessDebug */ .h)(verbose ? (l) => logger.debug(l) : undefined, (t) => (0,_util_sensitive_js__WEBPACK_IMPORTED_MODULE_11__/* .redact */ .E$)(t, secrets));
        const summaries = [];
        const outputs = {
            set: (k, v) => void (result[k] = v),
            summary: (md) => void summaries.push(md),
        };
        const r = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runPipeline */ .a)(settings, {
            logger,
            outputs,
            runLocal: _transport_process_js__WEBPACK_IMPORTED_MODULE_8__/* .run */ .e,
            env: env,
            findings: (0,_steps_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .findingsOutput */ .m$)(parsed.format, parsed.json, sameFile(1, 2), (t) => process.stdout.write(t + '\n')),
            openTransport: (ssh) => _transport_ssh_js__WEBPACK_IMPORTED_MODULE_9__/* .SshTransport */ .e1.open(ssh, { tmpRoot: env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), logger }),
        });
        if (json)
            process.stdout.write(JSON.stringify(result) + '\n');
        toRunner(env, result, summaries, (m) => logger.warn(m));
        return r.exitCode;
    }
    catch (err) {
        const code = err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .StackDeployError */ .O1 ? err.exitCode : _util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.usage;
        logger.error(err instanceof Error ? err.message : String(err));
        if (verbose && err instanceof Error && err.stack)
            logger.debug(err.stack);
        if (json)
            process.stdout.write(JSON.stringify({ ...result, status: 'failed', error: String(err.message) }) + '\n');
        toRunner(env, { ...result, status: 'failed' }, [], (m) => logger.warn(m));
        return code;
    }
}
/** Whether two descriptors are the same file, terminal or pipe (stdout is the log). */
function sameFile(a, b) {
    try {
        const x = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(a);
        const y = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(b);
        return x.dev === y.dev && x.ino === y.ino && x.rdev === y.rdev;
    }
    catch {
        return false;
    }
}
/**
 * In a `run:` step of GitHub Actions the CLI hands its outputs and job summary to the runner the
 * way the action does: $GITHUB_OUTPUT (name<<delimiter blocks) and $GITHUB_STEP_SUMMARY.
 */
function toRunner(env, outputs, summaries, warn) {
    if (env.GITHUB_ACTIONS !== 'true')
        return;
    try {
        if (env.GITHUB_OUTPUT && Object.keys(outputs).length) {
            const lines = Object.entries(outputs).map(([k, v]) => {
                const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
                return `${k}<<${delimiter}\n${v}\n${delimiter}\n`;
            });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(env.GITHUB_OUTPUT, lines.join(''));
        }
        if (env.GITHUB_STEP_SUMMARY && summaries.length)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(env.GITHUB_STEP_SUMMARY, summaries.join('\n') + '\n');
    }
    catch (err) {
        warn(`outputs or job summary not written: ${err.message}`);
    }
}
process.exitCode = await cli(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   wE: () => (/* binding */ parseCli)
/* harmony export */ });
/* unused harmony export envName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _contract_gen_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8654);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4661);







const SECRET_INPUTS = ['ssh-key', 'registry-password', 'env'];
const FILE_INPUTS = [...SECRET_INPUTS, 'known-hosts'];
function usage() {
    const flags = _contract_gen_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUTS */ .m
        .filter((i) => i.name !== 'command')
        .map((i) => `  --${i.name.padEnd(28)} ${i.description}${i.default !== undefined ? ` (default: ${i.default})` : ''}`);
    return [
        'usage: stack-deploy <command> [--input-name value …]   (or --command <command>)',
        '',
        `commands: ${_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMANDS */ .Lo.join(', ')}`,
        '',
        'Every action input is a flag of the same name. Each may also come from the environment as',
        'STACK_DEPLOY_<NAME> (e.g. STACK_DEPLOY_SSH_KEY). ssh-key, registry-password, env and known-hosts',
        'take @FILE to read a file; pass secrets that way or through the environment, never as literal flags.',
        '',
        ...flags,
        '',
        '  --json                         print the outputs as one JSON object on stdout',
        '                                 (on GitHub Actions they also go to $GITHUB_OUTPUT, the summary',
        '                                 to $GITHUB_STEP_SUMMARY, as the action writes them)',
        '  --format log|table             findings as log lines on stderr (default), or as a table on',
        '                                 stdout; stdout redirected away from the log gets the table too',
        '  --verbose                      debug lines and stack traces',
        '  --help                         this text',
        '',
        'exit codes: 0 success, 1 failed (findings, deploy failed, rolled back), 2 usage or configuration error',
    ].join('\n');
}
const FORMATS = ['log', 'table'];
const envName = (input) => `STACK_DEPLOY_${input.toUpperCase().replace(/-/g, '_')}`;
/** argv + environment → raw inputs. Pure but for @FILE reads. */
function parseCli(argv, env, warn) {
    const options = {
        json: { type: 'boolean' },
        format: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean' },
    };
    for (const i of _contract_gen_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUTS */ .m)
        options[i.name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${err.message.replace(/\. To specify a positional.*$/s, '')}\n\n${usage()}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`expected one command, got ${positionals.join(' ')}`);
    const raw = {};
    for (const i of _contract_gen_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUTS */ .m) {
        const fromEnv = env[envName(i.name)];
        if (fromEnv !== undefined && fromEnv !== '')
            raw[i.name] = fromEnv;
    }
    const format = values.format;
    if (format !== undefined && !FORMATS.includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`--format: expected one of ${FORMATS.join(' | ')}, got "${format}"`);
    if (format === 'table' && values.json === true)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('--format table and --json both write to stdout: give one of them');
    for (const [k, v] of Object.entries(values)) {
        if (typeof v !== 'string' || k === 'format')
            continue;
        const name = k;
        if (FILE_INPUTS.includes(name) && v.startsWith('@')) {
            try {
                const file = v.startsWith('@~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), v.slice(3)) : v.slice(1);
                raw[name] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            }
            catch (err) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`--${name} ${v}: cannot read the file (${err.code ?? err})`);
            }
            continue;
        }
        if (SECRET_INPUTS.includes(name))
            warn(`--${name} was given literally: it is visible in the process list; use --${name} @FILE or ${envName(name)}`);
        raw[name] = v;
    }
    if (positionals[0]) {
        if (values.command !== undefined && values.command !== positionals[0])
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`two commands given: ${positionals[0]} and --command ${values.command}`);
        raw.command = positionals[0];
    }
    return {
        raw,
        json: values.json === true,
        verbose: values.verbose === true,
        help: values.help === true,
        format: format,
    };
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const INPUTS = [
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
];
const OUTPUTS = [
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
];


/***/ }),

/***/ 9403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ defaultRemoteDir),
/* harmony export */   mJ: () => (/* binding */ commitSha),
/* harmony export */   nk: () => (/* binding */ resolveProjectName)
/* harmony export */ });
/* unused harmony export normaliseProjectName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);



/** Compose's normalisation of a project name: lowercase, only [a-z0-9_-], starting with a letter or digit. */
function normaliseProjectName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[^a-z0-9]+/, '');
}
/**
 * The project name as Compose would pick it: the input, else the top-level `name:` of the last
 * compose file that sets one, else the first compose file's directory name.
 */
function resolveProjectName(settings) {
    if (settings.projectName)
        return settings.projectName;
    const files = settings.composeFiles.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workingDirectory, f));
    let name;
    for (const f of files) {
        try {
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f, 'utf8'));
            if (doc && typeof doc.name === 'string' && !doc.name.includes('$'))
                name = doc.name;
        }
        catch {
            // an unreadable file is reported by validation; the directory name still works here
        }
    }
    return normaliseProjectName(name ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(files[0] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workingDirectory, 'x'))));
}
/** Default remote project directory. */
function defaultRemoteDir(project) {
    return `~/stack-deploy/${project}`;
}
/** GITHUB_SHA when it is a commit id (40 or 64 hex digits); anything else is ignored. */
function commitSha(env) {
    const sha = env.GITHUB_SHA;
    return sha && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   R4: () => (/* binding */ toSettings)
/* harmony export */ });
/* unused harmony exports CACHES, COMPOSE_DEFAULT_FILES, defaultComposeFiles, PATTERNS, parseAddress, parseDuration */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_sensitive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7616);
/* harmony import */ var _contract_gen_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8654);



const COMMANDS = [
    'validate',
    'build',
    'deploy',
    'rollback',
    'status',
    'releases',
    'unlock',
    'doctor',
];
const CACHES = ['gha', 'registry', 'inline', 'local', 'none'];
/** The files Compose itself picks in a directory, in its order of preference. */
const COMPOSE_DEFAULT_FILES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
];
const BUNDLED_LAYOUT = ['compose/docker-compose.yml', 'compose/docker-compose.prod.yml'];
/**
 * compose-files when not given: Compose's own choice in working-directory (the first of
 * COMPOSE_DEFAULT_FILES, with its .override file when present), else the bundled layout.
 */
function defaultComposeFiles(dir, exists) {
    if (!exists)
        return BUNDLED_LAYOUT;
    const at = (f) => (dir === '.' ? f : `${dir.replace(/\/+$/, '')}/${f}`);
    const main = COMPOSE_DEFAULT_FILES.find((f) => exists(at(f)));
    if (main) {
        const override = main.replace(/\.(ya?ml)$/, '.override.$1');
        return exists(at(override)) ? [main, override] : [main];
    }
    return BUNDLED_LAYOUT.every((f) => exists(at(f))) ? BUNDLED_LAYOUT : [];
}
const PATTERNS = {
    projectName: /^[a-z0-9][a-z0-9_-]*$/,
    service: /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/,
    imageTag: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
    releaseId: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,
    host: /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/,
    user: /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/,
    fingerprint: /^SHA256:[A-Za-z0-9+/]{43}=?$/,
    registry: /^[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[a-z0-9._/-]+)?$/,
    remoteDir: /^(?:~\/|\/)[A-Za-z0-9_.@+/ -]*$/,
    platform: /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,
};
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Collects every problem in the inputs so the user sees them all at once. */
class Problems {
    list = [];
    add(input, expected, got) {
        this.list.push(`input ${input}: expected ${expected}, got ${JSON.stringify(got ?? '')}`);
    }
}
function words(v) {
    return (v ?? '').split(/[\s,]+/).filter(Boolean);
}
function defaultOf(name) {
    return _contract_gen_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.find((i) => i.name === name)?.default;
}
/** Parses an address `user@host:port` (user and port optional). */
function parseAddress(text) {
    const m = /^(?:([^@\s]+)@)?(\[[0-9A-Fa-f:.]+\]|[^:@\s]+)(?::([0-9]+))?$/.exec(text);
    if (!m)
        return undefined;
    const port = m[3] === undefined ? 22 : Number(m[3]);
    const host = m[2].replace(/^\[|\]$/g, '');
    if (!PATTERNS.host.test(host) || port < 1 || port > 65535)
        return undefined;
    if (m[1] !== undefined && !PATTERNS.user.test(m[1]))
        return undefined;
    return { user: m[1], host, port };
}
/** Seconds from `90`, `90s`, `5m` or `1h`. */
function parseDuration(text) {
    const m = /^([0-9]+)(s|m|h)?$/.exec(text.trim());
    if (!m)
        return undefined;
    return Number(m[1]) * (m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : 1);
}
/** Maps raw inputs to settings; pure. Throws one ConfigError listing every bad input. Warnings go to warn. */
function toSettings(raw, ctx, warn = () => { }) {
    const p = new Problems();
    const get = (name) => {
        const v = raw[name]?.trim();
        return v === undefined || v === '' ? defaultOf(name) : v;
    };
    const oneOf = (name, allowed) => {
        const v = get(name) ?? allowed[0];
        if (allowed.includes(v))
            return v;
        p.add(name, `one of ${allowed.join(' | ')}`, v);
        return allowed[0];
    };
    const bool = (name) => {
        const v = get(name) ?? 'false';
        if (TRUE.includes(v))
            return true;
        if (FALSE.includes(v))
            return false;
        p.add(name, 'true or false', v);
        return false;
    };
    const int = (name, min, max) => {
        const v = get(name);
        if (v === undefined)
            return undefined;
        const n = /^[0-9]+$/.test(v) ? Number(v) : NaN;
        if (Number.isInteger(n) && n >= min && n <= max)
            return n;
        p.add(name, `a whole number from ${min} to ${max}`, v);
        return undefined;
    };
    const seconds = (name, min = 1, max = 86400) => {
        const v = get(name);
        if (v === undefined)
            return undefined;
        const n = parseDuration(v);
        if (n !== undefined && n >= min && n <= max)
            return n;
        p.add(name, `a duration in seconds like 30, 30s or 5m (${min}s to ${max}s)`, v);
        return undefined;
    };
    const matching = (name, re, expected) => {
        const v = get(name);
        if (v === undefined)
            return undefined;
        if (re.test(v))
            return v;
        p.add(name, expected, v);
        return undefined;
    };
    const command = oneOf('command', COMMANDS);
    const profile = oneOf('profile', ['prod', 'dev']);
    const policy = oneOf('policy', ['auto', 'stack', 'compose']);
    const workingDirectory = get('working-directory') ?? '.';
    const composeFiles = words(get('compose-files'));
    if (composeFiles.length === 0)
        composeFiles.push(...defaultComposeFiles(workingDirectory, ctx.exists));
    if (composeFiles.length === 0)
        p.add('compose-files', `compose files (none given, and none of ${COMPOSE_DEFAULT_FILES.join(', ')} in ${workingDirectory})`, '');
    const projectName = matching('project-name', PATTERNS.projectName, 'lowercase letters, digits, "-" and "_", starting with a letter or digit');
    const services = words(get('services'));
    for (const s of services)
        if (!PATTERNS.service.test(s))
            p.add('services', 'service names like backend or web_1', s);
    const imageTag = matching('image-tag', PATTERNS.imageTag, 'a Docker tag: letters, digits, "_", "." and "-", at most 128') ?? (raw['image-tag'] ? undefined : ctx.githubSha ? `sha-${ctx.githubSha.slice(0, 7)}` : undefined);
    const release = matching('release', PATTERNS.releaseId, 'a release id like 20261126-030000-abc1234');
    // a relative path never starts the transaction; ~ or / would put releases straight in $HOME or /
    const rawRemoteDir = get('remote-dir');
    const remoteDir = rawRemoteDir !== undefined && !/^(\/|~\/)/.test(rawRemoteDir.replace(/^(\/|~\/)\/*$/, ''))
        ? (p.add('remote-dir', 'an absolute path or one starting with ~/ (not / and not the home folder itself)', rawRemoteDir),
            undefined)
        : matching('remote-dir', PATTERNS.remoteDir, 'a path of letters, digits, spaces and _ . @ + / - (optionally starting with ~/)');
    if (remoteDir !== undefined && remoteDir.split('/').includes('..'))
        p.add('remote-dir', 'a path without ".."', remoteDir);
    const fingerprints = words(get('host-fingerprint'));
    for (const f of fingerprints)
        if (!PATTERNS.fingerprint.test(f))
            p.add('host-fingerprint', 'SHA256: followed by 43 base64 characters', f);
    let ssh;
    const host = matching('host', PATTERNS.host, 'a host name or IP address');
    const port = int('port', 1, 65535) ?? 22;
    const user = matching('user', PATTERNS.user, 'a user name like deploy');
    const jumpText = get('jump-host');
    const jump = jumpText === undefined ? undefined : parseAddress(jumpText);
    if (jumpText !== undefined && !jump)
        p.add('jump-host', 'user@host:port (user and port optional)', jumpText);
    const connectTimeoutSec = seconds('connect-timeout', 1, 600) ?? 15;
    const trustOnFirstUse = bool('insecure-trust-on-first-use');
    const keyText = raw['ssh-key'];
    const knownHosts = raw['known-hosts']?.trim() || undefined;
    if (host) {
        if (!user)
            p.add('user', 'the SSH user (required with host)', '');
        if (!knownHosts && fingerprints.length === 0 && !trustOnFirstUse)
            p.list.push('input known-hosts or host-fingerprint: one is required to verify the host key ' +
                '(get it with `ssh-keyscan -p PORT HOST | ssh-keygen -lf -`); insecure-trust-on-first-use exists for throwaway hosts only');
        ssh = {
            host,
            port,
            user: user ?? '',
            key: keyText?.trim() ? new _util_sensitive_js__WEBPACK_IMPORTED_MODULE_1__/* .Sensitive */ .pT(keyText) : undefined,
            knownHosts,
            fingerprints,
            trustOnFirstUse,
            jump,
            connectTimeoutSec,
        };
    }
    const needsHost = ['deploy', 'rollback', 'status', 'releases', 'unlock', 'doctor'];
    const dryRunDeploy = command === 'deploy' && TRUE.includes(get('dry-run') ?? '');
    if (needsHost.includes(command) && !host && !dryRunDeploy)
        p.list.push(`input host: required for command ${command}`);
    const registryHost = matching('registry', PATTERNS.registry, 'a registry like ghcr.io or 127.0.0.1:5000/team');
    const password = raw['registry-password'];
    const username = get('registry-username');
    let registry;
    if (registryHost) {
        registry = { host: registryHost, username, password: password ? new _util_sensitive_js__WEBPACK_IMPORTED_MODULE_1__/* .Sensitive */ .pT(password) : undefined };
        if (username && !password)
            p.add('registry-password', 'a password or token with registry-username', '');
        if (password && !username)
            p.add('registry-username', 'a user name with registry-password', '');
    }
    else if (username || password) {
        warn('registry-username/registry-password are ignored without registry');
    }
    const healthUrls = words(get('health-urls'));
    for (const u of healthUrls) {
        let ok;
        try {
            ok = ['http:', 'https:'].includes(new URL(u).protocol);
        }
        catch {
            ok = false;
        }
        if (!ok)
            p.add('health-urls', 'http:// or https:// URLs', u);
    }
    const cacheRaw = get('cache') ?? (ctx.onGitHub ? 'gha' : 'none');
    const cache = CACHES.includes(cacheRaw) ? cacheRaw : undefined;
    if (!cache)
        p.add('cache', `one of ${CACHES.join(' | ')}`, cacheRaw);
    const platforms = [...new Set(words(get('platforms')))];
    for (const x of platforms)
        if (!PATTERNS.platform.test(x))
            p.add('platforms', 'os/arch[/variant] like linux/amd64', x);
    const migrateService = get('migrate-service');
    if (migrateService && !PATTERNS.service.test(migrateService))
        p.add('migrate-service', 'a service name', migrateService);
    const settings = {
        command,
        workingDirectory,
        composeFiles,
        envFile: get('env-file') ?? '.env',
        envFileGiven: !!raw['env-file']?.trim(),
        env: raw.env?.trim() ? new _util_sensitive_js__WEBPACK_IMPORTED_MODULE_1__/* .Sensitive */ .pT(raw.env) : undefined,
        profile,
        policy,
        projectName,
        ssh,
        remoteDir,
        registry,
        imageTag,
        services,
        push: bool('push'),
        cache: cache ?? 'none',
        platforms,
        migrateService: migrateService || undefined,
        migrateServiceExplicit: !!migrateService && migrateService !== defaultOf('migrate-service'),
        healthTimeoutSec: seconds('health-timeout', 1, 3600),
        healthUrls,
        rollbackOnFailure: bool('rollback-on-failure'),
        rollbackMigrations: bool('rollback-migrations'),
        release,
        keepReleases: int('keep-releases', 1, 100) ?? 5,
        lockTimeoutSec: seconds('lock-timeout', 0, 86400) ?? 300,
        transactionTimeoutSec: seconds('transaction-timeout', 10, 86400),
        force: bool('force'),
        sarifFile: get('sarif-file'),
        dryRun: bool('dry-run'),
    };
    if (p.list.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(p.list.join('\n'));
    if (settings.keepReleases < 2 && settings.rollbackOnFailure)
        warn('keep-releases below 2 leaves no previous release to roll back to');
    if (trustOnFirstUse && ssh)
        warn('insecure-trust-on-first-use is set: the host key is NOT verified; anyone in the path can impersonate the host');
    if (settings.env && raw['env-file'])
        warn('env is set, so env-file is ignored');
    if (platforms.length && command !== 'build' && !(command === 'deploy' && settings.push))
        warn(`platforms is ignored: command ${command} builds nothing${command === 'deploy' ? ' without push: true' : ''}`);
    return settings;
}
/** Every secret value the settings hold, for masking and redaction. */
function secretsOf(s) {
    const out = [];
    if (s.ssh?.key)
        out.push(s.ssh.key.reveal());
    if (s.registry?.password)
        out.push(s.registry.password.reveal());
    if (s.env)
        out.push(s.env.reveal());
    return out;
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qz: () => (/* reexport */ escapingLinks),
  vX: () => (/* reexport */ formatText),
  zS: () => (/* reexport */ validate_reportRedactor),
  TT: () => (/* reexport */ selectAnnotations),
  zv: () => (/* reexport */ toSarif),
  T7: () => (/* reexport */ toSummaryMarkdown),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: RULES, diffProjections, formatJson, oracleCompare, projectComposeJson, projectModel

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/validate/syntax.ts
// Parsers for the short syntaxes Compose accepts inside strings: durations, sizes, ports, volumes.
const UNIT_NS = {
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
function syntax_parseDuration(s) {
    if (s === '0' || s === '+0' || s === '-0')
        return 0;
    const m = /^([-+]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(s);
    if (!m)
        return undefined;
    let total = 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
    let p;
    while ((p = re.exec(m[2])))
        total += parseFloat(p[1]) * UNIT_NS[p[2]];
    return m[1] === '-' ? -total : total;
}
const SIZE_MULT = {
    '': 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5,
};
/** docker/go-units RAMInBytes: "512m", "1.5g", "1024", "2GiB"; bytes or undefined. */
function parseBytes(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && v >= 0 ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(v.trim());
    if (!m)
        return undefined;
    return parseFloat(m[1]) * SIZE_MULT[(m[2] ?? '').toLowerCase()];
}
/** Go strconv.ParseFloat (decimal forms, inf, nan). */
function parseGoFloat(s) {
    if (/^[-+]?(inf|infinity)$/i.test(s))
        return s.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(s))
        return NaN;
    return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined;
}
/** cpus: "0.5", 1.5 */
function parseCpus(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && v >= 0 ? v : undefined;
    if (typeof v === 'string' && /^\d+(\.\d+)?$|^\.\d+$/.test(v.trim()))
        return parseFloat(v);
    return undefined;
}
function portRange(s) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    if (!m)
        return undefined;
    const a = parseInt(m[1], 10);
    const b = m[2] === undefined ? a : parseInt(m[2], 10);
    if (a > 65535 || b > 65535 || b < a)
        return undefined;
    return [a, b];
}
function isIp(s) {
    if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s))
        return s.split('.').every((x) => Number(x) <= 255);
    return /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':') && (s.match(/::/g)?.length ?? 0) <= 1;
}
/** docker/go-connections nat.ParsePortSpec; a message when invalid. */
function syntax_parsePortSpec(raw) {
    const parts = raw.split(':');
    const n = parts.length;
    let ip = '';
    let host = '';
    const containerAndProto = parts[n - 1];
    if (n === 2)
        host = parts[0];
    else if (n === 3) {
        ip = parts[0];
        host = parts[1];
    }
    else if (n > 3) {
        ip = parts.slice(0, n - 2).join(':');
        host = parts[n - 2];
    }
    if (ip.startsWith('[') && ip.endsWith(']'))
        ip = ip.slice(1, -1);
    if (ip !== '' && !isIp(ip))
        return `invalid IP address ${JSON.stringify(ip)}`;
    const slash = containerAndProto.indexOf('/');
    const container = slash < 0 ? containerAndProto : containerAndProto.slice(0, slash);
    const proto = slash < 0 ? 'tcp' : containerAndProto.slice(slash + 1);
    if (container === '')
        return 'no container port';
    const cr = portRange(container);
    if (!cr)
        return `invalid container port ${JSON.stringify(container)}`;
    let hr;
    if (host !== '') {
        hr = portRange(host);
        if (!hr)
            return `invalid host port ${JSON.stringify(host)}`;
    }
    if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
        return `invalid protocol ${JSON.stringify(proto)}`;
    if (hr && cr[1] - cr[0] !== hr[1] - hr[0] && cr[0] !== cr[1]) {
        return `container range ${container} and host range ${host} differ in size`;
    }
    const out = [];
    for (let i = 0; i <= cr[1] - cr[0]; i++) {
        let published = '';
        if (hr) {
            published = String(hr[0] + i);
            if (cr[0] === cr[1] && hr[0] !== hr[1])
                published = `${published}-${hr[1]}`;
        }
        out.push({ host_ip: ip, published, target: cr[0] + i, protocol: proto.toLowerCase() });
    }
    return out;
}
function isFilePath(source) {
    if (source === '')
        return false;
    if ('./~'.includes(source[0]))
        return true;
    if (source.startsWith('\\\\'))
        return true;
    return /^[a-zA-Z]:/.test(source);
}
/** compose-go format.ParseVolume; a message when invalid. */
function syntax_parseVolumeSpec(spec) {
    if (spec.length === 0)
        return 'empty volume spec';
    if (spec.length <= 2)
        return { type: 'volume', source: '', target: spec, read_only: false };
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
            if (buffer.length === 0)
                return 'empty section between colons';
            if (source === '' && ch === '\0')
                target = buffer;
            else if (source === '')
                source = buffer;
            else if (target === '')
                target = buffer;
            else if (ch === ':')
                return 'too many colons';
            else {
                for (const opt of buffer.split(',')) {
                    if (opt === 'ro')
                        readOnly = true;
                    else if (opt === 'rw')
                        readOnly = false;
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
function syntax_cleanPath(p) {
    if (p === '')
        return '.';
    const abs = p.startsWith('/');
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length && out[out.length - 1] !== '..')
                out.pop();
            else if (!abs)
                out.push('..');
        }
        else
            out.push(seg);
    }
    const s = (abs ? '/' : '') + out.join('/');
    return s === '' ? (abs ? '/' : '.') : s;
}

;// CONCATENATED MODULE: ./src/config/validate/catalogue.ts
const r = (id, severity, title, help) => ({
    id,
    severity,
    title,
    help,
});
/** Every rule the validator reports, with its default severity and help text (SARIF, docs). */
const RULES = [
    r('SD-SCH-001', 'error', 'YAML syntax', 'The file is not valid YAML. Fix the syntax at the given line and column.'),
    r('SD-SCH-002', 'error', 'Duplicate key', 'A mapping defines the same key twice; Compose refuses the file. Keep one.'),
    r('SD-SCH-003', 'error', 'Unknown YAML tag', 'Only the Compose tags !reset and !override (and standard !!str, !!int… tags) are understood.'),
    r('SD-SCH-004', 'error', 'Compose schema', 'Each file and the merged model must match the Compose specification: known keys, right types and formats.'),
    r('SD-SCH-005', 'error', 'Image or build', 'Every service needs `image` or `build`. A service only defined in an override file is usually a typo of a base service name.'),
    r('SD-SCH-006', 'error', 'Undefined reference', 'Networks, volumes, secrets and configs used by a service must be declared at the top level; env_file must exist.'),
    r('SD-SCH-007', 'error', 'Duplicate port or mount', 'Two services publish the same host port, or one service mounts two things at the same target.'),
    r('SD-SCH-008', 'warning', 'Obsolete version', 'The top-level `version` key is obsolete and ignored by Compose v2. Remove it.'),
    r('SD-ENV-001', 'error', '.env syntax', 'The .env file does not parse the way Compose reads it (compose-go dotenv).'),
    r('SD-ENV-002', 'error', 'Interpolation syntax', 'A `${` that fits no interpolation form. Escape a literal dollar as `$$`.'),
    r('SD-ENV-003', 'error', 'Required variable missing', '`${VAR:?message}` / `${VAR?message}` names a variable that is not set (or empty).'),
    r('SD-ENV-004', 'error', 'Unset variable', '`${VAR}` or `$VAR` without a default names a variable that is not set: Compose silently uses an empty string. Error in prod, warning in dev.'),
    r('SD-ENV-005', 'warning', 'Host-side interpolation in container command', '`$VAR` in a healthcheck or command is replaced on the host from .env; write `$$VAR` to let the container shell expand its own variable.'),
    r('SD-ENV-006', 'error', 'Variables schema', 'Required variables are present and typed as the stack variables schema (env.schema.json) declares; every variable is documented in .env.example.'),
    r('SD-ENV-007', 'error', 'Variables consistency', 'DATABASE_URL agrees with POSTGRES_USER / POSTGRES_DB and the database service name; REDIS_URL points at the cache service; the webhook URL is https in prod.'),
    r('SD-ENV-008', 'warning', '.env drift', 'Keys in .env and .env.example differ.'),
    r('SD-ENV-009', 'warning', 'Duplicated .env key', 'A key is set twice in .env; the last value wins.'),
    r('SD-DEP-001', 'error', 'Unknown dependency', 'depends_on names a service that does not exist.'),
    r('SD-DEP-002', 'error', 'Dependency cycle', 'depends_on relations form a cycle; Compose cannot order the services.'),
    r('SD-DEP-003', 'error', 'service_healthy without healthcheck', 'A `service_healthy` dependency needs a healthcheck on its target; Compose only fails at runtime.'),
    r('SD-DEP-004', 'error', 'Migrations gate', 'App services that use the database depend on the migrations service with `condition: service_completed_successfully`.'),
    r('SD-DEP-005', 'error', 'Migrations wait for the database', 'The migrations service depends on the database with `condition: service_healthy`.'),
    r('SD-DEP-006', 'error', 'Completed target is a one-shot', 'A `service_completed_successfully` target must exit: restart "no" or a bounded on-failure:N.'),
    r('SD-NET-001', 'error', 'Only the proxy publishes', 'In prod only the proxy publishes ports, and only 80 and 443.'),
    r('SD-NET-002', 'error', 'Database and cache not published', 'The database and the cache never publish ports in prod; in dev only on 127.0.0.1.'),
    r('SD-NET-003', 'error', 'Database and cache on an internal network', 'In prod the database and the cache are attached only to networks declared `internal: true`.'),
    r('SD-NET-004', 'error', 'Host network', '`network_mode: host` bypasses network isolation and port mapping.'),
    r('SD-VOL-001', 'error', 'Stateful data on named volumes', 'In prod the database and cache data directories are named volumes, not bind mounts or container layers.'),
    r('SD-VOL-002', 'warning', 'Certificates and logs on named volumes', 'Writable certificate and log directories belong on named volumes, not host paths.'),
    r('SD-VOL-003', 'error', 'Sensitive host path mounted', 'Mounting /, /etc, /proc, /sys, /dev, /boot, /root or the Docker socket hands the container the host.'),
    r('SD-HC-001', 'error', 'Healthcheck missing', 'Every long-running service has a healthcheck (error in prod, warning in dev).'),
    r('SD-HC-002', 'error', 'Healthcheck timing', 'Durations parse (10s, 1m30s); timeout is shorter than interval; slow starters have a start_period.'),
    r('SD-RST-001', 'error', 'Restart policy value', 'restart is one of "no", always, on-failure[:N], unless-stopped (the schema accepts any string).'),
    r('SD-RST-002', 'error', 'Restart policy per environment', 'Long-running services restart always / unless-stopped in prod (on-failure in dev); migrations restart "no".'),
    r('SD-RES-001', 'error', 'Memory limit', 'In prod every long-running service has a memory limit (deploy.resources.limits.memory or mem_limit).'),
    r('SD-RES-002', 'warning', 'CPU limit', 'In prod every long-running service has a CPU limit (deploy.resources.limits.cpus or cpus).'),
    r('SD-RES-003', 'error', 'Resource units', 'Resource sizes parse (512m, 1g) and reservations do not exceed limits.'),
    r('SD-RES-004', 'warning', 'Log rotation', 'In prod json-file/local logging sets max-size (and max-file) so logs cannot fill the disk.'),
    r('SD-SEC-001', 'error', 'Literal credential', 'A credential-shaped key (PASSWORD, SECRET, TOKEN, _KEY, DSN) has a literal value in a compose file; use ${VAR} from .env.'),
    r('SD-SEC-002', 'error', 'Credentials in a literal URL', 'A URL in a compose file embeds a password; interpolate it from .env instead.'),
    r('SD-SEC-003', 'error', 'Bot token in a compose file', 'A value has the shape of a Telegram bot token; keep it in .env (or a secret).'),
    r('SD-SEC-004', 'error', '.env tracked by git', 'The .env file is in the git index; remove it (git rm --cached) and ignore it.'),
    r('SD-SEC-005', 'error', 'Mutable image tag', 'In prod every image has an explicit, immutable tag (not latest) or a digest.'),
    r('SD-SEC-006', 'error', 'Dangerous privileges', 'privileged, host pid/ipc/userns, dangerous cap_add or unconfined seccomp/apparmor give the container the host.'),
    r('SD-SEC-007', 'error', 'Shipped file leads outside the working directory', 'A bind mount, env_file, configs/secrets file (or a file inside a shipped folder) is a symlink to a place outside the working directory; the release would carry that file to the host. Copy the file into the project or mount the host path instead.'),
];
const RULE_BY_ID = new Map(RULES.map((x) => [x.id, x]));
function defaultSeverity(rule) {
    return RULE_BY_ID.get(rule)?.severity ?? 'error';
}
/**
 * Opinions about a stack's shape (limits, who publishes, internal networks, health checks, restart
 * policies, migration gates, documented variables): warnings for a stack that declares no roles
 * under the default policy. Every other rule is a Compose check, a correctness or a safety rule.
 */
const SHAPE_OPINIONS = new Set([
    'SD-DEP-004',
    'SD-DEP-005',
    'SD-ENV-006',
    'SD-ENV-007',
    'SD-NET-001',
    'SD-NET-002',
    'SD-NET-003',
    'SD-VOL-001',
    'SD-HC-001',
    'SD-HC-002',
    'SD-RST-002',
    'SD-RES-001',
    'SD-RES-002',
    'SD-RES-004',
]);

;// CONCATENATED MODULE: ./src/config/validate/tree.ts

/** Collects findings from every stage. */
class tree_Sink {
    findings = [];
    add(rule, loc, message, severity = defaultSeverity(rule)) {
        this.findings.push({
            rule,
            severity,
            message,
            file: loc?.file ?? '',
            line: loc?.line ?? 0,
            col: loc?.col ?? 0,
        });
    }
}
const NO_LOC = { file: '', line: 0, col: 0 };
/** `services.backend.ports[0]` */
function pathStr(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += out === '' ? p : `.${p}`;
    }
    return out;
}
function tree_isMap(n) {
    return n?.kind === 'map';
}
function isSeq(n) {
    return n?.kind === 'seq';
}
function isScalar(n) {
    return n?.kind === 'scalar';
}
function tree_get(n, key) {
    return n?.kind === 'map' ? n.entries.get(key)?.value : undefined;
}
function entry(n, key) {
    return n?.kind === 'map' ? n.entries.get(key) : undefined;
}
/** Walks keys and indexes; undefined when the path leaves the tree. */
function at(n, path) {
    let cur = n;
    for (const p of path) {
        if (!cur)
            return undefined;
        if (typeof p === 'number')
            cur = cur.kind === 'seq' ? cur.items[p] : undefined;
        else
            cur = cur.kind === 'map' ? cur.entries.get(p)?.value : undefined;
    }
    return cur;
}
function str(n) {
    return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
}
/** A scalar as Compose would see it in a string context (numbers and booleans printed). */
function scalarText(n) {
    if (n?.kind !== 'scalar' || n.value === null)
        return undefined;
    return String(n.value);
}
function num(n) {
    return n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : undefined;
}
function bool(n) {
    return n?.kind === 'scalar' && typeof n.value === 'boolean' ? n.value : undefined;
}
function mapEntries(n) {
    return n?.kind === 'map' ? [...n.entries.values()] : [];
}
function seqItems(n) {
    return n?.kind === 'seq' ? n.items : [];
}
function scalar(value, loc) {
    return { kind: 'scalar', value, loc };
}
function toPlain(n) {
    if (!n)
        return undefined;
    switch (n.kind) {
        case 'scalar':
            return n.value;
        case 'seq':
            return n.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, e] of n.entries)
                out[k] = toPlain(e.value);
            return out;
        }
    }
}
/** Location of the node at path; falls back to the deepest existing ancestor. */
function locAt(root, path, preferKey = false) {
    let cur = root;
    let loc = root?.loc;
    for (const p of path) {
        if (!cur)
            break;
        if (typeof p === 'number') {
            const item = cur.kind === 'seq' ? cur.items[p] : undefined;
            if (!item)
                break;
            loc = item.loc;
            cur = item;
        }
        else {
            const e = cur.kind === 'map' ? cur.entries.get(p) : undefined;
            if (!e)
                break;
            loc = preferKey && p === path[path.length - 1] ? e.keyLoc : e.value.loc;
            cur = e.value;
        }
    }
    return loc;
}
/** A short description of a value for messages: "ten", 10, a mapping, a list. */
function describe(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
    return String(v);
}
/** Levenshtein distance, for "did you mean" hints. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function closest(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

;// CONCATENATED MODULE: ./src/config/validate/consistency.ts
// Stage 6: what compose-go checks after the schema (loader/validate.go checkConsistency, validation/*,
// graph/cycle.go, canonical port and volume parsing), reported at the nodes.




function services(model, activeProfiles) {
    const out = [];
    for (const e of mapEntries(tree_get(model, 'services'))) {
        if (!tree_isMap(e.value))
            continue;
        const profiles = seqItems(tree_get(e.value, 'profiles')).map(scalarText);
        const active = profiles.length === 0 ||
            activeProfiles.has('*') ||
            profiles.some((p) => p !== undefined && activeProfiles.has(p));
        out.push({ name: e.key, entry: e, node: e.value, active });
    }
    return out;
}
/** Volumes of a service in long form; invalid entries are skipped (and reported when a sink is given). */
function serviceVolumes(svc, where, sink) {
    const out = [];
    seqItems(tree_get(svc, 'volumes')).forEach((it, index) => {
        if (it.kind === 'scalar' && typeof it.value === 'string') {
            const v = syntax_parseVolumeSpec(it.value);
            if (typeof v === 'string') {
                sink?.add('SD-SCH-004', it.loc, `${where}.volumes[${index}]: invalid volume ${JSON.stringify(it.value)}: ${v}`);
                return;
            }
            out.push({ ...v, loc: it.loc, index, rawType: v.type });
        }
        else if (it.kind === 'map') {
            const target = str(tree_get(it, 'target'));
            const type = str(tree_get(it, 'type')) ?? '';
            if (target === undefined) {
                sink?.add('SD-SCH-004', it.loc, `${where}.volumes[${index}]: a ${type || 'volume'} mount needs a target`);
                return;
            }
            out.push({
                type: type === 'bind' ? 'bind' : 'volume',
                rawType: type,
                source: str(tree_get(it, 'source')) ?? '',
                target,
                read_only: bool(tree_get(it, 'read_only')) ?? false,
                loc: it.loc,
                index,
            });
        }
    });
    return out;
}
/** Ports of a service in long form (ranges expanded); invalid entries reported when a sink is given. */
function servicePorts(svc, where, sink) {
    const out = [];
    seqItems(tree_get(svc, 'ports')).forEach((it, index) => {
        if (it.kind === 'scalar' && (typeof it.value === 'string' || typeof it.value === 'number')) {
            const r = syntax_parsePortSpec(String(it.value));
            if (typeof r === 'string') {
                sink?.add('SD-SCH-004', it.loc, `${where}.ports[${index}]: expected a port like 8080:80, 127.0.0.1:8080:80 or 80/udp, got ${JSON.stringify(it.value)} (${r})`);
                return;
            }
            for (const b of r)
                out.push({ ...b, loc: it.loc, index });
        }
        else if (it.kind === 'map') {
            const target = num(tree_get(it, 'target'));
            if (target === undefined) {
                sink?.add('SD-SCH-004', it.loc, `${where}.ports[${index}]: a port mapping needs a target`);
                return;
            }
            out.push({
                host_ip: str(tree_get(it, 'host_ip')) ?? '',
                published: scalarText(tree_get(it, 'published')) ?? '',
                target,
                protocol: (str(tree_get(it, 'protocol')) ?? 'tcp').toLowerCase(),
                loc: it.loc,
                index,
            });
        }
    });
    return out;
}
function dependencies(svc) {
    const d = tree_get(svc, 'depends_on');
    if (d?.kind === 'seq') {
        return d.items
            .filter((i) => i.kind === 'scalar' && i.value !== null)
            .map((i) => ({
            name: String(i.value),
            condition: 'service_started',
            required: true,
            restart: false,
            loc: i.loc,
            conditionLoc: i.loc,
        }));
    }
    return mapEntries(d).map((e) => ({
        name: e.key,
        condition: str(tree_get(e.value, 'condition')) ?? 'service_started',
        required: bool(tree_get(e.value, 'required')) ?? true,
        restart: bool(tree_get(e.value, 'restart')) ?? false,
        loc: e.keyLoc,
        conditionLoc: tree_get(e.value, 'condition')?.loc ?? e.keyLoc,
    }));
}
/** Names listed under a service's networks (list or mapping). */
function serviceNetworks(svc) {
    const n = tree_get(svc, 'networks');
    if (n?.kind === 'seq')
        return n.items.map((i) => ({ name: scalarText(i) ?? '', loc: i.loc }));
    return mapEntries(n).map((e) => ({ name: e.key, loc: e.keyLoc }));
}
/** Mount references (secrets/configs) of a service: short or long syntax. */
function mountRefs(list) {
    return seqItems(list).map((i) => ({
        name: i.kind === 'map' ? (scalarText(tree_get(i, 'source')) ?? '') : (scalarText(i) ?? ''),
        loc: i.loc,
    }));
}
function checkConsistency(c) {
    const { model, sink } = c;
    const all = services(model, c.activeProfiles);
    const byName = new Map(all.map((s) => [s.name, s]));
    const top = (k) => new Set(mapEntries(tree_get(model, k)).map((e) => e.key));
    const networks = top('networks');
    networks.add('default');
    const volumes = top('volumes');
    const secrets = top('secrets');
    const configs = top('configs');
    const containerNames = new Map();
    const published = new Map();
    for (const s of all) {
        if (!s.active)
            continue;
        const w = `services.${s.name}`;
        const svc = s.node;
        const build = tree_get(svc, 'build');
        const image = tree_get(svc, 'image');
        if (image && image.kind === 'scalar' && scalarText(image) === '' && !build) {
            sink.add('SD-SCH-005', image.loc, `${w}.image: ${image.kind === 'scalar' && image.raw ? `${image.raw} interpolates to` : 'is'} an empty string and there is no build; Compose refuses a service without an image or a build context`);
        }
        else if (!image && !build) {
            sink.add('SD-SCH-005', s.entry.keyLoc, `${w}: has neither image nor build (a service only defined in an override file is usually a misspelt base service)`);
        }
        const ref = str(image);
        // Docker refuses such references anyway; on the host they would break log lines and markers
        // eslint-disable-next-line no-control-regex
        if (ref !== undefined && /[\s\x00-\x1f\x7f]/.test(ref)) {
            sink.add('SD-SCH-004', image.loc, `${w}.image: expected an image reference without whitespace or control characters, got ${JSON.stringify(ref)}`);
        }
        const platform = str(tree_get(svc, 'platform'));
        const platforms = tree_get(build, 'platforms');
        if (platform && platforms && !seqItems(platforms).some((p) => scalarText(p) === platform)) {
            sink.add('SD-SCH-004', platforms.loc, `${w}.build.platforms: must include the service's platform "${platform}" (Compose refuses the file otherwise)`);
        }
        if (tree_isMap(build) && tree_get(build, 'dockerfile') && tree_get(build, 'dockerfile_inline')) {
            sink.add('SD-SCH-004', build.loc, `${w}.build: dockerfile and dockerfile_inline are mutually exclusive`);
        }
        const networkMode = str(tree_get(svc, 'network_mode'));
        if (networkMode !== undefined && tree_get(svc, 'networks')) {
            sink.add('SD-SCH-004', tree_get(svc, 'network_mode').loc, `${w}: network_mode and networks are mutually exclusive`);
        }
        if (networkMode?.startsWith('service:') && !byName.has(networkMode.slice(8))) {
            sink.add('SD-SCH-006', tree_get(svc, 'network_mode').loc, `${w}.network_mode: service "${networkMode.slice(8)}" is not defined`);
        }
        for (const n of serviceNetworks(svc)) {
            if (!networks.has(n.name)) {
                sink.add('SD-SCH-006', n.loc, `${w}.networks: network "${n.name}" is not defined under top-level networks`);
            }
        }
        const test = tree_get(tree_get(svc, 'healthcheck'), 'test');
        if (test?.kind === 'seq' && test.items.length > 0) {
            const first = scalarText(test.items[0]);
            if (first !== 'CMD' && first !== 'CMD-SHELL' && first !== 'NONE') {
                sink.add('SD-SCH-004', test.items[0].loc, `${w}.healthcheck.test: a list must start with "CMD", "CMD-SHELL" or "NONE", got ${JSON.stringify(first ?? null)}`);
            }
        }
        for (const d of dependencies(svc)) {
            const target = byName.get(d.name);
            if (!target) {
                sink.add('SD-DEP-001', d.loc, `${w}.depends_on: service "${d.name}" is not defined`);
            }
            else if (!target.active && d.required) {
                sink.add('SD-DEP-001', d.loc, `${w}.depends_on: service "${d.name}" is disabled by its profiles`);
            }
        }
        for (const v of serviceVolumes(svc, w, sink)) {
            if (v.type === 'volume' &&
                v.rawType !== 'tmpfs' &&
                v.rawType !== 'npipe' &&
                v.rawType !== 'image' &&
                v.rawType !== 'cluster' &&
                v.source !== '' &&
                !volumes.has(v.source)) {
                sink.add('SD-SCH-006', v.loc, `${w}.volumes[${v.index}]: volume "${v.source}" is not defined under top-level volumes`);
            }
        }
        if (tree_isMap(build)) {
            for (const r of mountRefs(tree_get(build, 'secrets'))) {
                if (!secrets.has(r.name))
                    sink.add('SD-SCH-006', r.loc, `${w}.build.secrets: secret "${r.name}" is not defined`);
            }
        }
        for (const r of mountRefs(tree_get(svc, 'secrets'))) {
            if (!secrets.has(r.name))
                sink.add('SD-SCH-006', r.loc, `${w}.secrets: secret "${r.name}" is not defined under top-level secrets`);
        }
        for (const r of mountRefs(tree_get(svc, 'configs'))) {
            if (!configs.has(r.name))
                sink.add('SD-SCH-006', r.loc, `${w}.configs: config "${r.name}" is not defined under top-level configs`);
        }
        for (const f of envFiles(svc)) {
            if (f.required && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(c.projectDir, f.path))) {
                sink.add('SD-SCH-006', f.loc, `${w}.env_file: file ${JSON.stringify(f.path)} not found`);
            }
        }
        const deploy = tree_get(svc, 'deploy');
        const scale = num(tree_get(svc, 'scale'));
        const replicas = num(tree_get(deploy, 'replicas'));
        if (scale !== undefined && replicas !== undefined && scale !== replicas) {
            sink.add('SD-SCH-004', tree_get(svc, 'scale').loc, `${w}: scale (${scale}) and deploy.replicas (${replicas}) differ`);
        }
        const limits = tree_get(tree_get(deploy, 'resources'), 'limits');
        const reservations = tree_get(tree_get(deploy, 'resources'), 'reservations');
        const distinct = (key, other, otherName, parse) => {
            const n = tree_get(svc, key);
            if (!n || !other || n.kind !== 'scalar' || other.kind !== 'scalar')
                return;
            const a = parse(n.value);
            const b = parse(other.value);
            if (a !== undefined && b !== undefined && a !== b) {
                sink.add('SD-SCH-004', n.loc, `${w}: ${key} and ${otherName} differ`);
            }
        };
        distinct('cpus', tree_get(limits, 'cpus'), 'deploy.resources.limits.cpus', parseCpus);
        distinct('mem_limit', tree_get(limits, 'memory'), 'deploy.resources.limits.memory', parseBytes);
        distinct('mem_reservation', tree_get(reservations, 'memory'), 'deploy.resources.reservations.memory', parseBytes);
        distinct('pids_limit', tree_get(limits, 'pids'), 'deploy.resources.limits.pids', (v) => typeof v === 'number' ? v : Number(v));
        const cn = tree_get(svc, 'container_name');
        const containerName = scalarText(cn);
        if (containerName) {
            const other = containerNames.get(containerName);
            if (other) {
                sink.add('SD-SCH-004', cn.loc, `${w}.container_name: "${containerName}" is already used by services.${other}`, c.duplicateSeverity);
            }
            else
                containerNames.set(containerName, s.name);
            const n = scale ?? replicas ?? 1;
            if (n > 1) {
                sink.add('SD-SCH-004', cn.loc, `${w}.container_name: cannot be combined with ${n} replicas (container names are unique)`);
            }
        }
        checkUnits(svc, w, sink);
        if (tree_isMap(build)) {
            for (const e of mapEntries(tree_get(build, 'additional_contexts'))) {
                const t = scalarText(e.value);
                if (t?.startsWith('service:') && !byName.get(t.slice(8))?.node.entries.has('build')) {
                    sink.add('SD-SCH-006', e.value.loc, `${w}.build.additional_contexts.${e.key}: "${t.slice(8)}" is not a buildable service`);
                }
            }
        }
        const requests = [
            ...seqItems(tree_get(tree_get(tree_get(tree_get(svc, 'deploy'), 'resources'), 'reservations'), 'devices')),
            ...seqItems(tree_get(svc, 'gpus')),
        ];
        for (const r of requests) {
            if (tree_get(r, 'count') && tree_get(r, 'device_ids')) {
                sink.add('SD-SCH-004', r.loc, `${w}: a device request sets both count and device_ids (they are exclusive)`);
            }
        }
        seqItems(tree_get(tree_get(svc, 'develop'), 'watch')).forEach((wt, i) => {
            const action = str(tree_get(wt, 'action'));
            if (action !== 'rebuild' && action !== 'restart' && action && !tree_get(wt, 'target')) {
                sink.add('SD-SCH-004', wt.loc, `${w}.develop.watch[${i}]: target is required for action ${str(tree_get(wt, 'action'))}`);
            }
            const p = tree_get(wt, 'path');
            if (p && str(p) === '')
                sink.add('SD-SCH-004', p.loc, `${w}.develop.watch[${i}].path: must not be empty`);
        });
        for (const p of servicePorts(svc, w, sink)) {
            if (p.published === '')
                continue;
            const key = `${p.published}/${p.protocol}`;
            for (const ip of p.host_ip === '' || p.host_ip === '0.0.0.0' || p.host_ip === '::'
                ? ['*']
                : [p.host_ip, '*']) {
                const prev = published.get(`${ip}|${key}`) ?? (ip !== '*' ? published.get(`*|${key}`) : undefined);
                if (prev && prev.svc !== s.name) {
                    sink.add('SD-SCH-007', p.loc, `${w}.ports[${p.index}]: host port ${p.published}/${p.protocol} is already published by services.${prev.svc}`, c.duplicateSeverity);
                    break;
                }
            }
            published.set(`${p.host_ip === '' || p.host_ip === '0.0.0.0' || p.host_ip === '::' ? '*' : p.host_ip}|${key}`, { svc: s.name, loc: p.loc });
        }
    }
    const nameNode = tree_get(model, 'name');
    const projectName = str(nameNode);
    if (projectName !== undefined && !/^[a-z0-9][a-z0-9_-]*$/.test(projectName)) {
        sink.add('SD-SCH-004', nameNode.loc, `name: expected lowercase letters, digits, "-" and "_" starting with a letter or digit, got ${JSON.stringify(projectName)} (Compose normalises it)`, 'warning');
    }
    for (const [kind, keys] of [
        ['secrets', ['file', 'environment']],
        ['configs', ['file', 'environment', 'content']],
    ]) {
        for (const e of mapEntries(tree_get(model, kind))) {
            const v = e.value;
            if (!tree_isMap(v))
                continue;
            const set = keys.filter((k) => v.entries.has(k));
            const external = bool(tree_get(v, 'external')) === true || tree_isMap(tree_get(v, 'external'));
            if (set.length > 1) {
                sink.add('SD-SCH-004', e.keyLoc, `${kind}.${e.key}: ${keys.join(' | ')} are mutually exclusive`);
            }
            else if (set.length === 0 && !external && !v.entries.has('driver')) {
                sink.add('SD-SCH-004', e.keyLoc, `${kind}.${e.key}: one of ${keys.join(' | ')} must be set (or external: true)`);
            }
        }
    }
    for (const kind of ['volumes', 'networks', 'secrets', 'configs']) {
        for (const e of mapEntries(tree_get(model, kind))) {
            if (!tree_isMap(e.value) || bool(tree_get(e.value, 'external')) !== true)
                continue;
            for (const [k, x] of e.value.entries) {
                if (k !== 'name' && k !== 'external' && !k.startsWith('x-')) {
                    sink.add('SD-SCH-004', x.keyLoc, `${kind}.${e.key}: "external" and "${k}" conflict`);
                }
            }
        }
    }
    checkCycles(all, sink);
}
const SIZE_FIELDS = [
    ['mem_limit'],
    ['mem_reservation'],
    ['memswap_limit'],
    ['shm_size'],
    ['build', 'shm_size'],
    ['deploy', 'resources', 'limits', 'memory'],
    ['deploy', 'resources', 'reservations', 'memory'],
];
/** Sizes and CPU counts that Compose decodes (and rejects when they do not parse). */
function checkUnits(svc, w, sink) {
    const at = (path) => path.reduce((n, k) => tree_get(n, k), svc);
    for (const path of SIZE_FIELDS) {
        const n = at(path);
        if (n?.kind === 'scalar' && typeof n.value === 'string' && parseBytes(n.value) === undefined) {
            sink.add('SD-RES-003', n.loc, `${w}.${path.join('.')}: expected a size like 512m or 1g, got ${JSON.stringify(n.value)}`);
        }
    }
    for (const k of ['limits', 'reservations']) {
        const n = at(['deploy', 'resources', k, 'cpus']);
        if (n?.kind === 'scalar' && typeof n.value === 'string' && parseGoFloat(n.value) === undefined) {
            sink.add('SD-RES-003', n.loc, `${w}.deploy.resources.${k}.cpus: expected a number of CPUs like 0.5, got ${JSON.stringify(n.value)}`);
        }
    }
    seqItems(tree_get(svc, 'volumes')).forEach((v, i) => {
        const size = tree_get(tree_get(v, 'tmpfs'), 'size');
        if (size?.kind === 'scalar' && typeof size.value === 'string' && parseBytes(size.value) === undefined) {
            sink.add('SD-RES-003', size.loc, `${w}.volumes[${i}].tmpfs.size: expected a size like 64m, got ${JSON.stringify(size.value)}`);
        }
    });
}
/** depends_on plus the implicit dependencies Compose adds (links, network_mode/volumes_from service:). */
function edges(s) {
    const out = dependencies(s.node).map((d) => ({ name: d.name, loc: d.loc }));
    for (const l of seqItems(tree_get(s.node, 'links'))) {
        const t = scalarText(l);
        if (t)
            out.push({ name: t.split(':')[0], loc: l.loc });
    }
    for (const k of ['network_mode', 'ipc', 'pid']) {
        const t = str(tree_get(s.node, k));
        if (t?.startsWith('service:'))
            out.push({ name: t.slice(8), loc: tree_get(s.node, k).loc });
    }
    for (const v of seqItems(tree_get(s.node, 'volumes_from'))) {
        const t = scalarText(v);
        if (t && !t.startsWith('container:'))
            out.push({ name: t.split(':')[0], loc: v.loc });
    }
    return out;
}
function checkCycles(all, sink) {
    const active = all.filter((s) => s.active);
    const byName = new Map(active.map((s) => [s.name, s]));
    const graph = new Map(active.map((s) => [s.name, edges(s).filter((e) => byName.has(e.name))]));
    const state = new Map();
    const stack = [];
    const reported = new Set();
    const visit = (n) => {
        state.set(n, 1);
        stack.push(n);
        for (const e of graph.get(n) ?? []) {
            const st = state.get(e.name);
            if (st === 1) {
                const cycle = [...stack.slice(stack.indexOf(e.name)), e.name];
                const key = [...cycle.slice(0, -1)].sort().join(',');
                if (!reported.has(key)) {
                    reported.add(key);
                    sink.add('SD-DEP-002', e.loc, `services.${n}.depends_on: dependency cycle detected: ${cycle.join(' -> ')}`);
                }
            }
            else if (st === undefined)
                visit(e.name);
        }
        stack.pop();
        state.set(n, 2);
    };
    for (const s of [...active].sort((a, b) => (a.name < b.name ? -1 : 1)))
        if (!state.has(s.name))
            visit(s.name);
}
function envFiles(svc) {
    const n = tree_get(svc, 'env_file');
    const items = n?.kind === 'seq' ? n.items : n ? [n] : [];
    const out = [];
    for (const it of items) {
        if (it.kind === 'scalar' && typeof it.value === 'string')
            out.push({ path: it.value, required: true, loc: it.loc });
        else if (it.kind === 'map') {
            const p = str(tree_get(it, 'path'));
            if (p !== undefined)
                out.push({ path: p, required: bool(tree_get(it, 'required')) ?? true, loc: it.loc });
        }
    }
    return out;
}
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/;
/** Local files and directories the model references, relative to cwd. */
function referencedFiles(model, projectDir, cwd) {
    const out = new Set();
    const add = (p) => {
        if (p === '' || p.startsWith('~') || REMOTE.test(p) || p.includes('://'))
            return;
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(projectDir, p);
        if ((0,external_node_path_.isAbsolute)(p))
            return; // host paths outside the project are not shipped
        out.add((0,external_node_path_.relative)(cwd, abs) || '.');
    };
    for (const e of mapEntries(tree_get(model, 'services'))) {
        const svc = e.value;
        if (!tree_isMap(svc))
            continue;
        for (const v of serviceVolumes(svc, ''))
            if (v.type === 'bind')
                add(v.source);
        for (const f of envFiles(svc))
            add(f.path);
        const build = tree_get(svc, 'build');
        const ctx = build?.kind === 'scalar' ? scalarText(build) : str(tree_get(build, 'context'));
        if (build)
            add(ctx ?? '.');
    }
    for (const kind of ['secrets', 'configs']) {
        for (const e of mapEntries(tree_get(model, kind))) {
            const f = str(tree_get(e.value, 'file'));
            if (f !== undefined)
                add(f);
        }
    }
    return [...out].sort();
}
function projectDirOf(cwd, firstFile) {
    return firstFile ? resolve(cwd, firstFile, '..') : cwd;
}

;// CONCATENATED MODULE: ./src/config/validate/shipped.ts
// SD-SEC-007: every file the release ships (bind sources, env_file, configs/secrets files, and every file
// inside shipped folders) must really live inside the working directory: a symlink leading out would
// carry runner files (~/.docker/config.json, ~/.ssh) to the host.




/** Files visited in one shipped folder before giving up (a release is a handful of config files). */
const MAX_SHIPPED_ENTRIES = 20_000;
const inside = (root, p) => p === root || p.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
function real(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch (err) {
        return err.code === 'ELOOP' ? 'loop' : undefined;
    }
}
/**
 * Paths at or under `path` whose real location is outside `root`, symlink loops and links to a folder
 * containing themselves. Missing paths give nothing (other checks report them).
 */
function escapingLinks(path, root) {
    const realRoot = real(root);
    if (realRoot === undefined || realRoot === 'loop')
        return [];
    const out = [];
    const top = real(path);
    if (top === 'loop')
        return [{ path }];
    if (top === undefined)
        return [];
    if (!inside(realRoot, top))
        return [{ path, target: top }];
    let budget = MAX_SHIPPED_ENTRIES;
    const walk = (shown, at, ancestors) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(at).sort();
        }
        catch {
            return;
        }
        for (const name of names) {
            if (--budget < 0) {
                if (budget === -1)
                    out.push({ path, tooMany: true });
                return;
            }
            const p = (0,external_node_path_.join)(at, name);
            const showP = (0,external_node_path_.join)(shown, name);
            let st;
            try {
                st = (0,external_node_fs_.lstatSync)(p);
            }
            catch {
                continue;
            }
            let target = p;
            if (st.isSymbolicLink()) {
                const r = real(p);
                if (r === 'loop') {
                    out.push({ path: showP });
                    continue;
                }
                if (r === undefined)
                    continue;
                if (!inside(realRoot, r)) {
                    out.push({ path: showP, target: r });
                    continue;
                }
                if (ancestors.includes(r)) {
                    out.push({ path: showP });
                    continue;
                }
                target = r;
                try {
                    st = (0,external_node_fs_.statSync)(r);
                }
                catch {
                    continue;
                }
            }
            if (st.isDirectory())
                walk(showP, target, [...ancestors, real(target)]);
        }
    };
    try {
        if ((0,external_node_fs_.statSync)(top).isDirectory())
            walk(path, top, [top]);
    }
    catch {
        /* vanished meanwhile: nothing to ship */
    }
    return out;
}
function refs(model) {
    const out = [];
    for (const e of mapEntries(tree_get(model, 'services'))) {
        if (!tree_isMap(e.value))
            continue;
        const w = `services.${e.key}`;
        for (const v of serviceVolumes(e.value, w))
            if (v.type === 'bind' && v.source)
                out.push({ path: v.source, loc: v.loc, where: `${w}.volumes[${v.index}]` });
        for (const f of envFiles(e.value))
            out.push({ path: f.path, loc: f.loc, where: `${w}.env_file` });
    }
    for (const kind of ['configs', 'secrets']) {
        for (const e of mapEntries(tree_get(model, kind))) {
            const f = tree_get(e.value, 'file');
            const p = str(f);
            if (p !== undefined && f)
                out.push({ path: p, loc: f.loc, where: `${kind}.${e.key}.file` });
        }
    }
    return out;
}
/** Reports shipped paths that lead out of `cwd` through a symlink; `files` (compose files, .env) too. */
function checkShipped(model, sink, o) {
    const cwd = (0,external_node_path_.resolve)(o.cwd);
    const report = (shownBase, absBase, loc, where) => {
        for (const l of escapingLinks(absBase, cwd)) {
            const shown = shownBase + l.path.slice(absBase.length);
            const msg = l.tooMany
                ? `${shown} holds more than ${MAX_SHIPPED_ENTRIES} files; ship a smaller folder`
                : l.target === undefined
                    ? `${shown} is a symlink loop`
                    : `${shown} resolves to ${l.target}, outside the working directory; it would be shipped to the host`;
            sink.add('SD-SEC-007', loc, `${where}: ${msg}`);
        }
    };
    for (const f of o.files)
        if (inside(cwd, f.abs))
            report(f.display, f.abs, { file: f.display, line: 0, col: 0 }, f.display);
    const seen = new Set();
    for (const r of refs(model)) {
        if (r.path.startsWith('~') || ((0,external_node_path_.isAbsolute)(r.path) && !inside(cwd, r.path)))
            continue;
        const abs = (0,external_node_path_.resolve)(o.projectDir, r.path);
        // lexically outside: not shipped (a host path) or refused by name when the bundle is made
        if (!inside(cwd, abs) || (0,external_node_path_.relative)(cwd, abs).startsWith('..'))
            continue;
        const key = `${r.where}|${abs}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        report(r.path.replace(/\/+$/, ''), abs, r.loc, r.where);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/validate/position.ts

/** offset → 1-based line and column in `text` (the yaml library's line index, for non-YAML text). */
function positionsIn(text) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lines.addNewLine(i + 1);
    return (offset) => lines.linePos(offset);
}

;// CONCATENATED MODULE: ./src/config/validate/template.ts
// The Compose interpolation grammar (compose-go template.Substitute), reimplemented with issue tracking.
/** Groups: 1 escaped `$$`, 2 named `$VAR`, 3 braced `${VAR...}`, 5 invalid `${`. */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/gi;
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'];
/** `${…}` nested deeper than this is refused before substitution (it would exhaust the stack). */
const MAX_INTERPOLATION_DEPTH = 32;
/** Deepest `${` nesting of a template, and the offset where it first goes beyond `limit`. */
function nesting(template, limit) {
    let depth = 0;
    for (let i = 0; i < template.length; i++) {
        if (template[i] === '$' && template[i + 1] === '{') {
            if (++depth > limit)
                return i;
            i++;
        }
        else if (template[i] === '}' && depth > 0)
            depth--;
    }
    return undefined;
}
function firstBraceClosingIndex(s) {
    let open = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '}') {
            open--;
            if (open === 0)
                return i;
        }
        if (s[i] === '{') {
            open++;
            i++;
        }
    }
    return -1;
}
function partition(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}
function operatorOf(braced) {
    let best;
    let bestIdx = Infinity;
    for (const op of OPERATORS) {
        const i = braced.indexOf(op);
        if (i >= 0 && i < bestIdx) {
            best = op;
            bestIdx = i;
        }
    }
    return best;
}
/**
 * Substitutes like Compose. `live` is false inside defaults that Compose evaluates eagerly but whose value is
 * not used: unset variables there are not reported (Compose only logs), required errors still are.
 */
function substitute(template, lookup) {
    const issues = [];
    const used = [];
    const deep = nesting(template, MAX_INTERPOLATION_DEPTH);
    if (deep !== undefined)
        return { value: template, issues: [{ kind: 'too-deep', offset: deep }], used };
    const value = run(template, lookup, issues, used, 0, true);
    return { value, issues, used };
}
function run(template, lookup, issues, used, base, live) {
    const re = new RegExp(PATTERN.source, 'gi');
    return template.replace(re, (match, ...args) => {
        const offset = args[args.length - 2];
        const source = args[args.length - 1];
        return replace(match, lookup, issues, used, base + offset, live, source.slice(offset));
    });
}
/** The template text an invalid `${` starts: up to its closing brace, or the end. */
function invalidText(from) {
    const close = from.indexOf('}');
    const t = close < 0 ? from : from.slice(0, close + 1);
    return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
function replace(whole, lookup, issues, used, offset, live, from) {
    const op = operatorOf(whole);
    let substring = whole;
    let rest = '';
    const close = firstBraceClosingIndex(whole);
    if (close > -1) {
        rest = whole.slice(close + 1);
        substring = whole.slice(0, close + 1);
    }
    const m = new RegExp(PATTERN.source, 'i').exec(substring);
    if (!m) {
        issues.push({ kind: 'invalid', offset, text: invalidText(from) });
        return '';
    }
    if (m[1])
        return '$';
    const named = m[2];
    const braced = m[3];
    if (!named && !braced) {
        issues.push({ kind: 'invalid', offset, text: invalidText(from) });
        return '';
    }
    if (braced && op && braced.includes(op)) {
        const [name, arg] = partition(braced, op);
        used.push(name);
        const v = lookup(name);
        const restOffset = offset + substring.length;
        const argOffset = offset + 2 + name.length + op.length;
        let out;
        if (op === ':-' || op === '-') {
            const absent = v === undefined || (op === ':-' && v === '');
            const def = run(arg, lookup, issues, used, argOffset, live && absent);
            out = absent ? def : v;
        }
        else if (op === ':+' || op === '+') {
            const present = v !== undefined && (op === '+' || v !== '');
            const alt = run(arg, lookup, issues, used, argOffset, live && present);
            out = present ? alt : (v ?? '');
        }
        else {
            const reason = run(arg, lookup, issues, used, argOffset, false);
            if (v === undefined || (op === ':?' && v === '')) {
                issues.push({ kind: 'required', offset, name, reason });
                return '';
            }
            out = v;
        }
        return out + run(rest, lookup, issues, used, restOffset, live);
    }
    const name = named ?? braced;
    used.push(name);
    const v = lookup(name);
    if (v === undefined) {
        if (live)
            issues.push({ kind: 'unset', offset, name });
        return '';
    }
    return v;
}
/** Names referenced as `$NAME` (unbraced, unescaped) in a raw template, with their offsets. */
function bareReferences(template) {
    const out = [];
    const re = new RegExp(PATTERN.source, 'gi');
    let m;
    while ((m = re.exec(template))) {
        if (m[2])
            out.push({ name: m[2], offset: m.index });
    }
    return out;
}
/** Every variable a raw template references (any form). */
function referencedNames(template) {
    return substitute(template, () => undefined).used;
}

;// CONCATENATED MODULE: ./src/config/validate/dotenv.ts

// Stage 2: the .env grammar of compose-go's dotenv parser, with line numbers for every key.

const isSpace = (c) => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c) => isSpace(c) || c === '\n';
const KEY_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u;
const ESCAPES = {
    a: '\x07',
    b: '\b',
    c: 'c',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '"': '"',
    '\\': '\\',
};
function expandEscapes(s) {
    return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
        if (m === '\\$')
            return '$$';
        if (m.startsWith('\\0')) {
            const digits = m.slice(2);
            if (/^[0-7]{3}$/.test(digits) && parseInt(digits, 8) < 256)
                return String.fromCharCode(parseInt(digits, 8));
            return m;
        }
        if (m === '\\c')
            return m;
        return ESCAPES[m[1]] ?? m;
    });
}
/**
 * Parses .env text. `processEnv` is consulted first for `${VAR}` in values and for bare `KEY` lines, then the
 * keys defined earlier in the file (compose-go GetEnvFromFile).
 */
function dotenv_parseDotenv(input, file, processEnv, sink, unsetSeverity) {
    const src = input.startsWith('\uFEFF') ? input.slice(1) : input;
    const vars = new Map();
    const entries = [];
    const posOf = positionsIn(src);
    const fail = (offset, message) => {
        const p = posOf(offset);
        sink.add('SD-ENV-001', { file, ...p }, message);
        return { vars, entries, ok: false };
    };
    const lookup = (k) => processEnv(k) ?? vars.get(k);
    const expand = (value, offset, key) => {
        const r = substitute(value, lookup);
        for (const issue of r.issues) {
            const p = posOf(offset);
            if (issue.kind === 'invalid') {
                sink.add('SD-ENV-001', { file, ...p }, `${key}: invalid interpolation format; escape a literal $ as $$`);
            }
            else if (issue.kind === 'too-deep') {
                sink.add('SD-ENV-001', { file, ...p }, `${key}: \${…} nested more than ${MAX_INTERPOLATION_DEPTH} levels deep; not interpolated`);
            }
            else if (issue.kind === 'required') {
                sink.add('SD-ENV-001', { file, ...p }, `${key}: required variable ${issue.name} is missing a value${issue.reason ? `: ${issue.reason}` : ''}`);
            }
            else {
                sink.add('SD-ENV-004', { file, ...p }, `${key}: variable ${issue.name} is not set and has no default; it becomes an empty string`, unsetSeverity);
            }
        }
        return r.value;
    };
    const set = (key, value, offset) => {
        const p = posOf(offset);
        const prev = entries.find((e) => e.key === key);
        if (prev) {
            sink.add('SD-ENV-009', { file, ...p }, `${key} is set again (first at line ${prev.line}); the last value wins`);
        }
        vars.set(key, value);
        entries.push({ key, value, ...p });
    };
    let i = 0;
    const n = src.length;
    for (;;) {
        // statement start: skip whitespace and comment lines
        while (i < n) {
            while (i < n && isUnicodeSpace(src[i]))
                i++;
            if (i < n && src[i] === '#') {
                const nl = src.indexOf('\n', i);
                if (nl < 0)
                    i = n;
                else
                    i = nl;
                continue;
            }
            break;
        }
        if (i >= n)
            break;
        // optional `export` prefix
        const ex = /^export[ \t\n\v\f\r\u0085\u00a0]+/.exec(src.slice(i, i + 64));
        if (ex) {
            i += 6;
            while (i < n && isSpace(src[i]))
                i++;
        }
        const keyStart = i;
        let keyEnd = -1;
        let delim = '';
        for (let j = i; j < n; j++) {
            const c = src[j];
            if (isSpace(c))
                continue;
            if (c === '=' || c === ':' || c === '\n') {
                keyEnd = j;
                delim = c;
                break;
            }
            if (!KEY_CHAR.test(c)) {
                const lineEnd = src.indexOf('\n', keyStart);
                const shown = src.slice(keyStart, lineEnd < 0 ? n : lineEnd);
                const keyText = shown.split(/[=:]/)[0];
                return fail(j, `unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(keyText.trim())}`);
            }
        }
        if (keyEnd < 0) {
            // key at end of input without a newline: compose-go reads it as an inherited key with an empty name
            keyEnd = n;
            delim = '\n';
        }
        const key = src.slice(keyStart, keyEnd).replace(/\s+$/u, '');
        if (key.includes(' '))
            return fail(keyStart, `key ${JSON.stringify(key)} cannot contain a space`);
        if (delim === '\n') {
            // bare KEY: inherits from the process environment
            const v = processEnv(key);
            if (key !== '' && v !== undefined)
                set(key, v, keyStart);
            i = keyEnd + 1;
            continue;
        }
        i = keyEnd + 1;
        while (i < n && isSpace(src[i]))
            i++;
        const q = src[i];
        if (q === '"' || q === "'") {
            let chars = '';
            let esc = false;
            let end = -1;
            for (let j = i + 1; j < n; j++) {
                const c = src[j];
                if (c !== q) {
                    if (!esc && c === '\\') {
                        esc = true;
                        continue;
                    }
                    if (esc) {
                        esc = false;
                        chars += '\\';
                    }
                    chars += c;
                    continue;
                }
                if (esc) {
                    esc = false;
                    chars += c;
                    continue;
                }
                end = j;
                break;
            }
            if (end < 0) {
                return fail(i, `${key}: unterminated quoted value (opening ${q} never closed)`);
            }
            const value = q === '"' ? expand(expandEscapes(chars), i, key) : chars;
            set(key, value, keyStart);
            i = end + 1;
            continue;
        }
        const nl = src.indexOf('\n', i);
        const lineEnd = nl < 0 ? n : nl;
        let raw = src.slice(i, lineEnd);
        const hash = raw.indexOf(' #');
        if (hash >= 0)
            raw = raw.slice(0, hash);
        raw = raw.replace(/\s+$/u, '');
        set(key, expand(raw, i, key), keyStart);
        i = lineEnd;
    }
    return { vars, entries, ok: true };
}

;// CONCATENATED MODULE: ./src/config/validate/json.ts

class JsonError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Parses JSON text; undefined (with a finding under `rule`) when it is not valid JSON. */
function loadJson(text, file, sink, rule) {
    const posOf = positionsIn(text);
    const loc = (offset) => ({ file, ...posOf(offset) });
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i]))
            i++;
    };
    const fail = (what) => {
        throw new JsonError(i >= text.length ? `unexpected end of input, expected ${what}` : `expected ${what}`, i);
    };
    const string = () => {
        const start = i;
        i++;
        let out = '';
        for (;;) {
            if (i >= text.length)
                throw new JsonError('unterminated string', start);
            const c = text[i];
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\\') {
                const e = text[i + 1];
                const map = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t',
                };
                if (e in map) {
                    out += map[e];
                    i += 2;
                }
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else
                    throw new JsonError('invalid escape in string', i);
            }
            else if (c < ' ') {
                throw new JsonError('control character in string', i);
            }
            else {
                out += c;
                i++;
            }
        }
    };
    const value = (depth) => {
        if (depth > 200)
            throw new JsonError('nested too deeply', i);
        ws();
        const at = loc(i);
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = new Map();
            ws();
            if (text[i] === '}') {
                i++;
                return { kind: 'map', entries, loc: at };
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('a "key"');
                const keyLoc = loc(i);
                const key = string();
                ws();
                if (text[i] !== ':')
                    fail('":"');
                i++;
                const v = value(depth + 1);
                if (entries.has(key)) {
                    sink.add('SD-SCH-002', keyLoc, `duplicate key "${key}" (first defined at line ${entries.get(key).keyLoc.line})`);
                }
                else
                    entries.set(key, { key, keyLoc, value: v });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { kind: 'map', entries, loc: at };
                }
                fail('"," or "}"');
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            ws();
            if (text[i] === ']') {
                i++;
                return { kind: 'seq', items, loc: at };
            }
            for (;;) {
                items.push(value(depth + 1));
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { kind: 'seq', items, loc: at };
                }
                fail('"," or "]"');
            }
        }
        if (c === '"')
            return { kind: 'scalar', value: string(), loc: at, colShift: 1 };
        const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 64));
        if (!m)
            return fail('a value');
        i += m[0].length;
        const raw = m[0];
        return {
            kind: 'scalar',
            value: raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw),
            loc: at,
        };
    };
    try {
        const root = value(0);
        ws();
        if (i < text.length)
            fail('the end of input');
        return root;
    }
    catch (e) {
        if (!(e instanceof JsonError))
            throw e;
        sink.add(rule, loc(e.offset), `${file}: invalid JSON: ${e.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/validate/load.ts
// Stage 1: YAML → position-carrying tree (YNode), the way compose-go's go-yaml v3 decoder reads it.


const MAX_NODES = 200_000;
/** Collections nested deeper than this are refused (no compose file needs more than a dozen). */
const MAX_DEPTH = 100;
/** Offset where `[`/`{` flow collections first nest deeper than `limit` (quotes and comments skipped). */
function flowTooDeep(text, limit) {
    let depth = 0;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === '\\' && quote === '"')
                i++;
            else if (ch === quote)
                quote = '';
            else if (ch === '\n' && depth === 0)
                quote = '';
            continue;
        }
        if (ch === '"' || ch === "'") {
            const prev = text[i - 1];
            if (depth > 0 || prev === ' ' || prev === ':' || prev === '\n' || prev === undefined)
                quote = ch;
        }
        else if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\n')) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl - 1;
        }
        else if (ch === '[' || ch === '{') {
            if (++depth > limit)
                return i;
        }
        else if ((ch === ']' || ch === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
const COMPOSE_TAGS = new Set(['!reset', '!override']);
const CORE_PREFIX = 'tag:yaml.org,2002:';
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go strconv.ParseInt(s, 0, 64) (sign, 0x/0o/0b/0 prefixes); undefined when it would fail. */
function goParseInt(s) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return undefined;
    const body = m[2];
    let v;
    if (/^0[xX]/.test(body))
        v = parseInt(body.slice(2), 16);
    else if (/^0[oO]/.test(body))
        v = parseInt(body.slice(2), 8);
    else if (/^0[bB]/.test(body))
        v = parseInt(body.slice(2), 2);
    else if (body.length > 1 && body[0] === '0')
        v = parseInt(body.slice(1), 8);
    else
        v = parseInt(body, 10);
    return m[1] === '-' ? -v : v;
}
/** Resolves a plain (unquoted) scalar like go-yaml v3 does when decoding into interface{}. */
function resolvePlain(s) {
    if (NULLS.has(s))
        return null;
    if (TRUES.has(s))
        return true;
    if (FALSES.has(s))
        return false;
    if (/^[-+]?\.(inf|Inf|INF)$/.test(s))
        return s.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(s))
        return NaN;
    const c = s[0];
    if (c === '.')
        return FLOAT_RE.test(s) ? Number(s) : s;
    if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (/^\d{4}-\d\d?-\d\d?([Tt ]|$)/.test(s))
            return s; // timestamps stay strings in interface{}
        const plain = s.replace(/_/g, '');
        const i = goParseInt(plain);
        if (i !== undefined)
            return i;
        if (FLOAT_RE.test(plain))
            return Number(plain);
    }
    return s;
}
/** Parses every document of one file; undefined when the file has a YAML error (reported as SD-SCH-001). */
function loadYaml(text, file, sink, unknownTagSeverity = 'error') {
    const lc = new dist/* LineCounter */.HN();
    const deep = flowTooDeep(text, MAX_DEPTH);
    if (deep !== undefined) {
        let line = 1;
        for (let i = 0; i < deep; i++)
            if (text[i] === '\n')
                line++;
        sink.add('SD-SCH-001', { file, line, col: 1 }, `YAML nests more than ${MAX_DEPTH} levels deep`);
        return undefined;
    }
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter: lc,
        uniqueKeys: false,
        schema: 'failsafe',
        strict: false,
        prettyErrors: true,
    });
    const pos = (offset) => {
        const p = lc.linePos(Math.max(0, Math.min(offset, text.length)));
        return { file, line: p.line, col: p.col };
    };
    const list = Array.isArray(docs) ? docs : [];
    let failed = false;
    for (const d of list) {
        for (const e of d.errors) {
            failed = true;
            const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            const first = /call stack/i.test(msg) ? `nests more than ${MAX_DEPTH} levels deep` : msg;
            const lp = e.linePos?.[0];
            sink.add('SD-SCH-001', lp ? { file, line: lp.line, col: lp.col } : pos(e.pos[0]), `YAML syntax: ${first}`);
        }
    }
    if (failed)
        return undefined;
    let budget = MAX_NODES;
    let exhausted = false;
    const out = [];
    for (const d of list) {
        if (d.contents === null || d.contents === undefined)
            continue;
        const converting = new Set();
        // every alias's anchor, found in one pass (Alias.resolve walks the whole document on each call)
        const anchors = new Map();
        const targets = new Map();
        (0,dist/* visit */.YR)(d, (_key, n) => {
            if ((0,dist/* isAlias */.Vj)(n))
                targets.set(n, anchors.get(n.source));
            else if (n.anchor)
                anchors.set(n.anchor, n);
        });
        const resolveAlias = (n) => targets.get(n);
        // nodes the document expands to, aliases counted as their anchor's size (memoised: one pass)
        const sizes = new Map();
        const sizeOf = (n) => {
            const cached = sizes.get(n);
            if (cached !== undefined)
                return cached;
            sizes.set(n, 1); // a cycle counts once; reported when converting
            let total = 1;
            if ((0,dist/* isAlias */.Vj)(n))
                total = sizeOf(resolveAlias(n));
            else if ((0,dist/* isMap */.jh)(n))
                for (const p of n.items)
                    total += 1 + sizeOf(p.key) + sizeOf(p.value);
            else if ((0,dist/* isSeq */.oP)(n))
                for (const it of n.items)
                    total += sizeOf(it);
            total = Math.min(total, MAX_NODES + 1);
            sizes.set(n, total);
            return total;
        };
        if (sizeOf(d.contents) > budget) {
            sink.add('SD-SCH-001', pos(0), 'YAML expands to too many nodes (aliases nested too deeply?)');
            return undefined;
        }
        // Compose strips !reset children while it visits an anchor, so aliases to it no longer carry them.
        const isReset = (n) => {
            const t = (0,dist/* isAlias */.Vj)(n) ? resolveAlias(n) : n;
            return t?.tag === '!reset';
        };
        const conv = (node, path, viaAlias = false) => {
            if (path.length > MAX_DEPTH) {
                if (!exhausted) {
                    exhausted = true;
                    const yn = node;
                    sink.add('SD-SCH-001', pos(yn?.range?.[0] ?? 0), `YAML nests more than ${MAX_DEPTH} levels deep`);
                }
                return { kind: 'scalar', value: null, loc: pos(0) };
            }
            if (--budget < 0) {
                if (!exhausted) {
                    exhausted = true;
                    sink.add('SD-SCH-001', pos(0), 'YAML expands to too many nodes (aliases nested too deeply?)');
                }
                return { kind: 'scalar', value: null, loc: pos(0) };
            }
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = resolveAlias(node);
                const loc = pos(node.range?.[0] ?? 0);
                if (!target) {
                    sink.add('SD-SCH-001', loc, `YAML syntax: unknown alias *${node.source}`);
                    return { kind: 'scalar', value: null, loc };
                }
                if (converting.has(target)) {
                    sink.add('SD-SCH-001', loc, `YAML syntax: alias *${node.source} refers to a node that contains it`);
                    return { kind: 'scalar', value: null, loc };
                }
                return conv(target, path, true);
            }
            const yn = node;
            const loc = pos(yn.range?.[0] ?? 0);
            const tag = checkTag(yn.tag, tagLoc(yn, loc), path);
            if ((0,dist/* isScalar */.jn)(node))
                return convScalar(node, loc, tag);
            if ((0,dist/* isSeq */.oP)(node)) {
                converting.add(node);
                const items = node.items
                    .filter((it) => !(viaAlias && isReset(it)))
                    .map((it, i) => conv(it, [...path, i], viaAlias));
                converting.delete(node);
                return { kind: 'seq', items, loc, ...(tag ? { tag } : {}) };
            }
            if ((0,dist/* isMap */.jh)(node)) {
                converting.add(node);
                const m = convMap(node.items, loc, path, viaAlias);
                converting.delete(node);
                if (tag)
                    m.tag = tag;
                return m;
            }
            return { kind: 'scalar', value: null, loc };
        };
        // the tag is written before the node's value: point at it when it is on the same line
        const tagLoc = (yn, loc) => {
            const start = yn.range?.[0];
            if (!yn.tag || start === undefined)
                return loc;
            const lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const i = text.lastIndexOf('!', start);
            return i >= lineStart ? pos(i) : loc;
        };
        const checkTag = (tag, loc, path) => {
            if (!tag || tag === '!')
                return undefined;
            if (COMPOSE_TAGS.has(tag))
                return tag;
            if (tag.startsWith(CORE_PREFIX))
                return tag;
            sink.add('SD-SCH-003', loc, `${pathStr(path) || 'document'}: unknown YAML tag ${tag} (Compose understands only !reset and !override)`, unknownTagSeverity);
            return undefined;
        };
        const convScalar = (node, loc, tag) => {
            const source = typeof node.source === 'string' ? node.source : String(node.value ?? '');
            let value;
            if (tag === `${CORE_PREFIX}str` ||
                tag === `${CORE_PREFIX}binary` ||
                tag === `${CORE_PREFIX}timestamp`) {
                value = source;
            }
            else if (node.type === 'PLAIN')
                value = resolvePlain(source);
            else
                value = source;
            const s = { kind: 'scalar', value, loc };
            if (tag && COMPOSE_TAGS.has(tag))
                s.tag = tag;
            const range = node.range;
            if (range && typeof value === 'string') {
                if (node.type === 'PLAIN' && text.slice(range[0], range[1]) === value)
                    s.colShift = 0;
                else if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
                    text.slice(range[0] + 1, range[1] - 1) === value)
                    s.colShift = 1;
            }
            return s;
        };
        const convMap = (pairs, loc, path, viaAlias) => {
            const entries = new Map();
            const merges = [];
            for (const p of pairs) {
                if (!(0,dist/* isPair */.tO)(p))
                    continue;
                const k = p.key;
                const kloc = pos(k?.range?.[0] ?? p.value?.range?.[0] ?? 0);
                let key;
                if ((0,dist/* isScalar */.jn)(k)) {
                    const src = typeof k.source === 'string' ? k.source : String(k.value ?? '');
                    if (k.type === 'PLAIN' && src === '<<' && !k.tag) {
                        merges.push({ node: conv(p.value, path, viaAlias), loc: kloc });
                        continue;
                    }
                    const resolved = k.type === 'PLAIN' && k.tag !== `${CORE_PREFIX}str` ? resolvePlain(src) : src;
                    if (typeof resolved !== 'string') {
                        sink.add('SD-SCH-004', kloc, `${pathStr(path) || 'top level'}: keys must be strings, got ${String(resolved)} (quote it: "${src}")`);
                    }
                    key = src;
                }
                else if (k === null || k === undefined) {
                    sink.add('SD-SCH-004', kloc, `${pathStr(path) || 'top level'}: empty key`);
                    key = '';
                }
                else {
                    sink.add('SD-SCH-004', kloc, `${pathStr(path) || 'top level'}: keys must be strings, got a collection`);
                    continue;
                }
                if (viaAlias && isReset(p.value))
                    continue;
                const prev = entries.get(key);
                if (prev) {
                    sink.add('SD-SCH-002', kloc, `${pathStr([...path, key])}: duplicate key "${key}" (first defined at line ${prev.keyLoc.line})`);
                    continue;
                }
                const value = p.value === null || p.value === undefined
                    ? { kind: 'scalar', value: null, loc: kloc }
                    : conv(p.value, [...path, key], viaAlias);
                if ((p.value === null || p.value === undefined) && (0,dist/* isScalar */.jn)(k) && k.range) {
                    value.loc = pos(k.range[2]);
                }
                entries.set(key, { key, keyLoc: kloc, value });
            }
            for (const m of merges) {
                const sources = m.node.kind === 'seq' ? m.node.items : [m.node];
                for (const src of sources) {
                    if (src.kind !== 'map') {
                        sink.add('SD-SCH-001', m.loc, `YAML syntax: merge key << needs a mapping or a list of mappings`);
                        continue;
                    }
                    for (const [k, e] of src.entries)
                        if (!entries.has(k))
                            entries.set(k, e);
                }
            }
            return { kind: 'map', entries, loc };
        };
        const root = conv(d.contents, []);
        out.push(root);
    }
    return exhausted ? undefined : out;
}

;// CONCATENATED MODULE: ./src/config/validate/compose-schema.ts
// A JSON schema (draft-07) of the current Compose specification, written for this validator.
// Unions are expressed as `type: [...]` with type-specific keywords instead of oneOf, so that every
// error points at one node with one expectation. Values are checked after interpolation and Compose's
// type casts, as compose-go does.
const X = { '^x-': {} };
const NAME = '^[a-zA-Z0-9._-]+$';
const compose_schema_str = { type: 'string' };
const compose_schema_bool = { type: 'boolean' };
const compose_schema_int = { type: 'integer' };
const number = { type: 'number' };
const numOrStr = { type: ['number', 'string'] };
const intOrStr = { type: ['integer', 'string'] };
/** Go time.ParseDuration syntax (as a pattern, so the generated validator needs no format code). */
const DURATION_PATTERN = '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$';
const duration = { type: 'string', pattern: DURATION_PATTERN };
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const arrayOf = (items, unique = false) => ({
    type: 'array',
    items,
    ...(unique ? { uniqueItems: true } : {}),
});
const enumOf = (...values) => ({ type: 'string', enum: values });
/** A mapping with known keys and `x-*` extensions. */
function obj(properties, extra = {}) {
    return { type: 'object', properties, patternProperties: X, additionalProperties: false, ...extra };
}
/** A string, or a mapping with known keys (compose's "short or long syntax"). */
function strOrObj(properties, extra = {}) {
    return {
        type: ['string', 'object'],
        properties,
        patternProperties: X,
        additionalProperties: false,
        ...extra,
    };
}
const durations = (...keys) => Object.fromEntries(keys.map((k) => [k, duration]));
const updateConfig = obj({
    parallelism: compose_schema_int,
    delay: duration,
    failure_action: compose_schema_str,
    monitor: duration,
    max_failure_ratio: number,
    order: enumOf('start-first', 'stop-first'),
});
const service = obj({
    develop: ref('development'),
    deploy: ref('deployment'),
    annotations: ref('list_or_dict'),
    attach: compose_schema_bool,
    build: strOrObj({
        context: compose_schema_str,
        dockerfile: compose_schema_str,
        dockerfile_inline: compose_schema_str,
        entitlements: arrayOf(compose_schema_str),
        args: ref('list_or_dict'),
        ssh: ref('list_or_dict'),
        labels: ref('list_or_dict'),
        cache_from: arrayOf(compose_schema_str),
        cache_to: arrayOf(compose_schema_str),
        no_cache: compose_schema_bool,
        no_cache_filter: ref('string_or_list'),
        additional_contexts: ref('list_or_dict'),
        network: compose_schema_str,
        provenance: { type: ['string', 'boolean'] },
        sbom: { type: ['string', 'boolean'] },
        pull: compose_schema_bool,
        target: compose_schema_str,
        shm_size: intOrStr,
        extra_hosts: ref('extra_hosts'),
        isolation: compose_schema_str,
        privileged: compose_schema_bool,
        secrets: ref('service_config_or_secret'),
        tags: arrayOf(compose_schema_str),
        ulimits: ref('ulimits'),
        platforms: arrayOf(compose_schema_str),
    }),
    blkio_config: obj({
        device_read_bps: arrayOf(ref('blkio_limit')),
        device_read_iops: arrayOf(ref('blkio_limit')),
        device_write_bps: arrayOf(ref('blkio_limit')),
        device_write_iops: arrayOf(ref('blkio_limit')),
        weight: compose_schema_int,
        weight_device: arrayOf(ref('blkio_weight')),
    }),
    cap_add: arrayOf(compose_schema_str, true),
    cap_drop: arrayOf(compose_schema_str, true),
    cgroup: enumOf('host', 'private'),
    cgroup_parent: compose_schema_str,
    command: ref('command'),
    configs: ref('service_config_or_secret'),
    container_name: compose_schema_str,
    cpu_count: { type: 'integer', minimum: 0 },
    cpu_percent: { type: 'integer', minimum: 0, maximum: 100 },
    cpu_shares: numOrStr,
    cpu_quota: numOrStr,
    cpu_period: numOrStr,
    cpu_rt_period: numOrStr,
    cpu_rt_runtime: numOrStr,
    cpus: numOrStr,
    cpuset: compose_schema_str,
    credential_spec: obj({ config: compose_schema_str, file: compose_schema_str, registry: compose_schema_str }),
    depends_on: {
        type: ['array', 'object'],
        items: compose_schema_str,
        uniqueItems: true,
        additionalProperties: false,
        patternProperties: {
            [NAME]: obj({
                restart: compose_schema_bool,
                required: compose_schema_bool,
                condition: enumOf('service_started', 'service_healthy', 'service_completed_successfully'),
            }, { required: ['condition'] }),
        },
    },
    device_cgroup_rules: ref('list_of_strings'),
    devices: arrayOf(strOrObj({ source: compose_schema_str, target: compose_schema_str, permissions: compose_schema_str }, { required: ['source'] }), true),
    dns: ref('string_or_list'),
    dns_opt: arrayOf(compose_schema_str, true),
    dns_search: ref('string_or_list'),
    domainname: compose_schema_str,
    entrypoint: ref('command'),
    env_file: {
        type: ['string', 'array'],
        items: {
            type: ['string', 'object'],
            properties: { path: compose_schema_str, format: compose_schema_str, required: compose_schema_bool },
            additionalProperties: false,
            required: ['path'],
        },
    },
    environment: ref('list_or_dict'),
    expose: arrayOf({ type: ['string', 'number'] }, true),
    extends: {
        type: ['string', 'object'],
        properties: { service: compose_schema_str, file: compose_schema_str },
        additionalProperties: false,
        required: ['service'],
    },
    external_links: arrayOf(compose_schema_str, true),
    extra_hosts: ref('extra_hosts'),
    gpus: {
        type: ['string', 'array'],
        items: ref('device_request'),
        if: { type: 'string' },
        then: { enum: ['all'] },
    },
    group_add: arrayOf({ type: ['string', 'number'] }, true),
    healthcheck: ref('healthcheck'),
    hostname: compose_schema_str,
    image: compose_schema_str,
    init: compose_schema_bool,
    ipc: compose_schema_str,
    isolation: compose_schema_str,
    label_file: ref('string_or_list'),
    labels: ref('list_or_dict'),
    links: arrayOf(compose_schema_str, true),
    logging: obj({
        driver: compose_schema_str,
        options: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number', 'null'] } } },
    }),
    mac_address: compose_schema_str,
    mem_limit: numOrStr,
    mem_reservation: intOrStr,
    mem_swappiness: compose_schema_int,
    memswap_limit: numOrStr,
    models: {
        type: ['array', 'object'],
        items: compose_schema_str,
        uniqueItems: true,
        patternProperties: {
            [NAME]: {
                type: ['object', 'null'],
                properties: { endpoint_var: compose_schema_str, model_var: compose_schema_str },
                additionalProperties: false,
                patternProperties: X,
            },
        },
    },
    network_mode: compose_schema_str,
    networks: {
        type: ['array', 'object'],
        items: compose_schema_str,
        uniqueItems: true,
        additionalProperties: false,
        patternProperties: {
            [NAME]: {
                type: ['object', 'null'],
                properties: {
                    aliases: ref('list_of_strings'),
                    interface_name: compose_schema_str,
                    ipv4_address: compose_schema_str,
                    ipv6_address: compose_schema_str,
                    link_local_ips: ref('list_of_strings'),
                    mac_address: compose_schema_str,
                    driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
                    priority: number,
                    gw_priority: number,
                },
                additionalProperties: false,
                patternProperties: X,
            },
        },
    },
    oom_kill_disable: compose_schema_bool,
    oom_score_adj: { type: 'integer', minimum: -1000, maximum: 1000 },
    pid: { type: ['string', 'null'] },
    pids_limit: numOrStr,
    platform: compose_schema_str,
    ports: arrayOf({
        type: ['number', 'string', 'object'],
        properties: {
            name: compose_schema_str,
            mode: compose_schema_str,
            host_ip: compose_schema_str,
            target: compose_schema_int,
            published: intOrStr,
            protocol: compose_schema_str,
            app_protocol: compose_schema_str,
        },
        additionalProperties: false,
        patternProperties: X,
    }, true),
    post_start: arrayOf(ref('service_hook')),
    pre_stop: arrayOf(ref('service_hook')),
    privileged: compose_schema_bool,
    profiles: ref('list_of_strings'),
    provider: obj({ type: compose_schema_str, options: { type: 'object' } }, { required: ['type'] }),
    pull_policy: {
        type: 'string',
        pattern: '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
    },
    pull_refresh_after: compose_schema_str,
    read_only: compose_schema_bool,
    restart: compose_schema_str,
    runtime: compose_schema_str,
    scale: compose_schema_int,
    security_opt: arrayOf(compose_schema_str, true),
    shm_size: numOrStr,
    secrets: ref('service_config_or_secret'),
    sysctls: ref('list_or_dict'),
    stdin_open: compose_schema_bool,
    stop_grace_period: duration,
    stop_signal: compose_schema_str,
    storage_opt: { type: 'object' },
    tmpfs: ref('string_or_list'),
    tty: compose_schema_bool,
    ulimits: ref('ulimits'),
    use_api_socket: compose_schema_bool,
    user: compose_schema_str,
    uts: compose_schema_str,
    userns_mode: compose_schema_str,
    volumes: arrayOf({
        type: ['string', 'object'],
        required: ['type'],
        properties: {
            type: enumOf('bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'),
            source: compose_schema_str,
            target: compose_schema_str,
            read_only: compose_schema_bool,
            consistency: compose_schema_str,
            bind: obj({
                propagation: compose_schema_str,
                create_host_path: compose_schema_bool,
                recursive: enumOf('enabled', 'disabled', 'writable', 'readonly'),
                selinux: enumOf('z', 'Z'),
            }),
            volume: obj({ nocopy: compose_schema_bool, subpath: compose_schema_str, labels: ref('list_or_dict') }),
            tmpfs: obj({ size: { type: ['integer', 'string'], minimum: 0 }, mode: number }),
            image: obj({ subpath: compose_schema_str }),
        },
        additionalProperties: false,
        patternProperties: X,
    }, true),
    volumes_from: arrayOf(compose_schema_str, true),
    working_dir: compose_schema_str,
});
const definitions = {
    service,
    healthcheck: obj({
        disable: compose_schema_bool,
        retries: number,
        test: { type: ['string', 'array'], items: compose_schema_str },
        ...durations('interval', 'timeout', 'start_period', 'start_interval'),
    }),
    development: {
        type: ['object', 'null'],
        properties: {
            watch: arrayOf(obj({
                ignore: ref('string_or_list'),
                include: ref('string_or_list'),
                path: compose_schema_str,
                action: enumOf('rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'),
                target: compose_schema_str,
                exec: ref('service_hook'),
                initial_sync: compose_schema_bool,
            }, { required: ['path', 'action'] })),
        },
        additionalProperties: false,
        patternProperties: X,
    },
    deployment: {
        type: ['object', 'null'],
        properties: {
            mode: compose_schema_str,
            endpoint_mode: compose_schema_str,
            replicas: compose_schema_int,
            labels: ref('list_or_dict'),
            rollback_config: updateConfig,
            update_config: updateConfig,
            resources: obj({
                limits: obj({ cpus: numOrStr, memory: compose_schema_str, pids: compose_schema_int }),
                reservations: obj({
                    cpus: numOrStr,
                    memory: compose_schema_str,
                    generic_resources: arrayOf(obj({ discrete_resource_spec: obj({ kind: compose_schema_str, value: number }) })),
                    devices: arrayOf(ref('device_request')),
                }),
            }),
            restart_policy: obj({ condition: compose_schema_str, delay: duration, max_attempts: compose_schema_int, window: duration }),
            placement: obj({
                constraints: arrayOf(compose_schema_str),
                preferences: arrayOf(obj({ spread: compose_schema_str })),
                max_replicas_per_node: compose_schema_int,
            }),
        },
        additionalProperties: false,
        patternProperties: X,
    },
    device_request: obj({
        capabilities: ref('list_of_strings'),
        count: intOrStr,
        device_ids: ref('list_of_strings'),
        driver: compose_schema_str,
        options: ref('list_or_dict'),
    }),
    include: {
        type: ['string', 'object'],
        properties: { path: ref('string_or_list'), env_file: ref('string_or_list'), project_directory: compose_schema_str },
        additionalProperties: false,
    },
    network: {
        type: ['object', 'null'],
        properties: {
            name: compose_schema_str,
            driver: compose_schema_str,
            driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
            ipam: obj({
                driver: compose_schema_str,
                config: arrayOf(obj({
                    subnet: compose_schema_str,
                    ip_range: compose_schema_str,
                    gateway: compose_schema_str,
                    aux_addresses: {
                        type: 'object',
                        additionalProperties: false,
                        patternProperties: { '^.+$': compose_schema_str },
                    },
                })),
                options: { type: 'object', additionalProperties: false, patternProperties: { '^.+$': compose_schema_str } },
            }),
            external: {
                type: ['boolean', 'object'],
                properties: { name: compose_schema_str },
                additionalProperties: false,
                patternProperties: X,
            },
            internal: compose_schema_bool,
            enable_ipv4: compose_schema_bool,
            enable_ipv6: compose_schema_bool,
            attachable: compose_schema_bool,
            labels: ref('list_or_dict'),
        },
        additionalProperties: false,
        patternProperties: X,
    },
    volume: {
        type: ['object', 'null'],
        properties: {
            name: compose_schema_str,
            driver: compose_schema_str,
            driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
            external: {
                type: ['boolean', 'object'],
                properties: { name: compose_schema_str },
                additionalProperties: false,
                patternProperties: X,
            },
            labels: ref('list_or_dict'),
        },
        additionalProperties: false,
        patternProperties: X,
    },
    secret: obj({
        name: compose_schema_str,
        environment: compose_schema_str,
        file: compose_schema_str,
        external: { type: ['boolean', 'object'], properties: { name: compose_schema_str } },
        labels: ref('list_or_dict'),
        driver: compose_schema_str,
        driver_opts: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number'] } } },
        template_driver: compose_schema_str,
    }),
    config: obj({
        name: compose_schema_str,
        content: compose_schema_str,
        environment: compose_schema_str,
        file: compose_schema_str,
        external: { type: ['boolean', 'object'], properties: { name: compose_schema_str } },
        labels: ref('list_or_dict'),
        template_driver: compose_schema_str,
    }),
    model: obj({ name: compose_schema_str, model: compose_schema_str, context_size: compose_schema_int, runtime_flags: arrayOf(compose_schema_str) }, { required: ['model'] }),
    command: { type: ['null', 'string', 'array'], items: compose_schema_str },
    service_hook: obj({
        command: ref('command'),
        user: compose_schema_str,
        privileged: compose_schema_bool,
        working_dir: compose_schema_str,
        environment: ref('list_or_dict'),
    }, { required: ['command'] }),
    string_or_list: { type: ['string', 'array'], items: compose_schema_str, uniqueItems: true },
    list_of_strings: arrayOf(compose_schema_str, true),
    list_or_dict: {
        type: ['object', 'array'],
        patternProperties: { '.+': { type: ['string', 'number', 'boolean', 'null'] } },
        additionalProperties: false,
        items: compose_schema_str,
        uniqueItems: true,
    },
    extra_hosts: {
        type: ['object', 'array'],
        patternProperties: { '.+': { type: ['string', 'array'], items: compose_schema_str, uniqueItems: false } },
        additionalProperties: false,
        items: compose_schema_str,
        uniqueItems: true,
    },
    blkio_limit: { type: 'object', properties: { path: compose_schema_str, rate: intOrStr }, additionalProperties: false },
    blkio_weight: { type: 'object', properties: { path: compose_schema_str, weight: compose_schema_int }, additionalProperties: false },
    service_config_or_secret: arrayOf({
        type: ['string', 'object'],
        properties: { source: compose_schema_str, target: compose_schema_str, uid: compose_schema_str, gid: compose_schema_str, mode: number },
        additionalProperties: false,
        patternProperties: X,
    }),
    ulimits: {
        type: 'object',
        patternProperties: {
            '^[a-z]+$': {
                type: ['integer', 'object'],
                properties: { hard: compose_schema_int, soft: compose_schema_int },
                required: ['soft', 'hard'],
                additionalProperties: false,
                patternProperties: X,
            },
        },
    },
};
const named = (def, closed = true) => ({
    type: 'object',
    patternProperties: { [NAME]: ref(def) },
    ...(closed ? { additionalProperties: false } : {}),
});
const COMPOSE_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'stack-deploy/compose-spec',
    type: 'object',
    properties: {
        version: compose_schema_str,
        name: compose_schema_str,
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
const VARIABLE_TYPES = [
    'string',
    'integer',
    'boolean',
    'url',
    'port',
    'enum',
    'bot-token',
    'duration',
    'email',
];
/** The format of the stack's variables schema (env.schema.json). */
const VARIABLES_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'stack-deploy/variables',
    type: 'object',
    required: ['variables'],
    additionalProperties: false,
    properties: {
        $schema: compose_schema_str,
        description: compose_schema_str,
        variables: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            additionalProperties: {
                type: 'object',
                required: ['type'],
                additionalProperties: false,
                properties: {
                    type: { enum: [...VARIABLE_TYPES] },
                    required: compose_schema_bool,
                    secret: compose_schema_bool,
                    description: compose_schema_str,
                    default: { type: ['string', 'number', 'boolean'] },
                    example: compose_schema_str,
                    minLength: { type: 'integer', minimum: 0 },
                    maxLength: { type: 'integer', minimum: 0 },
                    min: number,
                    max: number,
                    pattern: compose_schema_str,
                    schemes: { type: 'array', items: compose_schema_str, minItems: 1 },
                    values: { type: 'array', items: compose_schema_str, minItems: 1 },
                    profiles: { type: 'array', items: { enum: ['prod', 'dev'] } },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/config/validate/schemas.gen.ts
// Generated from compose-schema.ts by test/unit/validate/schemas-gen.test.ts (ajv standalone). Do not edit.
/* eslint-disable */
// @ts-nocheck
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (a && b && typeof a == 'object' && typeof b == 'object') {
        if (Array.isArray(a) !== Array.isArray(b))
            return false;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
    }
    return a !== a && b !== b;
}
function ucs2length(s) {
    return [...s].length;
}
const validateCompose = validate21;
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
        }
        else {
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
                }
                else {
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
                    }
                    else {
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
        }
        else {
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
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.path !== undefined) {
            if (!validate23(data.path, {
                instancePath: instancePath + '/path',
                parentData: data,
                parentDataProperty: 'path',
                rootData,
            })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
            }
        }
        if (data.env_file !== undefined) {
            if (!validate23(data.env_file, {
                instancePath: instancePath + '/env_file',
                parentData: data,
                parentDataProperty: 'env_file',
                rootData,
            })) {
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
                }
                else {
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
const pattern54 = new RegExp('^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$', 'u');
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
        }
        else {
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
                }
                else {
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
        }
        else {
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
                }
                else {
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
                    }
                    else {
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
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        for (const key1 in data) {
            if (pattern7.test(key1)) {
                let data1 = data[key1];
                if (typeof data1 !== 'string' &&
                    !(typeof data1 == 'number') &&
                    typeof data1 !== 'boolean' &&
                    data1 !== null) {
                    const err4 = {
                        instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/patternProperties/.%2B/type',
                        keyword: 'type',
                        params: { type: schema13.patternProperties['.+'].type },
                        message: 'must be string,number,boolean,null',
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
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
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'command' ||
                key0 === 'user' ||
                key0 === 'privileged' ||
                key0 === 'working_dir' ||
                key0 === 'environment' ||
                pattern0.test(key0))) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.command !== undefined) {
            if (!validate32(data.command, {
                instancePath: instancePath + '/command',
                parentData: data,
                parentDataProperty: 'command',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.environment !== undefined) {
            if (!validate34(data.environment, {
                instancePath: instancePath + '/environment',
                parentData: data,
                parentDataProperty: 'environment',
                rootData,
            })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err5 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
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
        }
        else {
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
                }
                else {
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
                            }
                            else {
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
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                        for (const key1 in data1) {
                            if (!(key1 === 'ignore' ||
                                key1 === 'include' ||
                                key1 === 'path' ||
                                key1 === 'action' ||
                                key1 === 'target' ||
                                key1 === 'exec' ||
                                key1 === 'initial_sync' ||
                                pattern0.test(key1))) {
                                const err4 = {
                                    instancePath: instancePath + '/watch/' + i0,
                                    schemaPath: '#/properties/watch/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key1 },
                                    message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        if (data1.ignore !== undefined) {
                            if (!validate23(data1.ignore, {
                                instancePath: instancePath + '/watch/' + i0 + '/ignore',
                                parentData: data1,
                                parentDataProperty: 'ignore',
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data1.include !== undefined) {
                            if (!validate23(data1.include, {
                                instancePath: instancePath + '/watch/' + i0 + '/include',
                                parentData: data1,
                                parentDataProperty: 'include',
                                rootData,
                            })) {
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
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                            if (!(data5 === 'rebuild' ||
                                data5 === 'sync' ||
                                data5 === 'restart' ||
                                data5 === 'sync+restart' ||
                                data5 === 'sync+exec')) {
                                const err7 = {
                                    instancePath: instancePath + '/watch/' + i0 + '/action',
                                    schemaPath: '#/properties/watch/items/properties/action/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema10.properties.watch.items.properties.action.enum },
                                    message: 'must be equal to one of the allowed values',
                                };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data1.exec !== undefined) {
                            if (!validate31(data1.exec, {
                                instancePath: instancePath + '/watch/' + i0 + '/exec',
                                parentData: data1,
                                parentDataProperty: 'exec',
                                rootData,
                            })) {
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
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err10 = {
                            instancePath: instancePath + '/watch/' + i0,
                            schemaPath: '#/properties/watch/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err11 = {
                    instancePath: instancePath + '/watch',
                    schemaPath: '#/properties/watch/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
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
                }
                else {
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
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break;
                }
                indices0[item0] = i1;
            }
        }
    }
    else {
        const err2 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
        };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
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
            if (!(key0 === 'capabilities' ||
                key0 === 'count' ||
                key0 === 'device_ids' ||
                key0 === 'driver' ||
                key0 === 'options' ||
                pattern0.test(key0))) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.capabilities !== undefined) {
            if (!validate41(data.capabilities, {
                instancePath: instancePath + '/capabilities',
                parentData: data,
                parentDataProperty: 'capabilities',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.device_ids !== undefined) {
            if (!validate41(data.device_ids, {
                instancePath: instancePath + '/device_ids',
                parentData: data,
                parentDataProperty: 'device_ids',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.options !== undefined) {
            if (!validate34(data.options, {
                instancePath: instancePath + '/options',
                parentData: data,
                parentDataProperty: 'options',
                rootData,
            })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err3 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
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
        }
        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
            }
        }
        if (data.rollback_config !== undefined) {
            let data4 = data.rollback_config;
            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                for (const key1 in data4) {
                    if (!(key1 === 'parallelism' ||
                        key1 === 'delay' ||
                        key1 === 'failure_action' ||
                        key1 === 'monitor' ||
                        key1 === 'max_failure_ratio' ||
                        key1 === 'order' ||
                        pattern0.test(key1))) {
                        const err5 = {
                            instancePath: instancePath + '/rollback_config',
                            schemaPath: '#/properties/rollback_config/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = {
                            instancePath: instancePath + '/rollback_config/delay',
                            schemaPath: '#/properties/rollback_config/properties/delay/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = {
                            instancePath: instancePath + '/rollback_config/monitor',
                            schemaPath: '#/properties/rollback_config/properties/monitor/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err15 = {
                    instancePath: instancePath + '/rollback_config',
                    schemaPath: '#/properties/rollback_config/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.update_config !== undefined) {
            let data11 = data.update_config;
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key2 in data11) {
                    if (!(key2 === 'parallelism' ||
                        key2 === 'delay' ||
                        key2 === 'failure_action' ||
                        key2 === 'monitor' ||
                        key2 === 'max_failure_ratio' ||
                        key2 === 'order' ||
                        pattern0.test(key2))) {
                        const err16 = {
                            instancePath: instancePath + '/update_config',
                            schemaPath: '#/properties/update_config/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err19 = {
                            instancePath: instancePath + '/update_config/delay',
                            schemaPath: '#/properties/update_config/properties/delay/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err22 = {
                            instancePath: instancePath + '/update_config/monitor',
                            schemaPath: '#/properties/update_config/properties/monitor/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = {
                    instancePath: instancePath + '/update_config',
                    schemaPath: '#/properties/update_config/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
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
                        }
                        else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err32 = {
                            instancePath: instancePath + '/resources/limits',
                            schemaPath: '#/properties/resources/properties/limits/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                if (data18.reservations !== undefined) {
                    let data23 = data18.reservations;
                    if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                        for (const key5 in data23) {
                            if (!(key5 === 'cpus' ||
                                key5 === 'memory' ||
                                key5 === 'generic_resources' ||
                                key5 === 'devices' ||
                                pattern0.test(key5))) {
                                const err33 = {
                                    instancePath: instancePath + '/resources/reservations',
                                    schemaPath: '#/properties/resources/properties/reservations/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key5 },
                                    message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                                    schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key6 },
                                                    message: 'must NOT have additional properties',
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err36];
                                                }
                                                else {
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
                                                            instancePath: instancePath +
                                                                '/resources/reservations/generic_resources/' +
                                                                i0 +
                                                                '/discrete_resource_spec',
                                                            schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/additionalProperties',
                                                            keyword: 'additionalProperties',
                                                            params: { additionalProperty: key7 },
                                                            message: 'must NOT have additional properties',
                                                        };
                                                        if (vErrors === null) {
                                                            vErrors = [err37];
                                                        }
                                                        else {
                                                            vErrors.push(err37);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data28.kind !== undefined) {
                                                    if (typeof data28.kind !== 'string') {
                                                        const err38 = {
                                                            instancePath: instancePath +
                                                                '/resources/reservations/generic_resources/' +
                                                                i0 +
                                                                '/discrete_resource_spec/kind',
                                                            schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                            vErrors = [err38];
                                                        }
                                                        else {
                                                            vErrors.push(err38);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data28.value !== undefined) {
                                                    if (!(typeof data28.value == 'number')) {
                                                        const err39 = {
                                                            instancePath: instancePath +
                                                                '/resources/reservations/generic_resources/' +
                                                                i0 +
                                                                '/discrete_resource_spec/value',
                                                            schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/value/type',
                                                            keyword: 'type',
                                                            params: { type: 'number' },
                                                            message: 'must be number',
                                                        };
                                                        if (vErrors === null) {
                                                            vErrors = [err39];
                                                        }
                                                        else {
                                                            vErrors.push(err39);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err40 = {
                                                    instancePath: instancePath +
                                                        '/resources/reservations/generic_resources/' +
                                                        i0 +
                                                        '/discrete_resource_spec',
                                                    schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object',
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err40];
                                                }
                                                else {
                                                    vErrors.push(err40);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err41 = {
                                            instancePath: instancePath + '/resources/reservations/generic_resources/' + i0,
                                            schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/items/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err42 = {
                                    instancePath: instancePath + '/resources/reservations/generic_resources',
                                    schemaPath: '#/properties/resources/properties/reservations/properties/generic_resources/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
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
                                    if (!validate40(data31[i1], {
                                        instancePath: instancePath + '/resources/reservations/devices/' + i1,
                                        parentData: data31,
                                        parentDataProperty: i1,
                                        rootData,
                                    })) {
                                        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                                        errors = vErrors.length;
                                    }
                                }
                            }
                            else {
                                const err43 = {
                                    instancePath: instancePath + '/resources/reservations/devices',
                                    schemaPath: '#/properties/resources/properties/reservations/properties/devices/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err44 = {
                            instancePath: instancePath + '/resources/reservations',
                            schemaPath: '#/properties/resources/properties/reservations/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err45 = {
                    instancePath: instancePath + '/resources',
                    schemaPath: '#/properties/resources/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.restart_policy !== undefined) {
            let data33 = data.restart_policy;
            if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
                for (const key8 in data33) {
                    if (!(key8 === 'condition' ||
                        key8 === 'delay' ||
                        key8 === 'max_attempts' ||
                        key8 === 'window' ||
                        pattern0.test(key8))) {
                        const err46 = {
                            instancePath: instancePath + '/restart_policy',
                            schemaPath: '#/properties/restart_policy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key8 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err49 = {
                            instancePath: instancePath + '/restart_policy/delay',
                            schemaPath: '#/properties/restart_policy/properties/delay/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
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
                        }
                        else {
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
                                message: 'must match pattern "' +
                                    '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                                    '"',
                            };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err52 = {
                            instancePath: instancePath + '/restart_policy/window',
                            schemaPath: '#/properties/restart_policy/properties/window/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                        };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err53 = {
                    instancePath: instancePath + '/restart_policy',
                    schemaPath: '#/properties/restart_policy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        if (data.placement !== undefined) {
            let data38 = data.placement;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                for (const key9 in data38) {
                    if (!(key9 === 'constraints' ||
                        key9 === 'preferences' ||
                        key9 === 'max_replicas_per_node' ||
                        pattern0.test(key9))) {
                        const err54 = {
                            instancePath: instancePath + '/placement',
                            schemaPath: '#/properties/placement/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key9 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
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
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err56 = {
                            instancePath: instancePath + '/placement/constraints',
                            schemaPath: '#/properties/placement/properties/constraints/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
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
                                        }
                                        else {
                                            vErrors.push(err57);
                                        }
                                        errors++;
                                    }
                                }
                                if (data42.spread !== undefined) {
                                    if (typeof data42.spread !== 'string') {
                                        const err58 = {
                                            instancePath: instancePath + '/placement/preferences/' + i3 + '/spread',
                                            schemaPath: '#/properties/placement/properties/preferences/items/properties/spread/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err59 = {
                                    instancePath: instancePath + '/placement/preferences/' + i3,
                                    schemaPath: '#/properties/placement/properties/preferences/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err60 = {
                            instancePath: instancePath + '/placement/preferences',
                            schemaPath: '#/properties/placement/properties/preferences/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err62 = {
                    instancePath: instancePath + '/placement',
                    schemaPath: '#/properties/placement/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err62];
                }
                else {
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
        }
        else {
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
                }
                else {
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
                    }
                    else {
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
                }
                else {
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
                    }
                    else {
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
                            }
                            else {
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
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
                for (const key0 in data0) {
                    if (!(key0 === 'source' ||
                        key0 === 'target' ||
                        key0 === 'uid' ||
                        key0 === 'gid' ||
                        key0 === 'mode' ||
                        pattern0.test(key0))) {
                        const err1 = {
                            instancePath: instancePath + '/' + i0,
                            schemaPath: '#/items/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key0 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err7 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
        };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
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
                if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0)) &&
                    !(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
                    const err0 = {
                        instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/patternProperties/%5E%5Ba-z%5D%2B%24/type',
                        keyword: 'type',
                        params: { type: schema19.patternProperties['^[a-z]+$'].type },
                        message: 'must be integer,object',
                    };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
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
                        }
                        else {
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
                        }
                        else {
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
                            }
                            else {
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
                            }
                            else {
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
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
    else {
        const err6 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    else {
        const err3 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    else {
        const err3 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
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
            if (!(key0 === 'disable' ||
                key0 === 'retries' ||
                key0 === 'test' ||
                key0 === 'interval' ||
                key0 === 'timeout' ||
                key0 === 'start_period' ||
                key0 === 'start_interval' ||
                pattern0.test(key0))) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                        message: 'must match pattern "' +
                            '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = {
                    instancePath: instancePath + '/interval',
                    schemaPath: '#/properties/interval/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
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
                        message: 'must match pattern "' +
                            '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = {
                    instancePath: instancePath + '/timeout',
                    schemaPath: '#/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
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
                        message: 'must match pattern "' +
                            '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = {
                    instancePath: instancePath + '/start_period',
                    schemaPath: '#/properties/start_period/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
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
                        message: 'must match pattern "' +
                            '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = {
                    instancePath: instancePath + '/start_interval',
                    schemaPath: '#/properties/start_interval/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
    }
    else {
        const err13 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
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
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.develop !== undefined) {
            if (!validate28(data.develop, {
                instancePath: instancePath + '/develop',
                parentData: data,
                parentDataProperty: 'develop',
                rootData,
            })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
            }
        }
        if (data.deploy !== undefined) {
            if (!validate38(data.deploy, {
                instancePath: instancePath + '/deploy',
                parentData: data,
                parentDataProperty: 'deploy',
                rootData,
            })) {
                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                errors = vErrors.length;
            }
        }
        if (data.annotations !== undefined) {
            if (!validate34(data.annotations, {
                instancePath: instancePath + '/annotations',
                parentData: data,
                parentDataProperty: 'annotations',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err8 = {
                            instancePath: instancePath + '/build/entitlements',
                            schemaPath: '#/properties/build/properties/entitlements/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data4.args !== undefined) {
                    if (!validate34(data4.args, {
                        instancePath: instancePath + '/build/args',
                        parentData: data4,
                        parentDataProperty: 'args',
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                        errors = vErrors.length;
                    }
                }
                if (data4.ssh !== undefined) {
                    if (!validate34(data4.ssh, {
                        instancePath: instancePath + '/build/ssh',
                        parentData: data4,
                        parentDataProperty: 'ssh',
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                        errors = vErrors.length;
                    }
                }
                if (data4.labels !== undefined) {
                    if (!validate34(data4.labels, {
                        instancePath: instancePath + '/build/labels',
                        parentData: data4,
                        parentDataProperty: 'labels',
                        rootData,
                    })) {
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
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err10 = {
                            instancePath: instancePath + '/build/cache_from',
                            schemaPath: '#/properties/build/properties/cache_from/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
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
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = {
                            instancePath: instancePath + '/build/cache_to',
                            schemaPath: '#/properties/build/properties/cache_to/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data4.no_cache_filter !== undefined) {
                    if (!validate23(data4.no_cache_filter, {
                        instancePath: instancePath + '/build/no_cache_filter',
                        parentData: data4,
                        parentDataProperty: 'no_cache_filter',
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                    }
                }
                if (data4.additional_contexts !== undefined) {
                    if (!validate34(data4.additional_contexts, {
                        instancePath: instancePath + '/build/additional_contexts',
                        parentData: data4,
                        parentDataProperty: 'additional_contexts',
                        rootData,
                    })) {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data4.extra_hosts !== undefined) {
                    if (!validate53(data4.extra_hosts, {
                        instancePath: instancePath + '/build/extra_hosts',
                        parentData: data4,
                        parentDataProperty: 'extra_hosts',
                        rootData,
                    })) {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data4.secrets !== undefined) {
                    if (!validate55(data4.secrets, {
                        instancePath: instancePath + '/build/secrets',
                        parentData: data4,
                        parentDataProperty: 'secrets',
                        rootData,
                    })) {
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
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err23 = {
                            instancePath: instancePath + '/build/tags',
                            schemaPath: '#/properties/build/properties/tags/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data4.ulimits !== undefined) {
                    if (!validate57(data4.ulimits, {
                        instancePath: instancePath + '/build/ulimits',
                        parentData: data4,
                        parentDataProperty: 'ulimits',
                        rootData,
                    })) {
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
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = {
                            instancePath: instancePath + '/build/platforms',
                            schemaPath: '#/properties/build/properties/platforms/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
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
                    if (!(key2 === 'device_read_bps' ||
                        key2 === 'device_read_iops' ||
                        key2 === 'device_write_bps' ||
                        key2 === 'device_write_iops' ||
                        key2 === 'weight' ||
                        key2 === 'weight_device' ||
                        pattern0.test(key2))) {
                        const err26 = {
                            instancePath: instancePath + '/blkio_config',
                            schemaPath: '#/properties/blkio_config/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
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
                            if (!validate59(data36[i5], {
                                instancePath: instancePath + '/blkio_config/device_read_bps/' + i5,
                                parentData: data36,
                                parentDataProperty: i5,
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err27 = {
                            instancePath: instancePath + '/blkio_config/device_read_bps',
                            schemaPath: '#/properties/blkio_config/properties/device_read_bps/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
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
                            if (!validate59(data38[i6], {
                                instancePath: instancePath + '/blkio_config/device_read_iops/' + i6,
                                parentData: data38,
                                parentDataProperty: i6,
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err28 = {
                            instancePath: instancePath + '/blkio_config/device_read_iops',
                            schemaPath: '#/properties/blkio_config/properties/device_read_iops/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
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
                            if (!validate59(data40[i7], {
                                instancePath: instancePath + '/blkio_config/device_write_bps/' + i7,
                                parentData: data40,
                                parentDataProperty: i7,
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err29 = {
                            instancePath: instancePath + '/blkio_config/device_write_bps',
                            schemaPath: '#/properties/blkio_config/properties/device_write_bps/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
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
                            if (!validate59(data42[i8], {
                                instancePath: instancePath + '/blkio_config/device_write_iops/' + i8,
                                parentData: data42,
                                parentDataProperty: i8,
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err30 = {
                            instancePath: instancePath + '/blkio_config/device_write_iops',
                            schemaPath: '#/properties/blkio_config/properties/device_write_iops/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
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
                        }
                        else {
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
                            if (!validate64(data45[i9], {
                                instancePath: instancePath + '/blkio_config/weight_device/' + i9,
                                parentData: data45,
                                parentDataProperty: i9,
                                rootData,
                            })) {
                                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err32 = {
                            instancePath: instancePath + '/blkio_config/weight_device',
                            schemaPath: '#/properties/blkio_config/properties/weight_device/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err33 = {
                    instancePath: instancePath + '/blkio_config',
                    schemaPath: '#/properties/blkio_config/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i11;
                    }
                }
            }
            else {
                const err36 = {
                    instancePath: instancePath + '/cap_add',
                    schemaPath: '#/properties/cap_add/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                            break;
                        }
                        indices1[item1] = i13;
                    }
                }
            }
            else {
                const err39 = {
                    instancePath: instancePath + '/cap_drop',
                    schemaPath: '#/properties/cap_drop/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.command !== undefined) {
            if (!validate32(data.command, {
                instancePath: instancePath + '/command',
                parentData: data,
                parentDataProperty: 'command',
                rootData,
            })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
            }
        }
        if (data.configs !== undefined) {
            if (!validate55(data.configs, {
                instancePath: instancePath + '/configs',
                parentData: data,
                parentDataProperty: 'configs',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
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
                    }
                    else {
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
                }
                else {
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
                    }
                    else {
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
                    }
                    else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err60 = {
                    instancePath: instancePath + '/credential_spec',
                    schemaPath: '#/properties/credential_spec/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
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
                        }
                        else {
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
                                    schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required',
                                    keyword: 'required',
                                    params: { missingProperty: 'condition' },
                                    message: "must have required property '" + 'condition' + "'",
                                };
                                if (vErrors === null) {
                                    vErrors = [err65];
                                }
                                else {
                                    vErrors.push(err65);
                                }
                                errors++;
                            }
                            for (const key6 in data71) {
                                if (!(key6 === 'restart' ||
                                    key6 === 'required' ||
                                    key6 === 'condition' ||
                                    pattern0.test(key6))) {
                                    const err66 = {
                                        instancePath: instancePath + '/depends_on/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key6 },
                                        message: 'must NOT have additional properties',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                }
                            }
                            if (data71.restart !== undefined) {
                                if (typeof data71.restart !== 'boolean') {
                                    const err67 = {
                                        instancePath: instancePath +
                                            '/depends_on/' +
                                            key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/restart',
                                        schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type',
                                        keyword: 'type',
                                        params: { type: 'boolean' },
                                        message: 'must be boolean',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                            }
                            if (data71.required !== undefined) {
                                if (typeof data71.required !== 'boolean') {
                                    const err68 = {
                                        instancePath: instancePath +
                                            '/depends_on/' +
                                            key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/required',
                                        schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type',
                                        keyword: 'type',
                                        params: { type: 'boolean' },
                                        message: 'must be boolean',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                            if (data71.condition !== undefined) {
                                let data74 = data71.condition;
                                if (typeof data74 !== 'string') {
                                    const err69 = {
                                        instancePath: instancePath +
                                            '/depends_on/' +
                                            key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/condition',
                                        schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                                if (!(data74 === 'service_started' ||
                                    data74 === 'service_healthy' ||
                                    data74 === 'service_completed_successfully')) {
                                    const err70 = {
                                        instancePath: instancePath +
                                            '/depends_on/' +
                                            key5.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/condition',
                                        schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum',
                                        keyword: 'enum',
                                        params: {
                                            allowedValues: schema9.properties.depends_on.patternProperties['^[a-zA-Z0-9._-]+$'].properties
                                                .condition.enum,
                                        },
                                        message: 'must be equal to one of the allowed values',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err71 = {
                                instancePath: instancePath + '/depends_on/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                                schemaPath: '#/properties/depends_on/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                            };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        if (data.device_cgroup_rules !== undefined) {
            if (!validate41(data.device_cgroup_rules, {
                instancePath: instancePath + '/device_cgroup_rules',
                parentData: data,
                parentDataProperty: 'device_cgroup_rules',
                rootData,
            })) {
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
                    if (typeof data77 !== 'string' &&
                        !(data77 && typeof data77 == 'object' && !Array.isArray(data77))) {
                        const err72 = {
                            instancePath: instancePath + '/devices/' + i16,
                            schemaPath: '#/properties/devices/items/type',
                            keyword: 'type',
                            params: { type: schema9.properties.devices.items.type },
                            message: 'must be string,object',
                        };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                        for (const key7 in data77) {
                            if (!(key7 === 'source' ||
                                key7 === 'target' ||
                                key7 === 'permissions' ||
                                pattern0.test(key7))) {
                                const err74 = {
                                    instancePath: instancePath + '/devices/' + i16,
                                    schemaPath: '#/properties/devices/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key7 },
                                    message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                    message: 'must NOT have duplicate items (items ## ' + j3 + ' and ' + i17 + ' are identical)',
                                };
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err79 = {
                    instancePath: instancePath + '/devices',
                    schemaPath: '#/properties/devices/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
        }
        if (data.dns !== undefined) {
            if (!validate23(data.dns, {
                instancePath: instancePath + '/dns',
                parentData: data,
                parentDataProperty: 'dns',
                rootData,
            })) {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                            break;
                        }
                        indices3[item3] = i19;
                    }
                }
            }
            else {
                const err82 = {
                    instancePath: instancePath + '/dns_opt',
                    schemaPath: '#/properties/dns_opt/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err82];
                }
                else {
                    vErrors.push(err82);
                }
                errors++;
            }
        }
        if (data.dns_search !== undefined) {
            if (!validate23(data.dns_search, {
                instancePath: instancePath + '/dns_search',
                parentData: data,
                parentDataProperty: 'dns_search',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.entrypoint !== undefined) {
            if (!validate32(data.entrypoint, {
                instancePath: instancePath + '/entrypoint',
                parentData: data,
                parentDataProperty: 'entrypoint',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (Array.isArray(data87)) {
                const len15 = data87.length;
                for (let i20 = 0; i20 < len15; i20++) {
                    let data88 = data87[i20];
                    if (typeof data88 !== 'string' &&
                        !(data88 && typeof data88 == 'object' && !Array.isArray(data88))) {
                        const err85 = {
                            instancePath: instancePath + '/env_file/' + i20,
                            schemaPath: '#/properties/env_file/items/type',
                            keyword: 'type',
                            params: { type: schema9.properties.env_file.items.type },
                            message: 'must be string,object',
                        };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
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
                            }
                            else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
            if (!validate34(data.environment, {
                instancePath: instancePath + '/environment',
                parentData: data,
                parentDataProperty: 'environment',
                rootData,
            })) {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                            break;
                        }
                        indices4[item4] = i22;
                    }
                }
            }
            else {
                const err93 = {
                    instancePath: instancePath + '/expose',
                    schemaPath: '#/properties/expose/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err93];
                }
                else {
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
                }
                else {
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
                    }
                    else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err100);
                            }
                            errors++;
                            break;
                        }
                        indices5[item5] = i24;
                    }
                }
            }
            else {
                const err101 = {
                    instancePath: instancePath + '/external_links',
                    schemaPath: '#/properties/external_links/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err101];
                }
                else {
                    vErrors.push(err101);
                }
                errors++;
            }
        }
        if (data.extra_hosts !== undefined) {
            if (!validate53(data.extra_hosts, {
                instancePath: instancePath + '/extra_hosts',
                parentData: data,
                parentDataProperty: 'extra_hosts',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err103);
                }
                errors++;
            }
            var _valid0 = _errs191 === errors;
            errors = _errs190;
            if (vErrors !== null) {
                if (_errs190) {
                    vErrors.length = _errs190;
                }
                else {
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
                    }
                    else {
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
                }
                else {
                    vErrors.push(err105);
                }
                errors++;
            }
            if (Array.isArray(data101)) {
                const len18 = data101.length;
                for (let i25 = 0; i25 < len18; i25++) {
                    if (!validate40(data101[i25], {
                        instancePath: instancePath + '/gpus/' + i25,
                        parentData: data101,
                        parentDataProperty: i25,
                        rootData,
                    })) {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                            break;
                        }
                        indices6[item6] = i27;
                    }
                }
            }
            else {
                const err108 = {
                    instancePath: instancePath + '/group_add',
                    schemaPath: '#/properties/group_add/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err108];
                }
                else {
                    vErrors.push(err108);
                }
                errors++;
            }
        }
        if (data.healthcheck !== undefined) {
            if (!validate75(data.healthcheck, {
                instancePath: instancePath + '/healthcheck',
                parentData: data,
                parentDataProperty: 'healthcheck',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err113);
                }
                errors++;
            }
        }
        if (data.label_file !== undefined) {
            if (!validate23(data.label_file, {
                instancePath: instancePath + '/label_file',
                parentData: data,
                parentDataProperty: 'label_file',
                rootData,
            })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err115);
                            }
                            errors++;
                            break;
                        }
                        indices7[item7] = i29;
                    }
                }
            }
            else {
                const err116 = {
                    instancePath: instancePath + '/links',
                    schemaPath: '#/properties/links/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err116];
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
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
                                        instancePath: instancePath + '/logging/options/' + key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type',
                                        keyword: 'type',
                                        params: {
                                            type: schema9.properties.logging.properties.options.patternProperties['^.+$'].type,
                                        },
                                        message: 'must be string,number,null',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err119];
                                    }
                                    else {
                                        vErrors.push(err119);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err120 = {
                            instancePath: instancePath + '/logging/options',
                            schemaPath: '#/properties/logging/properties/options/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err121 = {
                    instancePath: instancePath + '/logging',
                    schemaPath: '#/properties/logging/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err121];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
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
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                        if (data126 && typeof data126 == 'object' && !Array.isArray(data126)) {
                            for (const key13 in data126) {
                                if (!(key13 === 'endpoint_var' || key13 === 'model_var' || pattern0.test(key13))) {
                                    const err131 = {
                                        instancePath: instancePath + '/models/' + key12.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key13 },
                                        message: 'must NOT have additional properties',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err131];
                                    }
                                    else {
                                        vErrors.push(err131);
                                    }
                                    errors++;
                                }
                            }
                            if (data126.endpoint_var !== undefined) {
                                if (typeof data126.endpoint_var !== 'string') {
                                    const err132 = {
                                        instancePath: instancePath +
                                            '/models/' +
                                            key12.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/endpoint_var',
                                        schemaPath: '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                            }
                            if (data126.model_var !== undefined) {
                                if (typeof data126.model_var !== 'string') {
                                    const err133 = {
                                        instancePath: instancePath +
                                            '/models/' +
                                            key12.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/model_var',
                                        schemaPath: '#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model_var/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err133];
                                    }
                                    else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err139);
                            }
                            errors++;
                        }
                        if (data132 && typeof data132 == 'object' && !Array.isArray(data132)) {
                            for (const key16 in data132) {
                                if (!(func2.call(schema9.properties.networks.patternProperties['^[a-zA-Z0-9._-]+$'].properties, key16) || pattern0.test(key16))) {
                                    const err140 = {
                                        instancePath: instancePath + '/networks/' + key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key16 },
                                        message: 'must NOT have additional properties',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err140];
                                    }
                                    else {
                                        vErrors.push(err140);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.aliases !== undefined) {
                                if (!validate41(data132.aliases, {
                                    instancePath: instancePath +
                                        '/networks/' +
                                        key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/aliases',
                                    parentData: data132,
                                    parentDataProperty: 'aliases',
                                    rootData,
                                })) {
                                    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                                    errors = vErrors.length;
                                }
                            }
                            if (data132.interface_name !== undefined) {
                                if (typeof data132.interface_name !== 'string') {
                                    const err141 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/interface_name',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/interface_name/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.ipv4_address !== undefined) {
                                if (typeof data132.ipv4_address !== 'string') {
                                    const err142 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/ipv4_address',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipv4_address/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err142];
                                    }
                                    else {
                                        vErrors.push(err142);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.ipv6_address !== undefined) {
                                if (typeof data132.ipv6_address !== 'string') {
                                    const err143 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/ipv6_address',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipv6_address/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err143];
                                    }
                                    else {
                                        vErrors.push(err143);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.link_local_ips !== undefined) {
                                if (!validate41(data132.link_local_ips, {
                                    instancePath: instancePath +
                                        '/networks/' +
                                        key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/link_local_ips',
                                    parentData: data132,
                                    parentDataProperty: 'link_local_ips',
                                    rootData,
                                })) {
                                    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                                    errors = vErrors.length;
                                }
                            }
                            if (data132.mac_address !== undefined) {
                                if (typeof data132.mac_address !== 'string') {
                                    const err144 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/mac_address',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mac_address/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err144];
                                    }
                                    else {
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
                                                    instancePath: instancePath +
                                                        '/networks/' +
                                                        key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/driver_opts/' +
                                                        key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                    schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver_opts/patternProperties/%5E.%2B%24/type',
                                                    keyword: 'type',
                                                    params: {
                                                        type: schema9.properties.networks.patternProperties['^[a-zA-Z0-9._-]+$']
                                                            .properties.driver_opts.patternProperties['^.+$'].type,
                                                    },
                                                    message: 'must be string,number',
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err145];
                                                }
                                                else {
                                                    vErrors.push(err145);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err146 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/driver_opts',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver_opts/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err146];
                                    }
                                    else {
                                        vErrors.push(err146);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.priority !== undefined) {
                                if (!(typeof data132.priority == 'number')) {
                                    const err147 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/priority',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/priority/type',
                                        keyword: 'type',
                                        params: { type: 'number' },
                                        message: 'must be number',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err147];
                                    }
                                    else {
                                        vErrors.push(err147);
                                    }
                                    errors++;
                                }
                            }
                            if (data132.gw_priority !== undefined) {
                                if (!(typeof data132.gw_priority == 'number')) {
                                    const err148 = {
                                        instancePath: instancePath +
                                            '/networks/' +
                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/gw_priority',
                                        schemaPath: '#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gw_priority/type',
                                        keyword: 'type',
                                        params: { type: 'number' },
                                        message: 'must be number',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err148];
                                    }
                                    else {
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
                }
                else {
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
                }
                else {
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
                    }
                    else {
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
                    }
                    else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                    if (!(typeof data149 == 'number') &&
                        typeof data149 !== 'string' &&
                        !(data149 && typeof data149 == 'object' && !Array.isArray(data149))) {
                        const err156 = {
                            instancePath: instancePath + '/ports/' + i34,
                            schemaPath: '#/properties/ports/items/type',
                            keyword: 'type',
                            params: { type: schema9.properties.ports.items.type },
                            message: 'must be number,string,object',
                        };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                    if (data149 && typeof data149 == 'object' && !Array.isArray(data149)) {
                        for (const key18 in data149) {
                            if (!(key18 === 'name' ||
                                key18 === 'mode' ||
                                key18 === 'host_ip' ||
                                key18 === 'target' ||
                                key18 === 'published' ||
                                key18 === 'protocol' ||
                                key18 === 'app_protocol' ||
                                pattern0.test(key18))) {
                                const err157 = {
                                    instancePath: instancePath + '/ports/' + i34,
                                    schemaPath: '#/properties/ports/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key18 },
                                    message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                    vErrors = [err157];
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err161);
                                }
                                errors++;
                            }
                        }
                        if (data149.published !== undefined) {
                            let data154 = data149.published;
                            if (!(typeof data154 == 'number' && !(data154 % 1) && !isNaN(data154)) &&
                                typeof data154 !== 'string') {
                                const err162 = {
                                    instancePath: instancePath + '/ports/' + i34 + '/published',
                                    schemaPath: '#/properties/ports/items/properties/published/type',
                                    keyword: 'type',
                                    params: { type: schema9.properties.ports.items.properties.published.type },
                                    message: 'must be integer,string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                    message: 'must NOT have duplicate items (items ## ' + j11 + ' and ' + i35 + ' are identical)',
                                };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                                break outer1;
                            }
                        }
                    }
                }
            }
            else {
                const err166 = {
                    instancePath: instancePath + '/ports',
                    schemaPath: '#/properties/ports/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err166];
                }
                else {
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
                    if (!validate31(data157[i36], {
                        instancePath: instancePath + '/post_start/' + i36,
                        parentData: data157,
                        parentDataProperty: i36,
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err167 = {
                    instancePath: instancePath + '/post_start',
                    schemaPath: '#/properties/post_start/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err167];
                }
                else {
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
                    if (!validate31(data159[i37], {
                        instancePath: instancePath + '/pre_stop/' + i37,
                        parentData: data159,
                        parentDataProperty: i37,
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err168 = {
                    instancePath: instancePath + '/pre_stop',
                    schemaPath: '#/properties/pre_stop/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err168];
                }
                else {
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
                }
                else {
                    vErrors.push(err169);
                }
                errors++;
            }
        }
        if (data.profiles !== undefined) {
            if (!validate41(data.profiles, {
                instancePath: instancePath + '/profiles',
                parentData: data,
                parentDataProperty: 'profiles',
                rootData,
            })) {
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
                    }
                    else {
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
                        }
                        else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err173);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err174 = {
                    instancePath: instancePath + '/provider',
                    schemaPath: '#/properties/provider/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err174];
                }
                else {
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
                            pattern: '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$',
                        },
                        message: 'must match pattern "' +
                            '^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err175];
                    }
                    else {
                        vErrors.push(err175);
                    }
                    errors++;
                }
            }
            else {
                const err176 = {
                    instancePath: instancePath + '/pull_policy',
                    schemaPath: '#/properties/pull_policy/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err176];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err183);
                            }
                            errors++;
                            break;
                        }
                        indices10[item10] = i39;
                    }
                }
            }
            else {
                const err184 = {
                    instancePath: instancePath + '/security_opt',
                    schemaPath: '#/properties/security_opt/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err184];
                }
                else {
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
                }
                else {
                    vErrors.push(err185);
                }
                errors++;
            }
        }
        if (data.secrets !== undefined) {
            if (!validate55(data.secrets, {
                instancePath: instancePath + '/secrets',
                parentData: data,
                parentDataProperty: 'secrets',
                rootData,
            })) {
                vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                errors = vErrors.length;
            }
        }
        if (data.sysctls !== undefined) {
            if (!validate34(data.sysctls, {
                instancePath: instancePath + '/sysctls',
                parentData: data,
                parentDataProperty: 'sysctls',
                rootData,
            })) {
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
                }
                else {
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
                        message: 'must match pattern "' +
                            '^([-+]?0|[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+)$' +
                            '"',
                    };
                    if (vErrors === null) {
                        vErrors = [err187];
                    }
                    else {
                        vErrors.push(err187);
                    }
                    errors++;
                }
            }
            else {
                const err188 = {
                    instancePath: instancePath + '/stop_grace_period',
                    schemaPath: '#/properties/stop_grace_period/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                };
                if (vErrors === null) {
                    vErrors = [err188];
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err190);
                }
                errors++;
            }
        }
        if (data.tmpfs !== undefined) {
            if (!validate23(data.tmpfs, {
                instancePath: instancePath + '/tmpfs',
                parentData: data,
                parentDataProperty: 'tmpfs',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err191);
                }
                errors++;
            }
        }
        if (data.ulimits !== undefined) {
            if (!validate57(data.ulimits, {
                instancePath: instancePath + '/ulimits',
                parentData: data,
                parentDataProperty: 'ulimits',
                rootData,
            })) {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                    if (typeof data189 !== 'string' &&
                        !(data189 && typeof data189 == 'object' && !Array.isArray(data189))) {
                        const err196 = {
                            instancePath: instancePath + '/volumes/' + i40,
                            schemaPath: '#/properties/volumes/items/type',
                            keyword: 'type',
                            params: { type: schema9.properties.volumes.items.type },
                            message: 'must be string,object',
                        };
                        if (vErrors === null) {
                            vErrors = [err196];
                        }
                        else {
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
                            }
                            else {
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
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err199);
                                }
                                errors++;
                            }
                            if (!(data190 === 'bind' ||
                                data190 === 'volume' ||
                                data190 === 'tmpfs' ||
                                data190 === 'cluster' ||
                                data190 === 'npipe' ||
                                data190 === 'image')) {
                                const err200 = {
                                    instancePath: instancePath + '/volumes/' + i40 + '/type',
                                    schemaPath: '#/properties/volumes/items/properties/type/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema9.properties.volumes.items.properties.type.enum },
                                    message: 'must be equal to one of the allowed values',
                                };
                                if (vErrors === null) {
                                    vErrors = [err200];
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
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
                                }
                                else {
                                    vErrors.push(err204);
                                }
                                errors++;
                            }
                        }
                        if (data189.bind !== undefined) {
                            let data195 = data189.bind;
                            if (data195 && typeof data195 == 'object' && !Array.isArray(data195)) {
                                for (const key21 in data195) {
                                    if (!(key21 === 'propagation' ||
                                        key21 === 'create_host_path' ||
                                        key21 === 'recursive' ||
                                        key21 === 'selinux' ||
                                        pattern0.test(key21))) {
                                        const err205 = {
                                            instancePath: instancePath + '/volumes/' + i40 + '/bind',
                                            schemaPath: '#/properties/volumes/items/properties/bind/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key21 },
                                            message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err205];
                                        }
                                        else {
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
                                        }
                                        else {
                                            vErrors.push(err206);
                                        }
                                        errors++;
                                    }
                                }
                                if (data195.create_host_path !== undefined) {
                                    if (typeof data195.create_host_path !== 'boolean') {
                                        const err207 = {
                                            instancePath: instancePath + '/volumes/' + i40 + '/bind/create_host_path',
                                            schemaPath: '#/properties/volumes/items/properties/bind/properties/create_host_path/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err207];
                                        }
                                        else {
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
                                        }
                                        else {
                                            vErrors.push(err208);
                                        }
                                        errors++;
                                    }
                                    if (!(data198 === 'enabled' ||
                                        data198 === 'disabled' ||
                                        data198 === 'writable' ||
                                        data198 === 'readonly')) {
                                        const err209 = {
                                            instancePath: instancePath + '/volumes/' + i40 + '/bind/recursive',
                                            schemaPath: '#/properties/volumes/items/properties/bind/properties/recursive/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema9.properties.volumes.items.properties.bind.properties.recursive.enum,
                                            },
                                            message: 'must be equal to one of the allowed values',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err209];
                                        }
                                        else {
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
                                        }
                                        else {
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
                                                allowedValues: schema9.properties.volumes.items.properties.bind.properties.selinux.enum,
                                            },
                                            message: 'must be equal to one of the allowed values',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err211];
                                        }
                                        else {
                                            vErrors.push(err211);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err212 = {
                                    instancePath: instancePath + '/volumes/' + i40 + '/bind',
                                    schemaPath: '#/properties/volumes/items/properties/bind/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err212];
                                }
                                else {
                                    vErrors.push(err212);
                                }
                                errors++;
                            }
                        }
                        if (data189.volume !== undefined) {
                            let data200 = data189.volume;
                            if (data200 && typeof data200 == 'object' && !Array.isArray(data200)) {
                                for (const key22 in data200) {
                                    if (!(key22 === 'nocopy' ||
                                        key22 === 'subpath' ||
                                        key22 === 'labels' ||
                                        pattern0.test(key22))) {
                                        const err213 = {
                                            instancePath: instancePath + '/volumes/' + i40 + '/volume',
                                            schemaPath: '#/properties/volumes/items/properties/volume/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key22 },
                                            message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err213];
                                        }
                                        else {
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
                                        }
                                        else {
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
                                        }
                                        else {
                                            vErrors.push(err215);
                                        }
                                        errors++;
                                    }
                                }
                                if (data200.labels !== undefined) {
                                    if (!validate34(data200.labels, {
                                        instancePath: instancePath + '/volumes/' + i40 + '/volume/labels',
                                        parentData: data200,
                                        parentDataProperty: 'labels',
                                        rootData,
                                    })) {
                                        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                        errors = vErrors.length;
                                    }
                                }
                            }
                            else {
                                const err216 = {
                                    instancePath: instancePath + '/volumes/' + i40 + '/volume',
                                    schemaPath: '#/properties/volumes/items/properties/volume/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err216];
                                }
                                else {
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
                                        }
                                        else {
                                            vErrors.push(err217);
                                        }
                                        errors++;
                                    }
                                }
                                if (data204.size !== undefined) {
                                    let data205 = data204.size;
                                    if (!(typeof data205 == 'number' && !(data205 % 1) && !isNaN(data205)) &&
                                        typeof data205 !== 'string') {
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
                                        }
                                        else {
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
                                            }
                                            else {
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
                                        }
                                        else {
                                            vErrors.push(err220);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err221 = {
                                    instancePath: instancePath + '/volumes/' + i40 + '/tmpfs',
                                    schemaPath: '#/properties/volumes/items/properties/tmpfs/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err221];
                                }
                                else {
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
                                        }
                                        else {
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
                                        }
                                        else {
                                            vErrors.push(err223);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err224 = {
                                    instancePath: instancePath + '/volumes/' + i40 + '/image',
                                    schemaPath: '#/properties/volumes/items/properties/image/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err224];
                                }
                                else {
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
                                    message: 'must NOT have duplicate items (items ## ' + j13 + ' and ' + i41 + ' are identical)',
                                };
                                if (vErrors === null) {
                                    vErrors = [err225];
                                }
                                else {
                                    vErrors.push(err225);
                                }
                                errors++;
                                break outer2;
                            }
                        }
                    }
                }
            }
            else {
                const err226 = {
                    instancePath: instancePath + '/volumes',
                    schemaPath: '#/properties/volumes/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err226];
                }
                else {
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
                        }
                        else {
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
                            }
                            else {
                                vErrors.push(err228);
                            }
                            errors++;
                            break;
                        }
                        indices11[item11] = i43;
                    }
                }
            }
            else {
                const err229 = {
                    instancePath: instancePath + '/volumes_from',
                    schemaPath: '#/properties/volumes_from/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err229];
                }
                else {
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
                }
                else {
                    vErrors.push(err230);
                }
                errors++;
            }
        }
    }
    else {
        const err231 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err231];
        }
        else {
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
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'name' ||
                key0 === 'model' ||
                key0 === 'context_size' ||
                key0 === 'runtime_flags' ||
                pattern0.test(key0))) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err6 = {
                    instancePath: instancePath + '/runtime_flags',
                    schemaPath: '#/properties/runtime_flags/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    else {
        const err7 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
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
        }
        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/driver_opts',
                    schemaPath: '#/properties/driver_opts/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
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
                                    if (!(key3 === 'subnet' ||
                                        key3 === 'ip_range' ||
                                        key3 === 'gateway' ||
                                        key3 === 'aux_addresses' ||
                                        pattern0.test(key3))) {
                                        const err8 = {
                                            instancePath: instancePath + '/ipam/config/' + i0,
                                            schemaPath: '#/properties/ipam/properties/config/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key3 },
                                            message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err8];
                                        }
                                        else {
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
                                        }
                                        else {
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
                                        }
                                        else {
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
                                        }
                                        else {
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
                                                    schemaPath: '#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key4 },
                                                    message: 'must NOT have additional properties',
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err12];
                                                }
                                                else {
                                                    vErrors.push(err12);
                                                }
                                                errors++;
                                            }
                                        }
                                        for (const key5 in data11) {
                                            if (pattern45.test(key5)) {
                                                if (typeof data11[key5] !== 'string') {
                                                    const err13 = {
                                                        instancePath: instancePath +
                                                            '/ipam/config/' +
                                                            i0 +
                                                            '/aux_addresses/' +
                                                            key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                        schemaPath: '#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err13];
                                                    }
                                                    else {
                                                        vErrors.push(err13);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err14 = {
                                            instancePath: instancePath + '/ipam/config/' + i0 + '/aux_addresses',
                                            schemaPath: '#/properties/ipam/properties/config/items/properties/aux_addresses/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err15 = {
                                    instancePath: instancePath + '/ipam/config/' + i0,
                                    schemaPath: '#/properties/ipam/properties/config/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err16 = {
                            instancePath: instancePath + '/ipam/config',
                            schemaPath: '#/properties/ipam/properties/config/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                        };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
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
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        for (const key7 in data13) {
                            if (pattern45.test(key7)) {
                                if (typeof data13[key7] !== 'string') {
                                    const err18 = {
                                        instancePath: instancePath + '/ipam/options/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err19 = {
                            instancePath: instancePath + '/ipam/options',
                            schemaPath: '#/properties/ipam/properties/options/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err20 = {
                    instancePath: instancePath + '/ipam',
                    schemaPath: '#/properties/ipam/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
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
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === 'name' ||
                key0 === 'driver' ||
                key0 === 'driver_opts' ||
                key0 === 'external' ||
                key0 === 'labels' ||
                pattern0.test(key0))) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/driver_opts',
                    schemaPath: '#/properties/driver_opts/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
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
                }
                else {
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
                        }
                        else {
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
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
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
            if (!(key0 === 'name' ||
                key0 === 'environment' ||
                key0 === 'file' ||
                key0 === 'external' ||
                key0 === 'labels' ||
                key0 === 'driver' ||
                key0 === 'driver_opts' ||
                key0 === 'template_driver' ||
                pattern0.test(key0))) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
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
                }
                else {
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
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err8 = {
                    instancePath: instancePath + '/driver_opts',
                    schemaPath: '#/properties/driver_opts/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
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
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
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
            if (!(key0 === 'name' ||
                key0 === 'content' ||
                key0 === 'environment' ||
                key0 === 'file' ||
                key0 === 'external' ||
                key0 === 'labels' ||
                key0 === 'template_driver' ||
                pattern0.test(key0))) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.labels !== undefined) {
            if (!validate34(data.labels, {
                instancePath: instancePath + '/labels',
                parentData: data,
                parentDataProperty: 'labels',
                rootData,
            })) {
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
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    else {
        const err8 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                    if (!validate22(data2[i0], {
                        instancePath: instancePath + '/include/' + i0,
                        parentData: data2,
                        parentDataProperty: i0,
                        rootData,
                    })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err3 = {
                    instancePath: instancePath + '/include',
                    schemaPath: '#/properties/include/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
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
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                for (const key2 in data4) {
                    if (pattern1.test(key2)) {
                        if (!validate27(data4[key2], {
                            instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data4,
                            parentDataProperty: key2,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/services',
                    schemaPath: '#/properties/services/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
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
                        if (!validate90(data6[key3], {
                            instancePath: instancePath + '/models/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data6,
                            parentDataProperty: key3,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err6 = {
                    instancePath: instancePath + '/models',
                    schemaPath: '#/properties/models/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
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
                        if (!validate92(data8[key4], {
                            instancePath: instancePath + '/networks/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data8,
                            parentDataProperty: key4,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err7 = {
                    instancePath: instancePath + '/networks',
                    schemaPath: '#/properties/networks/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
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
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                for (const key6 in data10) {
                    if (pattern1.test(key6)) {
                        if (!validate95(data10[key6], {
                            instancePath: instancePath + '/volumes/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data10,
                            parentDataProperty: key6,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err9 = {
                    instancePath: instancePath + '/volumes',
                    schemaPath: '#/properties/volumes/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
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
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                for (const key8 in data12) {
                    if (pattern1.test(key8)) {
                        if (!validate98(data12[key8], {
                            instancePath: instancePath + '/secrets/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data12,
                            parentDataProperty: key8,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err11 = {
                    instancePath: instancePath + '/secrets',
                    schemaPath: '#/properties/secrets/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
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
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                for (const key10 in data14) {
                    if (pattern1.test(key10)) {
                        if (!validate101(data14[key10], {
                            instancePath: instancePath + '/configs/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
                            parentData: data14,
                            parentDataProperty: key10,
                            rootData,
                        })) {
                            vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                            errors = vErrors.length;
                        }
                    }
                }
            }
            else {
                const err13 = {
                    instancePath: instancePath + '/configs',
                    schemaPath: '#/properties/configs/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    else {
        const err14 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
const validateVariables = validate104;
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
            }
            else {
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
                }
                else {
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
                }
                else {
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
                }
                else {
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
                            }
                            else {
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
                        }
                        else {
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
                            }
                            else {
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
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data3.type !== undefined) {
                            let data4 = data3.type;
                            if (!(data4 === 'string' ||
                                data4 === 'integer' ||
                                data4 === 'boolean' ||
                                data4 === 'url' ||
                                data4 === 'port' ||
                                data4 === 'enum' ||
                                data4 === 'bot-token' ||
                                data4 === 'duration' ||
                                data4 === 'email')) {
                                const err8 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/type',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/type/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema28.properties.variables.additionalProperties.properties.type.enum,
                                    },
                                    message: 'must be equal to one of the allowed values',
                                };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data3.required !== undefined) {
                            if (typeof data3.required !== 'boolean') {
                                const err9 = {
                                    instancePath: instancePath +
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
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data3.secret !== undefined) {
                            if (typeof data3.secret !== 'boolean') {
                                const err10 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/secret',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/secret/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data3.description !== undefined) {
                            if (typeof data3.description !== 'string') {
                                const err11 = {
                                    instancePath: instancePath +
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
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data3.default !== undefined) {
                            let data8 = data3.default;
                            if (typeof data8 !== 'string' && !(typeof data8 == 'number') && typeof data8 !== 'boolean') {
                                const err12 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/default',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/default/type',
                                    keyword: 'type',
                                    params: {
                                        type: schema28.properties.variables.additionalProperties.properties.default.type,
                                    },
                                    message: 'must be string,number,boolean',
                                };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        if (data3.example !== undefined) {
                            if (typeof data3.example !== 'string') {
                                const err13 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/example',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/example/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data3.minLength !== undefined) {
                            let data10 = data3.minLength;
                            if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
                                const err14 = {
                                    instancePath: instancePath +
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
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            if (typeof data10 == 'number') {
                                if (data10 < 0 || isNaN(data10)) {
                                    const err15 = {
                                        instancePath: instancePath +
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
                                    }
                                    else {
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
                                    instancePath: instancePath +
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
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                            if (typeof data11 == 'number') {
                                if (data11 < 0 || isNaN(data11)) {
                                    const err17 = {
                                        instancePath: instancePath +
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
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data3.min !== undefined) {
                            if (!(typeof data3.min == 'number')) {
                                const err18 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/min',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/min/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number',
                                };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data3.max !== undefined) {
                            if (!(typeof data3.max == 'number')) {
                                const err19 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/max',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/max/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number',
                                };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data3.pattern !== undefined) {
                            if (typeof data3.pattern !== 'string') {
                                const err20 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/pattern',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/pattern/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
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
                                        instancePath: instancePath +
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
                                    }
                                    else {
                                        vErrors.push(err21);
                                    }
                                    errors++;
                                }
                                const len0 = data15.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    if (typeof data15[i0] !== 'string') {
                                        const err22 = {
                                            instancePath: instancePath +
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
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err23 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/schemes',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/schemes/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
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
                                        instancePath: instancePath +
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
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                                const len1 = data17.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    if (typeof data17[i1] !== 'string') {
                                        const err25 = {
                                            instancePath: instancePath +
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
                                        }
                                        else {
                                            vErrors.push(err25);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err26 = {
                                    instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/values',
                                    schemaPath: '#/properties/variables/additionalProperties/properties/values/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
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
                                            instancePath: instancePath +
                                                '/variables/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/profiles/' +
                                                i2,
                                            schemaPath: '#/properties/variables/additionalProperties/properties/profiles/items/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema28.properties.variables.additionalProperties.properties.profiles.items.enum,
                                            },
                                            message: 'must be equal to one of the allowed values',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err27];
                                        }
                                        else {
                                            vErrors.push(err27);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err28 = {
                                    instancePath: instancePath +
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
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err29 = {
                            instancePath: instancePath + '/variables/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/properties/variables/additionalProperties/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err30 = {
                    instancePath: instancePath + '/variables',
                    schemaPath: '#/properties/variables/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
    }
    else {
        const err31 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err31];
        }
        else {
            vErrors.push(err31);
        }
        errors++;
    }
    validate104.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/config/validate/schema.ts



const validateComposeSchema = validateCompose;
const validateVariablesSchema = validateVariables;
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean (true or false)',
    null: 'null',
    object: 'a mapping',
    array: 'a list',
};
const NAMED_COLLECTIONS = new Set(['services', 'volumes', 'secrets', 'configs', 'networks', 'models']);
function orList(xs) {
    return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}
function toPath(pointer, data) {
    const out = [];
    let cur = data;
    if (pointer === '')
        return out;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            const i = Number(seg);
            out.push(i);
            cur = cur[i];
        }
        else {
            out.push(seg);
            cur = cur && typeof cur === 'object' ? cur[seg] : undefined;
        }
    }
    return out;
}
function valueAt(data, path) {
    let cur = data;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function deref(n) {
    let cur = n;
    for (let i = 0; i < 8 && cur && typeof cur.$ref === 'string'; i++) {
        cur = COMPOSE_SCHEMA.definitions[cur.$ref.replace('#/definitions/', '')];
    }
    return cur;
}
/** The schema that applies at an instance path (following properties, patternProperties, items, $ref). */
function schemaFor(path) {
    let cur = COMPOSE_SCHEMA;
    for (const seg of path) {
        cur = deref(cur);
        if (!cur)
            return undefined;
        if (typeof seg === 'number') {
            cur = cur.items;
            continue;
        }
        const props = cur.properties;
        if (props && seg in props) {
            cur = props[seg];
            continue;
        }
        const pats = (cur.patternProperties ?? {});
        const hit = Object.keys(pats).find((re) => new RegExp(re, 'u').test(seg));
        cur = hit ? pats[hit] : undefined;
    }
    return deref(cur);
}
const PATTERN_TEXT = {
    name: 'a project name of lowercase letters, digits, "-" and "_", starting with a letter or digit',
    pull_policy: 'always, never, missing, build, if_not_present, refresh, daily, weekly or every_<duration>',
};
/** Validates a merged model; reports every error at its node. Returns the number of errors. */
function validateSchema(root, sink) {
    const data = toPlain(root);
    const validate = validateComposeSchema;
    if (validate(data))
        return 0;
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    for (const e of errors)
        report(e, root, data, sink);
    return errors.length;
}
function report(e, root, data, sink) {
    const path = toPath(e.instancePath, data);
    const p = pathStr(path) || 'top level';
    const value = valueAt(data, path);
    const loc = locAt(root, path) ?? root.loc;
    const params = e.params;
    switch (e.keyword) {
        case 'type': {
            const types = String(params.type).split(',');
            sink.add('SD-SCH-004', loc, `${p}: expected ${orList(types.map((t) => TYPE_NAMES[t] ?? t))}, got ${describe(value)}`);
            return;
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const parent = path[path.length - 1];
            const keyLoc = (path.length === 0 ? root.entries.get(key) : entry(atNode(root, path), key))?.keyLoc ?? loc;
            const last = typeof parent === 'string' ? parent : '';
            if (path.length === 1 && NAMED_COLLECTIONS.has(last)) {
                sink.add('SD-SCH-004', keyLoc, `${p}: invalid name ${JSON.stringify(key)} (letters, digits, ".", "_" and "-" only)`);
                return;
            }
            if (last === 'depends_on' || last === 'networks') {
                sink.add('SD-SCH-004', keyLoc, `${p}: invalid service or network name ${JSON.stringify(key)}`);
                return;
            }
            const s = schemaFor(path);
            const known = s && typeof s.properties === 'object' ? Object.keys(s.properties) : [];
            const hint = closest(key, known);
            const where = path.length === 0 ? 'unknown top-level key' : `${p}: unknown key`;
            sink.add('SD-SCH-004', keyLoc, `${where} ${JSON.stringify(key)}${hint ? ` (did you mean "${hint}"?)` : ''}`);
            return;
        }
        case 'required':
            sink.add('SD-SCH-004', loc, `${p}: missing required key "${String(params.missingProperty)}"`);
            return;
        case 'enum': {
            const allowed = params.allowedValues.map((v) => String(v));
            sink.add('SD-SCH-004', loc, `${p}: expected one of ${allowed.join(', ')}, got ${describe(value)}`);
            return;
        }
        case 'pattern': {
            if (params.pattern === DURATION_PATTERN) {
                const rule = path.includes('healthcheck') ? 'SD-HC-002' : 'SD-SCH-004';
                sink.add(rule, loc, `${p}: expected a duration like 10s or 1m30s, got ${describe(value)}`);
                return;
            }
            const last = String(path[path.length - 1]);
            const expect = PATTERN_TEXT[last] ?? `a string matching /${String(params.pattern)}/`;
            sink.add('SD-SCH-004', loc, `${p}: expected ${expect}, got ${describe(value)}`);
            return;
        }
        case 'minimum':
        case 'maximum':
            sink.add('SD-SCH-004', loc, `${p}: expected a value ${String(params.comparison)} ${String(params.limit)}, got ${describe(value)}`);
            return;
        case 'uniqueItems': {
            const i = Number(params.i);
            const j = Number(params.j);
            const dup = Math.max(i, j);
            const first = Math.min(i, j);
            sink.add('SD-SCH-004', locAt(root, [...path, dup]) ?? loc, `${p}[${dup}]: duplicate of ${p}[${first}]`);
            return;
        }
        default:
            sink.add('SD-SCH-004', loc, `${p}: ${e.message ?? 'does not match the Compose schema'}`);
    }
}
function atNode(root, path) {
    let cur = root;
    for (const seg of path) {
        const n = cur;
        if (!n)
            return undefined;
        if (n.kind === 'map')
            cur = n.entries.get(String(seg))?.value;
        else if (n.kind === 'seq')
            cur = n.items[Number(seg)];
        else
            return undefined;
    }
    return cur?.kind === 'map' ? cur : undefined;
}

;// CONCATENATED MODULE: ./src/config/validate/envschema.ts





/** Parses and checks the schema file itself; undefined when it is unusable (findings reported). */
function loadVariablesSchema(text, file, sink) {
    const docs = /\.json$/i.test(file)
        ? [loadJson(text, file, sink, 'SD-ENV-006')].filter((d) => d !== undefined)
        : loadYaml(text, file, sink);
    const root = docs?.[0];
    if (!root || !tree_isMap(root)) {
        if (docs)
            sink.add('SD-ENV-006', { file, line: 1, col: 1 }, 'variables schema: expected a JSON object with "variables"');
        return undefined;
    }
    const plain = toPlain(root);
    let ok = true;
    if (!validateVariablesSchema(plain)) {
        for (const e of validateVariablesSchema.errors ?? []) {
            const path = e.instancePath === ''
                ? []
                : e.instancePath
                    .slice(1)
                    .split('/')
                    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const params = e.params;
            let msg = e.message ?? 'invalid';
            if (e.keyword === 'additionalProperties')
                msg = `unknown key "${String(params.additionalProperty)}"`;
            else if (e.keyword === 'enum')
                msg = `expected one of ${params.allowedValues.join(', ')}`;
            else if (e.keyword === 'required')
                msg = `missing required key "${String(params.missingProperty)}"`;
            else if (e.keyword === 'propertyNames')
                msg = `invalid variable name ${JSON.stringify(params.propertyName)}`;
            else if (e.keyword === 'type')
                msg = `expected ${String(params.type)}`;
            sink.add('SD-ENV-006', locAt(root, path) ?? root.loc, `variables schema: ${pathStr(path) || 'top level'}: ${msg}`);
            ok = false;
        }
    }
    if (!ok)
        return undefined;
    const variables = new Map();
    for (const e of mapEntries(tree_get(root, 'variables'))) {
        const spec = toPlain(e.value);
        if (spec.pattern !== undefined) {
            try {
                new RegExp(spec.pattern, 'u');
            }
            catch {
                sink.add('SD-ENV-006', locAt(e.value, ['pattern']) ?? e.keyLoc, `variables schema: ${e.key}.pattern is not a valid regular expression`);
                continue;
            }
        }
        if (spec.type === 'enum' && !spec.values) {
            sink.add('SD-ENV-006', e.keyLoc, `variables schema: ${e.key}: type enum needs "values"`);
            continue;
        }
        variables.set(e.key, { spec, loc: e.value.loc, keyLoc: e.keyLoc });
    }
    return { file, root, variables };
}
const CREDENTIAL = /(PASSWORD|PASSWD|SECRET|TOKEN|_KEY$|^KEY$|DSN|PRIVATE|CREDENTIAL|API_KEY)/i;
/** Credential-shaped variable names (PASSWORD, SECRET, TOKEN, _KEY, DSN). */
function isCredentialName(name) {
    return CREDENTIAL.test(name) && !/_FILE$/i.test(name);
}
/** A value's type problem, phrased without the value when the variable is secret. */
function checkValue(name, spec, value) {
    const got = spec.secret ? '' : `, got ${describe(value)}`;
    switch (spec.type) {
        case 'string':
            if (spec.minLength !== undefined && [...value].length < spec.minLength) {
                return `${name}: expected at least ${spec.minLength} characters${spec.secret ? '' : `, got ${[...value].length}`}`;
            }
            if (spec.maxLength !== undefined && [...value].length > spec.maxLength) {
                return `${name}: expected at most ${spec.maxLength} characters${spec.secret ? '' : `, got ${[...value].length}`}`;
            }
            if (spec.pattern !== undefined && !new RegExp(spec.pattern, 'u').test(value)) {
                return `${name}: expected a value matching /${spec.pattern}/${got}`;
            }
            return undefined;
        case 'integer': {
            if (!/^[-+]?\d+$/.test(value))
                return `${name}: expected an integer${range(spec)}${got}`;
            const n = Number(value);
            if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
                return `${name}: expected an integer${range(spec)}${got}`;
            }
            return undefined;
        }
        case 'port': {
            const n = Number(value);
            if (!/^\d+$/.test(value) || n < 1 || n > 65535)
                return `${name}: expected a port number 1-65535${got}`;
            return undefined;
        }
        case 'boolean':
            return /^(true|false|1|0)$/i.test(value) ? undefined : `${name}: expected true or false${got}`;
        case 'enum':
            return spec.values?.includes(value)
                ? undefined
                : `${name}: expected one of ${spec.values?.join(', ')}${got}`;
        case 'url': {
            const u = parseUrl(value);
            const schemes = spec.schemes?.length ? spec.schemes.join(', ') : undefined;
            if (!u || !u.hostname)
                return `${name}: expected a URL${schemes ? ` (${schemes})` : ''}${spec.secret ? '' : got}`;
            const scheme = u.protocol.replace(/:$/, '');
            if (spec.schemes && !spec.schemes.includes(scheme))
                return `${name}: expected a URL with scheme ${schemes}, got ${scheme}://`;
            return undefined;
        }
        case 'bot-token':
            return /^\d{5,12}:[A-Za-z0-9_-]{30,}$/.test(value)
                ? undefined
                : `${name}: expected a Telegram bot token like 123456789:AA... (digits, a colon, 35 characters)`;
        case 'duration':
            return syntax_parseDuration(value) !== undefined
                ? undefined
                : `${name}: expected a duration like 10s or 1m30s${got}`;
        case 'email':
            return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
                ? undefined
                : `${name}: expected an email address${got}`;
    }
}
function range(spec) {
    if (spec.min !== undefined && spec.max !== undefined)
        return ` between ${spec.min} and ${spec.max}`;
    if (spec.min !== undefined)
        return ` ≥ ${spec.min}`;
    if (spec.max !== undefined)
        return ` ≤ ${spec.max}`;
    return '';
}
function parseUrl(value) {
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
function checkVariables(c) {
    const { schema, sink } = c;
    const locOf = (name) => {
        const e = [...c.envEntries].reverse().find((x) => x.key === name);
        return e ? { file: c.envFile, line: e.line, col: e.col } : { file: c.envFile, line: 0, col: 0 };
    };
    for (const [name, { spec }] of schema.variables) {
        const value = c.lookup(name);
        const inProfile = !spec.profiles || spec.profiles.includes(c.profile);
        if (value === undefined || value === '') {
            if (spec.required && inProfile && spec.default === undefined) {
                sink.add('SD-ENV-006', value === undefined ? { file: c.envFile, line: 0, col: 0 } : locOf(name), `${name}: required${spec.profiles ? ` in ${c.profile}` : ''} but ${value === undefined ? 'not set' : 'empty'}${spec.description ? ` (${spec.description})` : ''}`);
            }
            continue;
        }
        const problem = checkValue(name, spec, value);
        if (problem)
            sink.add('SD-ENV-006', locOf(name), problem);
    }
    if (c.exampleKeys) {
        for (const [name, { keyLoc }] of schema.variables) {
            if (!c.exampleKeys.has(name)) {
                sink.add('SD-ENV-006', keyLoc, `${name} is declared in the variables schema but not documented in ${c.exampleFile}`, 'warning');
            }
        }
    }
    const seen = new Set();
    for (const u of c.uses) {
        if (schema.variables.has(u.name) ||
            c.injected.has(u.name) ||
            u.name.startsWith('COMPOSE_') ||
            seen.has(u.name))
            continue;
        seen.add(u.name);
        sink.add('SD-ENV-006', u.loc, `${u.path}: variable ${u.name} is not declared in ${schema.file}`, 'warning');
    }
}
/** Top-level `x-stack-deploy` of the merged model. */
function stackExtension(model) {
    const x = get(model, 'x-stack-deploy');
    return isMap(x) ? x : undefined;
}

;// CONCATENATED MODULE: ./src/config/validate/gitindex.ts
// Reads a git index (versions 2-4) to tell whether a file is tracked, without running git.


/** The work tree root and git dir of the repository containing `path`, if any. */
function findRepo(path) {
    let dir = (0,external_node_path_.resolve)(path);
    for (let i = 0; i < 64; i++) {
        const dotGit = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(dotGit)) {
            try {
                if ((0,external_node_fs_.statSync)(dotGit).isDirectory())
                    return { root: dir, gitDir: dotGit };
                const m = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'));
                if (m)
                    return { root: dir, gitDir: (0,external_node_path_.resolve)(dir, m[1].trim()) };
            }
            catch {
                return undefined;
            }
        }
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
    return undefined;
}
/** Paths (relative to the work tree, with /) listed in a git index; undefined when it cannot be read. */
function readIndexPaths(indexFile) {
    let buf;
    try {
        buf = (0,external_node_fs_.readFileSync)(indexFile);
    }
    catch {
        return undefined;
    }
    if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = buf.readUInt32BE(4);
    const count = buf.readUInt32BE(8);
    if (version < 2 || version > 4)
        return undefined;
    const out = new Set();
    let off = 12;
    let prev = '';
    for (let i = 0; i < count; i++) {
        const start = off;
        if (off + 62 > buf.length)
            return out;
        const flags = buf.readUInt16BE(off + 60);
        off += 62;
        if (version >= 3 && flags & 0x4000)
            off += 2;
        let path;
        if (version === 4) {
            let strip = 0;
            let b;
            let shift = 0;
            // offset varint as git defines it (7 bits per byte, +1 per continuation)
            do {
                if (off >= buf.length)
                    return out;
                b = buf[off++];
                strip = shift === 0 ? b & 0x7f : ((strip + 1) << 7) | (b & 0x7f);
                shift++;
            } while (b & 0x80);
            const end = buf.indexOf(0, off);
            if (end < 0)
                return out;
            path = prev.slice(0, Math.max(0, prev.length - strip)) + buf.toString('utf8', off, end);
            off = end + 1;
        }
        else {
            const end = buf.indexOf(0, off);
            if (end < 0)
                return out;
            path = buf.toString('utf8', off, end);
            const len = end - start;
            off = start + Math.floor((len + 8) / 8) * 8;
        }
        out.add(path);
        prev = path;
    }
    return out;
}
/** True when the file is in the index of the repository that contains it. */
function isTracked(file) {
    const repo = findRepo((0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)));
    if (!repo)
        return false;
    const paths = readIndexPaths((0,external_node_path_.join)(repo.gitDir, 'index'));
    if (!paths)
        return false;
    return paths.has((0,external_node_path_.relative)(repo.root, (0,external_node_path_.resolve)(file)).split(external_node_path_.sep).join('/'));
}

;// CONCATENATED MODULE: ./src/config/validate/interpolate.ts
// Stage 3: interpolation of one file's values (never keys), then Compose's type casts for known paths.


const CASTS = [
    ['services.*.configs.[].mode', 'int'],
    ['services.*.cpu_count', 'int'],
    ['services.*.cpu_percent', 'float'],
    ['services.*.cpu_period', 'int'],
    ['services.*.cpu_quota', 'int'],
    ['services.*.cpu_rt_period', 'int'],
    ['services.*.cpu_rt_runtime', 'int'],
    ['services.*.cpus', 'float'],
    ['services.*.cpu_shares', 'int'],
    ['services.*.init', 'bool'],
    ['services.*.deploy.replicas', 'int'],
    ['services.*.deploy.update_config.parallelism', 'int'],
    ['services.*.deploy.update_config.max_failure_ratio', 'float'],
    ['services.*.deploy.rollback_config.parallelism', 'int'],
    ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
    ['services.*.deploy.restart_policy.max_attempts', 'int'],
    ['services.*.deploy.placement.max_replicas_per_node', 'int'],
    ['services.*.healthcheck.retries', 'int'],
    ['services.*.healthcheck.disable', 'bool'],
    ['services.*.oom_kill_disable', 'bool'],
    ['services.*.oom_score_adj', 'int'],
    ['services.*.pids_limit', 'int'],
    ['services.*.ports.[].target', 'int'],
    ['services.*.privileged', 'bool'],
    ['services.*.read_only', 'bool'],
    ['services.*.scale', 'int'],
    ['services.*.secrets.[].mode', 'int'],
    ['services.*.stdin_open', 'bool'],
    ['services.*.tty', 'bool'],
    ['services.*.ulimits.*', 'int'],
    ['services.*.ulimits.*.hard', 'int'],
    ['services.*.ulimits.*.soft', 'int'],
    ['services.*.volumes.[].read_only', 'bool'],
    ['services.*.volumes.[].volume.nocopy', 'bool'],
    ['networks.*.external', 'bool'],
    ['networks.*.internal', 'bool'],
    ['networks.*.attachable', 'bool'],
    ['networks.*.enable_ipv6', 'bool'],
    ['volumes.*.external', 'bool'],
    ['secrets.*.external', 'bool'],
    ['configs.*.external', 'bool'],
].map(([p, c]) => [p.split('.'), c]);
/** Matches a compose-go tree path pattern (`*` any key, `[]` any list index). */
function matches(path, pattern) {
    if (path.length !== pattern.length)
        return false;
    for (let i = 0; i < path.length; i++) {
        const p = pattern[i];
        const seg = path[i];
        if (p === '[]') {
            if (typeof seg !== 'number')
                return false;
        }
        else if (p === '*') {
            if (typeof seg === 'number')
                return false;
        }
        else if (p !== seg)
            return false;
    }
    return true;
}
function castFor(path) {
    for (const [pattern, c] of CASTS)
        if (matches(path, pattern))
            return c;
    return undefined;
}
function doCast(c, s) {
    switch (c) {
        case 'int':
            return /^[-+]?[0-9]+$/.test(s) ? parseInt(s, 10) : undefined;
        case 'float': {
            if (/^[-+]?(inf|infinity)$/i.test(s))
                return s.startsWith('-') ? -Infinity : Infinity;
            if (/^nan$/i.test(s))
                return NaN;
            return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined;
        }
        case 'bool': {
            const l = s.toLowerCase();
            if (l === 'true' || l === 'y' || l === 'yes' || l === 'on')
                return true;
            if (l === 'false' || l === 'n' || l === 'no' || l === 'off')
                return false;
            return undefined;
        }
    }
}
const EXPECT = {
    int: 'an integer',
    float: 'a number',
    bool: 'a boolean (true or false)',
};
function locIn(s, offset) {
    if (s.colShift === undefined)
        return s.loc;
    return { file: s.loc.file, line: s.loc.line, col: s.loc.col + s.colShift + offset };
}
/** Returns a new tree with every string value interpolated and cast; never mutates its input. */
function interpolateTree(node, path, o) {
    switch (node.kind) {
        case 'map': {
            const entries = new Map();
            for (const [k, e] of node.entries) {
                entries.set(k, { ...e, value: interpolateTree(e.value, [...path, k], o) });
            }
            return { ...node, entries };
        }
        case 'seq':
            return { ...node, items: node.items.map((it, i) => interpolateTree(it, [...path, i], o)) };
        case 'scalar':
            return interpolateScalar(node, path, o);
    }
}
function interpolateScalar(node, path, o) {
    if (typeof node.value !== 'string')
        return node;
    const where = pathStr(path);
    let value = node.value;
    let out = node;
    if (value.includes('$')) {
        const r = substitute(value, o.lookup);
        for (const name of new Set(r.used))
            o.uses.push({ name, loc: node.loc, path: where });
        for (const issue of r.issues) {
            const loc = locIn(node, issue.offset);
            if (issue.kind === 'invalid') {
                o.sink.add('SD-ENV-002', loc, `${where}: invalid interpolation format in ${JSON.stringify(issue.text)}; escape a literal $ as $$`);
            }
            else if (issue.kind === 'too-deep') {
                o.sink.add('SD-ENV-002', loc, `${where}: \${…} nested more than ${MAX_INTERPOLATION_DEPTH} levels deep; not interpolated`);
            }
            else if (issue.kind === 'required') {
                o.sink.add('SD-ENV-003', loc, `${where}: required variable ${issue.name} is missing a value${issue.reason ? `: ${issue.reason}` : ''}`);
            }
            else {
                o.sink.add('SD-ENV-004', loc, `${where}: variable ${issue.name} is not set and has no default; Compose uses an empty string`, o.unsetSeverity);
            }
        }
        if (r.value !== value) {
            out = { ...node, value: r.value, raw: node.raw ?? value };
            value = r.value;
        }
    }
    const c = castFor(path);
    if (c) {
        const cast = doCast(c, value);
        if (cast === undefined) {
            o.sink.add('SD-SCH-004', node.loc, `${where}: expected ${EXPECT[c]}, got ${JSON.stringify(value)}`);
            return out;
        }
        return { ...out, value: cast, raw: out.raw ?? value };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/validate/merge.ts
// Stage 4: !reset / !override, the override-file merge rules and the uniqueness of list entries (compose-go
// loader/reset.go, override/merge.go, override/uncity.go), on position-carrying trees.



/** Removes `!reset` nodes and records the map paths tagged `!reset` / `!override`. */
function stripResets(node, path, resets, inSeq = false) {
    if (node.tag === '!reset') {
        if (!inSeq)
            resets.push(path);
        return undefined;
    }
    if (node.tag === '!override' && !inSeq)
        resets.push(path);
    if (node.kind === 'map') {
        const entries = new Map();
        for (const [k, e] of node.entries) {
            const v = stripResets(e.value, [...path, k], resets, inSeq);
            if (v)
                entries.set(k, { ...e, value: v });
        }
        return { ...node, entries };
    }
    if (node.kind === 'seq') {
        const items = [];
        node.items.forEach((it, i) => {
            const v = stripResets(it, [...path, i], resets, true);
            if (v)
                items.push(v);
        });
        return { ...node, items };
    }
    return node;
}
/** Deletes the recorded paths from the model merged so far. */
function applyResets(dict, resets) {
    let out = dict;
    for (const p of resets)
        out = deleteAt(out, p);
    return out;
}
function deleteAt(node, path) {
    if (path.length === 0 || node.kind !== 'map')
        return node;
    const [head, ...rest] = path;
    if (typeof head !== 'string')
        return node;
    const e = node.entries.get(head);
    if (!e)
        return node;
    const entries = new Map(node.entries);
    if (rest.length === 0)
        entries.delete(head);
    else
        entries.set(head, { ...e, value: deleteAt(e.value, rest) });
    return { ...node, entries };
}
const SPECIALS = [];
const special = (p, m) => void SPECIALS.push([p.split('.'), m]);
function override(_b, o) {
    return o;
}
function scalarItem(value, loc) {
    return { kind: 'scalar', value, loc };
}
function toSequence(n) {
    if (n.kind === 'seq')
        return n.items;
    if (n.kind === 'map') {
        const items = [...n.entries.values()].flatMap((e) => {
            const v = e.value;
            if (v.kind === 'seq') {
                return v.items.map((x) => scalarItem(`${e.key}=${x.kind === 'scalar' ? String(x.value) : ''}`, x.loc));
            }
            const text = v.kind === 'scalar' ? (v.value === null ? e.key : `${e.key}=${String(v.value)}`) : e.key;
            const s = scalarItem(text, e.keyLoc);
            if (v.kind === 'scalar' && typeof v.raw === 'string')
                s.raw = `${e.key}=${v.raw}`;
            return [s];
        });
        return items.sort((a, b) => String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0);
    }
    if (n.kind === 'scalar' && typeof n.value === 'string')
        return [n];
    return [];
}
function mergeToSequence(b, o) {
    return { kind: 'seq', items: [...toSequence(b), ...toSequence(o)], loc: b.loc };
}
/** extra_hosts: the union, entries of the override already in the base dropped. */
function mergeExtraHosts(b, o) {
    const base = toSequence(b);
    const have = new Set(base.map((x) => (x.kind === 'scalar' ? String(x.value) : '')));
    const add = toSequence(o).filter((x) => !(x.kind === 'scalar' && have.has(String(x.value))));
    return { kind: 'seq', items: [...base, ...add], loc: b.loc };
}
function toMapping(n, dflt) {
    if (n.kind === 'map')
        return n;
    if (n.kind === 'seq') {
        const entries = new Map();
        for (const it of n.items) {
            const key = it.kind === 'scalar' ? String(it.value) : '';
            entries.set(key, { key, keyLoc: it.loc, value: dflt(it.loc) });
        }
        return { kind: 'map', entries, loc: n.loc };
    }
    return undefined;
}
const nullAt = (loc) => ({ kind: 'scalar', value: null, loc });
const startedAt = (loc) => ({
    kind: 'map',
    loc,
    entries: new Map([
        ['condition', { key: 'condition', keyLoc: loc, value: scalarItem('service_started', loc) }],
        ['required', { key: 'required', keyLoc: loc, value: { kind: 'scalar', value: true, loc } }],
    ]),
});
function mappingMerger(dflt) {
    return (b, o, path, sink) => {
        const bm = toMapping(b, dflt);
        const om = toMapping(o, dflt);
        if (!bm)
            return o;
        if (!om)
            return bm;
        return mergeMappings(bm, om, path, sink);
    };
}
function mergeBuild(b, o, path, sink) {
    const asMap = (n) => n.kind === 'map'
        ? n
        : n.kind === 'scalar' && typeof n.value === 'string'
            ? {
                kind: 'map',
                loc: n.loc,
                entries: new Map([['context', { key: 'context', keyLoc: n.loc, value: n }]]),
            }
            : undefined;
    const bm = asMap(b);
    const om = asMap(o);
    if (!bm || !om)
        return o;
    return mergeMappings(bm, om, path, sink);
}
function mergeLogging(b, o, path, sink) {
    if (b.kind !== 'map' || o.kind !== 'map')
        return o;
    const d1 = o.entries.get('driver')?.value;
    const d2 = b.entries.get('driver')?.value;
    const same = d1?.kind === 'scalar' && d2?.kind === 'scalar' && d1.value === d2.value;
    if (same || !d1 || !d2)
        return mergeMappings(b, o, path, sink);
    return o;
}
function mergeIpamConfig(b, o) {
    if (b.kind !== 'seq' || o.kind !== 'seq')
        return o;
    const subnet = (n) => n.kind === 'map' ? n.entries.get('subnet')?.value?.value : undefined;
    const out = [...b.items];
    for (const item of o.items) {
        const i = out.findIndex((x) => subnet(x) === subnet(item));
        if (i >= 0)
            out[i] = item;
        else
            out.push(item);
    }
    return { ...b, items: out };
}
for (const p of [
    'networks.*.labels',
    'volumes.*.labels',
    'services.*.annotations',
    'services.*.build.args',
    'services.*.build.additional_contexts',
    'services.*.build.labels',
    'services.*.deploy.labels',
    'services.*.dns',
    'services.*.dns_opt',
    'services.*.dns_search',
    'services.*.env_file',
    'services.*.environment',
    'services.*.label_file',
    'services.*.labels',
    'services.*.sysctls',
    'services.*.tmpfs',
]) {
    special(p, mergeToSequence);
}
special('services.*.extra_hosts', mergeExtraHosts);
special('services.*.build.extra_hosts', mergeExtraHosts);
special('networks.*.ipam.config', mergeIpamConfig);
special('services.*.build', mergeBuild);
special('services.*.command', override);
special('services.*.entrypoint', override);
special('services.*.healthcheck.test', override);
special('services.*.depends_on', mappingMerger(startedAt));
special('services.*.logging', mergeLogging);
special('services.*.networks', mappingMerger(nullAt));
special('services.*.ulimits.*', override);
function mergeNode(b, o, path, sink) {
    for (const [pattern, m] of SPECIALS)
        if (matches(path, pattern))
            return m(b, o, path, sink);
    if (o.kind === 'scalar' && o.value === null)
        return b;
    if (b.kind === 'map') {
        if (o.kind !== 'map') {
            sink.add('SD-SCH-004', o.loc, `${pathStr(path)}: cannot override a mapping with ${kindName(o)}`);
            return b;
        }
        return mergeMappings(b, o, path, sink);
    }
    if (b.kind === 'seq') {
        if (o.kind !== 'seq') {
            sink.add('SD-SCH-004', o.loc, `${pathStr(path)}: cannot override a list with ${kindName(o)}`);
            return b;
        }
        return { ...b, items: [...b.items, ...o.items] };
    }
    return o;
}
function kindName(n) {
    return n.kind === 'map' ? 'a mapping' : n.kind === 'seq' ? 'a list' : 'a scalar';
}
function mergeMappings(b, o, path, sink) {
    const entries = new Map(b.entries);
    for (const [k, e] of o.entries) {
        const prev = entries.get(k);
        if (!prev || k.startsWith('x-')) {
            entries.set(k, e);
            continue;
        }
        entries.set(k, { ...prev, value: mergeNode(prev.value, e.value, [...path, k], sink) });
    }
    return { ...b, entries };
}
const keyValue = (n) => n.kind === 'scalar' && typeof n.value === 'string' ? n.value.split('=')[0] : undefined;
const volumeIndexer = (n) => {
    if (n.kind === 'map') {
        const t = n.entries.get('target')?.value;
        return t?.kind === 'scalar' && typeof t.value === 'string' ? syntax_cleanPath(t.value) : undefined;
    }
    if (n.kind === 'scalar' && typeof n.value === 'string') {
        const v = syntax_parseVolumeSpec(n.value);
        return typeof v === 'string' ? undefined : syntax_cleanPath(v.target);
    }
    return undefined;
};
const mountIndexer = (prefix) => (n) => {
    if (n.kind === 'scalar' && typeof n.value === 'string')
        return `${prefix}/${n.value}`;
    if (n.kind === 'map') {
        const t = n.entries.get('target')?.value;
        if (t?.kind === 'scalar' && t.value !== null)
            return String(t.value);
        const s = n.entries.get('source')?.value;
        return `${prefix}/${s?.kind === 'scalar' ? String(s.value) : ''}`;
    }
    return undefined;
};
const portIndexer = (n) => {
    if (n.kind === 'scalar')
        return n.value === null ? undefined : `${typeof n.value}:${String(n.value)}`;
    const g = (k) => {
        const v = n.kind === 'map' ? n.entries.get(k)?.value : undefined;
        return v?.kind === 'scalar' ? v.value : undefined;
    };
    if (g('target') === undefined)
        return undefined;
    const pub = g('published');
    return `${g('host_ip') ?? '0.0.0.0'}:${typeof pub}:${String(pub)}:${String(g('target'))}/${g('protocol') ?? 'tcp'}`;
};
const deviceIndexer = (n) => {
    if (n.kind === 'map') {
        const t = n.entries.get('target')?.value;
        return t?.kind === 'scalar' && typeof t.value === 'string' ? t.value : undefined;
    }
    if (n.kind === 'scalar' && typeof n.value === 'string') {
        const parts = n.value.split(':');
        return parts.length === 1 ? parts[0] : parts[1];
    }
    return undefined;
};
const scalarIndexer = (n) => n.kind === 'scalar' && n.value !== null ? String(n.value) : n.kind === 'map' ? pathOf(n) : undefined;
function pathOf(n) {
    const p = n.entries.get('path')?.value;
    return p?.kind === 'scalar' ? String(p.value) : undefined;
}
const UNIQUE = [
    ['networks.*.labels', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.configs', mountIndexer('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', scalarIndexer],
    ['services.*.expose', scalarIndexer],
    ['services.*.devices', deviceIndexer],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', portIndexer],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mountIndexer('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volumeIndexer],
].map(([p, f]) => [p.split('.'), f]);
/** Later entries replace earlier ones with the same identity (same env key, same mount target, same port...). */
function enforceUnicity(node, path = []) {
    if (node.kind === 'map') {
        let changed = false;
        const entries = new Map();
        for (const [k, e] of node.entries) {
            const v = enforceUnicity(e.value, [...path, k]);
            if (v !== e.value)
                changed = true;
            entries.set(k, v === e.value ? e : { ...e, value: v });
        }
        return changed ? { ...node, entries } : node;
    }
    if (node.kind === 'seq') {
        for (const [pattern, indexer] of UNIQUE) {
            if (!matches(path, pattern))
                continue;
            const out = [];
            const seen = new Map();
            for (const it of node.items) {
                const key = indexer(it);
                if (key === undefined) {
                    out.push(it);
                    continue;
                }
                const j = seen.get(key);
                if (j !== undefined)
                    out[j] = it;
                else {
                    seen.set(key, out.length);
                    out.push(it);
                }
            }
            return out.length === node.items.length && out.every((x, i) => x === node.items[i])
                ? node
                : { ...node, items: out };
        }
    }
    return node;
}
/** Merges one file's document into the model so far. */
function mergeInto(dict, doc, sink) {
    const merged = dict ? mergeMappings(dict, doc, [], sink) : doc;
    return enforceUnicity(merged);
}

;// CONCATENATED MODULE: ./src/config/validate/roles.ts
// Service roles: configured under x-stack-deploy, else by service name, else by image.

const ROLES = ['proxy', 'db', 'cache', 'oneshot', 'app'];
const BY_NAME = {
    nginx: 'proxy',
    postgres: 'db',
    redis: 'cache',
    migrations: 'oneshot',
    backend: 'app',
    bot: 'app',
    frontend: 'app',
};
const BY_IMAGE = [
    [/(^|\/)(nginx|traefik|caddy|haproxy|envoy)([:@]|$)/, 'proxy'],
    [/(^|\/)(postgres|postgis|mysql|mariadb|mongo|timescaledb)([:@-]|$)/, 'db'],
    [/(^|\/)(redis|valkey|memcached|keydb)([:@-]|$)/, 'cache'],
];
/**
 * Whether a stack is shaped for stack-deploy's full rule set: it declares roles (x-stack-deploy at the
 * top or on a service), or every service is named like the bundled stack's.
 */
function declaresRoles(model) {
    if (tree_get(model, 'x-stack-deploy'))
        return true;
    const services = mapEntries(tree_get(model, 'services'));
    if (services.some((e) => tree_get(e.value, 'x-stack-deploy')))
        return true;
    return services.length > 0 && services.every((e) => e.key in BY_NAME);
}
function isRole(s) {
    return s !== undefined && ROLES.includes(s);
}
/** Resolves the role of every service; bad role values are reported. */
function resolveRoles(model, sink) {
    const out = new Map();
    const servicesNode = tree_get(model, 'services');
    const names = new Set(mapEntries(servicesNode).map((e) => e.key));
    const configured = tree_get(tree_get(model, 'x-stack-deploy'), 'roles');
    for (const e of mapEntries(configured)) {
        const r = str(e.value);
        if (!isRole(r)) {
            sink?.add('SD-SCH-004', e.value.loc, `x-stack-deploy.roles.${e.key}: expected one of ${ROLES.join(', ')}, got ${JSON.stringify(r ?? null)}`);
            continue;
        }
        if (!names.has(e.key)) {
            sink?.add('SD-SCH-004', e.keyLoc, `x-stack-deploy.roles: service "${e.key}" is not defined`, 'warning');
            continue;
        }
        out.set(e.key, r);
    }
    for (const e of mapEntries(servicesNode)) {
        const x = tree_get(e.value, 'x-stack-deploy');
        if (tree_isMap(x)) {
            const roleNode = tree_get(x, 'role');
            if (roleNode) {
                const r = str(roleNode);
                if (isRole(r))
                    out.set(e.key, r);
                else
                    sink?.add('SD-SCH-004', roleNode.loc, `services.${e.key}.x-stack-deploy.role: expected one of ${ROLES.join(', ')}, got ${JSON.stringify(r ?? null)}`);
            }
            for (const [k, ke] of x.entries) {
                if (k !== 'role')
                    sink?.add('SD-SCH-004', ke.keyLoc, `services.${e.key}.x-stack-deploy: unknown key "${k}" (expected role)`, 'warning');
            }
        }
        if (out.has(e.key))
            continue;
        const byName = BY_NAME[e.key];
        if (byName) {
            out.set(e.key, byName);
            continue;
        }
        const image = str(tree_get(e.value, 'image'));
        if (image) {
            const hit = BY_IMAGE.find(([re]) => re.test(image));
            if (hit)
                out.set(e.key, hit[1]);
        }
    }
    return out;
}
function checkStackExtension(model, sink) {
    const x = tree_get(model, 'x-stack-deploy');
    if (x === undefined)
        return;
    if (!tree_isMap(x)) {
        sink.add('SD-SCH-004', x.loc, 'x-stack-deploy: expected a mapping with roles and env-schema');
        return;
    }
    for (const [k, e] of x.entries) {
        if (k === 'roles') {
            if (!tree_isMap(e.value))
                sink.add('SD-SCH-004', e.value.loc, 'x-stack-deploy.roles: expected a mapping of service name to role');
        }
        else if (k === 'env-schema') {
            if (str(e.value) === undefined)
                sink.add('SD-SCH-004', e.value.loc, 'x-stack-deploy.env-schema: expected a path');
        }
        else {
            sink.add('SD-SCH-004', e.keyLoc, `x-stack-deploy: unknown key "${k}" (expected roles or env-schema)`, 'warning');
        }
    }
}

// EXTERNAL MODULE: ./src/util/sensitive.ts
var sensitive = __webpack_require__(7616);
;// CONCATENATED MODULE: ./src/config/validate/rules.ts
// Stage 7: the stack rules (SD-DEP, SD-NET, SD-VOL, SD-HC, SD-RST, SD-RES, SD-SEC, SD-ENV-005/007) on the
// merged model, scoped by profile and service role.






/** A service's environment (list or mapping syntax) as entries. */
function serviceEnv(svc) {
    const env = tree_get(svc, 'environment');
    if (env?.kind === 'seq') {
        return env.items.flatMap((it) => {
            if (it.kind !== 'scalar' || typeof it.value !== 'string')
                return [];
            const i = it.value.indexOf('=');
            const key = i < 0 ? it.value : it.value.slice(0, i);
            const raw = it.raw !== undefined ? it.raw.slice(it.raw.indexOf('=') + 1) : undefined;
            return [{ key, value: i < 0 ? null : it.value.slice(i + 1), node: it, raw }];
        });
    }
    return mapEntries(env).map((e) => ({
        key: e.key,
        value: e.value.kind === 'scalar' && e.value.value !== null ? String(e.value.value) : null,
        node: e.value,
        raw: e.value.kind === 'scalar' ? e.value.raw : undefined,
    }));
}
const RESTART_RE = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;
function restartOf(svc) {
    const n = tree_get(svc, 'restart');
    return { value: scalarText(n), node: n };
}
function hasHealthcheck(svc) {
    const hc = tree_get(svc, 'healthcheck');
    if (!tree_isMap(hc))
        return false;
    if (bool(tree_get(hc, 'disable')) === true)
        return false;
    const test = tree_get(hc, 'test');
    if (!test)
        return false;
    if (test.kind === 'seq')
        return test.items.length > 0 && scalarText(test.items[0]) !== 'NONE';
    return scalarText(test) !== undefined && scalarText(test) !== '';
}
/** A container that exits: restart "no" (or unset) or a bounded on-failure:N. */
function isOneShotRestart(svc) {
    const r = restartOf(svc).value;
    if (r !== undefined)
        return r === 'no' || /^on-failure:\d+$/.test(r);
    const policy = tree_get(tree_get(svc, 'deploy'), 'restart_policy');
    const cond = str(tree_get(policy, 'condition'));
    if (cond === 'any')
        return false;
    if (cond === 'on-failure')
        return tree_get(policy, 'max_attempts') !== undefined;
    return true;
}
const SENSITIVE = /^(\/|\/etc(\/.*)?|\/proc(\/.*)?|\/sys(\/.*)?|\/dev\/?|\/boot(\/.*)?|\/root(\/.*)?|\/var\/run\/docker\.sock|\/run\/docker\.sock|\/var\/run|\/run|\/var\/lib\/docker(\/.*)?|(~|\/home\/[^/]+)\/\.(ssh|docker|gnupg|aws|kube)(\/.*)?)$/;
const SENSITIVE_RO_OK = /^\/etc\/(localtime|timezone)$/;
const CERT_OR_LOG = /(^|\/)(certs?|ssl|letsencrypt|acme|logs?)(\/|$)|^\/var\/log/;
const DANGEROUS_CAPS = new Set([
    'ALL',
    'SYS_ADMIN',
    'NET_ADMIN',
    'SYS_PTRACE',
    'SYS_MODULE',
    'DAC_READ_SEARCH',
    'SYS_RAWIO',
    'SYS_BOOT',
    'MAC_ADMIN',
]);
const MUTABLE_TAGS = new Set([
    'latest',
    'stable',
    'edge',
    'nightly',
    'main',
    'master',
    'dev',
    'develop',
    'mainline',
    'current',
]);
const URL_WITH_PASSWORD = /\b([a-z][a-z0-9+.-]*):\/\/([^:/@\s]*):([^@\s/]+)@/gi;
const BOT_TOKEN = /(?<![A-Za-z0-9])\d{6,12}:[A-Za-z0-9_-]{30,40}(?![A-Za-z0-9_-])/;
function runRules(c) {
    const { sink, profile, roles } = c;
    const prod = profile === 'prod';
    const active = c.services.filter((s) => s.active);
    const byName = new Map(active.map((s) => [s.name, s]));
    const roleOf = (name) => roles.get(name);
    const completedTargets = new Set();
    for (const s of active) {
        for (const d of dependencies(s.node))
            if (d.condition === 'service_completed_successfully')
                completedTargets.add(d.name);
    }
    const longRunning = (s) => roleOf(s.name) !== 'oneshot' && !completedTargets.has(s.name);
    const dbs = active.filter((s) => roleOf(s.name) === 'db');
    const oneshots = active.filter((s) => roleOf(s.name) === 'oneshot');
    const topNetworks = tree_get(c.model, 'networks');
    for (const s of active) {
        const w = `services.${s.name}`;
        const svc = s.node;
        const role = roleOf(s.name);
        const key = s.entry.keyLoc;
        const deps = dependencies(svc);
        const env = serviceEnv(svc);
        // SD-DEP-003, SD-DEP-006
        for (const d of deps) {
            const t = byName.get(d.name);
            if (!t)
                continue;
            if (d.condition === 'service_healthy' && !hasHealthcheck(t.node)) {
                sink.add('SD-DEP-003', d.loc, `${w}.depends_on.${d.name}: condition service_healthy, but ${d.name} has no healthcheck (Compose fails at runtime unless the image defines one)`);
            }
            if (d.condition === 'service_completed_successfully' && !isOneShotRestart(t.node)) {
                sink.add('SD-DEP-006', d.loc, `${w}.depends_on.${d.name}: condition service_completed_successfully, but ${d.name} restarts (${restartOf(t.node).value ?? 'deploy.restart_policy'}); it must be a one-shot with restart "no"`);
            }
        }
        // SD-DEP-004: app services that use the database wait for migrations
        if (role === 'app' && oneshots.length > 0 && touchesDatabase(env, deps, dbs)) {
            for (const m of oneshots) {
                const d = deps.find((x) => x.name === m.name);
                if (!d) {
                    sink.add('SD-DEP-004', entry(svc, 'depends_on')?.keyLoc ?? key, `${w}: uses the database but does not depend on ${m.name}; add depends_on.${m.name}.condition: service_completed_successfully`);
                }
                else if (d.condition !== 'service_completed_successfully') {
                    sink.add('SD-DEP-004', d.conditionLoc, `${w}.depends_on.${m.name}: expected condition service_completed_successfully, got ${d.condition}`);
                }
            }
        }
        // SD-DEP-005: migrations wait for a healthy database
        if (role === 'oneshot') {
            for (const db of dbs) {
                const d = deps.find((x) => x.name === db.name);
                if (!d) {
                    sink.add('SD-DEP-005', entry(svc, 'depends_on')?.keyLoc ?? key, `${w}: does not depend on ${db.name}; add depends_on.${db.name}.condition: service_healthy`);
                }
                else if (d.condition !== 'service_healthy') {
                    sink.add('SD-DEP-005', d.conditionLoc, `${w}.depends_on.${db.name}: expected condition service_healthy, got ${d.condition}`);
                }
            }
        }
        // SD-NET-001 / 002
        const ports = servicePorts(svc, w);
        if (role === 'db' || role === 'cache') {
            for (const p of ports) {
                if (prod) {
                    sink.add('SD-NET-002', p.loc, `${w}.ports[${p.index}]: the ${role === 'db' ? 'database' : 'cache'} must not publish ports in prod`);
                }
                else if (p.host_ip !== '127.0.0.1' && p.host_ip !== '::1') {
                    sink.add('SD-NET-002', p.loc, `${w}.ports[${p.index}]: in dev publish the ${role === 'db' ? 'database' : 'cache'} only on 127.0.0.1 (e.g. "127.0.0.1:${p.published || p.target}:${p.target}")`);
                }
            }
        }
        else if (prod) {
            for (const p of ports) {
                if (role !== 'proxy') {
                    sink.add('SD-NET-001', p.loc, `${w}.ports[${p.index}]: only the proxy publishes ports in prod${p.published === '' ? ` (container port ${p.target} gets a random host port)` : ''}`);
                }
                else if (p.published !== '80' && p.published !== '443') {
                    sink.add('SD-NET-001', p.loc, `${w}.ports[${p.index}]: the proxy publishes only 80 and 443 in prod, got ${p.published || `a random port for ${p.target}`}`);
                }
            }
        }
        // SD-NET-003
        if (prod && (role === 'db' || role === 'cache') && tree_get(svc, 'network_mode') === undefined) {
            const nets = serviceNetworks(svc);
            const list = nets.length ? nets : [{ name: 'default', loc: key }];
            for (const n of list) {
                const def = tree_get(topNetworks, n.name);
                if (bool(tree_get(def, 'internal')) !== true) {
                    sink.add('SD-NET-003', n.loc, `${w}: network "${n.name}" is not internal; attach the ${role === 'db' ? 'database' : 'cache'} only to networks with internal: true`);
                }
            }
        }
        // SD-NET-004
        if (str(tree_get(svc, 'network_mode')) === 'host') {
            sink.add('SD-NET-004', tree_get(svc, 'network_mode').loc, `${w}.network_mode: host bypasses network isolation and port mapping`, prod ? 'error' : 'warning');
        }
        // SD-VOL-001 / 002 / 003
        const vols = serviceVolumes(svc, w);
        if (prod && (role === 'db' || role === 'cache')) {
            const dataDir = role === 'db' ? dbDataDir(svc, env) : '/data';
            const covering = vols.filter((v) => v.target === dataDir || dataDir.startsWith(v.target.replace(/\/?$/, '/')));
            const cacheOff = role === 'cache' && cacheWithoutPersistence(svc, c.lookup);
            if (covering.length === 0 && !cacheOff) {
                sink.add('SD-VOL-001', key, `${w}: no named volume at ${dataDir}; the ${role === 'db' ? 'database' : 'cache'} data would live in the container and be lost on recreate`);
            }
            for (const v of covering) {
                if (v.type !== 'volume' || v.source === '') {
                    sink.add('SD-VOL-001', v.loc, `${w}.volumes[${v.index}]: ${dataDir} is on ${v.type === 'bind' ? `a bind mount (${v.source})` : 'an anonymous volume'}; use a named volume in prod`);
                }
            }
        }
        for (const v of vols) {
            if (v.type !== 'bind')
                continue;
            const src = v.source.replace(/\/+$/, '') || '/';
            if (SENSITIVE.test(src) && !(v.read_only && SENSITIVE_RO_OK.test(src))) {
                sink.add('SD-VOL-003', v.loc, `${w}.volumes[${v.index}]: mounts the host's ${src}${src.endsWith('docker.sock') ? ' (control of the Docker daemon is root on the host)' : ''}`);
            }
            else if (prod && !v.read_only && CERT_OR_LOG.test(v.target)) {
                sink.add('SD-VOL-002', v.loc, `${w}.volumes[${v.index}]: writable ${v.target} on a host path; keep certificates and logs on a named volume`);
            }
        }
        const hc = tree_get(svc, 'healthcheck');
        if (longRunning(s)) {
            // SD-HC-001
            if (!hasHealthcheck(svc)) {
                sink.add('SD-HC-001', key, `${w}: long-running service without a healthcheck`, prod ? 'error' : 'warning');
            }
            // SD-RST-002
            const r = restartOf(svc);
            if (prod && r.value !== 'always' && r.value !== 'unless-stopped') {
                sink.add('SD-RST-002', r.node?.loc ?? key, `${w}.restart: expected always or unless-stopped in prod, got ${r.value === undefined ? 'nothing (defaults to "no")' : JSON.stringify(r.value)}`);
            }
            else if (!prod && r.value !== undefined && !/^on-failure/.test(r.value) && RESTART_RE.test(r.value)) {
                sink.add('SD-RST-002', r.node?.loc ?? key, `${w}.restart: on-failure is recommended in dev, got ${JSON.stringify(r.value)}`, 'note');
            }
            // SD-RES-001 / 002 / 004
            if (prod) {
                const limits = tree_get(tree_get(tree_get(svc, 'deploy'), 'resources'), 'limits');
                if (!tree_get(limits, 'memory') && !tree_get(svc, 'mem_limit')) {
                    sink.add('SD-RES-001', key, `${w}: no memory limit (deploy.resources.limits.memory) in prod`);
                }
                if (!tree_get(limits, 'cpus') && !tree_get(svc, 'cpus')) {
                    sink.add('SD-RES-002', key, `${w}: no CPU limit (deploy.resources.limits.cpus) in prod`);
                }
                const logging = tree_get(svc, 'logging');
                const driver = str(tree_get(logging, 'driver')) ?? 'json-file';
                if ((driver === 'json-file' || driver === 'local') && !tree_get(tree_get(logging, 'options'), 'max-size')) {
                    sink.add('SD-RES-004', logging?.loc ?? key, `${w}.logging: ${driver} without options.max-size; logs grow until the disk is full`);
                }
            }
            // SD-HC-002: start_period on slow starters
            if (tree_isMap(hc) && hasHealthcheck(svc) && (role === 'db' || role === 'app') && !tree_get(hc, 'start_period')) {
                sink.add('SD-HC-002', hc.loc, `${w}.healthcheck: no start_period; a slow start counts as failed checks`, 'warning');
            }
        }
        else if (role === 'oneshot') {
            const r = restartOf(svc);
            if (r.value !== undefined && r.value !== 'no') {
                sink.add('SD-RST-002', r.node.loc, `${w}.restart: a one-shot (migrations) must use restart "no", got ${JSON.stringify(r.value)}`);
            }
        }
        // SD-HC-002: timeout < interval
        if (tree_isMap(hc)) {
            const interval = scalarText(tree_get(hc, 'interval'));
            const timeout = scalarText(tree_get(hc, 'timeout'));
            const i = interval !== undefined ? syntax_parseDuration(interval) : undefined;
            const t = timeout !== undefined ? syntax_parseDuration(timeout) : undefined;
            if (i !== undefined && t !== undefined && t >= i) {
                sink.add('SD-HC-002', tree_get(hc, 'timeout').loc, `${w}.healthcheck.timeout: expected less than interval (${interval}), got ${timeout}`, 'warning');
            }
        }
        // SD-RST-001
        const r = restartOf(svc);
        if (r.value !== undefined && !RESTART_RE.test(r.value)) {
            sink.add('SD-RST-001', r.node.loc, `${w}.restart: expected "no", always, on-failure[:N] or unless-stopped, got ${JSON.stringify(r.value)}`);
        }
        // SD-RES-003: reservations ≤ limits
        const resources = tree_get(tree_get(svc, 'deploy'), 'resources');
        for (const [k, parse, unit] of [
            ['memory', parseBytes, 'memory'],
            ['cpus', parseCpus, 'CPUs'],
        ]) {
            const lim = tree_get(tree_get(resources, 'limits'), k);
            const res = tree_get(tree_get(resources, 'reservations'), k);
            const l = lim?.kind === 'scalar' ? parse(lim.value) : undefined;
            const rv = res?.kind === 'scalar' ? parse(res.value) : undefined;
            if (l !== undefined && rv !== undefined && rv > l) {
                sink.add('SD-RES-003', res.loc, `${w}.deploy.resources.reservations.${k}: reserves more ${unit} (${scalarText(res)}) than the limit (${scalarText(lim)})`);
            }
        }
        // SD-SEC-005
        const image = str(tree_get(svc, 'image'));
        if (prod && image !== undefined && !tree_get(svc, 'build')) {
            const tag = imageTag(image);
            if (tag === undefined) {
                sink.add('SD-SEC-005', tree_get(svc, 'image').loc, `${w}.image: ${JSON.stringify(image)} has no tag; pin a version (or a digest) in prod`);
            }
            else if (tag !== '@digest' && MUTABLE_TAGS.has(tag.toLowerCase())) {
                sink.add('SD-SEC-005', tree_get(svc, 'image').loc, `${w}.image: tag "${tag}" moves; pin a version (or a digest) in prod`);
            }
        }
        // SD-SEC-006
        if (bool(tree_get(svc, 'privileged')) === true)
            sink.add('SD-SEC-006', tree_get(svc, 'privileged').loc, `${w}.privileged: true gives the container the host`);
        for (const k of ['pid', 'ipc', 'userns_mode', 'uts', 'cgroup']) {
            if (str(tree_get(svc, k)) === 'host')
                sink.add('SD-SEC-006', tree_get(svc, k).loc, `${w}.${k}: host shares the host's namespace`);
        }
        for (const cap of seqItems(tree_get(svc, 'cap_add'))) {
            const name = (scalarText(cap) ?? '').toUpperCase().replace(/^CAP_/, '');
            if (DANGEROUS_CAPS.has(name))
                sink.add('SD-SEC-006', cap.loc, `${w}.cap_add: ${name} is close to privileged`);
        }
        for (const opt of seqItems(tree_get(svc, 'security_opt'))) {
            const t = scalarText(opt) ?? '';
            if (/^(seccomp|apparmor)[:=]unconfined$|^label[:=]disable$|^systempaths[:=]unconfined$/.test(t)) {
                sink.add('SD-SEC-006', opt.loc, `${w}.security_opt: ${t} removes a kernel protection`);
            }
        }
        // SD-ENV-005: $VAR in healthcheck/command naming a container env key
        const envKeys = new Set(env.map((e) => e.key));
        const checkHostSide = (n, path) => {
            const scalars = n?.kind === 'scalar' ? [n] : seqItems(n).filter((x) => x.kind === 'scalar');
            for (const sc of scalars) {
                const raw = sc.raw ?? (typeof sc.value === 'string' ? sc.value : undefined);
                if (!raw || !raw.includes('$'))
                    continue;
                const names = new Set(referencedNames(raw).filter((x) => envKeys.has(x)));
                for (const name of names) {
                    const offset = raw.search(new RegExp(`\\$\\{?${name}(?![A-Za-z0-9_])`));
                    sink.add('SD-ENV-005', locIn(sc, Math.max(0, offset)), `${path}: $${name} is replaced on the host from .env, not in the container; write $$${name} to use the container's ${name}`);
                }
            }
        };
        checkHostSide(tree_get(hc, 'test'), `${w}.healthcheck.test`);
        checkHostSide(tree_get(svc, 'command'), `${w}.command`);
        checkHostSide(tree_get(svc, 'entrypoint'), `${w}.entrypoint`);
        // SD-ENV-007 on the service environment
        for (const e of env) {
            if (e.value === null)
                continue;
            const fromEnvFile = c.lookup(e.key) === e.value;
            if (fromEnvFile)
                continue;
            consistency(c, e.key, e.value, e.node.loc, `${w}.environment.${e.key}`, dbs);
        }
    }
    // SD-ENV-007 on .env
    for (const e of c.env)
        consistency(c, e.key, e.value, e.loc, e.key, dbs);
    // SD-SEC-001 / 002 / 003 on every file as written
    const seen = new Set();
    for (const doc of c.fileDocs)
        literalRules(doc, sink, seen);
}
function touchesDatabase(env, deps, dbs) {
    if (env.some((e) => /^(DATABASE_URL|DB_URL|POSTGRES_|PG|DB_HOST|SQLALCHEMY_DATABASE_URI)/.test(e.key)))
        return true;
    return deps.some((d) => dbs.some((db) => db.name === d.name));
}
function dbDataDir(svc, env) {
    const pgdata = env.find((e) => e.key === 'PGDATA')?.value;
    if (pgdata)
        return pgdata;
    const image = str(tree_get(svc, 'image')) ?? '';
    if (/(mysql|mariadb)/.test(image))
        return '/var/lib/mysql';
    if (/mongo/.test(image))
        return '/data/db';
    const major = /postgres[^:]*:(\d+)/.exec(image)?.[1];
    if (major && Number(major) >= 18)
        return '/var/lib/postgresql';
    return '/var/lib/postgresql/data';
}
function cacheWithoutPersistence(svc, lookup) {
    if (lookup('REDIS_PERSISTENCE') === 'none')
        return true;
    const cmd = tree_get(svc, 'command');
    const text = cmd?.kind === 'seq' ? cmd.items.map((i) => scalarText(i) ?? '').join(' ') : (scalarText(cmd) ?? '');
    return /--save\s+(""|''|\s*$)/.test(text) && !/--appendonly\s+yes/.test(text);
}
/** The tag of an image reference; '@digest' when pinned by digest; undefined when there is none. */
function imageTag(image) {
    if (image.includes('@'))
        return '@digest';
    const slash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    if (colon > slash)
        return image.slice(colon + 1);
    return undefined;
}
function consistency(c, key, value, loc, where, dbs) {
    const { sink, profile, roles } = c;
    if (key === 'DATABASE_URL') {
        const u = parseUrl(value);
        if (!u || !u.hostname) {
            sink.add('SD-ENV-007', loc, `${where}: DATABASE_URL is not a URL like postgresql://user:password@postgres:5432/db`);
            return;
        }
        const user = c.lookup('POSTGRES_USER');
        const db = c.lookup('POSTGRES_DB');
        const urlUser = decodeURIComponent(u.username);
        const urlDb = decodeURIComponent(u.pathname.replace(/^\//, ''));
        if (user !== undefined && user !== '' && urlUser !== user) {
            sink.add('SD-ENV-007', loc, `${where}: DATABASE_URL user "${urlUser}" differs from POSTGRES_USER "${user}"`);
        }
        if (db !== undefined && db !== '' && urlDb !== db) {
            sink.add('SD-ENV-007', loc, `${where}: DATABASE_URL database "${urlDb}" differs from POSTGRES_DB "${db}"`);
        }
        const hosts = dbs.flatMap((s) => hostNames(s));
        if (hosts.length > 0 && !hosts.includes(u.hostname)) {
            sink.add('SD-ENV-007', loc, `${where}: DATABASE_URL host "${u.hostname}" is not the database service (${hosts.join(', ')})`);
        }
    }
    else if (key === 'REDIS_URL') {
        const u = parseUrl(value);
        if (!u || !u.hostname) {
            sink.add('SD-ENV-007', loc, `${where}: REDIS_URL is not a URL like redis://redis:6379/0`);
            return;
        }
        const caches = c.services
            .filter((s) => s.active && roles.get(s.name) === 'cache')
            .flatMap((s) => hostNames(s));
        if (caches.length > 0 && !caches.includes(u.hostname)) {
            sink.add('SD-ENV-007', loc, `${where}: REDIS_URL host "${u.hostname}" is not the cache service (${caches.join(', ')})`);
        }
    }
    else if (/WEBHOOK.*URL|WEBHOOK_HOST/.test(key) && profile === 'prod' && value !== '') {
        const u = parseUrl(value);
        if (!u || u.protocol !== 'https:') {
            sink.add('SD-ENV-007', loc, `${where}: expected an https:// URL in prod, got ${u ? u.protocol.replace(/:$/, '') + '://' : 'no URL'}`);
        }
    }
}
function hostNames(s) {
    const out = [s.name];
    const cn = str(tree_get(s.node, 'container_name'));
    if (cn)
        out.push(cn);
    for (const n of mapEntries(tree_get(s.node, 'networks'))) {
        for (const a of seqItems(tree_get(n.value, 'aliases'))) {
            const t = scalarText(a);
            if (t)
                out.push(t);
        }
    }
    const hn = str(tree_get(s.node, 'hostname'));
    if (hn)
        out.push(hn);
    return out;
}
/** SD-SEC-001/002/003 on one file's services as written (values keep their raw text). */
function literalRules(doc, sink, seen) {
    const once = (rule, loc, msg) => {
        const k = `${rule}|${loc.file}|${loc.line}|${loc.col}`;
        if (seen.has(k))
            return;
        seen.add(k);
        sink.add(rule, loc, msg);
    };
    for (const s of mapEntries(tree_get(doc, 'services'))) {
        if (!tree_isMap(s.value))
            continue;
        const w = `services.${s.key}`;
        const envLike = [
            [`${w}.environment`, tree_get(s.value, 'environment')],
            [`${w}.build.args`, tree_get(tree_get(s.value, 'build'), 'args')],
        ];
        for (const [where, node] of envLike) {
            const vars = node
                ? serviceEnv({
                    kind: 'map',
                    loc: node.loc,
                    entries: new Map([['environment', { key: 'environment', keyLoc: node.loc, value: node }]]),
                })
                : [];
            for (const e of vars) {
                if (e.value === null || e.value === '' || !isCredentialName(e.key))
                    continue;
                const raw = e.raw ?? e.value;
                if (raw.includes('$') || notACredential(e.node, raw))
                    continue;
                once('SD-SEC-001', e.node.loc, `${where}.${e.key}: credential has a literal value in the compose file; set it in .env and write \${${e.key}}`);
            }
        }
        walkStrings(s.value, [`services`, s.key], (sc, path) => {
            const raw = sc.raw ?? sc.value;
            for (const m of raw.matchAll(URL_WITH_PASSWORD)) {
                if (!m[3].includes('$')) {
                    once('SD-SEC-002', locIn(sc, m.index ?? 0), `${pathStr(path)}: URL ${m[1]}://${m[2]}:…@ embeds a literal password; interpolate it from .env`);
                }
            }
            if (BOT_TOKEN.test(raw)) {
                once('SD-SEC-003', sc.loc, `${pathStr(path)}: value has the shape of a Telegram bot token; keep it in .env`);
            }
        });
    }
}
/** Numbers, booleans, durations and file paths under credential-shaped names (TOKEN_TTL: 3600, …_FILE: /run/secrets/x). */
function notACredential(node, raw) {
    if (node.kind === 'scalar' && typeof node.value !== 'string')
        return true;
    return (/^(\d+(\.\d+)?|true|false|yes|no|on|off)$/i.test(raw) ||
        syntax_parseDuration(raw) !== undefined ||
        raw.startsWith('/'));
}
function walkStrings(n, path, fn) {
    if (n.kind === 'scalar') {
        if (typeof n.value === 'string')
            fn(n, path);
    }
    else if (n.kind === 'seq')
        n.items.forEach((it, i) => walkStrings(it, [...path, i], fn));
    else
        for (const [k, e] of n.entries)
            walkStrings(e.value, [...path, k], fn);
}

;// CONCATENATED MODULE: ./src/config/validate/validate.ts
// The validation pipeline: load → dotenv → interpolate → merge → schema → consistency → rules.

















const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
const INJECTED = ['IMAGE_TAG', 'REGISTRY'];
// Built at run time: a literal file name inside resolve() makes the bundler copy every match in the repo.
const DEFAULT_SCHEMA_FILE = ['env', 'schema', 'json'].join(String.fromCharCode(46));
const EXAMPLE_FILE = String.fromCharCode(46) + ['env', 'example'].join(String.fromCharCode(46));
const REMOTE_CONTEXT = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;
/**
 * Paths in an extended or included file are relative to that file; rewrite them relative to the project
 * directory (once: rewritten scalars are marked) so that the merged model reads like one file.
 */
function rebase(node, fromDir, c, kind) {
    if (!node || node.kind !== 'scalar' || typeof node.value !== 'string' || node.rebased)
        return node;
    const move = (p) => {
        if (p === '' || (0,external_node_path_.isAbsolute)(p) || p.startsWith('~') || REMOTE_CONTEXT.test(p))
            return p;
        const rel = (0,external_node_path_.relative)(c.projectDir, (0,external_node_path_.resolve)(fromDir, p)) || '.';
        return rel.startsWith('..') ? rel : `./${rel}`;
    };
    let value = node.value;
    if (kind === 'bind-short') {
        const v = syntax_parseVolumeSpec(value);
        if (typeof v === 'string' || v.type !== 'bind' || !value.startsWith(v.source))
            return node;
        value = move(v.source) + value.slice(v.source.length);
    }
    else
        value = move(value);
    return value === node.value ? node : { ...node, value, rebased: true };
}
function setEntry(m, key, value) {
    const e = m.entries.get(key);
    if (!e || !value || value === e.value)
        return m;
    const entries = new Map(m.entries);
    entries.set(key, { ...e, value });
    return { ...m, entries };
}
function mapItems(n, f) {
    if (n?.kind !== 'seq')
        return n;
    const items = n.items.map(f);
    return items.every((x, i) => x === n.items[i]) ? n : { ...n, items };
}
function rebaseService(svc, fromDir, c) {
    if (!tree_isMap(svc) || (0,external_node_path_.resolve)(fromDir) === (0,external_node_path_.resolve)(c.projectDir))
        return svc;
    let out = svc;
    out = setEntry(out, 'volumes', mapItems(tree_get(out, 'volumes'), (v) => v.kind === 'scalar'
        ? rebase(v, fromDir, c, 'bind-short')
        : tree_isMap(v) && str(tree_get(v, 'type')) === 'bind'
            ? setEntry(v, 'source', rebase(tree_get(v, 'source'), fromDir, c, 'path'))
            : v));
    for (const k of ['env_file', 'label_file']) {
        const n = tree_get(out, k);
        const one = (x) => tree_isMap(x)
            ? setEntry(x, 'path', rebase(tree_get(x, 'path'), fromDir, c, 'path'))
            : rebase(x, fromDir, c, 'path');
        out = setEntry(out, k, n?.kind === 'seq' ? mapItems(n, one) : n ? one(n) : n);
    }
    const build = tree_get(out, 'build');
    out = setEntry(out, 'build', tree_isMap(build)
        ? setEntry(build, 'context', rebase(tree_get(build, 'context'), fromDir, c, 'path'))
        : rebase(build, fromDir, c, 'path'));
    return out;
}
function rebaseDoc(doc, fromDir, c) {
    if ((0,external_node_path_.resolve)(fromDir) === (0,external_node_path_.resolve)(c.projectDir))
        return doc;
    let out = doc;
    const svcs = tree_get(out, 'services');
    if (tree_isMap(svcs)) {
        const entries = new Map([...svcs.entries].map(([k, e]) => [k, { ...e, value: rebaseService(e.value, fromDir, c) }]));
        out = setEntry(out, 'services', { ...svcs, entries });
    }
    for (const kind of ['secrets', 'configs']) {
        const m = tree_get(out, kind);
        if (!tree_isMap(m))
            continue;
        const entries = new Map([...m.entries].map(([k, e]) => [
            k,
            tree_isMap(e.value)
                ? { ...e, value: setEntry(e.value, 'file', rebase(tree_get(e.value, 'file'), fromDir, c, 'path')) }
                : e,
        ]));
        out = setEntry(out, kind, { ...m, entries });
    }
    return out;
}
/** Compose files, .env and the variables schema larger than this are not read (a stack's are kilobytes). */
const MAX_FILE_BYTES = 1024 * 1024;
function tooBig(size) {
    return `${(size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`;
}
/** A file's text; undefined when missing, unreadable or over MAX_FILE_BYTES (then `onTooBig` is told why). */
function readText(abs, onTooBig) {
    try {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_FILE_BYTES) {
            onTooBig?.(tooBig(size));
            return undefined;
        }
        return (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Loads, interpolates and resolves extends/include for one compose file; its documents in order. */
function loadComposeFile(abs, c, stack = []) {
    const display = c.display(abs);
    c.loaded.add(abs);
    let big = '';
    const text = readText(abs, (why) => (big = why));
    if (text === undefined) {
        c.sink.add('SD-SCH-001', { file: display, line: 0, col: 0 }, `${display}: ${big || 'cannot read the compose file'}`);
        return undefined;
    }
    const docs = loadYaml(text, display, c.sink, c.compose ? 'warning' : 'error');
    if (!docs)
        return undefined;
    const out = [];
    for (const root of docs) {
        if (root.kind !== 'map') {
            if (root.kind === 'scalar' && root.value === null)
                continue;
            c.sink.add('SD-SCH-004', root.loc, `${display}: the top level must be a mapping`);
            return undefined;
        }
        const doc = interpolateTree(root, [], {
            lookup: c.lookup,
            sink: c.sink,
            unsetSeverity: c.unsetSeverity,
            uses: c.uses,
        });
        out.push(applyExtends(doc, abs, c, stack));
    }
    return out;
}
/** Service `extends` within the file or from another file (paths relative to this file). */
function applyExtends(doc, abs, c, stack) {
    const svcs = tree_get(doc, 'services');
    if (!tree_isMap(svcs))
        return doc;
    let changed = false;
    const entries = new Map();
    const resolveOne = (name, node, seen) => {
        if (!tree_isMap(node))
            return node;
        const ext = tree_get(node, 'extends');
        if (!ext)
            return node;
        const base = str(ext) ?? str(tree_get(ext, 'service'));
        const file = str(tree_get(ext, 'file'));
        const w = `services.${name}.extends`;
        const withoutExtends = {
            ...node,
            entries: new Map([...node.entries].filter(([k]) => k !== 'extends')),
        };
        if (!base)
            return withoutExtends;
        let baseNode;
        if (file) {
            const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), file);
            if (stack.includes(target) || stack.length > 16) {
                c.sink.add('SD-SCH-004', ext.loc, `${w}: extends cycle through ${file}`);
                return withoutExtends;
            }
            const docs = loadComposeFile(target, c, [...stack, abs]);
            if (!docs) {
                c.sink.add('SD-SCH-006', ext.loc, `${w}: cannot load ${file}`);
                return withoutExtends;
            }
            for (const d of docs)
                baseNode = tree_get(tree_get(d, 'services'), base) ?? baseNode;
            if (baseNode)
                baseNode = rebaseService(baseNode, (0,external_node_path_.dirname)(target), c);
        }
        else {
            const key = `${abs}#${base}`;
            if (seen.includes(key)) {
                c.sink.add('SD-SCH-004', ext.loc, `${w}: extends cycle: ${[...seen.map((s) => s.split('#')[1]), base].join(' -> ')}`);
                return withoutExtends;
            }
            const raw = tree_get(svcs, base);
            baseNode = raw ? resolveOne(base, raw, [...seen, key]) : undefined;
        }
        if (!tree_isMap(baseNode)) {
            c.sink.add('SD-SCH-006', ext.loc, `${w}: service "${base}" not found${file ? ` in ${file}` : ''}`);
            return withoutExtends;
        }
        const baseClean = {
            ...baseNode,
            entries: new Map([...baseNode.entries].filter(([k]) => k !== 'depends_on')),
        };
        return mergeMappings(baseClean, withoutExtends, ['services', name], c.sink);
    };
    for (const [k, e] of svcs.entries) {
        const v = resolveOne(k, e.value, [`${abs}#${k}`]);
        if (v !== e.value)
            changed = true;
        entries.set(k, { ...e, value: v });
    }
    if (!changed)
        return doc;
    const top = new Map(doc.entries);
    top.set('services', { ...top.get('services'), value: { ...svcs, entries } });
    return { ...doc, entries: top };
}
/** `include`: resources of included files are added; a conflict is an error. */
function applyInclude(doc, abs, c, stack) {
    const inc = tree_get(doc, 'include');
    if (!inc)
        return doc;
    let out = { ...doc, entries: new Map([...doc.entries].filter(([k]) => k !== 'include')) };
    for (const item of seqItems(inc)) {
        const paths = item.kind === 'scalar'
            ? [scalarText(item)]
            : seqItems(tree_get(item, 'path'))
                .map(scalarText)
                .concat(str(tree_get(item, 'path')));
        for (const p of paths) {
            if (!p)
                continue;
            const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), p);
            if (stack.includes(target) || stack.length > 16) {
                c.sink.add('SD-SCH-004', item.loc, `include: cycle through ${p}`);
                continue;
            }
            const docs = loadComposeFile(target, c, [...stack, abs]);
            if (!docs) {
                c.sink.add('SD-SCH-006', item.loc, `include: cannot load ${p}`);
                continue;
            }
            let sub;
            for (const d of docs) {
                const resets = [];
                const included = rebaseDoc(applyInclude(d, target, c, [...stack, abs]), (0,external_node_path_.dirname)(target), c);
                const stripped = stripResets(included, [], resets);
                sub = mergeInto(sub ? applyResets(sub, resets) : undefined, stripped, c.sink);
            }
            if (!sub)
                continue;
            for (const kind of ['services', 'networks', 'volumes', 'secrets', 'configs']) {
                const incoming = tree_get(sub, kind);
                if (!tree_isMap(incoming))
                    continue;
                const existing = tree_get(out, kind);
                const merged = new Map(tree_isMap(existing) ? existing.entries : []);
                for (const [name, e] of incoming.entries) {
                    if (merged.has(name) && kind === 'services') {
                        c.sink.add('SD-SCH-004', item.loc, `include: ${p} defines service "${name}" that conflicts with services.${name}`);
                        continue;
                    }
                    if (!merged.has(name))
                        merged.set(name, e);
                }
                const top = new Map(out.entries);
                const prev = top.get(kind);
                top.set(kind, {
                    key: kind,
                    keyLoc: prev?.keyLoc ?? item.loc,
                    value: { kind: 'map', loc: prev?.value.loc ?? item.loc, entries: merged },
                });
                out = { ...out, entries: top };
            }
        }
    }
    return out;
}
/** The merged, interpolated model and everything the checks need. */
async function validate(input) {
    const cwd = (0,external_node_path_.resolve)(input.cwd);
    const sink = new tree_Sink();
    const processEnv = input.processEnv ?? {};
    const extra = input.extraVars ?? {};
    const compose = input.policy === 'compose';
    const prod = input.profile === 'prod';
    const unsetSeverity = compose || !prod ? 'warning' : 'error';
    const display = (abs) => (0,external_node_path_.relative)(cwd, abs) || abs;
    const projectDir = input.composeFiles.length ? (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, input.composeFiles[0])) : cwd;
    // .env
    const envAbs = input.envFile !== undefined ? (0,external_node_path_.resolve)(cwd, input.envFile) : (0,external_node_path_.resolve)(projectDir, '.env');
    const envDisplay = display(envAbs);
    let envText = input.envContent;
    if (envText !== undefined && envText.length > MAX_FILE_BYTES) {
        sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `env input: ${tooBig(envText.length)}`);
        envText = '';
    }
    if (envText === undefined) {
        let big = '';
        envText = readText(envAbs, (why) => (big = why));
        if (big)
            sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `${envDisplay}: ${big}`);
        else if (envText === undefined && input.envFile !== undefined && !input.envFileOptional) {
            sink.add('SD-ENV-001', { file: envDisplay, line: 0, col: 0 }, `${envDisplay}: env file not found`);
        }
    }
    // the runner's own variables (tokens, INPUT_*) never reach a stack; a bare KEY line of .env is the way
    // to take another one from the environment
    const penv = (k) => !validate_RUNNER_INTERNAL.test(k) && Object.prototype.hasOwnProperty.call(processEnv, k)
        ? processEnv[k]
        : undefined;
    const dotenv = envText !== undefined
        ? dotenv_parseDotenv(envText, envDisplay, penv, sink, unsetSeverity)
        : { vars: new Map(), entries: [], ok: true };
    const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    const lookup = (k) => has(extra, k) ? extra[k] : (dotenv.vars.get(k) ?? (validate_FROM_PROCESS.has(k) ? penv(k) : undefined));
    // compose files
    const uses = [];
    const ctx = {
        cwd,
        compose,
        sink,
        lookup,
        unsetSeverity,
        uses,
        display,
        projectDir,
        loaded: new Set(),
    };
    let dict;
    let failed = false;
    const fileDocs = [];
    if (input.composeFiles.length === 0) {
        sink.add('SD-SCH-004', undefined, 'no compose files given');
        failed = true;
    }
    for (const f of input.composeFiles) {
        const abs = (0,external_node_path_.resolve)(cwd, f);
        const docs = loadComposeFile(abs, ctx);
        if (!docs) {
            failed = true;
            continue;
        }
        for (const d of docs) {
            const withIncludes = applyInclude(d, abs, ctx, []);
            const resets = [];
            const stripped = stripResets(withIncludes, [], resets);
            fileDocs.push(stripped);
            perFileChecks(stripped, sink, compose);
            dict = mergeInto(dict ? applyResets(dict, resets) : undefined, stripped, sink);
            validateSchema(dict, sink);
        }
    }
    if (!failed && (!dict || dict.entries.size === 0)) {
        const first = input.composeFiles[0];
        sink.add('SD-SCH-004', { file: first ? display((0,external_node_path_.resolve)(cwd, first)) : '', line: 0, col: 0 }, 'empty compose file: nothing to deploy');
        failed = true;
    }
    const activeProfiles = new Set((lookup('COMPOSE_PROFILES') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean));
    const model = failed ? undefined : dict;
    let secretKeys = [...dotenv.vars.keys()].filter(isCredentialName);
    if (model) {
        checkConsistency({
            model,
            sink,
            projectDir,
            activeProfiles,
            duplicateSeverity: compose ? 'warning' : 'error',
        });
        const shippedFiles = input.composeFiles.map((f) => (0,external_node_path_.resolve)(cwd, f));
        if (input.envContent === undefined && envText !== undefined)
            shippedFiles.push(envAbs);
        checkShipped(model, sink, {
            cwd,
            projectDir,
            files: shippedFiles.map((abs) => ({ abs, display: display(abs) })),
        });
    }
    if (!compose && model) {
        const roles = resolveRoles(model, sink);
        checkStackExtension(model, sink);
        const envList = dotenv.entries.map((e) => ({
            key: e.key,
            value: e.value,
            loc: { file: envDisplay, line: e.line, col: e.col },
        }));
        const lastEnv = new Map(envList.map((e) => [e.key, e]));
        runRules({
            model,
            services: services(model, activeProfiles),
            roles,
            profile: input.profile,
            sink,
            fileDocs,
            lookup,
            env: [...lastEnv.values()],
        });
        // variables schema
        const ext = tree_get(model, 'x-stack-deploy');
        const configured = str(tree_get(ext, 'env-schema'));
        const schemaAbs = configured ? (0,external_node_path_.resolve)(projectDir, configured) : (0,external_node_path_.resolve)(projectDir, DEFAULT_SCHEMA_FILE);
        const example = findExample(envAbs, projectDir);
        const exampleKeys = example ? exampleKeySet(example.text) : undefined;
        let schema;
        const schemaText = readText(schemaAbs, (why) => sink.add('SD-ENV-006', { file: display(schemaAbs), line: 0, col: 0 }, `${display(schemaAbs)}: ${why}`));
        if (schemaText !== undefined) {
            schema = loadVariablesSchema(schemaText, display(schemaAbs), sink);
        }
        else if (configured) {
            sink.add('SD-ENV-006', tree_get(ext, 'env-schema').loc, `x-stack-deploy.env-schema: ${configured} not found`);
        }
        else {
            sink.add('SD-ENV-006', undefined, `no variables schema (env.schema.json next to ${input.composeFiles[0] ?? 'the compose file'}); variable types are not checked`, 'note');
        }
        if (schema) {
            checkVariables({
                schema,
                profile: input.profile,
                lookup,
                envEntries: dotenv.entries,
                envFile: envDisplay,
                exampleKeys: exampleKeys ? new Set(exampleKeys.keys()) : undefined,
                exampleFile: example ? display(example.abs) : undefined,
                uses,
                injected: new Set([...INJECTED, ...Object.keys(extra)]),
                sink,
            });
            for (const [k, v] of schema.variables)
                if (v.spec.secret)
                    secretKeys.push(k);
        }
        // SD-ENV-008 drift
        if (exampleKeys && envText !== undefined) {
            const exampleDisplay = display(example.abs);
            for (const e of dotenv.entries) {
                if (!exampleKeys.has(e.key)) {
                    sink.add('SD-ENV-008', { file: envDisplay, line: e.line, col: e.col }, `${e.key} is set in ${envDisplay} but not documented in ${exampleDisplay}`);
                }
            }
            for (const [k, { line, optional }] of exampleKeys) {
                if (!optional && !dotenv.vars.has(k) && !has(extra, k)) {
                    sink.add('SD-ENV-008', { file: exampleDisplay, line, col: 1 }, `${k} is documented in ${exampleDisplay} but missing from ${envDisplay}`);
                }
            }
        }
        // SD-SEC-004
        if (input.envContent === undefined &&
            envText !== undefined &&
            !/\.(example|sample|template|dist)$/i.test(envAbs) &&
            isTracked(envAbs)) {
            sink.add('SD-SEC-004', { file: envDisplay, line: 0, col: 0 }, `${envDisplay} is tracked by git; run git rm --cached ${envDisplay} and add it to .gitignore`);
        }
    }
    secretKeys = [...new Set(secretKeys)].sort();
    // the default policy on a stack that declares no roles: shape opinions are advice, not errors
    const opinionsAsWarnings = input.policy === 'auto' && !!model && !declaresRoles(model);
    const found = opinionsAsWarnings
        ? sink.findings.map((f) => (SHAPE_OPINIONS.has(f.rule) ? { ...f, severity: 'warning' } : f))
        : sink.findings;
    const findings = finish(found, (0,sensitive/* redactor */.$p)([
        ...secretKeys.map((k) => lookup(k)),
        ...[...dotenv.vars].filter(([k, v]) => secretLike(k, v)).map(([, v]) => v),
        // values a bare KEY line took from the runner's environment
        ...[...dotenv.vars].filter(([k, v]) => penv(k) === v && v.length >= 4).map(([, v]) => v),
    ]));
    const env = {};
    for (const [k, v] of dotenv.vars)
        env[k] = v;
    return {
        findings,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        model: model ? toPlain(model) : undefined,
        env,
        secretKeys,
        files: model ? referencedFiles(model, projectDir, cwd) : [],
        composeSources: [...ctx.loaded].map((f) => (0,external_node_path_.relative)(cwd, f)).sort(),
    };
}
/** Names the runner and the action keep for themselves: never interpolated from the process environment. */
const validate_RUNNER_INTERNAL = /^(ACTIONS_|GITHUB_|RUNNER_|INPUT_|STATE_|STACK_DEPLOY_)/;
/** The only variables compose files may take straight from the process environment (documented). */
const validate_FROM_PROCESS = new Set(['COMPOSE_PROFILES']);
/** .env values this long are treated as secrets wherever they appear in a message. */
const SECRET_LIKE_LENGTH = 8;
/** The image coordinates the tool documents: they are in every image reference it prints, never secret. */
const IMAGE_COORDINATES = new Set(['REGISTRY', 'IMAGE_TAG']);
const secretLike = (key, value) => value.length >= SECRET_LIKE_LENGTH && !IMAGE_COORDINATES.has(key);
/** What the plan and the oracle may not print: secret values and every .env value of secret-like length. */
function validate_reportRedactor(report, extra = {}) {
    return (0,sensitive/* redactor */.$p)([
        ...report.secretKeys.flatMap((k) => [report.env[k], extra[k]]),
        ...Object.entries(report.env)
            .filter(([k, v]) => secretLike(k, v))
            .map(([, v]) => v),
    ]);
}
/** SD-SCH-008 obsolete version, SD-SCH-007 the same mount target twice in one service of one file. */
function perFileChecks(doc, sink, compose) {
    const version = doc.entries.get('version');
    if (version)
        sink.add('SD-SCH-008', version.keyLoc, '`version` is obsolete and ignored by Compose v2; remove it');
    for (const s of mapEntries(tree_get(doc, 'services'))) {
        if (s.key.startsWith('-'))
            sink.add('SD-SCH-004', s.keyLoc, `services: service name ${JSON.stringify(s.key)} starts with "-"; docker compose would read it as an option`);
        if (!tree_isMap(s.value))
            continue;
        const seen = new Map();
        for (const v of serviceVolumes(s.value, `services.${s.key}`)) {
            const t = syntax_cleanPath(v.target);
            const prev = seen.get(t);
            if (prev !== undefined) {
                sink.add('SD-SCH-007', v.loc, `services.${s.key}.volumes[${v.index}]: mount target ${t} is already used by volumes[${prev}] (Compose keeps only the last)`, compose ? 'warning' : 'error');
            }
            else
                seen.set(t, v.index);
        }
    }
}
function findExample(envAbs, projectDir) {
    for (const dir of [(0,external_node_path_.dirname)(envAbs), projectDir]) {
        const abs = (0,external_node_path_.resolve)(dir, EXAMPLE_FILE);
        if ((0,external_node_fs_.existsSync)(abs)) {
            const text = readText(abs);
            if (text !== undefined)
                return { abs, text };
        }
    }
    return undefined;
}
/** Keys of .env.example with their line; commented-out `# KEY=value` lines document optional keys. */
function exampleKeySet(text) {
    const out = new Map();
    const parsed = dotenv_parseDotenv(text, '', () => undefined, new tree_Sink(), 'warning');
    for (const e of parsed.entries)
        if (!out.has(e.key))
            out.set(e.key, { line: e.line, optional: false });
    text.split('\n').forEach((line, i) => {
        const m = /^\s*#\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)=/.exec(line);
        if (m && !out.has(m[1]))
            out.set(m[1], { line: i + 1, optional: true });
    });
    return out;
}
function finish(all, redact) {
    const seen = new Set();
    const out = [];
    for (const f of all) {
        const g = { ...f, message: redact(f.message) };
        const key = `${g.rule}|${g.file}|${g.line}|${g.col}|${g.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(g);
    }
    return out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.col - b.col ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/config/validate/reporters.ts
// Reporters: text, JSON, SARIF 2.1.0, job summary markdown, annotation selection. Pure functions.

function where(f) {
    if (!f.file)
        return '(stack)';
    if (f.line <= 0)
        return f.file;
    return `${f.file}:${f.line}:${f.col > 0 ? f.col : 1}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** `file:line:col  severity  SD-XXX-NNN  message`, one line per finding, then a count. */
function formatText(r) {
    const lines = r.findings.map((f) => `${where(f)}  ${f.severity}  ${f.rule}  ${f.message}`);
    lines.push(`${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`);
    return lines.join('\n');
}
/** Findings, counts and referenced files; never the model or .env values. */
function formatJson(r) {
    return JSON.stringify({
        errors: r.errors,
        warnings: r.warnings,
        findings: r.findings,
        files: r.files,
        secretKeys: r.secretKeys,
    }, null, 2);
}
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
function pascal(title) {
    return title
        .replace(/[^A-Za-z0-9 ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * SARIF 2.1.0 with rule metadata and help text, for code scanning. `path` maps a finding's file to
 * its place relative to the repository root (%SRCROOT%); an absolute result becomes a file: URI.
 */
function toSarif(r, toolVersion, path = (f) => f) {
    const location = (file) => {
        const p = path(file).split('\\').join('/');
        return p.startsWith('/')
            ? { uri: `file://${encodeURI(p)}` }
            : { uri: encodeURI(p), uriBaseId: '%SRCROOT%' };
    };
    const index = new Map(RULES.map((x, i) => [x.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'stack-deploy',
                        version: toolVersion,
                        informationUri: 'https://github.com/stack-deploy/stack-deploy',
                        rules: RULES.map((x) => ({
                            id: x.id,
                            name: pascal(x.title),
                            shortDescription: { text: x.title },
                            fullDescription: { text: x.help },
                            help: { text: x.help, markdown: `**${x.id} ${x.title}**\n\n${x.help}` },
                            defaultConfiguration: { level: LEVEL[x.severity] },
                            properties: { tags: [x.id.split('-')[1].toLowerCase()] },
                        })),
                    },
                },
                columnKind: 'unicodeCodePoints',
                results: r.findings.map((f) => ({
                    ruleId: f.rule,
                    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    ...(f.file
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: location(f.file),
                                        ...(f.line > 0
                                            ? { region: { startLine: f.line, startColumn: f.col > 0 ? f.col : 1 } }
                                            : {}),
                                    },
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
    };
}
function cell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
const SUMMARY_LIMIT = 900_000;
/** Job summary: counts and a table with every finding. */
function toSummaryMarkdown(r) {
    const head = [
        '### stack-deploy validate',
        '',
        r.findings.length === 0
            ? 'No problems found.'
            : `${r.errors === 0 ? '✅' : '❌'} ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}, ${plural(r.findings.length - r.errors - r.warnings, 'note')}`,
        '',
    ];
    if (r.findings.length === 0)
        return head.join('\n');
    const rows = ['| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];
    let size = head.join('\n').length;
    let omitted = 0;
    for (const f of r.findings) {
        const title = RULE_BY_ID.get(f.rule)?.title ?? '';
        const row = `| ${f.severity} | \`${cell(where(f))}\` | ${f.rule}${title ? ` ${cell(title)}` : ''} | ${cell(f.message)} |`;
        if (size + row.length > SUMMARY_LIMIT) {
            omitted++;
            continue;
        }
        size += row.length + 1;
        rows.push(row);
    }
    if (omitted)
        rows.push('', `${omitted} more findings omitted (summary size limit); see the SARIF file.`);
    return [...head, ...rows].join('\n');
}
/** What GitHub shows as annotations: errors first, at most 10 errors and 10 warnings. */
function selectAnnotations(r) {
    const errors = r.findings.filter((f) => f.severity === 'error');
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    return {
        shown: [...errors.slice(0, 10), ...warnings.slice(0, 10)],
        hiddenErrors: Math.max(0, errors.length - 10),
        hiddenWarnings: Math.max(0, warnings.length - 10),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/config/validate/oracle.ts
// --oracle: compare our verdict and merged services with `docker compose config --format json`.
// The process is started by the caller's runner: config/ never spawns anything itself.







const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function oracle_text(v) {
    return v === null || v === undefined ? '' : String(v);
}
function durationNs(v) {
    if (typeof v === 'string')
        return parseDuration(v) ?? v;
    return v;
}
function normHealthcheck(h) {
    if (!isObj(h))
        return undefined;
    const out = {};
    if (h.test !== undefined && h.test !== null) {
        out.test = typeof h.test === 'string' ? ['CMD-SHELL', h.test] : h.test;
    }
    for (const k of ['interval', 'timeout', 'start_period', 'start_interval']) {
        if (h[k] !== undefined && h[k] !== null)
            out[k] = durationNs(h[k]);
    }
    if (h.retries !== undefined && h.retries !== null)
        out.retries = Number(h.retries);
    if (h.disable === true)
        out.disable = true;
    return out;
}
function portKey(p) {
    return `${oracle_text(p.host_ip)}:${oracle_text(p.published)}:${oracle_text(p.target)}/${oracle_text(p.protocol) || 'tcp'}`;
}
function dependsList(d) {
    if (Array.isArray(d))
        return d.map((n) => `${oracle_text(n)}:service_started:true`).sort();
    if (!isObj(d))
        return [];
    return Object.entries(d)
        .map(([k, v]) => `${k}:${oracle_text(isObj(v) ? v.condition : undefined) || 'service_started'}:${isObj(v) && v.required === false ? 'false' : 'true'}`)
        .sort();
}
/** depends_on plus what Compose's normalisation adds: links, volumes_from and service: namespaces. */
function withImplicitDependencies(s) {
    const explicit = dependsList(s.depends_on);
    const names = new Set(explicit.map((d) => d.split(':')[0]));
    const add = (name) => {
        if (name && !names.has(name)) {
            names.add(name);
            explicit.push(`${name}:service_started:true`);
        }
    };
    for (const l of Array.isArray(s.links) ? s.links : [])
        add(oracle_text(l).split(':')[0]);
    for (const k of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
        const v = oracle_text(s[k]);
        if (v.startsWith('service:'))
            add(v.slice(8));
    }
    for (const v of Array.isArray(s.volumes_from) ? s.volumes_from : []) {
        const t = oracle_text(v);
        if (!t.startsWith('container:'))
            add(t.split(':')[0]);
    }
    return explicit.sort();
}
function envEntries(e) {
    if (Array.isArray(e)) {
        return e.map((x) => {
            const s = oracle_text(x);
            const i = s.indexOf('=');
            return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
        });
    }
    if (isObj(e))
        return Object.entries(e).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]);
    return [];
}
/** `config` output escapes every $ as $$ so that it can be loaded again. */
function unescapeDollars(v) {
    if (typeof v === 'string')
        return v.replace(/\$\$/g, '$');
    if (Array.isArray(v))
        return v.map(unescapeDollars);
    if (isObj(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/\$\$/g, '$'), unescapeDollars(x)]));
    return v;
}
/** Normal form of `docker compose config --format json`. */
function projectComposeJson(raw) {
    const out = {};
    const json = unescapeDollars(raw);
    const svcs = isObj(json) && isObj(json.services) ? json.services : {};
    for (const [name, s] of Object.entries(svcs)) {
        if (!isObj(s))
            continue;
        const environment = {};
        for (const [k, v] of envEntries(s.environment))
            if (v !== null)
                environment[k] = v;
        out[name] = {
            ...(typeof s.image === 'string' ? { image: s.image } : {}),
            ports: (Array.isArray(s.ports) ? s.ports : []).map((p) => portKey(isObj(p) ? p : {})).sort(),
            volumes: (Array.isArray(s.volumes) ? s.volumes : [])
                .map((v) => isObj(v)
                ? `${oracle_text(v.type)}:${oracle_text(v.source)}:${oracle_text(v.target)}:${v.read_only === true ? 'ro' : 'rw'}`
                : oracle_text(v))
                .sort(),
            environment,
            depends_on: dependsList(s.depends_on),
            ...(isObj(s.healthcheck) ? { healthcheck: normHealthcheck(s.healthcheck) } : {}),
        };
    }
    return out;
}
/** Normal form of our merged model, with Compose's canonical forms and environment resolution. */
function projectModel(model, o) {
    const out = {};
    const svcs = model && isObj(model.services) ? model.services : {};
    const active = o.activeProfiles ?? new Set();
    const absPath = (p) => {
        if (p.startsWith('~'))
            return cleanPath(join(homedir(), p.slice(1)));
        return isAbsolute(p) ? cleanPath(p) : cleanPath(resolve(o.projectDir, p));
    };
    for (const [name, s] of Object.entries(svcs)) {
        if (!isObj(s))
            continue;
        const profiles = Array.isArray(s.profiles) ? s.profiles.map(oracle_text) : [];
        if (profiles.length && !active.has('*') && !profiles.some((p) => active.has(p)))
            continue;
        // canonical long form, then Compose's unicity: same host ip (default 0.0.0.0), port, target, protocol
        const ports = new Map();
        const addPort = (p) => {
            const id = `${oracle_text(p.host_ip) || '0.0.0.0'}:${oracle_text(p.published)}:${oracle_text(p.target)}/${oracle_text(p.protocol) || 'tcp'}`;
            ports.delete(id);
            ports.set(id, portKey(p));
        };
        for (const p of Array.isArray(s.ports) ? s.ports : []) {
            if (isObj(p))
                addPort(p);
            else {
                const r = parsePortSpec(oracle_text(p));
                if (typeof r !== 'string')
                    for (const b of r)
                        addPort(b);
            }
        }
        const volumes = [];
        for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
            if (isObj(v)) {
                const src = oracle_text(v.source);
                volumes.push(`${oracle_text(v.type)}:${v.type === 'bind' && src ? absPath(src) : src}:${cleanPath(oracle_text(v.target))}:${v.read_only === true ? 'ro' : 'rw'}`);
            }
            else {
                const m = parseVolumeSpec(oracle_text(v));
                if (typeof m === 'string')
                    continue;
                volumes.push(`${m.type}:${m.type === 'bind' ? absPath(m.source) : m.source}:${cleanPath(m.target)}:${m.read_only ? 'ro' : 'rw'}`);
            }
        }
        const environment = {};
        const files = s.env_file === undefined ? [] : Array.isArray(s.env_file) ? s.env_file : [s.env_file];
        for (const f of files) {
            const path = isObj(f) ? oracle_text(f.path) : oracle_text(f);
            try {
                const parsed = parseDotenv(readFileSync(resolve(o.projectDir, path), 'utf8'), path, o.lookup, new Sink(), 'warning');
                for (const [k, v] of parsed.vars)
                    environment[k] = v;
            }
            catch {
                // missing optional env_file
            }
        }
        for (const [k, v] of envEntries(s.environment)) {
            if (v !== null)
                environment[k] = v;
            else {
                const found = o.lookup(k);
                if (found !== undefined)
                    environment[k] = found;
                else
                    delete environment[k];
            }
        }
        const hc = normHealthcheck(s.healthcheck);
        out[name] = {
            ...(typeof s.image === 'string' ? { image: s.image } : {}),
            ports: [...ports.values()].sort(),
            volumes: volumes.sort(),
            environment,
            depends_on: withImplicitDependencies(s),
            ...(hc ? { healthcheck: hc } : {}),
        };
    }
    return out;
}
const stable = (v) => JSON.stringify(v, (_k, x) => isObj(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x);
/** One line per field where the projections differ. */
function diffProjections(ours, theirs) {
    const out = [];
    for (const name of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
        const a = ours[name];
        const b = theirs[name];
        if (!a || !b) {
            out.push(`services.${name}: ${a ? 'only in our model' : 'only in Compose'}`);
            continue;
        }
        for (const k of ['image', 'ports', 'volumes', 'environment', 'depends_on', 'healthcheck']) {
            if (k === 'image' && (a.image === undefined || b.image === undefined))
                continue;
            if (stable(a[k]) !== stable(b[k]))
                out.push(`services.${name}.${k}: ours ${stable(a[k])}, Compose ${stable(b[k])}`);
        }
    }
    return out;
}
/** Runs `docker compose config` through the runner and reports where it and we disagree. */
async function oracleCompare(input, report, run) {
    const cwd = resolve(input.cwd);
    const projectDir = input.composeFiles.length ? dirname(resolve(cwd, input.composeFiles[0])) : cwd;
    const argv = ['docker', 'compose'];
    for (const f of input.composeFiles)
        argv.push('-f', resolve(cwd, f));
    let tmp;
    if (input.envContent !== undefined) {
        tmp = mkdtempSync(join(tmpdir(), 'stack-deploy-oracle-'));
        const p = join(tmp, '.env');
        writeFileSync(p, input.envContent, { mode: 0o600 });
        argv.push('--env-file', p);
    }
    else if (input.envFile !== undefined) {
        argv.push('--env-file', resolve(cwd, input.envFile));
    }
    argv.push('config', '--format', 'json');
    const extra = input.extraVars ?? {};
    const env = {};
    for (const [k, v] of Object.entries(input.processEnv ?? {})) {
        if (v !== undefined && !(k in report.env) && !RUNNER_INTERNAL.test(k))
            env[k] = v;
    }
    Object.assign(env, extra);
    try {
        const r = await run(argv, { cwd, env });
        const composeValid = r.code === 0;
        const ourValid = report.errors === 0;
        const differences = [];
        if (composeValid && report.model) {
            let json;
            try {
                json = JSON.parse(r.stdout);
            }
            catch {
                differences.push('Compose printed no JSON');
            }
            if (json !== undefined) {
                const lookup = (k) => k in extra
                    ? extra[k]
                    : k in report.env
                        ? report.env[k]
                        : FROM_PROCESS.has(k)
                            ? input.processEnv?.[k]
                            : undefined;
                const profiles = new Set((lookup('COMPOSE_PROFILES') ?? '')
                    .split(',')
                    .map((x) => x.trim())
                    .filter(Boolean));
                differences.push(...diffProjections(projectModel(report.model, { projectDir, lookup, activeProfiles: profiles }), projectComposeJson(json)));
            }
        }
        const redact = reportRedactor(report, extra);
        const composeError = composeValid ? undefined : redact(r.stderr.trim().split('\n').slice(-5).join('\n'));
        return {
            composeValid,
            ourValid,
            agree: composeValid === ourValid,
            ...(composeError ? { composeError } : {}),
            differences: differences.map(redact),
        };
    }
    finally {
        if (tmp)
            rmSync(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/config/validate/index.ts







/***/ }),

/***/ 3912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/project.ts
var config_project = __webpack_require__(9403);
// EXTERNAL MODULE: ./src/config/validate/index.ts + 22 modules
var validate = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/plan/bundle.ts
/** What a release carries and where each file goes inside it. Pure. */

function commonDir(paths) {
    const split = paths.map((p) => external_node_path_.posix.dirname(p).split('/'));
    const first = split[0] ?? ['.'];
    let n = 0;
    while (n < first.length && split.every((s) => s[n] === first[n]))
        n++;
    const out = first.slice(0, n).join('/');
    return out || '.';
}
const SAFE = /^[A-Za-z0-9._@+/ -]+$/;
/**
 * composeFiles are relative to the working directory; shipped are relative to the project
 * directory (the first compose file's directory), as compose resolves them.
 */
function bundleLayout(composeFiles, shipped) {
    const projectDirCwd = external_node_path_.posix.dirname(external_node_path_.posix.normalize(composeFiles[0]));
    const fromCwd = [
        ...composeFiles.map((f) => external_node_path_.posix.normalize(f)),
        ...shipped.map((p) => external_node_path_.posix.normalize(external_node_path_.posix.join(projectDirCwd, p))),
    ];
    for (const p of fromCwd) {
        if (external_node_path_.posix.isAbsolute(p) || p === '..' || p.startsWith('../'))
            throw new Error(`${p}: files outside the working directory cannot be shipped`);
        if (!SAFE.test(p))
            throw new Error(`${p}: file names may hold letters, digits, spaces and . _ @ + / - only`);
    }
    // the root must also contain the project directory itself
    const root = commonDir([...fromCwd, external_node_path_.posix.join(projectDirCwd, 'x')]);
    const rel = (p) => external_node_path_.posix.join('files', external_node_path_.posix.relative(root, p) || '.');
    return {
        root,
        entries: [...new Set(fromCwd)].map((from) => ({ from, to: rel(from) })),
        projectDir: rel(external_node_path_.posix.join(projectDirCwd, 'x')).replace(/\/x$/, '') || 'files',
        composeFiles: composeFiles.map((f) => rel(external_node_path_.posix.normalize(f))),
    };
}
/** `stack-deploy.env`: the variables the tool injects (IMAGE_TAG, REGISTRY), after the user's .env. */
function injectedEnvFile(vars) {
    return Object.entries(vars)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')
        .concat('\n');
}
/** Release ids sort by time: `20261126-031500-abc1234`. */
function releaseId(now, sha) {
    const ts = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return `${ts}-${(sha ?? '').slice(0, 7) || Math.random().toString(16).slice(2, 9)}`;
}

;// CONCATENATED MODULE: ./src/plan/remote.ts
/** Builders for commands run on the host: each returns argv, nothing here runs anything. */
const dockerServerVersion = () => ['docker', 'version', '--format', '{{.Server.Version}}'];
const composeVersion = () => ['docker', 'compose', 'version', '--short'];
function layout(dir) {
    const d = dir.replace(/\/+$/, '');
    return {
        dir: d,
        releases: `${d}/releases`,
        current: `${d}/current`,
        history: `${d}/history.log`,
        lock: `${d}/lock`,
    };
}
/**
 * A POSIX sh script run as `sh -c SCRIPT sh ARG…`: the arguments arrive as $1… so no value is ever
 * spliced into the script text. `~/` at the start of a path argument is expanded by the script.
 */
function script(body, args) {
    const prelude = 'set -eu\numask 077\nexpand() { case "$1" in "~") printf %s "$HOME";; "~/"*) printf %s "$HOME/${1#"~/"}";; *) printf %s "$1";; esac; }\n';
    return ['sh', '-c', prelude + body, 'sh', ...args];
}
/** Prints the id of the current release, or nothing when there is none. */
function readCurrent(l) {
    return script('c=$(expand "$1"); if [ -L "$c" ]; then basename "$(readlink "$c")"; fi', [l.current]);
}

;// CONCATENATED MODULE: ./src/plan/host.ts
/** Host-side commands of a deploy around the transaction: argv only, values passed as $1…. Pure. */

/** Creates the directories, checks writability, free disk and the tools the transaction needs. */
function preflightScript(dir, minFreeKb, needUrlTool) {
    return script([
        'd=$(expand "$1")',
        'mkdir -p "$d/releases" "$d/runs" 2>/dev/null || { echo "cannot create $d"; exit 10; }',
        '[ -w "$d" ] || { echo "$d is not writable"; exit 10; }',
        'missing=',
        'for t in flock setsid nohup timeout tar awk sed; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done',
        'if [ "$3" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then missing="$missing curl-or-wget"; fi',
        '[ -z "$missing" ] || { echo "missing on the host:$missing"; exit 11; }',
        'free=$(df -Pk "$d" | awk "NR==2 {print \\$4}")',
        '[ "$free" -ge "$2" ] || { echo "only ${free}KB free in $d, need $2KB"; exit 12; }',
        'echo "ok $free"',
    ].join('\n'), [dir, String(minFreeKb), needUrlTool ? '1' : '0']);
}
/**
 * Unpacks the bundle (tar.gz on stdin) into releases/<id>.partial/, owned by the SSH user whatever
 * the archive says (as root tar would keep the runner's uid), with explicit modes whatever the
 * umask: bind-mounted files stay readable to non-root container users; .env files and secrets/ 0600.
 */
function unpackScript(dir, releaseId) {
    return script([
        'p="$(expand "$1")/releases/$2.partial"; rm -rf "$p"; mkdir -p "$p" || exit 1',
        'tar -xzf - -C "$p" --no-same-owner --no-same-permissions || exit 1',
        'chmod -R u+rwX,go+rX,go-w "$p" && chmod 755 "$p/dc" || exit 1',
        'find "$p" \\( -name .env -o -name "*.env" -o -path "*/secrets/*" \\) -type f -exec chmod 600 {} + &&',
        '  find "$p" -path "*/secrets" -type d -exec chmod 700 {} +',
    ].join('\n'), [dir, releaseId]);
}
/** Writes stdin to a file atomically with mode 0600. */
function writeSecretFile(dir, relPath) {
    return script('umask 077; f="$(expand "$1")/$2"; cat >"$f.tmp" && chmod 600 "$f.tmp" && mv -f "$f.tmp" "$f"', [dir, relPath]);
}
/** Makes the partial release final and writes the run's script (on stdin). */
function finaliseScript(dir, releaseId, runId) {
    return script([
        'd=$(expand "$1")',
        'mv -f "$d/releases/$2.partial" "$d/releases/$2"',
        'mkdir -p "$d/runs/$3"',
        'cat >"$d/runs/$3/txn.sh"',
    ].join('\n'), [dir, releaseId, runId]);
}
/** Writes the run script (stdin) into runs/<id>/. */
function writeRunScript(dir, runId) {
    return script('d=$(expand "$1"); mkdir -p "$d/runs/$2" && cat >"$d/runs/$2/txn.sh"', [dir, runId]);
}
/** Logs in to a registry for this run only: credentials land in runs/<id>/.docker (0700), password on stdin. */
function registryLogin(dir, runId, registry, username) {
    return script('c="$(expand "$1")/runs/$2/.docker"; mkdir -p "$c" && chmod 700 "$c" && DOCKER_CONFIG="$c" docker login --password-stdin -u "$4" "$3"', [dir, runId, registry, username]);
}
/** Removes the run's registry credentials (the transaction does it after pulling; this is for runs that never started). */
function dropRunLogin(dir, runId) {
    return script('rm -rf "$(expand "$1")/runs/$2/.docker"', [dir, runId]);
}
/** Starts the transaction detached from this SSH session; prints its pid. */
function launchScript(dir, runId) {
    return script('r="$(expand "$1")/runs/$2"; cd "$r" && setsid nohup sh "$r/txn.sh" >"$r/txn.log" 2>&1 </dev/null & echo $!', [dir, runId]);
}
/** Streams the run's log from line $3 until the transaction ends. */
function followScript(dir, runId, fromLine, pid) {
    return script([
        'r="$(expand "$1")/runs/$2"',
        'if [ -f "$r/result" ] || ! kill -0 "$4" 2>/dev/null; then tail -n +"$3" "$r/txn.log"; exit 0; fi',
        'exec tail -n +"$3" -f --pid="$4" "$r/txn.log"',
    ].join('\n'), [dir, runId, String(fromLine), pid]);
}
/** Prints the run's result file (status line, detail line), empty while running. */
function readResult(dir, runId) {
    return script('cat "$(expand "$1")/runs/$2/result" 2>/dev/null || true', [dir, runId]);
}
/** Prints the release's images.txt (service, pinned ref, image id). */
function readImages(dir, releaseId) {
    return script('cat "$(expand "$1")/releases/$2/images.txt" 2>/dev/null || true', [dir, releaseId]);
}
function readHistory(dir) {
    return script('d=$(expand "$1"); cat "$d/history.log" 2>/dev/null || true; echo "::releases"; ls -1 "$d/releases" 2>/dev/null || true; echo "::current"; r=$(readlink "$d/current" 2>/dev/null) && echo "${r##*/}" || true', [dir]);
}
/** Lock state: `free` or `held <lock.info>`. */
function lockState(dir) {
    return script('d=$(expand "$1"); [ -f "$d/lock" ] || { echo free; exit 0; }; if flock -n "$d/lock" true; then echo free; else echo "held $(cat "$d/lock.info" 2>/dev/null)"; fi', [dir]);
}
/**
 * Stops the transaction holding the lock: the pid its note names must be a live stack-deploy
 * transaction of this directory (so a stale or forged note kills nothing else); its process group
 * gets TERM, then KILL after 10 s. Prints what it did; exit 3 when it refuses.
 */
function forceUnlockScript(dir) {
    return script([
        'd=$(expand "$1")',
        'if flock -n "$d/lock" true 2>/dev/null; then rm -f "$d/lock.info"; echo "free"; exit 0; fi',
        'pid=$(sed -n "s/.* pid=\\([0-9][0-9]*\\) .*/\\1/p" "$d/lock.info" 2>/dev/null | head -n 1)',
        '[ -n "$pid" ] || { echo "the lock note names no pid"; exit 3; }',
        'cmd=$(tr "\\000" " " <"/proc/$pid/cmdline" 2>/dev/null || true)',
        'case $cmd in "sh $d/runs/"*/txn.sh*) ;; *) echo "pid $pid is not a stack-deploy transaction of $d"; exit 3 ;; esac',
        // its children under `timeout` run in groups of their own: every holder of the lock goes too
        'holders() { for f in /proc/[0-9]*/fd/9; do [ "$f" -ef "$d/lock" ] 2>/dev/null || continue; f=${f#/proc/}; echo "${f%/fd/9}"; done; }',
        'others=$(holders)',
        'kill -TERM "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true',
        'for p in $others; do kill -TERM "$p" 2>/dev/null || true; done',
        'i=0; while ! flock -n "$d/lock" true 2>/dev/null && [ "$i" -lt 10 ]; do sleep 1; i=$((i + 1)); done',
        'if ! flock -n "$d/lock" true 2>/dev/null; then kill -KILL "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; for p in $(holders); do kill -KILL "$p" 2>/dev/null || true; done; fi',
        'i=0; while ! flock -n "$d/lock" true 2>/dev/null && [ "$i" -lt 5 ]; do sleep 1; i=$((i + 1)); done',
        'flock -n "$d/lock" true 2>/dev/null || { echo "pid $pid was stopped but the lock is still held"; exit 3; }',
        'printf "%s\\tunlock\\t-\\tforced\\t-\\t-\\t-\\tstopped pid %s\\n" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$pid" >>"$d/history.log"',
        'rm -f "$d/lock.info"; echo "stopped $pid"',
    ].join('\n'), [dir]);
}
/** Removes the holder note of a lock nobody holds (flock locks die with their process). */
function clearLockInfo(dir) {
    return script('d=$(expand "$1"); flock -n "$d/lock" rm -f "$d/lock.info"', [dir]);
}
/** Per-service container state of the project. */
function projectPs(project) {
    return [
        'docker',
        'ps',
        '-a',
        '--filter',
        `label=com.docker.compose.project=${project}`,
        '--format',
        '{{.Label "com.docker.compose.service"}}\t{{.Status}}\t{{.Image}}',
    ];
}

// EXTERNAL MODULE: ./src/util/quote.ts
var quote = __webpack_require__(5796);
;// CONCATENATED MODULE: ./src/plan/txn-lib.gen.ts
// Generated from src/plan/txn-lib.sh by scripts/gen-contract.mjs. Do not edit.
const TXN_LIB = "# shellcheck shell=sh\n# The fixed part of the host-side transaction: POSIX sh functions. The ordered steps that call them\n# are generated by transaction.ts; every value reaches this code as a quoted variable, never as text.\n# Lines starting with `::` are read by the runner (phases, services); the rest is the log. The verdict\n# is the result file alone: anything the log shows (container output, image names) could fake a line.\nts() { date -u +%H:%M:%S; }\n# Values (image refs, lock notes, error text) may hold line breaks: a log line or marker stays one line.\none_line() { printf '%s' \"$*\" | tr '\\r\\n' '  '; }\nlog() { printf '%s %s\\n' \"$(ts)\" \"$(one_line \"$@\")\"; }\nmark() { printf '::%s\\n' \"$(one_line \"$@\")\"; }\nnow() { date +%s; }\nPHASE=\nPHASE_T0=$(now)\n# Set by the rollback steps to the migrate service: a rollback never runs the older release's\n# migrations (the newer schema an expand/contract rollback keeps is unknown to them: alembic fails).\n# A deploy sets it too once its migrate phase succeeded: compose up would run it again and, by\n# recreating its old container, recreate every service that depends on it.\nSKIP_ONESHOT=\nSKIP_WHY=\nROLLBACK_WHY=\"a rollback does not run the older release's migrations\"\nKEPT=\nphase() {\n  t=$(now)\n  [ -z \"$PHASE\" ] || mark \"phase-end $PHASE $((t - PHASE_T0))\"\n  PHASE=$1; PHASE_T0=$t\n  [ \"$1\" = done ] || mark \"phase $1\"\n}\nclean_field() { printf '%s' \"$1\" | tr '\\t\\n\\r' '   ' | cut -c1-300; }\nhistory() { # result detail\n  printf '%s\\t%s\\t%s\\t%s\\t%s\\t%s\\t%s\\t%s\\n' \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" \"$KIND\" \"$REL_ID\" \"$1\" \\\n    \"$(clean_field \"$ACTOR\")\" \"$(clean_field \"$SHA\")\" \"$(clean_field \"$RUN_URL\")\" \"$(clean_field \"$2\")\" >>\"$DIR/history.log\"\n}\ncleanup() {\n  rm -rf \"$RUN/.docker\"\n  rm -f \"$DIR/lock.info\"\n}\nwrite_result() { # status detail\n  printf '%s\\n%s\\n' \"$1\" \"$(one_line \"$2\")\" >\"$RUN/result.tmp\" && mv -f \"$RUN/result.tmp\" \"$RUN/result\"\n}\n# result detail exit-code\nfinish() {\n  [ -z \"${DEADLINE_PID:-}\" ] || kill \"$DEADLINE_PID\" 2>/dev/null\n  phase done\n  cleanup\n  history \"$1\" \"$2\"\n  write_result \"$1\" \"$2\"\n  mark \"result $1 $2\"\n  exit \"$3\"\n}\n\n# Ends a transaction that outlives its deadline (a pull or health check that never answers): writes\n# the result, stops the transaction's process group and so releases the lock. Runs in the background\n# without the lock's descriptor; finish stops it. args: seconds (0: no deadline)\nstart_deadline() {\n  [ \"${1:-0}\" -gt 0 ] || return 0\n  (\n    exec 9>&-\n    sp=\n    trap '[ -z \"$sp\" ] || kill \"$sp\" 2>/dev/null; exit 0' TERM\n    sleep \"$1\" & sp=$!\n    wait \"$sp\"\n    [ ! -f \"$RUN/result\" ] || exit 0\n    trap '' TERM\n    why=\"the transaction passed its deadline of $1s (transaction-timeout) and was stopped\"\n    log \"error: $why\"\n    cleanup\n    history failed \"$why\"\n    write_result failed \"$why\"\n    mark \"result failed $why\"\n    # `timeout` moves its command into a group of its own: stop every holder of the lock as well\n    kill -TERM \"-$TXN_PID\" 2>/dev/null || kill -TERM \"$TXN_PID\" 2>/dev/null\n    for p in $(lock_holders); do kill -TERM \"$p\" 2>/dev/null; done\n    i=0\n    while ! flock -n \"$DIR/lock\" true 2>/dev/null && [ \"$i\" -lt 10 ]; do sleep 1; i=$((i + 1)); done\n    for p in $TXN_PID $(lock_holders); do kill -KILL \"$p\" 2>/dev/null; done\n  ) &\n  DEADLINE_PID=$!\n}\n# Pids of the processes that have the lock file open as fd 9 (the transaction and its children).\nlock_holders() {\n  for f in /proc/[0-9]*/fd/9; do\n    [ \"$f\" -ef \"$DIR/lock\" ] 2>/dev/null || continue\n    f=${f#/proc/}; echo \"${f%/fd/9}\"\n  done\n}\n\n# Registry logins of runs that will never use them: the runner died between login and launch\n# (no log, older than 10 minutes) or the run already ended.\ndrop_stale_logins() {\n  for c in \"$DIR\"/runs/*/.docker; do\n    [ -d \"$c\" ] || continue\n    r=${c%/.docker}\n    [ \"$r\" != \"$RUN\" ] || continue\n    if [ -f \"$r/result\" ] || { [ ! -f \"$r/txn.log\" ] && [ -n \"$(find \"$c\" -maxdepth 0 -mmin +10)\" ]; }; then\n      rm -rf \"$c\" && log \"removed the stale registry login of run ${r##*/}\"\n    fi\n  done\n}\nfail() { log \"error: $*\"; finish failed \"$*\" 1; }\n\ndc() { SD_ROOT=\"$DIR/current\" \"$DIR/current/dc\" \"$@\"; }\n\nacquire_lock() { # timeout-seconds\n  exec 9>>\"$DIR/lock\"\n  if ! flock -n 9; then\n    holder=$(clean_field \"$(head -c 600 \"$DIR/lock.info\" 2>/dev/null || echo unknown)\")\n    log \"waiting up to $1s for the lock held by: $holder\"\n    mark \"lock-wait $holder\"\n    if ! flock -w \"$1\" 9; then\n      phase done; history lock-timeout \"lock held by $holder\"\n      write_result lock-timeout \"lock held by $holder\"\n      mark \"result lock-timeout lock held by $holder\"\n      exit 1\n    fi\n  fi\n  printf 'release=%s pid=%s actor=%s run=%s since=%s\\n' \"$REL_ID\" \"$TXN_PID\" \"$(clean_field \"$ACTOR\")\" \"$(clean_field \"$RUN_URL\")\" \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" >\"$DIR/lock.info\"\n  log \"lock acquired\"\n  start_deadline \"$DEADLINE\"\n  drop_stale_logins\n}\n\n# Pulls run in the background, PULL_JOBS at a time: pull_image starts one, pull_wait collects them\n# all, logs each image's outcome and fails naming every image that could not be pulled.\nPULL_JOBS=4\nPULL_N=0\nPULL_PIDS=\n# image always|missing\npull_image() {\n  PULL_N=$((PULL_N + 1))\n  mkdir -p \"$RUN/pull\"\n  printf '%s\\n' \"$1\" >\"$RUN/pull/$PULL_N.image\"\n  pull_one \"$1\" \"$2\" \"$RUN/pull/$PULL_N\" &\n  PULL_PIDS=\"$PULL_PIDS $!\"\n  # shellcheck disable=SC2086\n  set -- $PULL_PIDS\n  if [ $# -ge \"$PULL_JOBS\" ]; then wait \"$1\"; shift; PULL_PIDS=\"$*\"; fi\n}\npull_one() { # image always|missing out-prefix: writes prefix.st (present|pulled|failed), prefix.out\n  if [ \"$2\" = missing ] && docker image inspect \"$1\" >/dev/null 2>&1; then echo present >\"$3.st\"; return 0; fi\n  DOCKER_CONFIG=\"$RUN/.docker\" timeout \"$PULL_TIMEOUT\" docker pull -q \"$1\" >\"$3.out\" 2>&1\n  case $? in 0) echo pulled ;; 124) echo timeout ;; *) echo failed ;; esac >\"$3.st\"\n}\npull_wait() {\n  # shellcheck disable=SC2086\n  [ -z \"$PULL_PIDS\" ] || wait $PULL_PIDS\n  PULL_PIDS='' first='' more='' why=failed i=1\n  while [ \"$i\" -le \"$PULL_N\" ]; do\n    img=$(cat \"$RUN/pull/$i.image\")\n    case $(cat \"$RUN/pull/$i.st\" 2>/dev/null) in\n      present) log \"present  $img\" ;;\n      pulled) log \"pull     $img\" ;;\n      timeout)\n        log \"pull     $img did not finish within ${PULL_TIMEOUT}s\"\n        if [ -z \"$first\" ]; then first=$img why=\"did not finish within ${PULL_TIMEOUT}s\"; else more=\"$more $img\"; fi ;;\n      *)\n        log \"pull     $img failed\"\n        sed 's/^/  | /' \"$RUN/pull/$i.out\" 2>/dev/null | tail -n 5\n        if [ -z \"$first\" ]; then first=$img; else more=\"$more $img\"; fi ;;\n    esac\n    i=$((i + 1))\n  done\n  rm -rf \"$RUN/pull\"; PULL_N=0\n  [ -z \"$first\" ] || fail \"pull of $first $why; nothing was changed${more:+ (also failed:$more)}\"\n}\n\n# \"ref<TAB>image id\" for each ref present on the host: one docker call, or one per ref when some is\n# missing (docker then prints nothing for it and the lines no longer pair up). args: ref...\nimage_ids() {\n  [ $# -gt 0 ] || return 0\n  if out=$(docker image inspect -f '{{.Id}}' \"$@\" 2>/dev/null); then\n    printf '%s\\n' \"$out\" | SD_REFS=$(printf '%s\\n' \"$@\") awk 'BEGIN { n = split(ENVIRON[\"SD_REFS\"], r, \"\\n\") } { print r[NR] \"\\t\" $0 }'\n  else\n    for r in \"$@\"; do id=$(docker image inspect -f '{{.Id}}' \"$r\" 2>/dev/null) && printf '%s\\t%s\\n' \"$r\" \"$id\"; done\n  fi\n  return 0\n}\n\n# Pins every service's image to ref@sha256 (or records the image id for local-only images).\n# One `image inspect` for all images (per image only to name one that is missing).\n# args: service image ...\nresolve_images() {\n  {\n    echo \"# generated by stack-deploy: images pinned for release $REL_ID\"\n    echo \"services:\"\n  } >\"$REL/release.yml.tmp\"\n  : >\"$REL/images.txt.tmp\"\n  printf '{\"release\":\"%s\",\"project\":\"%s\",\"meta\":%s,\"images\":{' \"$REL_ID\" \"$PROJECT\" \"$(cat \"$REL/meta.json\")\" >\"$REL/manifest.json.tmp\"\n  pairs=; [ $# = 0 ] || pairs=$(printf '%s\\t%s\\n' \"$@\")\n  imgs=$(printf '%s\\n' \"$pairs\" | awk -F '\\t' '{ print $2 }' | sort -u)\n  # shellcheck disable=SC2086\n  info=$(docker image inspect -f '{{.Id}} {{range .RepoDigests}}{{.}} {{end}}' $imgs 2>/dev/null) || info=\n  # each service with its image's line: \"service<TAB>image<TAB>id digest...\" (empty when unknown)\n  joined=$(printf '%s\\n' \"$pairs\" | SD_REFS=$imgs SD_INFO=$info awk -F '\\t' '\n    BEGIN { n = split(ENVIRON[\"SD_REFS\"], r, \"\\n\"); split(ENVIRON[\"SD_INFO\"], l, \"\\n\"); if (ENVIRON[\"SD_INFO\"] != \"\") for (i = 1; i <= n; i++) info[r[i]] = l[i] }\n    { print $1 \"\\t\" $2 \"\\t\" info[$2] }')\n  sep=\n  while IFS='\t' read -r svc img line; do\n    [ -n \"$svc\" ] || continue\n    [ -n \"$line\" ] || line=$(docker image inspect -f '{{.Id}} {{range .RepoDigests}}{{.}} {{end}}' \"$img\" 2>/dev/null) ||\n      fail \"image $img of $svc is not on the host\"\n    id=${line%% *}\n    repo=${img%@*}\n    case \"${repo##*/}\" in *:*) repo=${repo%:*} ;; esac\n    digest=\n    for d in ${line#* }; do case $d in *\"$repo@\"*) digest=${d##*@}; break ;; esac; done\n    # repo@digest without the tag: an identical image under a new tag is the same config for compose\n    if [ -n \"$digest\" ]; then pinned=\"$repo@$digest\"; else pinned=$img; fi\n    printf '  %s:\\n    image: \"%s\"\\n' \"$svc\" \"$pinned\" >>\"$REL/release.yml.tmp\"\n    printf '%s\\t%s\\t%s\\n' \"$svc\" \"$pinned\" \"$id\" >>\"$REL/images.txt.tmp\"\n    printf '%s\"%s\":{\"ref\":\"%s\",\"id\":\"%s\"}' \"$sep\" \"$svc\" \"$pinned\" \"$id\" >>\"$REL/manifest.json.tmp\"\n    sep=,\n    log \"image    $svc -> $pinned\"\n  done <<EOF\n$joined\nEOF\n  printf '}}\\n' >>\"$REL/manifest.json.tmp\"\n  mv -f \"$REL/release.yml.tmp\" \"$REL/release.yml\"\n  mv -f \"$REL/images.txt.tmp\" \"$REL/images.txt\"\n  mv -f \"$REL/manifest.json.tmp\" \"$REL/manifest.json\"\n}\n\nrun_migrations() { # service timeout\n  log \"running $1 (timeout $2s) while the current release keeps serving\"\n  { SD_ROOT=\"$REL\" timeout \"$2\" \"$REL/dc\" run --rm --no-TTY -- \"$1\" 2>&1; echo $? >\"$RUN/migrate.rc\"; } | sed 's/^/  | /'\n  rc=$(cat \"$RUN/migrate.rc\")\n  [ \"$rc\" = 0 ] || fail \"migration service $1 failed (exit $rc); nothing was switched, the current release keeps serving\"\n  log \"migrations done\"\n}\n\n# Records the schema revision this release runs on (best effort: the migrate service may not be Alembic).\nrecord_revision() { # migrate-service\n  rev=$(SD_ROOT=\"$REL\" timeout 120 \"$REL/dc\" run --rm --no-deps --no-TTY --entrypoint alembic -- \"$1\" current 2>/dev/null |\n    awk '/^[0-9A-Za-z_]+( \\(head\\))?$/ { r = $1 } END { print r }')\n  printf '%s\\n' \"${rev:-unknown}\" >\"$REL/alembic.rev\"\n  log \"schema  alembic revision ${rev:-unknown}\"\n}\n\n# Runs `alembic downgrade` to the revision a target release recorded, with the NEWER release's code\n# (only it knows how to undo its migrations). args: newer-release-root migrate-service target timeout\ndowngrade_to() {\n  has_service \"$1\" \"$2\" || { log \"release $(basename \"$1\") has no service $2; the schema stays as it is\"; return 0; }\n  rev=$(cat \"$DIR/releases/$3/alembic.rev\" 2>/dev/null || true)\n  case $rev in '' | unknown) log \"no alembic revision recorded for $3; the schema stays as it is\"; return 0 ;; esac\n  log \"schema  alembic downgrade $rev (rollback-migrations is on)\"\n  { SD_ROOT=\"$1\" timeout \"$4\" \"$1/dc\" run --rm --no-deps --no-TTY --entrypoint alembic -- \"$2\" downgrade \"$rev\" 2>&1; echo $? >\"$RUN/downgrade.rc\"; } | sed 's/^/  | /'\n  [ \"$(cat \"$RUN/downgrade.rc\")\" = 0 ] || { log \"warning: alembic downgrade failed; rolling back the images anyway\"; return 1; }\n}\n\n# Container id of a service in the project (running or not).\ncid_of() { docker ps -aq --filter \"label=com.docker.compose.project=$PROJECT\" --filter \"label=com.docker.compose.service=$1\" | head -n 1; }\n\n# The project's containers, newest first (docker ps order), one line each:\n# service id config-hash image-id config-image restarts status exit-code health (tab separated).\n# Two docker calls whatever the number of services.\nproject_containers() {\n  ids=$(docker ps -aq --filter \"label=com.docker.compose.project=$PROJECT\")\n  [ -n \"$ids\" ] || return 0\n  # a container removed meanwhile is left out (docker inspect still prints the others)\n  # shellcheck disable=SC2086\n  docker container inspect -f '{{index .Config.Labels \"com.docker.compose.service\"}}\t{{printf \"%.12s\" .Id}}\t{{index .Config.Labels \"com.docker.compose.config-hash\"}}\t{{.Image}}\t{{.Config.Image}}\t{{.RestartCount}}\t{{.State.Status}}\t{{.State.ExitCode}}\t{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' $ids 2>/dev/null || true\n}\n\n# Decides which services must be recreated: config hash, image id, or bind-mounted files differ.\n# args: services in dependency order. Sets CHANGED (space separated) and KEPT (service=cid:restarts).\n# A constant number of calls: one `compose config --hash '*'`, one snapshot of the containers, one\n# `image inspect`; the comparison is one awk over them.\nplan_switch() {\n  CHANGED= KEPT=\n  project_containers >\"$RUN/containers.tsv\"\n  dc config --hash '*' >\"$RUN/config.hash\" 2>/dev/null || true\n  # shellcheck disable=SC2046\n  image_ids $(awk -F '\\t' '$2 != \"\" { print $2 }' \"$DIR/current/images.txt\" | sort -u) >\"$RUN/image.ids\"\n  prev=; [ -z \"$FROM\" ] || prev=\"$DIR/releases/$FROM/files.hash\"\n  # the line per service: what to do, then the `::service` marker's text (image \"\" when unknown)\n  plan=$(printf '%s\\n' \"$@\" | SD_C=\"$RUN/containers.tsv\" SD_H=\"$RUN/config.hash\" SD_I=\"$RUN/image.ids\" \\\n    SD_M=\"$DIR/current/images.txt\" SD_F=\"$DIR/current/files.hash\" SD_P=\"$prev\" awk -F '\\t' '\n    function load(f, k,   line, a) { # first line per key wins, like `awk ... { print; exit }`\n      if (f == \"\") return\n      while ((getline line < f) > 0) {\n        if (k == \"H\") split(line, a, \" \"); else split(line, a, \"\\t\")\n        if (!((k, a[1]) in t)) { t[k, a[1]] = line; v[k, a[1]] = a[2]; w[k, a[1]] = a[3] }\n      }\n      close(f)\n    }\n    BEGIN { load(ENVIRON[\"SD_C\"], \"C\"); load(ENVIRON[\"SD_H\"], \"H\"); load(ENVIRON[\"SD_I\"], \"I\")\n            load(ENVIRON[\"SD_M\"], \"M\"); load(ENVIRON[\"SD_F\"], \"F\"); load(ENVIRON[\"SD_P\"], \"P\") }\n    $0 != \"\" {\n      s = $0; img = v[\"M\", s]; prev = v[\"P\", s]; if (prev == \"\") prev = \"-\"\n      if (!((\"C\", s) in t)) { print \"new\\t-\\tservice \" s \" create new - \" img; next }\n      split(t[\"C\", s], c, \"\\t\"); old = c[5] == \"\" ? \"-\" : c[5]\n      why = c[3] != v[\"H\", s] ? \"config\" : c[4] != v[\"I\", img] ? \"image\" : v[\"F\", s] != prev ? \"files\" : \"\"\n      if (why == \"\") print \"keep\\t\" s \"=\" c[2] \":\" c[6] \"\\tservice \" s \" unchanged - \" old \" \" img\n      else print \"recreate\\t\" s \"\\tservice \" s \" recreate \" why \" \" old \" \" img\n    }')\n  while IFS='\t' read -r what arg text; do\n    case $what in\n      new) ;;\n      keep) KEPT=\"$KEPT $arg\" ;;\n      recreate) CHANGED=\"$CHANGED $arg\" ;;\n      *) continue ;;\n    esac\n    mark \"$text\"\n  done <<EOF\n$plan\nEOF\n  return 0\n}\npoint_current() { # release id\n  ln -sfn \"releases/$1\" \"$DIR/current.tmp\" && mv -Tf \"$DIR/current.tmp\" \"$DIR/current\"\n}\n\n# Re-tags local-only images (no registry digest) to the exact image id the release recorded.\nrestore_tags() {\n  # shellcheck disable=SC2046\n  image_ids $(awk -F '\\t' '$2 !~ /@sha256:/ { print $2 }' \"$DIR/current/images.txt\" | sort -u) >\"$RUN/tags.ids\"\n  while IFS='\t' read -r svc ref id; do\n    case $ref in *@sha256:*) continue ;; esac\n    have=$(awk -F '\\t' -v r=\"$ref\" '$1 == r { print $2; exit }' \"$RUN/tags.ids\")\n    if [ \"$have\" != \"$id\" ]; then\n      docker tag \"$id\" \"$ref\" 2>/dev/null && log \"retag    $ref -> $id\" || log \"warning: image $id of $svc is gone; $ref stays as it is\"\n    fi\n  done <\"$DIR/current/images.txt\"\n}\n\nlong_running() { awk -F '\\t' '$2 != \"oneshot\" { print $1 }' \"$DIR/current/services.txt\"; }\n# Whether a release has a service (its services.txt). args: release-dir service\nhas_service() { awk -F '\\t' -v s=\"$2\" '$1 == s { f = 1 } END { exit !f }' \"$1/services.txt\" 2>/dev/null; }\n\n# The host's own Compose must accept the release before anything changes (keys newer than it,\n# empty images, …): otherwise the run ends here with Compose's message and its version.\ncheck_config() {\n  v=$(docker compose version --short 2>/dev/null || echo unknown)\n  if ! SD_ROOT=\"$REL\" \"$REL/dc\" config -q >\"$RUN/check.out\" 2>&1; then\n    sed 's/^/  | /' \"$RUN/check.out\" | tail -n 10\n    fail \"the host's Compose $v rejects the release: $(grep -v '^ *$' \"$RUN/check.out\" | tail -n 1); nothing was changed\"\n  fi\n  log \"config   accepted by the host's Compose $v\"\n}\n\n# Brings the project to the release `current` points at: recreates exactly what differs (stop, remove,\n# start in dependency order), leaves the rest running.\napply_current() {\n  restore_tags\n  plan_switch $(long_running)\n  if [ -n \"$CHANGED\" ]; then\n    rev=; for s in $CHANGED; do rev=\"$s $rev\"; done\n    log \"stop    $rev\"\n    dc stop -- $rev 2>&1 | sed 's/^/  | /'\n    log \"remove  $rev\"\n    dc rm -f -- $rev 2>&1 | sed 's/^/  | /'\n  else\n    log \"no service changed\"\n  fi\n  # never name a service the release lacks: compose refuses the whole command for it\n  if [ -n \"$SKIP_ONESHOT\" ] && ! has_service \"$DIR/current\" \"$SKIP_ONESHOT\"; then\n    log \"note    release $(basename \"$(readlink \"$DIR/current\")\") has no service $SKIP_ONESHOT\"\n    SKIP_ONESHOT=\n  fi\n  if [ -n \"$SKIP_ONESHOT\" ]; then\n    # scale 0: compose removes its container and does not wait for it (--no-deps would change the\n    # dependents' config hash and recreate them)\n    log \"start   compose up without $SKIP_ONESHOT ($SKIP_WHY)\"\n    { dc up -d --no-build --remove-orphans --scale \"$SKIP_ONESHOT=0\" 2>&1; echo $? >\"$RUN/up.rc\"; } | sed 's/^/  | /'\n  else\n    log \"start   compose up (creates what is missing, keeps what is unchanged)\"\n    { dc up -d --no-build --remove-orphans 2>&1; echo $? >\"$RUN/up.rc\"; } | sed 's/^/  | /'\n  fi\n  [ \"$(cat \"$RUN/up.rc\")\" = 0 ] || { log \"warning: compose up exited $(cat \"$RUN/up.rc\"); starting each service on its own\"; start_each; }\n}\n\n# After a failed `compose up`: starts every long-running service that has no running container, one\n# by one, so one refused service never leaves the others stopped; verification then names what is down.\nstart_each() {\n  running=$(docker ps --filter \"label=com.docker.compose.project=$PROJECT\" --filter status=running --format '{{.Label \"com.docker.compose.service\"}}')\n  for s in $(long_running); do\n    if printf '%s\\n' \"$running\" | grep -qxF -- \"$s\"; then continue; fi\n    log \"start   $s\"\n    dc up -d --no-build --no-deps -- \"$s\" 2>&1 | sed 's/^/  | /'\n  done\n}\n\nverify_current() { # timeout\n  specs=$(awk -F '\\t' -v x=\"$SKIP_ONESHOT\" '$1 != x { print $1 \":\" $2 }' \"$DIR/current/services.txt\")\n  verify \"$1\" $specs\n}\n\n# Restart count a container had before the switch, if plan_switch kept it running. args: service cid\nkept_restarts() {\n  for k in $KEPT; do case $k in \"$1=$2:\"*) echo \"${k##*:}\"; return 0 ;; esac; done\n  return 1\n}\n\n# \"cid:restarts ...\" of the given containers, one `docker container inspect` (none without args).\nrestarts_of() {\n  [ $# -gt 0 ] || return 0\n  docker container inspect -f '{{printf \"%.12s\" .Id}}:{{.RestartCount}}' \"$@\" 2>/dev/null | tr '\\n' ' '\n}\n\n# A service without a health check passes once it stayed up RUN_SETTLE seconds of this verification\n# (a release that crashes a second after its start must not pass). args: service\nRUN_SETTLE=${RUN_SETTLE:-5}\nsettled() {\n  [ \"$RUN_SETTLE\" -gt 0 ] || return 0\n  for r in $RUN_SEEN; do case $r in \"$1=\"*) [ $(( $(now) - ${r#*=} )) -ge \"$RUN_SETTLE\" ]; return ;; esac; done\n  RUN_SEEN=\"$RUN_SEEN $1=$(now)\"\n  return 1\n}\n\n# Waits until every long-running service is healthy (or running without a health check) and\n# every one-shot exited 0; fails fast on unhealthy, exited or restarting containers. A container kept\n# running through the switch is judged by restarts since then (its RestartCount is lifelong), and its\n# `unhealthy` is not final: it may have been waiting for a dependency the switch replaced.\n# Per round one `docker ps` for every service (state, exit code and health from its status) and one\n# `container inspect` for the restart counts of the containers the switch started; those of the kept\n# containers are read once more when the round would end the wait (success or timeout).\n# args: timeout \"svc:kind\" ... (kind: health|run|oneshot)\nverify() {\n  deadline=$(( $(now) + $1 )); shift\n  RUN_SEEN=\n  while :; do\n    pending='' bad='' fresh='' kept_ids=''\n    docker ps -a --filter \"label=com.docker.compose.project=$PROJECT\" \\\n      --format '{{.Label \"com.docker.compose.service\"}}\t{{.ID}}\t{{.State}}\t{{.Status}}' >\"$RUN/verify.tsv\" 2>/dev/null || true\n    # \"service kind cid state exit health\" per spec (cid \"-\": no container yet), newest container\n    rows=$(printf '%s\\n' \"$@\" | SD_C=\"$RUN/verify.tsv\" awk -F '\\t' '\n      BEGIN {\n        while ((getline line < ENVIRON[\"SD_C\"]) > 0) {\n          split(line, a, \"\\t\"); if (a[1] in r) continue\n          code = 0; if (match(a[4], /^Exited \\([0-9]+\\)/)) code = substr(a[4], 9, RLENGTH - 9)\n          h = a[4] ~ /\\(healthy\\)/ ? \"healthy\" : a[4] ~ /\\(unhealthy\\)/ ? \"unhealthy\" : a[4] ~ /\\(health: / ? \"starting\" : \"none\"\n          r[a[1]] = a[2] \" \" (a[3] == \"\" ? \"unknown\" : a[3]) \" \" code \" \" h\n        }\n      }\n      $0 != \"\" { i = index($0, \":\"); s = substr($0, 1, i - 1); print s \" \" substr($0, i + 1) \" \" (s in r ? r[s] : \"- - - -\") }')\n    while read -r s kind cid status code health; do\n      if [ -z \"$s\" ] || [ \"$cid\" = - ] || [ \"$kind\" = oneshot ]; then continue; fi\n      if kept_restarts \"$s\" \"$cid\" >/dev/null; then kept_ids=\"$kept_ids $cid\"; else fresh=\"$fresh $cid\"; fi\n    done <<EOF\n$rows\nEOF\n    # shellcheck disable=SC2086\n    counts=$(restarts_of $fresh)\n    while read -r s kind cid status code health; do\n      [ -n \"$s\" ] || continue\n      if [ \"$cid\" = - ]; then pending=\"$pending $s\"; continue; fi\n      case $kind in\n        oneshot)\n          if [ \"$status\" = exited ] && [ \"$code\" = 0 ]; then :\n          elif [ \"$status\" = exited ] || [ \"$status\" = dead ]; then bad=\"$bad $s\"\n          else pending=\"$pending $s\"; fi ;;\n        *)\n          kept=y; base=$(kept_restarts \"$s\" \"$cid\") || { kept=; base=0; }\n          restarts=$base\n          for c in $counts; do case $c in \"$cid:\"*) restarts=${c#*:} ;; esac; done\n          if [ \"$status\" = restarting ] || [ \"$restarts\" -gt \"$base\" ] || [ \"$status\" = exited ] || [ \"$status\" = dead ]; then bad=\"$bad $s\"\n          elif [ \"$health\" = unhealthy ] && [ -z \"$kept\" ]; then bad=\"$bad $s\"\n          elif [ \"$health\" = healthy ]; then :\n          elif [ \"$kind\" = run ] && [ \"$status\" = running ] && { [ -n \"$kept\" ] || settled \"$s\"; }; then :\n          else pending=\"$pending $s\"; fi ;;\n      esac\n    done <<EOF\n$rows\nEOF\n    if [ -z \"$bad\" ] && { [ -z \"$pending\" ] || [ \"$(now)\" -ge \"$deadline\" ]; } && [ -n \"$kept_ids\" ]; then\n      # shellcheck disable=SC2086\n      for c in $(restarts_of $kept_ids); do\n        for k in $KEPT; do\n          case $k in *\"=${c%%:*}:\"*) [ \"${c#*:}\" -le \"${k##*:}\" ] || bad=\"$bad ${k%%=*}\" ;; esac\n        done\n      done\n    fi\n    if [ -n \"$bad\" ]; then FAILED=$bad; return 1; fi\n    if [ -z \"$pending\" ]; then return 0; fi\n    if [ \"$(now)\" -ge \"$deadline\" ]; then FAILED=$pending; return 1; fi\n    sleep 1\n  done\n}\n\n# One request per attempt (-g: no [1-5] or {a,b} expansion), each bounded by the time left.\ncheck_urls() { # timeout url...\n  deadline=$(( $(now) + $1 )); shift\n  for u in \"$@\"; do\n    while :; do\n      left=$(( deadline - $(now) )); [ \"$left\" -le 5 ] || left=5; [ \"$left\" -ge 1 ] || left=1\n      if command -v curl >/dev/null 2>&1; then curl -gfsS -o /dev/null --max-time \"$left\" -- \"$u\" 2>\"$RUN/url.err\" && break\n      else timeout \"$left\" wget -q -O /dev/null -T \"$left\" -- \"$u\" 2>\"$RUN/url.err\" && break; fi\n      if [ \"$(now)\" -ge \"$deadline\" ]; then FAILED=\"url:$u\"; log \"url      $u did not answer 2xx: $(tail -n 1 \"$RUN/url.err\")\"; return 1; fi\n      sleep 1\n    done\n    log \"url      $u answered\"\n  done\n}\n\nexplain() { # services\n  for s in \"$@\"; do\n    case $s in url:*) continue ;; esac\n    cid=$(cid_of \"$s\")\n    mark \"failed-service $s\"\n    [ -n \"$cid\" ] || { log \"$s: no container\"; continue; }\n    log \"$s: $(docker inspect -f 'status={{.State.Status}} exit={{.State.ExitCode}} restarts={{.RestartCount}}{{if .State.Health}} health={{.State.Health.Status}}{{end}}' \"$cid\")\"\n    docker inspect -f '{{if .State.Health}}{{range .State.Health.Log}}  health: exit {{.ExitCode}}: {{.Output}}{{println}}{{end}}{{end}}' \"$cid\" | grep -v '^$' | tail -n 3\n    log \"$s: last log lines\"\n    docker logs --tail 20 \"$cid\" 2>&1 | sed 's/^/  | /'\n  done\n}\n\nlast_good() { # release to exclude\n  [ -f \"$DIR/history.log\" ] || return 0\n  awk -F '\\t' -v x=\"$1\" '$4 == \"success\" && $3 != x { r = $3 } END { print r }' \"$DIR/history.log\"\n}\n\nrecord() { # keep\n  log \"current -> $(basename \"$(readlink \"$DIR/current\")\")\"\n  keep=$1\n  ls -1 \"$DIR/releases\" | grep -v '\\.partial$' | sort -r | awk -v k=\"$keep\" 'NR > k' | while read -r old; do\n    [ \"$old\" = \"$REL_ID\" ] || [ \"$old\" = \"$GOOD\" ] || [ \"$old\" = \"$FROM\" ] || { rm -rf \"$DIR/releases/$old\"; log \"pruned   release $old\"; }\n  done\n  # uploads of runs that never started (an upload in progress is younger than an hour)\n  find \"$DIR/releases\" -mindepth 1 -maxdepth 1 -name '*.partial' -mmin +60 -exec rm -rf {} + 2>/dev/null || true\n  # logs and results of the newest $RUNS_KEPT runs stay (run ids sort by time)\n  ls -1 \"$DIR/runs\" | sort -r | awk -v k=\"$RUNS_KEPT\" 'NR > k' | while read -r old; do\n    [ \"$DIR/runs/$old\" = \"$RUN\" ] || rm -rf \"${DIR:?}/runs/$old\"\n  done\n  docker image prune -f >/dev/null 2>&1 || true\n}\n";

;// CONCATENATED MODULE: ./src/plan/transaction.ts


const PULL_TIMEOUT_SEC = 600;
/** runs/<id> directories (logs, results) kept on the host */
const RUNS_KEPT = 30;
/**
 * The default transaction-timeout: every pull at its timeout, the migrations (and their undo), two
 * verifications (deploy and rollback) with their health checks, and ten minutes for compose itself.
 */
function defaultDeadline(t) {
    return t.pulls * PULL_TIMEOUT_SEC + 2 * t.migrateSec + 4 * t.healthSec + 600;
}
function render(steps) {
    return steps
        .map((s) => 'phase' in s ? `phase ${s.phase}` : 'raw' in s ? s.raw : [s.call, ...s.args.map(quote/* shq */.hi)].join(' '))
        .join('\n');
}
function header(c, kind, rel) {
    const dir = (0,quote/* shqPath */.se)(c.dir);
    return [
        '#!/bin/sh',
        `# stack-deploy ${kind} transaction, run ${c.runId}. Generated: the steps at the end run in order.`,
        'set -u',
        'umask 077',
        `DIR=${dir}`,
        `PROJECT=${(0,quote/* shq */.hi)(c.project)}`,
        `KIND=${(0,quote/* shq */.hi)(kind)}`,
        `RUN="$DIR/runs/"${(0,quote/* shq */.hi)(c.runId)}`,
        `REL_ID=${(0,quote/* shq */.hi)(rel)}`,
        `REL="$DIR/releases/$REL_ID"`,
        `ACTOR=${(0,quote/* shq */.hi)(c.meta.actor)}`,
        `SHA=${(0,quote/* shq */.hi)(c.meta.sha)}`,
        `RUN_URL=${(0,quote/* shq */.hi)(c.meta.runUrl)}`,
        'FROM= GOOD= CHANGED= FAILED=',
        // the transaction runs as `setsid sh txn.sh`: its pid leads the process group a deadline stops
        'TXN_PID=$$',
        `DEADLINE=${Math.max(0, Math.round(c.deadlineSec ?? 0))}`,
        `PULL_TIMEOUT=${Math.max(1, Math.round(c.pullTimeoutSec ?? PULL_TIMEOUT_SEC))}`,
        `RUNS_KEPT=${RUNS_KEPT}`,
    ].join('\n');
}
/** Images to pull: each distinct image once, registry images always, others when missing. */
function pullList(services, registry) {
    const seen = new Map();
    for (const s of services) {
        if (!s.image || seen.has(s.image))
            continue;
        seen.set(s.image, registry && s.image.startsWith(registry + '/') ? 'always' : 'missing');
    }
    return [...seen].map(([image, policy]) => ({ image, policy }));
}
/** The ordered steps of a deploy: readable as one list, rendered into the host script. */
function deploySteps(t) {
    const steps = [
        { phase: 'lock' },
        { call: 'acquire_lock', args: [String(t.lockTimeoutSec)] },
        {
            raw: 'FROM=$(basename "$(readlink "$DIR/current" 2>/dev/null)" 2>/dev/null); [ "$FROM" != . ] || FROM=',
        },
        { raw: 'GOOD=$(last_good "$REL_ID"); mark "from ${FROM:--} good ${GOOD:--}"' },
        { phase: 'check' },
        { call: 'check_config', args: [] },
        { phase: 'pull' },
        // pull_image starts each pull (a few at a time); pull_wait collects them and fails naming each image
        ...pullList(t.services, t.registry).map((p) => ({ call: 'pull_image', args: [p.image, p.policy] })),
        { call: 'pull_wait', args: [] },
        { raw: 'rm -rf "$RUN/.docker"' },
        { phase: 'resolve' },
        { call: 'resolve_images', args: t.services.filter((s) => s.image).flatMap((s) => [s.name, s.image]) },
        {
            // the configuration exactly as compose sees it, pinned images included (0600: it holds .env values)
            raw: 'SD_ROOT="$REL" "$REL/dc" config >"$REL/compose.rendered.yml" 2>"$RUN/config.err" || log "warning: compose config failed: $(tail -n 1 "$RUN/config.err")"',
        },
    ];
    if (t.migrateService && t.services.some((s) => s.name === t.migrateService))
        steps.push({ phase: 'migrate' }, { call: 'run_migrations', args: [t.migrateService, String(t.migrateTimeoutSec)] }, { call: 'record_revision', args: [t.migrateService] }, 
        // its run for this release is done: compose up must neither run it again nor recreate its old
        // container (compose then recreates every service depending on it, down to nginx)
        { raw: `SKIP_ONESHOT=${(0,quote/* shq */.hi)(t.migrateService)}; SKIP_WHY='it already ran in the migrate phase'` });
    steps.push({ phase: 'switch' }, { call: 'point_current', args: [t.releaseId] }, { call: 'apply_current', args: [] }, { phase: 'verify' }, {
        raw: [
            `if verify_current ${t.healthTimeoutSec} && check_urls ${t.healthTimeoutSec} ${t.healthUrls.map(quote/* shq */.hi).join(' ')}; then`,
            `  phase record; record ${t.keepReleases}; finish success "deployed $REL_ID" 0`,
            'fi',
            'log "verification failed:$FAILED"',
            'explain $FAILED',
            'DETAIL="unhealthy:$FAILED"',
            t.rollbackOnFailure
                ? [
                    'if [ -n "$GOOD" ] && [ -d "$DIR/releases/$GOOD" ]; then',
                    '  phase rollback',
                    '  T0=$(now); FROM=$REL_ID',
                    '  log "rolling back the whole stack to $GOOD"',
                    ...(t.downgradeOnRollback && t.migrateService
                        ? [`  downgrade_to "$REL" ${(0,quote/* shq */.hi)(t.migrateService)} "$GOOD" ${t.migrateTimeoutSec} || true`]
                        : []),
                    `  SKIP_ONESHOT=${(0,quote/* shq */.hi)(t.migrateService ?? '')}; SKIP_WHY=$ROLLBACK_WHY; point_current "$GOOD"; apply_current`,
                    `  if verify_current ${t.healthTimeoutSec}; then`,
                    '    KIND=auto-rollback REL_ID=$GOOD history success "after $FROM failed"',
                    '    mark "rollback-seconds $(( $(now) - T0 ))"',
                    '    REL_ID=$FROM; finish rolled-back "$DETAIL; rolled back to $GOOD" 1',
                    '  fi',
                    '  explain $FAILED',
                    '  KIND=auto-rollback REL_ID=$GOOD history failed "rollback did not become healthy:$FAILED"',
                    '  REL_ID=$FROM; finish failed "$DETAIL; rollback to $GOOD also failed:$FAILED" 1',
                    'fi',
                    'log "no previous good release to roll back to; nothing deleted, volumes untouched"',
                ].join('\n')
                : '',
            'finish failed "$DETAIL" 1',
        ]
            .filter(Boolean)
            .join('\n'),
    });
    return steps;
}
function rollbackSteps(t) {
    return [
        { phase: 'lock' },
        { call: 'acquire_lock', args: [String(t.lockTimeoutSec)] },
        {
            raw: 'FROM=$(basename "$(readlink "$DIR/current" 2>/dev/null)" 2>/dev/null); [ "$FROM" != . ] || FROM=',
        },
        {
            raw: [
                `TARGET=${(0,quote/* shq */.hi)(t.target ?? '')}`,
                '[ -n "$TARGET" ] || TARGET=$(last_good "$FROM")',
                '[ -n "$TARGET" ] || fail "no earlier successful release to roll back to"',
                '[ -f "$DIR/releases/$TARGET/images.txt" ] || fail "release $TARGET is not on the host (kept: $(ls "$DIR/releases" | tr "\\n" " "))"',
                'REL_ID=$TARGET; REL="$DIR/releases/$TARGET"; GOOD=$TARGET',
                'mark "from ${FROM:--} good $TARGET"',
            ].join('\n'),
        },
        { phase: 'switch' },
        ...(t.downgradeOnRollback && t.migrateService
            ? [
                {
                    raw: `[ -z "$FROM" ] || downgrade_to "$DIR/releases/$FROM" ${(0,quote/* shq */.hi)(t.migrateService)} "$TARGET" 900 || true`,
                },
            ]
            : []),
        { raw: `SKIP_ONESHOT=${(0,quote/* shq */.hi)(t.migrateService ?? '')}; SKIP_WHY=$ROLLBACK_WHY; point_current "$TARGET"` },
        { call: 'apply_current', args: [] },
        { phase: 'verify' },
        {
            raw: [
                `if verify_current ${t.healthTimeoutSec} && check_urls ${t.healthTimeoutSec} ${t.healthUrls.map(quote/* shq */.hi).join(' ')}; then`,
                `  phase record; record ${t.keepReleases}; finish success "rolled back to $TARGET" 0`,
                'fi',
                'explain $FAILED',
                'finish failed "release $TARGET did not become healthy:$FAILED" 1',
            ].join('\n'),
        },
    ];
}
/** The whole host script for a deploy. */
function deployScript(t) {
    return [header(t, 'deploy', t.releaseId), TXN_LIB, render(deploySteps(t)), ''].join('\n');
}
function rollbackScript(t) {
    return [header(t, 'rollback', t.target ?? ''), TXN_LIB, render(rollbackSteps(t)), ''].join('\n');
}
/** Human-readable ordered plan (dry-run): the steps without the library. */
function describeSteps(steps) {
    return render(steps).split('\n');
}
/** The `dc` wrapper each release carries: docker compose with the release's files, root overridable. */
function composeWrapper(project, projectDir, composeFiles) {
    const f = (p) => `"$root"/${(0,quote/* shq */.hi)(p)}`;
    return [
        '#!/bin/sh',
        '# docker compose for this release: `SD_ROOT=<dir> ./dc ps`; by default the directory of this file.',
        'root=${SD_ROOT:-$(cd "$(dirname "$0")" && pwd)}',
        [
            'exec docker compose -p',
            (0,quote/* shq */.hi)(project),
            '--project-directory',
            f(projectDir),
            ...composeFiles.flatMap((c) => ['-f', f(c)]),
            '-f "$root/release.yml" --env-file "$root/.env" --env-file "$root/stack-deploy.env" "$@"',
        ].join(' '),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/plan/stack.ts
/** The deploy's view of a merged compose model: services in dependency order, images, files to ship. Pure. */



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Seconds from a compose duration (`1m30s`, `500ms`, `10s`, or a number of seconds). */
function durationSec(v, fallback) {
    if (typeof v === 'number')
        return v;
    if (typeof v !== 'string' || !v.trim())
        return fallback;
    const re = /(\d+(?:\.\d+)?)(ms|us|ns|h|m|s)/g;
    let total = 0;
    let matched = '';
    for (const m of v.matchAll(re)) {
        const n = Number(m[1]);
        total +=
            m[2] === 'h' ? n * 3600 : m[2] === 'm' ? n * 60 : m[2] === 's' ? n : m[2] === 'ms' ? n / 1000 : 0;
        matched += m[0];
    }
    return matched === v.trim() ? total : fallback;
}
function dependsOnOf(svc) {
    const d = svc.depends_on;
    if (Array.isArray(d))
        return d.map((n) => ({ name: String(n), condition: 'service_started' }));
    if (isObj(d))
        return Object.entries(d).map(([name, v]) => ({
            name,
            condition: isObj(v) && typeof v.condition === 'string' ? v.condition : 'service_started',
        }));
    return [];
}
function isRelative(p) {
    return p.startsWith('./') || p.startsWith('../') || p === '.' || p === '..';
}
/** Relative host paths a service bind-mounts, from short (`./a:/b:ro`) or long syntax. */
function bindSources(svc) {
    const out = [];
    for (const v of Array.isArray(svc.volumes) ? svc.volumes : []) {
        if (typeof v === 'string') {
            const src = v.split(':')[0];
            if (isRelative(src))
                out.push(external_node_path_.posix.normalize(src));
        }
        else if (isObj(v) && v.type === 'bind' && typeof v.source === 'string' && isRelative(v.source)) {
            out.push(external_node_path_.posix.normalize(v.source));
        }
    }
    return out;
}
/** Relative files a service or the top level reads at deploy time (env_file, configs, secrets). */
function envFiles(svc) {
    const e = svc.env_file;
    const list = Array.isArray(e) ? e : e === undefined ? [] : [e];
    return list
        .map((x) => (typeof x === 'string' ? x : isObj(x) && typeof x.path === 'string' ? x.path : ''))
        .filter((p) => p && !external_node_path_.posix.isAbsolute(p))
        .map((p) => external_node_path_.posix.normalize(p));
}
/** Every local path (relative to the project directory) the release must carry; build contexts excluded. */
function shippedPaths(model) {
    const out = new Set();
    const services = isObj(model.services) ? model.services : {};
    for (const svc of Object.values(services)) {
        if (!isObj(svc))
            continue;
        for (const p of [...bindSources(svc), ...envFiles(svc)])
            out.add(p);
    }
    for (const section of ['configs', 'secrets']) {
        const s = model[section];
        if (!isObj(s))
            continue;
        for (const v of Object.values(s))
            if (isObj(v) && typeof v.file === 'string' && !external_node_path_.posix.isAbsolute(v.file))
                out.add(external_node_path_.posix.normalize(v.file));
    }
    return [...out].sort();
}
/** Services in dependency order (dependencies first), ties by name. Cycles are a validation error upstream. */
function dependencyOrder(model) {
    const services = isObj(model.services) ? model.services : {};
    const names = Object.keys(services).sort();
    const seen = new Set();
    const out = [];
    const visit = (n, stack) => {
        if (seen.has(n) || stack.has(n) || !(n in services))
            return;
        stack.add(n);
        const svc = services[n];
        for (const d of isObj(svc)
            ? dependsOnOf(svc)
                .map((x) => x.name)
                .sort()
            : [])
            visit(d, stack);
        stack.delete(n);
        seen.add(n);
        out.push(n);
    };
    for (const n of names)
        visit(n, new Set());
    return out;
}
/** Whether `compose up` starts a service: no profiles, or one of them active. */
function active(svc, profiles) {
    const p = isObj(svc) && Array.isArray(svc.profiles) ? svc.profiles.map(String) : [];
    return p.length === 0 || p.some((x) => profiles.includes(x) || profiles.includes('*'));
}
/** Active profiles from COMPOSE_PROFILES (comma separated). */
function profilesOf(env) {
    return (env.COMPOSE_PROFILES ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
}
/**
 * The migrate one-shot of this stack: the default name only when the stack has that service; a name
 * given explicitly must be one of the stack's services.
 */
function migrateServiceOf(model, name, explicit, profiles = []) {
    if (!name)
        return undefined;
    const services = isObj(model.services) ? model.services : {};
    if (name in services && active(services[name], profiles))
        return name;
    if (!explicit)
        return undefined;
    const names = Object.keys(services).filter((n) => active(services[n], profiles));
    throw new errors/* ConfigError */.xL(`migrate-service: "${name}" is not a service of the stack (services: ${names.sort().join(', ') || 'none'}); name one of them or set it empty`);
}
/** The deploy plan's services from the merged model: those compose up starts, in dependency order. */
function servicesOf(model, opts) {
    const all = isObj(model.services) ? model.services : {};
    const services = Object.fromEntries(Object.entries(all).filter(([, v]) => active(v, opts.profiles ?? [])));
    const completedTargets = new Set();
    for (const svc of Object.values(services))
        if (isObj(svc))
            for (const d of dependsOnOf(svc))
                if (d.condition === 'service_completed_successfully')
                    completedTargets.add(d.name);
    return dependencyOrder({ services }).map((name) => {
        const svc = services[name];
        const ext = isObj(svc['x-stack-deploy']) ? svc['x-stack-deploy'] : {};
        const hc = isObj(svc.healthcheck) ? svc.healthcheck : undefined;
        const hasHealthcheck = !!hc && hc.disable !== true && !(Array.isArray(hc.test) && hc.test[0] === 'NONE');
        const interval = durationSec(hc?.interval, 30);
        const timeout = durationSec(hc?.timeout, 30);
        const retries = typeof hc?.retries === 'number' ? hc.retries : Number(hc?.retries ?? 3) || 3;
        const startPeriod = durationSec(hc?.start_period, 0);
        return {
            name,
            image: typeof svc.image === 'string' ? svc.image : '',
            oneshot: name === opts.migrateService || completedTargets.has(name) || ext.role === 'oneshot',
            dependsOn: dependsOnOf(svc).map((d) => d.name),
            hasHealthcheck,
            healthBudgetSec: hasHealthcheck ? Math.ceil(startPeriod + (interval + timeout) * (retries + 1)) : 10,
            bindFiles: bindSources(svc),
        };
    });
}
/** Default health-timeout: the slowest service's own budget, at least 30 s. */
function defaultHealthTimeout(services) {
    return Math.max(30, ...services.filter((s) => !s.oneshot).map((s) => s.healthBudgetSec));
}
/** Content hash of a set of files (path + bytes), for "its bind-mounted files changed". */
function contentHash(entries) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const e of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
        h.update(e.path + '\0');
        h.update(e.data);
        h.update('\0');
    }
    return h.digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/plan/bake.ts

const buildxVersion = () => ['docker', 'buildx', 'version'];
const builderInspect = () => ['docker', 'buildx', 'inspect'];
const dockerStorage = () => ['docker', 'info', '--format', '{{json .DriverStatus}}'];
/** Resolves the compose files into bake targets (JSON on stdout) without building. */
function bakePrint(composeFiles) {
    return ['docker', 'buildx', 'bake', ...composeFiles.flatMap((f) => ['-f', f]), '--print'];
}
/** `docker login` reading the password from stdin. */
function bake_registryLogin(host, username) {
    return ['docker', 'login', '--username', username, '--password-stdin', host];
}
/** The registry host of a `registry` setting like `ghcr.io/team` or `127.0.0.1:5000`. */
function registryHost(registry) {
    return registry.split('/')[0];
}
/** Splits `host:port/path/name:tag@sha256:…` into repository, tag and digest. */
function splitRef(ref) {
    const [nameTag, digest] = ref.split('@');
    const slash = nameTag.lastIndexOf('/');
    const colon = nameTag.lastIndexOf(':');
    return colon > slash
        ? { repo: nameTag.slice(0, colon), tag: nameTag.slice(colon + 1), digest }
        : { repo: nameTag, digest };
}
/** A Docker tag from free text, as docker/metadata-action sanitises branch names. */
function sanitizeTag(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
function parseSemver(text) {
    const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return {
        major,
        minor,
        patch,
        prerelease: m[4],
        version: `${major}.${minor}.${patch}${m[4] ? '-' + m[4] : ''}`,
    };
}
/**
 * Tags from the git context, highest priority first, like docker/metadata-action's defaults:
 * semver from a tag (1.2.3, 1.2, 1; a pre-release or 0.x only extends the full version), the git
 * tag or branch name, pr-N, sha-<7>, the full sha.
 */
function gitTags(git) {
    const out = [];
    const ref = git.ref ?? '';
    const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
    const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
    const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    if (tag !== undefined) {
        const v = parseSemver(tag);
        if (v) {
            out.push(v.version);
            if (!v.prerelease) {
                out.push(`${v.major}.${v.minor}`);
                if (v.major > 0)
                    out.push(`${v.major}`);
            }
        }
        else
            out.push(sanitizeTag(tag));
    }
    if (branch !== undefined)
        out.push(sanitizeTag(branch));
    if (pr !== undefined)
        out.push(`pr-${pr}`);
    if (git.sha)
        out.push(`sha-${git.sha.slice(0, 7)}`, git.sha);
    return [...new Set(out.filter(Boolean))];
}
/** The version label: what metadata-action's first tag would be, else the compose tag. */
function versionOf(git, composeTag) {
    const ref = git.ref ?? '';
    const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
    if (tag !== undefined)
        return parseSemver(tag)?.version ?? sanitizeTag(tag);
    const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
    if (branch !== undefined)
        return sanitizeTag(branch);
    const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    if (pr !== undefined)
        return `pr-${pr}`;
    return composeTag;
}
/** The commit time as UTC ISO 8601 and as SOURCE_DATE_EPOCH; throws on text that is not a time. */
function commitInstant(commitTime) {
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(commitTime) ? Date.parse(commitTime) : NaN;
    if (Number.isNaN(ms))
        throw new errors/* ConfigError */.xL(`git.commitTime: expected an ISO 8601 time like 2024-05-01T12:00:00Z, got "${commitTime}"`);
    return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), epoch: String(Math.floor(ms / 1000)) };
}
/** org.opencontainers.image.* labels; `created` is the commit time so rebuilds stay identical. */
function ociLabels(service, git, version) {
    const labels = {};
    if (git.commitTime)
        labels['org.opencontainers.image.created'] = commitInstant(git.commitTime).iso;
    if (git.sha)
        labels['org.opencontainers.image.revision'] = git.sha;
    if (git.repoUrl)
        labels['org.opencontainers.image.source'] = git.repoUrl;
    labels['org.opencontainers.image.title'] = service;
    if (version)
        labels['org.opencontainers.image.version'] = version;
    return labels;
}
/** Whether the builder can export a build cache (the classic docker driver cannot). */
function canExportCache(b) {
    return b.driver !== 'docker' || b.containerdStore;
}
const NO_CACHE = { from: [], to: [] };
function cacheFor(service, repo, refs, input, next) {
    const { cache, push } = input.settings;
    const exportable = canExportCache(input.builder);
    switch (cache) {
        case 'gha':
            return exportable
                ? { from: [`type=gha,scope=${service}`], to: [`type=gha,scope=${service},mode=max`] }
                : NO_CACHE;
        case 'registry': {
            const ref = `${repo}:buildcache`;
            if (exportable)
                return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
            return { from: [`type=registry,ref=${ref}`], to: [], cacheImage: push ? ref : undefined };
        }
        case 'inline':
            return { from: refs.map((r) => `type=registry,ref=${r}`), to: ['type=inline'] };
        case 'local':
            return exportable
                ? {
                    from: [`type=local,src=${input.localCacheDir}/${service}`],
                    to: [`type=local,dest=${next}/${service},mode=max`],
                }
                : NO_CACHE;
        case 'none':
            return NO_CACHE;
    }
}
/** The extra bake target that pushes `<image>:buildcache` with an inline cache for `service`. */
function cacheTarget(service) {
    return `${service}-stack-deploy-buildcache`;
}
function degradeWarning(cache, input) {
    if (canExportCache(input.builder) || cache === 'none' || cache === 'inline')
        return undefined;
    const why = `the builder "${input.builder.name}" uses the docker driver, which cannot export a build cache`;
    const fix = 'create a docker-container builder (docker/setup-buildx-action) for a full cache';
    if (cache === 'registry')
        return input.settings.push
            ? `cache registry: ${why}; pushing an image with an inline cache (mode=min) as <image>:buildcache instead; ${fix}`
            : `cache registry: ${why} and nothing is pushed; only reading <image>:buildcache; ${fix}`;
    return `cache ${cache}: ${why}; building without a cache; ${fix}`;
}
/** The override bake file and the bake argv for one build. Throws ConfigError on impossible requests. */
function bakePlan(input) {
    const { settings, git, builder } = input;
    const platforms = input.platforms ?? [];
    const classic = !canExportCache(builder);
    if (platforms.length > 1 && classic)
        throw new errors/* ConfigError */.xL(`platforms: the builder "${builder.name}" uses the docker driver, which builds one platform at a time, got ${platforms.join(',')}; ` +
            'create a docker-container builder (docker/setup-buildx-action)');
    if (platforms.length > 1 && !settings.push)
        throw new errors/* ConfigError */.xL(`platforms: building for ${platforms.join(',')} needs push: true (the local image store holds one platform)`);
    if (settings.cache === 'local' && !input.localCacheDir)
        throw new errors/* ConfigError */.xL('cache local: no cache directory was given');
    const warnings = [];
    const degraded = degradeWarning(settings.cache, input);
    if (degraded)
        warnings.push(degraded);
    const localCache = settings.cache === 'local' && !classic && input.localCacheDir
        ? { dir: input.localCacheDir, next: `${input.localCacheDir}.next` }
        : undefined;
    const instant = git.commitTime ? commitInstant(git.commitTime) : undefined;
    const extra = gitTags(git);
    const target = {};
    const allTags = {};
    const cacheTargets = [];
    for (const service of input.services) {
        const t = input.targets[service];
        if (!t)
            throw new errors/* ConfigError */.xL(`services: ${service} has no build section in the compose files`);
        const own = t.tags ?? [];
        if (own.length === 0)
            throw new errors/* ConfigError */.xL(`services.${service}.image: a service that is built needs an image name to tag and push, got none`);
        const primary = splitRef(own[0]);
        const tags = [...own];
        for (const x of extra)
            tags.push(`${primary.repo}:${x}`);
        const cacheRefs = [own[0]];
        const branch = /^refs\/heads\/(.+)$/.exec(git.ref ?? '')?.[1];
        if (branch)
            cacheRefs.push(`${primary.repo}:${sanitizeTag(branch)}`);
        const cache = cacheFor(service, primary.repo, [...new Set(cacheRefs)], input, localCache?.next);
        allTags[service] = [...new Set(tags)];
        const entry = {
            tags: allTags[service],
            labels: ociLabels(service, git, versionOf(git, primary.tag)),
        };
        if (instant)
            entry.args = { SOURCE_DATE_EPOCH: instant.epoch };
        if (cache.from.length)
            entry['cache-from'] = cache.from;
        if (cache.to.length)
            entry['cache-to'] = cache.to;
        if (platforms.length)
            entry.platforms = platforms;
        target[service] = entry;
        // a target of its own, so the deployed image's config does not carry the cache metadata (its
        // content varies between builds) and its digest stays that of its layers and labels
        if (cache.cacheImage) {
            target[cacheTarget(service)] = {
                inherits: [service],
                tags: [cache.cacheImage],
                'cache-to': ['type=inline'],
            };
            cacheTargets.push(cacheTarget(service));
        }
    }
    const bake = (targets, metadata) => [
        'docker',
        'buildx',
        'bake',
        '--progress',
        'plain',
        ...input.composeFiles.flatMap((f) => ['-f', f]),
        '-f',
        input.overrideFile,
        ...(metadata ? ['--metadata-file', input.metadataFile] : []),
        // provenance attestations carry build timestamps: they would change the digest of every rebuild
        '--provenance=false',
        settings.push ? '--push' : '--load',
        ...targets,
    ];
    return {
        override: JSON.stringify({ target }, null, 2) + '\n',
        argv: bake(input.services, true),
        cacheArgv: cacheTargets.length ? bake(cacheTargets, false) : undefined,
        env: instant ? { SOURCE_DATE_EPOCH: instant.epoch } : {},
        warnings,
        localCache,
        tags: allTags,
    };
}
/** Targets from `docker buildx bake --print` output. */
function parseBakePrint(stdout) {
    const doc = JSON.parse(stdout);
    return doc.target ?? {};
}
/** The builder's name and driver from `docker buildx inspect`, and the engine's storage driver status. */
function parseBuilder(inspect, driverStatus) {
    const field = (name) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(inspect)?.[1].trim() ?? '';
    return {
        name: field('Name'),
        driver: field('Driver'),
        containerdStore: driverStatus.includes('io.containerd.snapshotter'),
    };
}
/**
 * service → reference the deploy pins: `ref@digest` when pushed (bake reports the registry manifest
 * digest), the plain `ref` otherwise (the digest of a local-only image is its config, not pullable).
 */
function imagesFromMetadata(metadata, services, targets, pushed) {
    const doc = JSON.parse(metadata);
    const images = {};
    for (const s of services) {
        const ref = targets[s]?.tags?.[0] ?? '';
        const digest = doc[s]?.['containerimage.digest'];
        if (!pushed)
            images[s] = ref;
        else if (typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest))
            images[s] = `${splitRef(ref).repo}:${splitRef(ref).tag ?? 'latest'}@${digest}`;
        else
            throw new errors/* ConfigError */.xL(`bake metadata: no image digest for service ${s}`);
    }
    return images;
}
/**
 * The docker config.json for a private DOCKER_CONFIG: the user's settings, the file-stored
 * credentials and credential helpers of other registries stay; the default credential store
 * (credsStore) and any entry for `host` go, so that `docker login` writes into this file and
 * removing the directory is the logout.
 */
function loginDockerConfig(userConfig, host) {
    let cfg = {};
    try {
        const parsed = userConfig ? JSON.parse(userConfig) : {};
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            cfg = parsed;
    }
    catch {
        cfg = {};
    }
    const out = { ...cfg };
    delete out.credsStore;
    for (const key of ['auths', 'credHelpers']) {
        const m = cfg[key];
        if (m && typeof m === 'object') {
            const copy = { ...m };
            delete copy[host];
            delete copy[`https://${host}`];
            out[key] = copy;
        }
    }
    return JSON.stringify(out, null, 2) + '\n';
}
/** Where a private DOCKER_CONFIG links to the user's, so plugins, builders and contexts stay found. */
const DOCKER_CONFIG_LINKS = ['cli-plugins', 'buildx', 'contexts'];
/** What went wrong in a failed bake, from its output. */
function classifyBakeFailure(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim().replace(/^#\d+\s+/, ''));
    const find = (re) => lines.find((l) => re.test(l));
    const rules = [
        ['cache-export', /cache export is not supported/i],
        [
            'dockerfile-missing',
            /failed to read dockerfile|dockerfile: no such file|open .*Dockerfile.*no such file/i,
        ],
        [
            'push-denied',
            /denied|unauthorized|authentication required|insufficient_scope|401 Unauthorized|403 Forbidden|no basic auth credentials/i,
        ],
        ['no-builder', /no builder .* found|no valid drivers found/i],
    ];
    for (const [kind, re] of rules) {
        const line = find(re);
        // the daemon sometimes wraps the registry's answer in the API request it was made for
        if (line)
            return {
                kind,
                line: line.replace(/^ERROR:\s*/, '').replace(/^error during connect: [A-Za-z]+ "[^"]*": /, ''),
            };
    }
    const last = [...lines].reverse().find((l) => /^ERROR|error/i.test(l)) ?? lines.filter(Boolean).pop() ?? '';
    return { kind: 'other', line: last.replace(/^ERROR:\s*/, '') };
}
/** `git` commands that read the commit being built (sha and committer time on two lines). */
function gitCommit(cwd, rev = 'HEAD') {
    return ['git', '-C', cwd, 'log', '-1', '--format=%H%n%cI', rev, '--'];
}
const gitHeadRef = (cwd) => ['git', '-C', cwd, 'symbolic-ref', '-q', 'HEAD'];
const gitOrigin = (cwd) => ['git', '-C', cwd, 'remote', 'get-url', 'origin'];
/** A browsable https URL from a remote URL, without any credentials in it. */
function repoUrlOf(remote) {
    const r = remote.trim();
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(r);
    if (scp && !/^[a-z]+:\/\//i.test(r))
        return `https://${scp[1]}/${scp[2]}`;
    try {
        const u = new URL(r);
        if (!['http:', 'https:', 'ssh:', 'git:'].includes(u.protocol))
            return undefined;
        return `https://${u.hostname}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/util/workdir.ts
var workdir = __webpack_require__(9716);
;// CONCATENATED MODULE: ./src/steps/build-cache.ts
/**
 * cache: local across runs: the rotated buildx cache directory travels through the GitHub Actions
 * cache service (@actions/cache). Best effort: no outcome here ever fails a build.
 */



/**
 * `stack-deploy-buildx-<os>-<arch>-<scope>-<sha>`, restored by the prefix up to the scope. The
 * scope (12 hex of a sha256) covers the compose files, the services and the platforms: the cache
 * directory is replaced whole after each build, so a build of other services must not overwrite it.
 */
function localCacheKey(p) {
    const scope = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([p.composeFiles, [...p.services].sort(), [...p.platforms].sort()]))
        .digest('hex')
        .slice(0, 12);
    const prefix = `stack-deploy-buildx-${process.platform}-${process.arch}-${scope}-`;
    const id = p.sha ?? `run-${p.env.GITHUB_RUN_ID ?? '0'}-${p.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return { key: prefix + id, restoreKeys: [prefix] };
}
const NOTHING_TO_SAVE = { save: async () => { } };
const why = (err) => (err instanceof Error ? err.message : String(err));
/** Restores `dir` before the build when the Actions cache service is there; else one info line. */
async function restoreLocalCache(dir, k, deps) {
    const { logger, env } = deps;
    if (env.GITHUB_ACTIONS !== 'true') {
        logger.info(`cache local: not on GitHub Actions; ${dir} is kept only as long as the directory itself`);
        return NOTHING_TO_SAVE;
    }
    if (!deps.cache) {
        logger.info(`cache local: only the action restores and saves ${dir} with the GitHub Actions cache; from the CLI, cache that directory with actions/cache`);
        return NOTHING_TO_SAVE;
    }
    const cache = typeof deps.cache === 'function' ? await deps.cache() : deps.cache;
    if (!cache.isFeatureAvailable()) {
        logger.info(`cache local: the GitHub Actions cache service is not available to this step; ${dir} is neither restored nor saved`);
        return NOTHING_TO_SAVE;
    }
    const started = Date.now();
    let hit;
    try {
        hit = await cache.restoreCache([dir], k.key, k.restoreKeys);
        if (hit)
            logger.info(`cache local: restored ${dir} from ${hit} in ${(0,util_logger/* formatDuration */.a3)(Date.now() - started)}`);
        else
            logger.info(`cache local: no usable entry for ${k.restoreKeys[0]}*; building with an empty cache`);
    }
    catch (err) {
        logger.warn(`cache local: ${dir} was not restored (${why(err)}); building with an empty cache`);
    }
    // the library reports a failed download or extraction as a miss: half a directory would
    // confuse bake more than an empty one
    if (!hit)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return {
        save: async () => {
            if (hit === k.key) {
                logger.info(`cache local: ${k.key} was restored exactly; not saved again`);
                return;
            }
            const t = Date.now();
            try {
                const id = await cache.saveCache([dir], k.key);
                logger.info(id === -1
                    ? `cache local: the cache service did not take ${k.key} (see above); the next build restores an older entry`
                    : `cache local: saved ${dir} as ${k.key} in ${(0,util_logger/* formatDuration */.a3)(Date.now() - t)}`);
            }
            catch (err) {
                // the images are built; a cache that was not saved only slows the next build
                logger.warn(`cache local: ${dir} was not saved as ${k.key}: ${why(err)}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/steps/build.ts








/** Where cache: local keeps its directory unless told otherwise. */
function localCacheDir(tempRoot) {
    return (0,external_node_path_.join)(tempRoot, 'stack-deploy-buildx-cache');
}
function tempRootOf(input) {
    return input.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? '');
}
async function checkBuildx(run, env) {
    const r = await run(buildxVersion(), { env });
    if (r.code === 0)
        return;
    if (r.code === 127)
        throw new errors/* PreflightError */.wG(`docker is not installed on the runner (${firstLine(r.stderr)})`);
    throw new errors/* PreflightError */.wG(`docker buildx is not available on the runner (\`docker buildx version\`: ${firstLine(r.stderr)}); ` +
        'install the docker-buildx plugin or run docker/setup-buildx-action first');
}
async function inspectBuilder(run, env) {
    const r = await run(builderInspect(), { env });
    if (r.code !== 0) {
        const err = firstLine(r.stderr).replace(/^ERROR:\s*/, '');
        if (/cannot connect to the docker daemon|permission denied/i.test(r.stderr))
            throw new errors/* PreflightError */.wG(`the Docker daemon on the runner did not answer: ${err}`);
        throw new errors/* PreflightError */.wG(`no buildx builder to build with: ${err} (check BUILDX_BUILDER and \`docker buildx ls\`, or run docker/setup-buildx-action)`);
    }
    const storage = await run(dockerStorage(), { env });
    return parseBuilder(r.stdout, storage.code === 0 ? storage.stdout : '');
}
/**
 * A private DOCKER_CONFIG holding the registry login: the password goes over stdin only, and
 * removing the directory afterwards is the logout. The user's plugins, builders and contexts stay.
 */
async function login(settings, dir, env, deps) {
    const reg = settings.registry;
    if (!reg?.username || !reg.password)
        return undefined;
    const host = registryHost(reg.host);
    const password = reg.password.reveal();
    deps.logger.secret(password);
    const userDir = env.DOCKER_CONFIG ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    const userConfig = (0,external_node_path_.join)(userDir, 'config.json');
    (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), loginDockerConfig((0,external_node_fs_.existsSync)(userConfig) ? (0,external_node_fs_.readFileSync)(userConfig, 'utf8') : undefined, host), { mode: 0o600 });
    for (const name of DOCKER_CONFIG_LINKS)
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(userDir, name)))
            (0,external_node_fs_.symlinkSync)((0,external_node_path_.join)(userDir, name), (0,external_node_path_.join)(dir, name));
    const r = await deps.runLocal(bake_registryLogin(host, reg.username), {
        env: { ...env, DOCKER_CONFIG: dir },
        stdin: password,
        timeoutMs: 60_000,
    });
    if (r.code !== 0) {
        const why = firstLine(r.stderr).replace(/^Error response from daemon:\s*/, '');
        throw new errors/* CommandError */.Qd(`registry ${host} refused the login of user "${reg.username}": ${why}; check registry-username and registry-password`, r.code, '');
    }
    deps.logger.info(`logged in to ${host} as ${reg.username}`);
    return dir;
}
async function resolveTargets(composeFiles, projectDir, env, run) {
    const r = await run(bakePrint(composeFiles), { cwd: projectDir, env });
    if (r.code !== 0)
        throw new errors/* CommandError */.Qd(`docker buildx bake could not read the compose files (${composeFiles.join(', ')})`, r.code, (0,errors/* tail */.RT)(r.stderr, 10));
    return parseBakePrint(r.stdout);
}
function isRemoteContext(ctx) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(ctx) || /^git@/.test(ctx) || /^github\.com\//.test(ctx);
}
/** Names the service and the path before bake fails on it with a path inside the daemon. */
function checkDockerfiles(projectDir, services, targets) {
    for (const s of services) {
        const t = targets[s];
        const ctx = t.context ?? '.';
        if (t['dockerfile-inline'] !== undefined || isRemoteContext(ctx))
            continue;
        const ctxPath = (0,external_node_path_.resolve)(projectDir, ctx);
        if (!(0,external_node_fs_.existsSync)(ctxPath))
            throw new errors/* ConfigError */.xL(`services.${s}.build.context: expected a directory, ${ctxPath} does not exist`);
        const dockerfile = (0,external_node_path_.resolve)(ctxPath, t.dockerfile ?? 'Dockerfile');
        if (!(0,external_node_fs_.existsSync)(dockerfile))
            throw new errors/* ConfigError */.xL(`services.${s}.build.dockerfile: expected a Dockerfile at ${dockerfile}, found none`);
    }
}
function bakeError(r, services, targets) {
    const { kind, line } = classifyBakeFailure(r.stderr);
    const stderrTail = (0,errors/* tail */.RT)(r.stderr, 30);
    switch (kind) {
        case 'push-denied': {
            const repos = services.map((s) => splitRef(targets[s].tags?.[0] ?? '').repo).join(', ');
            return new errors/* CommandError */.Qd(`push denied by the registry: ${line}; log in with registry-username and registry-password, ` +
                `and check that the account may push to ${repos}`, r.code, stderrTail);
        }
        case 'dockerfile-missing':
            return new errors/* ConfigError */.xL(`a Dockerfile is missing: ${line}`);
        case 'no-builder':
            return new errors/* PreflightError */.wG(`no buildx builder to build with: ${line}`);
        default:
            return new errors/* CommandError */.Qd(`docker buildx bake failed (exit ${r.code}): ${line}`, r.code, stderrTail);
    }
}
/** Streams bake's progress to debug and counts the Dockerfile steps that came from cache. */
function progress(logger) {
    let buf = '';
    const steps = new Set();
    const cached = new Set();
    const line = (l) => {
        logger.debug(l);
        const step = /^#(\d+) \[[^\]]* \d+\/\d+\] (\S+)/.exec(l);
        if (step && step[2] !== 'FROM')
            steps.add(step[1]);
        const hit = /^#(\d+) CACHED$/.exec(l);
        if (hit)
            cached.add(hit[1]);
    };
    return {
        onStderr: (c) => {
            buf += c;
            const parts = buf.split('\n');
            buf = parts.pop() ?? '';
            parts.forEach(line);
        },
        summary: () => {
            if (buf)
                line(buf);
            buf = '';
            return `${[...cached].filter((id) => steps.has(id)).length} of ${steps.size} steps cached`;
        },
    };
}
/**
 * Builds (and with settings.push, pushes) every service with a build section through
 * `docker buildx bake`, and returns the digests from bake's metadata file.
 */
async function build(input, deps) {
    const started = Date.now();
    const { logger, runLocal } = deps;
    const { settings } = input;
    const composeFiles = input.composeFiles.map((f) => (0,external_node_path_.resolve)(input.cwd, f));
    const projectDir = (0,external_node_path_.dirname)(composeFiles[0]);
    const tempRoot = tempRootOf(input);
    (0,external_node_fs_.mkdirSync)(tempRoot, { recursive: true });
    const work = (0,workdir/* makeWorkDir */.dW)('build', tempRoot);
    const env = { ...input.envVars };
    try {
        await checkBuildx(runLocal, env);
        const dockerConfig = await login(settings, (0,external_node_path_.join)(work, 'docker-config'), env, deps);
        if (dockerConfig)
            env.DOCKER_CONFIG = dockerConfig;
        const builder = await inspectBuilder(runLocal, env);
        logger.info(`builder ${builder.name} (${builder.driver} driver)`);
        const targets = await resolveTargets(composeFiles, projectDir, env, runLocal);
        const wanted = input.services?.length ? input.services : settings.services;
        for (const s of wanted)
            if (!targets[s])
                logger.warn(`services: ${s} has no build section in the compose files; not built`);
        const services = wanted.length ? wanted.filter((s) => targets[s]) : Object.keys(targets);
        if (services.length === 0) {
            logger.info('nothing to build: no selected service has a build section');
            return { images: {}, tags: {}, cache: 'nothing built', durationMs: Date.now() - started };
        }
        checkDockerfiles(projectDir, services, targets);
        const plan = bakePlan({
            settings,
            git: input.git,
            composeFiles,
            services,
            targets,
            builder,
            overrideFile: (0,external_node_path_.join)(work, 'stack-deploy.bake.json'),
            metadataFile: (0,external_node_path_.join)(work, 'metadata.json'),
            localCacheDir: input.localCacheDir ?? localCacheDir(tempRoot),
            platforms: input.platforms,
        });
        for (const w of plan.warnings)
            logger.warn(w);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(work, 'stack-deploy.bake.json'), plan.override);
        logger.debug(`bake override:\n${plan.override}`);
        const runEnv = deps.env ?? process.env;
        const cacheHandle = plan.localCache
            ? await restoreLocalCache(plan.localCache.dir, localCacheKey({
                composeFiles: composeFiles.map((f) => (0,external_node_path_.relative)(runEnv.GITHUB_WORKSPACE || input.cwd, f)),
                services,
                platforms: input.platforms ?? [],
                sha: input.git.sha,
                env: runEnv,
            }), { logger, cache: deps.cache, env: runEnv })
            : undefined;
        if (plan.localCache)
            (0,external_node_fs_.rmSync)(plan.localCache.next, { recursive: true, force: true });
        const p = progress(logger);
        const r = await runLocal(plan.argv, {
            cwd: projectDir,
            env: { ...env, ...plan.env },
            onStderr: p.onStderr,
        });
        const cachedSummary = p.summary();
        if (r.code !== 0)
            throw bakeError(r, services, targets);
        if (plan.cacheArgv) {
            const c = await runLocal(plan.cacheArgv, {
                cwd: projectDir,
                env: { ...env, ...plan.env },
                onStderr: (t) => logger.debug(t.trimEnd()),
            });
            // the images are pushed; a cache that could not be saved only slows the next build
            if (c.code !== 0)
                logger.warn(`the build cache was not pushed: ${classifyBakeFailure(c.stderr).line}`);
        }
        if (plan.localCache && (0,external_node_fs_.existsSync)(plan.localCache.next)) {
            // rotate: the new cache replaces the old one whole, so old layers do not pile up
            (0,external_node_fs_.rmSync)(plan.localCache.dir, { recursive: true, force: true });
            (0,external_node_fs_.renameSync)(plan.localCache.next, plan.localCache.dir);
            await cacheHandle?.save();
        }
        const images = imagesFromMetadata((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(work, 'metadata.json'), 'utf8'), services, targets, settings.push);
        const width = Math.max(...services.map((s) => s.length));
        for (const s of services)
            logger.info(`${s.padEnd(width)}  ${images[s]}`);
        const durationMs = Date.now() - started;
        logger.info(`${settings.push ? 'built and pushed' : 'built'} ${services.length} image(s) in ${(0,util_logger/* formatDuration */.a3)(durationMs)} (${cachedSummary})`);
        return { images, tags: plan.tags, cache: cachedSummary, durationMs };
    }
    finally {
        // removes the private DOCKER_CONFIG too: this is the registry logout
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/**
 * The commit being built: GitHub's variables where set, the repository in cwd for the rest.
 * Outside a git repository every field may stay empty.
 */
async function readGitContext(cwd, env, runLocal) {
    const git = {
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        repoUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
            : undefined,
    };
    const c = await runLocal(gitCommit(cwd, git.sha ?? 'HEAD'));
    if (c.code === 0) {
        const [sha, time] = c.stdout.trim().split('\n');
        git.sha ??= sha;
        git.commitTime = time;
    }
    if (!git.ref) {
        const r = await runLocal(gitHeadRef(cwd));
        if (r.code === 0 && r.stdout.trim())
            git.ref = r.stdout.trim();
    }
    if (!git.repoUrl) {
        const o = await runLocal(gitOrigin(cwd));
        if (o.code === 0)
            git.repoUrl = repoUrlOf(o.stdout);
    }
    return git;
}

;// CONCATENATED MODULE: ./src/steps/follow.ts


function emptyReport() {
    return { status: '', detail: '', phases: [], services: [], failedServices: [], log: [] };
}
/** Applies one log line to the report; returns the line to show, or undefined for markers. */
function parseLine(line, r) {
    if (!line.startsWith('::')) {
        r.log.push(line);
        return line;
    }
    const [kind, ...rest] = line.slice(2).split(' ');
    switch (kind) {
        case 'phase-end':
            r.phases.push({ name: rest[0], seconds: Number(rest[1]) });
            break;
        case 'service':
            r.services.push({
                name: rest[0],
                action: rest[1] === 'recreate' || rest[1] === 'create' ? rest[1] : 'unchanged',
                why: rest[2],
                oldImage: rest[3],
                newImage: rest[4],
            });
            break;
        case 'failed-service':
            if (!r.failedServices.includes(rest[0]))
                r.failedServices.push(rest[0]);
            break;
        case 'from':
            r.from = rest[0] === '-' ? undefined : rest[0];
            r.good = rest[2] === '-' ? undefined : rest[2];
            break;
        case 'rollback-seconds':
            r.rollbackSeconds = Number(rest[0]);
            break;
        case 'lock-wait':
            r.lockWait = rest.join(' ');
            break;
        // `::result` is only a progress marker: the verdict comes from the result file (see follow)
    }
    return undefined;
}
/**
 * Streams the host transaction's log until it ends, re-attaching when the connection drops: the
 * transaction runs detached and keeps going either way.
 */
async function follow(t, dir, runId, pid, logger, opts = {}) {
    const report = emptyReport();
    let lines = 0;
    let partial = '';
    let phase = '';
    const onChunk = (chunk) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) {
            lines++;
            if (line.startsWith('::phase ')) {
                phase = line.slice(8);
                logger.info(`── ${phase}`);
            }
            const shown = parseLine(line, report);
            if (shown !== undefined)
                logger.info(shown);
        }
    };
    const attempts = opts.reattachAttempts ?? 5;
    for (let i = 0;; i++) {
        partial = '';
        let r;
        try {
            r = await t.exec(followScript(dir, runId, lines + 1, pid), { onStdout: onChunk });
        }
        catch (err) {
            if (!(err instanceof errors/* ConnectionError */.Rc) || i >= attempts)
                throw err;
            logger.warn(`lost the connection while following the deploy (${err.message}); re-attaching`);
            continue;
        }
        if (partial)
            onChunk('\n');
        const res = await t.exec(readResult(dir, runId));
        const [status, detail] = res.stdout.split('\n');
        if (status) {
            // the atomically written result file is the authority; the log is text anything may print into
            report.status = status;
            report.detail = detail ?? '';
            return report;
        }
        if (i >= attempts)
            throw new errors/* ConnectionError */.Rc(`the deploy on the host has no result yet (phase ${phase || 'start'}) and following it failed: ${r.stderr.trim()}`);
        logger.warn(`log stream ended without a result (exit ${r.code}); re-attaching`);
        await new Promise((res) => setTimeout(res, 1000));
    }
}

;// CONCATENATED MODULE: ./src/steps/status.ts


/** Checks docker and Compose v2 on the host, naming what is missing. */
async function checkDocker(t) {
    const d = await t.exec(dockerServerVersion());
    if (d.code !== 0) {
        const err = d.stderr.trim();
        if (d.code === 127 || /not found/.test(err))
            throw new errors/* PreflightError */.wG(`${t.target}: docker is not installed or not on PATH (${err.split('\n')[0]})`);
        if (/permission denied/i.test(err))
            throw new errors/* PreflightError */.wG(`${t.target}: the user cannot reach the Docker daemon (permission denied on the socket); add it to the docker group`);
        throw new errors/* PreflightError */.wG(`${t.target}: the Docker daemon did not answer: ${err.split('\n')[0]}`);
    }
    const c = await t.exec(composeVersion());
    const version = c.stdout.trim().replace(/^v/, '');
    if (c.code !== 0 || !/^2\./.test(version))
        throw new errors/* PreflightError */.wG(`${t.target}: Docker Compose v2 is missing (\`docker compose version\` ${c.code !== 0 ? 'failed: ' + c.stderr.trim().split('\n')[0] : 'reported ' + version}); install the docker-compose-plugin package`);
    return { docker: d.stdout.trim(), compose: version };
}
async function hostStatus(t, l, log) {
    const versions = await checkDocker(t);
    const cur = await t.exec(readCurrent(l));
    const currentRelease = cur.code === 0 && cur.stdout.trim() ? cur.stdout.trim() : undefined;
    log.info(`host      ${t.target}`);
    log.info(`docker    ${versions.docker} (compose ${versions.compose})`);
    log.info(`directory ${l.dir}`);
    log.info(`release   ${currentRelease ?? 'none yet'}`);
    return { ...versions, currentRelease };
}

;// CONCATENATED MODULE: ./src/steps/deploy.ts











const MIN_FREE_KB = 512 * 1024;
const MIGRATE_TIMEOUT_SEC = 900;
/** Everything decided before touching the host: files, services, the transaction script. Pure but for reads. */
function prepare(ctx) {
    const s = ctx.settings;
    const model = (ctx.report.model ?? {});
    const profiles = profilesOf({ ...ctx.report.env, ...ctx.injected });
    const migrateService = migrateServiceOf(model, s.migrateService, s.migrateServiceExplicit, profiles);
    const services = servicesOf(model, { migrateService, profiles });
    if (services.length === 0)
        throw new errors/* ConfigError */.xL('the compose files define no services');
    for (const svc of services)
        if (!svc.image)
            throw new errors/* ConfigError */.xL(`services.${svc.name}: an image is required to deploy (build: alone cannot be pulled)`);
    if (s.services.length) {
        const unknown = s.services.filter((n) => !services.some((x) => x.name === n));
        if (unknown.length)
            throw new errors/* ConfigError */.xL(`input services: ${unknown.join(', ')} not defined in the compose files`);
    }
    let layout;
    try {
        // included and extended compose files ship too: compose on the host reads them again
        const projectDirCwd = external_node_path_.posix.dirname(external_node_path_.posix.normalize(s.composeFiles[0]));
        const sources = (ctx.report.composeSources ?? []).map((f) => external_node_path_.posix.relative(projectDirCwd, f));
        layout = bundleLayout(s.composeFiles, [...new Set([...shippedPaths(model), ...sources])]);
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`release bundle: ${err.message}`);
    }
    const healthTimeoutSec = s.healthTimeoutSec ?? defaultHealthTimeout(services);
    const txn = {
        project: ctx.project,
        dir: ctx.remote.dir,
        runId: ctx.releaseId,
        releaseId: ctx.releaseId,
        lockTimeoutSec: s.lockTimeoutSec,
        deadlineSec: s.transactionTimeoutSec ??
            defaultDeadline({
                pulls: pullList(services, s.registry?.host).length,
                migrateSec: s.migrateService && services.some((x) => x.name === s.migrateService) ? MIGRATE_TIMEOUT_SEC : 0,
                healthSec: healthTimeoutSec,
            }),
        healthTimeoutSec,
        healthUrls: s.healthUrls,
        keepReleases: s.keepReleases,
        meta: ctx.meta,
        services,
        registry: s.registry?.host,
        migrateService,
        migrateTimeoutSec: MIGRATE_TIMEOUT_SEC,
        rollbackOnFailure: s.rollbackOnFailure,
        downgradeOnRollback: s.rollbackMigrations,
    };
    return {
        layout,
        services,
        healthTimeoutSec,
        script: deployScript(txn),
        steps: describeSteps(deploySteps(txn)),
    };
}
function filesUnder(path) {
    const st = (0,external_node_fs_.statSync)(path);
    if (!st.isDirectory())
        return [path];
    return (0,external_node_fs_.readdirSync)(path)
        .sort()
        .flatMap((f) => filesUnder((0,external_node_path_.join)(path, f)));
}
/** Copies a file or folder, in-tree links as the files they lead to (escaping links are refused before). */
function copyResolved(src, dst) {
    const st = (0,external_node_fs_.statSync)(src);
    if (st.isDirectory()) {
        (0,external_node_fs_.mkdirSync)(dst, { recursive: true });
        for (const name of (0,external_node_fs_.readdirSync)(src).sort())
            copyResolved((0,external_node_path_.join)(src, name), (0,external_node_path_.join)(dst, name));
    }
    else if (st.isFile())
        (0,external_node_fs_.copyFileSync)(src, dst);
}
/** Builds the release tarball locally; returns its bytes. */
async function buildBundle(ctx, p, runLocal) {
    const cwd = (0,external_node_path_.resolve)(ctx.settings.workingDirectory);
    // a private (0700) folder holds the staged files and the tarball
    const priv = (0,workdir/* makeWorkDir */.dW)('bundle');
    const stage = (0,external_node_path_.join)(priv, 'stage');
    (0,external_node_fs_.mkdirSync)(stage, { mode: 0o700 });
    try {
        for (const e of p.layout.entries) {
            const src = (0,external_node_path_.join)(cwd, e.from);
            try {
                (0,external_node_fs_.statSync)(src);
            }
            catch {
                throw new errors/* ConfigError */.xL(`release bundle: ${e.from} is referenced by the compose files but does not exist`);
            }
            // validation reports these (SD-SEC-007); never follow a link out even when it was skipped
            const out = (0,validate/* escapingLinks */.qz)(src, cwd);
            if (out.length)
                throw new errors/* ConfigError */.xL(`release bundle: ${out.map((l) => (0,external_node_path_.relative)(cwd, l.path) + (l.target ? ` leads to ${l.target}` : ' is a symlink loop')).join(', ')}: only files inside the working directory are shipped`);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(stage, e.to)), { recursive: true });
            copyResolved(src, (0,external_node_path_.join)(stage, e.to));
        }
        const projectDirAbs = (0,external_node_path_.join)(cwd, (0,external_node_path_.dirname)(ctx.settings.composeFiles[0]));
        const hashes = p.services.map((svc) => {
            const files = svc.bindFiles.flatMap((b) => {
                try {
                    return filesUnder((0,external_node_path_.join)(projectDirAbs, b)).map((f) => ({
                        path: f.slice(projectDirAbs.length),
                        data: (0,external_node_fs_.readFileSync)(f),
                    }));
                }
                catch {
                    return [];
                }
            });
            return `${svc.name}\t${files.length ? contentHash(files) : '-'}`;
        });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'files.hash'), hashes.join('\n') + '\n');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'services.txt'), p.services
            .map((svc) => `${svc.name}\t${svc.oneshot ? 'oneshot' : svc.hasHealthcheck ? 'health' : 'run'}`)
            .join('\n') + '\n');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'dc'), composeWrapper(ctx.project, p.layout.projectDir, p.layout.composeFiles), { mode: 0o755 });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'stack-deploy.env'), injectedEnvFile(ctx.injected));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'meta.json'), JSON.stringify({ ...ctx.meta, time: new Date().toISOString() }));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'release.yml'), 'services: {}\n');
        const tgz = (0,external_node_path_.join)(priv, 'bundle.tgz');
        (0,external_node_fs_.writeFileSync)(tgz, '', { mode: 0o600 });
        const r = await runLocal(['tar', '-czf', tgz, '-C', stage, '.']);
        if (r.code !== 0)
            throw new errors/* CommandError */.Qd('tar of the release bundle failed', r.code, r.stderr);
        return (0,external_node_fs_.readFileSync)(tgz);
    }
    finally {
        (0,external_node_fs_.rmSync)(priv, { recursive: true, force: true });
    }
}
async function must(t, argv, what, opts = {}) {
    const r = await t.exec(argv, opts);
    if (r.code !== 0)
        throw new errors/* CommandError */.Qd(`${t.target}: ${what} failed (exit ${r.code})`, r.code, (r.stdout + r.stderr).trim());
    return r.stdout;
}
async function preflight(t, ctx, logger) {
    const v = await checkDocker(t);
    const r = await t.exec(preflightScript(ctx.remote.dir, MIN_FREE_KB, ctx.settings.healthUrls.length > 0));
    if (r.code !== 0)
        throw new errors/* PreflightError */.wG(`${t.target}: ${(r.stdout + r.stderr).trim()}`);
    const free = Number(r.stdout.trim().split(' ')[1]);
    logger.info(`docker ${v.docker}, compose ${v.compose}, ${(free / 1024 / 1024).toFixed(1)} GiB free in ${ctx.remote.dir}`);
}
/** Upload → launch → follow. Returns what the host transaction reported. */
async function deploy(ctx, t, deps) {
    const { logger } = deps;
    const p = prepare(ctx);
    const dir = ctx.remote.dir;
    await deps.group('preflight', () => preflight(t, ctx, logger));
    await deps.group('upload', async () => {
        const bundle = await buildBundle(ctx, p, deps.runLocal);
        await must(t, unpackScript(dir, ctx.releaseId), 'unpacking the release', { stdin: bundle });
        await must(t, writeSecretFile(dir, `releases/${ctx.releaseId}.partial/.env`), 'writing .env', {
            stdin: ctx.envText,
        });
        await must(t, finaliseScript(dir, ctx.releaseId, ctx.releaseId), 'finalising the release', {
            stdin: p.script,
        });
        logger.info(`release ${ctx.releaseId}: ${p.layout.entries.length} files, ${(bundle.length / 1024).toFixed(1)} KiB`);
        const reg = ctx.settings.registry;
        if (reg?.username && reg.password) {
            const r = await t.exec(registryLogin(dir, ctx.releaseId, reg.host, reg.username), {
                stdin: reg.password.reveal(),
            });
            if (r.code !== 0)
                throw new errors/* PreflightError */.wG(`${t.target}: registry ${reg.host} refused the login for ${reg.username}: ${r.stderr.trim()}`);
            logger.info(`logged in to ${reg.host} on the host for this run only`);
        }
    });
    let pid;
    try {
        pid = (await must(t, launchScript(dir, ctx.releaseId), 'starting the transaction')).trim();
    }
    catch (err) {
        // the transaction removes the run's registry login itself; when it never started, do it here
        await t.exec(dropRunLogin(dir, ctx.releaseId));
        throw err;
    }
    logger.info(`transaction running on the host (pid ${pid}); it finishes even if this connection drops`);
    const txn = await follow(t, dir, ctx.releaseId, pid, logger);
    const images = {};
    const out = await t.exec(readImages(dir, ctx.releaseId));
    for (const line of out.stdout.split('\n')) {
        const [svc, ref] = line.split('\t');
        if (svc && ref)
            images[svc] = ref;
    }
    return { releaseId: ctx.releaseId, txn, images, healthTimeoutSec: p.healthTimeoutSec };
}

;// CONCATENATED MODULE: ./src/plan/doctor.ts
/** The read-only host script of `doctor` and the parser of its sections. Pure. */

/**
 * Gathers every fact doctor judges, in one exec, changing nothing. Each section starts with a line
 * `::<token> <name> <args…>`; the token is random per call, so container logs cannot forge one.
 * args: dir project token urls(newline separated) tls-targets(host:port, newline separated)
 */
const BODY = `set +e
set -f
d=$(expand "$1"); P=$2; T=$3; URLS=$4; TLS=$5
# joins its arguments with spaces whatever IFS is
sec() {
  _m=$1
  shift
  for _a in "$@"; do _m="$_m $_a"; done
  printf '\\n::%s %s\\n' "$T" "$_m"
}
nl='
'
sec meta
cur=
[ -L "$d/current" ] && cur=$(basename "$(readlink "$d/current")")
echo "release=$cur"
root=$(docker info -f '{{.DockerRootDir}}' 2>/dev/null)
echo "docker-root=$root"
echo "time=$(date -u +%s)"
if [ -n "$cur" ]; then
  sec env-mode
  stat -c %a "$d/current/.env" 2>/dev/null
  sec config
  SD_ROOT="$d/current" timeout 60 "$d/current/dc" config --format json 2>/dev/null
  sec config-hash
  SD_ROOT="$d/current" timeout 60 "$d/current/dc" config --hash '*' 2>/dev/null
  sec services
  cat "$d/current/services.txt" 2>/dev/null
fi
ids=$(docker ps -aq --no-trunc --filter "label=com.docker.compose.project=$P")
sec inspect
if [ -n "$ids" ]; then docker inspect $ids; else echo '[]'; fi
# one line per container: id status oom restarts health service depends_on rw-volume-mounts tls-bindings
# (a mount destination with a space or a comma is not tested)
rows=
[ -z "$ids" ] || rows=$(docker inspect -f '{{.Id}} {{.State.Status}} {{.State.OOMKilled}} {{.RestartCount}} {{with index .State "Health"}}{{.Status}}{{else}}none{{end}} {{index .Config.Labels "com.docker.compose.service"}} ,{{index .Config.Labels "com.docker.compose.depends_on"}} ,{{range .Mounts}}{{if and (eq .Type "volume") .RW}}{{.Name}}={{.Destination}},{{end}}{{end}} ,{{range $p, $b := .NetworkSettings.Ports}}{{if eq $p "443/tcp"}}{{range $b}}{{.HostIp}}:{{.HostPort}},{{end}}{{end}}{{end}}' $ids)
# docker exec in the container as its own user; 125: the daemon refused (the container stopped meanwhile)
in_container() {
  out=$(timeout 10 docker exec "$@" </dev/null 2>&1)
  rc=$?
  case $out in *"Error response from daemon"*) rc=125 ;; esac
}
running=
IFS=$nl
for row in $rows; do
  IFS=' '
  read -r id status oom restarts health svc deps mounts tls <<EOF
$row
EOF
  IFS=$nl
  if [ "$status" != running ] || [ "$oom" = true ] || [ "$restarts" != 0 ] || [ "$health" = unhealthy ] || [ "$health" = starting ]; then
    sec logs "$id"
    docker logs --tail 20 "$id" 2>&1 | tail -n 20 | cut -c1-400
  fi
  [ "$status" = running ] || continue
  running="$running$nl$id"
  for f in "/sys/fs/cgroup/cpu,cpuacct/docker/$id/cpu.stat" "/sys/fs/cgroup/cpu/docker/$id/cpu.stat" \\
    "/sys/fs/cgroup/cpu,cpuacct/system.slice/docker-$id.scope/cpu.stat" \\
    "/sys/fs/cgroup/system.slice/docker-$id.scope/cpu.stat" "/sys/fs/cgroup/docker/$id/cpu.stat"; do
    if [ -r "$f" ]; then sec cpu-stat "$id"; cat "$f"; break; fi
  done
  IFS=,
  for dep in $deps; do
    n=\${dep%%:*}
    # a one-shot (migrations) is gone once it completed: nothing to resolve
    case $dep in '' | *:service_completed_successfully*) continue ;; esac
    in_container "$id" sh -c 'getent hosts "$1" 2>/dev/null || nslookup "$1" 2>&1' sh "$n"
    sec resolve "$svc" "$n" "$rc"
    printf '%s\\n' "$out" | tail -n 6 | cut -c1-200
  done
  for m in $mounts; do
    [ -n "$m" ] || continue
    in_container "$id" test -w "\${m#*=}"
    sec writable "$svc" "\${m%%=*}" "$rc"
    printf '%s\\n' "\${m#*=}"
  done
  for b in $tls; do
    case $b in '') ;; 0.0.0.0:* | :*) TLS="$TLS$nl""127.0.0.1:\${b#*:}" ;; *:*:*) ;; *) TLS="$TLS$nl$b" ;; esac
  done
  IFS=$nl
done
unset IFS
sec stats
[ -z "$running" ] || timeout 30 docker stats --no-stream --no-trunc --format '{{json .}}' $running 2>/dev/null
sec df
df -Pk "$root" 2>/dev/null | tail -n 1
sec df-inodes
df -Pi "$root" 2>/dev/null | tail -n 1
sec system-df
timeout 60 docker system df --format '{{json .}}' 2>/dev/null
sec volumes
docker volume ls --format '{{.Name}}	{{.Label "com.docker.compose.project"}}' 2>/dev/null
sec listeners
ss -Hltnp 2>/dev/null || ss -ltn 2>/dev/null | tail -n +2
IFS=$nl
i=0
for u in $URLS; do
  if command -v curl >/dev/null 2>&1; then
    out=$(curl -g -sS -o /dev/null -w '%{http_code}' --max-time 5 "$u" 2>&1)
  else
    out=$(wget -q -O /dev/null -T 5 "$u" 2>&1 && echo 200)
  fi
  rc=$?
  sec url "$i" "$rc"
  printf '%s\\n' "$out" | tail -n 2 | cut -c1-300
  i=$((i + 1))
done
seen=
for t in $TLS; do
  case "$nl$seen$nl" in *"$nl$t$nl"*) continue ;; esac
  seen="$seen$nl$t"
  host=\${t%:*}
  case $host in *[!0-9.]* | '') sni="-servername$nl$host" ;; *) sni= ;; esac
  pem=$(echo | timeout 10 openssl s_client -connect "$t" $sni 2>/dev/null | openssl x509 2>/dev/null)
  if [ -z "$pem" ]; then sec tls "$t" none; continue; fi
  printf '%s\\n' "$pem" | openssl x509 -noout -checkend 0 >/dev/null 2>&1; e0=$?
  printf '%s\\n' "$pem" | openssl x509 -noout -checkend 1209600 >/dev/null 2>&1; e14=$?
  sec tls "$t" "$e0" "$e14"
  printf '%s\\n' "$pem" | openssl x509 -noout -enddate -subject 2>/dev/null
done
unset IFS
sec end
`;
function doctorScript(dir, project, token, urls, tlsTargets) {
    return script(BODY, [dir, project, token, urls.join('\n'), tlsTargets.join('\n')]);
}
/** Splits the script's output into sections; text before the first marker is ignored. */
function parseSections(stdout, token) {
    const out = [];
    const head = `::${token} `;
    let cur;
    const close = () => {
        if (cur)
            out.push({ name: cur.name, args: cur.args, body: cur.lines.join('\n').trim() });
    };
    for (const line of stdout.split('\n')) {
        if (line.startsWith(head)) {
            close();
            const [name, ...args] = line.slice(head.length).split(' ');
            cur = { name, args, lines: [] };
        }
        else
            cur?.lines.push(line);
    }
    close();
    return out;
}
/** `https://host:port/…` health URLs → `host:port` targets whose certificate doctor reads. */
function tlsTargetsOf(urls) {
    const out = [];
    for (const u of urls) {
        try {
            const url = new URL(u);
            if (url.protocol === 'https:')
                out.push(`${url.hostname}:${url.port || '443'}`);
        }
        catch {
            // settings validated the URLs; anything else is not a TLS target
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/doctor-facts.ts
const KB = 1024;
const fmtBytes = (b) => b >= KB ** 3 ? `${(b / KB ** 3).toFixed(1)}GiB` : b >= KB ** 2 ? `${Math.round(b / KB ** 2)}MiB` : `${b}B`;
const doctor_facts_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const num = (v) => (typeof v === 'number' ? v : Number(v) || 0);
const lines = (body) => (body ? body.split('\n') : []);
function jsonOr(text, fallback) {
    try {
        return JSON.parse(text);
    }
    catch {
        return fallback;
    }
}
function serviceSpecs(cfg) {
    const services = doctor_facts_isObj(cfg.services) ? cfg.services : {};
    return Object.entries(services).map(([name, raw]) => {
        const s = doctor_facts_isObj(raw) ? raw : {};
        const deps = doctor_facts_isObj(s.depends_on) ? s.depends_on : {};
        return {
            name,
            dependsOn: Object.entries(deps).map(([d, v]) => ({
                name: d,
                condition: doctor_facts_isObj(v) ? str(v.condition) || 'service_started' : 'service_started',
            })),
            networks: doctor_facts_isObj(s.networks) ? Object.keys(s.networks) : ['default'],
            ports: (Array.isArray(s.ports) ? s.ports : []).filter(doctor_facts_isObj).map((p) => ({
                hostIp: str(p.host_ip),
                published: str(p.published),
                target: num(p.target),
                protocol: str(p.protocol) || 'tcp',
            })),
            user: str(s.user),
        };
    });
}
function container(raw) {
    const st = doctor_facts_isObj(raw.State) ? raw.State : {};
    const cfg = doctor_facts_isObj(raw.Config) ? raw.Config : {};
    const hc = doctor_facts_isObj(raw.HostConfig) ? raw.HostConfig : {};
    const labels = doctor_facts_isObj(cfg.Labels) ? cfg.Labels : {};
    const health = doctor_facts_isObj(st.Health) ? st.Health : undefined;
    const net = doctor_facts_isObj(raw.NetworkSettings) && doctor_facts_isObj(raw.NetworkSettings.Ports) ? raw.NetworkSettings.Ports : {};
    const ports = {};
    for (const [k, v] of Object.entries(net))
        ports[k] = (Array.isArray(v) ? v : [])
            .filter(doctor_facts_isObj)
            .map((b) => ({ hostIp: str(b.HostIp), hostPort: str(b.HostPort) }));
    const quota = num(hc.CpuQuota);
    const period = num(hc.CpuPeriod) || 100000;
    return {
        id: str(raw.Id),
        name: str(raw.Name).replace(/^\//, ''),
        service: str(labels['com.docker.compose.service']),
        status: str(st.Status),
        exitCode: num(st.ExitCode),
        oomKilled: st.OOMKilled === true,
        error: str(st.Error),
        startedAt: str(st.StartedAt),
        finishedAt: str(st.FinishedAt),
        restartCount: num(raw.RestartCount),
        restartPolicy: doctor_facts_isObj(hc.RestartPolicy) ? str(hc.RestartPolicy.Name) : '',
        health: health ? str(health.Status) : undefined,
        healthLog: (health && Array.isArray(health.Log) ? health.Log : [])
            .filter(doctor_facts_isObj)
            .map((l) => ({ exitCode: num(l.ExitCode), output: str(l.Output).trim() })),
        configHash: str(labels['com.docker.compose.config-hash']),
        user: str(cfg.User),
        memoryLimit: num(hc.Memory),
        cpuLimit: num(hc.NanoCpus) / 1e9 || (quota > 0 ? quota / period : 0),
        ports,
    };
}
const pct = (v) => Number(str(v).replace('%', '')) || 0;
/** Everything the sections say; a section that is missing leaves its fact empty. */
function factsOf(sections, urls = []) {
    const f = {
        release: '',
        dockerRoot: '',
        hostTime: 0,
        volumes: [],
        configHashes: {},
        kinds: {},
        containers: [],
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
    };
    for (const s of sections) {
        const body = lines(s.body);
        switch (s.name) {
            case 'meta':
                for (const l of body) {
                    const [k, ...v] = l.split('=');
                    const val = v.join('=');
                    if (k === 'release')
                        f.release = val;
                    if (k === 'docker-root')
                        f.dockerRoot = val;
                    if (k === 'time')
                        f.hostTime = Number(val) || 0;
                }
                break;
            case 'env-mode':
                if (s.body)
                    f.envMode = s.body;
                break;
            case 'config': {
                const cfg = jsonOr(s.body, undefined);
                if (!doctor_facts_isObj(cfg))
                    break;
                f.services = serviceSpecs(cfg);
                const vols = doctor_facts_isObj(cfg.volumes) ? cfg.volumes : {};
                f.volumes = Object.entries(vols).map(([key, v]) => ({
                    key,
                    name: (doctor_facts_isObj(v) && str(v.name)) || key,
                    external: doctor_facts_isObj(v) && v.external === true,
                }));
                break;
            }
            case 'config-hash':
                for (const l of body) {
                    const [svc, hash] = l.split(' ');
                    if (svc && hash)
                        f.configHashes[svc] = hash;
                }
                break;
            case 'services':
                for (const l of body) {
                    const [svc, kind] = l.split('\t');
                    if (svc)
                        f.kinds[svc] = kind ?? 'run';
                }
                break;
            case 'inspect':
                f.containers = jsonOr(s.body, []).filter(doctor_facts_isObj).map(container);
                break;
            case 'logs':
                f.logs[s.args[0]] = body;
                break;
            case 'cpu-stat': {
                const kv = Object.fromEntries(body.map((l) => l.split(' ')));
                f.cpuStat[s.args[0]] = { periods: num(kv.nr_periods), throttled: num(kv.nr_throttled) };
                break;
            }
            case 'stats':
                for (const l of body) {
                    const j = jsonOr(l, undefined);
                    if (doctor_facts_isObj(j))
                        f.stats[str(j.ID)] = {
                            cpuPerc: pct(j.CPUPerc),
                            memPerc: pct(j.MemPerc),
                            memUsage: str(j.MemUsage),
                        };
                }
                break;
            case 'df': {
                const c = (body[0] ?? '').trim().split(/\s+/);
                if (c.length >= 4)
                    f.disk = { sizeKb: num(c[1]), availKb: num(c[3]) };
                break;
            }
            case 'df-inodes': {
                const c = (body[0] ?? '').trim().split(/\s+/);
                if (c.length >= 4 && num(c[1]) > 0)
                    f.inodes = { total: num(c[1]), free: num(c[3]) };
                break;
            }
            case 'system-df':
                for (const l of body) {
                    const j = jsonOr(l, undefined);
                    if (doctor_facts_isObj(j))
                        f.reclaimable.push({ type: str(j.Type), reclaimable: str(j.Reclaimable), size: str(j.Size) });
                }
                break;
            case 'volumes':
                for (const l of body) {
                    const [name, project] = l.split('\t');
                    if (name)
                        f.volumeList.push({ name, project: project ?? '' });
                }
                break;
            case 'listeners':
                f.listeners = body.filter((l) => l.trim());
                break;
            case 'resolve':
                f.resolve.push({ service: s.args[0], target: s.args[1], rc: num(s.args[2]), output: body });
                break;
            case 'writable':
                f.writable.push({ service: s.args[0], volume: s.args[1], rc: num(s.args[2]), path: s.body });
                break;
            case 'url':
                f.urls.push({ url: urls[num(s.args[0])] ?? '', rc: num(s.args[1]), output: body });
                break;
            case 'tls': {
                const found = s.args[1] !== 'none';
                const get = (k) => (body.find((l) => l.startsWith(`${k}=`)) ?? '').slice(k.length + 1);
                f.tls.push({
                    target: s.args[0],
                    found,
                    expired: found && s.args[1] !== '0',
                    within14: found && s.args[2] !== '0',
                    notAfter: get('notAfter'),
                    subject: get('subject').trim(),
                });
                break;
            }
        }
    }
    return f;
}

;// CONCATENATED MODULE: ./src/steps/doctor-host-checks.ts
/** Doctor checks of resources, external access, volumes and configuration. Pure. */

const RANK = { ok: 0, warning: 1, problem: 2 };
const worst = (levels) => levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');
function resourceChecks(f) {
    const out = [];
    for (const c of f.containers) {
        const s = f.stats[c.id];
        if (c.status !== 'running' || !s)
            continue;
        const notes = [];
        if (c.memoryLimit > 0)
            notes.push({
                level: s.memPerc >= 90 ? 'warning' : 'ok',
                text: `memory ${s.memUsage} (${s.memPerc}% of the limit)`,
            });
        else
            notes.push({ level: 'ok', text: `memory ${s.memUsage.split(' / ')[0]} (no limit)` });
        if (c.cpuLimit > 0)
            notes.push({
                level: s.cpuPerc >= 90 * c.cpuLimit ? 'warning' : 'ok',
                text: `cpu ${s.cpuPerc}% of ${c.cpuLimit} CPU limit`,
            });
        else
            notes.push({ level: 'ok', text: `cpu ${s.cpuPerc}%` });
        const t = f.cpuStat[c.id];
        if (t && t.periods > 0 && t.throttled / t.periods >= 0.1)
            notes.push({
                level: 'warning',
                text: `throttled in ${t.throttled} of ${t.periods} CPU periods (${Math.round((100 * t.throttled) / t.periods)}%)`,
            });
        const level = worst(notes.map((n) => n.level));
        out.push({
            area: 'resources',
            subject: c.service || c.name,
            level,
            summary: notes.map((n) => n.text).join('; '),
            evidence: [],
            next: level === 'ok'
                ? undefined
                : `near its limits: raise mem_limit/cpus of ${c.service} (or deploy.resources.limits), or find what uses them (docker stats ${c.name})`,
        });
    }
    const reclaim = f.reclaimable
        .filter((r) => r.type === 'Images' || r.type === 'Build Cache')
        .map((r) => `${r.type.toLowerCase()}: ${r.reclaimable || '0B'} reclaimable of ${r.size || '0B'}`);
    const prune = 'docker image prune -a and docker builder prune reclaim space (check what they remove first)';
    if (f.disk && f.disk.sizeKb > 0) {
        const freePct = (100 * f.disk.availKb) / f.disk.sizeKb;
        const free = f.disk.availKb * 1024;
        const level = freePct < 5 || free < 1024 ** 3 ? 'problem' : freePct < 15 ? 'warning' : 'ok';
        out.push({
            area: 'resources',
            subject: `disk ${f.dockerRoot}`,
            level,
            summary: `${fmtBytes(free)} free (${freePct.toFixed(0)}%)`,
            evidence: reclaim,
            next: level === 'ok' ? undefined : prune,
        });
    }
    if (f.inodes && f.inodes.total > 0) {
        const freePct = (100 * f.inodes.free) / f.inodes.total;
        const level = freePct < 5 ? 'problem' : freePct < 10 ? 'warning' : 'ok';
        out.push({
            area: 'resources',
            subject: `inodes ${f.dockerRoot}`,
            level,
            summary: `${f.inodes.free} free (${freePct.toFixed(0)}%)`,
            evidence: [],
            next: level === 'ok'
                ? undefined
                : `many small files: ${prune}; look for containers writing into their own layer`,
        });
    }
    if (reclaim.length)
        out.push({
            area: 'resources',
            subject: 'reclaimable',
            level: 'ok',
            summary: reclaim.join('; '),
            evidence: [],
        });
    return out;
}
/** The listener lines of `ss -Hltnp` on a port, any address. */
function listenersOn(f, port) {
    return f.listeners.filter((l) => {
        const local = l.trim().split(/\s+/)[3] ?? '';
        return local.endsWith(`:${port}`);
    });
}
function accessChecks(f, dc) {
    const out = [];
    for (const s of f.services ?? []) {
        const running = f.containers.filter((c) => c.service === s.name && c.status === 'running');
        for (const p of s.ports) {
            if (!/^\d+$/.test(p.published))
                continue;
            const where = `${p.hostIp || '0.0.0.0'}:${p.published}`;
            const subject = `port ${where} → ${s.name}:${p.target}/${p.protocol}`;
            const bound = running.some((c) => (c.ports[`${p.target}/${p.protocol}`] ?? []).some((b) => b.hostPort === p.published));
            if (bound) {
                out.push({ area: 'access', subject, level: 'ok', summary: 'bound by the service', evidence: [] });
                continue;
            }
            const owners = p.protocol === 'tcp' ? listenersOn(f, p.published) : [];
            if (owners.length) {
                const who = owners.map((l) => /users:\(\(.*\)\)/.exec(l)?.[0]).find(Boolean);
                out.push({
                    area: 'access',
                    subject,
                    level: 'problem',
                    summary: `taken by another process${who ? ` ${who}` : ' (its owner is not visible to this user)'}`,
                    evidence: owners,
                    next: `find the owner (sudo ss -ltnp 'sport = :${p.published}'), stop it or change the published port, then \`${dc} up -d ${s.name}\``,
                });
            }
            else {
                out.push({
                    area: 'access',
                    subject,
                    level: 'problem',
                    summary: `not bound: ${s.name} has no running container publishing it`,
                    evidence: [],
                    next: `see the container check of ${s.name}; \`${dc} up -d ${s.name}\` publishes it again`,
                });
            }
        }
    }
    for (const u of f.urls) {
        const code = u.output[u.output.length - 1] ?? '';
        const ok = u.rc === 0 && /^[23]\d\d$/.test(code);
        out.push({
            area: 'access',
            subject: u.url,
            level: ok ? 'ok' : 'problem',
            summary: ok
                ? `answered ${code}`
                : `did not answer 2xx (${/^\d{3}$/.test(code) && code !== '000' ? `HTTP ${code}` : `curl exit ${u.rc}`})`,
            evidence: ok ? [] : u.output,
            next: ok
                ? undefined
                : `check the service behind it and the proxy's configuration; \`curl -gv ${u.url}\` on the host shows the exchange`,
        });
    }
    for (const t of f.tls) {
        const base = {
            area: 'access',
            subject: `certificate on ${t.target}`,
            evidence: t.subject ? [t.subject] : [],
        };
        const renew = 'renew the certificate (e.g. certbot renew, or replace the files the proxy mounts) and reload the proxy';
        if (!t.found)
            out.push({
                ...base,
                level: 'warning',
                summary: 'no TLS certificate could be read (not TLS, or nothing answers)',
                next: `openssl s_client -connect ${t.target} on the host shows the handshake`,
            });
        else if (t.expired)
            out.push({ ...base, level: 'problem', summary: `expired (notAfter ${t.notAfter})`, next: renew });
        else if (t.within14)
            out.push({
                ...base,
                level: 'warning',
                summary: `expires within 14 days (notAfter ${t.notAfter})`,
                next: renew,
            });
        else
            out.push({ ...base, level: 'ok', summary: `valid until ${t.notAfter}` });
    }
    return out;
}
function volumeChecks(f, project, dc) {
    const out = [];
    const present = new Set(f.volumeList.map((v) => v.name));
    for (const v of f.volumes) {
        const ok = present.has(v.name);
        out.push({
            area: 'volumes',
            subject: `volume ${v.name}`,
            level: ok ? 'ok' : 'problem',
            summary: ok ? 'exists' : `missing${v.external ? ' (external: created outside the project)' : ''}`,
            evidence: [],
            next: ok
                ? undefined
                : v.external
                    ? `create it (docker volume create ${v.name}) or restore it from a backup`
                    : `\`${dc} up -d\` creates it empty; if it held data, restore it from a backup first`,
        });
    }
    for (const w of f.writable) {
        const c = f.containers.find((x) => x.service === w.service);
        const user = c?.user || 'root';
        const subject = `${w.service} writes ${w.path}`;
        if (w.rc === 0)
            out.push({ area: 'volumes', subject, level: 'ok', summary: `writable by ${user}`, evidence: [] });
        else if (w.rc === 1)
            out.push({
                area: 'volumes',
                subject,
                level: 'problem',
                summary: `volume ${w.volume} at ${w.path} is not writable by the service's user (${user})`,
                evidence: [],
                next: `give ${user} write access on the volume, e.g. docker run --rm -u 0 -v ${w.volume}:/v <image> chown -R ${user} /v (or chmod u+w), or change user:`,
            });
        else
            out.push({
                area: 'volumes',
                subject,
                level: 'warning',
                summary: w.rc === 125
                    ? 'could not test: the container stopped meanwhile'
                    : `could not test (exit ${w.rc}: no test command in the image?)`,
                evidence: [],
            });
    }
    const used = new Set(f.volumes.map((v) => v.name));
    const orphans = f.volumeList.filter((v) => v.project === project && !used.has(v.name)).map((v) => v.name);
    if (orphans.length)
        out.push({
            area: 'volumes',
            subject: 'orphaned volumes',
            level: 'warning',
            summary: `${orphans.length} volume(s) of the project the release does not use (doctor never removes them)`,
            evidence: orphans,
            next: 'back them up if they hold data; remove with docker volume rm NAME once sure',
        });
    return out;
}
function configChecks(f, dir) {
    const out = [];
    for (const c of f.containers) {
        const want = f.configHashes[c.service];
        if (!want || f.kinds[c.service] === 'oneshot')
            continue;
        const same = c.configHash === want;
        out.push({
            area: 'configuration',
            subject: `${c.service} config`,
            level: same ? 'ok' : 'problem',
            summary: same
                ? `matches release ${f.release}`
                : `drift: container ${c.name} was not created from release ${f.release}'s configuration`,
            evidence: same ? [] : [`container ${c.configHash.slice(0, 12) || '-'} ≠ release ${want.slice(0, 12)}`],
            next: same
                ? undefined
                : 'deploy again (or roll back) so the containers match a release; avoid changes by hand',
        });
    }
    const mode = f.envMode;
    out.push({
        area: 'configuration',
        subject: '.env',
        level: mode === undefined ? 'warning' : mode === '600' ? 'ok' : 'problem',
        summary: mode === undefined ? 'missing in the current release' : `mode ${mode}`,
        evidence: [],
        next: mode === undefined
            ? 'deploy again: every release carries its .env'
            : mode === '600'
                ? undefined
                : `chmod 600 ${dir}/current/.env (it holds secrets)`,
    });
    return out;
}

;// CONCATENATED MODULE: ./src/steps/doctor-checks.ts
/** The troubleshooting guide as code: host facts → checks with evidence and the next step. Pure. */


const doctor_checks_short = (id) => id.slice(0, 12);
/** A restart loop: restarting now, or restarted several times and up for under a minute. */
function looping(c, hostTime) {
    if (c.status === 'restarting')
        return true;
    // the host's clock is read when the script starts: a container may have started after it
    const up = hostTime - Date.parse(c.startedAt) / 1000;
    const lastExit = hostTime - Date.parse(c.finishedAt) / 1000;
    return c.status === 'running' && c.restartCount >= 3 && (up < 60 || lastExit < 300);
}
function stateLine(c) {
    return [
        `container ${c.name} (${doctor_checks_short(c.id)}): status=${c.status}`,
        `exit=${c.exitCode}`,
        `restarts=${c.restartCount}`,
        c.health ? `health=${c.health}` : '',
        c.oomKilled ? 'oom-killed=true' : '',
        c.memoryLimit ? `mem-limit=${fmtBytes(c.memoryLimit)}` : '',
    ]
        .filter(Boolean)
        .join(' ');
}
function evidenceOf(c, f) {
    const out = [stateLine(c)];
    if (c.error)
        out.push(`error: ${c.error}`);
    const health = c.healthLog.slice(-3).filter((h) => h.exitCode !== 0);
    for (const h of health)
        out.push(`health check exit ${h.exitCode}: ${h.output.split('\n').slice(-2).join(' ')}`);
    const logs = f.logs[c.id] ?? [];
    if (logs.length)
        out.push('last log lines:', ...logs.slice(-10));
    return out;
}
function containerCheck(svc, c, f, dc) {
    const base = { area: 'containers', subject: svc, evidence: evidenceOf(c, f) };
    if (c.oomKilled)
        return {
            ...base,
            level: 'problem',
            summary: `was OOM-killed${c.memoryLimit ? ` (memory limit ${fmtBytes(c.memoryLimit)})` : ' (the host ran out of memory)'}; status ${c.status}`,
            next: c.memoryLimit
                ? `raise mem_limit (or deploy.resources.limits.memory) of ${svc} above ${fmtBytes(c.memoryLimit)} or find what allocates (docker stats), deploy again`
                : `give the host more memory or set a mem_limit on the service that grows, then \`${dc} up -d ${svc}\``,
        };
    if (looping(c, f.hostTime))
        return {
            ...base,
            level: 'problem',
            summary: `restart loop: restarted ${c.restartCount} times${c.status === 'running' ? ' (up again for the moment)' : `, last exit code ${c.exitCode}`}`,
            next: `read the last log lines for the cause (configuration, a dependency, a missing file), fix it and deploy again; \`${dc} logs ${svc}\` shows more`,
        };
    if (c.status === 'running') {
        if (c.health === 'unhealthy')
            return {
                ...base,
                level: 'problem',
                summary: 'running but unhealthy',
                next: `the health check output above says why; check the dependencies it needs, then \`${dc} restart ${svc}\``,
            };
        if (c.health === 'starting')
            return {
                ...base,
                level: 'warning',
                summary: 'health check still starting',
                next: 'run doctor again in a minute',
            };
        if (c.restartCount > 0)
            return {
                ...base,
                level: 'warning',
                summary: `running, restarted ${c.restartCount} times since it was created`,
                next: `\`${dc} logs ${svc}\` around the restarts`,
            };
        return {
            ...base,
            evidence: [stateLine(c)],
            level: 'ok',
            summary: c.health ? 'running, healthy' : 'running',
        };
    }
    const portBusy = /address already in use|port is already allocated/i.test(c.error);
    return {
        ...base,
        level: 'problem',
        summary: `not running: ${c.status}${c.status === 'created' ? '' : ` (exit code ${c.exitCode})`}${portBusy ? '; its port is taken' : ''}`,
        next: portBusy
            ? `free the published port (see the access check), then \`${dc} up -d ${svc}\``
            : `read the last log lines and the error above, fix the cause, then \`${dc} up -d ${svc}\``,
    };
}
function byService(f) {
    const m = new Map();
    for (const c of f.containers)
        m.set(c.service, [...(m.get(c.service) ?? []), c]);
    return m;
}
function containerChecks(f, dc) {
    const by = byService(f);
    const names = f.services?.map((s) => s.name) ?? Object.keys(f.kinds);
    const out = [];
    for (const svc of names) {
        const list = by.get(svc) ?? [];
        if (f.kinds[svc] === 'oneshot') {
            const bad = list.find((c) => c.status === 'exited' && c.exitCode !== 0);
            out.push(bad
                ? {
                    area: 'containers',
                    subject: svc,
                    level: 'problem',
                    summary: `one-shot exited with code ${bad.exitCode}`,
                    evidence: evidenceOf(bad, f),
                    next: 'read its log lines; it runs again on the next deploy',
                }
                : {
                    area: 'containers',
                    subject: svc,
                    level: 'ok',
                    summary: 'one-shot (not long-running)',
                    evidence: [],
                });
            continue;
        }
        if (!list.length) {
            out.push({
                area: 'containers',
                subject: svc,
                level: 'problem',
                summary: 'no container',
                evidence: [],
                next: `\`${dc} up -d ${svc}\` creates it, or deploy again`,
            });
            continue;
        }
        for (const c of list)
            out.push(containerCheck(svc, c, f, dc));
    }
    return out;
}
function depState(c, condition) {
    if (!c)
        return { ok: condition === 'service_completed_successfully', what: 'has no container' };
    if (condition === 'service_completed_successfully')
        return { ok: c.status === 'exited' && c.exitCode === 0, what: `${c.status} (exit ${c.exitCode})` };
    if (c.status !== 'running')
        return { ok: false, what: `${c.status}${c.status === 'exited' ? ` (exit ${c.exitCode})` : ''}` };
    if (condition === 'service_healthy' && c.health !== 'healthy')
        return { ok: false, what: `running, health ${c.health ?? 'none (no health check)'}` };
    return { ok: true, what: c.health ? `running, ${c.health}` : 'running' };
}
function dependencyChecks(f, dc) {
    const by = byService(f);
    const out = [];
    const specs = new Map((f.services ?? []).map((s) => [s.name, s]));
    for (const s of f.services ?? []) {
        for (const d of s.dependsOn) {
            const st = depState(by.get(d.name)?.[0], d.condition);
            out.push({
                area: 'dependencies',
                subject: `${s.name} → ${d.name}`,
                level: st.ok ? 'ok' : 'problem',
                summary: `${d.name} (${d.condition}) is ${st.what}`,
                evidence: [],
                next: st.ok
                    ? undefined
                    : `start ${d.name} and fix what stops it (see its container check): \`${dc} up -d ${d.name}\`; ${s.name} needs it`,
            });
        }
    }
    for (const r of f.resolve) {
        const shared = sharedNetworks(specs.get(r.service), specs.get(r.target));
        const subject = `${r.service} resolves ${r.target}`;
        if (r.rc === 0) {
            out.push({
                area: 'dependencies',
                subject,
                level: 'ok',
                summary: 'name resolves',
                evidence: r.output.slice(0, 2),
            });
        }
        else if (r.rc === 125) {
            out.push({
                area: 'dependencies',
                subject,
                level: 'warning',
                summary: `could not test: ${r.service}'s container stopped meanwhile`,
                evidence: r.output,
            });
        }
        else if (r.rc === 126 ||
            r.rc === 127 ||
            /executable file not found|not found in \$PATH/.test(r.output.join(' '))) {
            out.push({
                area: 'dependencies',
                subject,
                level: 'warning',
                summary: 'could not test: the image has no sh, getent or nslookup',
                evidence: r.output,
                next: `test by hand from a container on the same network: docker run --rm --network <network> <image> nslookup ${r.target}`,
            });
        }
        else {
            out.push({
                area: 'dependencies',
                subject,
                level: shared.length ? 'problem' : 'warning',
                summary: shared.length
                    ? `${r.target} does not resolve on ${shared.join(', ')}`
                    : `${r.target} does not resolve; the two services share no network`,
                evidence: r.output,
                next: shared.length
                    ? `${r.target} needs a running container on ${shared.join(', ')} (a stopped container has no name): \`${dc} up -d ${r.target}\``
                    : `put ${r.service} and ${r.target} on a common network in the compose file and deploy again`,
            });
        }
    }
    return out;
}
function sharedNetworks(a, b) {
    if (!a || !b)
        return ['default'];
    return a.networks.filter((n) => b.networks.includes(n));
}
/** Every check, in the troubleshooting guide's order. */
function diagnose(f, ctx) {
    const dc = `${ctx.dir}/current/dc`;
    if (!f.release)
        return [
            {
                area: 'configuration',
                subject: 'release',
                level: 'problem',
                summary: `no current release in ${ctx.dir}`,
                evidence: [],
                next: 'deploy first (command: deploy); doctor checks the current release',
            },
        ];
    return [
        ...containerChecks(f, dc),
        ...dependencyChecks(f, dc),
        ...resourceChecks(f),
        ...accessChecks(f, dc),
        ...volumeChecks(f, ctx.project, dc),
        ...configChecks(f, ctx.dir),
    ];
}

;// CONCATENATED MODULE: ./src/steps/doctor-render.ts
const AREAS = {
    containers: 'Containers (won’t start, keep restarting)',
    dependencies: 'Service communication',
    resources: 'Resources and performance',
    access: 'External access',
    volumes: 'Volumes and data',
    configuration: 'Configuration',
};
const TAG = { ok: 'ok     ', warning: 'WARNING', problem: 'PROBLEM' };
function report(release, checks) {
    return {
        release,
        problems: checks.filter((c) => c.level === 'problem').length,
        warnings: checks.filter((c) => c.level === 'warning').length,
        checks,
    };
}
/** Text lines; host output is on lines of its own, each prefixed with `  | `. */
function renderText(r) {
    const out = [];
    for (const area of Object.keys(AREAS)) {
        const checks = r.checks.filter((c) => c.area === area);
        if (!checks.length)
            continue;
        out.push(`${AREAS[area]}:`);
        for (const c of checks) {
            out.push(`  ${TAG[c.level]}  ${c.subject}: ${c.summary}`);
            if (c.level === 'ok')
                continue;
            for (const e of c.evidence)
                out.push(`    | ${e}`);
            if (c.next)
                out.push(`    next: ${c.next}`);
        }
    }
    out.push(`${r.problems} problem(s), ${r.warnings} warning(s), ${r.checks.length - r.problems - r.warnings} ok` +
        (r.release ? ` — release ${r.release}` : ''));
    return out;
}
/** Markdown-safe cell: host text cannot open HTML, break the table or start code. */
const cell = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/[\r\n]+/g, ' ');
const ICON = { ok: '✅ ok', warning: '⚠️ warning', problem: '❌ problem' };
function renderSummary(r, project) {
    const rows = [...r.checks].sort((a, b) => rank(b.level) - rank(a.level));
    const lines = [
        `### stack-deploy doctor: ${cell(project)}${r.release ? ` (release ${cell(r.release)})` : ''}`,
        '',
        `**${r.problems} problem(s), ${r.warnings} warning(s)**, ${r.checks.length - r.problems - r.warnings} ok`,
        '',
        '| level | area | subject | finding | next step |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((c) => `| ${ICON[c.level]} | ${c.area} | ${cell(c.subject)} | ${cell(c.summary)} | ${cell(c.next ?? '')} |`),
        '',
    ];
    const withEvidence = rows.filter((c) => c.level !== 'ok' && c.evidence.length);
    for (const c of withEvidence)
        lines.push(`<details><summary>${cell(c.subject)}: evidence</summary>`, '', `<pre>${c.evidence.map(cell).join('\n')}</pre>`, '</details>', '');
    return lines.join('\n');
}
const rank = (l) => (l === 'problem' ? 2 : l === 'warning' ? 1 : 0);

;// CONCATENATED MODULE: ./src/steps/doctor.ts
/** command: doctor — runs the troubleshooting guide on the host, read-only, without the lock. */








async function doctor(t, input, logger) {
    await checkDocker(t);
    const token = `sd-doctor-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const argv = doctorScript(input.remote.dir, input.project, token, input.healthUrls, tlsTargetsOf(input.healthUrls));
    const r = await t.exec(argv, { timeoutMs: 600_000 });
    const sections = parseSections(r.stdout, token);
    if (!sections.some((s) => s.name === 'end'))
        throw new errors/* CommandError */.Qd(`${t.target}: the doctor script did not finish`, r.code, r.stderr);
    const facts = factsOf(sections, input.healthUrls);
    const rep = report(facts.release, diagnose(facts, { dir: input.remote.dir, project: input.project }));
    (0,util_logger/* logUntrusted */.ts)(logger, renderText(rep));
    return rep;
}
/** The pipeline's doctor case: report, outputs and summary; returns the number of problems. */
async function runDoctor(t, settings, project, remote, deps) {
    const rep = await deps.logger.group('doctor', () => doctor(t, { project, remote, healthUrls: settings.healthUrls }, deps.logger));
    deps.outputs.set('doctor', JSON.stringify(rep));
    if (rep.release)
        deps.outputs.set('release-id', rep.release);
    deps.outputs.summary(renderSummary(rep, project));
    if (rep.problems)
        deps.logger.error(`doctor found ${rep.problems} problem(s) on ${t.target} (${project})`);
    return rep.problems;
}

;// CONCATENATED MODULE: ./src/steps/history.ts


/** Parses history.log (tab separated, one line per deploy/rollback). */
function parseHistory(text) {
    return text
        .split('\n')
        .filter((l) => l.includes('\t'))
        .map((l) => {
        const [time, kind, release, result, actor, sha, runUrl, detail] = l.split('\t');
        return { time, kind, release, result, actor, sha, runUrl, detail: detail ?? '' };
    });
}
async function readReleases(t, l) {
    const r = await t.exec(readHistory(l.dir));
    const [hist, rest = ''] = r.stdout.split('::releases\n');
    const [rel, current = ''] = rest.split('::current\n');
    return {
        history: parseHistory(hist),
        releases: rel.split('\n').filter((x) => x && !x.endsWith('.partial')),
        current: current.trim(),
    };
}
async function serviceStates(t, project) {
    const r = await t.exec(projectPs(project));
    return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => {
        const [service, status, image] = l.split('\t');
        return { service, status, image };
    })
        .sort((a, b) => a.service.localeCompare(b.service));
}
/**
 * Clears the note of a lock whose holder is gone; refuses while a live process holds it, unless
 * force: then the holding transaction is stopped (its run ends without a result).
 */
async function unlock(t, l, force = false) {
    const st = (await t.exec(lockState(l.dir))).stdout.trim();
    if (st.startsWith('held') && force) {
        const r = await t.exec(forceUnlockScript(l.dir));
        const said = r.stdout.trim().split('\n').pop() ?? '';
        if (r.code !== 0)
            throw new errors/* LockError */.Ku(`unlock --force refused: ${said || r.stderr.trim()} (lock note: ${st.slice(5)})`);
        return said === 'free'
            ? 'the lock is free: its holder ended meanwhile'
            : `the lock is free: ${said.replace(/^stopped/, 'stopped the transaction with pid')} (${st.slice(5)})`;
    }
    if (st.startsWith('held'))
        throw new errors/* LockError */.Ku(`the lock is held by a running deploy (${st.slice(5)}); it is released when that run ends, or use force: true (--force true) to stop it`);
    await t.exec(clearLockInfo(l.dir));
    return 'the lock is free: no run holds it (a lock dies with its holder)';
}

// EXTERNAL MODULE: ./src/steps/validate.ts
var steps_validate = __webpack_require__(765);
;// CONCATENATED MODULE: ./src/pipeline.ts

















async function withTransport(settings, deps, fn) {
    // settings guarantee ssh for the commands that reach a host
    const t = await deps.logger.group('connect', () => deps.openTransport(settings.ssh));
    try {
        return await fn(t);
    }
    finally {
        await t.close();
    }
}
function metaOf(env) {
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : 'local';
    return { actor: env.GITHUB_ACTOR || env.USER || 'unknown', sha: (0,config_project/* commitSha */.mJ)(env) ?? '', runUrl };
}
function envText(s) {
    if (s.env)
        return s.env.reveal();
    const p = (0,external_node_path_.resolve)(s.workingDirectory, s.envFile);
    return (0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.readFileSync)(p, 'utf8') : '';
}
const code = (v) => '`' + v + '`';
/** `registry/repo:tag` → `tag` (the repository is in the image column) */
const shortTag = (ref) => ref.slice(ref.lastIndexOf('/') + 1).replace(/^[^:]*:/, '');
function txnSummary(title, r, images) {
    const lines = [`### ${title}`, '', `**${r.status || 'unknown'}** — ${r.detail}`, ''];
    if (r.phases.length)
        lines.push('| phase | seconds |', '| --- | --- |', ...r.phases.map((p) => `| ${p.name} | ${p.seconds} |`), '');
    if (r.services.length)
        lines.push('| service | action | old image | new image |', '| --- | --- | --- | --- |', ...r.services.map((s) => `| ${s.name} | ${s.action === 'recreate' ? `recreated (${s.why})` : s.action === 'create' ? 'created' : 'unchanged'} | ${code(s.oldImage)} | ${code(images[s.name] ?? s.newImage)} |`), '');
    if (r.failedServices.length)
        lines.push(`Failing services: ${r.failedServices.join(', ')}`, '');
    if (r.rollbackSeconds !== undefined)
        lines.push(`Rollback took ${r.rollbackSeconds}s (failure detected → previous release healthy).`, '');
    const tail = r.log.slice(-30).join('\n');
    if (r.status !== 'success' && tail)
        lines.push('<details><summary>last log lines</summary>', '', '```', tail, '```', '</details>', '');
    return lines.join('\n');
}
function statusOf(txnStatus) {
    return txnStatus === 'success' ? 'success' : txnStatus === 'rolled-back' ? 'rolled-back' : 'failed';
}
/** Runs one command. Throws typed errors; the entry points catch them once. */
async function runPipeline(settings, deps) {
    const started = Date.now();
    const { outputs, logger } = deps;
    const finish = (status) => {
        outputs.set('status', status);
        outputs.set('duration-seconds', ((Date.now() - started) / 1000).toFixed(1));
        return { status, exitCode: status === 'success' ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.failed };
    };
    // only the commands that reach the host need it (it reads the compose files for their name)
    const target = () => {
        const project = (0,config_project/* resolveProjectName */.nk)(settings);
        return { project, remote: layout(settings.remoteDir ?? (0,config_project/* defaultRemoteDir */.Jz)(project)) };
    };
    const validated = async () => {
        const v = await logger.group('validate', () => (0,steps_validate/* validateStack */.N4)(settings, {
            logger,
            summary: (md) => outputs.summary(md),
            env: deps.env,
            findings: deps.findings,
        }));
        outputs.set('findings', String(v.report.errors));
        if (v.sarifPath)
            outputs.set('sarif-file', v.sarifPath);
        // an explicit migrate-service the stack lacks is a configuration error, before any connection
        if (v.report.model)
            migrateServiceOf(v.report.model, settings.migrateService, settings.migrateServiceExplicit, profilesOf(v.report.env));
        return v;
    };
    const buildImages = async (report, push) => {
        const cwd = (0,external_node_path_.resolve)(settings.workingDirectory);
        const git = await readGitContext(cwd, deps.env, deps.runLocal);
        const res = await logger.group('build', () => build({
            settings: { ...settings, push },
            cwd,
            composeFiles: settings.composeFiles.map((f) => (0,external_node_path_.resolve)(cwd, f)),
            envVars: { ...report.env, ...(0,steps_validate/* injectedVars */.bM)(settings) },
            git,
            platforms: settings.platforms,
        }, { logger, runLocal: deps.runLocal, env: deps.env, cache: deps.actionsCache }));
        outputs.set('images', JSON.stringify(res.images));
        outputs.summary([
            `### stack-deploy build${push ? ' and push' : ''}`,
            '',
            '| service | image | tags |',
            '| --- | --- | --- |',
            ...Object.entries(res.images).map(([k, v]) => `| ${k} | ${code(v)} | ${(res.tags[k] ?? []).map((t) => code(shortTag(t))).join(' ')} |`),
            '',
            `Built in ${(res.durationMs / 1000).toFixed(1)}s (${res.cache}), cache: ${settings.cache}.`,
            '',
        ].join('\n'));
        return res;
    };
    switch (settings.command) {
        case 'build': {
            const v = await validated();
            if (v.report.errors > 0)
                throw new errors/* ConfigError */.xL(`validation found ${v.report.errors} errors; nothing was built`);
            await buildImages(v.report, settings.push);
            return finish('success');
        }
        case 'validate': {
            const v = await validated();
            return finish(v.report.errors > 0 ? 'failed' : 'success');
        }
        case 'status': {
            const { project, remote } = target();
            const st = await withTransport(settings, deps, (t) => logger.group('status', async () => {
                const host = await hostStatus(t, remote, logger);
                const services = await serviceStates(t, project);
                for (const s of services)
                    logger.info(`  ${s.service.padEnd(16)} ${s.status}`);
                return { ...host, services };
            }));
            if (st.currentRelease)
                outputs.set('release-id', st.currentRelease);
            outputs.summary([
                `### stack-deploy status: ${code(project)}`,
                '',
                '| | |',
                '| --- | --- |',
                `| host | ${code(`${settings.ssh?.user}@${settings.ssh?.host}:${settings.ssh?.port}`)} |`,
                `| docker | ${st.docker} (compose ${st.compose}) |`,
                `| directory | ${code(remote.dir)} |`,
                `| current release | ${st.currentRelease ? code(st.currentRelease) : 'none yet'} |`,
                ...st.services.map((s) => `| ${s.service} | ${s.status} |`),
                '',
            ].join('\n'));
            return finish('success');
        }
        case 'deploy': {
            const { project, remote } = target();
            const v = await validated();
            if (v.report.errors > 0)
                throw new errors/* ConfigError */.xL(`validation found ${v.report.errors} errors; nothing was deployed`);
            if (settings.push)
                throw new errors/* NotImplementedError */.EH('push: true (build before deploy) is not available in this version yet');
            const meta = metaOf(deps.env);
            const ctx = {
                settings,
                project,
                remote,
                report: v.report,
                envText: envText(settings),
                injected: (0,steps_validate/* injectedVars */.bM)(settings),
                meta,
                releaseId: releaseId((deps.now ?? (() => new Date()))(), meta.sha),
            };
            if (settings.dryRun) {
                const p = prepare(ctx);
                const hide = (0,validate/* reportRedactor */.zS)(v.report, ctx.injected);
                p.steps = p.steps.map(hide);
                logger.info(`dry run: release ${ctx.releaseId} of ${project} to ${remote.dir}; nothing is changed`);
                logger.info(`files: ${p.layout.entries.map((e) => e.from).join(', ')} (+ .env, mode 0600)`);
                logger.info('host transaction, in order:');
                for (const s of p.steps)
                    logger.info(`  ${s}`);
                outputs.summary(['### stack-deploy dry run', '', '```sh', ...p.steps, '```', ''].join('\n'));
                return finish('success');
            }
            const out = await withTransport(settings, deps, (t) => deploy(ctx, t, { logger, runLocal: deps.runLocal, group: (n, fn) => logger.group(n, fn) }));
            outputs.set('release-id', out.releaseId);
            if (out.txn.from)
                outputs.set('previous-release-id', out.txn.from);
            outputs.set('images', JSON.stringify(out.images));
            outputs.set('rolled-back', String(out.txn.status === 'rolled-back'));
            outputs.summary(txnSummary(`stack-deploy deploy ${code(out.releaseId)}`, out.txn, out.images));
            const status = statusOf(out.txn.status);
            if (out.txn.rollbackSeconds !== undefined)
                logger.info(`rollback took ${out.txn.rollbackSeconds}s (failure detected → previous release healthy)`);
            if (status === 'success')
                logger.info(`deployed ${out.releaseId} to ${settings.ssh?.host} (${project})`);
            else {
                const failing = out.txn.failedServices.length
                    ? ` (failing: ${out.txn.failedServices.join(', ')})`
                    : '';
                logger.error(`deploy ${out.txn.status}: ${out.txn.detail}${failing}`);
            }
            return finish(status);
        }
        case 'rollback': {
            const { project, remote } = target();
            const runId = `rollback-${releaseId((deps.now ?? (() => new Date()))())}`;
            const script = rollbackScript({
                project,
                dir: remote.dir,
                runId,
                target: settings.release,
                migrateService: settings.migrateService,
                downgradeOnRollback: settings.rollbackMigrations,
                lockTimeoutSec: settings.lockTimeoutSec,
                deadlineSec: settings.transactionTimeoutSec ??
                    defaultDeadline({
                        pulls: 0,
                        migrateSec: settings.rollbackMigrations ? 900 : 0,
                        healthSec: settings.healthTimeoutSec ?? 120,
                    }),
                healthTimeoutSec: settings.healthTimeoutSec ?? 120,
                healthUrls: settings.healthUrls,
                keepReleases: settings.keepReleases,
                meta: metaOf(deps.env),
            });
            const txn = await withTransport(settings, deps, async (t) => runDetached(t, remote, runId, script, logger));
            outputs.set('release-id', txn.good ?? '');
            if (txn.from)
                outputs.set('previous-release-id', txn.from);
            outputs.set('rolled-back', String(txn.status === 'success'));
            outputs.summary(txnSummary(`stack-deploy rollback`, txn, {}));
            if (txn.status !== 'success')
                logger.error(`rollback ${txn.status}: ${txn.detail}`);
            return finish(txn.status === 'success' ? 'success' : 'failed');
        }
        case 'releases': {
            const { remote } = target();
            const { history, releases, current } = await withTransport(settings, deps, (t) => readReleases(t, remote));
            const rows = history.map((h) => `| ${h.time} | ${h.kind} | ${code(h.release)}${h.release === current ? ' (current)' : ''} | ${h.result} | ${h.actor} | ${h.sha.slice(0, 7)} | ${releases.includes(h.release) ? 'kept' : 'pruned'} |`);
            for (const h of history)
                logger.info(`${h.time}  ${h.kind.padEnd(13)} ${h.release.padEnd(24)} ${h.result.padEnd(12)} ${h.actor}${h.release === current ? '  <- current' : ''}`);
            if (!history.length)
                logger.info('no deploys recorded yet');
            outputs.summary([
                '### stack-deploy releases',
                '',
                '| time | kind | release | result | actor | sha | on host |',
                '| --- | --- | --- | --- | --- | --- | --- |',
                ...rows,
                '',
            ].join('\n'));
            if (current)
                outputs.set('release-id', current);
            return finish('success');
        }
        case 'doctor': {
            const { project, remote } = target();
            const problems = await withTransport(settings, deps, (t) => runDoctor(t, settings, project, remote, deps));
            return finish(problems ? 'failed' : 'success');
        }
        case 'unlock': {
            const { remote } = target();
            const msg = await withTransport(settings, deps, (t) => unlock(t, remote, settings.force));
            logger.info(msg);
            return finish('success');
        }
        default:
            throw new errors/* NotImplementedError */.EH(`command ${settings.command} is not available in this version yet`);
    }
}
async function runDetached(t, remote, runId, script, logger) {
    const w = await t.exec(writeRunScript(remote.dir, runId), { stdin: script });
    if (w.code !== 0)
        throw new errors/* CommandError */.Qd(`${t.target}: writing the run script failed`, w.code, w.stderr);
    const l = await t.exec(launchScript(remote.dir, runId));
    if (l.code !== 0)
        throw new errors/* CommandError */.Qd(`${t.target}: starting the transaction failed`, l.code, l.stderr);
    return follow(t, remote.dir, runId, l.stdout.trim(), logger);
}


/***/ }),

/***/ 765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ validateStack),
/* harmony export */   bM: () => (/* binding */ injectedVars),
/* harmony export */   m$: () => (/* binding */ findingsOutput)
/* harmony export */ });
/* unused harmony exports TOOL_VERSION, workspacePath, sarifUri */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);



const TOOL_VERSION = '0.1.0';
/** Variables the tool injects into compose interpolation (documented convention). */
function injectedVars(s) {
    const out = {};
    if (s.imageTag)
        out.IMAGE_TAG = s.imageTag;
    if (s.registry)
        out.REGISTRY = s.registry.host;
    return out;
}
/**
 * The CLI's choice: findings once per stream. Log lines on stderr; the table on stdout with
 * --format table (then no log lines), or also when stdout is not the log and not taken by --json.
 */
function findingsOutput(format, json, stdoutIsLog, stdout) {
    if (format === 'table')
        return { lines: 'none', table: stdout };
    if (format === 'log' || json || stdoutIsLog)
        return { lines: 'all' };
    return { lines: 'all', table: stdout };
}
/** A finding's file (relative to working-directory) relative to the workspace, with forward slashes. */
function workspacePath(workspace, cwd, file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Where SARIF places a file: relative to the repository root, or absolute when outside it. */
function sarifUri(workspace, cwd, file) {
    const rel = workspacePath(workspace, cwd, file);
    return rel.startsWith('../') || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file) : rel;
}
/** Validates the stack, reports findings (annotations, log, summary, SARIF); never throws for findings. */
async function validateStack(s, deps) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(s.workingDirectory);
    const report = await (0,_config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validate */ .tf)({
        cwd,
        composeFiles: s.composeFiles,
        envFile: s.env ? undefined : s.envFile,
        envFileOptional: !s.envFileGiven,
        envContent: s.env?.reveal(),
        profile: s.profile,
        policy: s.policy,
        extraVars: injectedVars(s),
        processEnv: deps.env,
    });
    for (const k of report.secretKeys)
        if (report.env[k])
            deps.logger.secret(report.env[k]);
    const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
    const out = deps.findings ?? { lines: 'annotations', table: (t) => deps.logger.info(t) };
    const { shown, hiddenErrors, hiddenWarnings } = out.lines === 'all'
        ? { shown: report.findings, hiddenErrors: 0, hiddenWarnings: 0 }
        : out.lines === 'annotations'
            ? (0,_config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .selectAnnotations */ .TT)(report)
            : { shown: [], hiddenErrors: 0, hiddenWarnings: 0 };
    for (const f of shown) {
        // annotations and code scanning resolve paths against the workspace, not working-directory
        const file = f.file ? workspacePath(workspace, cwd, f.file) : undefined;
        const where = { file, line: f.line || undefined, col: f.col || undefined, title: f.rule };
        if (f.severity === 'error')
            deps.logger.error(`${f.rule} ${f.message}`, where);
        else if (f.severity === 'warning')
            deps.logger.warn(`${f.rule} ${f.message}`, where);
        else
            deps.logger.info(`note: ${file ? `${file}:${f.line}:${f.col}: ` : ''}${f.rule} ${f.message}`);
    }
    if (hiddenErrors + hiddenWarnings > 0)
        deps.logger.info(`${hiddenErrors} more errors and ${hiddenWarnings} more warnings: see the job summary`);
    const text = (0,_config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatText */ .vX)(report);
    if (out.table && text.trim())
        out.table(text);
    deps.logger.info(`validated ${s.composeFiles.join(' + ')} (${s.profile}, policy ${s.policy}): ${report.errors} errors, ${report.warnings} warnings`);
    deps.summary((0,_config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryMarkdown */ .T7)(report));
    let sarifPath;
    if (s.sarifFile) {
        sarifPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, s.sarifFile);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(sarifPath), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sarifPath, JSON.stringify((0,_config_validate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toSarif */ .zv)(report, TOOL_VERSION, (f) => sarifUri(workspace, cwd, f)), null, 2));
    }
    return { report, sarifPath };
}


/***/ }),

/***/ 8188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   h: () => (/* binding */ setProcessDebug)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Debug sink for the redacted argv of every process started. */
let debugSink;
let redactor = (t) => t;
function setProcessDebug(sink, redact) {
    debugSink = sink;
    if (redact)
        redactor = redact;
}
/**
 * The one place that starts processes. Collects output, feeds stdin, enforces a timeout.
 * Never rejects for a non-zero exit: callers decide what a failure means.
 */
function run(argv, opts = {}) {
    const [cmd, ...args] = argv;
    debugSink?.(`$ ${redactor(argv.join(' '))}`);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
            cwd: opts.cwd,
            env: opts.env ? { ...process.env, ...opts.env } : process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let settled = false;
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), 2000).unref();
            }, opts.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (c) => {
            stdout += c;
            opts.onStdout?.(c);
        });
        child.stderr.on('data', (c) => {
            stderr += c;
            opts.onStderr?.(c);
        });
        child.stdin.on('error', () => {
            // the process may exit before reading its stdin; its exit code tells what happened
        });
        if (opts.stdin !== undefined)
            child.stdin.end(opts.stdin);
        else
            child.stdin.end();
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolve(r);
        };
        child.on('error', (err) => {
            const msg = err.code === 'ENOENT' ? `${cmd}: command not found` : err.message;
            finish({ code: 127, stdout, stderr: stderr + msg });
        });
        child.on('close', (code, signal) => {
            finish({ code: code ?? 128, stdout, stderr, signal: signal ?? undefined, timedOut });
        });
    });
}


/***/ }),

/***/ 7171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ SshTransport)
/* harmony export */ });
/* unused harmony exports fingerprintOf, normaliseKey, sessionOf, closeSession */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5796);
/* harmony import */ var _util_workdir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9716);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8188);








/** PATH additions so that docker is found in non-interactive shells (snap, /usr/local). */
const REMOTE_PREFIX = 'PATH="$PATH:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/snap/bin"; export PATH; ';
/** ssh's exit code for its own errors (as opposed to the remote command's). */
const SSH_ERROR = 255;
// Only failures before the remote command could have started: retrying these never runs a command twice.
const TRANSIENT = /Connection refused|Connection timed out|timed out during banner exchange|No route to host|Network is unreachable|kex_exchange_identification|Temporary failure in name resolution|mux_client_request_session/i;
/** SHA256 fingerprint of a base64 public key blob, as `ssh-keygen -l` prints it. */
function fingerprintOf(base64Key) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(base64Key, 'base64')).digest('base64');
    return `SHA256:${digest.replace(/=+$/, '')}`;
}
/**
 * Run by ssh as KnownHostsCommand for every connection (target and jump host): records the key the
 * server offered and, in fingerprint mode, vouches for it only when its SHA256 is one of the allowed.
 */
const HOSTKEY_HELPER = `'use strict';
const { createHash } = require('node:crypto');
const { appendFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const [host, type, key] = process.argv.slice(2);
if (!host || !type || !key || type === 'NONE' || key.startsWith('%')) process.exit(0);
const fp = 'SHA256:' + createHash('sha256').update(Buffer.from(key, 'base64')).digest('base64').replace(/=+$/, '');
appendFileSync(join(__dirname, 'offered'), host + ' ' + type + ' ' + fp + '\\n');
let allowed = [];
try { allowed = readFileSync(join(__dirname, 'fingerprints'), 'utf8').split(/\\s+/).filter(Boolean); } catch {}
if (allowed.includes(fp)) process.stdout.write(host + ' ' + type + ' ' + key + '\\n');
`;
/** The Host entry of the generated ssh config that stands for the target. */
const TARGET_ALIAS = 'stack-deploy-target';
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** Normalises a pasted private key: CRLF, stray indentation, missing final newline. */
function normaliseKey(text) {
    const lines = text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trim());
    return lines.join('\n').trim() + '\n';
}
/** The session files in a private dir: the post step derives them, it never takes paths from state. */
function sessionOf(dir) {
    return { dir, configPath: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config'), destination: TARGET_ALIAS };
}
/** OpenSSH client transport: one master connection reused for every command of the run. */
class SshTransport {
    settings;
    state;
    opts;
    target;
    constructor(settings, state, opts) {
        this.settings = settings;
        this.state = state;
        this.opts = opts;
        this.target = `${settings.user}@${settings.host}:${settings.port}`;
    }
    /** Writes key, known_hosts and config into a private temp dir and opens the master connection. */
    static async open(settings, options) {
        const opts = { runner: _process_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .e, attempts: 3, backoffMs: 1000, onSession: () => { }, ...options };
        // the control socket (dir + /cm- + 40 hex + ssh's 17-char temp suffix) must fit a 108-byte unix path
        const root = options.tmpRoot.length + 7 + 61 < 104 ? options.tmpRoot : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        const dir = (0,_util_workdir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeWorkDir */ .dW)('ssh', root);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(dir, 0o700);
        const state = sessionOf(dir);
        const t = new SshTransport(settings, state, opts);
        opts.onSession(state);
        try {
            await t.prepare();
            await t.connect();
            return t;
        }
        catch (err) {
            await t.close();
            throw err;
        }
    }
    async prepare() {
        const { dir } = this.state;
        const s = this.settings;
        // the target gets an alias so that ProxyJump applies to it alone, never to the jump host itself
        const lines = [
            `Host ${TARGET_ALIAS}`,
            `  HostName ${s.host}`,
            `  Port ${s.port}`,
            `  User ${s.user}`,
            ...(s.jump ? [`  ProxyJump ${s.jump.user ? s.jump.user + '@' : ''}${s.jump.host}:${s.jump.port}`] : []),
            'Host *',
            '  BatchMode yes',
            '  IdentitiesOnly yes',
            `  UserKnownHostsFile "${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'known_hosts')}"`,
            '  GlobalKnownHostsFile /dev/null',
            `  StrictHostKeyChecking ${s.trustOnFirstUse ? 'accept-new' : 'yes'}`,
            `  KnownHostsCommand "${process.execPath}" "${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'hostkey.cjs')}" %H %t %K`,
            '  CheckHostIP no',
            '  HashKnownHosts no',
            '  UpdateHostKeys no',
            '  ControlMaster auto',
            `  ControlPath "${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cm-%C')}"`,
            '  ControlPersist 600',
            '  ServerAliveInterval 15',
            '  ServerAliveCountMax 4',
            `  ConnectTimeout ${s.connectTimeoutSec}`,
            '  ConnectionAttempts 1',
            '  LogLevel ERROR',
            '  ForwardAgent no',
            '  RequestTTY no',
        ];
        if (s.key) {
            const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'id');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(keyPath, normaliseKey(s.key.reveal()), { mode: 0o600 });
            await this.checkKey(keyPath);
            lines.push(`  IdentityFile "${keyPath}"`);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'known_hosts'), s.knownHosts ? s.knownHosts.trim() + '\n' : '', { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'fingerprints'), s.fingerprints.join('\n') + '\n', { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'hostkey.cjs'), HOSTKEY_HELPER, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(this.state.configPath, lines.join('\n') + '\n', { mode: 0o600 });
    }
    /** Fails early with a clear message for passphrase-protected or malformed keys. */
    async checkKey(keyPath) {
        const r = await this.opts.runner(['ssh-keygen', '-y', '-P', '', '-f', keyPath]);
        if (r.code === 0) {
            const blob = r.stdout.trim().split(/\s+/)[1] ?? '';
            this.opts.logger.debug(`ssh key ${fingerprintOf(blob)}`);
            return;
        }
        if (/passphrase/i.test(r.stderr))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('input ssh-key: the key is protected by a passphrase; use a deploy key without one (ssh-keygen -t ed25519 -N "")');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('input ssh-key: expected an OpenSSH private key ("-----BEGIN OPENSSH PRIVATE KEY-----" …), ' +
            `ssh-keygen could not read it: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    }
    sshArgv(extra) {
        return ['ssh', '-F', this.state.configPath, ...extra];
    }
    /** Opens the master connection, retrying transient failures with backoff. */
    async connect() {
        const r = await this.exec(['true']);
        if (r.code !== 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConnectionError */ .Rc(`ssh ${this.target}: "true" exited ${r.code}: ${r.stderr.trim()}`);
        this.opts.logger.info(`connected to ${this.target}`);
    }
    async exec(argv, opts = {}) {
        const line = REMOTE_PREFIX + (0,_util_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shellJoin */ .nZ)(argv);
        let delay = this.opts.backoffMs;
        for (let attempt = 1;; attempt++) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.state.dir, 'offered'), { force: true });
            }
            catch {
                // best effort: the file only feeds error messages
            }
            const r = await this.opts.runner(this.sshArgv(['--', this.state.destination, line]), opts);
            if (r.code !== SSH_ERROR || r.timedOut)
                return r;
            const err = r.stderr.trim();
            if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* not known|No .* host key is known/i.test(err))
                throw this.hostKeyError(err);
            if (/Permission denied|Too many authentication failures/i.test(err))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConnectionError */ .Rc(`ssh ${this.target}: the server refused the key for user ${this.settings.user} (${lastLine(err)}). ` +
                    'Check that ssh-key is the private half of a key in ~/.ssh/authorized_keys of that user on the host.');
            if (!TRANSIENT.test(err))
                return r;
            if (attempt >= this.opts.attempts)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConnectionError */ .Rc(`ssh ${this.target}: cannot connect after ${attempt} attempts (connect-timeout ${this.settings.connectTimeoutSec}s): ${lastLine(err)}`);
            this.opts.logger.warn(`ssh ${this.target}: ${lastLine(err)}; retrying in ${delay / 1000}s (${attempt}/${this.opts.attempts})`);
            await sleep(delay);
            delay *= 2;
        }
    }
    hostKeyError(stderr) {
        const offeredPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.state.dir, 'offered');
        const offered = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(offeredPath)
            ? [...new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(offeredPath, 'utf8').trim().split('\n').filter(Boolean))]
            : [];
        const s = this.settings;
        const expected = s.fingerprints.length
            ? `host-fingerprint ${s.fingerprints.join(', ')}`
            : 'the keys in known-hosts';
        const shown = offered.length
            ? offered.map((o) => `  ${o}`).join('\n')
            : `  (none recorded) ${lastLine(stderr)}`;
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HostKeyError */ .oZ(`ssh ${this.target}: host key verification failed — the server's key does not match ${expected}. ` +
            `Nothing was run on the host.\nOffered by the server:\n${shown}`);
    }
    /** Ends the master connection and deletes the key and every other file of the session. */
    async close() {
        await closeSession(this.state, this.opts.runner);
    }
}
/** Used by close() and by the post step (from saved state). Best effort by design: it only cleans up. */
async function closeSession(state, runner = _process_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .e) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(state.configPath))
        await runner(['ssh', '-F', state.configPath, '-O', 'exit', '--', state.destination], {
            timeoutMs: 10_000,
        });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(state.dir, { recursive: true, force: true });
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    return lines[lines.length - 1] ?? '';
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ NotImplementedError),
/* harmony export */   Ku: () => (/* binding */ LockError),
/* harmony export */   O1: () => (/* binding */ StackDeployError),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   oZ: () => (/* binding */ HostKeyError),
/* harmony export */   wG: () => (/* binding */ PreflightError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export HealthError */
/** Exit codes of the CLI and the meaning of a failed action step. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/** Base class: every error the tool raises on purpose carries an exit code. */
class StackDeployError extends Error {
    exitCode = EXIT.failed;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** Bad input, bad configuration or a command used wrongly: nothing was changed. */
class ConfigError extends StackDeployError {
    exitCode = EXIT.usage;
}
/** A command that the contract declares but this build does not implement yet. */
class NotImplementedError extends ConfigError {
}
/** A process (local or remote) exited non-zero. */
class CommandError extends StackDeployError {
    code;
    stderrTail;
    constructor(message, code, stderrTail) {
        super(stderrTail ? `${message}\n${stderrTail}` : message);
        this.code = code;
        this.stderrTail = stderrTail;
    }
}
/** Could not reach or authenticate to the host. */
class ConnectionError extends StackDeployError {
}
/** The host's key did not match what we were told to trust. */
class HostKeyError extends ConnectionError {
}
/** The host lacks something the deploy needs (docker, compose v2, disk, a writable dir). */
class PreflightError extends StackDeployError {
}
/** Services did not become healthy. */
class HealthError extends (/* unused pure expression or super */ null && (StackDeployError)) {
}
/** Another run holds the project's lock. */
class LockError extends StackDeployError {
}
/** Last lines of a text, for error messages. */
function tail(text, lines = 20) {
    const all = text.trimEnd().split('\n');
    return all.slice(-lines).join('\n');
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ts: () => (/* binding */ logUntrusted)
/* harmony export */ });
/* unused harmony export MemoryLogger */
/** Prints untrusted lines through the logger's own way, or as plain info lines. */
function logUntrusted(log, lines) {
    if (log.untrusted)
        log.untrusted(lines);
    else
        for (const l of lines)
            log.info(l);
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
/** A logger that keeps lines in memory; for tests and for capturing a run. */
class MemoryLogger {
    lines = [];
    secrets = [];
    debug(m) {
        this.lines.push(`debug: ${m}`);
    }
    info(m) {
        this.lines.push(m);
    }
    warn(m) {
        this.lines.push(`warning: ${m}`);
    }
    error(m) {
        this.lines.push(`error: ${m}`);
    }
    async group(name, fn) {
        this.lines.push(`[${name}]`);
        return fn();
    }
    secret(v) {
        if (v)
            this.secrets.push(v);
    }
    text() {
        return this.lines.join('\n');
    }
}


/***/ }),

/***/ 5796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hi: () => (/* binding */ shq),
/* harmony export */   nZ: () => (/* binding */ shellJoin),
/* harmony export */   se: () => (/* binding */ shqPath)
/* harmony export */ });
/**
 * POSIX shell quoting. The one function that turns argv into text a remote shell reads:
 * every remote command is built as argv and joined here.
 */
function shq(arg) {
    if (arg.includes('\0'))
        throw new Error('argument contains a NUL byte');
    if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** Joins argv into one shell command line with each argument quoted. */
function shellJoin(argv) {
    return argv.map(shq).join(' ');
}
/**
 * A path on the remote host that may start with `~/`: the tilde is left to the remote shell
 * (as "$HOME"), the rest is quoted.
 */
function shqPath(path) {
    if (path === '~')
        return '"$HOME"';
    if (path.startsWith('~/'))
        return `"$HOME"/${shq(path.slice(2))}`;
    return shq(path);
}


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   pT: () => (/* binding */ Sensitive)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const REDACTED = '[REDACTED]';
/** A secret value: prints as [REDACTED] everywhere; only `reveal()` gives the value. */
class Sensitive {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return REDACTED;
    }
}
const escape = (v) => v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/**
 * The one redactor: every secret, and each line of a multi-line secret (an SSH key), is replaced wherever
 * it appears when it is 4 characters or longer; shorter ones only where they stand as a word of their own.
 */
function redactor(values) {
    const parts = new Set();
    for (const v of values) {
        if (typeof v !== 'string' || v === '')
            continue;
        parts.add(v);
        if (/[\r\n]/.test(v))
            for (const line of v.split(/\r?\n/))
                if (line.trim().length >= 4)
                    parts.add(line.trim());
    }
    const all = [...parts].sort((a, b) => b.length - a.length);
    const long = all.filter((v) => v.length >= 4);
    const short = all
        .filter((v) => v.length < 4)
        .map((v) => new RegExp(`(?<![A-Za-z0-9_])${escape(v)}(?![A-Za-z0-9_])`, 'g'));
    return (text) => {
        let out = text;
        for (const v of long)
            if (out.includes(v))
                out = out.split(v).join(REDACTED);
        for (const re of short)
            out = out.replace(re, REDACTED);
        return out;
    };
}
/** Replaces every secret in text (see `redactor`). */
function redact(text, secrets) {
    return redactor(secrets)(text);
}


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ stderrLogger)
});

// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/util/sensitive.ts
var sensitive = __webpack_require__(7616);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/util/untrusted.ts

/**
 * The runner reads workflow commands from every line a step prints: `::cmd` at the start of a line
 * (after blanks) and `##[cmd]` anywhere in it; `\r` ends a line as well as `\n`. Text from the host,
 * containers and compose files may hold either.
 */
function mayCarryCommand(text) {
    return text.includes('::') || text.includes('##[');
}
/**
 * The lines to print for untrusted text: as it is when it cannot hold a command, otherwise inside
 * `::stop-commands::<token>` … `::<token>::` with a fresh unguessable token, so that the runner
 * shows it and acts on nothing in it.
 */
function commandSafe(text, token = newToken) {
    if (!mayCarryCommand(text))
        return [text];
    const t = token();
    return [`::stop-commands::${t}`, text, `::${t}::`];
}
function newToken() {
    return `sd-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}

;// CONCATENATED MODULE: ./src/util/stderr-logger.ts



/** `file:line:col: `, or `file: ` without a line. */
const place = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}:${w.col ?? 1}` : ''}: ` : '';
/**
 * The CLI's logger: human lines on stderr, secrets redacted. In a `run:` step of GitHub Actions
 * (onRunner) the runner reads stderr for workflow commands too: lines that could carry one are
 * printed inside stop-commands.
 */
function stderrLogger(verbose, secrets, onRunner = false) {
    const out = (line) => {
        const text = (0,sensitive/* redact */.E$)(line, secrets());
        process.stderr.write((onRunner ? commandSafe(text) : [text]).join('\n') + '\n');
    };
    return {
        debug: (m) => verbose && out(`debug: ${m}`),
        info: (m) => out(m),
        warn: (m, w) => out(`warning: ${place(w)}${m}`),
        error: (m, w) => out(`error: ${place(w)}${m}`),
        async group(name, fn) {
            const t0 = Date.now();
            out(`▸ ${name}`);
            try {
                return await fn();
            }
            finally {
                out(`  ${name} took ${(0,logger/* formatDuration */.a3)(Date.now() - t0)}`);
            }
        },
        secret: () => { },
    };
}


/***/ }),

/***/ 9716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ makeWorkDir)
/* harmony export */ });
/* unused harmony exports WORK_DIR_PREFIX, workRoot, isWorkDirName, isOwnWorkDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The private temp dirs a run creates (mkdtemp adds 6 characters); post removes only these. */
const WORK_DIR_PREFIX = {
    ssh: 'sd-',
    bundle: 'sd-bundle-',
    build: 'stack-deploy-build-',
};
const NAME = new RegExp(`^(${Object.values(WORK_DIR_PREFIX).join('|')})[A-Za-z0-9]{6}$`);
/** The parent of work dirs: RUNNER_TEMP on a runner, the system temp dir elsewhere. */
function workRoot(env = process.env) {
    return env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}
function makeWorkDir(kind, root = workRoot()) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, WORK_DIR_PREFIX[kind]));
}
/** A name mkdtemp gave one of our work dirs. */
function isWorkDirName(name) {
    return NAME.test(name);
}
/** Whether path is one of our work dirs directly inside one of the given roots. */
function isOwnWorkDir(path, roots) {
    const p = resolve(path);
    return isWorkDirName(basename(p)) && roots.some((r) => r && resolve(r) === dirname(p));
}


/***/ })

};

//# sourceMappingURL=581.index.js.map