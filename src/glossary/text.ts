// Text helpers the glossary matches on. Matching always uses normalised text (NFKC, PDF spacing
// repaired); raw text is only for display.

import { normalizeText } from '../parse/index.js';
import { singularize } from '../text/singular.js';

export { singularize };

/**
 * Parse's normalisation (NFKC, PDF spacing repaired: "A I S I" → "AISI"), and no space around
 * parentheses, so 「AGI （汎用人工知能）」 reads as AGI(汎用人工知能) whatever the PDF did.
 * Idempotent: Sentence.normalized passes through unchanged.
 */
export function normalizeJapanese(text: string): string {
  return normalizeText(text, 'ja').replace(/\s*([()])\s*/g, '$1');
}

/** Parse's normalisation of English: NFKC, white space collapsed, "R & D" → "R&D". */
export function normalizeEnglish(text: string): string {
  return normalizeText(text, 'en');
}


const SMALL_WORDS = new Set(['a', 'an', 'the']);

/** Trims an English term for display: outer punctuation and quotes, a leading article. */
export function cleanEnglishTerm(text: string): string {
  let term = normalizeEnglish(text)
    .replace(/^[\s"'“”‘’,.;:]+|[\s"'“”‘’,.;:]+$/g, '')
    .trim();
  // an outer parenthesis goes only when unmatched: "Convergence Knowledge (So-Go-Chi)" keeps its own
  if (term.startsWith('(') && !term.includes(')')) term = term.slice(1).trim();
  if (term.endsWith(')') && !term.includes('(')) term = term.slice(0, -1).trim();
  const first = term.split(' ')[0]?.toLowerCase() ?? '';
  if (SMALL_WORDS.has(first) && term.includes(' ')) term = term.slice(first.length + 1);
  return term;
}

/** Trims a Japanese term: outer brackets and punctuation. */
export function cleanJapaneseTerm(text: string): string {
  const term = normalizeJapanese(text)
    .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, '')
    .trim();
  // an outer parenthesis goes only when unmatched: 知の基盤(研究力) keeps its own
  if (term.startsWith('(') && !term.includes(')')) return cleanJapaneseTerm(term.slice(1));
  if (term.endsWith(')') && !term.includes('(')) return cleanJapaneseTerm(term.slice(0, -1));
  return term;
}

/** Key of an English term: lower case, hyphens as spaces, last word singular. */
export function englishKey(term: string): string {
  const words = cleanEnglishTerm(term).toLowerCase().replace(/[-‐–]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  words[words.length - 1] = singularize(words[words.length - 1]!);
  return words.join(' ');
}

/** Whether an English word is an acronym-like name: AISI, G-QuAT, J-PEAKS, SPring-8, RIKEN. */
export function isAcronym(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9&.\-]{0,14}$/.test(word)) return false;
  const upper = (word.match(/[A-Z]/g) ?? []).length;
  return upper >= 2 && upper >= word.replace(/[^A-Za-z]/g, '').length / 2;
}
