// Dictionary composition as evidence: a Japanese compound whose words' dictionary glosses give the
// words of an English phrase in the same aligned pair is that phrase's translation — 宇宙戦略基金 =
// "Space Strategy Fund" (宇宙 space, 戦略 strategy, 基金 fund), 国際卓越研究大学 = "Universities for
// International Research Excellence", whatever the word order. Katakana parts count by loanword
// similarity, Latin parts by spelling.
import type { Token } from '../anchors/tokenizer.js';
import { entryAt } from '../lexicon/dictionary.js';
import { englishWords, type EnglishWord } from '../lexicon/english.js';
import { segmentJapanese } from '../lexicon/segment.js';
import { SUPPLEMENT } from '../lexicon/supplement.js';
import { isKatakanaWord } from '../text/script.js';
import { loanwordSimilarity } from '../text/loanword.js';
import { compoundRuns } from './phrases.js';
import type { AlignedText } from './sentence-pairs.js';
import type { Evidence } from './types.js';

/** A part of a Japanese compound and the English it may stand for. */
interface Part {
  surface: string;
  /** Stems of the part's glosses (EDICT, the supplement). */
  stems: Set<string>;
  /** Lower-case word prefixes of its supplement renderings ("accelerat"). */
  prefixes: string[];
  katakana: boolean;
  latin: boolean;
  /** How many English words the part may stand for: its longest gloss (人工知能 = artificial intelligence: 2). */
  words: number;
}

// Japanese parts that add grammar, not content: a compound may leave them without an English word.
const GRAMMATICAL = new Set(['型', '的', '等', '化', '性', 'の', '第']);
const LOANWORD_MATCH = 0.75;
const MAX_ENGLISH_WORDS = 7;
// A composed pair is strong evidence but not a definition: its parts could be chosen freely.
const CONFIDENCE = 0.75;
const PART_OF_COMPOUND = 0.8;

const partCache = new Map<string, Part[] | null>();

/** The words of a Japanese term with their glosses, or null when a word is unknown to the dictionary. */
function partsOf(term: string): Part[] | null {
  const cached = partCache.get(term);
  if (cached !== undefined) return cached;
  const parts: Part[] = [];
  for (const token of segmentJapanese(term)) {
    const surface = term.slice(token.start, token.end);
    const stems = new Set<string>();
    const prefixes: string[] = [];
    if (token.entry >= 0) for (const gloss of entryAt(token.entry).glosses) for (const stem of gloss) stems.add(stem);
    if (token.supplement >= 0) for (const form of SUPPLEMENT[token.supplement]!.en) prefixes.push(...form.split(' '));
    const katakana = isKatakanaWord(surface);
    const latin = /^[A-Za-z0-9]+$/.test(surface);
    if (token.kind === 'other' && !/\p{L}/u.test(surface)) continue; // ・ between parts
    if (stems.size === 0 && prefixes.length === 0 && !katakana && !latin && !GRAMMATICAL.has(surface)) {
      partCache.set(term, null);
      return null;
    }
    let words = 1;
    if (token.entry >= 0) for (const gloss of entryAt(token.entry).glosses) words = Math.max(words, gloss.length);
    if (token.supplement >= 0) for (const form of SUPPLEMENT[token.supplement]!.en) words = Math.max(words, form.split(' ').length);
    parts.push({ surface, stems, prefixes, katakana, latin, words });
  }
  const result = parts.length >= 2 ? parts : null;
  partCache.set(term, result);
  return result;
}

function explains(part: Part, word: string, stem: string): boolean {
  if (part.stems.has(stem)) return true;
  if (part.prefixes.some((prefix) => word.startsWith(prefix))) return true;
  if (part.latin) return part.surface.toLowerCase() === word;
  return part.katakana && loanwordSimilarity(part.surface, word) >= LOANWORD_MATCH;
}

/**
 * Whether the parts compose the English words: every content word explained by a part, every part
 * (grammatical ones aside) explaining a word, and at least two parts doing so.
 */
export function composes(parts: Part[], words: Array<{ word: string; stem: string }>): boolean {
  // at most one English word more than the parts' glosses hold
  const budget = parts.reduce((sum, part) => sum + part.words, 0) + 1;
  if (words.length < 2 || words.length > budget) return false;
  // "reforms and personnel and salary management reform" repeats what one part says
  if (new Set(words.map((w) => w.stem)).size < words.length) return false;
  const used = new Array<boolean>(parts.length).fill(false);
  for (const { word, stem } of words) {
    let found = false;
    parts.forEach((part, i) => {
      if (explains(part, word, stem)) {
        used[i] = true;
        found = true;
      }
    });
    if (!found) return false;
  }
  return parts.every((part, i) => used[i] || GRAMMATICAL.has(part.surface)) && used.filter(Boolean).length >= 2;
}

// English phrases for composition: runs of content words, "and" inside ("Research and
// Development"), and one "for" or "of" joining two runs ("Universities for International
// Research Excellence"), which Japanese writes head last.
const BREAK = /[,.;:()"“”!?]|\s[-–]\s/;
const JOINERS = new Set(['for', 'of']);

function capitalised(text: string, word: { start: number }): boolean {
  return /[A-Z]/.test(text[word.start]!);
}

// A name goes on through these to a capitalised word: "Fund for New Industry Creation by Universities".
const NAME_LINKS = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'by', 'upon', 'from', 'at']);
const ARTICLES = new Set(['the', 'a', 'an']);

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/** A heading capitalises every word, so a capital next to a phrase says nothing about a name there. */
function isTitleCaseHeading(text: string): boolean {
  const content = englishWords(text).filter((word) => !word.stop && /^[a-z]/.test(word.word));
  // "… between Advanced Research and Education at Universities …" leaves a preposition in lower case
  return content.length >= 2 && content.filter((word) => capitalised(text, word)).length >= 0.8 * content.length;
}

interface EnglishPhrase {
  surface: string;
  words: Array<{ word: string; stem: string }>;
  /** False when the phrase is a piece of a longer name around it ("Energy Plan" in "the Strategic Energy Plan"). */
  whole: boolean;
}

/**
 * Whether the Title Case phrase words[i..j] of a chunk (at `offset` in `text`) is a whole name: no
 * capitalised word joins it on the left (a sentence's first word aside) and none goes on after it,
 * directly or through a preposition.
 */
function wholeName(text: string, offset: number, words: EnglishWord[], i: number, j: number): boolean {
  const chunk = text.slice(offset);
  if (!capitalised(chunk, words[i]!) || isTitleCaseHeading(text)) return true;
  const before = words[i - 1];
  // "the Fifth Basic Plan for Gender Equality", "the G7 Hiroshima Summit": a number is not part of the name
  const joinsBefore = before && !before.stop && capitalised(chunk, before) && !ORDINAL.test(before.word) && !/\d/.test(before.word);
  if (joinsBefore && !/^\s*$|[.!?:]\s*$/.test(text.slice(0, offset + before.start))) return false;
  let k = j + 1;
  if (words[k] && NAME_LINKS.has(words[k]!.word)) {
    k++;
    if (words[k] && ARTICLES.has(words[k]!.word)) k++;
  }
  const after = words[k];
  return !(after && !after.stop && capitalised(chunk, after));
}

function englishCandidates(text: string): EnglishPhrase[] {
  const out: EnglishPhrase[] = [];
  let offset = 0;
  for (const chunk of text.split(BREAK)) {
    offset = text.indexOf(chunk, offset);
    const words = englishWords(chunk);
    // runs of content words, and the joiners between them
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.stop) continue;
      // "academia-government collaboration" is cut from "industry-academia-government collaboration"
      if (chunk[words[i]!.start - 1] === '-') continue;
      const content: Array<{ word: string; stem: string }> = [];
      let joiners = 0;
      for (let j = i; j < words.length && content.length < MAX_ENGLISH_WORDS; j++) {
        const w = words[j]!;
        if (w.stop) {
          if (w.word === 'and' || (JOINERS.has(w.word) && joiners++ === 0)) continue;
          break;
        }
        content.push({ word: w.word, stem: w.stem });
        // the phrase must end where its words do: "Institute of Physical" is cut from "… and Chemical Research"
        const next = words[j + 1];
        // but "Code of Conduct and lead discussions" ends at Conduct: a name does not go on in lower case
        const afterAnd = words[j + 2];
        const ends = !next || (next.stop && next.word !== 'and') || (next.word === 'and' && (!afterAnd || afterAnd.stop || capitalised(chunk, afterAnd) !== capitalised(chunk, w)));
        if (content.length >= 2 && ends && chunk[w.end] !== '-') {
          out.push({ surface: chunk.slice(words[i]!.start, w.end), words: [...content], whole: wholeName(text, offset, words, i, j) });
        }
      }
    }
    offset += chunk.length;
  }
  return out;
}

const MAX_PARTS = 6;

/**
 * The compounds of a sentence (kuromoji's noun runs) and their sub-compounds, cut only between
 * dictionary words: 経済安全保障 gives 経済安全保障 and 安全保障, never 経済安全.
 */
function japaneseCompounds(text: string, tokens: Token[]): Array<{ term: string; parts: Part[]; whole: boolean }> {
  const out: Array<{ term: string; parts: Part[]; whole: boolean }> = [];
  for (const run of compoundRuns(tokens)) {
    const start = run[0]!.start;
    const last = run[run.length - 1]!;
    const compound = text.slice(start, last.start + last.surface.length);
    const cuts = [0, ...segmentJapanese(compound).map((token) => token.end)];
    for (let i = 0; i < cuts.length - 1; i++) {
      for (let j = i + 2; j < cuts.length && j - i <= MAX_PARTS; j++) {
        const term = compound.slice(cuts[i], cuts[j]);
        // 大学等研究者 is "researchers at universities, etc.": a term never holds 等
        if (GRAMMATICAL.has(term[0]!) || term.includes('等')) continue;
        const parts = partsOf(term);
        const rest = compound.slice(cuts[j]);
        if (parts) out.push({ term, parts, whole: i === 0 && (rest === '' || rest === '等') });
      }
    }
  }
  return out;
}

/**
 * Evidence from composition in every aligned pair: for each Japanese compound, the longest English
 * phrase it composes; a pair inside a longer composed pair of the same sentence is left to it.
 */
export function compositionEvidence(texts: AlignedText[], tokens: Token[][]): Evidence[] {
  const evidence: Evidence[] = [];
  texts.forEach((text, index) => {
    const japanese = japaneseCompounds(text.ja, tokens[index]!);
    if (japanese.length === 0) return;
    const english = englishCandidates(text.en);
    const pairs: Array<{ ja: string; en: string; whole: boolean }> = [];
    for (const { term, parts, whole } of japanese) {
      let best: EnglishPhrase | null = null;
      for (const phrase of english) {
        if (best && phrase.words.length <= best.words.length) continue;
        if (composes(parts, phrase.words)) best = phrase;
      }
      if (best) pairs.push({ ja: term, en: best.surface, whole: whole && best.whole });
    }
    for (const pair of pairs) {
      const inside = pairs.some((other) => other !== pair && other.ja.includes(pair.ja) && other.en.toLowerCase().includes(pair.en.toLowerCase()) && other.ja.length > pair.ja.length);
      // part of a longer compound or name (新産業創出基金 in 大学発新産業創出基金, "Energy Plan" in "the
      // Strategic Energy Plan") ranks low: the whole name is the term
      if (!inside) evidence.push({ ja: pair.ja, en: pair.en, source: 'dictionary', confidence: pair.whole ? CONFIDENCE : CONFIDENCE * PART_OF_COMPOUND, text });
    }
  });
  return evidence;
}
