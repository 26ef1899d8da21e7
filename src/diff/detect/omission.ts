// Content on one side only: whole blocks the alignment left unpaired, and sentences left unpaired
// inside an otherwise translated block.
import type { Block, Pair } from '../../model.js';
import { blockSide, sentenceSide } from './locate.js';

import type { Draft } from './draft.js';
import { lengthSuggestsDropped, visibleLength } from './length.js';

/** Body text worth a finding: not a closing mark such as "(以上)" ("end of document"). */
const isBody = (b: Block) => (b.kind === 'paragraph' || b.kind === 'bullet') && b.normalized.replace(/[\s()（）]/g, '').length >= 4;

/** Sentences this short ("Specifically:", "(omitted)") are more often split differently than dropped. */
const MIN_SENTENCE_CHARS = { ja: 12, en: 30 };

export function detectOmissionsAndAdditions(pair: Pair, lengthRatio: number): Draft[] {
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
  const jaLength = pair.ja.reduce((n, b) => n + visibleLength(b.normalized), 0);
  const enLength = pair.en.reduce((n, b) => n + visibleLength(b.normalized), 0);
  for (const sp of pair.sentences) {
    if (sp.en.length === 0 && sp.ja.length > 0) {
      const side = sentenceSide(sp.ja, pair.ja);
      const length = visibleLength(side.text);
      if (length < MIN_SENTENCE_CHARS.ja) continue;
      // The English is as long as the whole Japanese: the sentence was merged into another, not dropped.
      if (!lengthSuggestsDropped(jaLength, length, enLength, lengthRatio)) continue;
      drafts.push({ kind: 'omission', ja: side, en: blockSide(pair.en), message: 'The English leaves out this sentence', pair: pair.id });
    } else if (sp.ja.length === 0 && sp.en.length > 0) {
      const side = sentenceSide(sp.en, pair.en);
      if (side.text.length < MIN_SENTENCE_CHARS.en) continue;
      // Symmetrically: the English without this sentence would be too short for the Japanese.
      if (!lengthSuggestsDropped(enLength, visibleLength(side.text), jaLength * lengthRatio, 1)) continue;
      drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: side, message: 'The English adds this sentence, which the Japanese does not have', pair: pair.id });
    }
  }
  drafts.push(...mergedButMissing(pair, lengthRatio));
  return drafts;
}

/** How far a length is from its expectation, as |ln(actual/expected)|. */
const misfit = (actual: number, expected: number) => Math.abs(Math.log((actual + 8) / (expected + 8)));
const GOOD_FIT = 0.2;
const BAD_FIT = 0.5;

/**
 * A sentence the aligner merged with its neighbour (a 2-1 or 1-2 sentence pair) although the other
 * side only has room for one of them: the English fits one Japanese sentence closely and both
 * poorly. That is an omission (or, the other way round, an addition) the merge would hide.
 */
function mergedButMissing(pair: Pair, ratio: number): Draft[] {
  const drafts: Draft[] = [];
  for (const sp of pair.sentences) {
    const jaLengths = sp.ja.map((s) => visibleLength(s.normalized));
    const enLengths = sp.en.map((s) => visibleLength(s.normalized));
    const ja = jaLengths.reduce((a, b) => a + b, 0);
    const en = enLengths.reduce((a, b) => a + b, 0);
    if (sp.ja.length > 1 && sp.en.length === 1 && misfit(en, ratio * ja) > BAD_FIT) {
      const k = jaLengths.map((n, i) => [misfit(en, ratio * (ja - n)), i] as const).sort((a, b) => a[0] - b[0])[0]!;
      const sentence = sp.ja[k[1]]!;
      if (k[0] < GOOD_FIT && jaLengths[k[1]]! >= MIN_SENTENCE_CHARS.ja) {
        drafts.push({ kind: 'omission', ja: sentenceSide([sentence], pair.ja), en: sentenceSide(sp.en), message: 'The English leaves out this sentence', pair: pair.id });
      }
    }
    if (sp.en.length > 1 && sp.ja.length === 1 && misfit(en, ratio * ja) > BAD_FIT) {
      const k = enLengths.map((n, i) => [misfit(en - n, ratio * ja), i] as const).sort((a, b) => a[0] - b[0])[0]!;
      const sentence = sp.en[k[1]]!;
      if (k[0] < GOOD_FIT && sentence.normalized.length >= MIN_SENTENCE_CHARS.en) {
        drafts.push({ kind: 'addition', ja: sentenceSide(sp.ja), en: sentenceSide([sentence], pair.en), message: 'The English adds this sentence, which the Japanese does not have', pair: pair.id });
      }
    }
  }
  return drafts;
}
