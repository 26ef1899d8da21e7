// Step: the configured severity of each kind.
import type { Discrepancy, DiscrepancyKind, Severity } from '../../model.js';

/**
 * Applies overrides: an overridden kind takes the configured severity, `off` drops it; other
 * findings keep the severity their detector gave them.
 */
export function applySeverities(discrepancies: Discrepancy[], overrides: Partial<Record<DiscrepancyKind, Severity | 'off'>>): Discrepancy[] {
  const kept: Discrepancy[] = [];
  for (const discrepancy of discrepancies) {
    const level = overrides[discrepancy.kind];
    if (level === 'off') continue;
    kept.push(level === undefined || level === discrepancy.severity ? discrepancy : { ...discrepancy, severity: level });
  }
  return kept;
}
