// Finding a term in a sentence the way a reviewer would: English case-, plural-, hyphen- and
// space-insensitive ("start-up" = "startups"); Japanese on normalised text, Latin names whole.
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

/** Offsets of a Japanese term in normalised Japanese text. */
export function findJapaneseTerm(text: string, term: string): number[] {
  return japaneseTermFinder(term)(text);
}
