// Deleting one body block (a paragraph or bullet) from the English seed should yield exactly one new
// omission, at the Japanese block it translated, and nothing else new.
//
// KNOWN TO FAIL (align/diff logic): of the 172 English blocks the seed alignment links 1-1 with
// confidence, deleting 45 broke the property in the three ways below. Since diff reports a merged
// paragraph none of whose sentences is linked as one block omission, 26 still do (6 with no
// omission, 1 with several, 19 with extra structure findings); the lists below predate that fix:
//   - the orphaned Japanese block is merged into its neighbour's pair (2-1, score ≈ 1) and no
//     omission is reported at all: EN 55 (JA 83), 124, 167, 241, 245, 380, 418, 428-431, 435;
//   - the merge happens and diff reports one omission per sentence of the block instead of one:
//     EN 23 (JA 54: two findings), 35-37 (JA 66: three), 91-94, 109, 125, 132, 140, 204, 213, …;
//   - the omission is found (1-0), but the section that held the block loses its match, and two
//     structure findings follow: EN 153 (JA 164; structure at JA 162 and EN 151), 157, 231, 258, …
// The property stays as it should be; `it.fails` keeps the suite green while it fails, and turns red
// the day align and diff make it hold: then make it a plain `it`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Discrepancy, Document } from '../../src/model.js';
import { seedLines } from '../helpers/seeds.js';
import { documentOf, pipeline } from './generators.js';

const jaText = seedLines('ja').join('\n');
const enLines = seedLines('en');
const ja = documentOf(jaText, 'ja', 'seed.ja.txt');
const en = documentOf(enLines.join('\n'), 'en', 'seed.en.md');
const baseline = pipeline(ja, en);

/** English body blocks the seed alignment links 1-1 to one Japanese block with confidence. */
const candidates = baseline.alignment.pairs
  .filter((pair) => pair.type === '1-1' && pair.score >= 0.5 && ['paragraph', 'bullet'].includes(pair.en[0]!.kind))
  .map((pair) => ({ en: pair.en[0]!, ja: pair.ja[0]! }));

/** A finding's place as line ranges; after a deletion, English lines are mapped back to the seed's numbers. */
function place(finding: Discrepancy, deleted: [number, number] | null): string {
  const shift = (line: number) => (deleted && line >= deleted[0] ? line + (deleted[1] - deleted[0] + 1) : line);
  const en = finding.en ? `${shift(finding.en.lines[0])}-${shift(finding.en.lines[1])}` : '-';
  return `${finding.kind} ja ${finding.ja?.lines.join('-') ?? '-'} en ${en}`;
}

function withoutLines(lines: string[], [first, last]: [number, number]): string {
  return [...lines.slice(0, first - 1), ...lines.slice(last)].join('\n');
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

describe('deleting one English body block', () => {
  it('has real candidates: most of the seed is 1-1 body text', () => {
    expect(candidates.length).toBeGreaterThan(150);
  });

  it.fails('yields exactly one new omission, at the Japanese block it translated (known to fail: see the top)', () => {
    const before = baseline.result.discrepancies.map((f) => place(f, null));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: candidates.length - 1 }), (k) => {
        const { en: deleted, ja: source } = candidates[k]!;
        const shorter: Document = documentOf(withoutLines(enLines, deleted.lines), 'en', 'seed.en.md');
        const where = `EN lines ${deleted.lines.join('-')} deleted`;
        const after = pipeline(ja, shorter).result.discrepancies;
        const added = after.filter((f) => !before.includes(place(f, deleted.lines)));
        const omissions = added.filter((f) => f.kind === 'omission');
        expect({ where, omissions: omissions.map((f) => f.ja?.lines) }).toEqual({ where, omissions: [expect.anything()] });
        expect({ where, at: omissions[0]!.ja!.lines, overlapsSource: overlaps(omissions[0]!.ja!.lines, source.lines) }).toEqual({ where, at: omissions[0]!.ja!.lines, overlapsSource: true });
        expect({ where, others: added.filter((f) => f.kind !== 'omission').map((f) => place(f, deleted.lines)) }).toEqual({ where, others: [] });
      }),
      { numRuns: 25, seed: 31 },
    );
  });
});
