// Units from either parser → Document: page-break joins, the section tree, block ids, normalised
// text with its line map, and each section's line range.
import type { Block, Document, Section, SourceText } from '../model.js';
import { buildOutline } from './outline.js';
import { joinPageBreaks } from './page-breaks.js';
import { joinSeparator, normalizeText } from './pdf-repair.js';
import type { Unit } from './units.js';

function normalizeUnit(unit: Unit, lang: SourceText['lang']): { normalized: string; lineMap: Array<[number, number]> } {
  if (unit.normalizedText !== undefined) {
    return { normalized: normalizeText(unit.normalizedText, lang), lineMap: [[0, unit.lines[0]!]] };
  }
  let normalized = '';
  const lineMap: Array<[number, number]> = [];
  unit.contents.forEach((content, i) => {
    const part = normalizeText(content, lang);
    if (part === '') return;
    if (normalized !== '') normalized += joinSeparator(normalized, part);
    lineMap.push([normalized.length, unit.lines[i]!]);
    normalized += part;
  });
  if (lineMap.length === 0) lineMap.push([0, unit.lines[0]!]);
  return { normalized, lineMap };
}

export function assembleDocument(source: SourceText, units: Unit[]): Document {
  const sourceLines = source.text.split('\n');
  const joined = joinPageBreaks(units, source.lang, sourceLines);

  const headingUnits = joined.filter((unit) => unit.kind === 'heading' && unit.heading);
  const outline = buildOutline(
    headingUnits.map((unit) => ({ line: unit.lines[0]!, heading: unit.heading! })),
    source.lang,
  );
  const opensByUnit = new Map(headingUnits.map((unit, i) => [unit, outline.opens[i]!]));

  let current: string | null = null;
  const blocks: Block[] = joined.map((unit, i) => {
    const opens = opensByUnit.get(unit);
    if (opens) current = opens[opens.length - 1]!;
    const { normalized, lineMap } = normalizeUnit(unit, source.lang);
    const block: Block = {
      id: `b${i + 1}`,
      kind: unit.kind,
      lines: [unit.lines[0]!, unit.lines[unit.lines.length - 1]!],
      // A line carrying two headings belongs to the first (the item); the topic opens on it too.
      section: opens ? opens[0]! : current,
      text: unit.lines.map((line) => sourceLines[line - 1]!).join('\n'),
      normalized,
      anchors: [],
      lineMap,
    };
    if (opens) block.opens = opens[0]!;
    return block;
  });

  extendSectionLines(outline.sections, blocks);
  return {
    schema: 'strategy-align/document@1',
    path: source.path,
    lang: source.lang,
    encoding: source.encoding,
    sha256: source.sha256,
    sections: outline.sections,
    blocks,
  };
}

/** A section runs from its heading to the last line of the last block inside it or its descendants. */
function extendSectionLines(sections: Section[], blocks: Block[]): void {
  const byId = new Map(sections.map((section) => [section.id, section]));
  for (const block of blocks) {
    for (let id = block.section; id !== null; ) {
      const section = byId.get(id)!;
      if (block.lines[1] > section.lines[1]) section.lines[1] = block.lines[1];
      id = section.parent;
    }
  }
}
