// Which text of a sentence or block goes into an exported segment, and how text is made safe for
// the output formats. One place decides, so the four formats carry the same segments.
import type { Block, Lang, Sentence } from '../model.js';

/**
 * `normalized`: the parse stage's normalised text (NFKC, PDF letter-spacing repaired, one line):
 * what a TM or MT pipeline can match against, free of extraction damage such as "A I" or
 * "e - C S T I". NFKC also folds full-width forms (（） → (), ＡＩ → AI) — the price of clean text.
 * `raw`: the text as in the file, only its line breaks folded (PDF wrapping is not content), for a
 * user who wants the document's own characters, extraction damage included.
 */
export type TextSource = 'normalized' | 'raw';
export const TEXT_SOURCES: readonly TextSource[] = ['normalized', 'raw'];

/** A list or markdown heading marker opening a segment is layout, not text: "- ・ ", "• ", "## ". */
const LEADING_LIST_MARKER = /^(?:\s*(?:[-*+](?=\s)|#{1,6}(?=\s)|[•・●○◦▪■□◆◇‣]))+\s*/u;

/** Japanese (and other non-Latin) text wraps without a space; a space there would be invented. */
const WIDE_CHAR = /[^\u0000-\u02ff]/u;

function foldLineBreaks(text: string): string {
  return text.replace(/\s*\n\s*/gu, (match: string, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + match.length);
    if (before === '' || after === '') return '';
    return WIDE_CHAR.test(before) && WIDE_CHAR.test(after) ? '' : ' ';
  });
}

function clean(text: string, source: TextSource): string {
  const folded = source === 'raw' ? foldLineBreaks(text) : text;
  return folded.replace(LEADING_LIST_MARKER, '').trim();
}

export function sentenceText(sentence: Sentence, source: TextSource): string {
  return clean(source === 'raw' ? sentence.text : sentence.normalized, source);
}

export function blockText(block: Block, source: TextSource): string {
  return clean(source === 'raw' ? block.text : block.normalized, source);
}

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
