// Table-driven: anchors of real seed lines, each with its type and normalised value. Every row is
// checked on the raw line (PDF spacing, full-width brackets) and on its normalised form.
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { prepareText } from '../../src/anchors/normalize.js';
import type { Anchor, AnchorType, Lang } from '../../src/model.js';
import { seedLine, squash } from './seed.js';

type Row = [line: number, text: string, type: AnchorType, value: string, qualifier?: string, unit?: string];

const ja: Row[] = [
  // era dates, spaced digits, months and days
  [5, '令和 7 年 6 月 6 日', 'date', '2025-06-06'],
  [52, '令和 3 年 3 月 26 日', 'date', '2021-03-26'],
  [138, '令和5年7月', 'date', '2023-07'],
  [146, '令和6年3月', 'date', '2024-03'],
  [91, '平成15年', 'date', '2003'],
  [206, '令和11年', 'date', '2029'],
  [195, '令和6年', 'date', '2024'],
  [3, '2025', 'date', '2025'], // 統合イノベーション戦略 2025
  // fiscal years and their bounds
  [182, '令和 7 年度', 'date', 'FY2025'],
  [215, '令和5年度', 'date', 'FY2023'],
  [198, '令和6年度から', 'date', 'FY2024', 'from'],
  [344, '令和5年度より', 'date', 'FY2023', 'from'],
  [398, '令和5年度まで', 'date', 'FY2023', 'by'],
  [255, '令和7年度末までに', 'date', 'FY2025', 'end by'],
  [255, '令和8年度中', 'date', 'FY2026', 'during'],
  [254, '令和8年度中をめど', 'date', 'FY2026', 'during by'],
  [305, '令和11年度', 'date', 'FY2029'],
  // approximate, seasons, decades
  [206, '令和12年頃', 'date', '2030', 'around'],
  [74, '令和 12 年頃まで', 'date', '2030', 'around by'],
  [164, '令和7年年央目処', 'date', '2025', 'mid by'],
  [322, '令和7年夏頃までに', 'date', '2025', 'summer around by'],
  [226, '令和8年秋', 'date', '2026', 'autumn'],
  [142, '2030年代', 'date', '2030s'],
  [204, '2020年代後半', 'date', '2020s', 'late'],
  [211, '2030年代前半までに', 'date', '2030s', 'early by'],
  [402, '令和6年12月から', 'date', '2024-12', 'from'],
  // act references: the year is a date, the act number a number
  [67, '令和 7 年', 'date', '2025'],
  [67, '第 53 号', 'number', '53', undefined, 'act-no'],
  [91, '第57号', 'number', '57', undefined, 'act-no'],
  // ordinals
  [52, '第 6 期', 'number', '6', 'ordinal'],
  [52, '5 年目', 'number', '5', 'ordinal', 'years'],
  [266, '第3期', 'number', '3', 'ordinal'],
  [266, '3年目', 'number', '3', 'ordinal', 'years'],
  [198, '第3回', 'number', '3', 'ordinal'],
  [176, '第 5 次', 'number', '5', 'ordinal'],
  [215, '第一期', 'number', '1', 'ordinal'],
  [215, '第二期', 'number', '2', 'ordinal'],
  [211, '2号機', 'number', '2', 'ordinal'],
  [211, '5号機', 'number', '5', 'ordinal'],
  [134, '元年', 'number', '1', 'ordinal', 'years'],
  [280, '第2期', 'number', '2', 'ordinal'],
  // amounts, percentages, ratios, counts
  [215, '1兆円', 'number', '1000000000000', undefined, 'yen'],
  [280, '10兆円', 'number', '10000000000000', undefined, 'yen'],
  [398, '約30兆円', 'number', '30000000000000', 'about', 'yen'],
  [398, '約120兆円', 'number', '120000000000000', 'about', 'yen'],
  [249, 'Top10%', 'number', '10', 'percent'],
  [305, '100倍', 'number', '100', 'times'],
  [305, '3 G e V', 'number', '3', undefined, 'GeV'],
  [211, '30件程度', 'number', '30', 'about', 'cases'],
  [288, '25大学', 'number', '25', undefined, 'universities'],
  [266, '14課題', 'number', '14', undefined, 'issues'],
  [190, '3つ', 'number', '3'],
  [221, '6つ', 'number', '6'],
  [463, '8つ', 'number', '8'],
  [198, '3年間', 'number', '3', undefined, 'years'],
  [398, '3年連続', 'number', '3', undefined, 'years'],
  [398, '5年間', 'number', '5', undefined, 'years'],
  [176, '10 か年', 'number', '10', undefined, 'years'],
  [354, '2年', 'number', '2', undefined, 'years'],
  [204, '2回', 'number', '2'],
  // names and titles
  [56, 'e - C S T I', 'name', 'e-CSTI'],
  [56, 'Society 5.0', 'name', 'Society5.0'],
  [305, 'S P r i n g - 8', 'name', 'SPring-8'],
  [305, 'S P r i n g - 8 - II', 'name', 'SPring-8-II'],
  [138, 'G-Q u A T', 'name', 'G-QuAT'],
  [288, 'J-P E A K S', 'name', 'J-PEAKS'],
  [170, 'Beyond 5G', 'name', 'Beyond5G'],
  [127, 'I S O / I E C J T C 1', 'name', 'ISO/IECJTC1'],
  [142, 'I T E R', 'name', 'ITER'],
  [146, 'G7', 'name', 'G7'],
  [211, 'H3', 'name', 'H3'],
  [99, 'A I S I', 'name', 'AISI', 'defined'],
  [206, 'ISS', 'name', 'ISS', 'defined'],
  [52, '統合戦略 2025', 'title', '統合戦略2025', 'defined'],
  [213, '「宇宙技術戦略(令和7年3月25日宇宙政策委員会)」', 'title', '宇宙技術戦略(令和7年3月25日宇宙政策委員会)'],
  [195, '「だいち2号」', 'title', 'だいち2号'],
];

const en: Row[] = [
  [5, 'June 6, 2025', 'date', '2025-06-06'],
  [21, 'March 26, 2021', 'date', '2021-03-26'],
  [66, 'May 27, 2025', 'date', '2025-05-27'],
  [135, 'March 2024', 'date', '2024-03'],
  [187, 'June 2023', 'date', '2023-06'],
  [204, '2029', 'date', '2029'],
  [3, '2025', 'date', '2025'], // Integrated Innovation Strategy 2025
  [176, 'FY2025', 'date', 'FY2025'],
  [199, 'from FY2024', 'date', 'FY2024', 'from'],
  [399, 'until FY2023', 'date', 'FY2023', 'by'],
  [254, 'by the end of FY2025', 'date', 'FY2025', 'end by'],
  [254, 'during FY2026', 'date', 'FY2026', 'during'],
  [253, 'by FY2026', 'date', 'FY2026', 'by'],
  [204, 'around 2030', 'date', '2030', 'around'],
  [44, 'by approximately 2030', 'date', '2030', 'around by'],
  [153, 'by the middle of 2025', 'date', '2025', 'mid by'],
  [321, 'by the summer of FY2025', 'date', 'FY2025', 'summer by'],
  [227, 'autumn of 2026', 'date', '2026', 'autumn'],
  [131, '2030s', 'date', '2030s'],
  [203, 'late 2020s', 'date', '2020s', 'late'],
  [403, 'since December 2024', 'date', '2024-12', 'from'],
  [195, '2024', 'date', '2024'], // "During the 2024 the Noto Peninsula earthquake": no "during"
  [39, '2025', 'date', '2025'],
  [39, 'No. 53', 'number', '53', undefined, 'act-no'],
  [62, 'No. 57', 'number', '57', undefined, 'act-no'],
  [21, 'Sixth', 'number', '6', 'ordinal'],
  [21, 'Seventh', 'number', '7', 'ordinal'],
  [21, 'fifth year', 'number', '5', 'ordinal', 'years'],
  [263, 'third year', 'number', '3', 'ordinal', 'years'],
  [271, 'third-year', 'number', '3', 'ordinal', 'years'],
  [199, '3rd', 'number', '3', 'ordinal'],
  [209, 'second', 'number', '2', 'ordinal'],
  [209, 'fifth', 'number', '5', 'ordinal'],
  [215, 'Phase 1', 'number', '1', 'ordinal'],
  [215, 'Phase 2', 'number', '2', 'ordinal'],
  [263, 'third', 'number', '3', 'ordinal'], // third phase of the SIP
  [122, 'First Year', 'number', '1', 'ordinal', 'years'],
  [215, 'one trillion yen', 'number', '1000000000000', undefined, 'yen'],
  [278, '10-trillion-yen', 'number', '10000000000000', undefined, 'yen'],
  [399, 'approximately 30 trillion yen', 'number', '30000000000000', 'about', 'yen'],
  [399, '120 trillion yen', 'number', '120000000000000', undefined, 'yen'],
  [399, 'five-year', 'number', '5', undefined, 'years'],
  [399, 'three consecutive years', 'number', '3', undefined, 'years'],
  [248, 'Top 10%', 'number', '10', 'percent'],
  [303, '100 times', 'number', '100', 'times'],
  [283, '25 universities', 'number', '25', undefined, 'universities'],
  [263, '14 issues', 'number', '14', undefined, 'issues'],
  [187, 'three', 'number', '3'],
  [199, 'three years', 'number', '3', undefined, 'years'],
  [353, 'two years', 'number', '2', undefined, 'years'],
  [475, 'eight', 'number', '8'],
  [25, 'Society 5.0', 'name', 'Society5.0'],
  [25, 'e-CSTI', 'name', 'e-CSTI'],
  [303, 'SPring-8', 'name', 'SPring-8'],
  [127, 'G-QuAT', 'name', 'G-QuAT'],
  [283, 'J-PEAKS', 'name', 'J-PEAKS'],
  [157, 'Beyond 5G', 'name', 'Beyond5G'],
  [114, 'ISO/IEC JTC1', 'name', 'ISO/IECJTC1'],
  [223, 'AUVs', 'name', 'AUV'],
  [77, 'AISI', 'name', 'AISI', 'defined'],
  [21, 'Integrated Strategy 2025', 'title', 'Integrated Strategy 2025', 'defined'],
];

function find(anchors: Anchor[], text: string): Anchor | undefined {
  return anchors.find((a) => squash(a.text) === squash(text));
}

function check(lang: Lang, [line, text, type, value, qualifier, unit]: Row) {
  const raw = seedLine(lang, line);
  expect(squash(raw)).toContain(squash(text).replace(/[「」]/gu, '')); // the table matches the seed
  for (const input of [raw, prepareText(raw, lang).text]) {
    const anchor = find(extractAnchors(input, lang), text) ?? find(extractAnchors(input, lang), prepareText(text, lang).text);
    expect(anchor, `${text} in ${input}`).toBeDefined();
    expect(anchor!.type).toBe(type);
    expect(anchor!.value).toBe(value);
    expect(anchor!.qualifier).toBe(qualifier);
    expect(anchor!.unit).toBe(unit);
    expect(input.slice(anchor!.start, anchor!.end)).toBe(anchor!.text);
  }
}

describe('anchors of Japanese seed lines', () => {
  it.each(ja)('line %i: %s', (...row) => check('ja', row as Row));
});

describe('anchors of English seed lines', () => {
  it.each(en)('line %i: %s', (...row) => check('en', row as Row));
});
