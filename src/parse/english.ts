// The English translation is markdown converted from a PDF. remark-parse gives the block structure
// with positions (headings, paragraphs, list items, lazy continuation lines); the outline level is
// NOT taken from `#` depth, which is all over the place, but from the numbering (numbering.ts).
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { classifyHeading, endsSentence, headingText, MAX_HEADING_LENGTH, splitMarker } from './numbering.js';
import { foldText } from './pdf-repair.js';
import { findFrontMatter, frontMatterUnits } from './toc.js';
import { stripHeadingMarkup, type Unit } from './units.js';

/** The item line under "(2) Enhancement of Knowledge Bases…" runs to 208 characters. */
const MAX_FIRST_ITEM_LENGTH = 250;

type MdUnit = { first: number; last: number; type: 'heading' | 'paragraph' | 'listItem' };

/** Leaf-level line ranges of the markdown tree, in document order, no line in two; a list item's range stops before its nested list. */
function markdownUnits(blocks: Root['children'], lines: string[]): MdUnit[] {
  const units: MdUnit[] = [];
  const push = (node: Nodes, type: MdUnit['type']) => {
    if (node.position) units.push({ first: node.position.start.line, last: node.position.end.line, type });
  };
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') return push(node, 'heading');
    if (node.type === 'list') return node.children.forEach(visit);
    if (node.type === 'listItem') {
      // The item's own text, run by run between its nested lists, so that no line is in two units:
      // the first run starts at the marker line; "- - text" (a list on the marker line) leaves that
      // line to the nested item; a paragraph after a nested list is a run of its own.
      const start = node.position!.start.line;
      let run: { first: number; last: number } | null = node.children[0]?.type === 'list' && node.children[0].position?.start.line === start ? null : { first: start, last: start };
      for (const child of node.children) {
        if (child.type === 'list') {
          if (run) units.push({ ...run, type: 'listItem' });
          run = null;
          visit(child);
        } else if (child.position) {
          run = run ? { first: run.first, last: child.position.end.line } : { first: child.position.start.line, last: child.position.end.line };
        }
      }
      if (run) units.push({ ...run, type: 'listItem' });
      return;
    }
    if (node.type === 'blockquote' && node.children.length > 0) return node.children.forEach(visit); // an empty one (">") is a line like "---"
    push(node, 'paragraph'); // paragraph, code, html, table, thematic break: prose to us
  };
  blocks.forEach(visit);
  return coverEveryLine(units, lines);
}

/** A line that can hold a block open across a blank line and a heading after it: a code fence
 *  (at any indentation: fences nest in list items) or an HTML block that ends only at its own
 *  closing marker (<script, <pre, <style, <textarea, <!--, <?, <!X, <![CDATA[). */
const SPANNING_BLOCK = /^[ \t]*(?:`{3,}|~{3,})|^ {0,3}<(?:script|pre|style|textarea|[!?])/i;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * The markdown tree's top-level nodes, parsed piece by piece. micromark's cost grows faster than
 * the text (a 3 MB translation: 8 s whole, 2.7 s in pieces), so the text is cut before every
 * `#` heading that follows a blank line: there, every block is closed (a heading at column 0 is
 * no list or quote continuation), so each piece parses as it would in the whole. A text with a
 * block that can span that point is parsed whole. Positions are shifted back to the whole's lines.
 */
export function markdownBlocks(text: string, lines: string[]): Root['children'] {
  if (lines.some((line) => SPANNING_BLOCK.test(line))) return unified().use(remarkParse).parse(text).children;
  const parser = unified().use(remarkParse);
  const blocks: Root['children'] = [];
  let start = 0;
  for (let end = 1; end <= lines.length; end++) {
    if (end < lines.length && !(lines[end - 1]!.trim() === '' && ATX_HEADING.test(lines[end]!))) continue;
    for (const node of parser.parse(lines.slice(start, end).join('\n')).children) blocks.push(shiftLines(node, start));
    start = end;
  }
  return blocks;
}

/** Moves a block node and the blocks inside it (not their inline content) down by `by` lines. */
function shiftLines<N extends Nodes>(node: N, by: number): N {
  if (by === 0) return node;
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') for (const child of node.children) shiftLines(child, by);
  return node;
}

/**
 * Makes the ranges disjoint and complete. remark starts a setext heading at a link definition
 * before it ("[x]: /url" over "Title" over "==="): a range is clipped to start after the one before.
 * Lines no node covers (the ">" of an empty quote line) become paragraphs: every non-blank line
 * lands in a block.
 */
function coverEveryLine(units: MdUnit[], lines: string[]): MdUnit[] {
  const out: MdUnit[] = [];
  let covered = 0;
  const uncovered = (from: number, to: number) => {
    let first = 0;
    for (let n = from; n <= to + 1; n++) {
      const blank = n > to || lines[n - 1]!.trim() === '';
      if (!blank && first === 0) first = n;
      if (blank && first !== 0) {
        out.push({ first, last: n - 1, type: 'paragraph' });
        first = 0;
      }
    }
  };
  for (const unit of units) {
    const first = Math.max(unit.first, covered + 1);
    if (first > unit.last) continue;
    uncovered(covered + 1, first - 1);
    out.push({ ...unit, first });
    covered = unit.last;
  }
  uncovered(covered + 1, lines.length);
  return out;
}

function headingUnit(line: number, raw: string, options: { bareDigitItems: boolean }): Unit | null {
  const content = stripHeadingMarkup(splitMarker(raw).content);
  const folded = foldText(content);
  const heading = classifyHeading(folded, options);
  if (!heading) return null;
  return {
    kind: 'heading',
    lines: [line],
    contents: [content],
    marker: null,
    heading,
    normalizedText: headingText(heading),
  };
}

/** A markdown heading without a recognisable number: an item whose ① the translation dropped. */
function unnumberedHeading(line: number, raw: string): Unit {
  const content = stripHeadingMarkup(raw);
  const folded = foldText(content);
  return {
    kind: 'heading',
    lines: [line],
    contents: [content],
    marker: null,
    heading: { kind: 'item', value: null, printed: null, title: folded },
    normalizedText: folded,
  };
}

/** Splits one markdown range into body units: a "•" line starts a new bullet even when the PDF
 *  conversion left no blank line before it (markdown does not know "•"). */
function bodyUnits(md: MdUnit, lines: string[], skip: Set<number>): Unit[] {
  const units: Unit[] = [];
  for (let n = md.first; n <= md.last; n++) {
    const raw = lines[n - 1]!;
    if (raw.trim() === '' || skip.has(n)) continue;
    const { marker, content } = splitMarker(raw);
    const last = units[units.length - 1];
    if (last && !(marker === 'bullet' && n > md.first)) {
      last.lines.push(n);
      last.contents.push(content);
      continue;
    }
    const kind = md.type === 'listItem' || marker !== null ? 'bullet' : 'paragraph';
    units.push({ kind, lines: [n], contents: [content], marker });
  }
  return units;
}

/** Hard wrapping can put a "- " at the start of a line ("…Keihan Shijo Station" / "- Keihan Gojo
 *  Station - …"), and markdown then starts a list. A dash item right under an unfinished paragraph
 *  line, with no blank line between, is that paragraph's next line; a list after an intro line
 *  ("…as follows:") or after another item is a list. */
function continuesWrappedLine(previous: Unit, unit: Unit, lines: string[]): boolean {
  if (previous.kind !== 'paragraph' || unit.marker !== 'dash') return false;
  const lastLine = previous.lines[previous.lines.length - 1]!;
  return unit.lines[0] === lastLine + 1 && !endsSentence(lines[lastLine - 1]!.trim());
}

/** A numbered or parenthesised line that markdown saw as a paragraph or list item
 *  ("- (2) Enhancement of Knowledge Bases…", "(Promotion of AI Utilization)"). */
function asHeading(unit: Unit, lines: string[]): Unit | null {
  if (unit.lines.length !== 1 || unit.marker === 'bullet') return null;
  const line = unit.lines[0]!;
  const candidate = headingUnit(line, lines[line - 1]!, { bareDigitItems: false });
  if (!candidate) return null;
  const folded = foldText(unit.contents[0]!);
  if (candidate.heading!.kind === 'topic') return candidate;
  return folded.length <= MAX_HEADING_LENGTH && !endsSentence(folded) ? candidate : null;
}

/** The lines of a heading that spans several (setext), blank ones left out, and its text; null for one line. */
function setextSpan(md: MdUnit, lines: string[]): { lines: number[]; text: string } | null {
  if (md.last === md.first) return null;
  const span: number[] = [];
  for (let n = md.first; n <= md.last; n++) if (lines[n - 1]!.trim() !== '') span.push(n);
  const text = span
    .filter((n) => n !== md.last)
    .map((n) => lines[n - 1]!.trim())
    .join(' ');
  return { lines: span, text };
}

export function englishUnits(text: string, lines: string[]): Unit[] {
  const front = findFrontMatter(lines, 'en');
  const units = frontMatterUnits(front, lines);
  const skip = new Set<number>();
  for (let n = 1; n < front.bodyStart; n++) skip.add(n);

  const body: Unit[] = [];
  for (const md of markdownUnits(markdownBlocks(text, lines), lines)) {
    if (md.last < front.bodyStart) continue;
    if (md.type === 'heading' && !skip.has(md.first)) {
      // A setext heading ("Title" over "---" or "===") may run over several lines: its text is
      // all of them but the underline, and the block owns the underline too.
      const span = setextSpan(md, lines);
      const raw = span === null ? lines[md.first - 1]! : span.text;
      const folded = foldText(stripHeadingMarkup(raw));
      const unit: Unit =
        endsSentence(folded) && folded.length > MAX_HEADING_LENGTH
          ? { kind: 'paragraph', lines: [md.first], contents: [stripHeadingMarkup(raw)], marker: null }
          : (headingUnit(md.first, raw, { bareDigitItems: true }) ?? unnumberedHeading(md.first, raw));
      if (span !== null) {
        unit.lines = span.lines;
        unit.contents = span.lines.map((n, i) => (i === 0 ? unit.contents[0]! : n === md.last ? '' : lines[n - 1]!.trim()));
        if (unit.kind === 'paragraph') unit.contents[0] = lines[md.first - 1]!.trim();
      }
      body.push(unit);
      continue;
    }
    for (const unit of bodyUnits(md, lines, skip)) {
      const previous = body[body.length - 1];
      if (previous && continuesWrappedLine(previous, unit, lines)) {
        previous.lines.push(...unit.lines);
        previous.contents.push(lines[unit.lines[0]! - 1]!.trim(), ...unit.contents.slice(1));
        continue;
      }
      body.push(asHeading(unit, lines) ?? unit);
    }
  }
  markFirstItems(body);
  return [...units, ...body];
}

/**
 * Under "- (2) Enhancement of Knowledge Bases…" the English renders "① 大学ファンドと…" as a nested
 * list item with no marker at all. A short unfinished line between a section heading and the next
 * heading is that item's heading.
 */
function markFirstItems(units: Unit[]): void {
  for (let i = 1; i + 1 < units.length; i++) {
    const before = units[i - 1]!;
    const unit = units[i]!;
    const after = units[i + 1]!;
    if (before.heading?.kind !== 'section' || after.kind !== 'heading' || unit.kind === 'heading') continue;
    if (unit.lines.length !== 1) continue;
    const folded = foldText(unit.contents[0]!);
    if (folded.length > MAX_FIRST_ITEM_LENGTH || endsSentence(folded)) continue;
    units[i] = {
      kind: 'heading',
      lines: unit.lines,
      contents: unit.contents,
      marker: null,
      heading: { kind: 'item', value: null, printed: null, title: folded },
      normalizedText: folded,
    };
  }
}
