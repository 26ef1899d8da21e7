// Termhood: how much a pair belongs in this document's glossary rather than in any dictionary. A
// translator needs the multiword names of programmes, institutions and policies the general
// dictionary lacks; startup, digital, risk, network and energy are words every dictionary has.
import { lookupJapanese } from '../lexicon/dictionary.js';
import { contentStems } from '../lexicon/english.js';
import type { EvidenceSource } from './types.js';

export const TERMHOOD = {
  /** A name the general dictionary lacks: defined, quoted, abbreviated or written in Title Case. */
  name: 1,
  /** A multiword term the dictionary lacks (研究セキュリティ = research security). */
  phrase: 0.9,
  /** A one-word rendering of a term the dictionary lacks (若手 = young, 国際 = international). */
  word: 0.8,
  /** A pair the general dictionary already gives (スタートアップ = startup, 人工知能 = artificial intelligence). */
  general: 0.7,
} as const;

// Names found as names: the English is a title or a defined form, not a phrase cut from prose.
const NAME_SOURCES = new Set<EvidenceSource>(['definition', 'abbreviation', 'quote', 'reading']);

/** Whether the dictionary entry of `ja` has a gloss holding every content word of `en`. */
export function dictionaryGives(ja: string, en: string): boolean {
  const entry = lookupJapanese(ja);
  if (!entry) return false;
  const stems = contentStems(en);
  if (stems.length === 0) return false;
  return entry.glosses.some((gloss) => stems.every((stem) => gloss.includes(stem)));
}

/** The termhood weight of a pair (TERMHOOD), from the dictionary and the shape of the English. */
export function termhood(ja: string, en: string, sources: readonly EvidenceSource[]): number {
  // a term the document defines is its own term, even where the dictionary has it (国際宇宙ステーション)
  if (sources.includes('definition')) return TERMHOOD.name;
  if (dictionaryGives(ja, en)) return TERMHOOD.general;
  if (sources.some((source) => NAME_SOURCES.has(source)) || isTitleCase(en)) return TERMHOOD.name;
  return contentStems(en).length >= 2 ? TERMHOOD.phrase : TERMHOOD.word;
}

/** "Space Strategy Fund", "Universities for International Research Excellence": every content word capitalised. */
function isTitleCase(en: string): boolean {
  const words = en.split(/\s+/).filter((word) => !/^(?:for|of|and|the|on|in|to|with|by)$/.test(word));
  return words.length >= 2 && words.every((word) => /^[A-Z0-9]/.test(word));
}
