// Invariants on arbitrary cuts of the real seeds (random line ranges, random lines dropped): the
// parser never throws, every non-blank line lands in exactly one block, and the tree stays a tree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, Lang } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { sourceFromBytes } from '../../src/read/index.js';
import { seedLines } from '../helpers/seeds.js';

function checkInvariants(doc: Document, lines: string[]): void {
  const owner = new Array<number>(lines.length + 1).fill(0);
  let previousLast = 0;
  for (const block of doc.blocks) {
    expect(block.lines[0]).toBeGreaterThan(previousLast);
    expect(block.lines[1]).toBeGreaterThanOrEqual(block.lines[0]);
    previousLast = block.lines[1];
    for (let n = block.lines[0]; n <= block.lines[1]; n++) owner[n]!++;
    if (block.section !== null) expect(doc.sections.some((s) => s.id === block.section)).toBe(true);
  }
  lines.forEach((line, i) => {
    if (line.trim() !== '') expect(owner[i + 1]).toBe(1);
  });
  const ids = new Set<string>();
  for (const section of doc.sections) {
    if (section.parent !== null) {
      expect(ids.has(section.parent)).toBe(true); // parents come first
      const parent = doc.sections.find((s) => s.id === section.parent)!;
      expect(parent.level).toBeLessThan(section.level);
    }
    ids.add(section.id);
    expect(section.lines[1]).toBeGreaterThanOrEqual(section.lines[0]);
  }
}

const cut = (lang: Lang) => {
  const all = seedLines(lang);
  return fc
    .tuple(fc.integer({ min: 0, max: all.length - 1 }), fc.integer({ min: 1, max: 160 }), fc.array(fc.nat(), { maxLength: 12 }))
    .map(([start, length, drops]) => {
      const slice = all.slice(start, start + length);
      const dropped = new Set(drops.map((d) => d % Math.max(1, slice.length)));
      return slice.filter((_, i) => !dropped.has(i));
    });
};

describe.each(['ja', 'en'] as const)('%s seed, arbitrary cuts', (lang) => {
  it('parse without throwing and keep every invariant', () => {
    fc.assert(
      fc.property(cut(lang), (lines) => {
        fc.pre(lines.some((line) => line.trim() !== ''));
        const doc = parseDocument(sourceFromBytes(Buffer.from(lines.join('\n')), `cut.${lang}`, lang));
        checkInvariants(doc, lines);
      }),
      { numRuns: 60, seed: 20250606 },
    );
  });
});
