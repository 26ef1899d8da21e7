// LinkCostRows gives the section aligner a whole row of link costs at once; it must give exactly
// (bit for bit) what linkCost gives pair by pair, or alignments would change in their last digit.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/align/context.js';
import { type Features, groupFeatures, mergeFeatures } from '../../src/align/features.js';
import { agreement, linkCost, linkCostFloor, LinkCostRows, sharesKey } from '../../src/align/score.js';
import type { Document } from '../../src/model.js';
import { annotatedSeed } from '../helpers/pipeline.js';

const ja = annotatedSeed('ja');
const en = annotatedSeed('en');
const context = buildContext(ja, en);

/** Each section's blocks merged, as the section aligner compares them. */
function sectionFeatures(document: Document): Features[] {
  return document.sections.map((section) =>
    mergeFeatures(document.blocks.filter((b) => (b.opens ?? b.section) === section.id).map((b) => context.blockFeatures.get(b)!)),
  ).filter((features) => features.length > 0);
}

function expectSameCosts(jaUnits: Features[], enUnits: Features[]): number {
  const rows = new LinkCostRows(enUnits, context.model, context.weights);
  let compared = 0;
  for (const one of jaUnits) {
    const row = rows.row(one);
    enUnits.forEach((other, j) => {
      const expected = linkCost(one, other, context.model, context.weights);
      if (!Object.is(row[j], expected)) expect({ j, cost: row[j] }).toEqual({ j, cost: expected });
      compared++;
    });
  }
  return compared;
}

describe('LinkCostRows', () => {
  it('equals linkCost for every pair of seed sections', () => {
    expect(expectSameCosts(sectionFeatures(ja), sectionFeatures(en))).toBeGreaterThan(5000);
  });

  it('equals linkCost for every pair of seed blocks, and of sentences, either way round', () => {
    const blocks = (document: Document) => document.blocks.map((b) => context.blockFeatures.get(b)!);
    const sentences = (document: Document) => document.blocks.flatMap((b) => context.sentenceFeatures(b));
    expect(expectSameCosts(blocks(ja), blocks(en))).toBeGreaterThan(70_000);
    expect(expectSameCosts(blocks(en), blocks(ja))).toBeGreaterThan(70_000);
    expect(expectSameCosts(sentences(ja).slice(0, 200), sentences(en))).toBeGreaterThan(80_000);
  });
});

describe('sharesKey', () => {
  it('says whether agreement() finds a shared key, for every pair of seed blocks', () => {
    const blocks = (document: Document) => document.blocks.map((b) => context.blockFeatures.get(b)!);
    let sharing = 0;
    let silent = 0;
    for (const one of blocks(ja)) {
      for (const other of blocks(en)) {
        const expected = agreement(one, other, context.weights).shared > 0;
        if (sharesKey(one, other) !== expected) expect({ one: one.values, other: other.values, shares: sharesKey(one, other) }).toEqual({ one: one.values, other: other.values, shares: expected });
        if (expected) sharing++;
        else silent++;
      }
    }
    // both answers occur often, so the comparison tests each
    expect(sharing).toBeGreaterThan(1000);
    expect(silent).toBeGreaterThan(1000);
  });
});

// The block and sentence programmes skip a link whose floor already loses (alignSequences `floor`):
// a floor above the cost would change their path.
describe('linkCostFloor', () => {
  it('stays below linkCost for pairs of seed blocks and of seed block groups', () => {
    const jaBlocks = ja.blocks.map((b) => context.blockFeatures.get(b)!);
    const enBlocks = en.blocks.map((b) => context.blockFeatures.get(b)!);
    const jaGroups = groupFeatures(jaBlocks, (f) => f);
    const enGroups = groupFeatures(enBlocks, (f) => f);
    let compared = 0;
    for (let i = 0; i < jaBlocks.length; i += 7) {
      for (let j = 0; j < enBlocks.length; j += 3) {
        for (const [a, b] of [[1, 1], [2, 1], [1, 2], [2, 2]] as const) {
          if (i + a > jaBlocks.length || j + b > enBlocks.length) continue;
          const x = jaGroups(i, a);
          const y = enGroups(j, b);
          const cost = linkCost(x, y, context.model, context.weights);
          expect(linkCostFloor(context.model, jaBlocks, i, a, enBlocks, j, b)).toBeLessThan(cost);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
