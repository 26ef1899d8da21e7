import { describe, expect, it } from 'vitest';
import {
  hasJapanese,
  isHiragana,
  isJapaneseChar,
  isJapaneseLetter,
  isKana,
  isKanji,
  isKatakana,
  isKatakanaWord,
  isLatinLetter,
  takesNoSpaceInJapanese,
} from '../../src/text/script.js';

// One row per character: kanji, kana, katakana, Latin, Japanese letter (kanji or kana), Japanese
// character (letters and Japanese punctuation), takes no space beside it in Japanese.
type Row = [char: string, kanji: boolean, hiragana: boolean, katakana: boolean, latin: boolean, letter: boolean, japanese: boolean, noSpace: boolean];
const table: Row[] = [
  ['統', true, false, false, false, true, true, true],
  ['々', true, false, false, false, true, true, true], // the iteration mark is Han
  ['〇', true, false, false, false, true, true, true],
  ['㐂', true, false, false, false, true, true, true], // CJK extension A
  ['𠮷', true, false, false, false, true, true, true], // CJK extension B (two code units)
  ['あ', false, true, false, false, true, true, true],
  ['ゝ', false, true, false, false, true, true, true],
  ['ア', false, false, true, false, true, true, true],
  ['ｱ', false, false, true, false, true, true, true], // half-width katakana
  ['ー', false, false, false, false, false, true, true], // prolonged sound mark: no script of its own
  ['・', false, false, false, false, false, true, true],
  ['、', false, false, false, false, false, true, true],
  ['「', false, false, false, false, false, true, true],
  ['\u3000', false, false, false, false, false, true, true],
  ['（', false, false, false, false, false, false, true], // full-width form
  ['①', false, false, false, false, false, false, true],
  ['⑴', false, false, false, false, false, false, true],
  ['A', false, false, false, true, false, false, false],
  ['z', false, false, false, true, false, false, false],
  ['Ａ', false, false, false, false, false, false, true], // full-width Latin: not A–Z until NFKC
  ['é', false, false, false, false, false, false, false],
  ['5', false, false, false, false, false, false, false],
  [' ', false, false, false, false, false, false, false],
  ['한', false, false, false, false, false, false, false],
  ['䷀', false, false, false, false, false, false, false], // Yijing hexagram: in the CJK range, not Han
];

describe('script classes', () => {
  it.each(table)('%s', (char, kanji, hiragana, katakana, latin, letter, japanese, noSpace) => {
    expect({
      kanji: isKanji(char),
      hiragana: isHiragana(char),
      katakana: isKatakana(char),
      kana: isKana(char),
      latin: isLatinLetter(char),
      letter: isJapaneseLetter(char),
      hasJapanese: hasJapanese(`x${char}y`),
      japanese: isJapaneseChar(char),
      noSpace: takesNoSpaceInJapanese(char),
    }).toEqual({ kanji, hiragana, katakana, kana: hiragana || katakana, latin, letter, hasJapanese: letter, japanese, noSpace });
  });

  it('undefined (before the start or past the end of a text) is in no class', () => {
    for (const test of [isKanji, isHiragana, isKatakana, isKana, isLatinLetter, isJapaneseLetter, isJapaneseChar, takesNoSpaceInJapanese]) {
      expect(test(undefined)).toBe(false);
    }
  });
});

describe('isKatakanaWord', () => {
  it.each([
    ['インターネット', true],
    ['スタートアップ', true],
    ['イノベーション・エコシステム', true],
    ['ー', false],
    ['・', false],
    ['データ連携', false],
    ['AI', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isKatakanaWord(text)).toBe(expected);
  });
});

describe('script classes of single characters (remembered per code unit)', () => {
  // The classes are defined by the Unicode Script property; the per-code-unit table must give what
  // the expressions give, for every code unit, whatever was asked before.
  it('agree with the Script property over the whole BMP, asked twice', () => {
    const han = /^\p{Script=Han}$/u;
    const hiragana = /^\p{Script=Hiragana}$/u;
    const katakana = /^\p{Script=Katakana}$/u;
    const letter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code);
        if (isKanji(char) !== han.test(char) || isHiragana(char) !== hiragana.test(char) || isKatakana(char) !== katakana.test(char) || isJapaneseLetter(char) !== letter.test(char)) {
          wrong.push(code.toString(16));
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still reads a character outside the BMP and a longer string by the expressions', () => {
    expect(isKanji('𠮷')).toBe(true); // U+20BB7, two code units
    expect(isJapaneseLetter('𠮷')).toBe(true);
    expect(isJapaneseLetter('ab統')).toBe(true); // any Japanese letter in the string
    expect(isKanji('統合')).toBe(false); // one character only
  });
});
