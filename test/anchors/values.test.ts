// Value parsing on its own, and the forms the issue lists that the seeds happen not to contain,
// written the way the seeds write their neighbours.
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { eraToWestern } from '../../src/anchors/dates.js';
import { parseEnglishNumber, parseJapaneseNumber, scaleDecimal } from '../../src/anchors/numbers.js';
import type { Lang } from '../../src/model.js';

describe('parseJapaneseNumber', () => {
  it.each([
    ['三', '3'],
    ['十', '10'],
    ['二十五', '25'],
    ['10兆', '10000000000000'],
    ['1兆2000億', '1200000000000'],
    ['一兆二千億', '1200000000000'],
    ['3.5兆', '3500000000000'],
    ['1,000億', '100000000000'],
  ])('%s → %s', (text, value) => {
    expect(parseJapaneseNumber(text)).toBe(value);
  });
  it.each(['万億', '億1兆', '十十', '兆'])('%s is malformed', (text) => {
    expect(parseJapaneseNumber(text)).toBeNull();
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['one trillion', '1000000000000', false],
    ['twenty-five', '25', false],
    ['two hundred and forty', '240', false],
    ['twenty-first', '21', true],
    ['Sixth', '6', true],
    // idiomatic English for 2500; read as such rather than rejected
    ['twenty-five hundred', '2500', false],
  ])('%s → %s', (words, value, ordinal) => {
    expect(parseEnglishNumber(words)).toEqual({ value, ordinal });
  });
  it('rejects words that are not numbers', () => {
    expect(parseEnglishNumber('twenty-something')).toBeNull();
  });
});

describe('scaleDecimal', () => {
  it.each([
    ['1,234', 0, '1234'],
    ['3.5', 12, '3500000000000'],
    ['0.25', 1, '2.5'],
    ['10.50', 0, '10.5'],
  ] as const)('%s × 10^%i → %s', (digits, exponent, value) => {
    expect(scaleDecimal(digits, exponent)).toBe(value);
  });
});

describe('eraToWestern', () => {
  it.each([
    ['令和', '元', 2019],
    ['令和', '7', 2025],
    ['平成', '31', 2019],
    ['昭和', '64', 1989],
    ['大正', '15', 1926],
    ['明治', '45', 1912],
  ])('%s%s年 → %i', (era, year, western) => {
    expect(eraToWestern(era, year)).toBe(western);
  });
  it.each([
    ['令和', '99'],
    ['平成', '32'],
    ['大正', '16'],
    ['令和', '0'],
  ])('%s%s年 does not exist', (era, year) => {
    expect(eraToWestern(era, year)).toBeNull();
  });
});

type Case = [lang: Lang, text: string, anchorText: string, type: string, value: string, qualifier?: string, unit?: string];

// Sentences shaped like the seeds' own, using the forms the seeds lack.
const forms: Case[] = [
  ['ja', '令和元年5月1日に施行された。', '令和元年5月1日', 'date', '2019-05-01'],
  ['ja', '令和７年度末までに策定する。', '令和7年度末までに', 'date', 'FY2025', 'end by'],
  ['ja', '2025年6月に策定する。', '2025年6月', 'date', '2025-06'],
  ['ja', '2025年度から開始する。', '2025年度から', 'date', 'FY2025', 'from'],
  ['ja', '2030年代初頭に実現する。', '2030年代初頭', 'date', '2030s', 'early'],
  ['ja', '令和9年春頃に開始する。', '令和9年春頃', 'date', '2027', 'spring around'],
  ['ja', '官民合わせた研究開発投資の総額は1兆2000億円に達した。', '1兆2000億円', 'number', '1200000000000', undefined, 'yen'],
  ['ja', '二十五大学を支援する。', '二十五大学', 'number', '25', undefined, 'universities'],
  ['ja', '三つの基軸で取組を加速する。', '三つ', 'number', '3'],
  ['ja', '参加国は１０か国以上となった。', '10か国以上', 'number', '10', 'at-least', 'countries'],
  ['ja', '約５０％を占める。', '約50%', 'number', '50', 'percent about'],
  ['en', 'in fiscal 2025, the Government will', 'fiscal 2025', 'date', 'FY2025'],
  ['en', 'to be formulated in fiscal year 2026.', 'fiscal year 2026', 'date', 'FY2026'],
  ['en', 'a launch capacity of about 30 per year by the early 2030s', 'by the early 2030s', 'date', '2030s', 'early by'],
  ['en', 'to begin operation in approximately 2030.', 'approximately 2030', 'date', '2030', 'around'],
  ['en', 'decided on 6 June 2025', '6 June 2025', 'date', '2025-06-06'],
  ['en', 'a brightness three times greater', 'three times', 'number', '3', 'times'],
  ['en', 'the budget was doubled', 'doubled', 'number', '2', 'times'],
  ['en', 'more than 30 universities', 'more than 30 universities', 'number', '30', 'over', 'universities'],
  ['en', 'at least 10 percent of papers', 'at least 10 percent', 'number', '10', 'percent at-least'],
  // the forms issue 13 found unread on Wikipedia pairs
  ['ja', '1990年（平成2年）10月24日に開業した。', '1990年(平成2年)10月24日', 'date', '1990-10-24'],
  ['ja', '平成2年（1990年）10月に開業した。', '平成2年(1990年)10月', 'date', '1990-10'],
  ['en', 'a line of 100km', '100km', 'number', '100', undefined, 'km'],
  ['en', 'weighing 20kg', '20kg', 'number', '20', undefined, 'kg'],
  ['en', 'a 13.7km route', '13.7km', 'number', '13.7', undefined, 'km'],
  ['en', 'a gauge of 1435mm', '1435mm', 'number', '1435', undefined, 'mm'],
  ['ja', '軌間は1435mmである。', '1435mm', 'number', '1435', undefined, 'mm'],
  ['en', 'the 3GeV light source', '3GeV', 'number', '3', undefined, 'GeV'],
  ['en', 'a 1.5GW plant', '1.5GW', 'number', '1.5', undefined, 'GW'],
  ['ja', '駅から徒歩7分半。', '7分半', 'number', '7.5', undefined, 'minutes'],
  ['en', '7.5 minutes on foot', '7.5 minutes', 'number', '7.5', undefined, 'minutes'],
  ['ja', '全体の3割を占める。', '3割', 'number', '30', 'percent'],
  ['ja', '初代の住職となった。', '初代', 'number', '1', 'ordinal'],
];

describe('forms the seeds lack', () => {
  it.each(forms)('%s: %s', (lang, text, anchorText, type, value, qualifier, unit) => {
    const anchor = extractAnchors(text, lang).find((a) => a.text.normalize('NFKC') === anchorText);
    expect(anchor, JSON.stringify(extractAnchors(text, lang))).toBeDefined();
    expect([anchor!.type, anchor!.value, anchor!.qualifier, anchor!.unit]).toEqual([type, value, qualifier, unit]);
  });
});

describe('what is not a number', () => {
  it.each([
    ['ja', '国際的な取組を一層強化し、一体的に推進する。'], // 一層, 一体
    ['ja', '一人ひとりの多様な幸せ'],
    ['ja', '統一的な基準と唯一の窓口'],
    ['ja', '持続的一次生産システム'],
    ['ja', '第三者による評価'],
    ['ja', '6月4日に決定した。'], // a month and day without a year
    ['ja', '衛星「だいち2号」'], // a name, quoted: a title but no number
    ['ja', 'Beyond 5G、Society 5.0、G7、SPring-8、e-CSTI'],
    ['en', 'which is one of Japan\'s strengths, and a one-stop service'],
    ['en', 'first-in-human studies, at first'],
    ['en', 'realizing "net zero (net zero greenhouse gas emissions),"'],
    ['en', 'Beyond 5G, Society 5.0, G7, SPring-8 and e-CSTI'],
    ['en', 'the satellite Daichi-2 and the AI-related facilities'],
  ] as const)('%s: %s', (lang, text) => {
    expect(extractAnchors(text, lang).filter((a) => a.type === 'number' || a.type === 'date')).toEqual([]);
  });
});

describe('malformed and unknown forms', () => {
  it.each([
    ['ja', '令和99年に', 0],
    ['ja', '第〇期の公募', 0],
    ['ja', '年', 0],
    ['ja', '年度末までに', 0],
    ['ja', '令和年度', 0],
    ['en', 'FY', 0],
    ['en', 'by the end of', 0],
  ] as const)('%s: %s gives no date or number', (lang, text, count) => {
    expect(extractAnchors(text, lang).filter((a) => a.type === 'number' || a.type === 'date')).toHaveLength(count);
  });
  it('an impossible day keeps only what is real', () => {
    const [anchor] = extractAnchors('令和7年2月30日', 'ja');
    expect([anchor?.type, anchor?.value]).toEqual(['date', '2025-02']);
  });
  it('a decade that is no decade is no date', () => {
    expect(extractAnchors('2025年代', 'ja').filter((a) => a.type === 'date')).toEqual([]);
  });
});
