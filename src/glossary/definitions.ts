// Explicit definitions on either side: （以下「X」という。） / (hereinafter referred to as "X"), and
// parenthesised acronyms, abbreviations and glosses: 理化学研究所（理研）, AGI（汎用人工知能）,
// National Institute of Information and Communications Technology (NICT), GPAI (the Global …).
// Each is a link between a short form and the long form it abbreviates, on one side; linking the
// two sides happens per aligned sentence pair in definitionEvidence.
import type { AlignedText } from './sentence-pairs.js';
import { findDefinitionPhrases } from '../text/definitions.js';
import { hasJapanese } from '../text/script.js';
import { cleanEnglishTerm, cleanJapaneseTerm, isAcronym } from './text.js';
import type { Evidence } from './types.js';

export type DefinitionKind = 'hereinafter' | 'parenthesis';

export interface TermLink {
  short: string;
  long: string | null;
  kind: DefinitionKind;
  /** Offset of the short form in the text, for document order. */
  at: number;
}

// ---------------------------------------------------------------- Japanese

const JA_PARENTHESIS = /\(([^()]{1,40})\)/gu;
const JA_TERM_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー・々A-Za-z0-9\-/]/u;
// Legal-form prefixes are not part of an organisation's name in translation.
const LEGAL_FORM = /^(?:国立研究開発法人|独立行政法人|国立大学法人|一般社団法人|公益社団法人|一般財団法人|公益財団法人|株式会社)/u;
const LATIN_TAIL = /[A-Za-z][A-Za-z0-9&.\-]*$/;
const ADNOMINAL = /(?<=\p{Script=Han})(?:のある|ある|な)$/u;

/** Index of the 「 that opens the quote whose 」 is at `close`, or -1. */
function openingQuote(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (text[i] === '」' || text[i] === '』') depth++;
    else if (text[i] === '「' || text[i] === '『') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// A parenthesis that annotates a title rather than belonging to it: a date, a decision, a law
// number, a nested definition (以下「…」という。).
const JA_NOTE = /\((?:[^()]*(?:\d+年|\d+月|決定|閣議|法律第|以下|仮称|改定)[^()]*)\)/gu;

/** Removes parenthesised notes: 「…計画(令和3年3月26日閣議決定)」 → 「…計画」; 知の基盤(研究力) stays. */
export function stripJapaneseNotes(term: string): string {
  let previous = '';
  let current = term;
  while (previous !== current) {
    previous = current;
    current = current.replace(JA_NOTE, '');
  }
  return current;
}

/** The Japanese term that ends just before `end`: a quoted title, or the run of term characters. */
export function japaneseTermBefore(text: string, end: number): string | null {
  let stop = end;
  // skip notes between the term and the definition: 法律(令和7年法律第53号)(以下…)
  while (text[stop - 1] === ')') {
    const open = text.lastIndexOf('(', stop - 1);
    if (open < 0) return null;
    stop = open;
  }
  if (text[stop - 1] === '」' || text[stop - 1] === '』') {
    const open = openingQuote(text, stop - 1);
    if (open < 0) return null;
    return cleanJapaneseTerm(stripJapaneseNotes(text.slice(open + 1, stop - 1))) || null;
  }
  let start = stop;
  for (;;) {
    while (start > 0 && JA_TERM_CHAR.test(text[start - 1]!)) start--;
    // a name may open with an adnominal modifier: 信頼性のある自由なデータ流通, 地域中核・特色ある研究大学…
    const modifier = ADNOMINAL.exec(text.slice(Math.max(0, start - 4), start));
    if (!modifier || start === stop) break;
    start -= modifier[0].length;
  }
  const term = cleanJapaneseTerm(text.slice(start, stop));
  if (!hasJapanese(term)) return null;
  const withoutForm = term.replace(LEGAL_FORM, '');
  return withoutForm.length >= 2 ? withoutForm : term;
}

/** Whether `short` abbreviates `long` the Japanese way: its characters taken in order (理研 ⊂ 理化学研究所). */
export function isJapaneseAbbreviation(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 5 || long.length < short.length + 2) return false;
  if (!/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(short)) return false;
  if (short[0] !== long[0]) return false;
  let at = 0;
  for (const char of short) {
    at = long.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function isLatinName(text: string): boolean {
  return !hasJapanese(text) && (isAcronym(text) || /^[A-Z][A-Za-z0-9\-]*(?: [A-Z0-9][A-Za-z0-9\-]*){0,2}$/.test(text));
}

export function japaneseLinks(text: string): TermLink[] {
  const links: TermLink[] = [];
  const definitionSpans: Array<[number, number]> = [];
  for (const definition of findDefinitionPhrases(text, 'ja')) {
    const at = definition.start;
    definitionSpans.push([at, definition.end]);
    const short = cleanJapaneseTerm(definition.term);
    if (!short) continue;
    links.push({ short, long: japaneseTermBefore(text, at), kind: 'hereinafter', at: definition.termStart });
  }
  for (const match of text.matchAll(JA_PARENTHESIS)) {
    const at = match.index;
    if (definitionSpans.some(([s, e]) => at >= s && at < e)) continue;
    // "CAIO(AI統括責任者:Chief AI Officer)": the Japanese gloss is the part before the colon
    const inside = cleanJapaneseTerm(match[1]!.split(':')[0]!);
    if (!inside || /\d+年|閣議決定|決定|仮称|以下/u.test(inside)) continue;
    const latinBefore = LATIN_TAIL.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
    if (isLatinName(inside)) {
      const long = japaneseTermBefore(text, at);
      if (long) links.push({ short: inside, long, kind: 'parenthesis', at: at + 1 });
    } else if (hasJapanese(inside) && latinBefore && isAcronym(latinBefore)) {
      links.push({ short: latinBefore, long: inside, kind: 'parenthesis', at: at - latinBefore.length });
    } else if (hasJapanese(inside)) {
      const long = japaneseTermBefore(text, at);
      if (long && isJapaneseAbbreviation(inside, long)) links.push({ short: inside, long, kind: 'parenthesis', at: at + 1 });
    }
  }
  return links.sort((a, b) => a.at - b.at);
}

// ---------------------------------------------------------------- English

const EN_PARENTHESIS = /\(([^()]{1,80})\)/gu;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'to', 'by', 'with', 'through', 'the', '&']);
const PHRASE_BOUNDARY = new Set([
  'a', 'an', 'the', 'of', 'for', 'with', 'by', 'at', 'in', 'on', 'to', 'from', 'into', 'through', 'as', 'such',
  'that', 'which', 'who', 'this', 'these', 'those', 'its', 'their', 'our', 'other', 'is', 'are', 'was', 'be',
  'will', 'shall', 'including', 'between', 'among', 'under', 'or', 'also', 'both', 'each', 'all',
]);
const WINDOW_END = /(?:[.;:!?]\s|\s[-–]\s|\)\s?)/g;

/** The words of the clause that ends at `end` (no sentence punctuation crossed). */
function clauseBefore(text: string, end: number): string[] {
  const head = text.slice(0, end);
  let start = 0;
  for (const match of head.matchAll(WINDOW_END)) start = match.index + match[0].length;
  return head.slice(start).trim().split(/\s+/).filter(Boolean);
}

/**
 * Schwartz & Hearst (2003): the shortest run of words ending the window whose characters contain
 * the acronym's letters in order, the first at the start of a word.
 */
export function schwartzHearst(acronym: string, words: string[]): string | null {
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return null;
  const limit = Math.min(letters.length + 5, letters.length * 2);
  const window = words.slice(-limit).join(' ');
  const lower = window.toLowerCase();
  let l = lower.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const char = letters[s]!;
    while (l >= 0 && (lower[l] !== char || (s === 0 && l > 0 && /[a-z0-9]/.test(lower[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = window.lastIndexOf(' ', l) + 1;
  const longForm = window.slice(start);
  // "ultra-high-[s]peed, … (SINET)": the letter must open the long form, not a part of its first word
  if (longForm[0]?.toLowerCase() !== letters[0]) return null;
  const longWords = longForm.split(' ');
  // the long form must not be a single word already contained in the acronym, nor end in a stop word
  if (longWords.length < 2 && longForm.toLowerCase().replace(/[^a-z]/g, '') === letters) return null;
  return longForm;
}

function isCapitalized(word: string): boolean {
  return /^["“(]?[A-Z0-9]/.test(word);
}

/** The Title Case name ending the words: "Sixth Basic Plan for Science, Technology and Innovation". */
export function capitalizedRunBefore(words: string[]): string | null {
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (/[()]/.test(word)) break;
    const bare = word.replace(/,$/, '');
    // "Science, Technology and Innovation": a comma only inside a name, before a capital or a connector
    if (word.endsWith(',')) {
      const next = words[i + 1] ?? '';
      if (!(isCapitalized(next) || next === 'and')) break;
    }
    if (isCapitalized(bare) && !/^["“]/.test(bare)) start = i;
    else if (CONNECTORS.has(bare.toLowerCase()) && i > 0 && isCapitalized(words[i - 1]!)) continue;
    else break;
  }
  // drop connectors and a leading article or sentence-initial function word
  const run = words.slice(start);
  while (run.length > 0 && (CONNECTORS.has(run[0]!.toLowerCase()) || /^(?:The|We|In|For|With|This|These)$/.test(run[0]!))) run.shift();
  if (run.length === 0) return null;
  return run.join(' ');
}

/** A lower-case noun phrase ending the words: "national research and development agencies". */
export function nounPhraseBefore(words: string[]): string | null {
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 8; i--) {
    const word = words[i]!;
    if (/[,;:]$/.test(word)) break;
    const lower = word.toLowerCase();
    if (lower === 'and') {
      // "research and development" is one phrase; "universities and national …" coordinates two
      const previous = words[i - 1]?.toLowerCase() ?? '';
      if (!previous || /s$/.test(previous) || PHRASE_BOUNDARY.has(previous) || run.length > 2) break;
      run.unshift(word);
      continue;
    }
    if (PHRASE_BOUNDARY.has(lower) || !/^[a-z][a-z\-]*$/i.test(word)) break;
    run.unshift(word);
  }
  while (run[0]?.toLowerCase() === 'and') run.shift();
  return run.length > 0 ? run.join(' ') : null;
}

// Words that open an organisation's name before the part its acronym spells: "National Institute of".
const INSTITUTIONAL = new Set(['national', 'japan', 'japanese', 'international', 'institute', 'agency', 'organization', 'center', 'centre', 'council', 'society', 'university', 'foundation', 'of', 'for', 'the']);

function isInstitutionalPrefix(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => INSTITUTIONAL.has(word.toLowerCase()));
}

/**
 * Capitalised words right before a Schwartz–Hearst match belong to the name ("Large Synthetic
 * Aperture Radar (SAR)"); a connector ends it ("Promotion of Maritime Domain Awareness (MDA)").
 */
function withAdjectivesBefore(matched: string, words: string[]): string {
  const count = matched.split(' ').length;
  const before: string[] = [];
  for (let i = words.length - count - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!/^[A-Z][a-z]+$/.test(word) || /^(?:The|We|In|For|With|This|These|Through|By|At|On|Under|Based|To|From|And|Of)$/.test(word)) break;
    before.unshift(word);
  }
  return [...before, matched].join(' ');
}

function englishLongForm(text: string, end: number, short: string): string | null {
  const words = clauseBefore(text, end);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (/["”]$/.test(last)) {
    const open = text.lastIndexOf(last.includes('”') ? '“' : '"', end - last.length - 1);
    if (open >= 0) return cleanEnglishTerm(text.slice(open, end));
  }
  const acronym = isAcronym(short);
  const matched = acronym ? schwartzHearst(short, words) : null;
  const run = capitalizedRunBefore(words);
  // Schwartz–Hearst finds the shortest long form; the Title Case name around it is the real one
  // ("National Institute of [Advanced Industrial Science and Technology] (AIST)")
  let long: string | null = null;
  if (matched && run && run.endsWith(matched) && isInstitutionalPrefix(run.slice(0, -matched.length))) long = run;
  else if (matched) long = withAdjectivesBefore(matched, words);
  else long = run;
  if (long) {
    long = cleanEnglishTerm(long);
    if (long && long.toLowerCase() !== short.toLowerCase()) return long;
  }
  const phrase = nounPhraseBefore(words);
  if (!phrase || phrase.split(' ').length < 2) return null;
  // a lower-case phrase stands for an acronym only when it starts with the acronym's letter
  if (acronym && phrase[0]!.toLowerCase() !== short[0]!.toLowerCase()) return null;
  return cleanEnglishTerm(phrase);
}

export function englishLinks(text: string): TermLink[] {
  const links: TermLink[] = [];
  const definitionSpans: Array<[number, number]> = [];
  for (const definition of findDefinitionPhrases(text, 'en')) {
    const at = definition.start;
    definitionSpans.push([at, definition.end]);
    const short = cleanEnglishTerm(definition.term);
    if (!short) continue;
    links.push({ short, long: englishLongForm(text, at, short), kind: 'hereinafter', at: definition.termStart });
  }
  for (const match of text.matchAll(EN_PARENTHESIS)) {
    const at = match.index;
    if (definitionSpans.some(([s, e]) => at >= s && at < e)) continue;
    const inside = cleanEnglishTerm(match[1]!);
    if (isAcronym(inside) && !/^FY\d/.test(inside)) {
      const long = englishLongForm(text, at, inside);
      if (long && long.split(' ').length >= 2) links.push({ short: inside, long, kind: 'parenthesis', at: at + 1 });
      continue;
    }
    // "GPAI (the Global Partnership for Artificial Intelligence)"
    const before = clauseBefore(text, at).pop()?.replace(/[,]$/, '') ?? '';
    if (isAcronym(before) && /^[A-Z]/.test(inside) && inside.split(' ').length >= 2 && !/\d{4}/.test(inside)) {
      links.push({ short: before, long: inside, kind: 'parenthesis', at: at - before.length - 1 });
    }
  }
  return links.sort((a, b) => a.at - b.at);
}

// ---------------------------------------------------------------- linking both sides

function shortKey(term: string): string {
  return term.toLowerCase().replace(/[\s\-・]/g, '');
}

// an explicit definition is the strongest evidence there is; pairing by order alone is weaker
const CONFIDENCE = { keyed: 0.97, hereinafter: 0.97, ordered: 0.7 };

/** Definitions linked across one aligned pair: by equal short form, then in order. */
export function linkDefinitions(ja: TermLink[], en: TermLink[]): Array<{ ja: TermLink; en: TermLink; confidence: number }> {
  const links: Array<{ ja: TermLink; en: TermLink; confidence: number }> = [];
  const jaLeft = [...ja];
  const enLeft = [...en];
  for (const j of ja) {
    const e = enLeft.find((candidate) => shortKey(candidate.short) === shortKey(j.short));
    if (!e) continue;
    links.push({ ja: j, en: e, confidence: CONFIDENCE.keyed });
    jaLeft.splice(jaLeft.indexOf(j), 1);
    enLeft.splice(enLeft.indexOf(e), 1);
  }
  // one definition left on each side: they can only define each other (科研費 = "KAKENHI")
  if (jaLeft.length === 1 && enLeft.length === 1 && (jaLeft[0]!.kind === 'hereinafter' || enLeft[0]!.kind === 'hereinafter')) {
    links.push({ ja: jaLeft[0]!, en: enLeft[0]!, confidence: CONFIDENCE.hereinafter });
    return links.sort((a, b) => a.ja.at - b.ja.at);
  }
  const jaDefined = jaLeft.filter((l) => l.kind === 'hereinafter');
  const enDefined = enLeft.filter((l) => l.kind === 'hereinafter');
  if (jaDefined.length > 0 && jaDefined.length === enDefined.length) {
    jaDefined.forEach((j, i) => links.push({ ja: j, en: enDefined[i]!, confidence: CONFIDENCE.hereinafter }));
    for (const j of jaDefined) jaLeft.splice(jaLeft.indexOf(j), 1);
    for (const e of enDefined) enLeft.splice(enLeft.indexOf(e), 1);
  }
  if (jaLeft.length > 0 && jaLeft.length === enLeft.length) {
    jaLeft.forEach((j, i) => links.push({ ja: j, en: enLeft[i]!, confidence: CONFIDENCE.ordered }));
  }
  return links.sort((a, b) => a.ja.at - b.ja.at);
}

/**
 * The definitions of one aligned pair, linked across it. A Latin short form the Japanese defines
 * (以下「K Program」という。) is also looked for in the English as "(K Program)": a parenthesised
 * name that is no acronym is a definition there only because the Japanese says so.
 */
export function definitionsIn(ja: string, en: string): Array<{ ja: TermLink; en: TermLink; confidence: number }> {
  const jaLinks = japaneseLinks(ja);
  const enLinks = englishLinks(en);
  for (const link of jaLinks) {
    if (link.kind !== 'hereinafter' || hasJapanese(link.short) || enLinks.some((e) => shortKey(e.short) === shortKey(link.short))) continue;
    const at = en.indexOf(`(${link.short})`);
    if (at < 0) continue;
    enLinks.push({ short: link.short, long: englishLongForm(en, at, link.short), kind: 'parenthesis', at: at + 1 });
  }
  return linkDefinitions(jaLinks, enLinks.sort((a, b) => a.at - b.at));
}

/**
 * In 5G・光ファイバ・非地上系ネットワーク（NTN） the abbreviation names only the last item of the
 * list; a lower-case English long form ("non-terrestrial networks") confirms it is a common noun,
 * not a name with ・ inside (AIセーフティ・インスティテュート).
 */
function japaneseLongFor(long: string, englishLong: string): string {
  if (!/^[a-z]/.test(englishLong) || !long.includes('・')) return long;
  const last = long.slice(long.lastIndexOf('・') + 1);
  return last.length >= 2 ? last : long;
}

/** Evidence from explicit definitions and parenthesised abbreviations in every aligned pair. */
export function definitionEvidence(texts: AlignedText[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const text of texts) {
    for (const link of definitionsIn(text.ja, text.en)) {
      const source = link.ja.kind === 'hereinafter' || link.en.kind === 'hereinafter' ? 'definition' : 'abbreviation';
      if (shortKey(link.ja.short) !== shortKey(link.en.short)) {
        evidence.push({ ja: link.ja.short, en: link.en.short, source, confidence: link.confidence, text });
      }
      if (link.ja.long && link.en.long) {
        evidence.push({ ja: japaneseLongFor(link.ja.long, link.en.long), en: link.en.long, source, confidence: link.confidence * 0.97, text });
      } else if (link.ja.long && shortKey(link.ja.short) === shortKey(link.en.short) && isAcronym(link.en.short)) {
        // both define the same acronym and the English names the thing by it alone: 研究開発と
        // Society 5.0との橋渡しプログラム（以下「BRIDGE」という。） is BRIDGE in the English
        evidence.push({ ja: link.ja.long, en: link.en.short, source, confidence: link.confidence * 0.9, text });
      }
    }
  }
  return evidence;
}
