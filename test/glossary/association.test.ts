import { beforeAll, describe, expect, test } from 'vitest';
import { tokenize, type Token } from '../../src/anchors/tokenizer.js';
import { associate, logLikelihoodRatio } from '../../src/glossary/association.js';
import { englishTerms, japaneseTerms } from '../../src/glossary/phrases.js';
import { alignedTexts, type AlignedText } from '../../src/glossary/sentence-pairs.js';
import { ALL_PAIRS, buildAlignment, DEFINITION_PAIRS } from './seed-pairs.js';

let texts: AlignedText[];
let tokens: Token[][];

const tokensAt = (jaLine: number): Token[] => tokens[texts.findIndex((text) => text.jaLines[0] === jaLine)]!;

beforeAll(async () => {
  texts = alignedTexts(buildAlignment(ALL_PAIRS));
  tokens = [];
  for (const text of texts) tokens.push(await tokenize(text.ja));
});

describe('Japanese compound nouns from kuromoji', () => {
  test('compounds and their sub-compounds; verbal nouns are not terms alone (ja 136)', () => {
    const terms = japaneseTerms(tokensAt(136));
    expect(terms).toEqual(expect.arrayContaining(['量子技術', '量子技術分野', '協力覚書', '協力関係', '同志国']));
    // 推進, 構築, 拡大 (サ変接続) only count inside a compound
    expect(terms).not.toContain('推進');
    expect(terms).not.toContain('構築');
  });

  test('numbers break a compound: 第6期基本計画 gives 基本計画, not 6期 (ja 52)', () => {
    const terms = japaneseTerms(tokensAt(52));
    expect(terms).toContain('基本計画');
    expect(terms.some((term) => /\d/.test(term) && term.includes('期'))).toBe(false);
  });
});

describe('English noun phrases', () => {
  test('runs of content words between stop words, "and" allowed inside (en 117)', () => {
    const keys = [...englishTerms(DEFINITION_PAIRS[2]!.en.text).keys()];
    expect(keys).toEqual(expect.arrayContaining(['national research and development agency', 'research and development', 'industry academia collaboration system', 'kokken']));
    expect(keys.some((key) => key.startsWith('and ') || key.endsWith(' and'))).toBe(false);
    expect(keys).not.toContain('hereinafter referred');
  });

  test('keys are singular; the surface is kept for display', () => {
    const terms = englishTerms('the establishment of a quantum computer industry ecosystem using quantum computers');
    expect(terms.get('quantum computer')).toBe('quantum computer');
    expect(terms.has('quantum computers')).toBe(false);
  });
});

describe('association', () => {
  test("Dunning's log-likelihood ratio is zero for independence and large for a tight pair", () => {
    expect(logLikelihoodRatio(10, 10, 10, 10)).toBeCloseTo(0, 10);
    expect(logLikelihoodRatio(4, 0, 0, 8)).toBeGreaterThan(10.83);
  });

  test('量子技術 ↔ quantum technology over the seed sentences, one pair per term', () => {
    const pairs = associate(
      tokens.map((t) => japaneseTerms(t)),
      texts.map((text) => [...englishTerms(text.en).keys()]),
    );
    expect(pairs.find((p) => p.ja === '量子技術')).toMatchObject({ en: 'quantum technology', count: 5 });
    expect(new Set(pairs.map((p) => p.ja)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.en)).size).toBe(pairs.length);
  });

  test('a pair seen fewer times than the minimum count is not proposed', () => {
    const pairs = associate(
      tokens.map((t) => japaneseTerms(t)),
      texts.map((text) => [...englishTerms(text.en).keys()]),
      { minCount: 6, minDice: 0.3, minLogLikelihood: 10.83 },
    );
    expect(pairs.find((p) => p.ja === '量子技術')).toBeUndefined();
  });
});
