// Content on one side only: whole blocks the alignment left unpaired, and sentences left unpaired
// inside an otherwise translated block.
import { lengthDeviation, lengthMisfit, visibleLength } from '../../align/length-model.js';
import { linksBetween, sideText, UNLINKED } from '../../align/links.js';
import { bracketDepth, matchBrackets } from '../../anchors/brackets.js';
import { englishWords } from '../../lexicon/english.js';
import { isContentChar, isContentToken, tokensOf } from '../../lexicon/segment.js';
import type { Alignment, Anchor, Block, Pair, Sentence, SentencePair } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { blockSide, sentenceSide } from './locate.js';
import { listEntries, valuesOnlyIn } from './values.js';

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
      defaultSeverity: 'error',
      name: 'Addition',
      title: 'addition',
      label: 'Addition',
      summary: 'English content with no Japanese original.',
      description: 'English content has no Japanese counterpart.',
      help: 'Check that the English passage belongs to this document; remove it or accept it in the baseline (translator notes, for instance).',
    },
  ],
  detect: ({ alignment, lengthRatio }) => alignment.pairs.flatMap((pair) => detectOmissionsAndAdditions(pair, lengthRatio, alignment)),
};

/** Body text worth a finding: not a closing mark such as "(以上)" ("end of document"). */
const isBody = (b: Block) => (b.kind === 'paragraph' || b.kind === 'bullet') && hasCharsBesides(b.normalized, /[\s()（）]/, 4);

/** Whether `text` has at least `n` code units that `skipped` does not match (read no further than that). */
function hasCharsBesides(text: string, skipped: RegExp, n: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < n; i++) if (!skipped.test(text[i]!)) found++;
  return found >= n;
}

/** Sentences this short ("Specifically:", "(omitted)") are more often split differently than dropped,
 *  unless they carry a value the other side lacks (「1974年廃止。」). */
const MIN_SENTENCE_CHARS = { ja: 12, en: 30 };

/** visibleLength of each sentence, once: blockRatio reads every other sentence pair of a block for each of its pairs. */
const lengthsOf = new WeakMap<Sentence, number>();
function sentenceLength(sentence: Sentence): number {
  let length = lengthsOf.get(sentence);
  if (length === undefined) lengthsOf.set(sentence, (length = visibleLength(sentence.normalized)));
  return length;
}

const sentencesLength = (sentences: Sentence[]) => sentences.reduce((n, s) => n + sentenceLength(s), 0);
const valueList = (anchors: Anchor[]) => anchors.map((a) => a.text).join(', ');

/** `alignment` gives the word links (src/align/links.ts) that back or overrule the lengths. */
export function detectOmissionsAndAdditions(pair: Pair, lengthRatio: number, alignment: Alignment): Draft[] {
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
  const detached = detachedFromMerges(pair, lengthRatio, alignment);
  const detachedSentences = new Set(detached.map((d) => d.sentence));
  const wholeJa = wholeBlocksUnpaired(pair, 'ja', detachedSentences);
  const wholeEn = wholeBlocksUnpaired(pair, 'en', detachedSentences);
  for (const block of wholeJa) {
    drafts.push({ kind: 'omission', ja: blockSide([block]), en: blockSide(pair.en), message: 'The English has no counterpart for this Japanese paragraph', pair: pair.id });
  }
  for (const block of wholeEn) {
    drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: blockSide([block]), message: 'The Japanese has no counterpart for this English paragraph', pair: pair.id });
  }
  const inWhole = (sentences: Sentence[], blocks: Block[]) => sentences.some((s) => blocks.some((b) => b.sentences?.includes(s)));
  for (const [k, sp] of pair.sentences.entries()) {
    if (inWhole(sp.ja, wholeJa) || inWhole(sp.en, wholeEn)) continue;
    const side = sp.en.length === 0 && sp.ja.length > 0 ? 'ja' : sp.ja.length === 0 && sp.en.length > 0 ? 'en' : null;
    if (side === null) continue;
    const sentences = sp[side];
    const length = sentencesLength(sentences);
    const values = sentences.flatMap((s) => valuesOnlyIn(s, side, side === 'ja' ? pair.en : pair.ja));
    // A sentence with a value the other side lacks is on one side only whatever its length; one
    // without is unless a neighbour's translation has room for it (merged, not dropped).
    if (values.length === 0) {
      if (side === 'ja' ? length < MIN_SENTENCE_CHARS.ja : sentences.map((s) => s.normalized).join(' ').length < MIN_SENTENCE_CHARS.en) continue;
      if (absorbedByNeighbour(pair, k, side, length, lengthRatio, alignment)) continue;
      if (besideUntranslatedMerge(pair, k, side, sentences, lengthRatio, alignment)) continue;
    }
    const withValues = values.length > 0 ? ` (${valueList(values)})` : '';
    if (side === 'ja') {
      drafts.push({ kind: 'omission', ja: sentenceSide(sp.ja, pair.ja), en: blockSide(pair.en), message: `The English leaves out this sentence${withValues}`, pair: pair.id });
    } else {
      drafts.push({ kind: 'addition', ja: blockSide(pair.ja), en: sentenceSide(sp.en, pair.en), message: `The English adds this sentence${withValues}, which the Japanese does not have`, pair: pair.id });
    }
  }
  for (const { side, sentence, sp, byLength } of detached) {
    if (inWhole([sentence], side === 'ja' ? wholeJa : wholeEn)) continue;
    if (besideUntranslatedMerge(pair, pair.sentences.indexOf(sp), side, [sentence], lengthRatio, alignment)) continue;
    if (side === 'ja') {
      const why = byLength ? 'its length only says so' : 'the English translates none of its words';
      drafts.push({ kind: 'omission', severity: 'warning', ja: sentenceSide([sentence], pair.ja), en: sentenceSide(sp.en), message: `The English seems to leave out this sentence (${why})`, pair: pair.id });
    } else {
      const why = byLength ? 'its length only says so' : 'the Japanese has none of its words';
      drafts.push({ kind: 'addition', severity: 'warning', ja: sentenceSide(sp.ja), en: sentenceSide([sentence], pair.en), message: `The English seems to add this sentence (${why})`, pair: pair.id });
    }
  }
  return drafts;
}

/**
 * Whether `sentences` (side `side`, at the edge of sentence pair `k` that meets the neighbour)
 * stand beside a merge (a 2-1 or 1-2 sentence pair) whose sentence facing them is one the merge
 * does not translate (its words link to under UNLINKED of it, or to less than `sentences` link
 * to): the aligner put that sentence into the wrong pair, and `sentences` are its translation, not
 * content on one side only ("675年に兵政官長。贈従二位。" merged with "He was
 * appointed to Heiseikan Cho (Minister of War) in 675.", then "The Junii (Junior Second Rank) was
 * posthumously conferred on Kurikuma no Okimi." alone).
 */
function besideUntranslatedMerge(pair: Pair, k: number, side: 'ja' | 'en', sentences: Sentence[], documentRatio: number, alignment: Alignment): boolean {
  const other = side === 'ja' ? 'en' : 'ja';
  const own = pair.sentences[k]![side];
  for (const n of [k - 1, k + 1]) {
    const neighbour = pair.sentences[n];
    if (!neighbour || neighbour[other].length < 2 || neighbour[side].length !== 1) continue;
    const edge = n < k ? own[0] : own[own.length - 1];
    if (!sentences.includes(edge!)) continue;
    const facing = n < k ? neighbour[other][neighbour[other].length - 1]! : neighbour[other][0]!;
    // An English shorter than its Japanese allows is a fragment of the translation, not all of it
    // ("Japan, at that time." facing a whole sentence whose clause it lost): the finding stays.
    const [ja, en] = side === 'ja' ? [sentences, [facing]] : [[facing], sentences];
    if (lengthDeviation(sentencesLength(en), blockRatio(pair, n, documentRatio) * sentencesLength(ja)) < -BAD_FIT) continue;
    const byMerge = ownCoverage(alignment, other, [facing], neighbour[side]);
    if (byMerge < UNLINKED || ownCoverage(alignment, other, [facing], sentences) > byMerge) return true;
  }
  return false;
}

/**
 * Blocks of a grouped pair (2-1, 1-2) none of whose sentences is linked (`detached` sentences,
 * merged into a sentence pair that does not translate them, count as unlinked): a paragraph the
 * other side lacks, which the block aligner merged into its neighbour. One finding for the
 * paragraph, not one per sentence.
 */
function wholeBlocksUnpaired(pair: Pair, side: 'ja' | 'en', detached: Set<Sentence>): Block[] {
  const blocks = pair[side];
  if (blocks.length < 2) return [];
  const other = side === 'ja' ? 'en' : 'ja';
  const linked = new Set(pair.sentences.filter((sp) => sp[other].length > 0).flatMap((sp) => sp[side]).filter((s) => !detached.has(s)));
  return blocks.filter((b) => isBody(b) && (b.sentences?.length ?? 0) > 0 && b.sentences!.every((s) => !linked.has(s)));
}

/** Japanese characters of evidence the document's ratio counts for when a block's own linked
 *  sentences give its ratio: a block with little linked text keeps close to the document's. */
const PRIOR_JA_CHARS = 40;

/**
 * English characters per Japanese character over the block's linked sentence pairs other than
 * `except`, drawn towards the document's ratio by PRIOR_JA_CHARS: a block translated verbosely or
 * tersely is judged by its own measure, not the document's.
 */
function blockRatio(pair: Pair, except: number, documentRatio: number): number {
  let ja = 0;
  let en = 0;
  pair.sentences.forEach((sp, i) => {
    if (i === except || sp.ja.length === 0 || sp.en.length === 0) return;
    ja += sentencesLength(sp.ja);
    en += sentencesLength(sp.en);
  });
  return (en + documentRatio * PRIOR_JA_CHARS) / (ja + PRIOR_JA_CHARS);
}

/**
 * Whether an unpaired sentence's content may sit in a neighbouring sentence pair: the neighbour's
 * other side fits its own side plus this sentence better than its own side alone, at the ratio of
 * the block's other linked sentences (the translation merged the two), and the word links do not
 * say otherwise (the neighbour's other side translates none of this sentence's words); or,
 * whatever the lengths, the word links say the neighbour's other side translates it.
 */
function absorbedByNeighbour(pair: Pair, k: number, side: 'ja' | 'en', length: number, documentRatio: number, alignment: Alignment): boolean {
  const orphan = pair.sentences[k]![side];
  const other = (sp: SentencePair) => (side === 'ja' ? sp.en : sp.ja);
  for (const n of [k - 1, k + 1]) {
    const neighbour = pair.sentences[n];
    if (!neighbour || neighbour.ja.length === 0 || neighbour.en.length === 0) continue;
    const ratio = blockRatio(pair, n, documentRatio);
    const ja = sentencesLength(neighbour.ja);
    const en = sentencesLength(neighbour.en);
    const merged = side === 'ja' ? lengthMisfit(en, ratio * (ja + length)) : lengthMisfit(en + length, ratio * ja);
    const roomy = merged < lengthMisfit(en, ratio * ja);
    if (entryOfListBeside(alignment, side, orphan, other(neighbour))) return true;
    const joined = n < k ? [...neighbour[side], ...orphan] : [...orphan, ...neighbour[side]];
    if (roomy ? !untranslatedBeside(alignment, orphan, neighbour[side], joined, other(neighbour), side) : translatedBeside(alignment, orphan, neighbour[side], joined, other(neighbour), side)) return true;
  }
  // A run of unpaired sentences (list items the other side writes as one run of terms: 主馬署主殿署…
  // beside "Shumesho (Stables Office). Shudensho (…). …") each explains too little of the
  // neighbour's other side alone; together they may explain it. Each must still link there itself:
  // an item of the run that the other side lacks stays on one side only.
  const lone = (i: number) => pair.sentences[i] !== undefined && pair.sentences[i]![side].length > 0 && other(pair.sentences[i]!).length === 0;
  let first = k;
  let last = k;
  while (lone(first - 1)) first--;
  while (lone(last + 1)) last++;
  if (first === last) return false;
  const run = pair.sentences.slice(first, last + 1).flatMap((sp) => sp[side]);
  for (const n of [first - 1, last + 1]) {
    const neighbour = pair.sentences[n];
    if (!neighbour || neighbour.ja.length === 0 || neighbour.en.length === 0) continue;
    if (entryOfListBeside(alignment, side, orphan, other(neighbour))) return true;
    const joined = n < first ? [...neighbour[side], ...run] : [...run, ...neighbour[side]];
    if (ownCoverage(alignment, side, orphan, other(neighbour)) >= UNLINKED && translatedBeside(alignment, run, neighbour[side], joined, other(neighbour), side)) return true;
  }
  return false;
}

/**
 * Whether `orphan` is an entry of a list the other side runs together into one sentence (大夫（従四位下
 * 相当）一名亮（従五位下相当）一名… beside "Daibu (Master) (corresponding to Jushiinoge …) one
 * member."): its own words link there. Each entry is a small share of such a list, so joining one
 * to its neighbour gains little however well it is translated.
 */
function entryOfListBeside(alignment: Alignment, side: 'ja' | 'en', orphan: Sentence[], theirs: Sentence[]): boolean {
  if (theirs.length !== 1 || listEntries(theirs[0]!.normalized).length === 0) return false;
  if (!orphan.every(readsAsEntry)) return false;
  return ownCoverage(alignment, side, orphan, theirs) >= UNLINKED;
}

/** A list entry as listEntries reads one: a name with its bracketed values, no clause punctuation
 *  outside the brackets (prose, 「食べ物料理の田楽については、味噌田楽を参照のこと。」, is no entry). */
function readsAsEntry(sentence: Sentence): boolean {
  const text = sentence.normalized;
  const depth = bracketDepth(text);
  if (!matchBrackets(text).some((b) => b.char === '(')) return false;
  return ![...text.matchAll(/[、，,;；]/gu)].some((m) => depth[m.index] === 0);
}

/** Rise in the other side's linked share, when the sentence joins its neighbour, below which the
 *  sentence explains nothing the neighbour does not. */
const NO_GAIN = 0.1;
/** The neighbour's own linked share from which its links are trusted to have found what there is. */
const TRUSTED = 0.4;

/** The word-link coverage of a sentence pair made for the question. */
function coverageOf(alignment: Alignment, side: 'ja' | 'en', mine: Sentence[], theirs: Sentence[]): { ja: number; en: number } {
  const [ja, en] = side === 'ja' ? [mine, theirs] : [theirs, mine];
  return linksBetween(alignment, ja, en)?.coverage ?? { ja: 0, en: 0 };
}

/**
 * The linked share of `mine`'s content linked to `theirs`, or of its content outside brackets when
 * that is higher: what a translator adds in brackets (a gloss, "Shuheisho (Division in Charge of
 * Military and Ceremonial Weapons)"; a reading, 中御門家(なかのみかどけ)) has no counterpart to link
 * to, so it says nothing of whether the rest is translated (while brackets the original has too,
 * "(Left and Right)" for (左右), are translated like the rest).
 */
function ownCoverage(alignment: Alignment, side: 'ja' | 'en', mine: Sentence[], theirs: Sentence[]): number {
  const [ja, en] = side === 'ja' ? [mine, theirs] : [theirs, mine];
  const found = linksBetween(alignment, ja, en);
  if (!found) return 0;
  const text = sideText(mine);
  const depth = bracketDepth(text);
  const linked = new Uint8Array(text.length);
  for (const link of found.links) linked.fill(1, link[side][0], link[side][1]);
  return Math.max(found.coverage[side], contentShare(side, mine, linked, (at) => depth[at] === 0) ?? 0);
}

/** Share of the content (English content words, Japanese content characters) of `sentences`,
 *  joined as sideText joins them, that `linked` marks, over the positions `counts` admits; null
 *  when none is admitted. */
function contentShare(side: 'ja' | 'en', sentences: Sentence[], linked: Uint8Array, counts: (at: number) => boolean): number | null {
  let content = 0;
  let covered = 0;
  const count = (at: number) => {
    if (!counts(at)) return;
    content++;
    if (linked[at]) covered++;
  };
  if (side === 'en') {
    for (const word of englishWords(sideText(sentences))) if (!word.stop) count(word.start);
  } else {
    let offset = 0;
    for (const sentence of sentences) {
      for (const token of tokensOf(sentence)) {
        if (!isContentToken(sentence.normalized, token)) continue;
        for (let i = token.start; i < token.end; i++) if (isContentChar(sentence.normalized[i]!)) count(offset + i);
      }
      offset += sentence.normalized.length + 1;
    }
  }
  return content > 0 ? covered / content : null;
}

/**
 * The linked share of `part` (consecutive sentences of `joined`) when all of `joined` is linked to
 * `theirs`: each word is linked once, so where the neighbour says the same (能忍 in both Japanese
 * sentences, "Nonin" once in the English), the English word goes to the sentence it translates
 * and a sentence the English lacks keeps only what nothing else claims.
 */
function shareWithin(alignment: Alignment, side: 'ja' | 'en', joined: Sentence[], part: Sentence[], theirs: Sentence[]): number {
  const [ja, en] = side === 'ja' ? [joined, theirs] : [theirs, joined];
  const found = linksBetween(alignment, ja, en);
  if (!found) return 0;
  const first = joined.indexOf(part[0]!);
  let offset = 0;
  for (let i = 0; i < first; i++) offset += joined[i]!.normalized.length + 1;
  const text = sideText(part);
  const linked = new Uint8Array(text.length);
  for (const link of found.links) {
    const from = Math.max(0, link[side][0] - offset);
    const to = Math.min(text.length, link[side][1] - offset);
    if (to > from) linked.fill(1, from, to);
  }
  return contentShare(side, part, linked, () => true) ?? 0;
}

/** Rise in the other side's linked share, when the sentence joins its neighbour, from which the
 *  other side translates it whatever the lengths say (a list the English writes out in sentences
 *  and the Japanese as one run of terms): unpaired sentences of faithful dev-corpus pairs raise it
 *  by 0.2 to 0.5, sentences dropped beside their neighbour by under 0.1. */
const ABSORBING_GAIN = 0.2;

function translatedBeside(alignment: Alignment, sentences: Sentence[], rest: Sentence[], joined: Sentence[], other: Sentence[], side: 'ja' | 'en'): boolean {
  const otherSide = side === 'ja' ? 'en' : 'ja';
  // The sentence's own words must be linked too: a short translation ("In the Tang Dynasty.")
  // gains a large share from one shared word of a long sentence it does not translate.
  if (ownCoverage(alignment, side, sentences, other) < UNLINKED) return false;
  return coverageOf(alignment, side, joined, other)[otherSide] - coverageOf(alignment, side, rest, other)[otherSide] >= ABSORBING_GAIN;
}

/**
 * Whether `sentences` (side `side`) have no counterpart in `other`, which `rest` (the sentences
 * beside them, same side) translates: the word links of `other` find little of `sentences`, and
 * `other` links no better to `joined` (rest and sentences together, in order) than to `rest`,
 * whose own words `other` does translate well enough for the links to be trusted.
 */
function untranslatedBeside(alignment: Alignment, sentences: Sentence[], rest: Sentence[], joined: Sentence[], other: Sentence[], side: 'ja' | 'en'): boolean {
  const otherSide = side === 'ja' ? 'en' : 'ja';
  const restLinks = coverageOf(alignment, side, rest, other);
  if (restLinks[side] < TRUSTED) return false;
  if (coverageOf(alignment, side, sentences, other)[side] >= UNLINKED && shareWithin(alignment, side, joined, sentences, other) >= UNLINKED) return false;
  return coverageOf(alignment, side, joined, other)[otherSide] - restLinks[otherSide] < NO_GAIN;
}

const GOOD_FIT = 0.2;
const BAD_FIT = 0.5;

interface Detached {
  side: 'ja' | 'en';
  sentence: Sentence;
  /** The sentence pair it was merged into. */
  sp: SentencePair;
  /** Found by the lengths alone (else by the word links). */
  byLength: boolean;
}

/**
 * Sentences the aligner merged with a neighbour (a 2-1 or 1-2 sentence pair) although the other
 * side only has room for one of them: the English fits one Japanese sentence closely and both
 * poorly, or the English translates none of one sentence's words and all it translates is in the
 * other. That is an omission (or, the other way round, an addition) the merge would hide.
 */
function detachedFromMerges(pair: Pair, documentRatio: number, alignment: Alignment): Detached[] {
  const found: Detached[] = [];
  for (const [index, sp] of pair.sentences.entries()) {
    const ratio = blockRatio(pair, index, documentRatio);
    const jaLengths = sp.ja.map(sentenceLength);
    const enLengths = sp.en.map(sentenceLength);
    const ja = jaLengths.reduce((a, b) => a + b, 0);
    const en = enLengths.reduce((a, b) => a + b, 0);
    for (const side of ['ja', 'en'] as const) {
      const other = side === 'ja' ? 'en' : 'ja';
      if (sp[side].length < 2 || sp[other].length !== 1) continue;
      const lengths = side === 'ja' ? jaLengths : enLengths;
      const long = (i: number) => (side === 'ja' ? lengths[i]! >= MIN_SENTENCE_CHARS.ja : sp.en[i]!.normalized.length >= MIN_SENTENCE_CHARS.en);
      if (lengthMisfit(en, ratio * ja) > BAD_FIT) {
        const misfit = (n: number) => (side === 'ja' ? lengthMisfit(en, ratio * (ja - n)) : lengthMisfit(en - n, ratio * ja));
        const k = lengths.map((n, i) => [misfit(n), i] as const).sort((a, b) => a[0] - b[0])[0]!;
        if (k[0] < GOOD_FIT && long(k[1])) {
          found.push({ side, sentence: sp[side][k[1]]!, sp, byLength: true });
          continue;
        }
      }
      // the whole merge linked first: each sentence's and each rest's matches are read off its own (src/lexicon/links.ts)
      if (sp[side].some((_, i) => long(i))) linksBetween(alignment, sp.ja, sp.en);
      const i = sp[side].findIndex((s, i) => long(i) && untranslatedBeside(alignment, [s], sp[side].filter((_, j) => j !== i), sp[side], sp[other], side));
      if (i >= 0) found.push({ side, sentence: sp[side][i]!, sp, byLength: false });
    }
  }
  return found;
}
