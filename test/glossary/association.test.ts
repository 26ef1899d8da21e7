import { beforeAll, describe, expect, test } from 'vitest';
import { tokenize, type Token } from '../../src/anchors/tokenizer.js';
import { associate, logLikelihoodRatio } from '../../src/glossary/association.js';
import { alignedTexts as seedTexts } from '../../src/glossary/index.js';
import { englishPhrases, englishTerms, japanesePhrases, japaneseTerms } from '../../src/glossary/phrases.js';
import { seedAlignment } from '../helpers/pipeline.js';
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

describe('partial phrases (where a term stood)', () => {
  test('English: "virtuous" never ends its phrase, "virtuous cycle" does (en 191)', async () => {
    const { terms, ends } = englishPhrases("by actively utilizing private space technology and capabilities for Japan's defense, thereby realizing a virtuous cycle that will lead to the strengthening of Japan's defense capabilities.");
    expect(terms.has('virtuous')).toBe(true);
    expect(ends.has('virtuous')).toBe(false);
    expect(ends.has('virtuous cycle')).toBe(true);
    // before an "and" that joins another phrase, a phrase ends (en 254)
    expect(englishPhrases('to ensure research security and integrity in universities').ends).toEqual(new Set(['research security', 'security', 'research security and integrity', 'security and integrity', 'integrity', 'university']));
  });

  test('Japanese: 好循環 ends its compound (ja 191); インテグリティ is one item of a ・ list (ja 255)', async () => {
    const cycle = japanesePhrases(await tokenize('それが我が国の防衛力の強化にもつながる好循環を実現していくことが重要である。'));
    expect(cycle.ends.has('好循環')).toBe(true);
    expect(cycle.listed.size).toBe(0);
    const integrity = japanesePhrases(await tokenize('G7等、同志国等の研究セキュリティ・インテグリティに関する政策やその実態を踏まえ'));
    expect([...integrity.listed].sort()).toEqual(['インテグリティ', 'セキュリティ', '研究セキュリティ']);
    // 同志国等: 同志国 still ends its phrase before 等
    expect(integrity.ends.has('同志国')).toBe(true);
  });

  test('on the whole seed alignment, the places turn 好循環 = "virtuous" into "virtuous cycle", インテグリティ = "research security and integrity" into "integrity"', async () => {
    const all = seedTexts(seedAlignment());
    const ja = [];
    for (const text of all) ja.push(japanesePhrases(await tokenize(text.ja)));
    const en = all.map((text) => englishPhrases(text.en));
    const args = [ja.map((p) => p.terms), en.map((p) => [...p.terms.keys()])] as const;
    const pairOf = (pairs: ReturnType<typeof associate>, term: string) => pairs.find((p) => p.ja === term)?.en;
    const blind = associate(...args);
    expect(pairOf(blind, '好循環')).toBe('virtuous');
    expect(pairOf(blind, 'インテグリティ')).toBe('research security and integrity');
    const placed = associate(...args, undefined, { ja, en });
    expect(pairOf(placed, '好循環')).toBe('virtuous cycle');
    expect(pairOf(placed, 'インテグリティ')).toBe('integrity');
    // whole terms keep their pairs
    expect(pairOf(placed, '量子技術')).toBe('quantum technology');
    expect(pairOf(placed, '若手研究者')).toBe('young researcher');
  });
});
