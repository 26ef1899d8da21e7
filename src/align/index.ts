// Two annotated Documents → one Alignment: sections, then blocks within matched sections, then
// sentences within block pairs. Diff, glossary, export and the report all read this one result.
import type { Alignment, Document, Pair } from '../model.js';
import { alignBlocks } from './blocks.js';
import { buildContext } from './context.js';
import { linkedLengthRatio } from './length-model.js';
import { alignSections } from './sections.js';
import { alignSentences } from './sentences.js';

export { toAlignmentJson } from './serialize.js';
export { sentencePairLinks, withWordLinks } from './links.js';

export function alignDocuments(ja: Document, en: Document): Alignment {
  const context = buildContext(ja, en);
  const sectionLinks = alignSections(ja, en, context);
  const blockLinks = alignBlocks(ja, en, sectionLinks, context);
  const pairs: Pair[] = blockLinks.map((link, index) => ({
    id: `p${index + 1}`,
    type: link.type,
    score: round(link.score),
    section: { ja: link.ja[0]?.section ?? null, en: link.en[0]?.section ?? null },
    ja: link.ja,
    en: link.en,
    sentences: alignSentences(link.ja, link.en, context).map((s) => ({ ...s, score: round(s.score) })),
  }));
  return {
    schema: 'strategy-align/alignment@1',
    ja,
    en,
    sections: sectionLinks.map((l) => ({ ja: l.ja?.id ?? null, en: l.en?.id ?? null, score: round(l.score) })),
    pairs,
    lengthRatio: linkedLengthRatio(pairs),
  };
}

/** Scores are rounded so that output is byte-identical across platforms' floating-point noise. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
