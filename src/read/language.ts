import type { Lang } from '../model.js';
import { letterCounts } from '../text/script.js';

/** Japanese when a fair share of the letters are kana or kanji; a Japanese policy text is mostly
 *  kana/kanji even with Latin names in it, and an English translation has almost none. */
export function detectLanguage(text: string): { lang: Lang; japaneseRatio: number } {
  const { japanese, latin } = letterCounts(text);
  // An English word averages about five letters, a Japanese word two characters: weigh Latin down.
  const ratio = japanese / Math.max(1, japanese + latin / 3);
  return { lang: ratio >= 0.3 ? 'ja' : 'en', japaneseRatio: ratio };
}
