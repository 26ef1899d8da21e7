// Quoted titles: 「…」 and 『…』 in Japanese, "…" and “…” in English. Their values differ between
// the languages; they matter as spans (a quoted plan name on one side should be quoted on the other)
// and for the glossary. Titles may contain other anchors (dates, numbers) and overlap each other.
import { matchBrackets } from './brackets.js';
import { candidate, type Candidate } from './candidate.js';

const MAX_TITLE_LENGTH = 200;
// Defined terms are read by names.ts (findDefinitions).
const JA_DEFINITION_BEFORE = /以下[、,]?$/u;
const EN_DEFINITION_BEFORE = /hereinafter[^"“”]{0,40}$/iu;

function titleValue(inner: string): string {
  return inner.replace(/\s+/gu, ' ').trim().replace(/[\s,.;:、。]+$/u, '');
}

export function findTitles(text: string, lang: 'ja' | 'en'): Candidate[] {
  const found: Candidate[] = [];
  const spans: Array<[number, number]> = [];
  const quoteChars = lang === 'ja' ? ['「', '『'] : ['“'];
  for (const pair of matchBrackets(text)) if (quoteChars.includes(pair.char)) spans.push([pair.open, pair.close]);
  if (lang === 'en') {
    // Straight quotes pair up in order of appearance.
    const quotes = [...text.matchAll(/"/gu)].map((m) => m.index);
    for (let i = 0; i + 1 < quotes.length; i += 2) spans.push([quotes[i]!, quotes[i + 1]!]);
  }
  const definitionBefore = lang === 'ja' ? JA_DEFINITION_BEFORE : EN_DEFINITION_BEFORE;
  for (const [open, close] of spans) {
    const value = titleValue(text.slice(open + 1, close));
    if (!value || close - open > MAX_TITLE_LENGTH) continue;
    if (definitionBefore.test(text.slice(Math.max(0, open - 60), open))) continue;
    found.push(candidate('title', open, close + 1, value));
  }
  return found;
}
