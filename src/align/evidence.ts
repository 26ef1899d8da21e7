// Whether two documents look like a translation of each other at all, from their alignment: the
// dynamic programme always finds a path, so two unrelated documents still "align"; what gives them
// away is few links the calibrated scores believe, linked lengths that do not track each other, an
// overall length ratio far from a translation's, and numbers and dates the linked pairs do not share.
import { type Alignment, type Block, REVIEW_THRESHOLD } from '../model.js';
import { CALIBRATION } from './calibration.js';
import { probability } from './score.js';

/** English characters per Japanese character of a typical translation (2.1–5 on the development corpus, 2.7 on the seeds). */
const TYPICAL_LENGTH_RATIO = 3;

export interface TranslationEvidence {
  pairs: number; // block pairs of the alignment outside the front matter, unpaired blocks included
  likelyRight: number; // block pairs linking both sides with a score at or above REVIEW_THRESHOLD
  meanScore: number; // mean score of the block pairs, an unpaired block counting 0: the share of pairs expected right
  sharedValues: number; // numbers and dates found on both sides of a linked pair
  values: number; // numbers and dates in linked pairs, both sides counted
  /** The calibration's features (src/align/calibration.ts `translation`). */
  features: Record<string, number>;
  /** How likely the two documents are a translation of each other, by the fitted model. */
  probability: number;
  verdict: 'translation' | 'not-a-translation';
  /** Why, for the one stderr line: "12 of 140 block pairs likely right, mean score 0.18, 0 of 9 numbers and dates shared". */
  reason: string;
}

const visibleLength = (blocks: Block[]) => blocks.reduce((n, b) => n + b.normalized.replace(/\s+/g, '').length, 0);
const valueKeys = (blocks: Block[]) => blocks.flatMap((b) => b.anchors.filter((a) => a.type === 'number' || a.type === 'date').map((a) => `${a.type}:${a.value}`));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Title and table-of-contents blocks: front matter one side may print and the other not (an annex list), no evidence either way. */
const isFrontMatter = (block: Block) => block.kind === 'title' || block.kind === 'toc';
const bodyBlocks = (blocks: Block[]) => blocks.filter((b) => !isFrontMatter(b));

export function translationEvidence(alignment: Alignment): TranslationEvidence {
  const pairs = alignment.pairs.filter((p) => ![...p.ja, ...p.en].every(isFrontMatter));
  const links = pairs.filter((p) => p.ja.length > 0 && p.en.length > 0);
  const likelyRight = links.filter((p) => p.score >= REVIEW_THRESHOLD).length;
  // an unpaired block's score is the confidence that leaving it alone is right, which two unrelated
  // documents earn easily (most blocks unpaired); what a translation has is links worth believing
  const meanScore = pairs.length ? links.reduce((sum, p) => sum + p.score, 0) / pairs.length : 0;
  const ratio = visibleLength(bodyBlocks(alignment.en.blocks)) / Math.max(1, visibleLength(bodyBlocks(alignment.ja.blocks)));
  // spread of the linked pairs' length ratios around the documents' own, weighted by length
  let weight = 0;
  let spread = 0;
  let sharedValues = 0;
  let values = 0;
  for (const pair of links) {
    const ja = visibleLength(pair.ja);
    const en = visibleLength(pair.en);
    const x = Math.log((en + 8) / (ratio * ja + 8));
    weight += ja + en / ratio;
    spread += (ja + en / ratio) * x * x;
    const jaValues = valueKeys(pair.ja);
    const enValues = new Map<string, number>();
    for (const key of valueKeys(pair.en)) enValues.set(key, (enValues.get(key) ?? 0) + 1);
    values += jaValues.length + [...enValues.values()].reduce((s, n) => s + n, 0);
    for (const key of jaValues) {
      const left = enValues.get(key) ?? 0;
      if (left > 0) {
        enValues.set(key, left - 1);
        sharedValues += 2;
      }
    }
  }
  // the same over the whole documents, whatever the links: a badly aligned translation still shares its numbers
  const documentValues = (blocks: Block[]) => {
    const counts = new Map<string, number>();
    for (const key of valueKeys(blocks)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const jaAll = documentValues(alignment.ja.blocks);
  const enAll = documentValues(alignment.en.blocks);
  let documentShared = 0;
  let documentTotal = 0;
  for (const [key, n] of jaAll) documentShared += 2 * Math.min(n, enAll.get(key) ?? 0);
  for (const counts of [jaAll, enAll]) for (const n of counts.values()) documentTotal += n;
  const features = {
    expectedRightShare: round3(meanScore),
    lengthSpread: round3(weight ? Math.sqrt(spread / weight) : 1),
    lengthRatioGap: round3(Math.abs(Math.log(Math.max(1e-3, ratio) / TYPICAL_LENGTH_RATIO))),
    valueShare: round3(values ? sharedValues / values : 0),
    documentValueShare: round3(documentTotal ? documentShared / documentTotal : 0),
    hasValues: documentTotal ? 1 : 0,
  };
  const p = probability(CALIBRATION.translation, features);
  const refused = pairs.length > 0 && p < CALIBRATION.translationThreshold;
  return {
    pairs: pairs.length,
    likelyRight,
    meanScore: round3(meanScore),
    sharedValues,
    values,
    features,
    probability: round3(p),
    verdict: refused ? 'not-a-translation' : 'translation',
    reason: `${likelyRight} of ${pairs.length} block pairs likely right, mean score ${meanScore.toFixed(2)}, ${sharedValues} of ${values} numbers and dates shared`,
  };
}
