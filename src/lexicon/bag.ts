// Dictionary coverage between two texts, as a bag of words: the share of Japanese content words
// one of whose EDICT glosses the English has, and the share of English content words some
// Japanese word glosses. Order-blind and cheap (integer stems, no strings per comparison), so the
// aligner can ask it of every candidate pair; linkWords (links.ts) is the order-aware reading of
// the final pairs.
import { dictionary, englishStemId, glossStemIds } from './dictionary.js';
import { englishWords } from './english.js';
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
  for (const token of tokens) {
    if (token.entry < 0 || !isContentToken(text, token)) continue;
    const ids = glossStemIds(token.entry);
    if (ids.length > 0) translations.push(ids);
  }
  return { translations, stems: EMPTY };
}

export function englishBag(text: string): LexicalBag {
  const stems: number[] = [];
  for (const word of englishWords(text)) {
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
  for (const bag of list) {
    stems.set(bag.stems, at);
    at += bag.stems.length;
  }
  return { translations: list.flatMap((bag) => bag.translations), stems };
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

/** How many of the Japanese bag's content words have one of their glosses in the English bag (of ja.translations.length). */
export function japaneseCovered(ja: LexicalBag, en: LexicalBag): number {
  if (ja.translations.length === 0 || en.stems.length === 0) return 0;
  if (englishMarked !== en) {
    if (englishMarks.length === 0) englishMarks = newMarks();
    englishStamp = ++stamp;
    for (let k = 0; k < en.stems.length; k++) englishMarks[en.stems[k]!] = englishStamp;
    englishMarked = en;
  }
  const marks = englishMarks;
  let covered = 0;
  for (const ids of ja.translations) {
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
  if (glossMarked !== ja) {
    if (glossMarks.length === 0) glossMarks = newMarks();
    glossStamp = ++stamp;
    for (const ids of ja.translations) for (let k = 0; k < ids.length; k++) glossMarks[ids[k]!] = glossStamp;
    glossMarked = ja;
  }
  const marks = glossMarks;
  let covered = 0;
  for (let k = 0; k < en.stems.length; k++) if (marks[en.stems[k]!] === glossStamp) covered++;
  return covered;
}
