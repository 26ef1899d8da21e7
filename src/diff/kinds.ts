// Severities, and the kind tables of the registry under the names every report imports.
import type { Severity } from '../model.js';

export { DEFAULT_SEVERITIES, KIND_INFO, KINDS } from './registry.js';
export type { KindDescription as KindInfo } from './registry.js';

/** Most severe first: the order of summaries, filters and totals. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Higher is more severe; used by --fail-on, by dedupe (the more severe twin wins) and by every
 *  report that shows the most severe of several findings. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
