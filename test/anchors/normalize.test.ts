// The extractors' own normalisation, for callers that pass raw text: NFKC except list numbers, PDF
// spacing repaired, and every character traced back to the input.
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { prepareText, sourceSpan } from '../../src/anchors/normalize.js';
import { seedLine } from './seed.js';

describe('prepareText', () => {
  it.each([
    [5, '令和 7 年 6 月 6 日', '令和7年6月6日'],
    [54, 'A I ・ロボティクス', 'AI・ロボティクス'],
    [56, 'e - C S T I 等', 'e-CSTI等'],
    [56, 'Society 5.0 の実現', 'Society 5.0の実現'],
    [305, 'S P r i n g - 8 - II', 'SPring-8-II'],
    [253, 'K Program の「研究開発ビジョン」', 'K Programの「研究開発ビジョン」'],
    [62, '① 重要分野', '①重要分野'],
    [67, '（令和 7 年法律第 53 号）', '(令和7年法律第53号)'],
  ])('line %i: %s → %s', (line, raw, normalized) => {
    expect(seedLine('ja', line)).toContain(raw);
    expect(prepareText(raw, 'ja').text).toBe(normalized);
  });

  it('turns full-width digits into ASCII but keeps circled list numbers', () => {
    expect(prepareText('１０兆円と②', 'ja').text).toBe('10兆円と②');
  });

  it('leaves English spacing alone', () => {
    const raw = seedLine('en', 114);
    expect(prepareText(raw, 'en').text).toBe(raw.normalize('NFKC'));
  });

  it('maps every prepared span back to the input it came from', () => {
    const raw = seedLine('ja', 67);
    const prepared = prepareText(raw, 'ja');
    const at = prepared.text.indexOf('令和7年');
    const [start, end] = sourceSpan(prepared, at, at + '令和7年'.length);
    expect(raw.slice(start, end)).toBe('令和 7 年');
  });

  it('gives the same anchor values on raw and normalised text, offsets in each', () => {
    const raw = seedLine('ja', 67);
    const normalized = prepareText(raw, 'ja').text;
    const fromRaw = extractAnchors(raw, 'ja');
    const fromNormalized = extractAnchors(normalized, 'ja');
    expect(fromRaw.map((a) => [a.type, a.value, a.qualifier, a.unit])).toEqual(fromNormalized.map((a) => [a.type, a.value, a.qualifier, a.unit]));
    expect(fromRaw.find((a) => a.value === '53')?.text).toBe('第 53 号');
    expect(fromNormalized.find((a) => a.value === '53')?.text).toBe('第53号');
  });

  it('reads English numbers spelt with the long s and the Kelvin sign as their ASCII letters', () => {
    // The English number expressions are case-insensitive without the u flag, which would be what
    // folds ſ (U+017F) to s and K (U+212A) to k: NFKC makes them ASCII first.
    const ascii = seedLine('en', 399);
    const lookAlike = ascii.replace(/s/gu, '\u017f').replace(/k/gu, '\u212a');
    expect(lookAlike).not.toBe(ascii);
    // numbers and dates (K is upper case after NFKC, so a name may start there)
    const values = (text: string) =>
      extractAnchors(text, 'en')
        .filter((a) => a.type === 'number' || a.type === 'date')
        .map((a) => [a.type, a.value, a.qualifier, a.unit, a.start, a.end]);
    expect(values(ascii)).toContainEqual(['number', '30000000000000', 'about', 'yen', expect.any(Number), expect.any(Number)]);
    expect(values(lookAlike)).toEqual(values(ascii));
  });
});
