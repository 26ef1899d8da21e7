// Omissions below the sentence: a stretch of a Japanese sentence whose words the English sentence
// does not translate while it translates the rest (the word links of src/align/links.ts). Reported
// as omissions (a kind the omission detector owns), as warnings: a dictionary misses paraphrases,
// so an unlinked stretch is strong suspicion, not proof (docs/commands/diff.md § Severity).
import { sentencePairLinks } from '../../align/links.js';
import { isKanji } from '../../text/script.js';
import { englishWords, mayHaveFiniteVerb } from '../../lexicon/english.js';
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

function coveredMask(length: number, links: WordLink[], side: 'ja' | 'en'): Uint8Array {
  const mask = new Uint8Array(length);
  for (const link of links) mask.fill(1, link[side][0], link[side][1]);
  return mask;
}

export interface ClauseGap {
  /** [start, end) of the unlinked stretch in the Japanese sentence's normalised text. */
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

function blockOf(blocks: Block[], sentence: Sentence): Block | undefined {
  const id = blockIdOfSentence(sentence);
  return blocks.find((b) => b.id === id);
}

/**
 * Whether the English paragraph as a whole links the run: a translation may move part of a sentence
 * into the next one (「富岳」を…運用し…、…次世代フラッグシップシステムの開発・整備を進める。 → two
 * English sentences, the second taking the flagship system), which sentence pairs cannot show.
 */
function translatedElsewhere(context: DetectContext, pair: Pair, ja: Sentence, gap: ClauseGap): boolean {
  const english = pair.sentences.flatMap((sp) => sp.en);
  if (english.length < 2) return false;
  const whole = { type: '1-2' as const, score: 0, ja: [ja], en: english };
  const links = sentencePairLinks(context.alignment, whole)?.links ?? [];
  let kanji = 0;
  let linked = 0;
  const covered = coveredMask(ja.normalized.length, links, 'ja');
  for (let i = gap.span[0]; i < gap.span[1]; i++) {
    if (!isRunChar(ja.normalized[i]!)) continue;
    kanji++;
    if (covered[i]) linked++;
  }
  return linked > MAX_LINKED_ELSEWHERE * kanji;
}

/** An English sentence this long against the Japanese (in the document's length ratio) has left nothing out. */
const ROOM_FOR_ALL = 0.9;

/** Linked this much in the paragraph as a whole, a run is taken as translated there. */
const MAX_LINKED_ELSEWHERE = 0.25;

/**
 * A Japanese sentence that ends in a predicate (a verb or adjective in its plain or past form, a
 * copula: …する。…した。…である。…ない。) has a main clause; a noun phrase (体言止め) has none.
 */
const ENDS_IN_PREDICATE = /[うくぐすつぬぶむるただい][」』）)]*。$/u;

/**
 * The Japanese sentence's last clause (after its last 、 outside brackets, to the end): what a
 * dropped main clause leaves out.
 */
export function finalClause(japanese: string): [number, number] {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < japanese.length; i++) {
    const char = japanese[i]!;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char) && depth > 0) depth--;
    else if (depth === 0 && (char === '、' || char === ',')) start = i + 1;
  }
  let end = japanese.length;
  while (end > start && /[。\s]/u.test(japanese[end - 1]!)) end--;
  return [start, end];
}

/**
 * A dropped main clause: the Japanese sentence ends in a predicate and the English has no finite
 * verb at all (mayHaveFiniteVerb counts doubt as a verb), so it is a fragment; what the Japanese says
 * in its main clause is not in it.
 */
export function droppedMainClause(japanese: string, english: string): ClauseGap | null {
  if (!ENDS_IN_PREDICATE.test(japanese.trim()) || mayHaveFiniteVerb(english)) return null;
  const span = finalClause(japanese);
  return span[1] > span[0] ? { span } : null;
}

function detectInPair(context: DetectContext, pair: Pair): Draft[] {
  const drafts: Draft[] = [];
  // a sentence left unpaired beside may be the rest of a sentence split in translation: the
  // sentence checks' case, not a clause's
  if (pair.sentences.some((sp) => sp.ja.length === 0 || sp.en.length === 0)) return drafts;
  for (const sp of pair.sentences) {
    if (sp.ja.length !== 1 || sp.en.length !== 1) continue;
    const ja = sp.ja[0]!;
    const en = sp.en[0]!;
    // the English has room for the run (checked first: it is cheap, linking is not): its length is what the document's ratio expects of the whole Japanese
    if (en.normalized.length >= ROOM_FOR_ALL * context.lengthRatio * ja.normalized.length) continue;
    const jaBlock = blockOf(pair.ja, ja);
    const enBlock = blockOf(pair.en, en);
    if (!jaBlock || !enBlock) continue;
    const dropped = droppedMainClause(ja.normalized, en.normalized);
    if (dropped) {
      const side = clauseSide(jaBlock, ja, dropped.span[0], dropped.span[1]);
      drafts.push({ kind: 'omission', severity: 'warning', ja: side, en: sentenceSide([en]), message: `The English has no main clause; the Japanese ends in one: ${side.text}`, pair: pair.id });
      continue;
    }
    const found = sentencePairLinks(context.alignment, sp);
    if (!found) continue;
    for (const gap of omittedClauses(ja.normalized, ja.anchors, found.links, en.normalized)) {
      if (translatedElsewhere(context, pair, ja, gap)) continue;
      const side = clauseSide(jaBlock, ja, gap.span[0], gap.span[1]);
      drafts.push({ kind: 'omission', severity: 'warning', ja: side, en: sentenceSide([en]), message: `The English leaves out: ${side.text}`, pair: pair.id });
    }
  }
  return drafts;
}

export const clauseOmissionDetector: Detector = {
  kinds: [],
  refines: true,
  detect: (context) => context.alignment.pairs.flatMap((pair) => detectInPair(context, pair)),
};
