// Omissions below the sentence: a stretch of a Japanese sentence whose words the English sentence
// does not translate while it translates the rest (the word links of src/align/links.ts), and the mirror, an
// English stretch between commas that no Japanese word explains. Reported as omissions and
// additions (kinds the omission detector owns), as warnings: a dictionary misses paraphrases, so
// an unlinked stretch is strong suspicion, not proof (docs/commands/diff.md § Severity).
import { sentencePairLinks } from '../../align/links.js';
import { isKanji } from '../../text/script.js';
import { englishWords } from '../../lexicon/english.js';
import type { Anchor, Block, Pair, Sentence, WordLink } from '../../model.js';
import type { DetectContext, Detector, Draft } from './detector.js';
import { blockIdOfSentence, clauseSide, sentenceSide } from './locate.js';

/**
 * What the English leaves out: a run of at least eight kanji (the kana, punctuation and katakana
 * between them do not break it) none of which a link covers, in a sentence whose other kanji are at
 * least 60 % linked and whose English is at least 70 % linked: the links are trusted there, and the
 * English has nothing left to translate the run. Chosen on the development corpus (clean, and with
 * English clauses cut out): runs flag as few faithful pairs as clauses cut at 、 and find about twice
 * as many cut clauses, since a cut clause's own words often find a partner elsewhere in the sentence.
 */
const MIN_UNLINKED_RUN = 8;
const MIN_REST_COVERED = 0.6;
const MIN_ENGLISH_COVERED = 0.7;
/** The English mirror: a stretch of at least five content words with no link, the rest linked this well. */
const MIN_ADDED_WORDS = 5;

function coveredMask(length: number, links: WordLink[], side: 'ja' | 'en'): Uint8Array {
  const mask = new Uint8Array(length);
  for (const link of links) mask.fill(1, link[side][0], link[side][1]);
  return mask;
}

export interface ClauseGap {
  /** [start, end) of the unlinked stretch in the sentence's normalised text (the English one, for an addition). */
  span: [number, number];
}

/**
 * Kanji carry a clause's meaning; katakana compounds (スマートエネルギーマネジメントシステム) are
 * rendered by loanwords that the links often miss as a whole, so they neither make a run nor break one.
 */
function isRunChar(char: string): boolean {
  return isKanji(char);
}

/** Legal-form titles an English name routinely drops (国立研究開発法人理化学研究所 = RIKEN). */
const LEGAL_FORMS = /国立研究開発法人|独立行政法人|国立大学法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特殊法人|株式会社/gu;

/**
 * Japanese characters a run does not count: numbers and dates (the value checks compare them, and an
 * era date the English gives in the Western calendar links to nothing); whatever stands in brackets
 * or quotes (readings, aliases, the official titles of plans and programmes, which a translation
 * renders by their own English name, not word for word); legal-form titles.
 */
function ignoredMask(japanese: string, anchors: Anchor[]): Uint8Array {
  const mask = new Uint8Array(japanese.length);
  for (const anchor of anchors) if (anchor.type === 'number' || anchor.type === 'date') mask.fill(1, anchor.start, anchor.end);
  for (const m of japanese.matchAll(LEGAL_FORMS)) mask.fill(1, m.index, m.index + m[0].length);
  let depth = 0;
  for (let i = 0; i < japanese.length; i++) {
    const char = japanese[i]!;
    if (OPENING.includes(char)) depth++;
    if (depth > 0) mask[i] = 1;
    if (CLOSING.includes(char) && depth > 0) depth--;
  }
  return mask;
}

const OPENING = '(（「『【〔';
const CLOSING = ')）」』】〕';

/** The longest run of unlinked Japanese content in a sentence that the English otherwise translates, if any. */
export function omittedClauses(japanese: string, anchors: Anchor[], links: WordLink[], english: string): ClauseGap[] {
  if (englishCoverage(english, links) < MIN_ENGLISH_COVERED) return [];
  const covered = coveredMask(japanese.length, links, 'ja');
  const ignored = ignoredMask(japanese, anchors);
  let content = 0;
  let linked = 0;
  let run = 0;
  let runStart = -1;
  let best: { length: number; start: number; end: number } | null = null;
  for (let i = 0; i < japanese.length; i++) {
    if (!isRunChar(japanese[i]!) || ignored[i]) continue;
    content++;
    if (covered[i]) {
      linked++;
      run = 0;
      continue;
    }
    if (run === 0) runStart = i;
    run++;
    if (!best || run > best.length) best = { length: run, start: runStart, end: i + 1 };
  }
  // an English that quotes the Japanese as it stands (a name left untranslated) has it
  if (!best || best.length < MIN_UNLINKED_RUN || english.includes(japanese.slice(best.start, best.end))) return [];
  const rest = content - best.length;
  if (rest === 0 || linked / rest < MIN_REST_COVERED) return [];
  return [{ span: [best.start, best.end] }];
}

/** Share of the English content words that a link covers. */
function englishCoverage(english: string, links: WordLink[]): number {
  const covered = coveredMask(english.length, links, 'en');
  let content = 0;
  let linked = 0;
  for (const word of englishWords(english)) {
    if (word.stop) continue;
    content++;
    if (covered[word.start]) linked++;
  }
  return content ? linked / content : 0;
}

/**
 * English stretches between commas (or a comma and the sentence end) of at least five content
 * words none of which a link covers, in a sentence whose Japanese is otherwise well linked.
 */
export function addedStretches(english: string, links: WordLink[], japaneseCovered: number): ClauseGap[] {
  if (japaneseCovered < MIN_REST_COVERED) return [];
  const covered = coveredMask(english.length, links, 'en');
  const words = englishWords(english);
  const out: ClauseGap[] = [];
  let start = 0;
  const bounds = [...english.matchAll(/[,;:]\s/g)].map((m) => m.index);
  bounds.push(english.length);
  for (const bound of bounds) {
    const inside = words.filter((w) => w.start >= start && w.end <= bound && !w.stop);
    const others = words.filter((w) => (w.end <= start || w.start >= bound) && !w.stop);
    const linkedOthers = others.filter((w) => covered[w.start]).length;
    if (
      inside.length >= MIN_ADDED_WORDS &&
      inside.every((w) => !covered[w.start] && !/\d/.test(w.word)) &&
      others.length > 0 &&
      linkedOthers / others.length >= MIN_ENGLISH_COVERED
    ) {
      out.push({ span: [inside[0]!.start, inside[inside.length - 1]!.end] });
    }
    start = bound + 1;
  }
  return out;
}

function blockOf(blocks: Block[], sentence: Sentence): Block | undefined {
  const id = blockIdOfSentence(sentence);
  return blocks.find((b) => b.id === id);
}

function detectInPair(context: DetectContext, pair: Pair): Draft[] {
  const drafts: Draft[] = [];
  for (const sp of pair.sentences) {
    if (sp.ja.length !== 1 || sp.en.length !== 1) continue;
    const ja = sp.ja[0]!;
    const en = sp.en[0]!;
    const found = sentencePairLinks(context.alignment, sp);
    if (!found) continue;
    const jaBlock = blockOf(pair.ja, ja);
    const enBlock = blockOf(pair.en, en);
    if (!jaBlock || !enBlock) continue;
    for (const gap of omittedClauses(ja.normalized, ja.anchors, found.links, en.normalized)) {
      const side = clauseSide(jaBlock, ja, gap.span[0], gap.span[1]);
      drafts.push({ kind: 'omission', severity: 'warning', ja: side, en: sentenceSide([en]), message: `The English leaves out: ${side.text}`, pair: pair.id });
    }
    for (const gap of addedStretches(en.normalized, found.links, found.coverage.ja)) {
      const side = clauseSide(enBlock, en, gap.span[0], gap.span[1]);
      drafts.push({ kind: 'addition', severity: 'warning', ja: sentenceSide([ja]), en: side, message: `The English adds: ${side.text}`, pair: pair.id });
    }
  }
  return drafts;
}

export const clauseOmissionDetector: Detector = {
  kinds: [],
  detect: (context) => context.alignment.pairs.flatMap((pair) => detectInPair(context, pair)),
};
