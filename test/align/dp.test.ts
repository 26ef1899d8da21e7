import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, type StepCost } from '../../src/align/dp.js';
import { SKIP_COST } from '../../src/align/score.js';

/** Lengths of the JA and EN bullets of the space section (ja.txt 211-213, en.md 209-213), in characters. */
const JA = [433, 234, 176];
const EN = [1080, 640, 470];

const lengthCost =
  (a: number[], b: number[]): StepCost =>
  (i, j, da, db) => {
    if (da === 0 || db === 0) return SKIP_COST;
    const x = a.slice(i, i + da).reduce((s, n) => s + n, 0);
    const y = b.slice(j, j + db).reduce((s, n) => s + n, 0);
    return Math.abs(Math.log(y / (2.6 * x))) * 4 + 2 * (da + db - 2);
  };

describe('alignSequences', () => {
  it('links units of matching length one to one', () => {
    const steps = alignSequences(JA.length, EN.length, lengthCost(JA, EN));
    expect(steps.map((s) => `${s.a}-${s.b}`)).toEqual(['1-1', '1-1', '1-1']);
  });

  it('leaves a unit the other side lacks unpaired instead of forcing it onto a neighbour', () => {
    const steps = alignSequences(JA.length, 2, lengthCost(JA, [EN[0]!, EN[2]!]));
    expect(steps.map((s) => `${s.i}:${s.a}-${s.b}`)).toEqual(['0:1-1', '1:1-0', '2:1-1']);
  });

  it('groups two units when the other side merged them', () => {
    const steps = alignSequences(JA.length, 2, lengthCost(JA, [EN[0]!, EN[1]! + EN[2]!]));
    expect(steps.map((s) => `${s.a}-${s.b}`)).toEqual(['1-1', '2-1']);
  });

  it('covers every item of both sequences exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 900 }), { maxLength: 30 }), fc.array(fc.integer({ min: 5, max: 900 }), { maxLength: 30 }), (a, b) => {
        const steps = alignSequences(a.length, b.length, lengthCost(a, b));
        let i = 0;
        let j = 0;
        for (const s of steps) {
          expect([s.i, s.j]).toEqual([i, j]);
          i += s.a;
          j += s.b;
        }
        expect([i, j]).toEqual([a.length, b.length]);
      }),
    );
  });

  it('finds the same path with a floor under the link costs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 900 }), { maxLength: 25 }),
        fc.array(fc.integer({ min: 5, max: 900 }), { maxLength: 25 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, slack) => {
          // ties included: costs rounded to halves, and a floor that equals the cost where slack is 0
          const exact = lengthCost(a, b);
          const cost: StepCost = (i, j, da, db) => Math.round(exact(i, j, da, db) * 2) / 2;
          const floor: StepCost = (i, j, da, db) => cost(i, j, da, db) - ((i + j) % 2) * slack;
          const plain = alignSequences(a.length, b.length, cost);
          expect(alignSequences(a.length, b.length, cost, undefined, undefined, floor)).toEqual(plain);
        },
      ),
    );
  });

  it('finds the same path with a band as without one when the truth lies near the diagonal', () => {
    const a = Array.from({ length: 700 }, (_, k) => 50 + ((k * 37) % 400));
    const b = a.map((n) => Math.round(n * 2.6));
    b.splice(350, 1); // one block missing in the middle
    const banded = alignSequences(a.length, b.length, lengthCost(a, b), undefined, 20);
    expect(banded.filter((s) => s.a !== s.b)).toEqual([expect.objectContaining({ i: 350, a: 1, b: 0 })]);
  });
});
