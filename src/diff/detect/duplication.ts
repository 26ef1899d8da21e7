// An English sentence translated twice: near-identical English sentences close to each other
// whose Japanese sources are not themselves repeated.
import { distance } from 'fastest-levenshtein';
import { linksBetween, sideText } from '../../align/links.js';
import { englishWords } from '../../lexicon/english.js';
import type { Alignment, Pair, Sentence, SentencePair, WordLink } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { blockIdOfSentence, sentenceSide } from './locate.js';

export const duplicationDetector: Detector = {
  kinds: [
    {
      kind: 'duplication',
      defaultSeverity: 'warning',
      name: 'Duplication',
      title: 'duplication',
      label: 'Duplication',
      summary: 'Content translated twice.',
      description: 'An English sentence or clause translates the same Japanese content twice.',
      help: 'Remove the repeated English sentence or clause.',
    },
  ],
  detect: ({ alignment }) => {
    const drafts = detectDuplications(alignment.pairs);
    const reported = new Set(drafts.map((d) => d.en?.sentence));
    return [...drafts, ...repeatsInGroups(alignment).filter((d) => !reported.has(d.en?.sentence))];
  },
};

const WINDOW_PAIRS = 3; // a duplicate further away is a deliberate repetition, not a slip
const MIN_CHARS = 40;
const MIN_CHARS_EXACT = 15;
const MAX_DISTANCE_RATIO = 0.12;

function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** How often each character occurs in a comparison key (only [a-z0-9 ] are left in one). */
function characterCounts(key: string): Int32Array {
  const counts = new Int32Array(128);
  for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i) & 127]!++;
  return counts;
}

/**
 * A lower bound of the edit distance that costs no more than reading the keys: one edit changes
 * the character counts by at most 2 in total. It rules out most pairs before the real distance.
 */
function countsBound(a: Int32Array, b: Int32Array): number {
  let difference = 0;
  for (let i = 0; i < 128; i++) difference += Math.abs(a[i]! - b[i]!);
  return difference / 2;
}

/** The source sentences' letters and digits, in any script: what a repeat of them must repeat. */
function sourceKey(sentences: Sentence[]): string {
  return sentences
    .map((s) => s.normalized)
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function nearlySame(a: string, b: string): boolean {
  const limit = Math.max(a.length, b.length) * MAX_DISTANCE_RATIO;
  return a === b || (Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit);
}

/** A key's character pairs counted ([a-z0-9 ] is 37 characters, so 37 × 37 pairs). */
function pairCounts(key: string): Int16Array {
  const index = (c: number) => (c === 32 ? 36 : c <= 57 ? c - 48 + 26 : c - 97);
  const counts = new Int16Array(37 * 37);
  for (let i = 0; i + 1 < key.length; i++) counts[index(key.charCodeAt(i)) * 37 + index(key.charCodeAt(i + 1))]!++;
  return counts;
}

/** A closer lower bound: one edit changes at most two character pairs and adds at most two. */
function pairCountsBound(a: Int16Array, b: Int16Array): number {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference += Math.abs(a[i]! - b[i]!);
  return difference / 4;
}

interface ComparisonKey {
  key: string;
  counts: Int32Array;
  pairs?: Int16Array; // counted when first needed
}

/** similar() on two comparison keys ([a-z0-9 ] text), for the tests that check the bounds change nothing. */
export function similarKeys(a: string, b: string): boolean {
  return similar({ key: a, counts: characterCounts(a) }, { key: b, counts: characterCounts(b) });
}

function similar(a: ComparisonKey, b: ComparisonKey): boolean {
  // Short sentences ("Each institution is as follows.") repeat only word for word.
  if (a.key === b.key && a.key.length >= MIN_CHARS_EXACT) return true;
  if (a.key.length < MIN_CHARS || b.key.length < MIN_CHARS) return false;
  const limit = Math.max(a.key.length, b.key.length) * MAX_DISTANCE_RATIO;
  if (Math.abs(a.key.length - b.key.length) > limit) return false;
  if (countsBound(a.counts, b.counts) > limit) return false;
  a.pairs ??= pairCounts(a.key);
  b.pairs ??= pairCounts(b.key);
  if (pairCountsBound(a.pairs, b.pairs) > limit) return false;
  return distance(a.key, b.key) <= limit;
}

const STOPWORDS = new Set('a an the and or of to in on for by with as at from that this these those which is are be will we its their it such etc also while'.split(' '));
/** Verbs that open the action clauses of policy English ("conduct …", "promote …"). Only a repeated
 *  verb phrase counts: repeated noun phrases ("research and development", "Cabinet decision of")
 *  are how this English is written, not slips. */
const ACTION_VERBS = new Set('promote conduct develop strengthen establish support consider implement utilize secure accelerate build create realize enhance advance ensure expand formulate examine provide foster nurture improve encourage facilitate'.split(' '));
const CLAUSE_WORDS = 3; // a repeated phrase at least this long…
const CLAUSE_GAP_WORDS = 25; // …whose second occurrence follows within this many words

/**
 * A clause translated twice inside one sentence: "…and conduct evidence-based studies by utilizing
 * … e-CSTI, etc., and conduct evidence-based studies while…": a verb phrase of three or more
 * lower-case content words, repeated within a few words.
 */
interface Word {
  word: string;
  start: number;
  end: number;
}

/** The words of a sentence as the repeat checks read them (case kept: a capitalised word belongs to a name, and names repeat legitimately). */
function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(/[A-Za-z0-9][A-Za-z0-9'-]*/g)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export function repeatedClause(sentence: string, words = wordsOf(sentence)): { phrase: string; start: number; end: number } | null {
  for (let i = 0; i + CLAUSE_WORDS <= words.length; i++) {
    if (!ACTION_VERBS.has(words[i]!.word)) continue;
    const phrase = words.slice(i, i + CLAUSE_WORDS);
    if (phrase.some((w) => STOPWORDS.has(w.word) || /[A-Z]/.test(w.word))) continue;
    const limit = Math.min(words.length - CLAUSE_WORDS, i + CLAUSE_WORDS + CLAUSE_GAP_WORDS);
    for (let j = i + CLAUSE_WORDS; j <= limit; j++) {
      let same = true;
      for (let k = 0; k < CLAUSE_WORDS && same; k++) same = words[j + k]!.word === phrase[k]!.word;
      if (!same) continue;
      let n = CLAUSE_WORDS; // extend to the whole repeated phrase
      while (j + n < words.length && i + n < j && words[i + n]!.word === words[j + n]!.word) n++;
      return { phrase: sentence.slice(words[j]!.start, words[j + n - 1]!.end), start: words[j]!.start, end: words[j + n - 1]!.end };
    }
  }
  return null;
}

/**
 * A phrase said twice in a row ("Others Others", "Hoin NUMATA (Tanseki-ryu school) Hoin NUMATA
 * (Tanseki-ryu school)"): a heading or list row pasted twice. At least 6 letters repeated.
 */
export function immediateRepeat(sentence: string, words = wordsOf(sentence)): { phrase: string; start: number; end: number } | null {
  // a phrase of n words said twice in a row has a word n words after itself: only those n are tried
  const places = new Map<string, number[]>();
  const distances = new Set<number>();
  words.forEach((w, i) => {
    const before = places.get(w.word);
    if (!before) places.set(w.word, [i]);
    else {
      for (const b of before) distances.add(i - b);
      before.push(i);
    }
  });
  for (let n = Math.floor(words.length / 2); n >= 1; n--) {
    if (!distances.has(n)) continue;
    for (let i = 0; i + 2 * n <= words.length; i++) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = words[i + k]!.word === words[i + n + k]!.word;
      if (!same) continue;
      const letters = words.slice(i, i + n).reduce((total, w) => total + w.word.length, 0);
      if (letters < 6) continue;
      // "the eldest son of the eldest son of ookimi" (長兄の長男): a chain of possessives, not a paste
      if (/^of$/iu.test(words[i + n - 1]!.word)) continue;
      // the same text, brackets and punctuation included ("Sengoku Period (Period of …" is no repeat)
      const raw = (from: number, to: number) => sentence.slice(words[from]!.start, to < words.length ? words[to]!.start : sentence.length).trim();
      if (raw(i, i + n) !== raw(i + n, i + 2 * n)) continue;
      const start = words[i + n]!.start;
      const end = start + raw(i + n, i + 2 * n).length;
      return { phrase: sentence.slice(start, end), start, end };
    }
  }
  return null;
}

/** The Japanese says something twice in a row too (中御門家中御門家): the English repeat is faithful. */
const japaneseRepeats = (sentences: Sentence[]) => sentences.some((s) => /(\p{L}{2,})の?\1/u.test(s.normalized.replace(/\s+/gu, '')));

/** The values and names a sentence states. Two sentences alike but for these are parallel entries
 *  of a list ("One to four persons were appointed…", "Two to four persons…"; "Shigekata ITAMI,
 *  recipient of…", "Kiyoshi WATANABE, recipient of…"), not one sentence said twice. */
function valueSignature(sentence: Sentence): string {
  return sentence.anchors
    .filter((a) => a.type === 'number' || a.type === 'date' || a.type === 'name')
    .map((a) => `${a.type}:${a.value}`)
    .sort()
    .join('|');
}

export function detectDuplications(pairs: Pair[]): Draft[] {
  const drafts: Draft[] = [];
  const entries = pairs.flatMap((pair, index) =>
    pair.sentences.flatMap((sp) => sp.en.map((sentence) => {
      const key = normalizeForComparison(sentence.normalized);
      return { index, pair, sentence, source: sp.ja, key: { key, counts: characterCounts(key) } };
    })),
  );
  const reported = new Set<Sentence>();
  for (let x = 0; x < entries.length; x++) {
    const first = entries[x]!;
    for (let y = x + 1; y < entries.length && entries[y]!.index - first.index <= WINDOW_PAIRS; y++) {
      const second = entries[y]!;
      if (reported.has(second.sentence) || !similar(first.key, second.key)) continue;
      if (valueSignature(first.sentence) !== valueSignature(second.sentence)) continue;
      // The Japanese repeats itself too: two different source sentences with the same text, or
      // nearly (as near as the English sentences must be to count as a repeat).
      const sameSource = first.source.length > 0 && first.source.every((s) => second.source.includes(s));
      const jaFirst = sourceKey(first.source);
      if (!sameSource && jaFirst && nearlySame(jaFirst, sourceKey(second.source))) continue;
      reported.add(second.sentence);
      drafts.push({
        kind: 'duplication',
        ja: second.source.length ? sentenceSide(second.source) : null,
        en: sentenceSide([second.sentence]),
        found: `${first.sentence.lines[0]}`,
        message: `The English repeats the sentence of line ${first.sentence.lines[0]}`,
        pair: second.pair.id,
      });
    }
  }
  for (const entry of entries) {
    if (reported.has(entry.sentence)) continue;
    // the Japanese is searched for a repeat (a slow expression) only when the English has one
    const words = wordsOf(entry.sentence.normalized);
    const immediate = (): { phrase: string; start: number; end: number } | null => {
      const found = immediateRepeat(entry.sentence.normalized, words);
      return found && !japaneseRepeats(entry.source) ? found : null;
    };
    const repeat = repeatedClause(entry.sentence.normalized, words) ?? immediate();
    if (!repeat) continue;
    drafts.push({
      kind: 'duplication',
      ja: entry.source.length ? sentenceSide(entry.source) : null,
      en: {
        lines: entry.sentence.lines,
        text: repeat.phrase,
        context: entry.sentence.normalized,
        blocks: [blockIdOfSentence(entry.sentence)],
        sentence: entry.sentence.id,
        span: [entry.sentence.start + repeat.start, entry.sentence.start + repeat.end],
      },
      found: repeat.phrase,
      message: `The English says "${repeat.phrase}" twice in one sentence`,
      pair: entry.pair.id,
    });
  }
  return drafts;
}

/** Content words said once in the Japanese that a repeat must translate again, at the least. */
const MIN_REPEATED_ONCE_WORDS = 2;

/**
 * An English sentence that says again, in other words, what an earlier English sentence of its
 * group (the English of one Japanese sentence) says: more than half of its content words are the
 * earlier sentence's, and every Japanese word it links that the Japanese says only once (two at the
 * least) the earlier sentence links too. Seed line 153: "…promote the dissemination of information
 * for the implementation of digital technologies by using tools such as Technology Map and
 * Technology Catalog. In addition, we will make efforts to disseminate information on the
 * implementation of digital technologies through the use of technology maps, technology catalogs,
 * etc." for one …テクノロジーマップ・技術カタログ等を活用したデジタル技術の実装に向けた情報発信等に取り組む.
 * A sentence that goes on with the Japanese may share its general words with the one before it, but
 * not every word the Japanese says once. On the development corpus (clean and damaged) and the rest
 * of the seed, the English sentences that share more than half their words with an earlier one of
 * their group have at most half such words linked there too (2 of 4, seed line 215: "We have also
 * decided on the technology development themes (Phase 2) …"), and those that have all of them
 * linked there share at most half their words (seed line 253: "As a part of efforts for the
 * establishment, we will conduct a call for proposals.", a third).
 */
export function repeatsInGroups(alignment: Alignment): Draft[] {
  const drafts: Draft[] = [];
  for (const pair of alignment.pairs) {
    for (const sp of pair.sentences) {
      if (sp.ja.length === 0 || sp.en.length < 2) continue;
      for (let i = 1; i < sp.en.length; i++) {
        const first = sayingAgain(alignment, sp, i);
        if (!first) continue;
        const repeat = sp.en[i]!;
        drafts.push({
          kind: 'duplication',
          ja: sentenceSide(sp.ja),
          en: sentenceSide([repeat]),
          found: `${first.lines[0]}`,
          message: `The English says again what an earlier sentence of its translation says ("${opening(first.normalized)}"); the Japanese says it once`,
          pair: pair.id,
        });
      }
    }
  }
  return drafts;
}

/** The first words of a sentence, to name it in a message. */
function opening(text: string): string {
  const words = text.split(/\s+/u);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
}

const contentStems = (text: string) => englishWords(text).filter((word) => !word.stop).map((word) => word.stem);

/** The earlier English sentence of the group that the `i`th says again, if any. */
function sayingAgain(alignment: Alignment, sp: SentencePair, i: number): Sentence | null {
  const repeat = sp.en[i]!;
  const stems = contentStems(repeat.normalized);
  const earlier = sp.en.slice(0, i);
  const earlierStems = new Set(earlier.flatMap((sentence) => contentStems(sentence.normalized)));
  if (stems.filter((stem) => earlierStems.has(stem)).length * 2 <= stems.length) return null;
  const links = (en: Sentence[]): WordLink[] => linksBetween(alignment, sp.ja, en)?.links ?? [];
  const japanese = sideText(sp.ja);
  const saidOnce = (link: WordLink) => japanese.split(japanese.slice(link.ja[0], link.ja[1])).length === 2;
  const once = links([repeat]).filter(saidOnce);
  if (once.length < MIN_REPEATED_ONCE_WORDS) return null;
  const linkedBefore = new Uint8Array(japanese.length);
  for (const link of links(earlier)) linkedBefore.fill(1, link.ja[0], link.ja[1]);
  if (!once.every((link) => linkedBefore.subarray(link.ja[0], link.ja[1]).includes(1))) return null;
  // the earlier sentence that shares the most words names the one said again
  const shared = earlier.map((sentence) => contentStems(sentence.normalized).filter((stem) => stems.includes(stem)).length);
  return earlier[shared.indexOf(Math.max(...shared))]!;
}
