// Finding a term in a sentence the way a reviewer would: English case-, plural-, hyphen- and
// space-insensitive ("start-up" = "startups"); Japanese on normalised text, Latin names whole.
import { isHiragana } from '../text/script.js';
import { normalizeEnglish, normalizeJapanese } from './text.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for one English word with its plural or singular. */
function wordPattern(word: string): string {
  const lower = word.toLowerCase();
  if (/[^aeiou]ies$/.test(lower)) return `${escape(lower.slice(0, -3))}(?:y|ies)`;
  if (/[^aeiou]y$/.test(lower)) return `${escape(lower.slice(0, -1))}(?:y|ies)`;
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return `${escape(lower.slice(0, -2))}(?:es)?`;
  if (/(?:ss|sh|ch|x|z)$/.test(lower)) return `${escape(lower)}(?:es)?`;
  if (/[^su]s$/.test(lower) && lower.length > 3) return `${escape(lower.slice(0, -1))}s?`;
  return `${escape(lower)}(?:s|es)?`;
}

// Pieces of a term: words, and the hyphens and slashes between them, which may be spaces or nothing.
const SEPARATOR = '[\\s\\-‐–/]*';

/** One pattern matching any of the English renderings. */
export function englishTermPattern(renderings: string[]): RegExp {
  const alternatives = renderings
    .map((rendering) =>
      normalizeEnglish(rendering)
        .split(/[\s\-‐–/]+/)
        .filter(Boolean)
        .map(wordPattern)
        .join(SEPARATOR),
    )
    .filter(Boolean);
  // the longest first, so an alternative that is a prefix of another never wins early
  alternatives.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  // ASCII word boundaries: Unicode property classes under /iu make the pattern slow to build and run
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'i');
}

// Nominalisations whose verb translators use instead: 社会実装 "social implementation" is as often
// "implement … in society". Suffix → how much to cut to reach the verb's stem.
const NOMINALISATIONS: Array<[RegExp, number]> = [
  [/ation$/, 5], // implementation → implement, utilization → utiliz
  [/[ts]ion$/, 3], // creation → creat, promotion → promot
  [/ment$/, 4], // development → develop
];
const MIN_STEM = 4;
/** Words that may stand between the verb and the rest of the term: "implement technology in society". */
const REPHRASE_GAP = 6;

function stem(word: string): string {
  return escape(word.length <= MIN_STEM + 1 ? word : word.slice(0, Math.max(MIN_STEM, word.length - 2)));
}

function verbStem(noun: string): string | null {
  for (const [suffix, cut] of NOMINALISATIONS) {
    if (suffix.test(noun) && noun.length - cut >= MIN_STEM) return noun.slice(0, noun.length - cut);
  }
  return null;
}

/**
 * A term whose head is a nominalisation, rephrased with its verb: "social implementation" ≈
 * "implemented in society", "human resource development" ≈ "develop … human resources". The
 * other words match by stem (social ~ society), within a few words of the verb, in either order.
 * Null for a term this does not apply to ("economic security" has no verb to turn into).
 */
export function verbRephrasePattern(rendering: string): RegExp | null {
  const words = normalizeEnglish(rendering).toLowerCase().split(/[\s\-‐–/]+/).filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) return null;
  const verb = verbStem(words[words.length - 1]!);
  if (!verb) return null;
  const head = `${escape(verb)}[a-z]*`;
  const rest = words.slice(0, -1).map((w) => `${stem(w)}[a-z]*`).join(SEPARATOR);
  const gap = `(?:[^A-Za-z0-9]+[A-Za-z0-9'’&\-]+){0,${REPHRASE_GAP}}?[^A-Za-z0-9]+`;
  return new RegExp(`(?<![A-Za-z0-9])(?:${head}${gap}${rest}|${rest}${gap}${head})(?![A-Za-z0-9])`, 'i');
}

/**
 * The adverbs of one-word renderings, for the term used adverbially (グローバルに → "globally",
 * 戦略的に → "strategically"); null when no rendering is a plain lower-case word.
 */
export function adverbPattern(renderings: string[]): RegExp | null {
  const adverbs = renderings
    .map((rendering) => normalizeEnglish(rendering))
    .filter((word) => /^[a-z]{3,}$/.test(word))
    .map((word) => (word.endsWith('ic') ? `${word}ally` : `${word}ly`));
  return adverbs.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${adverbs.map(escape).join('|')})(?![A-Za-z0-9])`, 'i') : null;
}

/** A finder of a Japanese term in normalised Japanese text; Latin-script terms must stand alone (AI ≠ AISI). */
export function japaneseTermFinder(term: string): (text: string) => number[] {
  const needle = normalizeJapanese(term);
  const latinStart = /^[A-Za-z0-9]/.test(needle);
  const latinEnd = /[A-Za-z0-9]$/.test(needle);
  return (text: string) => {
    const hits: number[] = [];
    if (!needle) return hits;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (latinStart && /[A-Za-z0-9]/.test(text[at - 1] ?? '')) continue;
      if (latinEnd && /[A-Za-z0-9]/.test(text[at + needle.length] ?? '')) continue;
      hits.push(at);
    }
    return hits;
  };
}

// Characters that continue a Japanese word: letters of any script but hiragana (particles and
// okurigana end a compound: 国研は, 国研の). Digits label a term rather than extend it (統合戦略2025 is
// 統合戦略 of 2025); 等 ("etc.") is the one suffix that leaves the term itself.
const WORD_CONTINUES = /^\p{L}$/u;
const DETACHED_SUFFIXES = new Set(['等']);

function continuesWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CONTINUES.test(ch) && !isHiragana(ch);
}

/**
 * Whether a hit of `term` at `at` is the term itself rather than part of a longer word: 基本計画 in
 * エネルギー基本計画 (the Strategic Energy Plan), サイクル in リサイクル, 国立研究開発法人 before the name
 * of one agency are other words, whose translations need not hold the term's rendering.
 */
export function standsAlone(text: string, at: number, term: string): boolean {
  const after = text[at + term.length];
  return !continuesWord(text[at - 1]) && (!continuesWord(after) || DETACHED_SUFFIXES.has(after!));
}

/** Offsets of a Japanese term in normalised Japanese text. */
export function findJapaneseTerm(text: string, term: string): number[] {
  return japaneseTermFinder(term)(text);
}
