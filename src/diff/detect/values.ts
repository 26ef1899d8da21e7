// Numbers and dates that disagree, and figures a translated sentence left out. A value counts as
// present on the other side when it occurs anywhere in the aligned block(s), not only in the
// aligned sentence: sentence boundaries move in translation, values do not.
import { lengthSuggestsDropped, visibleLength } from '../../align/length-model.js';
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

function describe(anchor: Anchor): string {
  return anchor.qualifier ? `${anchor.value} (${anchor.qualifier})` : anchor.value;
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
  clauseLeftOut: (printed: string[]) => `The English leaves out a clause: ${printed.join(', ')} has no English counterpart`,
};

function sentenceAnchors(blocks: Block[]): Array<{ block: Block; sentence: Sentence; anchor: Anchor }> {
  return blocks.flatMap((block) => (block.sentences ?? []).flatMap((sentence) => sentence.anchors.filter(isValue).filter(significant).map((anchor) => ({ block, sentence, anchor }))));
}

export function detectValueDifferences(pair: Pair, lengthRatio: number): Draft[] {
  if (pair.ja.length === 0 || pair.en.length === 0) return [];
  if (pair.ja.some((b) => b.kind === 'toc' || b.kind === 'title')) return [];
  const jaAll = sentenceAnchors(pair.ja);
  const enAll = sentenceAnchors(pair.en);
  const jaMissing = jaAll.filter((x) => !presentIn(x.anchor, enAll.map((y) => y.anchor)));
  const enMissing = enAll.filter((x) => !presentIn(x.anchor, jaAll.map((y) => y.anchor)));
  const drafts: Draft[] = [];
  const usedEn = new Set<(typeof enAll)[number]>();

  // A JA value with an unmatched EN value of the same type in the aligned sentence: a mismatch.
  const sentencePartner = (sentence: Sentence) => pair.sentences.find((sp) => sp.ja.includes(sentence));
  const omittedClauses = new Map<string, { draft: Draft; texts: string[] }>();
  for (const x of jaMissing) {
    const partner = sentencePartner(x.sentence);
    const candidates = enMissing.filter((y) => !usedEn.has(y) && y.anchor.type === x.anchor.type && (!partner || partner.en.includes(y.sentence)));
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
    const key = `${x.sentence.id}:${s}`;
    const existing = omittedClauses.get(key);
    if (existing) {
      existing.texts.push(x.anchor.text);
      existing.draft.expected = `${existing.draft.expected}; ${describe(x.anchor)}`;
      existing.draft.message = VALUE_MESSAGES.clauseLeftOut(existing.texts);
      continue;
    }
    const draft: Draft = {
      kind: 'omission',
      ja: clauseSide(x.block, x.sentence, s, e),
      en: sentenceSide(partner.en),
      expected: describe(x.anchor),
      message: VALUE_MESSAGES.clauseLeftOut([x.anchor.text]),
      pair: pair.id,
    };
    omittedClauses.set(key, { draft, texts: [x.anchor.text] });
    drafts.push(draft);
  }
  for (const y of enMissing) {
    if (usedEn.has(y)) continue;
    const partner = pair.sentences.find((sp) => sp.en.includes(y.sentence));
    if (!partner || partner.ja.length === 0) continue;
    drafts.push({
      kind: y.anchor.type === 'date' ? 'date-mismatch' : 'number-mismatch',
      ja: sentenceSide(partner.ja),
      en: sentenceSide([y.sentence]),
      found: describe(y.anchor),
      message: VALUE_MESSAGES.missingInJapanese(y.anchor.type as ValueType, y.anchor),
      pair: pair.id,
    });
  }
  return drafts;
}
