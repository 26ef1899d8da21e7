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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** UTF-8 cannot encode a lone surrogate: it becomes U+FFFD, as any UTF-8 encoder would make it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// Characters XML 1.0 forbids (§2.2 Char): C0 controls other than TAB, LF and CR, U+FFFE and U+FFFF.
// Lone surrogates are handled by wellFormed.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * Text that survives a trip through any conforming XML parser unchanged:
 * - CR LF and lone CR become LF (a parser would turn them into LF anyway, §2.11);
 * - vertical tab and form feed (page breaks in PDF extractions) become a space;
 * - other characters XML 1.0 forbids, and lone surrogates, become U+FFFD.
 * Everything else, including TAB and LF, is kept.
 */
export function xmlSafe(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u000B\u000C]/gu, ' ')
    .replace(XML_FORBIDDEN, '\uFFFD');
}
