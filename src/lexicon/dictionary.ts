// The EDICT dictionary (data package lexicon/edict/, CC BY-SA, see its README and LICENSE), loaded
// on first use, once per process: two sorted tables opened, whose parts are read as they are asked
// for (src/lexicon/table.ts).
import { remembered } from '../text/remembered.js';
import { SortedTable } from './table.js';

export interface DictionaryEntry {
  headword: string;
  /** EDICT marks it a common word (P). */
  common: boolean;
  /** Hepburn romaji of the kana readings (kanji headwords of up to 4 characters): 研究 → kenkyuu. */
  readings: string[];
  /** English glosses, primary senses first, each as its content stems: [['research', 'develop'], ['r&d']]. */
  glosses: string[][];
}

export interface Dictionary {
  ja: SortedTable;
  en: SortedTable;
}

const DATA = new URL('../../lexicon/edict/', import.meta.url);

let loaded: Dictionary | null = null;

/** The dictionary tables, opened on the first call. */
export function dictionary(): Dictionary {
  if (!loaded) loaded = { ja: readTable('ja-en.bin'), en: readTable('en-ja.bin') };
  return loaded;
}

function readTable(file: string): SortedTable {
  const url = new URL(file, DATA);
  try {
    return SortedTable.open(url, `lexicon/edict/${file}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // the data package ships beside dist/; without it the installation is incomplete
    if (code) throw new Error(`lexicon data missing: ${url.pathname} (${code}); reinstall strategy-align`);
    throw new Error(`${(error as Error).message}; reinstall strategy-align`);
  }
}

function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++]!;
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
    shift += 7;
  }
}

/**
 * The entry at an index of the JA table (as SortedTable.prefixesAt returns it); remembered, since a
 * document asks for the same few thousand words again and again.
 */
export const entryAt: (index: number) => DictionaryEntry = remembered(decodeEntry);

function decodeEntry(index: number): DictionaryEntry {
  const { ja, en } = dictionary();
  const bytes = ja.value(index);
  let at = 1;
  let readingText = '';
  while (bytes[at] !== 0) readingText += String.fromCharCode(bytes[at++]!);
  at++;
  const glosses: string[][] = [];
  while (at < bytes.length) {
    const count = bytes[at++]!;
    const stems: string[] = [];
    for (let k = 0; k < count; k++) {
      let id: number;
      [id, at] = readVarint(bytes, at);
      stems.push(en.key(id));
    }
    glosses.push(stems);
  }
  return { headword: ja.key(index), common: bytes[0] === 1, readings: readingText ? readingText.split(',') : [], glosses };
}

/**
 * The English stems an entry may translate to, as indices of the EN table (each once): what the
 * aligner compares with a sentence's stems, without building strings. Remembered like entries.
 */
export const glossStemIds: (index: number) => Int32Array = remembered(decodeStemIds);

function decodeStemIds(index: number): Int32Array {
  const bytes = dictionary().ja.value(index);
  let at = 1;
  while (bytes[at] !== 0) at++;
  at++;
  // the varints read in place (no pair per number), into a scratch array sorted as numbers by the
  // typed array's own sort (no comparator called back): every word of a document comes through here
  let n = 0;
  while (at < bytes.length) {
    const count = bytes[at++]!;
    for (let k = 0; k < count; k++) {
      let id = 0;
      let scale = 1;
      let b: number;
      do {
        b = bytes[at++]!;
        id += (b & 0x7f) * scale;
        scale *= 128;
      } while (b >= 0x80);
      if (n === stemScratch.length) {
        const grown = new Int32Array(2 * n);
        grown.set(stemScratch);
        stemScratch = grown;
      }
      stemScratch[n++] = id;
    }
  }
  const ids = stemScratch.subarray(0, n).sort();
  // each once, in order
  let kept = 0;
  for (let k = 0; k < n; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[kept++] = ids[k]!;
  return ids.slice(0, kept);
}

let stemScratch = new Int32Array(256);

/**
 * An entry's romanised readings alone (entryAt(index).readings without decoding its glosses): the
 * names of a text are read run by run, and most runs are never looked up for their meaning.
 */
export const readingsAt: (index: number) => string[] = remembered(decodeReadings);

function decodeReadings(index: number): string[] {
  const bytes = dictionary().ja.value(index);
  let text = '';
  for (let at = 1; bytes[at] !== 0; at++) text += String.fromCharCode(bytes[at]!);
  return text ? text.split(',') : [];
}

/** Index of an English stem in the EN table, or -1 (no EDICT gloss uses it). */
export const englishStemId: (stem: string) => number = remembered((stem) => dictionary().en.find(stem));

/** A Japanese word (NFKC, dictionary form) → its entry, or null. */
export function lookupJapanese(word: string): DictionaryEntry | null {
  const index = dictionary().ja.find(word);
  return index < 0 ? null : entryAt(index);
}

/**
 * An English stem (src/lexicon/english.ts stemWord) → the Japanese headwords that translate it:
 * first those with a gloss that is this word alone, common words and primary senses first; at most 8.
 */
export function lookupEnglish(stem: string): string[] {
  const { ja, en } = dictionary();
  const index = en.find(stem);
  if (index < 0) return [];
  const bytes = en.value(index);
  const out: string[] = [];
  for (let at = 0; at < bytes.length; ) {
    let entry: number;
    [entry, at] = readVarint(bytes, at);
    out.push(ja.key(entry));
  }
  return out;
}
