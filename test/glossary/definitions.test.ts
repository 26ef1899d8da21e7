import { describe, expect, test } from 'vitest';
import { definitionEvidence, englishLinks, japaneseLinks, schwartzHearst } from '../../src/glossary/definitions.js';
import { alignedTexts } from '../../src/glossary/sentence-pairs.js';
import { normalizeEnglish, normalizeJapanese } from '../../src/glossary/text.js';
import { ABBREVIATION_PAIRS, buildAlignment, DEFINITION_PAIRS, PROGRAMME_PAIRS } from './seed-pairs.js';

const pairsOf = (evidence: Array<{ ja: string; en: string }>) => evidence.map((e) => `${e.ja} = ${e.en}`);

describe('Japanese definitions (ja 52, 99, 128, 138)', () => {
  test('（以下「…」という。） gives the short form and the term before it, quoted or not', () => {
    const links = japaneseLinks(normalizeJapanese(DEFINITION_PAIRS[0]!.ja.text));
    expect(links.map((l) => [l.kind, l.short, l.long])).toEqual([
      ['hereinafter', '統合戦略2025', '統合イノベーション戦略2025'],
      // the quoted title, without its (令和3年3月26日閣議決定) note
      ['hereinafter', '第6期基本計画', '第6期科学技術・イノベーション基本計画'],
    ]);
  });

  test('PDF-spaced letters are read after spacing repair: 「A I S I」 is AISI', () => {
    const links = japaneseLinks(normalizeJapanese(DEFINITION_PAIRS[1]!.ja.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([['AISI', 'AIセーフティ・インスティテュート']]);
  });

  test('the term stops at hiragana: 大学や国立研究開発法人 defines 国立研究開発法人', () => {
    const links = japaneseLinks(normalizeJapanese(DEFINITION_PAIRS[2]!.ja.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([['国研', '国立研究開発法人']]);
  });

  test('parenthesised acronyms and abbreviations; the legal form 国立研究開発法人 is not part of a name', () => {
    const links = japaneseLinks(normalizeJapanese(ABBREVIATION_PAIRS[0]!.ja.text));
    expect(links.map((l) => [l.kind, l.short, l.long])).toEqual([
      ['parenthesis', '理研', '理化学研究所'],
      ['hereinafter', '産総研', '産業技術総合研究所'],
      ['parenthesis', 'G-QuAT', '量子・AI融合技術ビジネス開発グローバル研究センター'],
      ['parenthesis', 'NICT', '情報通信研究機構'],
      ['hereinafter', 'QST', '量子科学技術研究開発機構'],
    ]);
  });

  test('an acronym glossed in Japanese: A I（人工知能）', () => {
    const links = japaneseLinks(normalizeJapanese(ABBREVIATION_PAIRS[1]!.ja.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([['AI', '人工知能']]);
  });

  test('dates and notes in parentheses are not abbreviations', () => {
    const text = normalizeJapanese('「量子エコシステム構築に向けた推進方策（令和 7 年 5 月 30 日量子技術イノベーション会議決定）」に基づき');
    expect(japaneseLinks(text)).toEqual([]);
  });
});

describe('English definitions (en 21, 77, 117, 127)', () => {
  test('hereinafter with a note before it, and a Title Case long form with commas', () => {
    const links = englishLinks(normalizeEnglish(DEFINITION_PAIRS[0]!.en.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([
      ['Integrated Strategy 2025', 'Integrated Innovation Strategy 2025'],
      ['Sixth STI Basic Plan', 'Sixth Basic Plan for Science, Technology and Innovation'],
    ]);
  });

  test('a lower-case long form stops at the coordination: universities and [national research and development agencies]', () => {
    const links = englishLinks(normalizeEnglish(DEFINITION_PAIRS[2]!.en.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([['Kokken', 'national research and development agencies']]);
  });

  test('acronym long forms: Schwartz–Hearst, widened to the institution name', () => {
    const links = englishLinks(normalizeEnglish(ABBREVIATION_PAIRS[0]!.en.text));
    expect(links.map((l) => [l.short, l.long])).toEqual([
      ['RIKEN', 'Institute of Physical and Chemical Research'],
      ['G-QuAT', 'Global Research and Development Center for Business by Quantum-AI technology'],
      ['AIST', 'National Institute of Advanced Industrial Science and Technology'],
      ['NICT', 'National Institute of Information and Communications Technology'],
      ['QST', 'National Institute of Quantum Science and Technology'],
    ]);
  });

  test('Schwartz–Hearst finds the shortest long form whose words spell the acronym', () => {
    const words = 'creating further use cases at the National Institute of Information and Communications Technology'.split(' ');
    expect(schwartzHearst('NICT', words)).toBe('National Institute of Information and Communications Technology');
    expect(schwartzHearst('EBPM', 'in order to promote policy making'.split(' '))).toBeNull();
  });
});

describe('definitions linked across aligned pairs', () => {
  test('short and long forms of each definition pair up', () => {
    const evidence = definitionEvidence(alignedTexts(buildAlignment(DEFINITION_PAIRS)));
    expect(pairsOf(evidence)).toEqual([
      '統合戦略2025 = Integrated Strategy 2025',
      '統合イノベーション戦略2025 = Integrated Innovation Strategy 2025',
      '第6期基本計画 = Sixth STI Basic Plan',
      '第6期科学技術・イノベーション基本計画 = Sixth Basic Plan for Science, Technology and Innovation',
      // AISI = AISI teaches nothing and is left out
      'AIセーフティ・インスティテュート = AI Safety Institute',
      '国研 = Kokken',
      '国立研究開発法人 = national research and development agencies',
    ]);
    expect(new Set(evidence.map((e) => e.source))).toEqual(new Set(['definition']));
  });

  test('a programme the Japanese defines by a Latin name: its English long form, or the acronym the English names it by', () => {
    const evidence = definitionEvidence(alignedTexts(buildAlignment(PROGRAMME_PAIRS)));
    expect(pairsOf(evidence)).toEqual([
      // "(K Program)" is no acronym: a definition in the English because the Japanese defines it
      '経済安全保障重要技術育成プログラム = Key and Advanced Technology R&D through Cross Community Collaboration Program',
      // the English long form is cut by "(Society 5.0)" inside it; the programme is BRIDGE
      '研究開発とSociety 5.0との橋渡しプログラム = BRIDGE',
    ]);
  });

  test('acronyms link by their letters, the rest in order (理研 = RIKEN, 産総研 = AIST)', () => {
    const evidence = definitionEvidence(alignedTexts(buildAlignment(ABBREVIATION_PAIRS)));
    expect(pairsOf(evidence)).toEqual(
      expect.arrayContaining([
        '理研 = RIKEN',
        '理化学研究所 = Institute of Physical and Chemical Research',
        '産総研 = AIST',
        '産業技術総合研究所 = National Institute of Advanced Industrial Science and Technology',
        '情報通信研究機構 = National Institute of Information and Communications Technology',
        '量子科学技術研究開発機構 = National Institute of Quantum Science and Technology',
        '量子・AI融合技術ビジネス開発グローバル研究センター = Global Research and Development Center for Business by Quantum-AI technology',
        '人工知能 = Artificial intelligence',
      ]),
    );
    const byLetters = evidence.find((e) => e.ja === '情報通信研究機構')!;
    const byOrder = evidence.find((e) => e.ja === '理研')!;
    expect(byLetters.confidence).toBeGreaterThan(byOrder.confidence);
  });
});
