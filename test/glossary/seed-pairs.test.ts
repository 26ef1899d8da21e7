import { describe, expect, test } from 'vitest';
import { ALL_PAIRS, KOKKEN_PAIRS, seedLines } from './seed-pairs.js';

// The sentences the glossary tests use must be the seeds' own text at the stated lines.
describe('hand-copied seed sentence pairs', () => {
  test.each([...ALL_PAIRS, ...KOKKEN_PAIRS].map((p) => [p.ja.lines[0], p.en.lines[0], p] as const))('ja %i / en %i are in the seeds', (_ja, _en, pair) => {
    expect(seedLines('ja', pair.ja.lines)).toContain(pair.ja.text);
    expect(seedLines('en', pair.en.lines)).toContain(pair.en.text);
  });
});
