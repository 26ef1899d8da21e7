// Step: findings in document order.
import type { Alignment, Discrepancy } from '../../model.js';
import { compareStrings } from '../baseline.js';
import { KINDS } from '../kinds.js';

/**
 * Document order: by Japanese line, then English line, then kind, then id. A finding with no
 * Japanese side (an addition) takes the place of its alignment pair, just after the Japanese text
 * that precedes it, so it is listed where a reader meets it.
 */
export function sortByPosition(discrepancies: Discrepancy[], alignment: Alignment): Discrepancy[] {
  const pairPosition = japanesePositionOfPairs(alignment);
  const jaPosition = (d: Discrepancy) =>
    d.ja ? d.ja.lines[0] : (d.pair !== undefined ? pairPosition.get(d.pair) : undefined) ?? Number.POSITIVE_INFINITY;
  const enPosition = (d: Discrepancy) => d.en?.lines[0] ?? 0;
  return discrepancies
    .map((discrepancy) => ({ discrepancy, ja: jaPosition(discrepancy), en: enPosition(discrepancy) }))
    .sort(
      (a, b) =>
        compareNumbers(a.ja, b.ja) ||
        compareNumbers(a.en, b.en) ||
        KINDS.indexOf(a.discrepancy.kind) - KINDS.indexOf(b.discrepancy.kind) ||
        compareStrings(a.discrepancy.id, b.discrepancy.id),
    )
    .map(({ discrepancy }) => discrepancy);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1; // not a - b: Infinity - Infinity is NaN
}

/** Pair id → Japanese line where it sits; a pair with no Japanese block sits after the last one seen. */
function japanesePositionOfPairs(alignment: Alignment): Map<string, number> {
  const positions = new Map<string, number>();
  let lastJapaneseLine = 0;
  for (const pair of alignment.pairs) {
    const first = pair.ja[0];
    const last = pair.ja[pair.ja.length - 1];
    if (first && last) {
      positions.set(pair.id, first.lines[0]);
      lastJapaneseLine = last.lines[1];
    } else {
      positions.set(pair.id, lastJapaneseLine + 0.5);
    }
  }
  return positions;
}
