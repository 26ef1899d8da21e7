// Names: Latin-script terms that a translation keeps as they are (AI, SIP, SPring-8, e-CSTI,
// Beyond 5G, Society 5.0), and terms a text defines for itself ((以下「AISI」という。),
// (hereinafter referred to as "AISI")). `value` is the name without spaces, so "ISO/IEC JTC 1"
// and "ISO/IEC JTC1" compare equal; a plural acronym (AUVs) has the singular as value.
import { candidate, type Candidate } from './candidate.js';
import { findDefinitionPhrases } from '../text/definitions.js';
import { GLUED_QUANTITY } from './numbers.js';

const TOKEN = String.raw`[A-Za-z0-9](?:[A-Za-z0-9'+]|[-&/.](?=[A-Za-z0-9]))*`;

/** Does one hyphen/slash part of a token look like an acronym or a coined name? */
function isAcronymPart(part: string): boolean {
  return (
    /[A-Z].*[A-Z]/.test(part) || // AI, CSTI, QuAT, SPring
    /[a-z][A-Z]/.test(part) || // iPS, NanoTerasu, IoT
    (/[A-Z]/.test(part) && /\d/.test(part)) // H3, G7, JTC1, GX2040, 5G
  );
}

/**
 * The acronym-like core of an English token as [offset, length] within it, or null: "AI-related" →
 * "AI", "post-IPO" → "IPO", "Growth-Oriented" → null.
 */
export function englishNameCore(word: string): [number, number] | null {
  const token = word.replace(/'s$/, ''); // AI's
  if (/^[A-Z](?:[&/][A-Z])+s?$/.test(token)) return [0, token.length]; // R&D, M&As
  // Dotted country abbreviations (U.S., U.K.) stand for names Japanese writes in kanji (米国).
  if (/(?:^|-)(?:[A-Z]\.)+[A-Z]\.?$/.test(token)) return null;
  if (!/[-/]/.test(token)) return isAcronymPart(token) ? [0, token.length] : null;
  const parts = token.split(/(?=[-/])|(?<=[-/])/); // words and their separators
  const words = parts.filter((p) => p !== '-' && p !== '/');
  // A single letter before a hyphen starts a coined name: J-Startup, F-REI, G-QuAT, e-CSTI.
  const coined = words.length > 1 && /^[A-Za-z]$/.test(words[0]!) && parts[1] === '-' && /^[A-Z]/.test(words[1]!);
  if (!coined && !words.some(isAcronymPart)) return null;
  // Ordinary lower-case words around the name are not part of it.
  let first = 0;
  let last = parts.length;
  while (first + 2 < last && /^[a-z]{2,}$/.test(parts[first]!)) first += 2;
  while (last - 2 > first && /^[a-z]+$/.test(parts[last - 1]!)) last -= 2;
  const offset = parts.slice(0, first).join('').length;
  return [offset, parts.slice(first, last).join('').length];
}

export function nameValue(name: string): string {
  const compact = name.replace(/\s+/g, '');
  return compact.replace(/^([A-Z0-9][A-Z0-9&/.-]*[A-Z0-9])s$/, '$1'); // AUVs → AUV, M&As → M&A
}

/** "JTC 1": a number after an all-capital acronym is part of the name. */
const NUMBER_AFTER_ACRONYM = /^ \d{1,2}(?![\dA-Za-z%]|[.,]\d)/;
const ENDS_IN_ACRONYM = /(?:^|[\s/&-])[A-Z]{3,}$/;

// Capitalised words that start a name ending in a version or generation: "Beyond 5G", "Society 5.0".
const FUNCTION_WORDS = new Set([
  'A', 'An', 'And', 'As', 'At', 'By', 'For', 'From', 'In', 'Into', 'Of', 'On', 'Or', 'The', 'To', 'With', 'Under', 'Over',
  'Goal', 'Goals', 'Phase', 'No', 'Act', 'Article', 'Top',
]);
const VERSIONED_NAME = /(?<![A-Za-z0-9])([A-Z][a-z]+) (\d+\.\d+|\d+[A-Z])(?![A-Za-z0-9]|\.\d)/gu;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX)$/;

const ENGLISH_TOKEN = new RegExp(`(?<![A-Za-z0-9])${TOKEN}\\.?`, 'gu');

function findEnglishNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run) {
      const number = NUMBER_AFTER_ACRONYM.exec(text.slice(run.end, run.end + 4));
      if (number && ENDS_IN_ACRONYM.test(text.slice(run.start, run.end))) run.end += number[0].length;
      found.push(candidate('name', run.start, run.end, nameValue(text.slice(run.start, run.end))));
    }
    run = null;
  };
  for (const m of text.matchAll(ENGLISH_TOKEN)) {
    if (!/[A-Z]/.test(m[0])) {
      // every name has a capital; a lower-case word only ends the run before it
      if (run) flush();
      continue;
    }
    const token = /^(?:[A-Z]\.){2,}$/.test(m[0]) ? m[0] : m[0].replace(/\.$/, ''); // keep U.S.'s last dot
    const start = m.index;
    const adjacent = run !== null && text.slice(run.end, start) === ' ';
    if (adjacent && ROMAN_NUMERAL.test(token)) {
      run!.end = start + token.length; // ArCS III
      continue;
    }
    const core = GLUED_QUANTITY.test(token) ? null : englishNameCore(token); // 3GeV is a quantity
    if (core === null) {
      flush();
      continue;
    }
    const [offset, length] = core;
    const whole = offset === 0 && length === token.length;
    // Adjacent names are one name when the next starts with a capital or digit (ISO/IEC JTC1).
    if (adjacent && whole && /^[A-Z0-9]/.test(token)) run!.end = start + length;
    else {
      flush();
      run = { start: start + offset, end: start + offset + length };
    }
    if (!whole) flush(); // AI-related: the name stops at "AI"
  }
  flush();
  for (const m of text.matchAll(VERSIONED_NAME)) {
    if (FUNCTION_WORDS.has(m[1]!)) continue;
    found.push(candidate('name', m.index, m.index + m[0].length, nameValue(m[0])));
  }
  return found;
}

// In Japanese text every run of Latin words is a name: the translation will carry it over.
const JA_LATIN_RUN = new RegExp(`(?<![A-Za-z0-9])(?:${TOKEN})(?: (?:${TOKEN}))*`, 'gu');

function findJapaneseNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(JA_LATIN_RUN)) {
    let name = m[0];
    // Numbers are numbers: drop leading/trailing purely numeric words, keep versions (Society 5.0).
    const words = name.split(' ');
    let first = 0;
    while (first < words.length && /^[\d.,]+$/.test(words[first]!)) first++;
    let last = words.length;
    while (last > first && /^\d[\d,]*$/.test(words[last - 1]!)) last--;
    if (last < words.length && last > first && /^\d{1,2}$/.test(words[last]!) && ENDS_IN_ACRONYM.test(words[last - 1]!)) last++; // JTC 1
    if (first >= last) continue;
    const startOffset = words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    name = words.slice(first, last).join(' ');
    // A run that is only digits and a unit or a single lower-case letter is no name.
    if (!/[A-Za-z]/.test(name)) continue;
    if (/^\d/.test(name) && !/^\d+[A-Z](?![A-Za-z])/.test(name)) continue; // 3GeV is a quantity, 5G a name
    const start = m.index + startOffset;
    found.push(candidate('name', start, start + name.length, nameValue(name)));
  }
  return found;
}

// Definitions: the defined term is a name when it is one, otherwise a title (統合戦略2025).
export function findDefinitions(text: string, lang: 'ja' | 'en'): Candidate[] {
  const found: Candidate[] = [];
  for (const { term, termStart } of findDefinitionPhrases(text, lang)) {
    const cleaned = term.replace(/[\s,.;:]+$/u, '');
    if (cleaned === '') continue; // (hereinafter referred to as ".") defines nothing
    const isName =
      lang === 'ja'
        ? /^[A-Za-z0-9][A-Za-z0-9\-&/.' ]*$/.test(cleaned) && /[A-Za-z]/.test(cleaned)
        : cleaned.split(/\s+/).every((w) => englishNameCore(w)?.[1] === w.length);
    found.push(
      candidate(isName ? 'name' : 'title', termStart, termStart + cleaned.length, isName ? nameValue(cleaned) : cleaned, ['defined']),
    );
  }
  return found;
}

export function findNames(text: string, lang: 'ja' | 'en'): Candidate[] {
  return lang === 'ja' ? findJapaneseNames(text) : findEnglishNames(text);
}
