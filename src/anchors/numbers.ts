// Numbers on both sides reduced to plain decimal digits: 10兆円 and "10-trillion-yen" both become
// 10000000000000 (unit yen), 第3期 and "third phase" both 3 (ordinal), 3つ and "three" both 3.
import { kanji2number } from '@geolonia/japanese-numeral';
import { candidate, matchAt, matchBefore, type Candidate } from './candidate.js';
import type { Qualifier } from './qualifiers.js';

// ---------------------------------------------------------------------------------------------
// Values

/** `digits` (commas and a decimal point allowed) times 10^exponent, as plain decimal digits. */
export function scaleDecimal(digits: string, exponent: number): string {
  const [whole = '', fraction = ''] = digits.replace(/,/g, '').split('.');
  const all = whole + fraction;
  const point = whole.length + exponent;
  let integer: string;
  let decimals: string;
  if (point >= all.length) {
    integer = all + '0'.repeat(point - all.length);
    decimals = '';
  } else {
    integer = all.slice(0, Math.max(point, 0));
    decimals = (point < 0 ? '0'.repeat(-point) : '') + all.slice(Math.max(point, 0));
  }
  integer = integer.replace(/^0+(?=\d)/, '') || '0';
  decimals = decimals.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

const JA_SCALE_EXPONENT: Record<string, number> = { 万: 4, 億: 8, 兆: 12 };
const KANJI_NUMERAL = /^[〇一二三四五六七八九十百千]+$/;

/** Kanji numerals below 万 (三, 二十五, 千百十一); null for anything that is not one. */
function kanjiBelowTenThousand(text: string): string | null {
  try {
    const n = kanji2number(text);
    return Number.isSafeInteger(n) && n >= 0 ? String(n) : null;
  } catch {
    return null;
  }
}

/**
 * A Japanese number after NFKC: Arabic digits, kanji numerals or both, with 万/億/兆
 * ('三' → '3', '1兆2000億' → '1200000000000', '3.5兆' → '3500000000000'); null if malformed.
 */
export function parseJapaneseNumber(text: string): string | null {
  const groups = [...text.matchAll(/([^兆億万]+)([兆億万]?)/gu)];
  if (groups.length === 0 || groups.reduce((n, g) => n + g[0].length, 0) !== text.length) return null;
  let total = 0n;
  let lastExponent = Infinity;
  for (const [, part = '', scale = ''] of groups) {
    const exponent = scale ? JA_SCALE_EXPONENT[scale]! : 0;
    if (exponent >= lastExponent) return null; // 万 before 億, or two plain parts
    lastExponent = exponent;
    let value: string | null;
    const digitsTimes = /^(\d+)([千百])$/u.exec(part); // 8万4千: digits with a kanji multiplier
    if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(part)) value = scaleDecimal(part, exponent);
    else if (digitsTimes) value = scaleDecimal(digitsTimes[1]!, exponent + (digitsTimes[2] === '千' ? 3 : 2));
    else if (KANJI_NUMERAL.test(part)) {
      const small = kanjiBelowTenThousand(part);
      value = small === null ? null : scaleDecimal(small, exponent);
    } else value = null;
    if (value === null) return null;
    if (value.includes('.')) {
      if (groups.length > 1) return null; // 1.5兆2000億 is not a way anyone writes a number
      return value;
    }
    total += BigInt(value);
  }
  return total.toString();
}

const EN_CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000,
};
const EN_SCALE_EXPONENT: Record<string, number> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };

/**
 * English number words ("one trillion", "twenty-five", "twenty-first"); "twenty-five hundred"
 * reads as 2500, as people say it. Null when a word is not a number word.
 */
export function parseEnglishNumber(words: string): { value: string; ordinal: boolean } | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t !== 'and' && t !== '');
  if (tokens.length === 0) return null;
  let total = 0n;
  let current = 0n;
  let ordinal = false;
  for (const [i, token] of tokens.entries()) {
    if (token in EN_CARDINALS) current += BigInt(EN_CARDINALS[token]!);
    else if (token in EN_ORDINALS && i === tokens.length - 1) {
      ordinal = true;
      const n = BigInt(EN_ORDINALS[token]!);
      current = n >= 100n ? (current || 1n) * n : current + n;
    } else if (token === 'hundred') current = (current || 1n) * 100n;
    else if (token in EN_SCALE_EXPONENT) {
      total += (current || 1n) * 10n ** BigInt(EN_SCALE_EXPONENT[token]!);
      current = 0n;
    } else return null;
  }
  return { value: (total + current).toString(), ordinal };
}

// ---------------------------------------------------------------------------------------------
// Units shared by both languages, so 25大学 and "25 universities" carry the same unit.

/** Latin units written the same way on both sides. */
const LATIN_UNITS = 'GeV|MeV|keV|TeV|eV|km|kg|mm|cm|nm|GWh|kWh|GW|MW|kW|PB|TB|GB|Gbps|GHz|MHz|qubits?';
/** "100km", "1.5GW", "1435mm": a number glued to its unit is a quantity, not a name. */
export const GLUED_QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(?:${LATIN_UNITS})$`, 'u');

const JA_COUNTER_UNIT: Record<string, string> = {
  円: 'yen', 年間: 'years', 年連続: 'years', か年: 'years', カ年: 'years', ヶ年: 'years', 箇年: 'years',
  年: 'years', 年目: 'years', か月: 'months', カ月: 'months', ヶ月: 'months', 箇月: 'months',
  件: 'cases', 大学: 'universities', 課題: 'issues', 人: 'people', 名: 'people', 社: 'companies',
  か国: 'countries', カ国: 'countries', ヶ国: 'countries', 分野: 'fields', 機関: 'institutions',
  校: 'schools', 拠点: 'sites', 分: 'minutes', 分間: 'minutes', 時間: 'hours', 秒: 'seconds', 秒間: 'seconds',
};
/** Counters a 半 ("and a half") may follow: 7分半, 1年半, 2時間半. */
const JA_HALF_AFTER = new Set(['分', '時間', '秒', '年', '年間', 'か月', 'カ月', 'ヶ月', '箇月']);
/** Counters that make the number an ordinal (N年目 is the N-th year). */
const JA_ORDINAL_COUNTERS = new Set(['年目', '号機', '期目', '回目', '男', '女', '世紀', '位', '代']);
/** Counters that make the number an ordinal only after 第 (第3回 but 3回 is three times). */
const JA_COUNTERS_AFTER_DAI = new Set(['期', '回', '次', '号', '章', '条', '項', '弾', '段階', '世代', '版']);

const EN_UNIT: Record<string, string> = {
  yen: 'yen', year: 'years', years: 'years', month: 'months', months: 'months', cases: 'cases',
  universities: 'universities', issues: 'issues', people: 'people', persons: 'people', person: 'people', member: 'people', members: 'people',
  companies: 'companies', countries: 'countries', fields: 'fields', institutions: 'institutions',
  schools: 'schools', sites: 'sites', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours',
  seconds: 'seconds',
};

// ---------------------------------------------------------------------------------------------
// Japanese

// A comma groups thousands only before exactly three digits: "375,1281" is a volume and a page.
const JA_DIGITS = String.raw`(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?`;
const JA_KANJI = '[〇一二三四五六七八九十百千]+';
const JA_PART = `(?:\\d+[千百](?![〇一二三四五六七八九十百千])|${JA_DIGITS}|${JA_KANJI})`;
// Not in the middle of another number, nor glued to a Latin name (G7, SPring-8, JTC1).
const JA_NUMBER = new RegExp(
  String.raw`(?<![\d.,]|[A-Za-z][-.]?)(?:(?:${JA_PART}[兆億万])+${JA_PART}?|${JA_PART})`,
  'gu',
);
const JA_COUNTER = new RegExp(
  String.raw`%|パーセント|倍|円|年目|年間|年連続|か年|カ年|ヶ年|箇年|年(?![度代])|か月|カ月|ヶ月|箇月|号機|号|期目|期|回目|回|次|件|男|女|世紀|位|代|大学|課題|人(?!ひとり)|名(?![古])|社|か国|カ国|ヶ国|分野|機関|校|拠点|つ|章|条|項|弾|段階|世代|版|分間|分(?!の)|時間|秒間|秒|割| ?(?:${LATIN_UNITS})(?![A-Za-z])`,
  'uy',
);
const JA_BOUND = /程度|前後|余り|ほど|以上|超|以下|未満/uy;
const JA_BOUND_QUALIFIER: Record<string, Qualifier> = {
  程度: 'about', 前後: 'about', 余り: 'about', ほど: 'about', 以上: 'at-least', 超: 'over', 以下: 'at-most', 未満: 'under',
};
const JA_PREFIX = /(?<dai>第)$|(?<about>約|およそ|概ね|おおむね)$/u;
// Kanji numerals are read only where they count something: 第一期, 三つ, 十年. A kanji numeral glued
// to the ideograph before it is part of a word (統一, 唯一, 同一, 万一).
const WORD_BEFORE_KANJI = /^[\u3400-\u9fff々]$/u;
const PREFIX_BEFORE_KANJI = /^[第約全各計毎間]$/u;
const LATIN_UNIT_COUNTER = new RegExp(`^ ?(?:${LATIN_UNITS})$`, 'u');

/** A count after the noun it counts (家臣十人, 妻妾三十九人): a kanji numeral other than 一 (統一,
 *  唯一, 同一人物) with a counter of people, not after 数/何/幾 (数十人 is "dozens"). */
function countAfterNoun(core: string, before: string, counter: string): boolean {
  return core !== '一' && (counter === '人' || counter === '名') && !/[数何幾]/u.test(before);
}

function findJapaneseNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(JA_NUMBER)) {
    const core = m[0];
    let start = m.index;
    let end = start + core.length;
    const isKanji = !/\d/.test(core);
    const prefix = matchBefore(JA_PREFIX, text, start, 4);
    const dai = prefix?.groups?.dai !== undefined;
    const before = text[start - 1] ?? '';
    const counterMatch = matchAt(JA_COUNTER, text, end);
    const counter = counterMatch?.[0] ?? '';
    if (isKanji && WORD_BEFORE_KANJI.test(before) && !PREFIX_BEFORE_KANJI.test(before) && !countAfterNoun(core, before, counter)) continue;
    // A digit glued to a Latin letter that is no unit belongs to a name (5G, 3D).
    if (!counter && /[A-Za-z]/.test(text[end] ?? '')) continue;
    const qualifiers: Qualifier[] = [];
    let unit: string | undefined;
    if (counter === '号' && !dai) continue; // だいち2号 is a name; 第53号 is a number
    if (isKanji && !counter) continue;
    if (isKanji && JA_COUNTERS_AFTER_DAI.has(counter) && !dai) continue; // 一次産業, 一期一会
    const value = parseJapaneseNumber(core);
    if (value === null) continue;
    if (counter === '年' && !dai && value.length >= 4) continue; // 2030年 is a date
    if (value === '0' && (dai || JA_ORDINAL_COUNTERS.has(counter))) continue; // 第〇期 is a placeholder
    if (dai) {
      start -= 1;
      if (counter === '号' && /法律$/u.test(text.slice(Math.max(0, start - 2), start))) unit = 'act-no';
      else qualifiers.push('ordinal');
    } else if (prefix?.groups?.about !== undefined) {
      start -= prefix.groups.about.length;
      qualifiers.push('about');
    }
    if (JA_ORDINAL_COUNTERS.has(counter)) qualifiers.push('ordinal');
    // 分 is minutes, except among lengths in 寸 and 尺 (上広2寸7分、厚さ3分) and after digits only (十分 is "enough").
    if (counter === '分' || counter === '分間') {
      if (isKanji) continue;
      if (/[寸尺]/u.test(text.slice(Math.max(0, start - 12), start))) {
        found.push(candidate('number', start, end, value, qualifiers));
        continue;
      }
    }
    let amount = value;
    if (counter === '割') {
      amount = scaleDecimal(value, 1); // 3割 is 30 %
      qualifiers.push('percent');
    } else if (JA_HALF_AFTER.has(counter) && text[end + counter.length] === '半' && !value.includes('.')) {
      amount = `${value}.5`; // 7分半 is 7.5 minutes
      end += 1;
    }
    if (counter === '%' || counter === 'パーセント') qualifiers.push('percent');
    else if (counter === '倍') qualifiers.push('times');
    else if (LATIN_UNIT_COUNTER.test(counter)) unit = counter.trim();
    else if (counter in JA_COUNTER_UNIT) unit = JA_COUNTER_UNIT[counter];
    end += counter.length;
    const bound = matchAt(JA_BOUND, text, end);
    if (bound) {
      qualifiers.push(JA_BOUND_QUALIFIER[bound[0]]!);
      end += bound[0].length;
    }
    found.push(candidate('number', start, end, amount, qualifiers, unit));
  }
  // 最初の国産小銃 is "the first domestic rifle"; 初代 the first of a line.
  for (const m of text.matchAll(/最初|初代/gu)) found.push(candidate('number', m.index, m.index + 2, '1', ['ordinal']));
  // 長男 and 長女 are the first son and daughter, 次男 and 次女 the second.
  for (const m of text.matchAll(/(?<![\u3400-\u9fff])([長次])([男女])/gu)) {
    found.push(candidate('number', m.index, m.index + 2, m[1] === '長' ? '1' : '2', ['ordinal']));
  }
  // Top10%: the only number read straight after Latin letters.
  for (const m of text.matchAll(/(?<![A-Za-z])Top ?(\d+(?:\.\d+)?)(?:%|パーセント)/gu)) {
    found.push(candidate('number', m.index, m.index + m[0].length, scaleDecimal(m[1]!, 0), ['percent']));
  }
  // 元年 on its own ("量子産業化元年") is the first year; after an era name it is a date.
  for (const m of text.matchAll(/(?<!明治|大正|昭和|平成|令和)元年/gu)) {
    found.push(candidate('number', m.index, m.index + 2, '1', ['ordinal'], 'years'));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// English

const EN_CARDINAL_WORDS = Object.keys(EN_CARDINALS).join('|');
const EN_ORDINAL_WORDS = Object.keys(EN_ORDINALS).join('|');
const EN_SCALE_WORDS = 'hundred|thousand|million|billion|trillion';
const EN_WORD = `(?:${EN_CARDINAL_WORDS}|${EN_SCALE_WORDS})`;
// The case-insensitive English expressions here go without the u flag: it would add only the two
// characters that fold to ASCII letters (ſ U+017F, K U+212A), which the NFKC text they run on never
// holds, and V8 compiles the case-insensitive Unicode form of a long alternation several times
// slower (EN_NUMBER: ~20 ms of a cold run at load, ~7 without u), once per process.
const EN_NUMBER = new RegExp(
  String.raw`(?<![\w.,/]|[A-Za-z]-)(?:` +
    String.raw`(?<ordinalDigits>\d+)(?:st|nd|rd|th)\b` +
    String.raw`|(?<digits>(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?)(?:(?<scale>(?:[- ](?:${EN_SCALE_WORDS})\b)*)|(?<glued>${LATIN_UNITS}))(?![A-Za-z0-9]|\.\d|,\d{1,3}(?!\d))` +
    String.raw`|\b(?<words>${EN_WORD}(?:(?:-|\s+(?:and\s+)?)${EN_WORD})*(?:-(?:${EN_ORDINAL_WORDS}))?|${EN_ORDINAL_WORDS})\b` +
    ')',
  'gi',
);
const LATIN_UNITS_BY_LOWER = new Map(LATIN_UNITS.replace('qubits?', 'qubits').split('|').map((u) => [u.toLowerCase(), u]));
const EN_PERCENT = /\s?%|\s+per\s?cent\b/iy;
const EN_TIMES = /\s+times(?=\s+(?:greater|more|higher|larger|faster|smaller|less|as|the)\b)|-fold\b/iy;
const EN_UNIT_AFTER = new RegExp(
  String.raw`(?:[- ](?:consecutive|more|additional|full|fiscal|new)\s+|[- ])(?<unit>${Object.keys(EN_UNIT).join('|')}|${LATIN_UNITS})\b`,
  'iy',
);
const EN_BOUND_AFTER = /\s+or\s+(?:(?<more>more|over|above)|(?<less>less|fewer|below))\b/iy;
const EN_PREFIX =
  /(?:\b(?<about>approximately|approx\.|about|around|roughly|nearly|almost|some)|\b(?<over>more than|over|above|exceeding)|\b(?<atLeast>at least)|\b(?<under>less than|fewer than|under|below)|\b(?<atMost>up to)|\b(?<top>Top)|\b(?<act>Act No\.)|\b(?<ordinal>Phase|Stage|Round|No\.))\s?$/i;
// Ordinal words that are not counting anything here.
const EN_ORDINAL_IDIOM_AFTER = /^(?:-in-|\s+of\s+all\b|[- ]time\b|[- ]hand\b|[- ]part(?:y|ies)\b)/i;
const EN_ORDINAL_IDIOM_BEFORE = /\bat\s+$/i;

const MISSPELLED_FOURTH = /\bforth(?=\s+(?:court\s+)?(?:rank|grade|class|generation|son|daughter|prince|princess|century|year|month|day|head|lord|shogun|emperor|volume|chapter|edition|stage|phase)\b)/giu;

function findEnglishNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(EN_NUMBER)) {
    const groups = m.groups!;
    let start = m.index;
    let end = start + m[0].length;
    const qualifiers: Qualifier[] = [];
    let unit: string | undefined;
    let value: string | null;
    const scaled = Boolean(groups.scale);
    if (groups.ordinalDigits !== undefined) {
      value = scaleDecimal(groups.ordinalDigits, 0);
      qualifiers.push('ordinal');
    } else if (groups.digits !== undefined) {
      let exponent = 0;
      for (const word of (groups.scale ?? '').toLowerCase().split(/[- ]/)) exponent += EN_SCALE_EXPONENT[word] ?? 0;
      value = scaleDecimal(groups.digits, exponent);
    } else {
      const parsed = parseEnglishNumber(groups.words!);
      if (parsed === null) continue;
      value = parsed.value;
      if (parsed.ordinal) {
        const after = text.slice(end, end + 12);
        if (EN_ORDINAL_IDIOM_AFTER.test(after) || EN_ORDINAL_IDIOM_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
          continue;
        qualifiers.push('ordinal');
      }
    }
    const percent = matchAt(EN_PERCENT, text, end);
    const times = percent ? null : matchAt(EN_TIMES, text, end);
    const unitMatch = percent || times ? null : matchAt(EN_UNIT_AFTER, text, end);
    if (percent) {
      qualifiers.push('percent');
      end += percent[0].length;
    } else if (times) {
      qualifiers.push('times');
      end += times[0].length;
    } else if (groups.glued) {
      unit = LATIN_UNITS_BY_LOWER.get(groups.glued.toLowerCase()) ?? groups.glued;
    } else if (unitMatch) {
      const word = unitMatch.groups!.unit!;
      unit = EN_UNIT[word.toLowerCase()] ?? word;
      end += unitMatch[0].length;
    }
    // "one" is a pronoun or an article ("one of", "one-stop") and "zero" an adjective ("net zero")
    // unless they count something.
    if (groups.words !== undefined && /^(?:one|zero)$/i.test(groups.words) && !unitMatch && !percent && !times) continue;
    const bound = matchAt(EN_BOUND_AFTER, text, end);
    if (bound) {
      qualifiers.push(bound.groups!.more !== undefined ? 'at-least' : 'at-most');
      end += bound[0].length;
    }
    const prefix = matchBefore(EN_PREFIX, text, start);
    const p = prefix?.groups;
    if (p && prefix) {
      const length = prefix[0].length;
      if (p.about !== undefined) qualifiers.push('about');
      else if (p.over !== undefined) qualifiers.push('over');
      else if (p.atLeast !== undefined) qualifiers.push('at-least');
      else if (p.under !== undefined) qualifiers.push('under');
      else if (p.atMost !== undefined) qualifiers.push('at-most');
      else if (p.act !== undefined) unit = 'act-no';
      else if (p.ordinal !== undefined && groups.digits !== undefined && !scaled) qualifiers.push('ordinal');
      if (p.top === undefined || qualifiers.includes('percent')) start -= length;
      if (p.act !== undefined) start += 'Act '.length; // the anchor is "No. 53", as 第53号 is
    }
    found.push(candidate('number', start, end, value, qualifiers, unit));
  }
  // "Forth" misspells "Fourth" where it ranks something ("Shii (Forth Court Rank)", "Junior Forth
  // Rank"); "bring forth", "back and forth" rank nothing.
  for (const m of text.matchAll(MISSPELLED_FOURTH)) found.push(candidate('number', m.index, m.index + 5, '4', ['ordinal']));
  // "the eldest son" is 長男
  for (const m of text.matchAll(/\beldest\b/giu)) found.push(candidate('number', m.index, m.index + m[0].length, '1', ['ordinal']));
  for (const m of text.matchAll(/\b(?<twice>twice|doubled?|doubling)\b|\b(?<triple>triple|tripled|tripling)\b/giu)) {
    found.push(candidate('number', m.index, m.index + m[0].length, m.groups!.twice ? '2' : '3', ['times']));
  }
  return found;
}

export function findNumbers(text: string, lang: 'ja' | 'en'): Candidate[] {
  return lang === 'ja' ? findJapaneseNumbers(text) : findEnglishNumbers(text);
}
