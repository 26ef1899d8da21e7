// Two annotated Documents → one Alignment: sections, then blocks within matched sections, then
// sentences within block pairs. Diff, glossary, export and the report all read this one result.
import type { Alignment, Document, Pair } from '../model.js';
import type { StepEvidence } from './score.js';
import { alignBlocks } from './blocks.js';
import { buildContext } from './context.js';
import { linkedLengthRatio } from './length-model.js';
import { alignSections } from './sections.js';
import { alignSentences } from './sentences.js';

export { toAlignmentJson } from './serialize.js';
export { sentencePairLinks, withWordLinks } from './links.js';

export function alignDocuments(ja: Document, en: Document): Alignment {
  return alignAndCollect(ja, en, null);
}

/** What each score was computed from: per pair, and per sentence pair of each pair (scripts/calibrate.js fits on it). */
export interface ScoreEvidence {
  pairs: StepEvidence[];
  sentences: StepEvidence[][];
}

export function alignWithEvidence(ja: Document, en: Document): { alignment: Alignment; evidence: ScoreEvidence } {
  const evidence: ScoreEvidence = { pairs: [], sentences: [] };
  return { alignment: alignAndCollect(ja, en, evidence), evidence };
}

/** The evidence is collected only when asked for: a long document's is tens of megabytes. */
function alignAndCollect(ja: Document, en: Document, evidence: ScoreEvidence | null): Alignment {
  const context = buildContext(ja, en);
  const sectionLinks = alignSections(ja, en, context);
  const blockLinks = alignBlocks(ja, en, sectionLinks, context);
  const pairs: Pair[] = blockLinks.map((link, index) => {
    const score = round(link.score);
    const sentences = alignSentences(link.ja, link.en, context, score);
    evidence?.pairs.push(link.evidence);
    evidence?.sentences.push(sentences.evidence);
    return {
      id: `p${index + 1}`,
      type: link.type,
      score,
      section: { ja: link.ja[0]?.section ?? null, en: link.en[0]?.section ?? null },
      ja: link.ja,
      en: link.en,
      sentences: sentences.pairs.map((s) => ({ ...s, score: round(s.score) })),
    };
  });
  const alignment: Alignment = {
    schema: 'strategy-align/alignment@1',
    ja,
    en,
    sections: sectionLinks.map((l) => ({ ja: l.ja?.id ?? null, en: l.en?.id ?? null, score: round(l.score) })),
    pairs,
    lengthRatio: linkedLengthRatio(pairs),
  };
  return alignment;
}

/** Scores are rounded so that output is byte-identical across platforms' floating-point noise. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
