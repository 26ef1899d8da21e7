import { describe, expect, test } from 'vitest';
import { englishKey, isAcronym, normalizeJapanese, singularize } from '../../src/glossary/text.js';

describe('normalizeJapanese repairs PDF spacing from the seed', () => {
  test.each([
    ['A Iセーフティ・インスティテュート（以下「A I S I」という。）', 'AIセーフティ・インスティテュート(以下「AISI」という。)'],
    ['e - C S T I 等を活用しながら', 'e-CSTI等を活用しながら'],
    ['「量子・A I 融合技術ビジネス開発グローバル研究センター（G-Q u A T）」', '「量子・AI融合技術ビジネス開発グローバル研究センター(G-QuAT)」'],
    ['各府省にCA I O（A I統括責任者', '各府省にCAIO(AI統括責任者'],
    ['令和 7 年 6 月 6 日', '令和7年6月6日'],
    ['閣 議 決 定', '閣議決定'],
    ['「経済安全保障重要技術育成プログラム」（以下「K Program」という。）', '「経済安全保障重要技術育成プログラム」(以下「K Program」という。)'],
  ])('%s', (raw, normalized) => {
    expect(normalizeJapanese(raw)).toBe(normalized);
  });

  test('is idempotent', () => {
    const once = normalizeJapanese('国立研究開発法人情報通信研究機構（N I C T）における量子暗号通信');
    expect(normalizeJapanese(once)).toBe(once);
  });
});

describe('English keys', () => {
  test.each([
    ['national research and development agencies', 'national research and development agency'],
    ['Autonomous Underwater Vehicles', 'autonomous underwater vehicle'],
    ['use cases', 'use case'],
    ['non-terrestrial networks', 'non terrestrial network'],
    ['the Global South', 'global south'],
  ])('%s → %s', (term, key) => {
    expect(englishKey(term)).toBe(key);
  });

  test('singular keeps words that only look plural', () => {
    expect(['analysis', 'status', 'process', 'economics'].map(singularize)).toEqual(['analysis', 'status', 'process', 'economics']);
  });

  test('acronyms of the seeds, and words that are not', () => {
    expect(['AISI', 'G-QuAT', 'J-PEAKS', 'RIKEN', 'KAKENHI', 'e-CSTI', 'SaMD'].every(isAcronym)).toBe(true);
    expect(['Kokken', 'Institute', 'AI Act', 'So-Go-Chi'].some(isAcronym)).toBe(false);
  });
});
