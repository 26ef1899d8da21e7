// Word links within one sentence pair: which Japanese span the English translates where, and on
// what evidence. Candidates come from every source at once (the supplement, EDICT, anchors,
// identical Latin tokens, loanword sound, romanised readings, associations learned from the
// document); a greedy pass keeps the strongest, each span linked once, preferring the English
// position that keeps the links in roughly the order of the Japanese.
import { distance } from 'fastest-levenshtein';
import { toRomaji } from 'wanakana';
import { englishForms, englishSkeleton, formSimilarity, katakanaForm, type LoanwordForm } from '../text/loanword.js';
import { remembered } from '../text/remembered.js';
import { isKatakanaWord } from '../text/script.js';
import type { Anchor, LinkSource, WordLink } from '../model.js';
import { englishStemId, entryAt, glossStemIds } from './dictionary.js';
import { type EnglishWord, englishWords } from './english.js';
import { englishNames, isKanjiWord, MAX_NAME_TOKENS, readingsFit, runReadingsUpTo } from './readings.js';
import { isContentCharAt, isContentToken, type JapaneseToken, segmentJapanese } from './segment.js';
import { SUPPLEMENT } from './supplement.js';

export type { LinkSource, WordLink } from '../model.js';

export interface SentenceLinks {
  links: WordLink[];
  /**
   * Share of content covered by links: Japanese content characters (kanji, katakana, Latin,
   * digits of content words), English content words (function words aside).
   */
  coverage: { ja: number; en: number };
}

export interface LinkSentence {
  normalized: string;
  anchors?: Anchor[];
  /** Its segmentation when the caller has it (Japanese side): saves segmenting again. */
  tokens?: JapaneseToken[];
}

/** Japanese word (lemma or surface) → English stem → association strength, learned by learnAssociations. */
export type Associations = Map<string, Map<string, number>>;

const STRENGTH: Record<LinkSource, number> = {
  anchor: 1,
  supplement: 0.95,
  latin: 0.95,
  dictionary: 0.9,
  reading: 0.85,
  loanword: 0.8,
  association: 0.6,
};
const MIN_LOANWORD_SIMILARITY = 0.74; // as the glossary's katakana matching
const MIN_DICE = 0.3;
const MIN_COOCCURRENCE = 2;

/** A link found before it is placed: its strength as its source and evidence give it. */
interface Match {
  ja: [number, number];
  en: [number, number]; // word indices, inclusive first, exclusive last
  source: LinkSource;
  strength: number;
}

interface Candidate {
  ja: [number, number];
  en: [number, number];
  source: LinkSource;
  score: number;
}

/** Key of a Japanese token for the association table: its lemma, else its surface. */
export function associationKey(text: string, token: JapaneseToken): string {
  return token.lemma ?? text.slice(token.start, token.end);
}

/** Where the words with each key occur (word indices, ascending); a word without a key is left out. */
function placesBy(words: EnglishWord[], keyOf: (word: EnglishWord) => string | undefined): Map<string, number[]> {
  const places = new Map<string, number[]>();
  words.forEach((w, i) => {
    const key = keyOf(w);
    if (key === undefined) return;
    const list = places.get(key);
    if (list) list.push(i);
    else places.set(key, [i]);
  });
  return places;
}

/** Where each content stem of a sentence's words occurs (word indices, ascending). */
const contentStemPlaces = (words: EnglishWord[]) => placesBy(words, (w) => (w.stop ? undefined : w.stem));

const NOWHERE: number[] = [];

/** The EN-table ids (englishStemId) of a sentence's content stems (the keys of contentStemPlaces): a gloss starts a span only at one. */
function contentStemIds(places: Map<string, number[]>): Set<number> {
  const ids = new Set<number>();
  for (const stem of places.keys()) ids.add(englishStemId(stem));
  return ids;
}

/**
 * Whether some gloss stem of a dictionary entry is one of `ids`: else none of its glosses has a
 * span in the sentence, and its glosses need not be spelled out (glossStemIds, which the aligner
 * has read for every word, holds each entry's stems as ids).
 */
function mayGloss(entry: number, ids: Set<number>): boolean {
  const stems = glossStemIds(entry);
  for (let k = 0; k < stems.length; k++) if (ids.has(stems[k]!)) return true;
  return false;
}

/**
 * English word spans (indices [first, last)) whose content stems are exactly `stems`, function
 * words between allowed; `places` (contentStemPlaces of the words) gives where a span may start,
 * since every gloss of every word of a sentence is looked for.
 */
function stemSpans(words: EnglishWord[], stems: string[], places: Map<string, number[]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const first of stems.length > 0 ? (places.get(stems[0]!) ?? NOWHERE) : NOWHERE) {
    let k = 1;
    let at = first + 1;
    while (k < stems.length && at < words.length) {
      if (words[at]!.stop) at++;
      else if (words[at]!.stem === stems[k]) {
        k++;
        at++;
      } else break;
    }
    if (k === stems.length) out.push([first, at]);
  }
  return out;
}

/** The words of a supplement form, remembered: every sentence with the term looks for them. */
const formWords = remembered((form: string) => englishWords(form).map((w) => w.word));

/** A supplement form's word of this many letters or more fits an English word it begins; a shorter one only the same word. */
const FORM_PREFIX = 4;

const fits = (word: string, part: string): boolean => (part.length >= FORM_PREFIX ? word.startsWith(part) : word === part);

/** Where the words of a sentence begin with each first FORM_PREFIX letters (the whole of a shorter word), in word indices, ascending. */
const wordBeginnings = (words: EnglishWord[]) => placesBy(words, (w) => w.word.slice(0, FORM_PREFIX));

/**
 * English spans matching a supplement form: its words as prefixes (short ones whole), in sequence.
 * A span starts only where a word begins as the form's first word does (`beginnings`, wordBeginnings
 * of the words): the forms of every supplement term of a sentence are looked for.
 */
function formSpans(words: EnglishWord[], form: string, beginnings: Map<string, number[]>): Array<[number, number]> {
  const parts = formWords(form);
  const out: Array<[number, number]> = [];
  if (parts.length === 0) return out;
  for (const first of beginnings.get(parts[0]!.slice(0, FORM_PREFIX)) ?? NOWHERE) {
    if (first + parts.length > words.length) break;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = fits(words[first + k]!.word, parts[k]!);
    if (ok) out.push([first, first + parts.length]);
  }
  return out;
}

/** The first consonant class of an English word's skeleton, either reading of g ('' for none),
 *  remembered per word; without a g (no spelling rule writes one) both readings are one. */
const firstConsonants = remembered((word: string) => {
  const soft = englishSkeleton(word)[0] ?? '';
  return `${soft}${/g/i.test(word) ? (englishSkeleton(word, true)[0] ?? '') : soft}`;
});

/**
 * Whether every reading loanwordSimilarity makes of English from `at` on starts with a vowel
 * sound: a vowel letter and two more letters, which its spelling rules keep in front (they
 * rewrite consonants, and drop a final e only).
 */
function spelledFromVowel(text: string, at: number): boolean {
  return /^[aeiou][a-z]{2}/i.test(text.slice(at, at + 3));
}

/** The longest run of English words a katakana word is compared with (サプライチェーン, "supply chain"). */
const MAX_LOANWORD_WORDS = 3;

/**
 * The English words of a sentence as the loanword comparison reads them, each worked out at the
 * first katakana word that asks (a sentence has several, and they ask about the same words): a
 * word's first consonant classes (firstConsonants), whether it is spelled from a vowel
 * (spelledFromVowel), the forms of the phrase of up to MAX_LOANWORD_WORDS words it begins.
 */
class LoanwordPhrases {
  private readonly firsts: Array<string | undefined> = [];
  private readonly fromVowel: Array<boolean | undefined> = [];
  private readonly forms: Array<readonly LoanwordForm[] | undefined> = [];

  constructor(
    private readonly text: string,
    private readonly words: EnglishWord[],
  ) {}

  /** loanwordSimilarity is 0 unless the skeletons start alike (see firstConsonants). */
  mayStartAlike(skeleton: string, i: number): boolean {
    const first = (this.firsts[i] ??= firstConsonants(this.words[i]!.word));
    return first === '' || first.includes(skeleton[0] ?? '');
  }

  spelledFromVowel(i: number): boolean {
    return (this.fromVowel[i] ??= spelledFromVowel(this.text, this.words[i]!.start));
  }

  /** The text of words [i, j). */
  phrase(i: number, j: number): string {
    return this.text.slice(this.words[i]!.start, this.words[j - 1]!.end);
  }

  /** englishForms of words [i, j), j - i at most MAX_LOANWORD_WORDS. */
  formsOf(i: number, j: number): readonly LoanwordForm[] {
    return (this.forms[i * MAX_LOANWORD_WORDS + j - i - 1] ??= englishForms(this.phrase(i, j)));
  }
}

/** Every match between the sentences' words, from every source, in the order candidates are ranked on ties. */
function matchesFor(ja: LinkSentence, en: LinkSentence, tokens: JapaneseToken[], words: EnglishWord[], associations?: Associations): Match[] {
  const out: Match[] = [];
  const jaText = ja.normalized;
  const enText = en.normalized;
  const add = (jaSpan: [number, number], enSpan: [number, number], source: LinkSource, strength = STRENGTH[source]): void => {
    out.push({ ja: jaSpan, en: enSpan, source, strength });
  };

  const names = englishNames(enText, words);
  const spellings = names.map((name) => name.spelling);
  const stemPlaces = contentStemPlaces(words);
  let stemIds: Set<number> | undefined;
  let beginnings: Map<string, number[]> | undefined;
  let loanwords: LoanwordPhrases | undefined;
  tokens.forEach((token, t) => {
    const span: [number, number] = [token.start, token.end];
    const surface = jaText.slice(token.start, token.end);
    if (!isContentToken(jaText, token)) return;
    if (token.supplement >= 0) {
      beginnings ??= wordBeginnings(words);
      for (const form of SUPPLEMENT[token.supplement]!.en) for (const e of formSpans(words, form, beginnings)) add(span, e, 'supplement');
    }
    if (token.entry >= 0 && mayGloss(token.entry, (stemIds ??= contentStemIds(stemPlaces)))) {
      for (const gloss of entryAt(token.entry).glosses) for (const e of stemSpans(words, gloss, stemPlaces)) add(span, e, 'dictionary');
    }
    if (token.kind === 'latin') {
      const lower = surface.toLowerCase();
      words.forEach((w, i) => {
        if (w.word === lower) add(span, [i, i + 1], 'latin');
      });
    }
    // a skeleton under two consonants is like no English (loanwordSimilarity is 0)
    const form = isKatakanaWord(surface) && surface.length >= 2 ? katakanaForm(surface) : null;
    if (form && form.skeleton.length >= 2) {
      const shortSkeleton = form.skeleton.length <= 2;
      const consonantFirst = form.sounds[0] !== 'a';
      loanwords ??= new LoanwordPhrases(enText, words);
      for (let i = 0; i < words.length; i++) {
        // loanwordSimilarity is 0 unless the skeletons start alike: most words are ruled out by their
        // first consonant; and unless both start with a vowel or neither does
        if (words[i]!.stop || !loanwords.mayStartAlike(form.skeleton, i)) continue;
        if (consonantFirst && loanwords.spelledFromVowel(i)) continue;
        for (let j = i + 1; j <= Math.min(words.length, i + MAX_LOANWORD_WORDS); j++) {
          const similarity = formSimilarity(form, loanwords.formsOf(i, j), MIN_LOANWORD_SIMILARITY);
          if (similarity < MIN_LOANWORD_SIMILARITY) continue;
          const phrase = loanwords.phrase(i, j);
          if (shortSkeleton && distance(toRomaji(surface).replace(/[^a-z]/g, ''), phrase.toLowerCase()) > 0.4 * Math.max(surface.length * 2, phrase.length)) continue;
          add(span, [i, j], 'loanword', STRENGTH.loanword + 0.1 * (similarity - MIN_LOANWORD_SIMILARITY));
        }
      }
    }
    if (associations) {
      const row = associations.get(associationKey(jaText, token));
      if (row) {
        words.forEach((w, i) => {
          const dice = w.stop ? undefined : row.get(w.stem);
          if (dice !== undefined) add(span, [i, i + 1], 'association', STRENGTH.association * dice);
        });
      }
    }
    // readings: a run of up to 3 kanji tokens read as one name (烏丸 → Karasuma, 三宝寺 → Sanpo-ji)
    if (isKanjiWord(surface) && names.length > 0) {
      let last = t + 1;
      while (last < Math.min(tokens.length, t + MAX_NAME_TOKENS) && isKanjiWord(jaText.slice(tokens[last]!.start, tokens[last]!.end))) last++;
      runReadingsUpTo(jaText, tokens, t, last, spellings).forEach((readings, k) => {
        if (readings.length === 0) return;
        for (const name of names) if (readings.some((r) => readingsFit(r, name.spelling))) add([token.start, tokens[t + k]!.end], name.span, 'reading');
      });
    }
  });

  // anchors: numbers, dates, names with the same value on both sides
  const enAnchors = en.anchors ?? [];
  for (const a of ja.anchors ?? []) {
    for (const b of enAnchors) {
      if (a.type !== b.type || a.value !== b.value) continue;
      const first = words.findIndex((w) => w.end > b.start);
      let last = first;
      while (last < words.length && words[last]!.start < b.end) last++;
      if (first >= 0 && last > first) add([a.start, a.end], [first, last], 'anchor');
    }
  }
  return out;
}

/** The matches as candidates, scored by their place in the sentences. */
function candidatesOf(matches: Match[], jaText: string, enText: string, words: EnglishWord[]): Candidate[] {
  return matches.map(({ ja: jaSpan, en: enSpan, source, strength }) => {
    // roughly monotone: the same relative place in both sentences scores best
    const jaMiddle = (jaSpan[0] + jaSpan[1]) / 2 / Math.max(1, jaText.length);
    const enMiddle = (words[enSpan[0]]!.start + words[enSpan[1] - 1]!.end) / 2 / Math.max(1, enText.length);
    // a gloss of several content words is far more specific than one word (開発途上国 = developing
    // countries before 展開 = developing)
    let contentWords = 0;
    for (let w = enSpan[0]; w < enSpan[1]; w++) if (!words[w]!.stop) contentWords++;
    const specific = 0.1 * Math.max(0, contentWords - 1) + 0.001 * (jaSpan[1] - jaSpan[0]);
    return { ja: jaSpan, en: enSpan, source, score: strength - 0.3 * Math.abs(jaMiddle - enMiddle) + specific };
  });
}

/**
 * The matches of sentences linked just before, kept so that a question about some of their
 * sentences (a merge's whole, then each sentence and the rest: src/diff/detect/omission.ts) reads
 * its matches off the whole's instead of finding them again.
 */
interface Matched {
  ja: LinkSentence;
  en: LinkSentence;
  tokens: JapaneseToken[];
  words: EnglishWord[];
  associations: Associations | undefined;
  matches: Match[];
}
const recentlyMatched: Matched[] = [];
const RECENTLY_MATCHED = 4;

/**
 * Where `part` is some of the sentences of `whole` (sideText joins them with '\n', which no
 * sentence holds) with the same anchors and tokens: its offset there, else -1. Every source of
 * matches reads only the words, tokens and anchors of the span it matches, so the matches of
 * `whole` inside the part are the part's own, moved by the offset.
 */
function partOffset(whole: LinkSentence, wholeTokens: JapaneseToken[] | null, part: LinkSentence, partTokens: JapaneseToken[] | null): number {
  const text = part.normalized;
  let at = whole.normalized.indexOf(text);
  while (at >= 0 && !((at === 0 || whole.normalized[at - 1] === '\n') && (at + text.length === whole.normalized.length || whole.normalized[at + text.length] === '\n'))) {
    at = whole.normalized.indexOf(text, at + 1);
  }
  if (at < 0) return -1;
  const end = at + text.length;
  const sameAnchors = spansWithin(whole.anchors ?? [], at, end, part.anchors ?? [], (x, y) => x.type === y.type && x.value === y.value);
  const sameTokens = !wholeTokens || spansWithin(wholeTokens, at, end, partTokens!, (x, y) => x.kind === y.kind && x.lemma === y.lemma && x.entry === y.entry && x.supplement === y.supplement);
  return sameAnchors && sameTokens ? at : -1;
}

/** Whether the spans of `all` within [from, to), moved back by `from`, are `some` (in order, alike by `alike`), and none crosses an edge. */
function spansWithin<T extends { start: number; end: number }>(all: T[], from: number, to: number, some: T[], alike: (x: T, y: T) => boolean): boolean {
  let k = 0;
  for (const x of all) {
    if (x.end <= from || x.start >= to) continue;
    if (x.start < from || x.end > to) return false;
    const y = some[k++];
    if (!y || y.start !== x.start - from || y.end !== x.end - from || !alike(x, y)) return false;
  }
  return k === some.length;
}

/** The English words of `en` and the matches of the pair, read off a pair linked just before when `en` and `ja` are parts of its sides. */
function matchesOf(ja: LinkSentence, en: LinkSentence, tokens: JapaneseToken[], associations?: Associations): { words: EnglishWord[]; matches: Match[] } {
  for (const seen of recentlyMatched) {
    if (seen.associations !== associations) continue;
    const jaAt = partOffset(seen.ja, seen.tokens, ja, tokens);
    if (jaAt < 0) continue;
    const enAt = partOffset(seen.en, null, en, null);
    if (enAt < 0) continue;
    const jaEnd = jaAt + ja.normalized.length;
    const enEnd = enAt + en.normalized.length;
    let firstWord = 0;
    while (firstWord < seen.words.length && seen.words[firstWord]!.start < enAt) firstWord++;
    const words: EnglishWord[] = [];
    for (let w = firstWord; w < seen.words.length && seen.words[w]!.start < enEnd; w++) {
      const { start, end, word, stem, stop } = seen.words[w]!;
      words.push({ start: start - enAt, end: end - enAt, word, stem, stop });
    }
    const endWord = firstWord + words.length;
    const matches: Match[] = [];
    for (const m of seen.matches) {
      if (m.ja[0] < jaAt || m.ja[1] > jaEnd || m.en[0] < firstWord || m.en[1] > endWord) continue;
      matches.push({ ja: [m.ja[0] - jaAt, m.ja[1] - jaAt], en: [m.en[0] - firstWord, m.en[1] - firstWord], source: m.source, strength: m.strength });
    }
    return { words, matches };
  }
  const words = englishWords(en.normalized);
  const matches = matchesFor(ja, en, tokens, words, associations);
  if (recentlyMatched.unshift({ ja, en, tokens, words, associations, matches }) > RECENTLY_MATCHED) recentlyMatched.pop();
  return { words, matches };
}

function overlaps(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

export interface LinkOptions {
  /** Learned over the document's pairs (learnAssociations); without them, no 'association' links. */
  associations?: Associations;
  /** Only these sources (all when absent): to measure one source's worth. */
  sources?: ReadonlySet<LinkSource>;
}

function crossings(link: Candidate, others: Candidate[], except: Candidate): number {
  let n = 0;
  for (const o of others) if (o !== link && o !== except && (o.ja[0] - link.ja[0]) * (o.en[0] - link.en[0]) < 0) n++;
  return n;
}

/**
 * Where two chosen links cross and each Japanese span could as well take the other's English span
 * (the same word twice: 波合村 … 浪合村 ~ Namiai-mura … Namiai-mura), by the same source, swap them when that leaves
 * fewer crossings with the rest: position alone cannot tell which is which, order can.
 */
function uncross(chosen: Candidate[], candidates: Candidate[]): void {
  if (!anyCrossing(chosen)) return;
  // built at the first crossing (most sentences' links cross nowhere); `starts`, the candidates'
  // first Japanese offset and English word as one number (two may share one), rules out most
  // swaps before the candidates are searched for the very spans
  let starts: Set<number> | null = null;
  const start = (ja: [number, number], en: [number, number]) => ja[0] * 65536 + en[0];
  // the candidates' English spans before any swap (a swap gives a chosen candidate another one)
  let enBefore: Array<[number, number]> | null = null;
  const isCandidate = (source: LinkSource, ja: [number, number], en: [number, number]): boolean => {
    const spans = (enBefore ??= candidates.map((c) => c.en));
    return candidates.some((c, k) => c.source === source && c.ja[0] === ja[0] && c.ja[1] === ja[1] && spans[k]![0] === en[0] && spans[k]![1] === en[1]);
  };
  for (let round = 0, swapped = true; swapped && round < chosen.length; round++) {
    swapped = false;
    for (const a of chosen) {
      for (const b of chosen) {
        if (a.ja[0] >= b.ja[0] || a.en[0] <= b.en[0]) continue;
        starts ??= new Set(candidates.map((c) => start(c.ja, c.en)));
        if (!starts.has(start(a.ja, b.en)) || !starts.has(start(b.ja, a.en))) continue;
        if (!isCandidate(a.source, a.ja, b.en) || !isCandidate(b.source, b.ja, a.en)) continue;
        const before = crossings(a, chosen, b) + crossings(b, chosen, a) + 1;
        [a.en, b.en] = [b.en, a.en];
        const after = crossings(a, chosen, b) + crossings(b, chosen, a);
        if (after < before) swapped = true;
        else [a.en, b.en] = [b.en, a.en];
      }
    }
  }
}

/** Whether two links may cross: in the order of their Japanese, some English starts before the one before it. */
function anyCrossing(chosen: Candidate[]): boolean {
  const byJapanese = [...chosen].sort((x, y) => x.ja[0] - y.ja[0]);
  for (let i = 1; i < byJapanese.length; i++) if (byJapanese[i]!.en[0] < byJapanese[i - 1]!.en[0]) return true;
  return false;
}

/** Links between a Japanese and an English sentence (normalised text, anchors as the anchors stage gives them). */
export function linkWords(ja: LinkSentence, en: LinkSentence, options: LinkOptions = {}): SentenceLinks {
  const tokens = ja.tokens ?? segmentJapanese(ja.normalized);
  const { words, matches } = matchesOf(ja, en, tokens, options.associations);
  const sources = options.sources;
  const candidates = candidatesOf(matches, ja.normalized, en.normalized, words).filter((c) => !sources || sources.has(c.source));
  candidates.sort((x, y) => y.score - x.score || x.ja[0] - y.ja[0] || x.en[0] - y.en[0]);
  const jaTaken = new Uint8Array(ja.normalized.length);
  const enTaken = new Uint8Array(words.length);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (overlaps(jaTaken, c.ja[0], c.ja[1]) || overlaps(enTaken, c.en[0], c.en[1])) continue;
    jaTaken.fill(1, c.ja[0], c.ja[1]);
    enTaken.fill(1, c.en[0], c.en[1]);
    chosen.push(c);
  }
  uncross(chosen, candidates);
  const links: WordLink[] = chosen.map((c) => ({ ja: c.ja, en: [words[c.en[0]]!.start, words[c.en[1] - 1]!.end], source: c.source }));
  links.sort((x, y) => x.ja[0] - y.ja[0] || x.en[0] - y.en[0]);

  let jaContent = 0;
  let jaCovered = 0;
  for (const token of tokens) {
    if (!isContentToken(ja.normalized, token)) continue;
    for (let i = token.start; i < token.end; i++) {
      if (!isContentCharAt(ja.normalized, i)) continue;
      jaContent++;
      if (jaTaken[i]) jaCovered++;
    }
  }
  let enContent = 0;
  let enCovered = 0;
  words.forEach((w, i) => {
    if (w.stop) return;
    enContent++;
    if (enTaken[i]) enCovered++;
  });
  return {
    links,
    coverage: { ja: jaContent ? jaCovered / jaContent : 0, en: enContent ? enCovered / enContent : 0 },
  };
}

/**
 * Word associations learned over a document's aligned sentence pairs: Dice's coefficient of each
 * Japanese content word and English content stem that occur together in at least two pairs.
 */
export function learnAssociations(pairs: Array<{ ja: string; en: string; jaTokens?: JapaneseToken[] }>): Associations {
  // words as numbers (first seen first), so that the counting below hashes no strings
  const jaWords = new Map<string, number>();
  const enWords = new Map<string, number>();
  const jaCount: number[] = [];
  const enCount: number[] = [];
  const idOf = (words: Map<string, number>, counts: number[], word: string): number => {
    let id = words.get(word);
    if (id === undefined) {
      words.set(word, (id = counts.length));
      counts.push(0);
    }
    return id;
  };
  const keys = pairs.map((pair) => {
    const jaKeys = new Set<number>();
    for (const t of pair.jaTokens ?? segmentJapanese(pair.ja)) if (isContentToken(pair.ja, t)) jaKeys.add(idOf(jaWords, jaCount, associationKey(pair.ja, t)));
    const enKeys = new Set<number>();
    for (const w of englishWords(pair.en)) if (!w.stop) enKeys.add(idOf(enWords, enCount, w.stem));
    for (const j of jaKeys) jaCount[j]!++;
    for (const e of enKeys) enCount[e]!++;
    return { jaKeys, enKeys };
  });
  // Co-occurrences are counted only for words that can pass both thresholds: n is at most the
  // rarer word's count, so a word seen once, or a rare word with a frequent one, never passes.
  // Most content words occur once; the pairs loop would otherwise count every one of them.
  // Counted one Japanese word at a time over the pairs that hold it, in an array indexed by English
  // word (what it touched is cleared after), which hashes nothing.
  const pairsWith: number[][] = jaCount.map(() => []);
  keys.forEach(({ jaKeys }, p) => {
    for (const j of jaKeys) if (jaCount[j]! >= MIN_COOCCURRENCE) pairsWith[j]!.push(p);
  });
  const enRepeated = keys.map(({ enKeys }) => [...enKeys].filter((e) => enCount[e]! >= MIN_COOCCURRENCE));
  const together = new Int32Array(enCount.length); // pairs with both, for the Japanese word at hand
  const touched: number[] = [];
  const jaNames = [...jaWords.keys()];
  const enNames = [...enWords.keys()];
  const out: Associations = new Map();
  pairsWith.forEach((pairs, j) => {
    if (pairs.length === 0) return;
    const jaN = jaCount[j]!;
    for (const p of pairs) {
      for (const e of enRepeated[p]!) {
        const enN = enCount[e]!;
        if ((2 * Math.min(jaN, enN)) / (jaN + enN) < MIN_DICE) continue;
        if (together[e]!++ === 0) touched.push(e);
      }
    }
    let row: Map<string, number> | undefined;
    for (const e of touched) {
      const n = together[e]!;
      together[e] = 0;
      if (n < MIN_COOCCURRENCE) continue;
      const dice = (2 * n) / (jaN + enCount[e]!);
      if (dice < MIN_DICE) continue;
      if (!row) out.set(jaNames[j]!, (row = new Map()));
      row.set(enNames[e]!, dice);
    }
    touched.length = 0;
  });
  return out;
}
