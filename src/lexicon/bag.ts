// Dictionary coverage between two texts, as a bag of words: the share of Japanese content words
// one of whose EDICT glosses the English has, and the share of English content words some
// Japanese word glosses. Order-blind and cheap (integer stems, no strings per comparison), so the
// aligner can ask it of every candidate pair; linkWords (links.ts) is the order-aware reading of
// the final pairs.
import { englishStemId, glossStemIds } from './dictionary.js';
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

// Each bag's lookup set is built once: the aligner compares one unit with many. A sorted typed
// array rather than a Set: a long document holds one per unit for the whole align stage, and a
// Set of numbers takes about six times the memory (tens of MB at 32 seed lengths).
const stemSets = new WeakMap<LexicalBag, Int32Array>();
const glossSets = new WeakMap<LexicalBag, Int32Array>();

function sortedUnique(values: Iterable<number>): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let kept = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[kept - 1]) sorted[kept++] = sorted[k]!;
  return sorted.slice(0, kept);
}

function has(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

function stemSet(bag: LexicalBag): Int32Array {
  let set = stemSets.get(bag);
  if (!set) stemSets.set(bag, (set = sortedUnique(bag.stems)));
  return set;
}

function glossSet(bag: LexicalBag): Int32Array {
  let set = glossSets.get(bag);
  if (!set) {
    set = sortedUnique(bag.translations.flatMap((ids) => [...ids]));
    glossSets.set(bag, set);
  }
  return set;
}

/** How many of the Japanese bag's content words have one of their glosses in the English bag (of ja.translations.length). */
export function japaneseCovered(ja: LexicalBag, en: LexicalBag): number {
  if (ja.translations.length === 0 || en.stems.length === 0) return 0;
  const english = stemSet(en);
  let covered = 0;
  for (const ids of ja.translations) {
    for (let k = 0; k < ids.length; k++) {
      if (has(english, ids[k]!)) {
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
  const glossed = glossSet(ja);
  let covered = 0;
  for (let k = 0; k < en.stems.length; k++) if (has(glossed, en.stems[k]!)) covered++;
  return covered;
}
