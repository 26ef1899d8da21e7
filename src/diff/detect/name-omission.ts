// Names the English leaves out: a name in a Japanese sentence that the translation gives elsewhere
// in the same document, while the English paragraph facing the sentence has it nowhere. What the
// document's own sentence pairs show the translation writes for a name:
// - a run of kanji read as a name (烏丸 → Karasuma, src/lexicon/readings.ts) that a sentence pair
//   pairs with that spelling, and at least half of the pairs whose Japanese has the run;
// - a kanji string and a capitalised English word that go together in the sentence pairs (法然 and
//   "Honen"), whatever the dictionary reads;
// - a Latin name the Japanese keeps (AI, SIP: a name anchor) that the English writes somewhere.
// Reported as omissions (a kind the omission detector owns), as warnings: a translation may refer to
// a name by a pronoun or a description ("the temple"), which no spelling shows (docs/commands/diff.md
// § Names the English leaves out).
import { distance } from 'fastest-levenshtein';
import { sentencePairLinks } from '../../align/links.js';
import { englishNames, englishNameSpellings, japaneseNameSpans, type NameSpan, readingsFit, runReadingsUpTo } from '../../lexicon/readings.js';
import { englishStemId, entryAt, lookupJapanese } from '../../lexicon/dictionary.js';
import { type EnglishWord, englishWords } from '../../lexicon/english.js';
import { type JapaneseToken, tokensOf } from '../../lexicon/segment.js';
import type { Alignment, Pair, Sentence, SentencePair, WordLink } from '../../model.js';
import { remembered } from '../../text/remembered.js';
import { foldRomaji } from '../../text/romaji.js';
import { isKanji } from '../../text/script.js';
import type { DetectContext, Detector, Draft } from './detector.js';
import { blockIdOfSentence, clauseSide, sentenceSide } from './locate.js';

/** What the document's translation says each name is. */
interface DocumentNames {
  /** Japanese kanji run → folded English spellings a sentence pair gives it. */
  kanji: Map<string, Set<string>>;
  /** Every folded spelling of `kanji`, for japaneseNameSpans' pruning. */
  spellings: Set<string>;
  /** Folded spelling or lower-case name word → the English as the document first writes it ("Karasuma"). */
  written: Map<string, string>;
  /** Latin name values (lower case, no spaces) the English writes somewhere. */
  latin: Set<string>;
  /** What the Japanese quotes as a whole in 「」 or 『』 (a title anchor's value): a name, though the dictionary may have it as a word. */
  quoted: Set<string>;
  /** Japanese kanji string → English names (lower case) the sentence pairs write with it (learnNameAssociations). */
  associated: Map<string, string[]>;
  /** A sentence's spans read as one of `spellings`: asked for against the paragraph and again against the sentence's own English. */
  spansOf: WeakMap<Sentence, NameSpan[]>;
}

const compact = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

/** foldRomaji of one English word (or two run together), remembered: a document repeats its words. */
const foldWord = remembered(foldRomaji);

function englishOf(sentences: Sentence[]): string {
  return sentences.map((s) => s.normalized).join(' ');
}

/** A sentence pair's English as one text and its words. Not remembered: at 32 seed copies, a cache
 *  of every pair's words held ~60 MB through a report and saved no measurable time. */
function englishSide(sp: SentencePair): { text: string; words: EnglishWord[] } {
  const text = englishOf(sp.en);
  return { text, words: englishWords(text) };
}

const namesOf = new WeakMap<Alignment, DocumentNames>();

/** The names of the document and their English, learned from its sentence pairs (once per alignment). */
function documentNames(alignment: Alignment): DocumentNames {
  let names = namesOf.get(alignment);
  if (names) return names;
  names = { kanji: new Map(), spellings: new Set(), written: new Map(), latin: new Set(), quoted: new Set(), associated: new Map(), spansOf: new WeakMap() };
  for (const block of alignment.ja.blocks) for (const anchor of block.anchors) if (anchor.type === 'title') names.quoted.add(anchor.value);
  for (const block of alignment.en.blocks) for (const anchor of block.anchors) if (anchor.type === 'name') names.latin.add(compact(anchor.value));
  const nameWords = englishNameWords(alignment);
  // each sentence pair's name words, for learnNameAssociations: its English is read once, here
  const pairsNamed: PairNames[] = [];
  for (const pair of alignment.pairs) {
    for (const sp of pair.sentences) {
      if (sp.ja.length === 0 || sp.en.length === 0) continue;
      const { text: english, words } = englishSide(sp);
      pairsNamed.push({ ja: sp.ja, en: nameWords.size > 0 ? new Set(words.map((w) => w.word).filter((w) => nameWords.has(w))) : new Set() });
      const wanted = new Set(englishNameSpellings(english, words));
      if (wanted.size === 0) continue;
      for (const ja of sp.ja) {
        for (const span of japaneseNameSpans(ja.normalized, tokensOf(ja), wanted, true)) {
          const surface = ja.normalized.slice(span.start, span.end);
          if (!names.quoted.has(surface) && isWordNotName(surface, span.reading)) continue;
          const spellings = names.kanji.get(surface) ?? new Set<string>();
          spellings.add(span.reading);
          names.kanji.set(surface, spellings);
          names.spellings.add(span.reading);
          if (!names.written.has(span.reading)) {
            const name = englishNames(english, words).find((n) => n.spelling === span.reading)!;
            names.written.set(span.reading, english.slice(words[name.span[0]]!.start, words[name.span[1] - 1]!.end));
          }
        }
      }
    }
  }
  keepConsistentNames(alignment, names);
  learnNameAssociations(nameWords, pairsNamed, names);
  namesOf.set(alignment, names);
  return names;
}

/**
 * Keeps the kanji runs that the translation writes by their reading in at least half of the sentence
 * pairs whose Japanese has them: a word the English translates (男爵 "baron") and once glosses by
 * its reading ("Danshaku") is no name the document keeps.
 */
function keepConsistentNames(alignment: Alignment, names: DocumentNames): void {
  const counts = new Map<string, { seen: number; said: number }>();
  for (const pair of alignment.pairs) {
    for (const sp of pair.sentences) {
      if (sp.ja.length === 0 || sp.en.length === 0) continue;
      const japanese = sp.ja.map((s) => s.normalized).join('\n');
      let forms: string[] | null = null;
      for (const [surface, spellings] of names.kanji) {
        if (!japanese.includes(surface)) continue;
        const count = counts.get(surface) ?? { seen: 0, said: 0 };
        count.seen++;
        forms ??= spelledForms(englishOf(sp.en));
        if (saidIn(spellings, forms)) count.said++;
        counts.set(surface, count);
      }
    }
  }
  for (const [surface, count] of counts) if (count.said < MIN_SAID_SHARE * count.seen) names.kanji.delete(surface);
}

/**
 * A dictionary word the English translates rather than spells (家格 "family status", once glossed
 * "Kakaku"; 一層, 門人): an EDICT headword whose glosses nowhere have the spelling. A name the
 * dictionary has is glossed by itself (京都 "Kyoto", 田楽 "dengaku (ritual music and dancing)"); one the
 * Japanese quotes as a whole is a name whatever the dictionary says (「富岳」, the supercomputer, not
 * Mount Fuji).
 */
function isWordNotName(japanese: string, spelling: string): boolean {
  const entry = lookupJapanese(japanese);
  return !!entry && !entry.glosses.some((gloss) => saidIn([spelling], gloss.map(foldRomaji)));
}

/** Kanji strings this long and no longer are compared with the English names (栗隈, 法然, 栗隈王). */
const MIN_KANJI_NAME = 2;
const MAX_KANJI_NAME = 6;

/**
 * The distinct kanji strings of a Japanese sentence, MIN_KANJI_NAME to MAX_KANJI_NAME characters,
 * each inside one run of kanji and starting and ending where its words do (法然 of 法+然, not 院議員
 * of 上院+議員).
 */
function kanjiStrings(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  const text = sentence.normalized;
  const tokens = tokensOf(sentence);
  const ends = new Set(tokens.map((t) => t.end));
  for (const token of tokens) {
    const start = token.start;
    if (!isKanji(text[start]!)) continue;
    for (let end = start + 1; end <= Math.min(text.length, start + MAX_KANJI_NAME) && isKanji(text[end - 1]!); end++) {
      if (end - start >= MIN_KANJI_NAME && ends.has(end)) out.add(text.slice(start, end));
    }
  }
  return out;
}

/**
 * The words the English document writes as names: capitalised wherever they stand, at least once
 * inside a sentence (a capital after a full stop says nothing), never in lower case, no function
 * word, no digit; lower case → as first written.
 */
function englishNameWords(alignment: Alignment): Map<string, string> {
  const capitalised = new Map<string, string>();
  const lowered = new Set<string>();
  for (const block of alignment.en.blocks) {
    const text = block.normalized;
    for (const word of englishWords(text)) {
      // a word the dictionary glosses with is English ("Important" of Important Cultural Property), no name
      if (word.stop || /\d/u.test(word.word) || word.word.length < MIN_NAME_WORD || englishStemId(word.stem) >= 0) continue;
      if (!/[A-Z]/u.test(text[word.start]!)) lowered.add(word.word);
      else if (/[\p{L},;:(-]\s*$/u.test(text.slice(Math.max(0, word.start - 3), word.start))) {
        if (!capitalised.has(word.word)) capitalised.set(word.word, text.slice(word.start, word.end));
      }
    }
  }
  for (const word of lowered) capitalised.delete(word);
  return capitalised;
}

/** Shorter capitalised words are as often abbreviations or syllables of a longer name. */
const MIN_NAME_WORD = 3;

/** A sentence pair's Japanese and the name words (englishNameWords) of its English. */
interface PairNames {
  ja: Sentence[];
  en: Set<string>;
}

/**
 * Names learned from the document's sentence pairs: a kanji string (kanjiStrings) and an English
 * name word found together in at least MIN_TOGETHER pairs, and each in at least MIN_ASSOCIATED of
 * the pairs that have the other (法然 and "Honen" in all six pairs of either), unless the string is
 * a dictionary word (isWordNotName: a word the English translates, whatever name stands beside it).
 * Unlike the readings, this needs no dictionary reading (然 is read "shika" and "sa" there, never
 * "nen").
 */
function learnNameAssociations(nameWords: Map<string, string>, pairsNamed: PairNames[], names: DocumentNames): void {
  if (nameWords.size === 0) return;
  // a sentence's strings are asked for again when one of them goes with a name
  const stringsOf = new Map<Sentence, Set<string>>();
  const kanjiStringsOf = (sentence: Sentence) => {
    let strings = stringsOf.get(sentence);
    if (!strings) stringsOf.set(sentence, (strings = kanjiStrings(sentence)));
    return strings;
  };
  const enCount = new Map<string, number>();
  for (const { en } of pairsNamed) for (const e of en) enCount.set(e, (enCount.get(e) ?? 0) + 1);
  // only a name in two sentence pairs or more can go with a string: a pair with none has no strings to count
  const together = new Map<string, number>();
  for (const { ja, en } of pairsNamed) {
    const recurring = [...en].filter((e) => enCount.get(e)! >= MIN_TOGETHER);
    if (recurring.length === 0) continue;
    for (const j of new Set(ja.flatMap((s) => [...kanjiStringsOf(s)]))) {
      for (const e of recurring) {
        const key = `${j}\t${e}`;
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  // how many sentence pairs have each string that goes with a name twice: only those are counted
  // (most sentence pairs of a long document have no name word in their English)
  const jaCount = new Map<string, number>();
  for (const [key, n] of together) if (n >= MIN_TOGETHER) jaCount.set(key.slice(0, key.indexOf('\t')), 0);
  // by first code unit, read without making a string of each character
  const byFirst = new Map<number, string[]>();
  for (const j of jaCount.keys()) byFirst.set(j.charCodeAt(0), [...(byFirst.get(j.charCodeAt(0)) ?? []), j]);
  for (const { ja: sentences } of pairsNamed) {
    const here = new Set<string>();
    for (const sentence of sentences) {
      const text = sentence.normalized;
      for (let at = 0; at < text.length; at++) for (const j of byFirst.get(text.charCodeAt(at)) ?? []) if (text.startsWith(j, at)) here.add(j);
    }
    if (here.size === 0) continue;
    const strings = new Set(sentences.flatMap((s) => [...kanjiStringsOf(s)]));
    for (const j of here) if (strings.has(j)) jaCount.set(j, jaCount.get(j)! + 1);
  }
  for (const [key, n] of [...together].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [j, e] = key.split('\t') as [string, string];
    if (n < MIN_TOGETHER || n < MIN_ASSOCIATED * jaCount.get(j)! || n < MIN_ASSOCIATED * enCount.get(e)!) continue;
    if (!names.quoted.has(j) && isWordNotName(j, foldRomaji(e))) continue;
    names.associated.set(j, [...(names.associated.get(j) ?? []), e]);
    if (!names.written.has(e)) names.written.set(e, nameWords.get(e)!);
  }
}

/** Sentence pairs a kanji string and an English name share before they are taken as one name. */
const MIN_TOGETHER = 2;
/** Share of either's sentence pairs that have both. */
const MIN_ASSOCIATED = 0.6;

/** Share of a name's sentence pairs whose English must spell it for the document to keep the name. */
const MIN_SAID_SHARE = 0.5;

/**
 * Whether one of a name's spellings is among the folded forms of an English text: equal, as
 * readingsFit fits, inside a longer word, or but for a letter in five of six or more (KITASATO,
 * KITAZATO; Nakamikado, Nakanomikado).
 */
function saidIn(spellings: Iterable<string>, forms: string[]): boolean {
  for (const spelling of spellings) {
    for (const form of forms) {
      if (spelling === form || readingsFit(spelling, form)) return true;
      // inside a compound the English writes as one word (yugyoshonin for 遊行上人)
      if (spelling.length >= MIN_INSIDE_COMPOUND && form.includes(spelling)) return true;
      const shorter = Math.min(spelling.length, form.length);
      const allowed = shorter < MIN_VARIANT_LENGTH ? 0 : Math.floor(shorter / LETTERS_PER_VARIANT);
      if (allowed > 0 && Math.abs(spelling.length - form.length) <= allowed && distance(spelling, form) <= allowed) return true;
    }
  }
  return false;
}

/** A spelling this long is found inside a longer word. */
const MIN_INSIDE_COMPOUND = 5;

/** One letter in this many may differ between two spellings of one name, six letters or longer (Raigo and Saigo are two names). */
const LETTERS_PER_VARIANT = 5;
const MIN_VARIANT_LENGTH = 6;

/** The folded forms under which an English text may spell a name: each word, each two words together, and its capitalised names. */
function spelledForms(english: string, words: EnglishWord[] = englishWords(english)): string[] {
  const forms = new Set(englishNameSpellings(english, words));
  words.forEach((word, i) => {
    forms.add(foldWord(word.word));
    if (i + 1 < words.length) forms.add(foldWord(word.word + words[i + 1]!.word));
  });
  return [...forms];
}

/** Characters between a name and the value after it (天皇 of 天智天皇7年, 元年 of 平治元年12月). */
const MAX_GAP_TO_VALUE = 3;

/** An era or reign year after a name, which no anchor reads without its Western year (天皇7年, 元年, 十年). */
const YEAR_AFTER = /^\p{sc=Han}{0,2}?(?:\d+|元|[〇一二三四五六七八九十]+)年/u;

/** A single kanji read as a name is as often part of a longer one (東 of 東寺 "To-ji", 淀 of 淀屋橋). */
const MIN_NAME_LENGTH = 2;

/** An English paragraph as the check reads it, each form computed once when first asked for. */
class EnglishView {
  private spelled: string[] | null = null;
  private stemSet: Set<string> | null = null;
  private squeezed: string | null = null;
  constructor(readonly text: string) {}
  /** spelledForms of the text. */
  get forms(): string[] {
    return (this.spelled ??= spelledForms(this.text));
  }
  get stems(): Set<string> {
    return (this.stemSet ??= new Set(englishWords(this.text).map((word) => word.stem)));
  }
  /** Lower case, no white space: where a Latin name is looked for. */
  get compact(): string {
    return (this.squeezed ??= compact(this.text));
  }
}

interface MissingName {
  /** [start, end) in the sentence's normalised text. */
  span: [number, number];
  /** How the translation writes it elsewhere. */
  english: string;
  /** Its folded spellings (none for a Latin name). */
  spellings: string[];
}

/** The names of one Japanese sentence that the document translates and `english` (the paragraph facing it, or the sentence's own English) does not have. */
function missingNames(names: DocumentNames, sentence: Sentence, english: EnglishView): MissingName[] {
  const text = sentence.normalized;
  const found: MissingName[] = [];
  const said = (spellings: Iterable<string>) => saidIn(spellings, english.forms);
  // the English may translate the name as the dictionary does (日本 "Japan", not "Nihon")
  const inEnglish = (glosses: string[][]) => {
    const stems = english.stems;
    // a gloss's last word is its head: "inn" says 旅館 (ryokan; Japanese-style inn)
    return glosses.some((gloss) => gloss.length > 0 && (gloss.every((stem) => stems.has(stem)) || stems.has(gloss[gloss.length - 1]!)));
  };
  const glossed = (surface: string) => inEnglish(lookupJapanese(surface)?.glosses ?? []);
  // or a dictionary word the name is part of (貴族院 "House of Peers" for 貴族院議員, learned as 院議員 ~ "Kizokuin")
  const tokens = tokensOf(sentence);
  const glossedAround = (name: MissingName) =>
    tokens.some((t) => t.entry >= 0 && t.start < name.span[1] && name.span[0] < t.end && inEnglish(entryAt(t.entry).glosses));
  // a name in or just before a value (貞観10年, 天智天皇7年, 平治元年12月13日) is the value checks'
  // case: the English may give the date in the Western calendar, without the era or the reign
  const byValue = (start: number, end: number) =>
    YEAR_AFTER.test(text.slice(end, end + MAX_GAP_TO_VALUE + 4)) ||
    sentence.anchors.some((a) => (a.type === 'number' || a.type === 'date') && a.start < end + MAX_GAP_TO_VALUE && start < a.end);
  if (names.spellings.size > 0) {
    let spans = names.spansOf.get(sentence);
    if (!spans) names.spansOf.set(sentence, (spans = japaneseNameSpans(text, tokens, names.spellings, true)));
    // a name is said when it or any name overlapping it is (清水 "Kiyomizu" for 清水寺 "Kiyomizu-dera")
    const saidSpans = spans.filter((span) => said([span.reading, ...(names.kanji.get(text.slice(span.start, span.end)) ?? [])]));
    for (const span of spans) {
      const spellings = names.kanji.get(text.slice(span.start, span.end));
      const surface = text.slice(span.start, span.end);
      if (!spellings || surface.length < MIN_NAME_LENGTH || byValue(span.start, span.end) || glossed(surface)) continue;
      if (saidSpans.some((s) => s.start < span.end && span.start < s.end)) continue;
      found.push({ span: [span.start, span.end], english: names.written.get([...spellings][0]!)!, spellings: [...spellings] });
    }
  }
  if (names.associated.size > 0) {
    for (const j of kanjiStrings(sentence)) {
      const associated = names.associated.get(j);
      if (!associated || said(associated.map(foldWord)) || glossed(j)) continue;
      for (let at = text.indexOf(j); at >= 0; at = text.indexOf(j, at + 1)) {
        if (!byValue(at, at + j.length)) {
          found.push({ span: [at, at + j.length], english: names.written.get(associated[0]!) ?? associated[0]!, spellings: associated.map(foldWord) });
        }
      }
    }
  }
  for (const anchor of sentence.anchors) {
    if (anchor.type !== 'name') continue;
    const value = compact(anchor.value);
    if (names.latin.has(value) && !english.compact.includes(value)) found.push({ span: [anchor.start, anchor.end], english: anchor.value, spellings: [] });
  }
  // the English may keep the name in the Japanese characters ("Her posthumous Buddhist name was浄観院殿慈門妙信大姉")
  const inJapanese = (name: MissingName) => english.text.includes(text.slice(name.span[0], name.span[1]));
  const kept = found.filter((name) => !glossedAround(name) && !inJapanese(name) && !spelledInCompound(text, tokens, name, english.forms));
  return longestOfOverlapping(kept);
}

/** Tokens of a kanji run read as one English word that has a name inside it (羽林郎将 "Urinrosho": 羽|林|郎|将). */
const MAX_COMPOUND_TOKENS = 6;

/**
 * Whether the English writes the name inside one word that spells the whole kanji compound the
 * name stands in: 羽林 "Urin" is in "Urinrosho" when 羽林郎将 reads urinrosho. A name found inside
 * any longer word would be found in words it merely begins (Kano, Kanon); the compound's own
 * reading says the word is this compound.
 */
function spelledInCompound(text: string, tokens: JapaneseToken[], name: MissingName, forms: string[]): boolean {
  const longer = forms.filter((form) => name.spellings.some((spelling) => form.length > spelling.length && form.includes(spelling)));
  if (longer.length === 0) return false;
  const [start, end] = kanjiRunAround(text, name.span[0], name.span[1]);
  const fits = (readings: string[]) => readings.some((reading) => longer.some((form) => readingsFit(reading, form)));
  for (let a = 0; a < tokens.length; a++) {
    if (tokens[a]!.start < start || tokens[a]!.start > name.span[0]) continue;
    let last = a;
    while (last < Math.min(tokens.length, a + MAX_COMPOUND_TOKENS) && tokens[last]!.end <= end) last++;
    if (last === a) continue;
    // runs [a, b) that hold the whole name
    if (runReadingsUpTo(text, tokens, a, last, longer).some((readings, k) => tokens[a + k]!.end >= name.span[1] && fits(readings))) return true;
  }
  return false;
}

/** [start, end) of the run of kanji that [from, to) of a text stands in (東京慈恵会医科大学 for 慈恵). */
function kanjiRunAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start > 0 && isKanji(text[start - 1]!)) start--;
  while (end < text.length && isKanji(text[end]!)) end++;
  return [start, end];
}

/** Of names that overlap, the longest (the first of equals): one name, one finding. */
function longestOfOverlapping(found: MissingName[]): MissingName[] {
  const sorted = [...found].sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  const kept: MissingName[] = [];
  for (const name of sorted) if (!kept.some((k) => k.span[0] < name.span[1] && name.span[0] < k.span[1])) kept.push(name);
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * Whether the English says the name at [from, to) of the sentence pair's `index`th Japanese sentence
 * in words of its own: a word link covers part of it (not an association: with the name gone, the
 * document's associations pair its characters with whatever word is left, 法 "remarked"), or a name
 * link (a reading) another part of the kanji run it stands in, so the English names the compound
 * its own way (東京慈恵会医科大学 "the Jikei University School of Medicine"); a dictionary link there
 * (山 "Mt." of 吉野山) is no name.
 */
function linked(alignment: Alignment, sp: SentencePair, index: number, text: string, from: number, to: number): boolean {
  const [start, end] = kanjiRunAround(text, from, to);
  let offset = 0;
  for (let i = 0; i < index; i++) offset += sp.ja[i]!.normalized.length + 1; // sideText joins by '\n'
  const links = sentencePairLinks(alignment, sp)?.links ?? [];
  const touches = (link: WordLink, a: number, b: number) => link.ja[0] < offset + b && offset + a < link.ja[1];
  return links.some((link) => (link.source !== 'association' && touches(link, from, to)) || (link.source === 'reading' && touches(link, start, end)));
}

/** A translation refers to a name the Japanese repeats by a pronoun ("It shows his distinctiveness" for この点が、…親鸞の独自性である). */
const PRONOUN = /\b(?:he|him|his|she|her|hers|it|its|they|them|their)\b/iu;

/**
 * Whether a name the sentence has before `end` is its topic, subject or a possessor (the kanji run
 * it ends, then は, が, も or の): where an English pronoun usually stands for it. A name the
 * sentence has as an object or place (…を, …に, …と) a pronoun rarely replaces.
 */
function mayStandForPronoun(japanese: string, end: number): boolean {
  let at = end;
  while (at < japanese.length && isKanji(japanese[at]!)) at++;
  return /^[はがもの]/u.test(japanese.slice(at));
}

function detectInPair(context: DetectContext, names: DocumentNames, pair: Pair): Draft[] {
  if (pair.ja.length === 0 || pair.en.length === 0 || pair.ja.some((b) => b.kind === 'toc' || b.kind === 'title')) return [];
  // a name the English paragraph has anywhere is not left out (a translation moves words between
  // sentences), unless each sentence that has it translates a Japanese sentence with it too (missingHere)
  const paragraph = new EnglishView(pair.en.map((b) => b.normalized).join('\n'));
  const translated = pair.sentences.filter((sp) => sp.ja.length > 0 && sp.en.length > 0);
  const views = new Map(translated.map((sp) => [sp, new EnglishView(englishOf(sp.en))]));
  const drafts: Draft[] = [];
  for (const sp of translated) {
    let pronoun: boolean | null = null;
    sp.ja.forEach((ja, index) => {
      const block = pair.ja.find((b) => b.id === blockIdOfSentence(ja));
      if (!block) return;
      const missing = missingNames(names, ja, paragraph);
      if (translated.length > 1) missing.push(...missingHere(names, ja, sp, views, missing));
      for (const name of missing) {
        if ((pronoun ??= PRONOUN.test(englishOf(sp.en))) && mayStandForPronoun(ja.normalized, name.span[1])) continue;
        if (linked(context.alignment, sp, index, ja.normalized, name.span[0], name.span[1])) continue;
        const side = clauseSide(block, ja, name.span[0], name.span[1]);
        drafts.push({
          kind: 'omission',
          severity: 'warning',
          ja: side,
          en: sentenceSide(sp.en),
          message: `The English leaves out the name ${side.text}, which it gives elsewhere${sameLetters(side.text, name.english) ? '' : ` as ${name.english}`}`,
          pair: pair.id,
        });
      }
    });
  }
  return drafts;
}

/** The kanji that a text has right before `at`, back to the start of their run (奥 of 奥千本 for 千本). */
function kanjiBefore(text: string, at: number): string {
  return text.slice(kanjiRunAround(text, at, at)[0], at);
}

/**
 * Whether a text has `surface` as a name where a sentence has it after the kanji `before`: one kanji
 * before a name makes another name with it (後伏見 is not 伏見, 奥千本 not 上千本), so the text must
 * have it after that kanji too; a longer run before it is a title or another name (参議姉小路,
 * 西園寺実兼), and any place of the name does.
 */
function hasNameAfter(text: string, surface: string, before: string): boolean {
  if (before.length !== 1) return text.includes(surface);
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) if (kanjiBefore(text, at) === before) return true;
  return false;
}

/**
 * Names of a Japanese sentence that its sentence pair's English leaves out while another sentence of
 * the paragraph has them (beyond `missing`, the ones the paragraph lacks): each English sentence
 * that spells the name (or keeps its kanji) translates a Japanese sentence that has it too, as the
 * same name (hasNameAfter), so none of them is this sentence's name moved there (家慶 in two
 * Japanese sentences, "Ieyoshi" in one of their English). A name the paragraph has elsewhere only by
 * a gloss, or in an English sentence whose Japanese lacks it, is taken as moved.
 */
function missingHere(names: DocumentNames, ja: Sentence, sp: SentencePair, views: Map<SentencePair, EnglishView>, missing: MissingName[]): MissingName[] {
  const out: MissingName[] = [];
  for (const name of missingNames(names, ja, views.get(sp)!)) {
    if (name.spellings.length === 0 || missing.some((m) => m.span[0] < name.span[1] && name.span[0] < m.span[1])) continue;
    const surface = ja.normalized.slice(name.span[0], name.span[1]);
    const before = kanjiBefore(ja.normalized, name.span[0]);
    let saidElsewhere = false;
    let moved = false;
    for (const [other, view] of views) {
      if (other === sp || !(view.text.includes(surface) || saidIn(name.spellings, view.forms))) continue;
      saidElsewhere = true;
      if (!other.ja.some((s) => hasNameAfter(s.normalized, surface, before))) moved = true;
    }
    if (saidElsewhere && !moved) out.push(name);
  }
  return out;
}

export const nameOmissionDetector: Detector = {
  kinds: [],
  refines: true,
  detect: (context) => {
    const names = documentNames(context.alignment);
    return context.alignment.pairs.flatMap((pair) => detectInPair(context, names, pair));
  },
};

/** A Latin name the Japanese writes as the English does (AI, ＡＩ): "gives elsewhere as AI" would say it twice. */
const sameLetters = (japanese: string, english: string) => japanese.normalize('NFKC').toLowerCase() === english.normalize('NFKC').toLowerCase();
