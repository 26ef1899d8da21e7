// Readings the Japanese gives in parentheses: 東渓宗牧（とうけいそうぼく）. The English of such a term
// is often its reading romanised ("Tokei Soboku", "Ryogen-in", "shakugami"), so the words of the
// aligned English that spell the reading pair with the term.
import { foldRomaji, foldedReading } from '../text/romaji.js';
import type { AlignedText } from './sentence-pairs.js';
import { cleanEnglishTerm } from './text.js';
import type { Evidence } from './types.js';

// the kanji run just before a parenthesised hiragana reading (normalised text: ASCII parentheses)
const READING = /([\p{Script=Han}々]{1,12})\((\p{Script=Hiragana}[\p{Script=Hiragana}ー]{0,30})\)/gu;
const ENGLISH_WORD = /[\p{Script=Latin}'’-]+/gu;
const MAX_WORDS = 4;
const CONFIDENCE = 0.9;

/** The shortest run of at most MAX_WORDS English words that spells `reading` (folded), as written. */
function spelledRun(english: string, reading: string): string | null {
  const words = [...english.matchAll(ENGLISH_WORD)];
  for (let n = 1; n <= MAX_WORDS; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const last = words[i + n - 1]!;
      const run = english.slice(words[i]!.index, last.index + last[0].length);
      if (foldRomaji(run) === reading) return cleanEnglishTerm(run);
    }
  }
  return null;
}

/** Evidence from each reading the Japanese gives whose romanisation the aligned English writes. */
export function readingEvidence(texts: AlignedText[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const text of texts) {
    for (const [, term, kana] of text.ja.matchAll(READING)) {
      // every kanji reads as at least one kana: a longer run holds words before the term (沿革智（とも）)
      if (term!.length > kana!.length) continue;
      const reading = foldedReading(kana!);
      if (reading.length < 2) continue;
      const en = spelledRun(text.en, reading);
      if (en) evidence.push({ ja: term!, en, source: 'reading', confidence: CONFIDENCE, text });
    }
  }
  return evidence;
}
