// `parse --format tree`: the outline for a person — line ranges, numbers, titles, how many blocks
// sit directly under each heading, and where the file printed a number differently from the outline.
import type { Document, Section } from '../model.js';
import { circled } from './numbering.js';
import { formatLineRange, spanOfLines } from '../text/line-range.js';

const LEVEL_NAMES = ['chapter', 'section', 'item', 'topic heading'];

/** The marker the numbering scheme prints for this section; a different `printed` is worth a note. */
function expectedMarker(section: Section): string | null {
  if (section.number === null) return null;
  if (section.level === 1) return `${section.number}.`;
  if (section.level === 2) return section.number;
  return section.number.length === 1 ? section.number : circled(Number(section.number));
}

function printedNote(section: Section): string {
  if (section.printed === undefined || section.level === 4) return '';
  if (section.printed === expectedMarker(section)) return '';
  return section.printed === null ? '  [number not printed]' : `  [printed as ${section.printed}]`;
}

function label(section: Section): string {
  if (section.level === 4) return `(${section.title})`;
  if (section.number === null) return section.title;
  return `${section.level === 1 ? `${section.number}.` : section.number} ${section.title}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatOutline(doc: Document): string {
  const ownBlocks = new Map<string | null, number>();
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || block.kind === 'title' || block.kind === 'toc') continue;
    ownBlocks.set(block.section, (ownBlocks.get(block.section) ?? 0) + 1);
  }
  const span = (lines: [number, number]) => formatLineRange(lines);
  const rows: Array<[string, string]> = [];

  const front = (kind: 'title' | 'toc', name: (n: number) => string) => {
    const blocks = doc.blocks.filter((b) => b.kind === kind);
    const lines = spanOfLines(blocks);
    if (lines) rows.push([span(lines), name(blocks.length)]);
  };
  front('title', (n) => `title (${plural(n, 'line')})`);
  front('toc', (n) => `table of contents (${n} ${n === 1 ? 'line' : 'lines'})`);
  const unsectioned = ownBlocks.get(null) ?? 0;
  if (unsectioned > 0) rows.push(['', `(before the first heading: ${plural(unsectioned, 'block')})`]);

  for (const section of doc.sections) {
    const count = ownBlocks.get(section.id) ?? 0;
    const indent = '  '.repeat(section.level - 1);
    rows.push([span(section.lines), `${indent}${label(section)}${count > 0 ? ` · ${plural(count, 'block')}` : ''}${printedNote(section)}`]);
  }

  const counts = [1, 2, 3, 4].map((level) => doc.sections.filter((s) => s.level === level).length);
  const summary = counts.map((n, i) => plural(n, LEVEL_NAMES[i]!)).join(', ');
  const width = Math.max(...rows.map(([lines]) => lines.length));
  const header = `${doc.path} (${doc.lang}, ${doc.encoding}): ${summary}; ${plural(doc.blocks.length, 'block')}`;
  return `${header}\n${rows.map(([lines, text]) => `${lines.padStart(width)}  ${text}`).join('\n')}\n`;
}
