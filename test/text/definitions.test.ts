// Phrases from the seeds (Integrated Innovation Strategy 2025, ja.txt and en.md), normalised as
// parse normalises them, and the other phrasings either stage accepted before they shared one set.
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../src/anchors/names.js';
import { englishLinks, japaneseLinks } from '../../src/glossary/definitions.js';
import { findDefinitionPhrases } from '../../src/text/definitions.js';

const japanese: Array<[string, string | null]> = [
  ['国立研究開発法人産業技術総合研究所(以下「産総研」という。)', '産総研'], // ja.txt
  ['統合イノベーション戦略2025(以下「統合戦略2025」という。)を定める。', '統合戦略2025'],
  ['AIセーフティ・インスティテュート(以下、「AISI」という。)', 'AISI'],
  ['国立研究開発法人(以下「国研」と総称する。)', '国研'],
  ['量子科学技術研究開発機構(以下「QST」と略す。)', 'QST'],
  ['量子科学技術研究開発機構(以下「QST」と略称する。)', 'QST'],
  ['研究開発法人(以下「法人」とする。)', '法人'],
  ['人工知能関連技術(以下「AI」と称する。)', 'AI'],
  ['人工知能関連技術(以下「AI」と呼ぶ。)', 'AI'],
  ['人工知能関連技術(以下「AI」)', 'AI'], // parentheses, no verb
  ['人工知能関連技術(以下「AI」。)', 'AI'],
  ['人工知能関連技術を以下「AI」という。', 'AI'], // a verb, no parentheses
  ['人工知能関連技術を以下,「AI」という。', 'AI'],
  ['以下「AI」の例を示す。', null], // neither: a quotation
];

const english: Array<[string, string | null]> = [
  ['the Integrated Innovation Strategy 2025 (hereinafter referred to as "Integrated Strategy 2025")', 'Integrated Strategy 2025'], // en.md
  ['the Sixth Basic Plan (Cabinet decision of March 26, 2021; hereinafter referred to as the "Sixth STI Basic Plan")', 'Sixth STI Basic Plan'],
  ['the AI Promotion Act (Act No. 53 of 2025; hereinafter referred to as the "AI Act")', 'AI Act'],
  ['national research and development agencies (hereinafter collectively referred to as "Kokken")', 'Kokken'],
  ['the AI Safety Institute (hereinafter called "AISI")', 'AISI'],
  ['the AI Safety Institute (hereinafter "AISI")', 'AISI'],
  ['the AI Safety Institute (hereinafter, "AISI")', 'AISI'],
  ['the AI Safety Institute (hereinafter “AISI”)', 'AISI'],
  ['the AI Safety Institute, hereinafter referred to as "AISI", will', 'AISI'], // no parentheses
  ['the AI Safety Institute (HEREINAFTER "AISI")', 'AISI'],
  ['as described hereinafter in the plan', null],
];

describe('one definition pattern set', () => {
  it.each(japanese)('ja: %s → %s', (text, term) => {
    const found = findDefinitionPhrases(text, 'ja');
    expect(found.map((d) => d.term)).toEqual(term === null ? [] : [term]);
    for (const d of found) expect(text.slice(d.termStart, d.termStart + d.term.length)).toBe(d.term);
  });

  it.each(english)('en: %s → %s', (text, term) => {
    const found = findDefinitionPhrases(text, 'en');
    expect(found.map((d) => d.term)).toEqual(term === null ? [] : [term]);
    for (const d of found) expect(text.slice(d.termStart, d.termStart + d.term.length)).toBe(d.term);
  });

  it('a parenthesised phrase spans its parentheses; an unparenthesised one stops at its quote', () => {
    const text = '人工知能関連技術(以下「AI」という。)を';
    const [paren] = findDefinitionPhrases(text, 'ja');
    expect(text.slice(paren!.start, paren!.end)).toBe('(以下「AI」という。)');
    expect(paren!.parenthesised).toBe(true);
    const plain = 'the Institute, hereinafter "AISI", will';
    const [bare] = findDefinitionPhrases(plain, 'en');
    expect(plain.slice(bare!.start, bare!.end)).toBe('hereinafter "AISI"');
    expect(bare!.parenthesised).toBe(false);
  });

  it.each([...japanese.map(([t, term]) => ['ja', t, term] as const), ...english.map(([t, term]) => ['en', t, term] as const)])(
    'anchors and glossary both read %s: %s',
    (lang, text, term) => {
      const anchorTerms = findDefinitions(text, lang).map((c) => text.slice(c.start, c.end));
      const links = (lang === 'ja' ? japaneseLinks(text) : englishLinks(text)).filter((l) => l.kind === 'hereinafter');
      if (term === null) {
        expect(anchorTerms).toEqual([]);
        expect(links).toEqual([]);
      } else {
        expect(anchorTerms).toEqual([term]);
        expect(links.map((l) => l.short)).toEqual([term]);
      }
    },
  );
});
