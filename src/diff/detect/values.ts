// Numbers and dates that disagree, and figures a translated sentence left out. A value counts as
// present on the other side when it occurs anywhere in the aligned block(s), not only in the
// aligned sentence: sentence boundaries move in translation, values do not.
import { matchBrackets } from '../../anchors/brackets.js';
import { lengthSuggestsDropped, visibleLength } from '../../align/length-model.js';
import { number2kanji } from '@geolonia/japanese-numeral';
import type { Anchor, Block, Pair, Sentence } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { clauseSide, sentenceSide } from './locate.js';

export const valuesDetector: Detector = {
  kinds: [
    {
      kind: 'number-mismatch',
      defaultSeverity: 'error',
      name: 'NumberMismatch',
      title: 'number mismatch',
      label: 'Number',
      summary: 'A number differs between the Japanese and the English.',
      description: 'A number on one side is absent or different on the other after normalisation (kanji numerals, 万/億/兆, units).',
      help: 'Compare the expected value (from the Japanese) with the one found in the English and correct the translation.',
    },
    {
      kind: 'date-mismatch',
      defaultSeverity: 'error',
      name: 'DateMismatch',
      title: 'date mismatch',
      label: 'Date',
      summary: 'A date differs between the Japanese and the English.',
      description:
        'A date on one side is absent or different on the other after normalisation (Japanese eras, fiscal years: 令和7年度 = FY2025).',
      help: 'Compare the expected date (from the Japanese) with the one found in the English and correct the translation.',
    },
  ],
  // reports a clause omission too: the clause carrying a value the English lacks
  detect: ({ alignment, lengthRatio }) => alignment.pairs.flatMap((pair) => detectValueDifferences(pair, lengthRatio)),
};

const isValue = (a: Anchor) => a.type === 'number' || a.type === 'date';

/** Counted nouns ("two countries", "3つの基軸"): a good translation may say "both", "various" or
 *  fold the count into the noun, so a small count alone is not worth a reviewer's time. */
const COUNTED_UNITS = new Set(['countries', 'issues', 'universities', 'years', 'items', 'fields', 'areas', 'missions', 'markets']);

/** A single-digit count is reported only with a unit of measure (3 GeV, 5 trillion yen) or as an
 *  ordinal (第3期); larger figures, and every date, always count. */
function significant(anchor: Anchor): boolean {
  if (anchor.type === 'date') return true;
  if (anchor.qualifier?.split(' ').includes('ordinal')) return true;
  if (!/^[0-9]$/.test(anchor.value)) return true;
  return anchor.unit !== undefined && !COUNTED_UNITS.has(anchor.unit);
}

const isOrdinal = (anchor: Anchor) => anchor.qualifier?.split(' ').includes('ordinal') ?? false;

/** A figure the Japanese writes where no anchor is read: kanji numerals inside a word (正五位 for
 *  "Fifth Rank", 十七条 for "Seventeen-Article"), digits glued to a letter (毎分500L) or an era year
 *  (貞観15年 for "Jogan 15"). An English value written there is not added. "First" is also 初
 *  (初めて, 初代), 長 (長男) or 元 (元年). */
function writtenInJapanese(anchor: Anchor, jaText: string): boolean {
  if (anchor.type !== 'number') return false;
  if (anchor.unit === 'months' && anchor.value === '6' && jaText.includes('半年')) return true; // 半年 is half a year
  if (new RegExp(`(?<![\\d.,])${anchor.value.replace('.', '\\.')}(?![\\d]|[.,]\\d)`, 'u').test(jaText.replace(/(?<=\d),(?=\d{3})/gu, ''))) return true;
  if (!/^\d{1,5}$/.test(anchor.value) || (/\d/.test(anchor.text) && !isOrdinal(anchor))) return false;
  const n = Number(anchor.value);
  if (jaText.includes(number2kanji(n))) return true;
  return n === 1 && isOrdinal(anchor) && /[初長元首始]/u.test(jaText);
}

/** A Japanese value the English writes where no anchor is read: digits glued to a word, "one"
 *  (which counts only before a unit it knows: "one generation" for 1代), a
 *  Roman numeral as an ordinal ("World War II" for 第二次大戦). */
function writtenInEnglish(anchor: Anchor, enText: string): boolean {
  // the digits where the English reader takes none: a space lost ("Raigo died in1084")
  const digits = anchor.type === 'date' ? /^\d{4}$/u.exec(anchor.value)?.[0] : anchor.value;
  if (digits !== undefined && /^\d{3,}$/u.test(digits) && new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`, 'u').test(enText.replace(/(?<=\d),(?=\d{3}(?!\d))/gu, ''))) return true;
  if (anchor.type !== 'number') return false;
  if (anchor.value === '1' && !/percent|times/u.test(anchor.qualifier ?? '') && /\bone\b/iu.test(enText)) return true;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][Number(anchor.value) - 1];
  return isOrdinal(anchor) && roman !== undefined && new RegExp(`\\bWar ${roman}\\b`, 'u').test(enText);
}

/** "first" and "second" as words: English orders what the Japanese says with 前/後 or 再 ("the first
 *  and second halves" for 前後期, "the second one" for 再掲), so alone they are no added value. */
const orderWord = (anchor: Anchor) => isOrdinal(anchor) && !/\d/u.test(anchor.text) && Number(anchor.value) <= 2;

/** Inside an English parenthesis where the Japanese brackets no value: the translator's gloss of a
 *  name or a unit ("Baishoron (Historical tale compiled in 1349)", "one shaku (approximately 30.3
 *  centimeters)"). A value only there adds an explanation, not a claim of the original: a note, not
 *  an error. Where the Japanese brackets values too ((令和7年2月更新)), the brackets translate them. */
function inGloss(anchor: Anchor, text: string, ja: Sentence[]): boolean {
  return inBrackets(anchor, text) && !ja.some((s) => s.anchors.some((a) => isValue(a) && inBrackets(a, s.normalized)));
}

/** Inside a pair of round brackets (normalised text: NFKC made （） round too). */
function inBrackets(anchor: Anchor, text: string): boolean {
  return matchBrackets(text).some((pair) => pair.char === '(' && pair.open < anchor.start && anchor.end <= pair.close);
}

/** Traditional Japanese measures (尺, 寸, 里, 貫, 坪…) that an English sentence gives in metric units:
 *  its decimal figures are conversions, not values the Japanese lacks. */
const TRADITIONAL_MEASURE = /(?:\d|[〇一二三四五六七八九十百千])[尺寸里丈町貫斤匁升坪]/u;
const METRIC_UNIT = /\b(?:(?:centi|milli|kilo)?met(?:er|re)s?|(?:kilo)?grams?|lit(?:er|re)s?|hectares?|cm|mm|km|kg|ha)\b/iu;

/**
 * A date the Japanese gives in a form no Western year is read from, and the English converts: an
 * era year outside the table (享保9年 = 1724), a month and day of a year named earlier (12月17日,
 * 20年3月 after 昭和19年), and before 1873 the lunisolar calendar (天保11年1月16日 = February 18,
 * 1840). The English year then matches nothing; before 1873 any month may be the converted one,
 * later only the same month (or, for a year alone, an era year left unread).
 */
function convertedDate(anchor: Anchor, jaSentences: Sentence[]): boolean {
  const year = anchor.type === 'date' ? Number(yearOf(anchor.value)) : /^\d{3,4}$/u.test(anchor.value) && !anchor.qualifier && !anchor.unit ? Number(anchor.value) : NaN;
  if (!(year >= 500)) return false;
  const month = anchor.type === 'date' ? Number(anchor.value.slice(5, 7)) || null : null;
  for (const sentence of jaSentences) {
    let text = sentence.normalized;
    for (const a of sentence.anchors) if (isValue(a)) text = text.slice(0, a.start) + ' '.repeat(a.end - a.start) + text.slice(a.end);
    if (!/(?:\d{1,2}|元|[一二三四五六七八九十]{1,3})年|\d{1,2}月|正月/u.test(text)) continue;
    if (year < 1873) return true;
    // later, a year alone answers an era year left unread (20年), a month the same month
    if (month === null) {
      if (/(?<![\d.,])(?:\d{1,2}|元)年/u.test(text)) return true;
      continue;
    }
    const months = [...text.matchAll(/(\d{1,2})月/gu)].map((m) => Number(m[1]));
    if (months.includes(month)) return true;
  }
  return false;
}

/** An age counted the old way (数えで10歳): the English gives it by birthdays, a year less. */
function ageByCount(x: { sentence: Sentence; anchor: Anchor }, others: Anchor[]): boolean {
  if (!/数え[でのはに]?$/u.test(x.sentence.normalized.slice(Math.max(0, x.anchor.start - 3), x.anchor.start))) return false;
  const younger = String(Number(x.anchor.value) - 1);
  return others.some((o) => o.type === 'number' && o.value === younger);
}

function valueKey(anchor: Anchor): string {
  return `${anchor.type}:${anchor.value}`;
}

/** Year of a date value, for telling "the same date said less precisely" from "a different date". */
function yearOf(value: string): string | null {
  return /^(?:FY)?(\d{4})/.exec(value)?.[1] ?? null;
}

function presentIn(anchor: Anchor, others: Anchor[]): boolean {
  const key = valueKey(anchor);
  if (others.some((o) => valueKey(o) === key)) return true;
  // 1000石 and "1000 koku", 1288 read as a year on one side only: the same figure.
  const figure = (a: Anchor) => (a.type === 'date' ? /^\d{4}$/.test(a.value) : !a.qualifier) && a.value;
  if (figure(anchor) && others.some((o) => o.type !== anchor.type && figure(o) === figure(anchor))) return true;
  if (anchor.type === 'date') {
    // 令和7年6月 and "June 6, 2025", or FY2025 and 2025: the same date at another precision.
    return others.some((o) => o.type === 'date' && (o.value.startsWith(anchor.value) || anchor.value.startsWith(o.value) || (yearOf(o.value) === yearOf(anchor.value) && (o.value.startsWith('FY') || anchor.value.startsWith('FY')))));
  }
  return false;
}

/** The clause around [start, end): text between the nearest clause marks 、，,;。 on either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const marks = /[、，,;；:：]/;
  let s = start;
  while (s > 0 && !marks.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !marks.test(text[e]!) && !/[。.]/.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return [s, e];
}

/** Bracket groups from which a sentence is a run of list entries ("中御門資胤(1569-1626)中御門尚長
 *  (1590-1641)…", "Mikawa Dengaku Dance (May 22, 1978, Aichi Prefecture) Sumiyoshi…"): the list
 *  lines of the original, joined into one sentence on both sides. */
const MIN_LIST_ENTRIES = 3;

/**
 * The list entries of a sentence that is a run of them: for each top-level round-bracket group, the
 * text after the previous group up to the end of this one (a name and its values). None when the
 * sentence has too few groups, or an entry holds clause punctuation before its bracket (prose).
 */
export function listEntries(text: string): Array<[number, number]> {
  const groups: Array<{ open: number; close: number }> = [];
  for (const pair of matchBrackets(text)) {
    if (pair.char !== '(' || groups.some((g) => g.open < pair.open && pair.close < g.close)) continue;
    groups.push(pair);
  }
  if (groups.length < MIN_LIST_ENTRIES) return [];
  const entries: Array<[number, number]> = [];
  for (const [k, group] of groups.entries()) {
    let start = k === 0 ? 0 : groups[k - 1]!.close + 1;
    while (start < group.open && /\s/u.test(text[start]!)) start++;
    const name = text.slice(start, group.open);
    if (!/\p{L}/u.test(name) || /[、。，,;；]/u.test(name)) return [];
    entries.push([start, group.close + 1]);
  }
  return entries;
}

const valuesWithin = (sentence: Sentence, [start, end]: [number, number]) =>
  sentence.anchors.filter((a) => isValue(a) && significant(a) && start <= a.start && a.end <= end);

/**
 * The list entry a value stands in when the entry, name and all, is left out on the other side
 * (`others`, the sentences it should be in): their lists have fewer entries than this one (else a
 * figure of it was changed, not the entry dropped) and none with all its values (`missing`: the
 * values the other side has nowhere; a figure may recur in another entry, a father's death year
 * as a son's birth year). Else null.
 */
function entryLeftOut(sentence: Sentence, anchor: Anchor, missing: Set<Anchor>, others: Sentence[]): [number, number] | null {
  const entries = listEntries(sentence.normalized);
  const entry = entries.find(([start, end]) => start <= anchor.start && anchor.end <= end);
  if (!entry) return null;
  const theirs = others.map((other) => ({ other, entries: listEntries(other.normalized) }));
  const count = theirs.reduce((n, t) => n + t.entries.length, 0);
  if (count === 0 || count >= entries.length) return null;
  const values = valuesWithin(sentence, entry);
  if (values.every((a) => missing.has(a))) return entry;
  const counterpart = theirs.some((t) => t.entries.some((e) => values.every((a) => presentIn(a, valuesWithin(t.other, e)))));
  return counterpart ? null : entry;
}

function describe(anchor: Anchor): string {
  return anchor.qualifier ? `${anchor.value} (${anchor.qualifier})` : anchor.value;
}

/**
 * One finding for each left-out clause or list entry, whatever the number of its values: the first
 * value makes the finding (in `drafts`), each further one joins its expected or found values and
 * its message.
 */
function gatherer(drafts: Draft[], pairId: string) {
  const gathered = new Map<string, { draft: Draft; texts: string[] }>();
  return (key: string, anchor: Anchor, field: 'expected' | 'found', message: (texts: string[]) => string, place: () => Pick<Draft, 'kind' | 'ja' | 'en'>): void => {
    const existing = gathered.get(key);
    if (existing) {
      existing.texts.push(anchor.text);
      existing.draft[field] = `${existing.draft[field]}; ${describe(anchor)}`;
      existing.draft.message = message(existing.texts);
      return;
    }
    const draft: Draft = { ...place(), [field]: describe(anchor), message: message([anchor.text]), pair: pairId };
    gathered.set(key, { draft, texts: [anchor.text] });
    drafts.push(draft);
  };
}

/**
 * A value as the reader needs it in a message: the text as printed, with the value compared only
 * where the text does not already say it ('令和7年度 (FY2025)', '元年 (1, ordinal)'; but 'FY2025',
 * '3GeV', 'February 8, 2023').
 */
export function valueAsPrinted(anchor: Anchor): string {
  const digits = /\d+/u.exec(anchor.value)?.[0];
  const printed = anchor.text.normalize('NFKC').replace(/[\s,]/gu, '');
  if (digits !== undefined && printed.includes(digits)) return anchor.text;
  return `${anchor.text} (${anchor.qualifier ? `${anchor.value}, ${anchor.qualifier}` : anchor.value})`;
}

const TYPE_NAME = { number: 'number', date: 'date' } as const;
type ValueType = keyof typeof TYPE_NAME;

/** Every message this detector writes, by code, in one place: what the Japanese has against what the English has. */
export const VALUE_MESSAGES = {
  differs: (type: ValueType, ja: Anchor, en: Anchor) =>
    `${type === 'date' ? 'Date' : 'Number'} differs: Japanese ${valueAsPrinted(ja)}, English ${valueAsPrinted(en)}`,
  missingInEnglish: (type: ValueType, ja: Anchor) => `The Japanese has ${valueAsPrinted(ja)}; the English sentence has no such ${TYPE_NAME[type]}`,
  missingInJapanese: (type: ValueType, en: Anchor) => `The English has ${valueAsPrinted(en)}; the Japanese sentence has no such ${TYPE_NAME[type]}`,
  glossAdds: (type: ValueType, en: Anchor) => `The English adds ${valueAsPrinted(en)} in a bracketed gloss; the Japanese sentence has no such ${TYPE_NAME[type]}`,
  clauseLeftOut: (printed: string[]) => `The English leaves out a clause: ${printed.join(', ')} has no English counterpart`,
  entryLeftOut: (printed: string[]) => `The English leaves out this list entry: ${printed.join(', ')} has no English counterpart`,
  entryAdded: (printed: string[]) => `The English adds this list entry: ${printed.join(', ')} has no Japanese counterpart`,
};

function sentenceAnchors(blocks: Block[]): Array<{ block: Block; sentence: Sentence; anchor: Anchor }> {
  return blocks.flatMap((block) => (block.sentences ?? []).flatMap((sentence) => sentence.anchors.filter(isValue).map((anchor) => ({ block, sentence, anchor }))));
}

/** The significant values of a sentence the other side's blocks do not have (nor write where no
 *  anchor is read): what makes an unpaired sentence an omission or addition whatever its length. */
export function valuesOnlyIn(sentence: Sentence, lang: 'ja' | 'en', other: Block[]): Anchor[] {
  const others = other.flatMap((b) => b.anchors ?? []).filter(isValue);
  const jaText = lang === 'en' ? other.map((b) => b.normalized).join('\n') : '';
  return sentence.anchors
    .filter(isValue)
    .filter((a) => significant(a) && !presentIn(a, others) && !(lang === 'en' && writtenInJapanese(a, jaText)));
}

export function detectValueDifferences(pair: Pair, lengthRatio: number): Draft[] {
  if (pair.ja.length === 0 || pair.en.length === 0) return [];
  if (pair.ja.some((b) => b.kind === 'toc' || b.kind === 'title')) return [];
  // Every value counts as a counterpart ("three children" for 3人); only significant ones are reported.
  const jaAll = sentenceAnchors(pair.ja);
  const enAll = sentenceAnchors(pair.en);
  const jaMissing = jaAll.filter((x) => significant(x.anchor) && !presentIn(x.anchor, enAll.map((y) => y.anchor)) && !ageByCount(x, enAll.map((y) => y.anchor)));
  const enMissing = enAll.filter((x) => significant(x.anchor) && !presentIn(x.anchor, jaAll.map((y) => y.anchor)));
  const drafts: Draft[] = [];
  const usedEn = new Set<(typeof enAll)[number]>();

  // A JA value with an unmatched EN value of the same type in the aligned sentence: a mismatch.
  const sentencePartner = (sentence: Sentence) => pair.sentences.find((sp) => sp.ja.includes(sentence));
  const omittedClauses = gatherer(drafts, pair.id);
  const omittedEntries = gatherer(drafts, pair.id);
  const jaMissingAnchors = new Set(jaMissing.map((x) => x.anchor));
  for (const x of jaMissing) {
    const partner = sentencePartner(x.sentence);
    const candidates = enMissing.filter(
      (y) =>
        !usedEn.has(y) &&
        y.anchor.type === x.anchor.type &&
        isOrdinal(y.anchor) === isOrdinal(x.anchor) &&
        !(partner && inGloss(y.anchor, y.sentence.normalized, partner.ja)) &&
        (!partner || partner.en.includes(y.sentence)),
    );
    const found = candidates[0];
    if (found && partner && partner.en.length > 0) {
      usedEn.add(found);
      drafts.push({
        kind: x.anchor.type === 'date' ? 'date-mismatch' : 'number-mismatch',
        ja: sentenceSide([x.sentence]),
        en: sentenceSide([found.sentence]),
        expected: describe(x.anchor),
        found: describe(found.anchor),
        message: VALUE_MESSAGES.differs(x.anchor.type as ValueType, x.anchor, found.anchor),
        pair: pair.id,
      });
      continue;
    }
    if (!partner || partner.en.length === 0) continue; // the whole sentence is missing: reported as a sentence omission
    if (writtenInEnglish(x.anchor, partner.en.map((t) => t.normalized).join(' '))) continue;
    // a verse or list number the English prints as its item marker ("…春ならば47.あわれ" and "47. In the place")
    if (x.anchor.type === 'number' && !x.anchor.unit && pair.en.some((b) => new RegExp(`^\\s*${x.anchor.value}[.)]\\s`, 'u').test(b.normalized))) continue;
    const entry = entryLeftOut(x.sentence, x.anchor, jaMissingAnchors, partner.en);
    if (entry) {
      omittedEntries(`${x.sentence.id}:${entry[0]}`, x.anchor, 'expected', VALUE_MESSAGES.entryLeftOut, () => ({
        kind: 'omission',
        ja: clauseSide(x.block, x.sentence, entry[0], entry[1]),
        en: sentenceSide(partner.en),
      }));
      continue;
    }
    const [s, e] = clauseAround(x.sentence.normalized, x.anchor.start, x.anchor.end);
    const enLength = partner.en.reduce((n, t) => n + visibleLength(t.normalized), 0);
    if (!lengthSuggestsDropped(visibleLength(x.sentence.normalized), e - s, enLength, lengthRatio)) {
      // The clause is there in English, only its value is not.
      drafts.push({
        kind: x.anchor.type === 'date' ? 'date-mismatch' : 'number-mismatch',
        ja: clauseSide(x.block, x.sentence, s, e),
        en: sentenceSide(partner.en),
        expected: describe(x.anchor),
        message: VALUE_MESSAGES.missingInEnglish(x.anchor.type as ValueType, x.anchor),
        pair: pair.id,
      });
      continue;
    }
    // The value is nowhere in the English and the English is as long as the sentence without its
    // clause: the clause carrying it was left out.
    omittedClauses(`${x.sentence.id}:${s}`, x.anchor, 'expected', VALUE_MESSAGES.clauseLeftOut, () => ({
      kind: 'omission',
      ja: clauseSide(x.block, x.sentence, s, e),
      en: sentenceSide(partner.en),
    }));
  }
  const jaText = pair.ja.map((b) => b.normalized).join('\n');
  const enMissingAnchors = new Set(enMissing.filter((y) => !usedEn.has(y)).map((y) => y.anchor));
  for (const y of enMissing) {
    if (usedEn.has(y)) continue;
    if (writtenInJapanese(y.anchor, jaText)) continue;
    if (orderWord(y.anchor)) continue;
    const partner = pair.sentences.find((sp) => sp.en.includes(y.sentence));
    if (!partner || partner.ja.length === 0) continue;
    if (convertedDate(y.anchor, partner.ja)) continue;
    if (y.anchor.type === 'number' && METRIC_UNIT.test(y.sentence.normalized) && TRADITIONAL_MEASURE.test(jaText)) continue;
    const entry = entryLeftOut(y.sentence, y.anchor, enMissingAnchors, partner.ja);
    if (entry) {
      omittedEntries(`${y.sentence.id}:${entry[0]}`, y.anchor, 'found', VALUE_MESSAGES.entryAdded, () => ({
        kind: 'addition',
        ja: sentenceSide(partner.ja),
        en: clauseSide(y.block, y.sentence, entry[0], entry[1]),
      }));
      continue;
    }
    const gloss = inGloss(y.anchor, y.sentence.normalized, partner.ja);
    drafts.push({
      kind: y.anchor.type === 'date' ? 'date-mismatch' : 'number-mismatch',
      ja: sentenceSide(partner.ja),
      en: sentenceSide([y.sentence]),
      found: describe(y.anchor),
      message: gloss ? VALUE_MESSAGES.glossAdds(y.anchor.type as ValueType, y.anchor) : VALUE_MESSAGES.missingInJapanese(y.anchor.type as ValueType, y.anchor),
      ...(gloss ? { severity: 'info' as const } : {}),
      pair: pair.id,
    });
  }
  return drafts;
}
