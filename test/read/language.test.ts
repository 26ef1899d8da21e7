// Language detection on the seeds, and what happens when the pair is given the wrong way round.
import { describe, expect, it } from 'vitest';
import { detectLanguage, readPair, readSource } from '../../src/read/index.js';
import { ROOT, SEED } from '../helpers/seeds.js';

describe('detectLanguage', () => {
  it('tells the Japanese original from the English translation, whatever the encoding', () => {
    expect(readSource(`${ROOT}${SEED.ja}`).lang).toBe('ja');
    expect(readSource(`${ROOT}${SEED.en}`).lang).toBe('en');
    expect(readSource(`${ROOT}fixtures/integrated-innovation-strategy-2025.ja.sjis.txt`).lang).toBe('ja');
  });

  it('keeps a Japanese line full of Latin names Japanese', () => {
    expect(detectLanguage('各府省にCA I O（A I統括責任者：Chief AI Officer）を設置し、生成A Iの利活用状況を把握する。').lang).toBe('ja');
    expect(detectLanguage('We will establish a Chief AI Officer (CAIO) in each ministry (各府省).').lang).toBe('en');
  });
});

describe('readPair', () => {
  it('swaps a pair given the wrong way round, with one warning naming both files', () => {
    const warnings: string[] = [];
    const { ja, en } = readPair(`${ROOT}${SEED.en}`, `${ROOT}${SEED.ja}`, (m) => warnings.push(m));
    expect([ja.lang, en.lang]).toEqual(['ja', 'en']);
    expect(ja.path).toBe(`${ROOT}${SEED.ja}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(SEED.en);
  });

  it('refuses two Japanese files, naming the one that should be English', () => {
    expect(() => readPair(`${ROOT}${SEED.ja}`, `${ROOT}fixtures/integrated-innovation-strategy-2025.ja.sjis.txt`, () => {})).toThrow(
      /ja\.sjis\.txt: expected the English document/,
    );
  });
});
