// Sections first: the two section trees, flattened in document order, are aligned by their
// numbering (chapter 1., section (1), item ①), their headings and their content. The English
// numbering is often garbled (① dropped, ② printed "2", heading levels meaningless), so a number
// is strong evidence but never the only one.
import type { Block, Document, Section } from '../model.js';
import type { AlignContext } from './context.js';
import { alignSequences, fillsWholeMatrix } from './dp.js';
import { featuresOf, mergeFeatures } from './features.js';
import { confidence, linkCost, LinkCostRows, SKIP_COST } from './score.js';

export interface SectionLink {
  ja: Section | null;
  en: Section | null;
  score: number;
}

function ownBlocks(document: Document): Map<string, Block[]> {
  const bySection = new Map<string, Block[]>();
  for (const block of document.blocks) {
    const id = block.opens ?? block.section;
    if (!id) continue;
    const list = bySection.get(id) ?? [];
    list.push(block);
    bySection.set(id, list);
  }
  return bySection;
}

function numberingCost(ja: Section, en: Section): number {
  const levelGap = Math.abs(ja.level - en.level);
  if (ja.number && en.number) {
    if (ja.number === en.number) return levelGap === 0 ? -3 : -1;
    return levelGap === 0 ? 2 : 1.5 + levelGap * 0.5;
  }
  if (ja.number || en.number) return 0.5 + levelGap * 0.5;
  return levelGap * 0.5;
}

export function alignSections(ja: Document, en: Document, context: AlignContext): SectionLink[] {
  const jaOwn = ownBlocks(ja);
  const enOwn = ownBlocks(en);
  const features = (document: Document, own: Map<string, Block[]>) =>
    document.sections.map((s) => mergeFeatures((own.get(s.id) ?? []).map((b) => context.blockFeatures.get(b)!)));
  const jaFeatures = features(ja, jaOwn);
  const enFeatures = features(en, enOwn);
  // A section whose body one side lost (or never had) still matches by its heading: the body's
  // difference is the blocks' business (an omission), not a reason to unlink the sections.
  // A heading line that opens two sections ("…研究基盤の強化（大学ファンドを通じた…の実現）") is the
  // first one's block; the second matches by its own title.
  const headings = (document: Document, own: Map<string, Block[]>) => {
    const headingLines = new Set(document.blocks.filter((b) => b.kind === 'heading').map((b) => b.lines[0]));
    return document.sections.map((s) => {
      const heading = (own.get(s.id) ?? []).filter((b) => b.opens === s.id);
      if (heading.length) return mergeFeatures(heading.map((b) => context.blockFeatures.get(b)!));
      return headingLines.has(s.lines[0]) && s.title ? featuresOf(s.title, [], document.lang) : null;
    });
  };
  const jaHeadings = headings(ja, jaOwn);
  const enHeadings = headings(en, enOwn);
  // The whole matrix is filled for a document of ordinary length: each Japanese section's costs
  // against all English sections at once (the same numbers, faster); a long one is banded.
  const whole = fillsWholeMatrix(ja.sections.length, en.sections.length);
  const rows = whole ? new LinkCostRows(enFeatures, context.model, context.weights) : null;
  // the headings' costs likewise, over the English sections that have a heading
  const enWithHeading = enHeadings.flatMap((h, j) => (h ? [j] : []));
  const headingColumn = new Int32Array(en.sections.length).fill(-1);
  enWithHeading.forEach((j, column) => (headingColumn[j] = column));
  const headingRows = whole ? new LinkCostRows(enWithHeading.map((j) => enHeadings[j]!), context.model, context.weights) : null;
  const headingRowOf = new Map<number, Float64Array>();
  const headingCost = (i: number, j: number) => {
    const [x, y] = [jaHeadings[i], enHeadings[j]];
    if (!x || !y) return Infinity;
    if (headingRows === null) return linkCost(x, y, context.model, context.weights);
    let row = headingRowOf.get(i);
    if (row === undefined) {
      row = headingRows.row(x);
      headingRowOf.set(i, row);
    }
    return row[headingColumn[j]!]!;
  };
  const rowOf = new Map<number, Float64Array>();
  const content = (i: number, j: number) => {
    if (rows === null) return linkCost(jaFeatures[i]!, enFeatures[j]!, context.model, context.weights);
    let row = rowOf.get(i);
    if (row === undefined) {
      row = rows.row(jaFeatures[i]!);
      rowOf.set(i, row);
    }
    return row[j]!;
  };
  const cost = (i: number, j: number, a: number, b: number) => {
    if (a === 0 || b === 0) return SKIP_COST;
    return numberingCost(ja.sections[i]!, en.sections[j]!) + 0.5 * Math.min(content(i, j), headingCost(i, j));
  };
  const steps = alignSequences(ja.sections.length, en.sections.length, cost, [
    { a: 1, b: 1 },
    { a: 1, b: 0 },
    { a: 0, b: 1 },
  ]);
  return steps.map((step) => ({
    ja: step.a ? ja.sections[step.i]! : null,
    en: step.b ? en.sections[step.j]! : null,
    score: step.a && step.b ? confidence(step.cost) : 0,
  }));
}
