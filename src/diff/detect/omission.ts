// Content on one side only: whole blocks the alignment left unpaired, and sentences left unpaired
// inside an otherwise translated block.
import { lengthMisfit, lengthSuggestsDropped, visibleLength } from '../../align/length-model.js';
import type { Block, Pair, Sentence } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { blockSide, sentenceSide } from './locate.js';

export const omissionDetector: Detector = {
  kinds: [
    {
      kind: 'omission',
      defaultSeverity: 'error',
      name: 'Omission',
      title: 'omission',
      label: 'Omission',
      summary: 'Japanese content missing from the English translation.',
      description:
        'Japanese content (a block, a sentence, or a clause carrying a figure, target, date or name) has no English counterpart.',
      help: 'Translate the Japanese passage shown, or accept the omission in the baseline if it is deliberate.',
    },
    {
      kind: 'addition',
      defaultSeverity: 'warning',
      name: 'Addition',
      title: 'addition',
      label: 'Addition',
      summary: 'English content with no Japanese original.',
      description: 'English content has no Japanese counterpart.',
      help: 'Check that the English passage belongs to this document; remove it or accept it in the baseline (translator notes, for instance).',
    },
  ],
  detect: ({ alignment, lengthRatio }) => alignment.pairs.flatMap((pair) => detectOmissionsAndAdditions(pair, lengthRatio)),
};

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
  const localRatio = linkedRatio(pair) ?? lengthRatio;
  const wholeJa = wholeBlocksUnpaired(pair, 'ja');
  const wholeEn = wholeBlocksUnpaired(pair, 'en');
  for (const block of wholeJa) {
    drafts.push({ kind: 'omission', ja: blockSide([block]), en: blockSide(pair.en), message: 'The English has no counterpart for this Japanese paragraph', pair: pair.id });
  }
  for (const block of wholeEn) {
    drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: blockSide([block]), message: 'The Japanese has no counterpart for this English paragraph', pair: pair.id });
  }
  const inWhole = (sentences: Sentence[], blocks: Block[]) => sentences.some((s) => blocks.some((b) => b.sentences?.includes(s)));
  for (const [k, sp] of pair.sentences.entries()) {
    if (inWhole(sp.ja, wholeJa) || inWhole(sp.en, wholeEn)) continue;
    if (sp.en.length === 0 && sp.ja.length > 0) {
      const side = sentenceSide(sp.ja, pair.ja);
      const length = visibleLength(side.text);
      if (length < MIN_SENTENCE_CHARS.ja) continue;
      // Merged into another sentence, not dropped, when the English is as long as the whole Japanese
      // at the document's ratio, unless the aligner is sure and no neighbour has room for it at
      // this block's own ratio (a verbose translation of the rest).
      const dropped =
        lengthSuggestsDropped(jaLength, length, enLength, lengthRatio) ||
        (sp.score >= SURE && !absorbedByNeighbour(pair, k, 'ja', length, localRatio));
      if (!dropped) continue;
      drafts.push({ kind: 'omission', ja: side, en: blockSide(pair.en), message: 'The English leaves out this sentence', pair: pair.id });
    } else if (sp.ja.length === 0 && sp.en.length > 0) {
      const side = sentenceSide(sp.en, pair.en);
      if (side.text.length < MIN_SENTENCE_CHARS.en) continue;
      // Symmetrically: the English without this sentence would be too short for the Japanese.
      const added =
        lengthSuggestsDropped(enLength, visibleLength(side.text), jaLength * lengthRatio, 1) ||
        (sp.score >= SURE && !absorbedByNeighbour(pair, k, 'en', visibleLength(side.text), localRatio));
      if (!added) continue;
      drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: side, message: 'The English adds this sentence, which the Japanese does not have', pair: pair.id });
    }
  }
  drafts.push(...mergedButMissing(pair, lengthRatio));
  return drafts;
}

/**
 * Blocks of a grouped pair (2-1, 1-2) none of whose sentences is linked: a paragraph the other
 * side lacks, which the block aligner merged into its neighbour. One finding for the paragraph,
 * not one per sentence.
 */
function wholeBlocksUnpaired(pair: Pair, side: 'ja' | 'en'): Block[] {
  const blocks = pair[side];
  if (blocks.length < 2) return [];
  const other = side === 'ja' ? 'en' : 'ja';
  const linked = new Set(pair.sentences.filter((sp) => sp[other].length > 0).flatMap((sp) => sp[side]));
  return blocks.filter((b) => isBody(b) && (b.sentences?.length ?? 0) > 0 && b.sentences!.every((s) => !linked.has(s)));
}

/** A sentence-level skip the aligner is this sure of is checked against its neighbours only. */
const SURE = 0.95;

/** English characters per Japanese character over the block's linked sentence pairs, when there are
 *  at least two of them to say it. */
function linkedRatio(pair: Pair): number | null {
  const linked = pair.sentences.filter((sp) => sp.ja.length > 0 && sp.en.length > 0);
  if (linked.length < 2) return null;
  const ja = linked.reduce((n, sp) => n + sp.ja.reduce((m, s) => m + visibleLength(s.normalized), 0), 0);
  const en = linked.reduce((n, sp) => n + sp.en.reduce((m, s) => m + visibleLength(s.normalized), 0), 0);
  return en / ja;
}

/**
 * Whether an unpaired sentence's content may sit in a neighbouring sentence pair: the neighbour's
 * other side is as long as its own side plus this sentence (the translation merged the two).
 */
function absorbedByNeighbour(pair: Pair, k: number, side: 'ja' | 'en', length: number, ratio: number): boolean {
  for (const n of [k - 1, k + 1]) {
    const neighbour = pair.sentences[n];
    if (!neighbour || neighbour.ja.length === 0 || neighbour.en.length === 0) continue;
    const ja = neighbour.ja.reduce((sum, s) => sum + visibleLength(s.normalized), 0);
    const en = neighbour.en.reduce((sum, s) => sum + visibleLength(s.normalized), 0);
    const merged = side === 'ja' ? lengthMisfit(en, ratio * (ja + length)) : lengthMisfit(en + length, ratio * ja);
    if (merged < lengthMisfit(en, ratio * ja)) return true;
  }
  return false;
}

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
    if (sp.ja.length > 1 && sp.en.length === 1 && lengthMisfit(en, ratio * ja) > BAD_FIT) {
      const k = jaLengths.map((n, i) => [lengthMisfit(en, ratio * (ja - n)), i] as const).sort((a, b) => a[0] - b[0])[0]!;
      const sentence = sp.ja[k[1]]!;
      if (k[0] < GOOD_FIT && jaLengths[k[1]]! >= MIN_SENTENCE_CHARS.ja) {
        drafts.push({ kind: 'omission', ja: sentenceSide([sentence], pair.ja), en: sentenceSide(sp.en), message: 'The English leaves out this sentence', pair: pair.id });
      }
    }
    if (sp.en.length > 1 && sp.ja.length === 1 && lengthMisfit(en, ratio * ja) > BAD_FIT) {
      const k = enLengths.map((n, i) => [lengthMisfit(en - n, ratio * ja), i] as const).sort((a, b) => a[0] - b[0])[0]!;
      const sentence = sp.en[k[1]]!;
      if (k[0] < GOOD_FIT && sentence.normalized.length >= MIN_SENTENCE_CHARS.en) {
        drafts.push({ kind: 'addition', ja: sentenceSide(sp.ja), en: sentenceSide([sentence], pair.en), message: 'The English adds this sentence, which the Japanese does not have', pair: pair.id });
      }
    }
  }
  return drafts;
}
