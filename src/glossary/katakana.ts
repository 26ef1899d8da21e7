// Katakana loanwords ↔ English words: both sides reduced to consonant skeletons and sound strings
// (src/text/loanword.ts) and compared by edit distance.
import { distance } from 'fastest-levenshtein';
import { toRomaji } from 'wanakana';
import type { AlignedText } from './sentence-pairs.js';
import { katakanaSkeleton, loanwordSimilarity } from '../text/loanword.js';
import { isKatakanaWord, KATAKANA_LETTERS } from '../text/script.js';
import type { Evidence } from './types.js';

const KATAKANA_RUN = new RegExp(`[${KATAKANA_LETTERS}・]+`, 'gu');
const MIN_SIMILARITY = 0.74;

/** Katakana words of a Japanese text (a ・-joined name stays whole; its parts are tried too). */
export function katakanaTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of text.matchAll(KATAKANA_RUN)) {
    const run = match[0].replace(/^・+|・+$/g, '');
    if (run.length >= 2 && isKatakanaWord(run)) terms.add(run);
    if (run.includes('・')) for (const part of run.split('・')) if (part.length >= 2 && isKatakanaWord(part)) terms.add(part);
  }
  return [...terms];
}

// Loanwords are content words: a run that starts or ends with one of these is not one.
const EDGE_STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'is', 'are', 'be', 'we', 'it', 'its', 'this', 'that', 'these', 'as', 'no', 'not', 'will', 'have', 'has', 'them', 'their', 'such', 'up', 'out']);

const ngramCache = new Map<string, string[]>();

/** Runs of 1–n English words (letters only, no acronyms) of a text, not opening or closing on a stop word. */
function englishNgrams(text: string, maxWords: number): string[] {
  const key = `${maxWords}\u0000${text}`;
  const cached = ngramCache.get(key);
  if (cached) return cached;
  const grams = computeNgrams(text, maxWords);
  if (ngramCache.size > 10_000) ngramCache.clear();
  ngramCache.set(key, grams);
  return grams;
}

function computeNgrams(text: string, maxWords: number): string[] {
  const words = text.split(/[^A-Za-z\-']+/).filter((word) => /[A-Za-z]/.test(word));
  const grams: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (EDGE_STOPWORDS.has(run[0]!.toLowerCase()) || EDGE_STOPWORDS.has(run[n - 1]!.toLowerCase())) continue;
      if (run.some((word) => /^[A-Z]{2,}s?$/.test(word))) continue;
      grams.push(run.join(' '));
    }
  }
  return grams;
}

/** The English words of the sentence that sound most like the katakana term, if any is close enough. */
export function bestLoanwordMatch(katakana: string, english: string): { en: string; similarity: number } | null {
  const parts = katakana.split('・').length;
  let best: { en: string; similarity: number } | null = null;
  for (const gram of englishNgrams(english, Math.min(4, parts + 2))) {
    const similarity = loanwordSimilarity(katakana, gram);
    if (similarity < MIN_SIMILARITY) continue;
    // short skeletons match by chance: データ (TT) also fits "date"; demand the full romaji be close too
    if (katakanaSkeleton(katakana).length <= 2) {
      const romaji = toRomaji(katakana).replace(/[^a-z]/g, '');
      if (distance(romaji, gram.toLowerCase()) > 0.4 * Math.max(romaji.length, gram.length)) continue;
    }
    if (!best || similarity > best.similarity || (similarity === best.similarity && gram.length < best.en.length)) best = { en: gram, similarity };
  }
  return best;
}

export function katakanaEvidence(texts: AlignedText[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const text of texts) {
    for (const term of katakanaTerms(text.ja)) {
      const match = bestLoanwordMatch(term, text.en);
      // シンポジウム・ワークショップ = "symposium and workshop" lists two words; its parts are tried alone
      if (match && term.includes('・') && /\band\b|,/.test(match.en)) continue;
      if (match) evidence.push({ ja: term, en: match.en, source: 'katakana', confidence: 0.45 + 0.35 * ((match.similarity - MIN_SIMILARITY) / (1 - MIN_SIMILARITY)), text });
    }
  }
  return evidence;
}
