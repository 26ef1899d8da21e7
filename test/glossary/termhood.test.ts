import { describe, expect, test } from 'vitest';
import { dictionaryGives, termhood, TERMHOOD } from '../../src/glossary/termhood.js';

// Pairs from the seed pair (Integrated Innovation Strategy 2025, ja/en).
describe('termhood', () => {
  test('a loanword the general dictionary already gives ranks below a multiword term it lacks', () => {
    expect(dictionaryGives('スタートアップ', 'startup')).toBe(true);
    expect(dictionaryGives('研究セキュリティ', 'research security')).toBe(false);
    expect(termhood('スタートアップ', 'startup', ['katakana', 'association'])).toBe(TERMHOOD.general);
    expect(termhood('研究セキュリティ', 'research security', ['association'])).toBe(TERMHOOD.phrase);
    expect(termhood('宇宙戦略基金', 'Space Strategy Fund', ['dictionary'])).toBe(TERMHOOD.name);
    expect(TERMHOOD.general).toBeLessThan(TERMHOOD.word);
    expect(TERMHOOD.word).toBeLessThan(TERMHOOD.phrase);
  });

  test('a term the document defines stays a name even when the dictionary has it', () => {
    expect(dictionaryGives('国際宇宙ステーション', 'International Space Station')).toBe(true);
    expect(termhood('国際宇宙ステーション', 'International Space Station', ['definition'])).toBe(TERMHOOD.name);
  });
});
