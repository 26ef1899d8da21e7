import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/anchors/tokenizer.js';
import { englishQuotes, englishTitleCaseNames, japaneseQuotes, quoteEvidence } from '../../src/glossary/quotes.js';
import { alignedTexts } from '../../src/glossary/sentence-pairs.js';
import { normalizeEnglish, normalizeJapanese } from '../../src/glossary/text.js';
import { buildAlignment, DEFINITION_PAIRS, QUOTE_PAIRS, SEEDS } from './seed-pairs.js';

describe('quoted titles', () => {
  test('Japanese quotes lose their notes; definition short forms are not titles (ja 52)', () => {
    expect(japaneseQuotes(normalizeJapanese(DEFINITION_PAIRS[0]!.ja.text))).toEqual(['第6期科学技術・イノベーション基本計画']);
  });

  test('English quotes keep a parenthesis that belongs to the title, lose trailing commas; hereinafter short forms are skipped (en 21, 24)', () => {
    expect(englishQuotes(normalizeEnglish(DEFINITION_PAIRS[0]!.en.text))).toEqual([]);
    expect(englishQuotes(normalizeEnglish(QUOTE_PAIRS[0]!.en.text))).toEqual([
      'strategic promotion of advanced science and technology',
      'enhancement of knowledge bases (research capabilities) and human resource development',
      'creation of innovation ecosystems',
    ]);
  });

  test('a quoted acronym in parentheses is a definition, not a title: Data Free Flow with Trust ("DFFT")', () => {
    expect(englishQuotes('a foundation for Data Free Flow with Trust ("DFFT").')).toEqual([]);
  });

  test('three quotes on each side pair in order (ja 55 / en 24)', () => {
    const evidence = quoteEvidence(alignedTexts(buildAlignment([QUOTE_PAIRS[0]!])));
    expect(evidence.map((e) => [e.ja, e.en])).toEqual([
      ['先端科学技術の戦略的な推進', 'strategic promotion of advanced science and technology'],
      ['知の基盤(研究力)と人材育成の強化', 'enhancement of knowledge bases (research capabilities) and human resource development'],
      ['イノベーション・エコシステムの形成', 'creation of innovation ecosystems'],
    ]);
  });

  test('a strategy title with its decision note on both sides: the note goes (ja 142 / en 131)', () => {
    const evidence = quoteEvidence(alignedTexts(buildAlignment([QUOTE_PAIRS[1]!])));
    expect(evidence.map((e) => [e.ja, e.en])).toEqual([['フュージョンエネルギー・イノベーション戦略', 'Fusion Energy Innovation Strategy']]);
  });

  test('an unquoted English name: 「ウラノス・エコシステム」 is the Ouranos Ecosystem (ja 164 / en 153), with less confidence', () => {
    expect(englishTitleCaseNames(QUOTE_PAIRS[2]!.en.text)).toEqual(['Ouranos Ecosystem']);
    const [evidence] = quoteEvidence(alignedTexts(buildAlignment([QUOTE_PAIRS[2]!])));
    expect([evidence?.ja, evidence?.en]).toEqual(['ウラノス・エコシステム', 'Ouranos Ecosystem']);
    expect(evidence!.confidence).toBeLessThan(quoteEvidence(alignedTexts(buildAlignment([QUOTE_PAIRS[1]!])))[0]!.confidence);
  });

  test('a title whose English names only the object loses its trailing の構築; one whose English says "Development of" keeps it (ja 243 / en 241)', async () => {
    const ja = 'また、S I P第3期「スマートエネルギーマネジメントシステムの構築」、「サーキュラーエコノミーシステムの構築」等において、分野横断的領域の研究開発等を産学官連携により推進する。';
    const en = 'In addition, in the third phase of SIP, "Smart Energy Management Systems", "Development of Circular Economy System", etc., we will promote research and development in cross-disciplinary areas through industry-academia-government collaboration.';
    expect(readFileSync(SEEDS.ja, 'utf8').split('\n')[242]).toContain(ja);
    expect(readFileSync(SEEDS.en, 'utf8').split('\n')[240]).toContain(en);
    const texts = alignedTexts(buildAlignment([{ ja: { lines: [243, 243], text: ja }, en: { lines: [241, 241], text: en } }]));
    const tokens = [await tokenize(texts[0]!.ja)];
    expect(quoteEvidence(texts, tokens).map((e) => [e.ja, e.en])).toEqual([
      ['スマートエネルギーマネジメントシステム', 'Smart Energy Management Systems'],
      ['サーキュラーエコノミーシステムの構築', 'Development of Circular Economy System'],
    ]);
    // without kuromoji's word classes nothing is cut
    expect(quoteEvidence(texts).map((e) => e.ja)).toEqual(['スマートエネルギーマネジメントシステムの構築', 'サーキュラーエコノミーシステムの構築']);
  });

  test('no pairing when the counts differ and the English has several names (ja 138 / en 127)', () => {
    const text = alignedTexts(buildAlignment([{ ja: QUOTE_PAIRS[2]!.ja, en: DEFINITION_PAIRS[0]!.en }]));
    expect(quoteEvidence(text)).toEqual([]);
  });
});
