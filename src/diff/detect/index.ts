// Raw findings from one alignment, before severities, fingerprints, baselines and sorting.
import type { Alignment, Discrepancy } from '../../model.js';
import { detectDuplications } from './duplication.js';
import { sectionLabel } from './locate.js';
import { detectOmissionsAndAdditions } from './omission.js';
import { detectStructure } from './structure.js';
import { detectValueDifferences } from './values.js';

const DEFAULT_SEVERITY: Record<Discrepancy['kind'], Discrepancy['severity']> = {
  omission: 'error',
  'number-mismatch': 'error',
  'date-mismatch': 'error',
  addition: 'warning',
  duplication: 'warning',
  structure: 'warning',
  terminology: 'warning',
};

/** English characters per Japanese character over the linked pairs: the pair's own length model. */
function lengthRatio(alignment: Alignment): number {
  let ja = 0;
  let en = 0;
  for (const pair of alignment.pairs) {
    if (pair.ja.length === 0 || pair.en.length === 0) continue;
    for (const b of pair.ja) ja += b.normalized.replace(/\s+/g, '').length;
    for (const b of pair.en) en += b.normalized.replace(/\s+/g, '').length;
  }
  return ja && en ? en / ja : 2.7;
}

export function detectDiscrepancies(alignment: Alignment): Discrepancy[] {
  const ratio = lengthRatio(alignment);
  const pairById = new Map(alignment.pairs.map((p) => [p.id, p]));
  const drafts = [
    ...alignment.pairs.flatMap((pair) => [...detectOmissionsAndAdditions(pair), ...detectValueDifferences(pair, ratio)]),
    ...detectDuplications(alignment.pairs),
    ...detectStructure(alignment),
  ];
  return drafts.map((draft) => {
    const pair = draft.pair ? pairById.get(draft.pair) : undefined;
    const jaSection = pair?.section.ja ?? null;
    return {
      id: '',
      severity: DEFAULT_SEVERITY[draft.kind],
      section: jaSection ? sectionLabel(alignment.ja, jaSection) : pair?.section.en ? sectionLabel(alignment.en, pair.section.en) : null,
      ...draft,
    };
  });
}
