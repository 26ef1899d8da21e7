// Heading and numbering differences a reader would notice: a section one side lacks, an item
// marker the English dropped or printed differently (③ printed "(3)", ① left out).
import type { Alignment, Block, Discrepancy, Section } from '../../model.js';
import { blockSide } from './locate.js';

type Draft = Omit<Discrepancy, 'id' | 'severity' | 'section'>;

const MARKER = /^\s*(?:[-#•*]\s*)*([①-⑳]|[(（]\s*\d+\s*[)）]|\d+\s*[.．]?)(?=\s|[^\d.．)）])/u;

/** The numbering as printed at the start of a heading, made comparable: "(3)" and "（3）" alike. */
export function printedMarker(heading: string): string | null {
  const raw = MARKER.exec(heading)?.[1];
  if (!raw) return null;
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/[．]/g, '.').replace(/\.$/, '');
}

function headingOf(blocks: Block[], section: Section): Block | undefined {
  return blocks.find((b) => b.opens === section.id);
}

export function detectStructure(alignment: Alignment): Draft[] {
  const drafts: Draft[] = [];
  const jaSections = new Map(alignment.ja.sections.map((s) => [s.id, s]));
  const enSections = new Map(alignment.en.sections.map((s) => [s.id, s]));
  const pairOf = new Map<Block, string>();
  for (const pair of alignment.pairs) for (const block of [...pair.ja, ...pair.en]) pairOf.set(block, pair.id);
  const push = (draft: Draft, heading: Block) => drafts.push({ ...draft, pair: pairOf.get(heading) });
  for (const link of alignment.sections) {
    const ja = link.ja ? jaSections.get(link.ja) : undefined;
    const en = link.en ? enSections.get(link.en) : undefined;
    const jaHeading = ja && headingOf(alignment.ja.blocks, ja);
    const enHeading = en && headingOf(alignment.en.blocks, en);
    if (ja && jaHeading && !en) {
      push({ kind: 'structure', ja: blockSide([jaHeading]), en: null, message: `The English has no heading for the Japanese section ${jaHeading.normalized}`, expected: jaHeading.normalized }, jaHeading);
    } else if (en && enHeading && !ja) {
      push({ kind: 'structure', ja: null, en: blockSide([enHeading]), message: `The Japanese has no section for the English heading ${enHeading.normalized}`, found: enHeading.normalized }, enHeading);
    } else if (jaHeading && enHeading) {
      const expected = printedMarker(jaHeading.normalized);
      const found = printedMarker(enHeading.normalized);
      if (expected && expected !== found) {
        push({
          kind: 'structure',
          ja: blockSide([jaHeading]),
          en: blockSide([enHeading]),
          expected,
          found: found ?? '(none)',
          message: found ? `Heading numbered ${expected} in Japanese is numbered ${found} in English` : `Heading numbered ${expected} in Japanese has no number in English`,
        }, jaHeading);
      }
    }
  }
  return drafts;
}
