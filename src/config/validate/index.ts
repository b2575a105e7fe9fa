// Compose + .env validation: load with positions → dotenv → interpolate → merge → schema → consistency →
// stack rules → reporters. `validate()` never throws on bad input: every problem is a finding at its node.
export type { ComposeModel, Finding, Severity, ValidateInput, ValidationReport } from './types.js';
export { reportRedactor, validate } from './validate.js';
export { formatJson, formatText, selectAnnotations, toSarif, toSummaryMarkdown } from './reporters.js';
export { oracleCompare, projectComposeJson, projectModel, diffProjections } from './oracle.js';
export type { OracleResult, Projection, Runner, ServiceProjection } from './oracle.js';
export { RULES, type RuleInfo } from './catalogue.js';
export { escapingLinks, type EscapingLink } from './shipped.js';
