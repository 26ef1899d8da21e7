// The "not a translation" decision and the calibrated scores on real text. The dev-corpus articles
// in fixtures/dev-corpus/ are from NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto
// Articles (CC BY-SA 3.0).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { translationEvidence } from '../../src/index.js';
import { REVIEW_THRESHOLD } from '../../src/model.js';
import { documentFromText } from '../../src/pipeline/index.js';
import { devCorpusArticle, seedAlignment } from '../helpers/pipeline.js';

describe('translationEvidence', () => {
  it('accepts each article with its own translation', () => {
    for (const id of ['BDS00155', 'HST00789']) {
      const evidence = translationEvidence(alignDocuments(devCorpusArticle(id, 'ja'), devCorpusArticle(id, 'en')));
      expect(evidence.verdict, `${id}: ${evidence.reason}`).toBe('translation');
    }
  });

  it("refuses one article's Japanese with another article's English, both ways, and says why", () => {
    for (const [ja, en] of [
      ['BDS00155', 'HST00789'],
      ['HST00789', 'BDS00155'],
    ]) {
      const evidence = translationEvidence(alignDocuments(devCorpusArticle(ja!, 'ja'), devCorpusArticle(en!, 'en')));
      expect(evidence.verdict, `${ja} ja + ${en} en: ${evidence.reason}`).toBe('not-a-translation');
      expect(evidence.reason).toMatch(/^\d+ of \d+ block pairs likely right, mean score \d\.\d\d, \d+ of \d+ numbers and dates shared$/);
      expect(evidence.likelyRight).toBeLessThanOrEqual(evidence.pairs);
    }
  });

  it('accepts the seed pair, most of whose block pairs are likely right', () => {
    const evidence = translationEvidence(seedAlignment());
    expect(evidence.verdict).toBe('translation');
    expect(evidence.likelyRight / evidence.pairs).toBeGreaterThan(0.5);
  });
});

describe('calibrated scores', () => {
  it('are probabilities rounded to 3 decimals, on block and sentence pairs', () => {
    const alignment = seedAlignment();
    const scores = alignment.pairs.flatMap((p) => [p.score, ...p.sentences.map((s) => s.score)]);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(Math.round(score * 1000) / 1000).toBe(score);
    }
  });

  it('score the links of an unrelated pair lower on average than those of a translation', () => {
    const mean = (ja: string, en: string) => translationEvidence(alignDocuments(devCorpusArticle(ja, 'ja'), devCorpusArticle(en, 'en'))).meanScore;
    expect(mean('BDS00155', 'HST00789')).toBeLessThan(mean('BDS00155', 'BDS00155'));
    expect(mean('HST00789', 'BDS00155')).toBeLessThan(mean('HST00789', 'HST00789'));
  });

  it('give a refused pair a mean score that says its links are not to be believed, however many blocks it confidently leaves unpaired', () => {
    // an unpaired block scores the confidence that leaving it alone is right; counted in the mean,
    // it made two unrelated articles read "mean score 0.90"
    const evidence = translationEvidence(alignDocuments(devCorpusArticle('BDS00155', 'ja'), devCorpusArticle('HST00789', 'en')));
    expect(evidence.verdict).toBe('not-a-translation');
    expect(evidence.meanScore).toBeLessThan(0.5);
    expect(evidence.reason).toContain(`mean score ${evidence.meanScore.toFixed(2)}`);
    expect(translationEvidence(alignDocuments(devCorpusArticle('BDS00155', 'ja'), devCorpusArticle('BDS00155', 'en'))).meanScore).toBeGreaterThan(0.9);
  });

  it('leave an English paragraph inserted right after a heading unpaired, not absorbed into a confident 1-2 (seed excerpt)', () => {
    const ja = readFileSync('seeds/integrated-innovation-strategy-2025.ja.txt', 'utf8').split('\n').slice(129, 136).join('\n');
    const enLines = readFileSync('seeds/integrated-innovation-strategy-2025.en.md', 'utf8').split('\n');
    const inserted = 'Quantum technology is expected to change computing, communications and sensing over the coming decades, and many countries now invest heavily in research on it.';
    const en = [...enLines.slice(118, 120), inserted, '', ...enLines.slice(120, 124)].join('\n');
    const alignment = alignDocuments(documentFromText(ja, 'excerpt.ja.txt', 'ja'), documentFromText(en, 'excerpt.en.md', 'en'));
    const holding = alignment.pairs.filter((p) => p.en.some((b) => b.text.includes('Quantum technology is expected')));
    expect(holding).toHaveLength(1);
    const pair = holding[0]!;
    // ideally unpaired; at the least, not a link a reviewer would pass over
    expect(pair.type === '0-1' || pair.score < REVIEW_THRESHOLD).toBe(true);
    expect(pair.type).toBe('0-1');
    // the bullet it came before keeps its own 1-1 link
    const situation = alignment.pairs.find((p) => p.en.some((b) => b.text.includes('The situation surrounding Japan')))!;
    expect(situation.type).toBe('1-1');
    expect(situation.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});
