// Japanese words without a morphological analyser: a lattice over the normalised text whose edges
// are dictionary words (EDICT and the supplement), lightly deinflected verbs and adjectives
// (推進し → 推進す?, 進め → 進める, 高く → 高い), and script runs (a katakana, Latin or digit run
// whole; a kanji or hiragana alone). The cheapest path wins: a dictionary word costs as much as one
// unknown character, so known words beat spelling out characters, and longer known words beat
// shorter ones. No model to load beyond the dictionary buffer (kuromoji's takes ~0.9 s).
import { isHiragana, isKanji, isKanjiOrKatakanaCode, isKatakana, isLatinLetter } from '../text/script.js';
import { dictionary } from './dictionary.js';
import { SUPPLEMENT } from './supplement.js';

export type TokenKind = 'word' | 'kanji' | 'hiragana' | 'katakana' | 'latin' | 'digit' | 'other';

export interface JapaneseToken {
  start: number; // offsets in the text
  end: number;
  /** 'word': found in a dictionary (lemma set); otherwise the script of an unknown run or character. */
  kind: TokenKind;
  /** The dictionary form looked up: the surface, or the deinflected form (進め → 進める). */
  lemma: string | null;
  /** Index in the EDICT JA table (src/lexicon/dictionary.ts entryAt), or -1. */
  entry: number;
  /** Index in SUPPLEMENT, or -1. */
  supplement: number;
}

const KIND_CODES: TokenKind[] = ['word', 'kanji', 'hiragana', 'katakana', 'latin', 'digit', 'other'];
const KANJI = 1;
const HIRAGANA = 2;
const KATAKANA = 3;
const LATIN = 4;
const DIGIT = 5;
const OTHER = 6;

// The script of each code unit as src/text/script.ts defines it, remembered in a table: the
// segmenter asks for every character of a document.
const scriptCodes = new Uint8Array(0x10000);

/** The script of a code unit, as an index of KIND_CODES. */
function scriptCode(code: number): number {
  let kind = scriptCodes[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    // ー lengthens katakana words (src/text/script.ts counts it in KATAKANA_LETTERS)
    if (isKanji(char)) kind = KANJI;
    else if (isHiragana(char)) kind = HIRAGANA;
    else if (isKatakana(char) || char === 'ー') kind = KATAKANA;
    else if (isLatinLetter(char)) kind = LATIN;
    else if (code >= 48 && code <= 57) kind = DIGIT;
    else kind = OTHER;
    scriptCodes[code] = kind;
  }
  return kind;
}

// Inflected kana after a stem → the dictionary endings it may come from. The empty ending covers
// ichidan stems and adjective stems (進め → 進める, 高 → 高い).
const DEINFLECTIONS: Array<[string, string[]]> = [
  ['かっ', ['い']],
  ['き', ['く']], ['ぎ', ['ぐ']], ['し', ['す']], ['ち', ['つ']], ['に', ['ぬ']], ['び', ['ぶ']], ['み', ['む']], ['り', ['る']],
  ['い', ['う', 'く', 'ぐ']],
  ['か', ['く']], ['が', ['ぐ']], ['さ', ['す', 'い']], ['た', ['つ']], ['な', ['ぬ']], ['ば', ['ぶ']], ['ま', ['む']], ['ら', ['る']], ['わ', ['う']],
  ['え', ['う']], ['け', ['く', 'い']], ['げ', ['ぐ']], ['せ', ['す']], ['て', ['つ']], ['ね', ['ぬ']], ['べ', ['ぶ']], ['め', ['む']], ['れ', ['る']],
  ['っ', ['う', 'つ', 'る']], ['ん', ['む', 'ぶ', 'ぬ']], ['く', ['い']],
  ['', ['る', 'い']],
];

const WORD_COST = 10;
const DEINFLECTED_COST = 11;
const RARE_HIRAGANA_WORD_COST = 15;
const UNKNOWN_CHAR_COST: Record<TokenKind, number> = { kanji: 10, hiragana: 6, katakana: 10, latin: 10, digit: 10, other: 1, word: 10 };

const DEINFLECTIONS_BY_FIRST = new Map<number, Array<[string, string[]]>>();
for (const rule of DEINFLECTIONS) {
  if (!rule[0]) continue;
  const code = rule[0].charCodeAt(0);
  DEINFLECTIONS_BY_FIRST.set(code, [...(DEINFLECTIONS_BY_FIRST.get(code) ?? []), rule]);
}
// An e-row stem is more often an ichidan verb (進め → 進める) than a potential or conditional form
// (→ 進む): the e-row readings cost a little more.
const E_ROW = new Set(['え', 'け', 'げ', 'せ', 'て', 'ね', 'べ', 'め', 'れ']);
const STEM_RULE = DEINFLECTIONS.find(([inflected]) => inflected === '')!;

interface SupplementSpelling {
  key: string; // NFKC
  term: number; // index in SUPPLEMENT
  /** In the EDICT table, or -1; looked up when the spelling is first met in a text (undefined before). */
  entry?: number;
}

/** Supplement spellings by their first character, longest first. */
let supplementByFirst: Map<number, SupplementSpelling[]> | null = null;

function supplementSpellings(): Map<number, SupplementSpelling[]> {
  if (!supplementByFirst) {
    const map = new Map<number, SupplementSpelling[]>();
    SUPPLEMENT.forEach((term, index) => {
      for (const spelling of term.ja) {
        const key = spelling.normalize('NFKC');
        const list = map.get(key.charCodeAt(0)) ?? [];
        if (!list.some((s) => s.key === key)) list.push({ key, term: index });
        map.set(key.charCodeAt(0), list);
      }
    });
    for (const list of map.values()) list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
    supplementByFirst = map;
  }
  return supplementByFirst;
}

/** The table range of keys starting with one code unit, remembered: every position starts there. */
const firstRanges = new Map<number, [number, number]>();

function firstRange(code: number): [number, number] {
  let range = firstRanges.get(code);
  if (!range) {
    range = dictionary().ja.narrow(0, dictionary().ja.count, 0, code);
    firstRanges.set(code, range);
  }
  return range;
}

// The table range of keys starting with two code units, remembered likewise: the second narrowing
// searches the widest range of a position's (all words with its first character), and a document's
// positions repeat a few thousand character pairs. A slot number per pair, the range in two lists.
const secondSlots = new Map<number, number>();
const secondLo: number[] = [];
const secondHi: number[] = [];
const MAX_SECOND_RANGES = 100_000;

/** The slot of the range narrowed from firstRange(first) by `second` at depth 1. */
function secondSlot(first: number, second: number, lo: number, hi: number): number {
  const key = first * 65536 + second;
  let slot = secondSlots.get(key);
  if (slot === undefined) {
    if (secondSlots.size >= MAX_SECOND_RANGES) {
      secondSlots.clear();
      secondLo.length = secondHi.length = 0;
    }
    const { ja } = dictionary();
    const narrowed = ja.narrowLow(lo, hi, 1, second);
    slot = secondLo.length;
    secondLo.push(narrowed);
    secondHi.push(ja.narrowHigh(narrowed, hi, 1, second));
    secondSlots.set(key, slot);
  }
  return slot;
}

/**
 * The cheapest path so far to each offset, in typed arrays: the lattice allocates nothing per edge,
 * and one lattice serves every text (grown to the longest), since a document segments each of its
 * thousands of sentences once.
 */
class Lattice {
  cost = new Float64Array(0);
  start = new Int32Array(0);
  kind = new Uint8Array(0);
  entry = new Int32Array(0);
  supplement = new Int32Array(0);
  /** For a deinflected word: the dictionary ending (one code unit) that replaces the surface's inflected kana. */
  ending = new Int32Array(0);
  stemEnd = new Int32Array(0);

  /** Ready for a text of n units: no path yet but the empty one (an offset's other fields are written with its cost). */
  reset(n: number): void {
    if (this.cost.length < n + 1) {
      const size = Math.max(n + 1, 2 * this.cost.length);
      this.cost = new Float64Array(size);
      this.start = new Int32Array(size);
      this.kind = new Uint8Array(size);
      this.entry = new Int32Array(size);
      this.supplement = new Int32Array(size);
      this.ending = new Int32Array(size);
      this.stemEnd = new Int32Array(size);
    }
    this.cost.fill(Infinity, 1, n + 1);
    this.cost[0] = 0;
  }

  relax(start: number, end: number, cost: number, kind: number, entry: number, supplement: number, stemEnd = -1, ending = -1): void {
    const total = this.cost[start]! + cost;
    if (total < this.cost[end]!) {
      this.cost[end] = total;
      this.start[end] = start;
      this.kind[end] = kind;
      this.entry[end] = entry;
      this.supplement[end] = supplement;
      this.stemEnd[end] = stemEnd;
      this.ending[end] = ending;
    }
  }
}

const lattice = new Lattice();
// per code unit of the text being segmented, grown like the lattice: its script, and where the run
// of Japanese script (or of one other script) starting there ends
let kinds = new Uint8Array(0);
let runEnd = new Int32Array(0);
let scriptRunEnd = new Int32Array(0);

const isJapaneseScript = (code: number): boolean => code === KANJI || code === HIRAGANA || code === KATAKANA;

const WORD = 0;

/** Kanji, katakana, Latin letters and digits carry content; hiragana and punctuation do not. */
export function isContentChar(char: string): boolean {
  return isKanji(char) || isKatakana(char) || isLatinLetter(char) || (char >= '0' && char <= '9');
}

/** isContentChar(text[at]), read as a code unit: a one-character string of a kanji is a new string each time. */
export function isContentCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isKanjiOrKatakanaCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 48 && code <= 57);
}

/** A token carries content when it holds anything but hiragana and punctuation. */
export function isContentToken(text: string, token: JapaneseToken): boolean {
  for (let i = token.start; i < token.end; i++) if (isContentCharAt(text, i)) return true;
  return false;
}

// A text is segmented once however many times align, links and detectors ask (a sentence is
// compared with several candidates, then linked, then checked). A long document has half a million
// tokens: they are remembered packed, four numbers each (as token objects they were most of the
// memory a long run held), and rebuilt as objects on each call.
const segmented = new WeakMap<object, Int32Array>();

/** segmentJapanese of a unit's normalised text, remembered per unit object (a Sentence, a Block). */
export function tokensOf(unit: { normalized: string }): JapaneseToken[] {
  let packed = segmented.get(unit);
  if (!packed) segmented.set(unit, (packed = segmentPacked(unit.normalized)));
  return unpackTokens(unit.normalized, packed);
}

// A packed token: its end (it starts where the previous one ends), its EDICT entry, its supplement
// term and kind as (supplement + 1) * 8 + kind, and its lemma as NULL_LEMMA, SURFACE_LEMMA or, for a
// deinflected word, stem length * 65536 + the dictionary ending's one code unit.
const PACKED_FIELDS = 4;
const NULL_LEMMA = -1;
const SURFACE_LEMMA = -2;
for (const [, endings] of DEINFLECTIONS) {
  if (endings.some((ending) => ending.length !== 1)) throw new Error('a packed token keeps a dictionary ending of one code unit');
}

function unpackTokens(text: string, packed: Int32Array): JapaneseToken[] {
  const tokens: JapaneseToken[] = new Array(packed.length / PACKED_FIELDS);
  let start = 0;
  for (let t = 0, p = 0; p < packed.length; t++, p += PACKED_FIELDS) {
    const end = packed[p]!;
    const kindAndSupplement = packed[p + 2]!;
    const lemmaCode = packed[p + 3]!;
    const lemma =
      lemmaCode === NULL_LEMMA ? null : lemmaCode === SURFACE_LEMMA ? text.slice(start, end) : text.slice(start, start + (lemmaCode >> 16)) + String.fromCharCode(lemmaCode & 0xffff);
    tokens[t] = { start, end, kind: KIND_CODES[kindAndSupplement & 7]!, lemma, entry: packed[p + 1]!, supplement: (kindAndSupplement >> 3) - 1 };
    start = end;
  }
  return tokens;
}

/** The words of a normalised (NFKC) Japanese text, in order, covering it without gaps. */
export function segmentJapanese(text: string): JapaneseToken[] {
  return unpackTokens(text, segmentPacked(text));
}

function segmentPacked(text: string): Int32Array {
  const n = text.length;
  if (n === 0) return new Int32Array(0);
  const { ja } = dictionary();
  const supplement = supplementSpellings();
  if (kinds.length < n + 1) {
    const size = Math.max(n + 1, 2 * kinds.length);
    kinds = new Uint8Array(size);
    runEnd = new Int32Array(size);
    scriptRunEnd = new Int32Array(size);
  }
  for (let i = 0; i < n; i++) kinds[i] = scriptCode(text.charCodeAt(i));
  kinds[n] = WORD; // no script: the deinflection check reads one past a run that ends the text
  for (let i = n - 1; i >= 0; i--) {
    runEnd[i] = i + 1 < n && isJapaneseScript(kinds[i]!) && isJapaneseScript(kinds[i + 1]!) ? runEnd[i + 1]! : i + 1;
    scriptRunEnd[i] = i + 1 < n && kinds[i + 1] === kinds[i] ? scriptRunEnd[i + 1]! : i + 1;
  }

  lattice.reset(n);
  for (let i = 0; i < n; i++) {
    if (lattice.cost[i] === Infinity) continue;
    const kind = kinds[i]!;
    if (isJapaneseScript(kind)) {
      const limit = runEnd[i]!;
      // EDICT words starting here, with deinflected forms of each stem the table continues
      const range = firstRange(text.charCodeAt(i));
      let lo = range[0];
      let hi = range[1];
      for (let at = i + 1; lo < hi; at++) {
        if (ja.keyLength(lo) === at - i) {
          // hiragana words: common ones (する, こと, として) as any word, rare ones (とが) dearer
          // than spelling their kana out
          const hiraganaOnly = kind === HIRAGANA && scriptRunEnd[i]! >= at;
          const cost = hiraganaOnly && ja.valueFlags(lo) !== 1 ? RARE_HIRAGANA_WORD_COST : WORD_COST;
          lattice.relax(i, at, cost, WORD, lo, -1);
        }
        if (kind === KANJI && (kinds[at] === HIRAGANA || kinds[at - 1] === HIRAGANA)) deinflect(text, i, at, lo, hi);
        if (at >= limit || at - i >= ja.maxKeyLength) break;
        const unit = text.charCodeAt(at);
        if (at === i + 1) {
          const slot = secondSlot(text.charCodeAt(i), unit, lo, hi);
          lo = secondLo[slot]!;
          hi = secondHi[slot]!;
        } else {
          lo = ja.narrowLow(lo, hi, at - i, unit);
          hi = ja.narrowHigh(lo, hi, at - i, unit);
        }
      }
      // supplement words (社会実装, 科学技術・イノベーション: a run may continue past ・)
      const spellings = supplement.get(text.charCodeAt(i));
      if (spellings) {
        for (const spelling of spellings) {
          if (text.startsWith(spelling.key, i)) lattice.relax(i, i + spelling.key.length, WORD_COST - 1, WORD, (spelling.entry ??= ja.find(spelling.key)), spelling.term);
        }
      }
    }
    // script fallbacks: a katakana, Latin or digit run whole, any other character alone
    const whole = kind === KATAKANA || kind === LATIN || kind === DIGIT;
    lattice.relax(i, whole ? scriptRunEnd[i]! : i + 1, UNKNOWN_CHAR_COST[KIND_CODES[kind]!], kind, -1, -1);
  }

  let count = 0;
  for (let end = n; end > 0; end = lattice.start[end]!) count++;
  const packed = new Int32Array(count * PACKED_FIELDS);
  for (let end = n, p = packed.length - PACKED_FIELDS; end > 0; p -= PACKED_FIELDS) {
    const start = lattice.start[end]!;
    const kind = lattice.kind[end]!;
    const stemEnd = lattice.stemEnd[end]!;
    packed[p] = end;
    packed[p + 1] = lattice.entry[end]!;
    packed[p + 2] = (lattice.supplement[end]! + 1) * 8 + kind;
    packed[p + 3] = kind !== WORD ? NULL_LEMMA : stemEnd >= 0 ? (stemEnd - start) * 65536 + lattice.ending[end]! : SURFACE_LEMMA;
    end = start;
  }
  return packed;
}

/**
 * The stem text[start, at) is a prefix of the table's keys in [lo, hi): try each inflected ending
 * found at `at`, replaced by its dictionary endings.
 */
function deinflect(text: string, start: number, at: number, lo: number, hi: number): void {
  const { ja } = dictionary();
  const depth = at - start;
  const rules = DEINFLECTIONS_BY_FIRST.get(text.charCodeAt(at));
  const stemOnly = scriptCode(text.charCodeAt(at - 1)) === HIRAGANA; // a kanji stem alone is its own word
  const first = stemOnly ? -1 : 0;
  for (let r = first; r < (rules?.length ?? 0); r++) {
    const [inflected, endings] = r < 0 ? STEM_RULE : rules![r]!;
    if (inflected && !text.startsWith(inflected, at)) continue;
    for (const ending of endings) {
      let a = lo;
      let b = hi;
      for (let k = 0; k < ending.length && a < b; k++) {
        const unit = ending.charCodeAt(k);
        a = ja.narrowLow(a, b, depth + k, unit);
        b = ja.narrowHigh(a, b, depth + k, unit);
      }
      if (a < b && ja.keyLength(a) === depth + ending.length) {
        const cost = E_ROW.has(inflected) ? DEINFLECTED_COST + 1 : DEINFLECTED_COST;
        lattice.relax(start, at + inflected.length, cost, WORD, a, -1, at, ending.charCodeAt(0));
      }
    }
  }
}
