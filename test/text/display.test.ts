import { describe, expect, it } from 'vitest';
import { baseName, clipToWidth, displayWidth, padToWidth, truncate } from '../../src/text/display.js';

describe('truncate', () => {
  it.each([
    ['AI', 5, 'AI'],
    ['Society 5.0', 11, 'Society 5.0'],
    ['Society 5.0', 8, 'Society…'],
    ['統合イノベーション戦略', 5, '統合イノ…'],
    ['😀😀😀', 2, '😀…'], // code points, not code units
  ])('%s to %i → %s', (text, length, expected) => {
    expect(truncate(text, length)).toBe(expected);
  });
});

describe('displayWidth', () => {
  it.each([
    ['AI', 2],
    ['統合', 4],
    ['ＡＩ', 4],
    ['ｱｲ', 2], // half-width katakana
    ['𠮷', 2],
    ['AI戦略', 6],
  ])('%s → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('padToWidth and clipToWidth', () => {
  it.each([
    ['AI', 6, 0, 'AI    '],
    ['統合', 6, 0, '統合  '],
    ['統合戦略', 6, 1, '統合戦略 '], // at least the gap asked for
  ])('pad %s to %i (gap %i)', (text, columns, gap, expected) => {
    expect(padToWidth(text, columns, gap)).toBe(expected);
  });

  it.each([
    ['AI  Act', 10, 'AI Act    '],
    ['統合イノベーション戦略', 10, '統合イノ… '],
    ['abcdefghij', 10, 'abcdefghi…'],
  ])('clip %s to %i columns', (text, width, expected) => {
    expect(clipToWidth(text, width)).toBe(expected);
    expect(displayWidth(clipToWidth(text, width))).toBe(width);
  });
});

describe('baseName', () => {
  it.each([
    ['seeds/integrated-innovation-strategy-2025.ja.txt', 'integrated-innovation-strategy-2025.ja.txt'],
    ['C:\\docs\\strategy.en.md', 'strategy.en.md'],
    ['/tmp/out/', 'out'],
    ['ja.txt', 'ja.txt'],
    ['', ''],
  ])('%s → %s', (path, expected) => {
    expect(baseName(path)).toBe(expected);
  });
});
