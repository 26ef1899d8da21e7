import { describe, expect, it } from 'vitest';
import { joinTexts, wellFormed, xmlSafe } from '../../src/export/text.js';

describe('xmlSafe', () => {
  it('keeps TAB and LF, and turns CR LF and lone CR into LF', () => {
    expect(xmlSafe('a\tb\nc\r\nd\re')).toBe('a\tb\nc\nd\ne');
  });

  it('turns form feed and vertical tab (PDF page breaks) into a space', () => {
    expect(xmlSafe('研究開発\f推進\u000b等')).toBe('研究開発 推進 等');
  });

  it('replaces the other characters XML 1.0 forbids with U+FFFD', () => {
    expect(xmlSafe('a\u0000b\u0001c\u001fd\ufffee\uffff')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
  });

  it('replaces lone surrogates but keeps surrogate pairs', () => {
    expect(xmlSafe('x\ud800y\udc00z😀')).toBe('x\ufffdy\ufffdz😀');
  });

  it('leaves characters XML allows alone, including C1 controls and markup characters', () => {
    const allowed = '<&>"\' ]]> \u007f\u0085\u2028 統合イノベーション戦略 2025';
    expect(xmlSafe(allowed)).toBe(allowed);
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates only', () => {
    expect(wellFormed('\udfff\ud83d\ude00\ud83d')).toBe('\ufffd😀\ufffd');
  });
});

describe('joinTexts', () => {
  it('joins Japanese sentences directly and English ones with a space, skipping empty parts', () => {
    expect(joinTexts(['国力の源泉である。', '', '拡大している。'], 'ja')).toBe('国力の源泉である。拡大している。');
    expect(joinTexts(['It grows.', '', 'It acts.'], 'en')).toBe('It grows. It acts.');
  });
});
