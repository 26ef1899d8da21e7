import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/text/remembered.js';
import { stemWord } from '../../src/lexicon/english.js';
import { stemmer } from 'stemmer';

describe('remembered', () => {
  it('computes a key once and gives the same value after', () => {
    const calls: string[] = [];
    const upper = remembered((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    });
    expect(['rocket', 'launch', 'rocket', 'rocket'].map(upper)).toEqual(['ROCKET', 'LAUNCH', 'ROCKET', 'ROCKET']);
    expect(calls).toEqual(['rocket', 'launch']);
  });

  it('starts over once it holds its bound, and still answers every key', () => {
    const calls: number[] = [];
    const square = remembered((n: number) => {
      calls.push(n);
      return n * n;
    }, 2);
    expect([1, 2, 3, 1].map(square)).toEqual([1, 4, 9, 1]);
    // 3 arrived with two held: the cache was dropped, so 1 is computed again
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it('remembers a falsy value (-1: a stem not in the dictionary) as found', () => {
    let calls = 0;
    const find = remembered((_stem: string) => {
      calls++;
      return -1;
    });
    find('karasuma');
    find('karasuma');
    expect(calls).toBe(1);
  });

  it('serves the stages unchanged: stemWord gives the stemmer\'s stems for the words of a seed sentence', () => {
    // seeds/integrated-innovation-strategy-2025.en.md: "Promotion of Initiatives as the Final Stage …"
    for (const word of ['promotion', 'initiatives', 'final', 'stage', 'promotion', 'r&d']) {
      expect(stemWord(word)).toBe(/^[a-z]+$/.test(word) ? stemmer(word) : word);
    }
  });
});
