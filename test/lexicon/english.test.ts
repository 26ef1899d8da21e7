import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, hasEnglishWords, mayHaveFiniteVerb, mayHaveMainClause, stemWord, WORD_PATTERN } from '../../src/lexicon/english.js';
import { stemmer } from 'stemmer';

describe('englishWords', () => {
  const en = readFileSync(new URL('../../seeds/integrated-innovation-strategy-2025.en.md', import.meta.url), 'utf8');

  it('finds the spans WORD_PATTERN matches, on the seed English and on joiners at the edges', () => {
    const edges = "R&D's Japan’s don't a&&b x' ’s 5G&6G O'Neill-type ‘quoted’ end&";
    for (const text of [en, edges]) {
      const expected = [...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
      expect(englishWords(text).map((w) => [w.start, w.end])).toEqual(expected);
    }
  });

  it('hasEnglishWords counts the words englishWords finds, on every line of the seed English', () => {
    const lines = en.split('\n').filter(Boolean);
    for (const line of [...lines, "R&D's a&&b"]) for (const n of [1, 2, 3, 4]) expect([line, n, hasEnglishWords(line, n)]).toEqual([line, n, englishWords(line).length >= n]);
    expect(lines.filter((line) => !hasEnglishWords(line, 3)).length).toBeGreaterThan(0);
  });

  it('lower-cases, folds ’ and drops a possessive', () => {
    expect(englishWords('Japan’s R&D Institute’s').map((w) => w.word)).toEqual(['japan', 'r&d', 'institute']);
  });

  it('stems as the stemmer does, remembered or not', () => {
    const words = [...new Set(englishWords(en).map((w) => w.word))].slice(0, 400);
    for (let round = 0; round < 2; round++) for (const word of words) expect(stemWord(word)).toBe(/^[a-z]+$/.test(word) ? stemmer(word) : word);
  });
});

// Dev-corpus sentences (NICT Kyoto Wikipedia corpus, CC BY-SA 3.0) and seed sentences.
describe('mayHaveFiniteVerb', () => {
  it.each([
    'He was born in Edo as the third son of Kagemichi AOYAMA.',
    'He founded the Foundation for Cancer Research in 1901 and became its president.',
    "Today's Shinto priests hold mokushaku.",
    "On the other hand, 'black ikra' refers to caviar.",
    'A ropeway runs to the top of the mountain.',
    'we will promote 14 issues back-cast from the needs of solving social issues',
  ])('a clause: %s', (sentence) => expect(mayHaveFiniteVerb(sentence)).toBe(true));

  it.each([
    'After the time of Shinkokin Wakashu (New Collection of Ancient and Modern Japanese Poetry).',
    'Moreover, by Fushimi, Imperial Prince Tanehito (Emperor Gofushimi), the son of Fushimi.',
    // a verb inside brackets is no main clause
    'Tsunatsune HASHIMOTO (who was born in Edo), professor at the University of Tokyo',
  ])('a fragment: %s', (sentence) => expect(mayHaveFiniteVerb(sentence)).toBe(false));
});

// Dev-corpus sentences (NICT Kyoto Wikipedia corpus, CC BY-SA 3.0), faithful and with a clause cut out.
describe('mayHaveMainClause', () => {
  it.each([
    'If they mature further, the egg membrane will become too hard and remain in the mouth when eaten.',
    'When he was sixteen, he was given inherited secret swordplay from Eisuke, a monk in Jufuku-ji Temple in Kamakura.',
    // a relative clause whose closing comma the translation dropped
    'Kintomo ANEGAKOJI and his uncle Nobuyoshi SAWA, who became head of the Sawa family were prominent figures at the end of the Edo period.',
  ])('a main clause: %s', (sentence) => expect(mayHaveMainClause(sentence)).toBe(true));

  it.each(['If they mature further.', 'When he was sixteen, a monk in Jufuku-ji Temple in Kamakura.', 'According to this opinion, although the bakufu in fact made the above proposals.'])(
    'only a subordinate clause: %s',
    (sentence) => expect(mayHaveMainClause(sentence)).toBe(false),
  );
});
