export type Severity = 'error' | 'warning' | 'note';

/** One problem, pointing at the node it is about. */
export interface Finding {
  /** rule id, SD-XXX-NNN */
  rule: string;
  severity: Severity;
  message: string;
  /** path relative to the working directory */
  file: string;
  /** 1-based; 0 when the finding is about the whole file or no file */
  line: number;
  /** 1-based; 0 when unknown */
  col: number;
}

export interface ValidateInput {
  /** working directory; compose files and env file are relative to it */
  cwd: string;
  /** compose files in merge order */
  composeFiles: string[];
  /** .env path; may be missing (then a finding, unless envContent is given) */
  envFile?: string;
  /** a missing envFile is not an error (the default .env) */
  envFileOptional?: boolean;
  /** .env text that wins over envFile (comes from a secret) */
  envContent?: string;
  profile: 'prod' | 'dev';
  policy: 'auto' | 'stack' | 'compose';
  /** IMAGE_TAG, REGISTRY injected by the tool; they win over .env */
  extraVars?: Record<string, string>;
  /** for bare KEY lines and interpolation fallbacks; default {} */
  processEnv?: Record<string, string | undefined>;
}

/** The merged, interpolated compose model as plain JS (what `docker compose config` holds before normalisation). */
export type ComposeModel = Record<string, unknown>;

export interface ValidationReport {
  /** sorted: errors first, then file, line, col */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** undefined if loading failed */
  model: ComposeModel | undefined;
  /** the resolved .env variables */
  env: Record<string, string>;
  /** env keys considered secret (variables schema + credential-shaped names) */
  secretKeys: string[];
  /** local files the model references (bind sources, env_file, build contexts, configs/secrets files), relative to cwd */
  files: string[];
  /** every compose file read, include and extends targets too, relative to cwd */
  composeSources?: string[];
}

/** A position in a user's file. */
export interface Loc {
  file: string;
  line: number;
  col: number;
}

export type ScalarValue = string | number | boolean | null;

/** A YAML scalar with its position; `raw` keeps the text before interpolation. */
export interface YScalar {
  kind: 'scalar';
  value: ScalarValue;
  loc: Loc;
  tag?: string;
  /** value before interpolation, when it differs */
  raw?: string;
  /** the raw text's characters map 1:1 onto source columns from loc.col + colShift (single-line scalars) */
  colShift?: number;
  /** a path already rewritten relative to the project directory (extends/include from another directory) */
  rebased?: boolean;
}

export interface YEntry {
  key: string;
  keyLoc: Loc;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  entries: Map<string, YEntry>;
  loc: Loc;
  tag?: string;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  loc: Loc;
  tag?: string;
}

export type YNode = YScalar | YMap | YSeq;

/** A path in the compose tree: keys and list indexes. */
export type Path = (string | number)[];
