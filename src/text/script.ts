// Script classes: which characters are Japanese, kana, kanji, katakana or Latin. Defined by the
// Unicode Script property, which the regular-expression engine knows, so no code-point table can
// drift from another. Every stage asks here.

const KANJI = /^\p{Script=Han}$/u;
const HIRAGANA = /^\p{Script=Hiragana}$/u;
const KATAKANA = /^\p{Script=Katakana}$/u;
const JAPANESE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// CJK Symbols and Punctuation (　、。「」々〇), and the marks of the kana blocks that belong to no
// script of their own (゛゜ ゠ ・ ー).
const JAPANESE_MARK = /^[\u3000-\u303f\u3099-\u309c\u30a0\u30fb\u30fc]$/u;
/** Circled and parenthesised numbers (①, ⑴, ❶, ㉑), which number list items in Japanese. */
export const ENCLOSED_NUMBER = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/u;
// Full-width and half-width forms (ＡＢ, ｡｢｣､, ｱｲ).
const WIDTH_FORM = /^[\uff00-\uffef]$/u;

/** Regular-expression class body for katakana words: katakana letters and the prolonged sound mark ー. */
export const KATAKANA_LETTERS = '\\p{Script=Katakana}ー';

// The class of each code unit, found by the expressions above on first use and remembered: the
// stages ask about every character of a document, and a table lookup is far cheaper than a match.
// A character outside the BMP (two code units) is matched as before.
const CLASSIFIED = 1;
const IS_KANJI = 2;
const IS_HIRAGANA = 4;
const IS_KATAKANA = 8;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let flags = classes[code]!;
  if (flags === 0) {
    const char = String.fromCharCode(code);
    flags = CLASSIFIED | (KANJI.test(char) ? IS_KANJI : 0) | (HIRAGANA.test(char) ? IS_HIRAGANA : 0) | (KATAKANA.test(char) ? IS_KATAKANA : 0);
    classes[code] = flags;
  }
  return flags;
}

/** isKanji or isKatakana of one code unit, without making it a string (the segmenter's hot loops). */
export function isKanjiOrKatakanaCode(code: number): boolean {
  return (classOf(code) & (IS_KANJI | IS_KATAKANA)) !== 0;
}

/** 漢, 々, 〇: the Han script. */
export function isKanji(char: string | undefined): boolean {
  if (char?.length === 1) return (classOf(char.charCodeAt(0)) & IS_KANJI) !== 0;
  return char !== undefined && KANJI.test(char);
}

export function isHiragana(char: string | undefined): boolean {
  if (char?.length === 1) return (classOf(char.charCodeAt(0)) & IS_HIRAGANA) !== 0;
  return char !== undefined && HIRAGANA.test(char);
}

/** Katakana letters (full and half width); not ー or ・, which belong to no script. */
export function isKatakana(char: string | undefined): boolean {
  if (char?.length === 1) return (classOf(char.charCodeAt(0)) & IS_KATAKANA) !== 0;
  return char !== undefined && KATAKANA.test(char);
}

export function isKana(char: string | undefined): boolean {
  return isHiragana(char) || isKatakana(char);
}

/** Kanji or kana: a letter of Japanese writing (punctuation is not). */
export function isJapaneseLetter(char: string | undefined): boolean {
  if (char?.length === 1) return (classOf(char.charCodeAt(0)) & (IS_KANJI | IS_HIRAGANA | IS_KATAKANA)) !== 0;
  return char !== undefined && char.length > 0 && JAPANESE_LETTER.test(char);
}

/** Does the text hold at least one Japanese letter (kanji or kana)? */
export function hasJapanese(text: string): boolean {
  return JAPANESE_LETTER.test(text);
}

/** A Japanese letter or Japanese punctuation (、。「」ー・). */
export function isJapaneseChar(char: string | undefined): boolean {
  return char !== undefined && (JAPANESE_MARK.test(char) || isJapaneseLetter(char));
}

/**
 * Characters Japanese typesetting sets with no space beside them: Japanese letters and punctuation,
 * full-width forms and enclosed numbers. A space next to one in Japanese text is an extraction artefact.
 */
export function takesNoSpaceInJapanese(char: string | undefined): boolean {
  return char !== undefined && (isJapaneseChar(char) || WIDTH_FORM.test(char) || (char.length > 0 && ENCLOSED_NUMBER.test(char)));
}

/** A–Z or a–z. */
export function isLatinLetter(char: string | undefined): boolean {
  if (char === undefined || char.length !== 1) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const KATAKANA_WORD = new RegExp(`^[${KATAKANA_LETTERS}・]+$`, 'u');

/** A word of katakana (ー and ・ allowed inside) with at least one katakana letter: インターネット, ー alone is not. */
export function isKatakanaWord(text: string): boolean {
  return KATAKANA_WORD.test(text) && /[^ー・]/u.test(text);
}

/** The kana and kanji, and the Latin letters, of a text. */
export function letterCounts(text: string): { japanese: number; latin: number } {
  let japanese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII is Latin or nothing; anything else one character (a surrogate pair whole) at a time
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = pair ? text.slice(i, i + 2) : text[i]!;
    if (pair) i++;
    if (isJapaneseLetter(char)) japanese++;
    else if (isLatinLetter(char)) latin++;
  }
  return { japanese, latin };
}
