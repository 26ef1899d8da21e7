// diff's duplication check rules most sentence pairs out with two cheap lower bounds of the edit
// distance (character counts, character-pair counts) before computing it; the bounds must never
// rule out a pair the edit distance would keep.
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { similarKeys } from '../../src/diff/detect/duplication.js';
import { seedLines } from '../helpers/seeds.js';

/** The definition: both long enough, and within 12% of the longer one in edits. */
const similarByDefinition = (a: string, b: string) =>
  a.length >= 40 && b.length >= 40 && distance(a, b) <= Math.max(a.length, b.length) * 0.12;

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('the lower bounds before the edit distance', () => {
  it('change no verdict on near-repeats made from seed sentences (a few edits each)', () => {
    const lines = seedLines('en').map(key).filter((line) => line.length >= 40);
    const edit = fc.tuple(fc.nat(), fc.constantFrom('', ' ', 'a', 'e', '1', 'th'), fc.integer({ min: 0, max: 3 }));
    const verdicts = { similar: 0, different: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...lines), fc.array(edit, { maxLength: 40 }), (line, edits) => {
        let other = line;
        for (const [at, insert, remove] of edits) {
          const p = at % (other.length + 1);
          other = other.slice(0, p) + insert + other.slice(p + remove);
        }
        const verdict = similarByDefinition(line, other);
        expect(similarKeys(line, other)).toBe(verdict);
        verdicts[verdict ? 'similar' : 'different']++;
      }),
      { numRuns: 1500, seed: 41 },
    );
    expect(verdicts.similar).toBeGreaterThan(100); // both verdicts were tested
    expect(verdicts.different).toBeGreaterThan(100);
  });

  it('change no verdict on pairs of neighbouring seed sentences, and on random keys', () => {
    const lines = seedLines('en').map(key).filter((line) => line.length >= 40);
    for (let i = 0; i + 1 < lines.length; i++) expect(similarKeys(lines[i]!, lines[i + 1]!)).toBe(similarByDefinition(lines[i]!, lines[i + 1]!));
    const text = fc.array(fc.constantFrom(...'ab c0z'), { minLength: 35, maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(similarKeys(a, b)).toBe(similarByDefinition(a, b));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
