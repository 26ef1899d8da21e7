// Dictionary coverage between two texts, as a bag of words: the share of Japanese content words
// one of whose EDICT glosses the English has, and the share of English content words some
// Japanese word glosses. Order-blind and cheap (integer stems, no strings per comparison), so the
// aligner can ask it of every candidate pair; linkWords (links.ts) is the order-aware reading of
// the final pairs.
import { dictionary, englishStemId, glossStemIds } from './dictionary.js';
import { type EnglishWord, englishWords } from './english.js';
import { isContentToken, type JapaneseToken } from './segment.js';

export interface LexicalBag {
  /** Japanese: for each content word EDICT knows, the EN-table stems it may translate to. */
  translations: Int32Array[];
  /** English: the EN-table stems of the content words EDICT glosses use, with repeats. */
  stems: Int32Array;
}

const EMPTY = new Int32Array(0);

export function japaneseBag(text: string, tokens: JapaneseToken[]): LexicalBag {
  const translations: Int32Array[] = [];
  // indexed loops here and below: every unit of a document passes, mostly before the JIT has compiled
  // this, when a for-of allocates an iterator result per element
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.entry < 0 || !isContentToken(text, token)) continue;
    const ids = glossStemIds(token.entry);
    if (ids.length > 0) translations.push(ids);
  }
  return { translations, stems: EMPTY };
}

/** `words` when the caller has read them already (englishWords of the text). */
export function englishBag(text: string, words: EnglishWord[] = englishWords(text)): LexicalBag {
  const stems: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.stop) continue;
    const id = englishStemId(word.stem);
    if (id >= 0) stems.push(id);
  }
  return { translations: [], stems: Int32Array.from(stems) };
}

export function mergeBags(list: LexicalBag[]): LexicalBag {
  if (list.length === 1) return list[0]!;
  const stems = new Int32Array(list.reduce((n, bag) => n + bag.stems.length, 0));
  let at = 0;
  const translations: Int32Array[] = [];
  for (let b = 0; b < list.length; b++) {
    const bag = list[b]!;
    stems.set(bag.stems, at);
    at += bag.stems.length;
    for (let k = 0; k < bag.translations.length; k++) translations.push(bag.translations[k]!);
  }
  return { translations, stems };
}

// Membership by stamping: the aligner compares one bag with many, millions of times on a long
// document, and a typed array indexed by EN-table stem is several times faster than a Set. Each
// array holds the stamp of the last bag marked in it; the next call with the same bag (a row of a
// cost matrix) marks nothing again.
let englishMarks: Int32Array = new Int32Array(0); // stems of an English bag
let glossMarks: Int32Array = new Int32Array(0); // glosses of a Japanese bag
let stamp = 0;
let englishMarked: LexicalBag | null = null;
let englishStamp = 0;
let glossMarked: LexicalBag | null = null;
let glossStamp = 0;

function newMarks(): Int32Array {
  return new Int32Array(dictionary().en.count);
}

/**
 * Called first by each count (which then takes at most two stamps): before the stamps leave the
 * Int32 range, every array is cleared and stamping starts over.
 */
function keepStampsInRange(): void {
  if (stamp < 0x7fffffff - 2) return;
  for (const marks of [englishMarks, glossMarks, headStamp, wordSeen]) marks.fill(0);
  stamp = 0;
  englishMarked = glossMarked = inverted = previousJapanese = null;
}

// A Japanese bag asked about twice in a row (a row of the section matrix: one unit against every
// unit of the other side) is inverted once, stem → the words that may translate to it, so that each
// further call walks the English bag's stems instead of every gloss of every Japanese word.
let previousJapanese: LexicalBag | null = null;
let inverted: LexicalBag | null = null;
let invertedStamp = 0;
let head: Int32Array = new Int32Array(0); // per EN stem: first posting, valid where headStamp is invertedStamp
let headStamp: Int32Array = new Int32Array(0);
let next: Int32Array = new Int32Array(0); // per posting: the next one of the same stem, or -1
let wordOf: Int32Array = new Int32Array(0); // per posting: the index of its word in ja.translations
let wordSeen: Int32Array = new Int32Array(0); // per word: the stamp of the last call that counted it

function invert(ja: LexicalBag): void {
  if (head.length === 0) {
    head = newMarks();
    headStamp = newMarks();
  }
  let postings = 0;
  for (let w = 0; w < ja.translations.length; w++) postings += ja.translations[w]!.length;
  if (next.length < postings) {
    next = new Int32Array(postings);
    wordOf = new Int32Array(postings);
  }
  if (wordSeen.length < ja.translations.length) wordSeen = new Int32Array(ja.translations.length);
  invertedStamp = ++stamp;
  let p = 0;
  for (let word = 0; word < ja.translations.length; word++) {
    const ids = ja.translations[word]!;
    for (let k = 0; k < ids.length; k++, p++) {
      const id = ids[k]!;
      next[p] = headStamp[id] === invertedStamp ? head[id]! : -1;
      wordOf[p] = word;
      head[id] = p;
      headStamp[id] = invertedStamp;
    }
  }
  inverted = ja;
}

function coveredByInverse(en: LexicalBag): number {
  const call = ++stamp;
  let covered = 0;
  for (let k = 0; k < en.stems.length; k++) {
    const id = en.stems[k]!;
    if (headStamp[id] !== invertedStamp) continue;
    for (let p = head[id]!; p >= 0; p = next[p]!) {
      const word = wordOf[p]!;
      if (wordSeen[word] !== call) {
        wordSeen[word] = call;
        covered++;
      }
    }
  }
  return covered;
}

/** How many of the Japanese bag's content words have one of their glosses in the English bag (of ja.translations.length). */
export function japaneseCovered(ja: LexicalBag, en: LexicalBag): number {
  if (ja.translations.length === 0 || en.stems.length === 0) return 0;
  keepStampsInRange();
  if (ja === inverted) return coveredByInverse(en);
  if (ja === previousJapanese) {
    invert(ja);
    return coveredByInverse(en);
  }
  previousJapanese = ja;
  if (englishMarked !== en) {
    if (englishMarks.length === 0) englishMarks = newMarks();
    englishStamp = ++stamp;
    for (let k = 0; k < en.stems.length; k++) englishMarks[en.stems[k]!] = englishStamp;
    englishMarked = en;
  }
  const marks = englishMarks;
  let covered = 0;
  for (let w = 0; w < ja.translations.length; w++) {
    const ids = ja.translations[w]!;
    for (let k = 0; k < ids.length; k++) {
      if (marks[ids[k]!] === englishStamp) {
        covered++;
        break;
      }
    }
  }
  return covered;
}

/** How many of the English bag's content words some Japanese word glosses (of en.stems.length). */
export function englishCovered(ja: LexicalBag, en: LexicalBag): number {
  if (ja.translations.length === 0 || en.stems.length === 0) return 0;
  keepStampsInRange();
  if (glossMarked !== ja) {
    if (glossMarks.length === 0) glossMarks = newMarks();
    glossStamp = ++stamp;
    for (let w = 0; w < ja.translations.length; w++) {
      const ids = ja.translations[w]!;
      for (let k = 0; k < ids.length; k++) glossMarks[ids[k]!] = glossStamp;
    }
    glossMarked = ja;
  }
  const marks = glossMarks;
  let covered = 0;
  for (let k = 0; k < en.stems.length; k++) if (marks[en.stems[k]!] === glossStamp) covered++;
  return covered;
}
