// Content on one side only: whole blocks the alignment left unpaired, and sentences left unpaired
// inside an otherwise translated block.
import type { Block, Discrepancy, Pair } from '../../model.js';
import { blockSide, sentenceSide } from './locate.js';

type Draft = Omit<Discrepancy, 'id' | 'severity' | 'section'>;

const isBody = (b: Block) => b.kind === 'paragraph' || b.kind === 'bullet';

/** Sentences this short ("Specifically:", "(omitted)") are more often split differently than dropped. */
const MIN_SENTENCE_CHARS = { ja: 12, en: 30 };

export function detectOmissionsAndAdditions(pair: Pair): Draft[] {
  const drafts: Draft[] = [];
  if (pair.en.length === 0 && pair.ja.some(isBody)) {
    drafts.push({ kind: 'omission', ja: blockSide(pair.ja), en: null, message: 'The English has no counterpart for this Japanese paragraph', pair: pair.id });
    return drafts;
  }
  if (pair.ja.length === 0 && pair.en.some(isBody)) {
    drafts.push({ kind: 'addition', ja: null, en: blockSide(pair.en), message: 'The Japanese has no counterpart for this English paragraph', pair: pair.id });
    return drafts;
  }
  if (!pair.ja.some(isBody) || !pair.en.some(isBody)) return drafts;
  for (const sp of pair.sentences) {
    if (sp.en.length === 0 && sp.ja.length > 0) {
      const side = sentenceSide(sp.ja, pair.ja);
      if (side.text.replace(/\s+/g, '').length < MIN_SENTENCE_CHARS.ja) continue;
      drafts.push({ kind: 'omission', ja: side, en: blockSide(pair.en), message: 'The English leaves out this sentence', pair: pair.id });
    } else if (sp.ja.length === 0 && sp.en.length > 0) {
      const side = sentenceSide(sp.en, pair.en);
      if (side.text.length < MIN_SENTENCE_CHARS.en) continue;
      drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: side, message: 'The English adds this sentence, which the Japanese does not have', pair: pair.id });
    }
  }
  return drafts;
}
