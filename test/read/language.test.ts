// Language detection on the seeds, and what happens when the pair is given the wrong way round.
import { readFileSync } from 'node:fs';
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

describe('detectLanguage counts characters as the Script property does', () => {
  // The counting loop reads code units (ASCII at a glance); the ratio must be what counting each
  // character (a surrogate pair as one) with the script classes gives.
  const byCharacter = (text: string): number => {
    let japanese = 0;
    let latin = 0;
    for (const char of text) {
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) japanese++;
      else if (/^[A-Za-z]$/.test(char)) latin++;
    }
    return japanese / Math.max(1, japanese + latin / 3);
  };

  it('on both seed documents and on text with characters outside the BMP', () => {
    const ja = readFileSync(new URL('../../seeds/integrated-innovation-strategy-2025.ja.txt', import.meta.url), 'utf8');
    const en = readFileSync(new URL('../../seeds/integrated-innovation-strategy-2025.en.md', import.meta.url), 'utf8');
    // 𠮷 (U+20BB7) is Han in two code units; a lone surrogate is no letter
    const mixed = '𠮷野家の𠮷田さん met Mr. Yoshida \ud800 at ＡＢＣ Café';
    for (const text of [ja, en, mixed, ja.slice(0, 2000) + en.slice(0, 2000)]) {
      expect(detectLanguage(text).japaneseRatio).toBe(byCharacter(text));
    }
    expect(detectLanguage(ja).lang).toBe('ja');
    expect(detectLanguage(en).lang).toBe('en');
  });
});
