// Builds model objects (Block, Sentence, Pair, Alignment) by hand from REAL seed lines, for tests of
// stages downstream of align (export, diff, report) that should not depend on parse/anchors/align.
//
// Texts are read from the seed files by line number, so a test states only which lines pair up.
// `normalized` is an approximation of the parse stage's normalisation (NFKC, PDF letter-spacing
// repaired, bullet and heading markers dropped, lines joined): close enough for tests that consume
// the alignment, never a reference for testing parse itself.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Alignment,
  Block,
  BlockKind,
  Document,
  Lang,
  LineRange,
  Pair,
  PairType,
  Section,
  Sentence,
  SentencePair,
} from '../../src/model.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_PATHS: Record<Lang, string> = {
  ja: join(REPO_ROOT, 'seeds', 'integrated-innovation-strategy-2025.ja.txt'),
  en: join(REPO_ROOT, 'seeds', 'integrated-innovation-strategy-2025.en.md'),
};

const seedCache = new Map<Lang, string[]>();

/** The seed's lines; index 0 is line 1. */
export function seedLines(lang: Lang): string[] {
  let lines = seedCache.get(lang);
  if (!lines) {
    lines = readFileSync(SEED_PATHS[lang], 'utf8').replace(/^\uFEFF/u, '').split(/\r\n?|\n/u);
    seedCache.set(lang, lines);
  }
  return lines;
}

/** One line of a seed, exactly as in the file (1-based line number). */
export function seedLine(lang: Lang, line: number): string {
  const text = seedLines(lang)[line - 1];
  if (text === undefined) throw new Error(`${lang} seed has no line ${line}`);
  return text;
}

const MARKER = /^(?:#{1,6}\s+|[-*+]\s+|[•・]\s*)+/u;

/** Approximate normalisation of one line (see the file comment). */
export function roughNormalize(line: string): string {
  return line
    .normalize('NFKC')
    .replace(MARKER, '')
    .replace(/\*\*/gu, '')
    .replace(/\t/gu, ' ')
    .replace(/(?<=\b[A-Za-z]) (?=[A-Za-z]\b)/gu, '') // "A I" → "AI", "C S T I" → "CSTI"
    .replace(/ ?- ?(?=[A-Z])/gu, (dash) => (dash.trim() === '-' ? '-' : dash)) // "e - CSTI" → "e-CSTI"
    .replace(/(?<=[^\x00-\x7f]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[^\x00-\x7f])/gu, '') // "令和 7 年" → "令和7年"
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface BlockSpec {
  id: string;
  lines: LineRange;
  kind?: BlockKind;
  section?: string | null;
}

/** A block from a seed's lines: blank lines inside the range (page breaks) are skipped. */
export function seedBlock(lang: Lang, spec: BlockSpec): Block {
  const rawLines: string[] = [];
  const lineMap: Array<[number, number]> = [];
  let normalized = '';
  for (let n = spec.lines[0]; n <= spec.lines[1]; n++) {
    const raw = seedLine(lang, n);
    if (raw.trim() === '') continue;
    rawLines.push(raw);
    const part = roughNormalize(raw);
    if (normalized !== '' && part !== '') normalized += lang === 'ja' && /[^\x00-\x7f]$/u.test(normalized) ? '' : ' ';
    lineMap.push([normalized.length, n]);
    normalized += part;
  }
  if (rawLines.length === 0) throw new Error(`${lang} seed lines ${spec.lines.join('-')} are blank`);
  return {
    id: spec.id,
    kind: spec.kind ?? 'paragraph',
    lines: spec.lines,
    section: spec.section ?? null,
    text: rawLines.join('\n'),
    normalized,
    anchors: [],
    lineMap,
  };
}

const OPENERS = '（「『(【〔';
const CLOSERS = '）」』)】〕';

/** Sentence spans of a text: after 。 outside brackets (Japanese), after . ? ! before a capital (English). */
function sentenceSpans(text: string, lang: Lang): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  if (lang === 'ja') {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (OPENERS.includes(ch)) depth++;
      else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
      else if (ch === '。' && depth === 0) {
        spans.push([start, i + 1]);
        start = i + 1;
      }
    }
  } else {
    for (const match of text.matchAll(/[.?!]["”)]?(\s+)(?=[A-Z("“])/gu)) {
      const end = match.index + match[0].length - match[1]!.length;
      spans.push([start, end]);
      start = match.index + match[0].length;
    }
  }
  if (start < text.length && text.slice(start).trim() !== '') spans.push([start, text.length]);
  return spans.map(([s, e]) => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    return [s, e];
  });
}

function lineAt(block: Block, offset: number): number {
  let line = block.lineMap[0]![1];
  for (const [start, n] of block.lineMap) if (start <= offset) line = n;
  return line;
}

/** Splits a block into sentences (naively, but on real text); `text` is the raw sentence. */
export function splitSentences(block: Block, lang: Lang): Sentence[] {
  const whole = (text: string): Array<[number, number]> => [[0, text.length]];
  // Headings, titles and contents lines are one sentence: "1. Basic Concept" is not two.
  const split = block.kind === 'paragraph' || block.kind === 'bullet' ? sentenceSpans : whole;
  const spans = split(block.normalized, lang);
  const rawText = block.text.replace(MARKER, '');
  const rawSpans = split(rawText, lang);
  if (rawSpans.length !== spans.length) throw new Error(`block ${block.id}: raw and normalised sentence counts differ`);
  return spans.map(([start, end], index) => {
    const [rawStart, rawEnd] = rawSpans[index]!;
    return {
      id: `${block.id}.${index + 1}`,
      start,
      end,
      lines: [lineAt(block, start), lineAt(block, Math.max(start, end - 1))],
      text: rawText.slice(rawStart, rawEnd),
      normalized: block.normalized.slice(start, end),
      anchors: [],
    };
  });
}

function typeOf(ja: number, en: number): PairType {
  return `${Math.min(ja, 2)}-${Math.min(en, 2)}` as PairType;
}

export interface PairSpec {
  id: string;
  ja: Block[];
  en: Block[];
  score: number;
  /** Sentence pairs as indexes into the concatenated sentences of each side, with their score. */
  sentences?: Array<{ ja: number[]; en: number[]; score: number }>;
}

export function buildPair(spec: PairSpec): Pair {
  const jaSentences = spec.ja.flatMap((block) => block.sentences ?? splitSentences(block, 'ja'));
  const enSentences = spec.en.flatMap((block) => block.sentences ?? splitSentences(block, 'en'));
  const pick = (all: Sentence[], indexes: number[]) =>
    indexes.map((i) => {
      const sentence = all[i];
      if (!sentence) throw new Error(`pair ${spec.id}: no sentence ${i}`);
      return sentence;
    });
  const sentences: SentencePair[] = (spec.sentences ?? []).map((s) => ({
    type: typeOf(s.ja.length, s.en.length),
    score: s.score,
    ja: pick(jaSentences, s.ja),
    en: pick(enSentences, s.en),
  }));
  return {
    id: spec.id,
    type: typeOf(spec.ja.length, spec.en.length),
    score: spec.score,
    section: { ja: spec.ja[0]?.section ?? null, en: spec.en[0]?.section ?? null },
    ja: spec.ja,
    en: spec.en,
    sentences,
  };
}

export function buildDocument(lang: Lang, sections: Section[], blocks: Block[], path = SEED_PATHS[lang]): Document {
  return {
    schema: 'strategy-align/document@1',
    path,
    lang,
    encoding: 'utf-8',
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    sections,
    blocks,
  };
}

export function buildAlignment(pairs: Pair[], sections: { ja: Section[]; en: Section[] }): Alignment {
  return {
    schema: 'strategy-align/alignment@1',
    ja: buildDocument('ja', sections.ja, pairs.flatMap((p) => p.ja)),
    en: buildDocument('en', sections.en, pairs.flatMap((p) => p.en)),
    sections: [],
    pairs,
  };
}
