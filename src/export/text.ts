// The text of exported segments, and how text is made safe for each output format.
//
// Segments carry the normalised text (Block.normalized, Sentence.normalized): the text the
// alignment was computed on, with the PDF extraction's damage repaired ("A I" → "AI",
// "e - C S T I" → "e-CSTI", page breaks and line wrapping joined) and list and heading markers gone.
// It is also the only text sentences have: the anchors stage cuts sentences from the normalised
// text, and no map leads back to the raw characters. The price is NFKC: full-width forms are folded
// (（） → (), ＡＩ → AI), which a translation memory fed from the original documents may not expect.
import type { Lang } from '../model.js';

/** Japanese sentences follow each other without a space; English ones with one. */
export function joinTexts(parts: string[], lang: Lang): string {
  return parts.filter((part) => part !== '').join(lang === 'ja' ? '' : ' ');
}

export { wellFormed, xmlSafe } from '../text/xml.js';
