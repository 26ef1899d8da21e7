// A PDF page break leaves a blank line in the middle of a paragraph or bullet:
//   EN 35 "…the proliferation of disinformation and" / blank / 37 "misinformation, increasing…"
//   JA 67 "…視野に入れつつ、A I の" / blank / 69 "研究開発や活用の動向等を踏まえ…"
// The English conversion sometimes even turns the continuation into a list item ("- and we will
// promote…", "- capacity network…"). The evidence for a join: the text before the break does not
// end a sentence, and what follows is not a new bullet or heading (in English: starts lowercase).
import type { Lang } from '../model.js';
import { endsSentence } from './numbering.js';
import type { Unit } from './units.js';

const isBody = (unit: Unit) => unit.kind === 'paragraph' || unit.kind === 'bullet';

/** A page break falls at the bottom of a full page: the text before it is a bullet or a paragraph of
 *  some length, not a short unpunctuated line such as a heading the converter left unmarked. */
const MIN_BROKEN_PARAGRAPH = 80;

export function continuesAfterBreak(previous: Unit, next: Unit, lang: Lang): boolean {
  if (!isBody(previous) || !isBody(next)) return false;
  if (next.marker === 'bullet') return false;
  const last = previous.contents[previous.contents.length - 1] ?? '';
  const first = next.contents[0] ?? '';
  const unfinished = !endsSentence(last);
  const startsLowercase = /^\p{Ll}/u.test(first);
  if (next.marker === 'dash') return lang === 'en' && unfinished && startsLowercase;
  // A sentence never starts in lowercase, so an English lowercase start continues even after "etc."
  if (lang === 'en' && startsLowercase) return true;
  const substantial = previous.kind === 'bullet' || previous.contents.join(' ').length >= MIN_BROKEN_PARAGRAPH;
  return unfinished && substantial;
}

/** Merges every unit that continues the previous one across a page break (or hard wrap). */
export function joinPageBreaks(units: Unit[], lang: Lang): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (previous && continuesAfterBreak(previous, unit, lang)) {
      out[out.length - 1] = {
        ...previous,
        lines: [...previous.lines, ...unit.lines],
        contents: [...previous.contents, ...unit.contents],
      };
    } else {
      out.push(unit);
    }
  }
  return out;
}
