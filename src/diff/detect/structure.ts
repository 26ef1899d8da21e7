// Heading and numbering differences a reader would notice: a section one side lacks, an item
// marker the English dropped or printed differently (③ printed "(3)", ① left out).
import type { Alignment, Block, Section } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { blockSide } from './locate.js';

export const structureDetector: Detector = {
  kinds: [
    {
      kind: 'structure',
      defaultSeverity: 'warning',
      name: 'Structure',
      title: 'structure',
      label: 'Structure',
      summary: 'A heading or numbering differs.',
      description:
        'A heading or numbering differs in a way a reader would notice: a missing section, ③ numbered "(3)", a chapter split differently.',
      help: 'Restore the heading or numbering of the Japanese original in the English.',
    },
  ],
  detect: ({ alignment }) => detectStructure(alignment),
};

const MARKER = /^\s*(?:[-#•*]\s*)*([①-⑳]|[(（]\s*\d+\s*[)）]|\d+\s*[.．]?)(?=\s|[^\d.．)）])/u;

/** The numbering as printed at the start of a heading, made comparable: "(3)" and "（3）" alike. */
export function printedMarker(heading: string): string | null {
  const raw = MARKER.exec(heading)?.[1];
  return raw ? foldMarker(raw) : null;
}

/** Full-width digits and brackets folded to ASCII, but ① kept: NFKC would make it "1", the very
 *  difference this check is for. */
function foldMarker(marker: string): string {
  return marker
    .replace(/[０-９（）．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/\.$/, '');
}

/** The heading block printed on the section's first line (one line may open two sections). */
const isCircled = (marker: string) => /^[①-⑳]$/u.test(marker);
const circledValue = (marker: string) => marker.codePointAt(0)! - 0x2460 + 1;

/** The marker printed in the file, as parse recorded it, else read off the heading text. */
function marker(section: Section, heading: Block): string | null {
  const printed = section.printed === undefined ? printedMarker(heading.text) : section.printed;
  return printed ? foldMarker(printed) : null;
}

/** Heading blocks by every line they cover (blocks never share a line): a lookup per section,
 *  where scanning the blocks for each section grew with the square of the document. */
function headingsByLine(blocks: Block[]): Map<number, Block> {
  const byLine = new Map<number, Block>();
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    for (let line = block.lines[0]; line <= block.lines[1]; line++) if (!byLine.has(line)) byLine.set(line, block);
  }
  return byLine;
}

function headingOf(headings: Map<number, Block>, section: Section): Block | undefined {
  return headings.get(section.lines[0]);
}

export function detectStructure(alignment: Alignment): Draft[] {
  const drafts: Draft[] = [];
  const jaSections = new Map(alignment.ja.sections.map((s) => [s.id, s]));
  const enSections = new Map(alignment.en.sections.map((s) => [s.id, s]));
  const pairOf = new Map<Block, string>();
  for (const pair of alignment.pairs) for (const block of [...pair.ja, ...pair.en]) pairOf.set(block, pair.id);
  const push = (draft: Draft, heading: Block) => drafts.push({ ...draft, pair: pairOf.get(heading) });
  const linkedEn = new Set(alignment.sections.filter((l) => l.ja && l.en).map((l) => l.en!));
  // One English line may open a numbered section and a topic in brackets after it; the pair is
  // the line's, and its number is the outer section's.
  const sameLine = (a: Section, b: Section) => a.id !== b.id && a.lines[0] === b.lines[0];
  const sharesLineWithLinked = (section: Section) => alignment.en.sections.some((o) => sameLine(o, section) && linkedEn.has(o.id));
  const lineOpener = (section: Section) =>
    section.number === null ? (alignment.en.sections.find((o) => sameLine(o, section) && o.id === section.parent) ?? section) : section;
  const jaHeadings = headingsByLine(alignment.ja.blocks);
  const enHeadings = headingsByLine(alignment.en.blocks);
  for (const link of alignment.sections) {
    const ja = link.ja ? jaSections.get(link.ja) : undefined;
    const en = link.en ? enSections.get(link.en) : undefined;
    const jaHeading = ja && headingOf(jaHeadings, ja);
    const enHeading = en && headingOf(enHeadings, en);
    if (en && enHeading && !ja && sharesLineWithLinked(en)) {
      // "## 4. Honganbokori (Presumption upon the Primal Vow)": the bracket read as a second heading
      // on the line; the line is linked through it
    } else if (ja && jaHeading && !en) {
      push({ kind: 'structure', ja: blockSide([jaHeading]), en: null, message: `The English has no heading for the Japanese section ${jaHeading.normalized}`, expected: jaHeading.normalized }, jaHeading);
    } else if (en && enHeading && !ja) {
      push({ kind: 'structure', ja: null, en: blockSide([enHeading]), message: `The Japanese has no section for the English heading ${enHeading.normalized}`, found: enHeading.normalized }, enHeading);
    } else if (jaHeading && enHeading) {
      const expected = marker(ja, jaHeading);
      const found = marker(lineOpener(en!), enHeading);
      if (expected && expected !== found) {
        push({
          kind: 'structure',
          ja: blockSide([jaHeading]),
          en: blockSide([enHeading]),
          expected,
          found: found ?? '(none)',
          message: found ? `Heading numbered ${expected} in Japanese is numbered ${found} in English` : `Heading numbered ${expected} in Japanese has no number in English`,
          // ① printed as a bare "1" is how PDF extraction often renders a circled numeral: worth a
          // note, not a warning. A dropped number or another scheme, "(3)" for ③, is a real difference.
          ...(isCircled(expected) && found === String(circledValue(expected)) ? { severity: 'info' as const } : {}),
        }, jaHeading);
      }
    }
  }
  return drafts;
}
