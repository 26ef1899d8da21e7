// Severities per kind and the --fail-on verdict. Precedence: --severity flags over the config file
// over the defaults below. Reading the config file is the CLI's job; this module gets its text.
import { type DiscrepancyKind, InputError, type Severity } from '../model.js';
import { DEFAULT_SEVERITIES, KINDS, SEVERITY_RANK } from './kinds.js';
import { assertMatchesSchema, parseJson } from './validate.js';

export type SeverityLevel = Severity | 'off';
export type SeverityOverrides = Partial<Record<DiscrepancyKind, SeverityLevel>>;
export type SeverityMap = Record<DiscrepancyKind, SeverityLevel>;
export { applySeverities } from './steps/severity.js';
export type FailOn = Severity | 'never';

export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['error', 'warning', 'info', 'off'];
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'info', 'never'];
export const DEFAULT_FAIL_ON: FailOn = 'error';

export { DEFAULT_SEVERITIES };

/** The settings of `.strategy-align.json` (schema/config.schema.json). Paths as written in the file. */
export interface DiffConfig {
  severity?: SeverityOverrides;
  failOn?: FailOn;
  baseline?: string;
  glossary?: string;
}

/** Parses and validates a config file's text; any problem is one InputError line naming the file. */
export async function parseConfig(text: string, file: string): Promise<DiffConfig> {
  const data = parseJson(text, file);
  await assertMatchesSchema('config', data, file);
  const { $schema: _editorHint, ...config } = data as DiffConfig & { $schema?: string };
  return config;
}

/** `omission=warning,duplication=off` → { omission: 'warning', duplication: 'off' }. */
export function parseSeveritySpec(spec: string): SeverityOverrides {
  const overrides: SeverityOverrides = {};
  for (const item of spec.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const match = /^([a-z-]+)\s*=\s*([a-z]+)$/.exec(item);
    if (!match) throw new InputError(`--severity: "${item}" is not KIND=LEVEL (e.g. omission=warning,duplication=off)`);
    const [, kind, level] = match as unknown as [string, string, string];
    if (!isKind(kind)) throw new InputError(`--severity: unknown kind "${kind}" (kinds: ${KINDS.join(', ')})`);
    if (!isSeverityLevel(level)) {
      throw new InputError(`--severity: "${item}": the level must be one of ${SEVERITY_LEVELS.join(', ')}`);
    }
    overrides[kind] = level;
  }
  return overrides;
}

/** The severity every kind ends up with, later overrides winning (config file, then flags). */
export function resolveSeverities(...overrides: Array<SeverityOverrides | undefined>): SeverityMap {
  return Object.assign({}, DEFAULT_SEVERITIES, ...overrides.filter(Boolean)) as SeverityMap;
}

/** True when some finding is at or above `failOn` (what makes diff exit with 1). */
export function failsAt(summary: Record<Severity, number>, failOn: FailOn): boolean {
  return (Object.keys(SEVERITY_RANK) as Severity[]).some((severity) => summary[severity] > 0 && reachesFailOn(severity, failOn));
}

/** Is a finding of this severity enough to fail the run? */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

export function isKind(value: string): value is DiscrepancyKind {
  return (KINDS as readonly string[]).includes(value);
}

function isSeverityLevel(value: string): value is SeverityLevel {
  return (SEVERITY_LEVELS as readonly string[]).includes(value);
}
