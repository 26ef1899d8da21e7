import type { Lang } from '../model.js';
import { isJapaneseLetter, isLatinLetter } from '../text/script.js';

/** Japanese when a fair share of the letters are kana or kanji; a Japanese policy text is mostly
 *  kana/kanji even with Latin names in it, and an English translation has almost none. */
export function detectLanguage(text: string): { lang: Lang; japaneseRatio: number } {
  let japanese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII is Latin or nothing; anything else one character (a surrogate pair whole) at a time
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = pair ? text.slice(i, i + 2) : text[i]!;
    if (pair) i++;
    if (isJapaneseLetter(char)) japanese++;
    else if (isLatinLetter(char)) latin++;
  }
  // An English word averages about five letters, a Japanese word two characters: weigh Latin down.
  const ratio = japanese / Math.max(1, japanese + latin / 3);
  return { lang: ratio >= 0.3 ? 'ja' : 'en', japaneseRatio: ratio };
}
