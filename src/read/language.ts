import type { Lang } from '../model.js';

/** Japanese when a fair share of the letters are kana or kanji; a Japanese policy text is mostly
 *  kana/kanji even with Latin names in it, and an English translation has almost none. */
export function detectLanguage(text: string): { lang: Lang; japaneseRatio: number } {
  let japanese = 0;
  let latin = 0;
  // code units, not code points: every counted range is in the BMP, and a surrogate counts as neither
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) japanese++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // An English word averages about five letters, a Japanese word two characters: weigh Latin down.
  const ratio = japanese / Math.max(1, japanese + latin / 3);
  return { lang: ratio >= 0.3 ? 'ja' : 'en', japaneseRatio: ratio };
}
