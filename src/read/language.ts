import type { Lang } from '../model.js';
import { isJapaneseLetter, isLatinLetter } from '../text/script.js';

/** Japanese when a fair share of the letters are kana or kanji; a Japanese policy text is mostly
 *  kana/kanji even with Latin names in it, and an English translation has almost none. */
export function detectLanguage(text: string): { lang: Lang; japaneseRatio: number } {
  let japanese = 0;
  let latin = 0;
  for (const char of text) {
    if (isJapaneseLetter(char)) japanese++;
    else if (isLatinLetter(char)) latin++;
  }
  // An English word averages about five letters, a Japanese word two characters: weigh Latin down.
  const ratio = japanese / Math.max(1, japanese + latin / 3);
  return { lang: ratio >= 0.3 ? 'ja' : 'en', japaneseRatio: ratio };
}
