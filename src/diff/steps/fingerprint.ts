// Stable ids for findings. An id must survive edits elsewhere in either file, so it hashes what the
// finding is about (kind, the texts concerned, expected/found) and never where it is (line numbers).
import { createHash } from 'node:crypto';
import type { Discrepancy } from '../../model.js';

// Japanese script and full-width punctuation: a space next to one of these is a PDF extraction
// artefact (a line broken inside a word), not a word boundary.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef\\u30fc';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/** NFKC, white space collapsed, and no space beside Japanese characters: reflowing a line does not change the id. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().replace(SPACE_NEXT_TO_CJK, '');
}

/** sha256 of kind + both normalised texts + expected + found; first 16 hex digits. */
export function baseFingerprint(discrepancy: Discrepancy): string {
  const parts = [
    discrepancy.kind,
    normalizeForFingerprint(discrepancy.ja?.text ?? ''),
    normalizeForFingerprint(discrepancy.en?.text ?? ''),
    normalizeForFingerprint(discrepancy.expected ?? ''),
    normalizeForFingerprint(discrepancy.found ?? ''),
  ];
  // NUL separators: no text contains one, so ('ab','c') and ('a','bc') never hash alike
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** Sets every finding's id to its base fingerprint. */
export function fingerprintAll(discrepancies: Discrepancy[]): Discrepancy[] {
  return discrepancies.map((discrepancy) => ({ ...discrepancy, id: baseFingerprint(discrepancy) }));
}

/**
 * Makes ids unique: the second finding with the same id becomes `id-2`, the third `id-3`, in the
 * order given — callers pass findings in document order so the suffixes are deterministic.
 */
export function uniquifyIds(discrepancies: Discrepancy[]): Discrepancy[] {
  const seen = new Map<string, number>();
  return discrepancies.map((discrepancy) => {
    const count = (seen.get(discrepancy.id) ?? 0) + 1;
    seen.set(discrepancy.id, count);
    return count === 1 ? discrepancy : { ...discrepancy, id: `${discrepancy.id}-${count}` };
  });
}
