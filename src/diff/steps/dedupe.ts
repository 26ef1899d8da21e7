// Step: one finding per thing found.
import type { Discrepancy } from '../../model.js';
import { SEVERITY_RANK } from '../kinds.js';

/**
 * Removes repeats: the same finding reported twice (same id and lines; the more severe one stays),
 * and a number or date mismatch lying inside an omitted or added passage, which the omission or
 * addition already reports.
 */
export function dedupe(discrepancies: Discrepancy[]): Discrepancy[] {
  const byKey = new Map<string, Discrepancy>();
  for (const discrepancy of discrepancies) {
    const key = [discrepancy.id, discrepancy.ja?.lines.join('-') ?? '', discrepancy.en?.lines.join('-') ?? ''].join('|');
    const twin = byKey.get(key);
    if (!twin || SEVERITY_RANK[discrepancy.severity] > SEVERITY_RANK[twin.severity]) byKey.set(key, discrepancy);
  }
  const unique = [...byKey.values()];
  const omissions = unique.filter((d) => d.kind === 'omission');
  const additions = unique.filter((d) => d.kind === 'addition');
  return unique.filter((d) => {
    if (d.kind !== 'number-mismatch' && d.kind !== 'date-mismatch') return true;
    const insideOmission = omissions.some((o) => within(d.ja, o.ja));
    const insideAddition = additions.some((a) => within(d.en, a.en));
    return !insideOmission && !insideAddition;
  });
}

/** Is `inner` part of `outer`: overlapping lines and its text contained (white space ignored)? */
function within(inner: Discrepancy['ja'], outer: Discrepancy['ja']): boolean {
  if (!inner || !outer) return false;
  const overlap = inner.lines[0] <= outer.lines[1] && outer.lines[0] <= inner.lines[1];
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  return overlap && squeeze(inner.text) !== '' && squeeze(outer.text).includes(squeeze(inner.text));
}
