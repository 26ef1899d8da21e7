// Raw findings from one alignment, before severities, fingerprints, baselines and sorting.
import type { Alignment, Discrepancy } from '../../model.js';
import { type GlossaryEntry, terminologyFindings } from '../../glossary/terminology.js';
import { DEFAULT_SEVERITIES } from '../config.js';
import { detectDuplications } from './duplication.js';
import type { Draft } from './draft.js';
import { sectionLabel } from './locate.js';
import { detectOmissionsAndAdditions } from './omission.js';
import { detectStructure } from './structure.js';
import { detectValueDifferences } from './values.js';

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

/** A sentence the English says twice is one finding, a duplication, not also an addition. */
function withoutDuplicatedAdditions(drafts: Draft[]): Draft[] {
  const duplicated = new Set(drafts.filter((d) => d.kind === 'duplication' && d.en).map((d) => `${d.en!.lines[0]}|${d.en!.text}`));
  return drafts.filter((d) => !(d.kind === 'addition' && d.en && duplicated.has(`${d.en.lines[0]}|${d.en.text}`)));
}

export function detectDiscrepancies(alignment: Alignment, glossary: GlossaryEntry[] | null = null): Discrepancy[] {
  const ratio = lengthRatio(alignment);
  const pairById = new Map(alignment.pairs.map((p) => [p.id, p]));
  const drafts = [
    ...alignment.pairs.flatMap((pair) => [...detectOmissionsAndAdditions(pair, ratio), ...detectValueDifferences(pair, ratio)]),
    ...detectDuplications(alignment.pairs),
    ...detectStructure(alignment),
  ];
  const found = withoutDuplicatedAdditions(drafts).map((draft) => {
    const pair = draft.pair ? pairById.get(draft.pair) : undefined;
    const jaSection = pair?.section.ja ?? null;
    return {
      id: '',
      severity: DEFAULT_SEVERITIES[draft.kind],
      section: jaSection ? sectionLabel(alignment.ja, jaSection) : pair?.section.en ? sectionLabel(alignment.en, pair.section.en) : null,
      ...draft,
    } as Discrepancy;
  });
  return [...found, ...terminologyFindings(alignment, glossary)];
}
