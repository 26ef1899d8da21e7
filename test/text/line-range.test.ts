import { describe, expect, it } from 'vitest';
import { formatLineRange, type LineRangeStyle, spanOfLines } from '../../src/text/line-range.js';

describe('formatLineRange', () => {
  const cases: Array<[[number, number], LineRangeStyle, string]> = [
    [[12, 12], {}, '12'],
    [[12, 14], {}, '12-14'],
    [[12, 12], { bothEnds: true }, '12-12'], // exports: one rule for readers
    [[66, 69], { bothEnds: true }, '66-69'],
    [[12, 14], { dash: '–' }, '12–14'], // the HTML report
    [[12, 12], { dash: '–' }, '12'],
    [[12, 12], { word: true }, 'line 12'], // parse --anchors
    [[12, 14], { word: true }, 'lines 12-14'],
    [[12, 14], { word: true, dash: '–' }, 'lines 12–14'],
    [[12, 12], { word: true, bothEnds: true }, 'line 12-12'],
  ];
  it.each(cases)('%j with %j → %s', (range, style, expected) => {
    expect(formatLineRange(range, style)).toBe(expected);
  });
});

describe('spanOfLines', () => {
  it.each([
    [[], null],
    [[{ lines: [5, 5] }], [5, 5]],
    [[{ lines: [5, 6] }, { lines: [7, 9] }], [5, 9]],
    [[{ lines: [5, 6] }, { lines: [6, 6] }, { lines: [8, 12] }], [5, 12]],
  ] as Array<[Array<{ lines: [number, number] }>, [number, number] | null]>)('%j → %j', (items, expected) => {
    expect(spanOfLines(items)).toEqual(expected);
  });
});
