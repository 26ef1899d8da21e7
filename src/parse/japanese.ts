// The Japanese original is plain text, one line per heading or bullet ("- ・ …"); remark would
// mangle it ("1. 基本的な考え方" starts an ordered list that swallows the TOC), so it is read line by
// line. Hard-wrapped lines join the bullet above them; page-break joins are decided in assembly.
import { classifyHeading, endsSentence, headingText, MAX_JA_HEADING_LENGTH, splitMarker } from './numbering.js';
import { foldText } from './pdf-repair.js';
import { findFrontMatter, frontMatterUnits } from './toc.js';
import { stripHeadingMarkup, type Unit } from './units.js';

export function japaneseUnits(lines: string[]): Unit[] {
  const front = findFrontMatter(lines, 'ja');
  const units = frontMatterUnits(front, lines);
  let previousLine = -1; // 1-based number of the last non-blank body line

  for (let n = front.bodyStart; n <= lines.length; n++) {
    const line = lines[n - 1]!;
    if (line.trim() === '') continue;
    const adjacent = previousLine === n - 1;
    previousLine = n;
    const { marker, content } = splitMarker(line);
    const last = units[units.length - 1];

    if (marker !== null) {
      units.push({ kind: 'bullet', lines: [n], contents: [content], marker });
      continue;
    }
    // A line right under an unfinished bullet is its hard-wrapped continuation, whatever it starts with.
    if (adjacent && last && (last.kind === 'bullet' || last.kind === 'paragraph')) {
      last.lines.push(n);
      last.contents.push(content);
      continue;
    }
    // Japanese converted to markdown ("## 1. 基本的な考え方") reads the same as plain text.
    const folded = foldText(stripHeadingMarkup(content));
    const heading = classifyHeading(folded);
    if (heading && (heading.kind === 'topic' || (folded.length <= MAX_JA_HEADING_LENGTH && !endsSentence(folded)))) {
      units.push({
        kind: 'heading',
        lines: [n],
        contents: [content],
        marker: null,
        heading,
        normalizedText: headingText(heading),
      });
      continue;
    }
    units.push({ kind: 'paragraph', lines: [n], contents: [content], marker: null });
  }
  return units;
}
