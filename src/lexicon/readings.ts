// Japanese names read as the English spells them: a run of kanji tokens romanised by its dictionary
// readings (烏丸 → karasuma, 春宮坊 → togubo) against the capitalised words of the English
// (Karasuma, Togubo), both folded by foldRomaji. The word links (links.ts) pair such spans within a
// sentence pair; the aligner compares the folded forms of whole blocks as keys (align/context.ts).
import { distance } from 'fastest-levenshtein';
import { BoundedMap, remembered } from '../text/remembered.js';
import { foldRomaji } from '../text/romaji.js';
import { isKanji } from '../text/script.js';
import { dictionary, readingsAt } from './dictionary.js';
import { type EnglishWord, englishWords } from './english.js';
import { kanjidicReadings } from './kanji-readings.js';
import type { JapaneseToken } from './segment.js';

export function isKanjiWord(text: string): boolean {
  for (const char of text) if (!isKanji(char)) return false;
  return text.length > 0;
}

/** A name's reading and an English spelling agree: equal, or alike but for rendaku or a dropped ending. */
export function readingsFit(reading: string, english: string): boolean {
  if (reading.length < 3 || english.length < 3) return false;
  if (reading === english) return true;
  // rendaku and dropped endings (烏丸 karasumaru ~ Karasuma): a long shared beginning
  const [short, long] = reading.length <= english.length ? [reading, english] : [english, reading];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2 && distance(short, long) <= 2;
}

const MAX_READING_COMBINATIONS = 16;

/**
 * Every concatenation of one reading from each list, at most MAX_READING_COMBINATIONS: the first
 * ones in the order of the lists (each prefix with every reading of the next list, in turn), made
 * without the ones past the limit (a kanji has tens of readings).
 */
function combine(lists: string[][]): string[] {
  let out = [''];
  for (const list of lists) {
    if (list.length === 0) return [];
    const longer: string[] = [];
    for (let p = 0; p < out.length && longer.length < MAX_READING_COMBINATIONS; p++) {
      for (let r = 0; r < list.length && longer.length < MAX_READING_COMBINATIONS; r++) longer.push(out[p]! + list[r]!);
    }
    out = longer;
  }
  return out;
}

/** Readings of a single kanji as EDICT's entry of it gives them (烏 → karasu), remembered: names repeat their characters. */
const edictReadingsOfKanji = remembered((kanji: string): string[] => {
  const index = dictionary().ja.find(kanji);
  return index < 0 ? [] : readingsAt(index);
});

/**
 * All readings of a single kanji: EDICT's first, then KANJIDIC's on'yomi, kun'yomi and nanori
 * (谷 → tani, koku, …, ya), each once by its folded form; remembered.
 */
const readingsOfKanji = remembered((kanji: string): string[] => {
  const seen = new Set<string>();
  return [...edictReadingsOfKanji(kanji), ...kanjidicReadings(kanji)].filter((reading) => {
    const folded = foldRomaji(reading);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
});

/** foldRomaji remembered: the beginnings of readings and the English names recur from sentence to sentence. */
const foldRemembered = remembered(foldRomaji);

/** A token's characters, when it may be read kanji by kanji: a name is short. */
function kanjiOf(surface: string): string[] | null {
  const chars = [...surface];
  return chars.length <= 4 ? chars : null;
}

/**
 * Romanised readings of tokens [a, b) of a kanji run: each token read as its dictionary word, or,
 * for a name EDICT reads otherwise (烏丸 is "ugan", the people; the Kyoto street is Karasuma),
 * character by character: EDICT's readings only, cut at MAX_READING_COMBINATIONS (KANJIDIC's ten or
 * twenty readings of a kanji would crowd the likely ones out of the cut). Against known English
 * names, runReadingsUpTo tries every combination of all readings instead.
 */
const runReadingCache = new BoundedMap<string, string[]>();

export function runReadings(text: string, tokens: JapaneseToken[], a: number, b: number): string[] {
  return readingsOfRun(runKey(text, tokens, a, b), text, tokens, a, b);
}

/** What runReadings remembers a run by: its tokens' surfaces. */
function runKey(text: string, tokens: JapaneseToken[], a: number, b: number): string {
  let key = '';
  for (let t = a; t < b; t++) key += `${t > a ? '|' : ''}${text.slice(tokens[t]!.start, tokens[t]!.end)}`;
  return key;
}

function readingsOfRun(key: string, text: string, tokens: JapaneseToken[], a: number, b: number): string[] {
  let readings = runReadingCache.get(key);
  if (!readings) {
    readings = computeRunReadings(text, tokens, a, b);
    runReadingCache.set(key, readings);
  }
  return readings;
}

function computeRunReadings(text: string, tokens: JapaneseToken[], a: number, b: number): string[] {
  const lists: string[][] = [];
  for (let t = a; t < b; t++) {
    const token = tokens[t]!;
    const word = token.entry >= 0 ? readingsAt(token.entry) : [];
    const chars = kanjiOf(text.slice(token.start, token.end));
    const byCharacter = chars && chars.length > 1 ? combine(chars.map(edictReadingsOfKanji)) : [];
    lists.push([...new Set([...word, ...byCharacter])]);
  }
  return combine(lists).map(foldRomaji);
}

/**
 * The folded readings of tokens [a, b) whose beginnings `viable` accepts, for every b from a + 1 to
 * `last` (at b - a - 1), every combination of the tokens' word readings and kanji readings tried,
 * each reading once. A beginning is judged without
 * its last letter: folding the rest on changes at most that one (とう+き → toki, 本+部 → honbu).
 * KANJIDIC's readings are tried only for a kanji the segmenter found no longer word for, in a run of
 * more than one: a name EDICT lacks (谷|中 Yanaka). A dictionary word's kanji are read as EDICT reads
 * them (沼田 is numata, not "shoden", which "Shoden" of 小伝 would take), and so is a `lone` kanji
 * (a run of one single-kanji token): its other readings are fragments of longer names (伏 "fushi"
 * of Fushimi). A kanji read as nothing once
 * folded (府 "u" after 京都 kyoto) is no reading.
 */
function readingsWhile(text: string, tokens: JapaneseToken[], a: number, last: number, lone: boolean, viable: (beginning: string) => boolean): string[][] {
  // most runs end at their first token: no reading of it may begin a spelling
  if (!firstBeginnings(text, tokens[a]!, lone).some(viable)) {
    const none: string[][] = [];
    for (let b = a + 1; b <= last; b++) none.push([]);
    return none;
  }
  const out: Array<Set<string>> = [];
  for (let b = a + 1; b <= last; b++) out.push(new Set());
  const tried = new Set<string>();
  const extend = (t: number, char: number, reading: string, foldedBefore: number): void => {
    const state = `${t}:${char}:${reading}`;
    if (tried.has(state)) return;
    tried.add(state);
    const folded = foldRemembered(reading);
    if (folded.length <= foldedBefore || !viable(folded.slice(0, -1))) return;
    if (t > a && char === 0) {
      out[t - a - 1]!.add(folded);
      if (t === last) return;
    }
    const token = tokens[t]!;
    if (char === 0 && token.entry >= 0) for (const r of readingsAt(token.entry)) extend(t + 1, 0, reading + r, folded.length);
    const chars = kanjiOf(text.slice(token.start, token.end));
    if (!chars) return;
    const isLast = char === chars.length - 1;
    for (const r of kanjiReadingsIn(token, chars, lone)(chars[char]!)) extend(isLast ? t + 1 : t, isLast ? 0 : char + 1, reading + r, folded.length);
  };
  extend(a, 0, '', -1);
  return out.map((readings) => [...readings]);
}

/** The readings readingsWhile gives a token's kanji one by one. */
function kanjiReadingsIn(token: JapaneseToken, chars: string[], lone: boolean): (kanji: string) => string[] {
  return lone || (token.entry >= 0 && chars.length > 1) ? edictReadingsOfKanji : readingsOfKanji;
}

// A token's first steps in readingsWhile, per token (its surface and entry) and `lone`: the folded
// beginning (without its last letter) of each of its own readings and its first kanji's, those
// that fold to something.
const firstBeginningsOf = new BoundedMap<string, string[]>();

function firstBeginnings(text: string, token: JapaneseToken, lone: boolean): string[] {
  const surface = text.slice(token.start, token.end);
  const key = `${lone ? 1 : 0}${token.entry}:${surface}`;
  let out = firstBeginningsOf.get(key);
  if (!out) {
    const chars = kanjiOf(surface);
    const readings = [...(token.entry >= 0 ? readingsAt(token.entry) : []), ...(chars ? kanjiReadingsIn(token, chars, lone)(chars[0]!) : [])];
    out = [];
    for (const reading of readings) {
      const folded = foldRemembered(reading);
      if (folded.length > 0) out.push(folded.slice(0, -1));
    }
    firstBeginningsOf.set(key, out);
  }
  return out;
}

/**
 * runReadings of tokens [a, b) with `spellings` for every b from a + 1 to `last`, in one search:
 * a run's readings are found on the way to the longer runs' (readingsWhile reads every run the
 * same way but a lone kanji, which it reads by EDICT only).
 */
export function runReadingsUpTo(text: string, tokens: JapaneseToken[], a: number, last: number, spellings: readonly string[]): string[][] {
  const viable = mayFitSpellings(spellings);
  const lone = isLoneKanji(text, tokens, a, a + 1);
  const found = readingsWhile(text, tokens, a, last, lone && last === a + 1, viable);
  if (lone && last > a + 1) found[0] = readingsWhile(text, tokens, a, a + 1, true, viable)[0]!;
  return found;
}

function isLoneKanji(text: string, tokens: JapaneseToken[], a: number, b: number): boolean {
  return b === a + 1 && [...text.slice(tokens[a]!.start, tokens[a]!.end)].length === 1;
}

// Per list of spellings (a sentence's, a document's: asked for each of its kanji runs), whether a
// folded beginning of a reading may still end as readingsFit takes for one of them: it begins a
// spelling, or is one of five letters or more with at most two letters more (a dropped ending).
const fitsOf = new WeakMap<readonly string[], (beginning: string) => boolean>();

function mayFitSpellings(spellings: readonly string[]): (beginning: string) => boolean {
  let fits = fitsOf.get(spellings);
  if (!fits) {
    const starts = prefixesOf(spellings);
    const whole = new Set(spellings.filter((spelling) => spelling.length >= 5));
    fits = (beginning) =>
      starts.has(beginning) ||
      (beginning.length >= 6 && whole.has(beginning.slice(0, -1))) ||
      (beginning.length >= 7 && whole.has(beginning.slice(0, -2)));
    fitsOf.set(spellings, fits);
  }
  return fits;
}

/** The longest run of kanji tokens read as one name (烏丸 → Karasuma, 三宝寺 → Sanpo-ji). */
export const MAX_NAME_TOKENS = 3;

/**
 * The spans of an English sentence that may spell a Japanese name, folded as foldRomaji folds
 * readings: a capitalised word, and with the next word when hyphened on or capitalised too
 * (Namiai-mura, Daruma Daishi).
 */
export function englishNames(enText: string, words: EnglishWord[]): Array<{ span: [number, number]; spelling: string }> {
  const out: Array<{ span: [number, number]; spelling: string }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^[A-Z]/.test(enText[words[i]!.start]!)) continue;
    out.push({ span: [i, i + 1], spelling: foldRemembered(words[i]!.word) });
    const next = words[i + 1];
    if (!next || next.stop) continue;
    const gap = enText.slice(words[i]!.end, next.start);
    if (gap === '-' || (/^\s+$/.test(gap) && /[A-Z]/.test(enText[next.start]!))) out.push({ span: [i, i + 2], spelling: foldRemembered(words[i]!.word + next.word) });
  }
  return out;
}

/** Shorter folded forms are common syllables as often as names (院 "in", 館 "kan"). */
const MIN_NAME_KEY = 4;

// Every beginning of each wanted form, per set of forms (a document's, asked once per sentence).
const beginningsOf = new WeakMap<ReadonlySet<string>, Set<string>>();

function beginnings(wanted: ReadonlySet<string>): Set<string> {
  let out = beginningsOf.get(wanted);
  if (!out) beginningsOf.set(wanted, (out = prefixesOf(wanted)));
  return out;
}

/** Every beginning of each form, the empty one and the whole form included. */
function prefixesOf(forms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const form of forms) for (let k = 0; k <= form.length; k++) out.add(form.slice(0, k));
  return out;
}

/** A run's runReadings as a set of wanted forms takes them. */
interface WantedRun {
  /** The wanted readings, MIN_NAME_KEY letters or more. */
  kept: string[];
  /** Of a run of one token: whether one of its readings could begin a wanted form. */
  mayBegin: boolean;
}

// Per set of wanted forms (a document's, asked for every kanji token of its sentences) and per run:
// a text repeats its words, and each answer would look every reading up again.
const wantedRunsOf = new WeakMap<ReadonlySet<string>, Map<string, WantedRun>>();

function wantedRun(wanted: ReadonlySet<string>, text: string, tokens: JapaneseToken[], a: number, b: number): WantedRun {
  let runs = wantedRunsOf.get(wanted);
  if (!runs) wantedRunsOf.set(wanted, (runs = new BoundedMap()));
  const key = runKey(text, tokens, a, b);
  let run = runs.get(key);
  if (!run) {
    const readings = readingsOfRun(key, text, tokens, a, b);
    const starts = beginnings(wanted);
    run = {
      kept: readings.filter((reading) => reading.length >= MIN_NAME_KEY && wanted.has(reading)),
      mayBegin: b === a + 1 && readings.some((reading) => starts.has(reading.slice(0, -1))),
    };
    runs.set(key, run);
  }
  return run;
}

/** A run of kanji tokens that could be a name: [start, end) in the text and one folded reading. */
export interface NameSpan {
  start: number;
  end: number;
  reading: string;
}

/**
 * Every run of kanji tokens of a Japanese text that could be a name, with its folded readings; only
 * the readings in `wanted` when given (the aligner wants the ones the English spells somewhere). A
 * run is read further only while its first token's reading could begin a wanted form: folding a
 * longer run changes at most the last letter of its first token's folded reading (とう+き → toki,
 * 本+部 → honbu). With `everyReading` (and `wanted`), runs are read as the word links read them
 * (runReadings with the wanted forms: KANJIDIC's readings too, 谷中 Yanaka), each run pruned by its
 * own beginnings.
 */
export function japaneseNameSpans(text: string, tokens: JapaneseToken[], wanted?: ReadonlySet<string>, everyReading = false): NameSpan[] {
  const out: NameSpan[] = [];
  const keep = (reading: string) => reading.length >= MIN_NAME_KEY && (!wanted || wanted.has(reading));
  const spellings = wanted && everyReading ? listOf(wanted) : undefined;
  // a dictionary word or an unknown kanji: other kinds are kana, Latin or digit runs
  const kanji = tokens.map((token) => (token.kind === 'word' || token.kind === 'kanji') && isKanjiWord(text.slice(token.start, token.end)));
  for (let t = 0; t < tokens.length; t++) {
    if (!kanji[t]) continue;
    let last = t + 1;
    while (last < Math.min(tokens.length, t + MAX_NAME_TOKENS) && kanji[last]) last++;
    const push = (b: number, readings: string[]) => {
      for (const reading of readings) if (keep(reading)) out.push({ start: tokens[t]!.start, end: tokens[b - 1]!.end, reading });
    };
    if (spellings) {
      runReadingsUpTo(text, tokens, t, last, spellings).forEach((readings, k) => push(t + k + 1, readings));
      continue;
    }
    if (wanted) {
      const first = wantedRun(wanted, text, tokens, t, t + 1);
      push(t + 1, first.kept);
      if (first.mayBegin) for (let b = t + 2; b <= last; b++) push(b, wantedRun(wanted, text, tokens, t, b).kept);
      continue;
    }
    for (let b = t + 1; b <= last; b++) push(b, runReadings(text, tokens, t, b));
  }
  return out;
}

// A set of wanted forms as the list runReadings takes, made once per set.
const listsOf = new WeakMap<ReadonlySet<string>, readonly string[]>();

function listOf(wanted: ReadonlySet<string>): readonly string[] {
  let list = listsOf.get(wanted);
  if (!list) listsOf.set(wanted, (list = [...wanted]));
  return list;
}

/** The folded readings of japaneseNameSpans, each once. */
export function japaneseNameReadings(text: string, tokens: JapaneseToken[], wanted?: ReadonlySet<string>): string[] {
  return [...new Set(japaneseNameSpans(text, tokens, wanted).map((span) => span.reading))];
}

/** The folded spellings of an English text's capitalised words and word pairs (englishNames); `words` its englishWords when the caller has them. */
export function englishNameSpellings(text: string, words: EnglishWord[] = englishWords(text)): string[] {
  const out = new Set<string>();
  for (const name of englishNames(text, words)) if (name.spelling.length >= MIN_NAME_KEY) out.add(name.spelling);
  return [...out];
}
