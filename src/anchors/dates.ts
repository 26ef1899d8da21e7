// Dates on both sides reduced to one form: 令和7年6月6日 and "June 6, 2025" → 2025-06-06,
// 令和7年度 and "FY2025" → FY2025, 2030年代前半 and "the early 2030s" → 2030s (early).
// Value formats: YYYY-MM-DD, YYYY-MM, YYYY, FYYYYY (fiscal year starting in April of YYYY), YYYYs.
import { kanji2number } from '@geolonia/japanese-numeral';
import { candidate, matchAt, matchBefore, type Candidate } from './candidate.js';
import type { Qualifier } from './qualifiers.js';

/** Japanese eras: first Western year and the last era year that existed (or that we accept). */
const ERAS: Record<string, { first: number; last: number }> = {
  明治: { first: 1868, last: 45 },
  大正: { first: 1912, last: 15 },
  昭和: { first: 1926, last: 64 },
  平成: { first: 1989, last: 31 },
  // Open-ended; a 令和 year past 2100 is far more likely a misprint than a plan.
  令和: { first: 2019, last: 2100 - 2018 },
};
/** Western years read as dates; outside this range a four-digit number is just a number. */
export const FIRST_YEAR = 1868;
export const LAST_YEAR = 2200;
/** Before 1868 a four-digit number is a year only where the text says so: 1096年, "in 1096",
 *  (1097 - 1164), "April 19, 1180". Bare, it is as likely a count. */
export const FIRST_HISTORICAL_YEAR = 1000;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The most precise value the parts allow: a bad day gives YYYY-MM, a bad month gives YYYY. */
function calendarValue(year: number, month?: number, day?: number): string {
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || day < 1 || day > daysInMonth(year, month)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Western year of an era year ('令和', '7' → 2025; '元' is 1); null when the era had no such year. */
export function eraToWestern(era: string, eraYear: string): number | null {
  const info = ERAS[era];
  const n = eraYear === '元' ? 1 : Number(eraYear);
  if (!info || !Number.isInteger(n) || n < 1 || n > info.last) return null;
  return info.first + n - 1;
}

// ---------------------------------------------------------------------------------------------
// Japanese

// 1990年(平成2年)10月24日 and 平成2年(1990年)10月24日: the year in brackets restates the year, and the
// month and day after it belong to the date.
const JA_DATE = new RegExp(
  String.raw`(?:(?<era>明治|大正|昭和|平成|令和)(?<eraYear>\d{1,2}|元)年|(?<![\d.,A-Za-z])(?<west>\d{4})年(?![間前目来余]|後(?![\u3400-\u9fff])))` +
    String.raw`(?<restated>[(（](?:(?<era2>明治|大正|昭和|平成|令和)(?<eraYear2>\d{1,2}|元)|(?<west2>\d{4}))年[)）])?` +
    String.raw`(?:(?<fiscal>度)|(?<decade>代))?(?:(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?)?`,
  'gu',
);
const JA_DATE_SUFFIX =
  /(?:を(?=目処|めど|目途))?(?:年央|末|初め|初頭|当初|前半|後半|半ば|中頃|春|夏|秋|冬|中(?![国心小核央長])|頃|ごろ|目処|めど|目途|までに|まで|から|より|以降|以来)/uy;
const JA_SUFFIX_QUALIFIER: Record<string, Qualifier> = {
  年央: 'mid', 末: 'end', 初め: 'early', 初頭: 'early', 当初: 'early', 前半: 'early', 後半: 'late',
  半ば: 'mid', 中頃: 'mid', 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter', 中: 'during',
  頃: 'around', ごろ: 'around', 目処: 'by', めど: 'by', 目途: 'by', までに: 'by', まで: 'by',
  から: 'from', より: 'from', 以降: 'from', 以来: 'from',
};
// A month or day without a year (6月4日) is not a quantity; these spans only keep the digits
// from being read as numbers.
const JA_PARTIAL_DATE = /(?<![\d年])\d{1,2}月(?:\d{1,2}日)?|(?<![\d月])\d{1,2}日(?!間)/gu;

// An era or reign with no table entry (文永11年, 天養元年, 天武天皇5年, 承和 (日本)9年, 同10年): its year
// is no count of years and no Western year. A Western year restated in brackets (文永11年（1274年）)
// is the date; a month and day after it follow the old lunisolar calendar, which the English converts
// (7月22日 (旧暦) → August 29), so the date is the year alone. The name is a run of one to four
// ideographs (longer runs are words: 量子産業化元年), the disambiguator (日本)/(元号) Wikipedia adds allowed.
const OTHER_ERA_YEAR = new RegExp(
  String.raw`(?:(?<name>[\u3400-\u9fff々]{1,4})(?<![〇一二三四五六七八九十百千万])(?: ?[(（](?:日本|元号)[)）])?|(?<![\d.,]))(?:\d{1,2}|元|[一二三四五六七八九十]{1,3})年(?![間前後目来余代度])` +
    String.raw`(?<restated>[(（](?<west>\d{3,4})年?[)）])?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[ _]?[(（]旧暦[)）])?`,
  'gu',
);
const RELATIVE_YEAR_DATE = /(?:同|翌|前|その|其の)年\d{1,2}月(?:\d{1,2}日)?(?:[ _]?[(（]旧暦[)）])?/gu;
const EARLY_YEAR_MONTH = /(?<![\d.,])(\d{3}年)\d{1,2}月(?:\d{1,2}日)?/gu;
/** Ideographs before a year count that make it a count, not an era year (約80年, 第3年, 毎年). */
const COUNT_PREFIX = /[約第全各計毎間後前]$/u;
/** The ideograph run right before a match, as far back as it goes (the era name may follow 翌 or 同). */
function ideographRunBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && /[\u3400-\u9fff々]/u.test(text[start - 1]!)) start--;
  return end - start;
}

const TABLE_ERA_YEAR = /(明治|大正|昭和|平成|令和)(\d{1,2}|元)年/gu;

/** A Western year as the anchors read it: a date from 1000 on, a number (as "668" in English) before. */
function yearCandidate(start: number, end: number, west: number, month?: number, day?: number): Candidate {
  if (west < FIRST_HISTORICAL_YEAR) return candidate('number', start, end, String(west));
  return candidate('date', start, end, west >= 1873 ? calendarValue(west, month, day) : String(west));
}

function findOtherEraYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The era of a bare year (20年3月, 7年と10年) is the one named last before it: its offset from the
  // Western year, and the era years it has given with their Western years.
  const eras: Array<{ at: number; offset: number }> = [];
  for (const m of text.matchAll(TABLE_ERA_YEAR)) eras.push({ at: m.index, offset: ERAS[m[1]!]!.first - 1 });
  const named = new Map<string, number>();
  for (const m of text.matchAll(OTHER_ERA_YEAR)) {
    const g = m.groups!;
    const eraYear = /(\d{1,2})年/u.exec(m[0].slice(g.name?.length ?? 0))?.[1];
    if (g.west !== undefined && eraYear !== undefined) {
      eras.push({ at: m.index, offset: Number(g.west) - Number(eraYear) });
      eras.sort((a, b) => a.at - b.at);
      named.set(eraYear, Number(g.west));
    }
    if (g.name === undefined) {
      // 8年（669年）: the era named before, its year restated
      if (g.restated === undefined && eraYear !== undefined && m[0].startsWith(eraYear)) {
        const month = /年(\d{1,2})月(?:(\d{1,2})日)?/u.exec(m[0]);
        const era = eras.filter((e) => e.at < m.index).pop();
        // 20年3月 after 昭和19年: a month makes it a date of that era; without one, 10年 is a date
        // only where the text gave that era year before (天智天皇10年（671年） … 7年と10年の任命記事).
        const west = month && era ? era.offset + Number(eraYear) : named.get(eraYear);
        if (west !== undefined) found.push(yearCandidate(m.index, m.index + m[0].length, west, month ? Number(month[1]) : undefined, month?.[2] ? Number(month[2]) : undefined));
        continue;
      }
      if (g.restated === undefined || /^[一二三四五六七八九十]/u.test(m[0])) continue;
    } else {
      if (ERAS[g.name.slice(-2)] !== undefined) continue; // 明治..令和: read by JA_DATE
      if (COUNT_PREFIX.test(g.name)) continue;
      // A longer run is a word (量子産業化元年), unless a Western year restates it: 種子島銃天正11年(1583年)
      // is a heading run into its text.
      if (ideographRunBefore(text, m.index + g.name.length) > 4 && g.restated === undefined) continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const west = g.west === undefined ? null : Number(g.west);
    if (west !== null && west >= FIRST_HISTORICAL_YEAR && west <= LAST_YEAR) {
      found.push(candidate('date', start, end, String(west)));
    } else if (west !== null) {
      // A year before 1000 in brackets stays a number (天平神護元年（765年） and "765"); the era year is skipped.
      found.push(candidate('skip', start, start + m[0].indexOf(g.restated!), ''));
    } else found.push(candidate('skip', start, end, ''));
  }
  // 同年7月22日, 翌年3月: a month and day of a year the text gave before; no quantity.
  for (const m of text.matchAll(RELATIVE_YEAR_DATE)) found.push(candidate('skip', m.index, m.index + m[0].length, ''));
  // 842年11月26日: the year before 1000 stays a number (as "842" in English); its month and day are no count.
  for (const m of text.matchAll(EARLY_YEAR_MONTH)) found.push(candidate('skip', m.index + m[1]!.length, m.index + m[0].length, ''));
  return found;
}

// 千八百九十四年, 二〇二五年: a year in kanji numerals, as older titles and vertical text write it.
const KANJI_YEAR = /(?<![〇一二三四五六七八九十百千万])[〇一二三四五六七八九十百千]{3,}年(?![間前後目来余代度])/gu;

function findKanjiYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(KANJI_YEAR)) {
    let year: number;
    try {
      year = kanji2number(m[0].slice(0, -1));
    } catch {
      continue;
    }
    if (year >= FIRST_HISTORICAL_YEAR && year <= LAST_YEAR) found.push(candidate('date', m.index, m.index + m[0].length, String(year)));
  }
  return found;
}

function findJapaneseDates(text: string): Candidate[] {
  const found: Candidate[] = [...findOtherEraYears(text), ...findKanjiYears(text)];
  for (const m of text.matchAll(JA_DATE)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    const year = g.era !== undefined ? eraToWestern(g.era, g.eraYear!) : Number(g.west);
    if (year === null) {
      found.push(candidate('skip', start, end, '')); // 令和99年: no such year, no anchor
      continue;
    }
    if (g.restated !== undefined) {
      const restated = g.era2 !== undefined ? eraToWestern(g.era2, g.eraYear2!) : Number(g.west2);
      if (restated !== year) {
        // Two different years: each is a year-only date of its own.
        const firstEnd = start + (g.era !== undefined ? `${g.era}${g.eraYear}年` : `${g.west}年`).length;
        for (const [value, from, to] of [[year, start, firstEnd], [restated, firstEnd + 1, firstEnd + g.restated.length - 1]] as const) {
          if (value !== null && value >= FIRST_HISTORICAL_YEAR && value <= LAST_YEAR) found.push(candidate('date', from, to, String(value)));
        }
        continue;
      }
    }
    if (year < FIRST_HISTORICAL_YEAR || year > LAST_YEAR) continue;
    const qualifiers: Qualifier[] = [];
    for (let s = matchAt(JA_DATE_SUFFIX, text, end); s; s = matchAt(JA_DATE_SUFFIX, text, end)) {
      qualifiers.push(JA_SUFFIX_QUALIFIER[s[0].replace(/^を/u, '')]!);
      end += s[0].length;
    }
    let value: string;
    if (g.decade !== undefined) {
      if (g.west === undefined || year % 10 !== 0) {
        found.push(candidate('skip', start, end, ''));
        continue;
      }
      value = `${year}s`;
    } else if (g.fiscal !== undefined) value = `FY${year}`;
    else value = calendarValue(year, g.month ? Number(g.month) : undefined, g.day ? Number(g.day) : undefined);
    found.push(candidate('date', start, end, value, qualifiers));
  }
  for (const m of text.matchAll(JA_PARTIAL_DATE)) found.push(candidate('skip', m.index, m.index + m[0].length, ''));
  return found;
}

// ---------------------------------------------------------------------------------------------
// English

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH_PATTERN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;

function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
}

const EN_DATE = new RegExp(
  String.raw`(?<![\w.,]|[A-Za-z]-)(?:` +
    String.raw`(?<m1>${MONTH_PATTERN})\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH_PATTERN}),?\s+(?<y2>\d{4})` +
    String.raw`|(?<m3>${MONTH_PATTERN}),?\s+(?:of\s+)?(?<y3>\d{4})` +
    String.raw`|(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})` +
    String.raw`|(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)(?<fy>\d{4}|\d{2})` +
    String.raw`|(?<decade>\d{3}0)s` +
    String.raw`|(?<year>\d{4})` +
    String.raw`)(?![A-Za-z0-9]|[.,]\d)`,
  'gu',
);
// Words before a date that qualify it; read right to left, one at a time.
const EN_DATE_PREFIX = new RegExp(
  String.raw`(?:\b(?<by>by|until|till|through|no later than|not later than)` +
    String.raw`|\b(?<from>from|since|starting(?: in| from)?|beginning(?: in| from)?)` +
    String.raw`|\b(?<during>during|within|in the course of)` +
    String.raw`|\b(?<around>around|approximately|approx\.|about|circa|roughly)` +
    String.raw`|\b(?<early>early|(?:the )?(?:beginning|start|first half) of)` +
    String.raw`|\b(?<mid>mid|(?:the )?middle of)` +
    String.raw`|\b(?<late>late|(?:the )?(?:second|latter) half of)` +
    String.raw`|\b(?<end>(?:the )?end of)` +
    String.raw`|\b(?<season>spring|summer|autumn|fall|winter)(?: of)?` +
    String.raw`|\b(?<the>the))[\s-]+$`,
  'i', // no u flag: see EN_NUMBER in numbers.ts
);
const EN_PARTIAL_DATE = new RegExp(
  String.raw`\b${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s+\d{4})`,
  'gu',
);

function englishPrefixQualifiers(text: string, start: number): { start: number; qualifiers: Qualifier[] } {
  const qualifiers: Qualifier[] = [];
  let at = start;
  let spanStart = start;
  for (let m = matchBefore(EN_DATE_PREFIX, text, at); m; m = matchBefore(EN_DATE_PREFIX, text, at)) {
    const g = m.groups!;
    at -= m[0].length;
    if (g.the !== undefined) continue; // "by the end of": keep reading, but "the" alone starts no anchor
    spanStart = at;
    if (g.by !== undefined) qualifiers.push('by');
    else if (g.from !== undefined) qualifiers.push('from');
    else if (g.during !== undefined) qualifiers.push('during');
    else if (g.around !== undefined) qualifiers.push('around');
    else if (g.early !== undefined) qualifiers.push('early');
    else if (g.mid !== undefined) qualifiers.push('mid');
    else if (g.late !== undefined) qualifiers.push('late');
    else if (g.end !== undefined) qualifiers.push('end');
    else if (g.season !== undefined) {
      const season = g.season.toLowerCase();
      qualifiers.push(season === 'fall' ? 'autumn' : (season as Qualifier));
    }
  }
  return { start: spanStart, qualifiers };
}

/** Words after which a bare four-digit number is a year however old: "in 1096", "from 1185 to
 *  1333", "(1097 - 1164)", "c. 1150". */
const HISTORICAL_YEAR_BEFORE = /(?:\b(?:in|of|since|from|until|till|to|by|around|after|before|between|and|circa|c\.|year)\s+|[(（]\s*|\d{4}\s*[-–~～]\s*)$/iu;

function findEnglishDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(EN_DATE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    let value: string;
    const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.iy ?? g.decade ?? g.year ?? (g.fy && (g.fy.length === 2 ? `20${g.fy}` : g.fy)));
    const first = g.year === undefined || HISTORICAL_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ? FIRST_HISTORICAL_YEAR : FIRST_YEAR;
    if (!(year >= first && year <= LAST_YEAR)) continue;
    if (g.m1 !== undefined) value = calendarValue(year, monthNumber(g.m1), Number(g.d1));
    else if (g.m2 !== undefined) value = calendarValue(year, monthNumber(g.m2), Number(g.d2));
    else if (g.m3 !== undefined) value = calendarValue(year, monthNumber(g.m3));
    else if (g.iy !== undefined) value = calendarValue(year, Number(g.im), Number(g.id));
    else if (g.fy !== undefined) value = `FY${year}`;
    else if (g.decade !== undefined) value = `${year}s`;
    else value = String(year);
    // "during the 2024 earthquake": a bare year after "the" describes a noun; the words before
    // qualify that noun, not the year.
    const attributive = g.year !== undefined && /\bthe\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index));
    const prefix = attributive ? { start: m.index, qualifiers: [] } : englishPrefixQualifiers(text, m.index);
    found.push(candidate('date', prefix.start, end, value, prefix.qualifiers));
  }
  for (const m of text.matchAll(EN_PARTIAL_DATE)) found.push(candidate('skip', m.index, m.index + m[0].length, ''));
  return found;
}

// ---------------------------------------------------------------------------------------------
// Both

// A bare four-digit year in Japanese text (統合戦略2025) is a date, as "Strategy 2025" is in English.
const JA_BARE_YEAR = /(?<![\d.,A-Za-z]|[A-Za-z]-)\d{4}(?![\d年A-Za-z%]|[.,]\d)/gu;

export function findDates(text: string, lang: 'ja' | 'en'): Candidate[] {
  if (lang === 'en') return findEnglishDates(text);
  const found = findJapaneseDates(text);
  for (const m of text.matchAll(JA_BARE_YEAR)) {
    const year = Number(m[0]);
    // （1258 － 1340）: in brackets or a range a year is a year however old, as in English.
    const historical = HISTORICAL_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^\s*[-–~～－]/u.test(text.slice(m.index + 4, m.index + 7));
    if (year >= (historical ? FIRST_HISTORICAL_YEAR : FIRST_YEAR) && year <= LAST_YEAR) found.push(candidate('date', m.index, m.index + 4, m[0]));
  }
  return found;
}
