// Discrepancies built from the real seed pair, as the detectors report them (severity at the kind's
// default, no id yet). Every text is cut out of the seed file at the stated lines, so a fixture that
// does not match the seeds fails here instead of testing made-up text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Alignment, Block, Discrepancy, Document, LineRange, Pair, Side } from '../../src/model.js';

export const JA_PATH = 'seeds/integrated-innovation-strategy-2025.ja.txt';
export const EN_PATH = 'seeds/integrated-innovation-strategy-2025.en.md';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const seedText = {
  ja: readFileSync(`${root}${JA_PATH}`, 'utf8'),
  en: readFileSync(`${root}${EN_PATH}`, 'utf8'),
};

/** The raw text of lines [first, last] of a seed (1-based, inclusive), joined with '\n'. */
export function seedLines(lang: 'ja' | 'en', [first, last]: LineRange): string {
  return seedText[lang].split('\n').slice(first - 1, last).join('\n');
}

/** The stretch from `from` to the end of `to` within lines [first, last]; throws when not there. */
export function cut(lang: 'ja' | 'en', lines: LineRange, from: string, to: string): string {
  const text = seedLines(lang, lines);
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`fixture text not found in ${lang} lines ${lines.join('-')}: ${from} … ${to}`);
  return text.slice(start, end + to.length);
}

function side(lang: 'ja' | 'en', lines: LineRange, text: string, context?: string): Side {
  return context === undefined ? { lines, text } : { lines, text, context };
}

/** The launch-capacity clause (年間30件程度 by the early 2030s) that the English leaves out. */
export function launchCapacityOmission(): Discrepancy {
  const jaSentence = cut('ja', [211, 211], '2030年代前半までに', '調達を進めることが重要である。');
  return {
    id: '',
    kind: 'omission',
    severity: 'error',
    ja: side('ja', [211, 211], cut('ja', [211, 211], '2030年代前半までに', '高頻度化を進めるとともに'), jaSentence),
    en: side('en', [209, 211], cut('en', [209, 211], 'In addition,', 'transportation services by the Government.')),
    message: 'The Japanese clause with the launch-capacity target (about 30 launches a year by the early 2030s) has no English counterpart.',
    section: '2 (1) ① (宇宙活動を支える総合的基盤の強化)',
    pair: 'p3',
  };
}

/** 令和7年2月 (revision of the university package) translated as "February 8, 2023". */
export function packageRevisionDateMismatch(): Discrepancy {
  return {
    id: '',
    kind: 'date-mismatch',
    severity: 'error',
    ja: side('ja', [284, 286], cut('ja', [284, 286], '10兆円規模の', '取組を支援する。')),
    en: side('en', [282, 282], cut('en', [282, 282], 'As two wheels', 'diverse international expansion of research.')),
    expected: '2025-02',
    found: '2023-02-08',
    message: 'Date differs: 令和7年2月 (February 2025) in the Japanese, February 8, 2023 in the English.',
    section: '2 (2) ① (地域中核・特色ある研究大学振興)',
    pair: 'p5',
  };
}

/** "conduct evidence-based studies" written twice for one エビデンスに基づく検討を行う. */
export function evidenceStudiesDuplication(): Discrepancy {
  const enSentence = cut('en', [410, 410], 'In doing so,', 'outside experts.');
  return {
    id: '',
    kind: 'duplication',
    severity: 'warning',
    ja: side('ja', [409, 409], cut('ja', [409, 409], 'エビデンスに基づく', '検討を行う。')),
    en: side('en', [410, 410], cut('en', [410, 410], 'and conduct evidence-based studies while', 'outside experts.'), enSentence),
    message: 'The English says "conduct evidence-based studies" twice for one Japanese clause.',
    section: '3 (1) ① (重要技術の研究開発の推進)',
    pair: 'p6',
  };
}

/** Item ① of 2 (2) lost its number in the English heading. */
export function itemNumberStructure(): Discrepancy {
  return {
    id: '',
    kind: 'structure',
    severity: 'warning',
    ja: side('ja', [278, 278], cut('ja', [278, 278], '① 大学ファンド', '研究基盤の強化')),
    en: side('en', [274, 274], cut('en', [274, 274], 'Strengthening Research Base', 'the Functions of Kokken')),
    expected: '①',
    message: 'The Japanese heading is numbered ①; the English heading has no number.',
    section: '2 (2) ①',
    pair: 'p4',
  };
}

/** The "[Tentative translation]" banner: English with no Japanese counterpart. */
export function tentativeTranslationAddition(): Discrepancy {
  return {
    id: '',
    kind: 'addition',
    severity: 'warning',
    ja: null,
    en: side('en', [1, 1], cut('en', [1, 1], '[Tentative', 'translation]')),
    message: 'The English has a heading with no Japanese counterpart.',
    section: null,
    pair: 'p1',
  };
}

export function allSeedFindings(): Discrepancy[] {
  return [
    evidenceStudiesDuplication(),
    packageRevisionDateMismatch(),
    tentativeTranslationAddition(),
    itemNumberStructure(),
    launchCapacityOmission(),
  ];
}

function block(id: string, lines: LineRange, lang: 'ja' | 'en'): Block {
  const text = seedLines(lang, lines);
  return { id, kind: 'paragraph', lines, section: null, text, normalized: text.normalize('NFKC'), anchors: [], lineMap: [] };
}

function document(lang: 'ja' | 'en', blocks: Block[]): Document {
  return {
    schema: 'strategy-align/document@1',
    path: lang === 'ja' ? JA_PATH : EN_PATH,
    lang,
    encoding: 'utf-8',
    sha256: '',
    sections: [],
    blocks,
  };
}

function pair(id: string, ja: Block[], en: Block[]): Pair {
  const type = ja.length === 0 ? '0-1' : en.length === 0 ? '1-0' : '1-1';
  return { id, type, score: 1, section: { ja: null, en: null }, ja, en, sentences: [] };
}

/**
 * An alignment of the seed blocks the findings above sit in, in document order: p1 is the English
 * banner (no Japanese block) before the title.
 */
export function seedAlignment(): Alignment {
  const jaTitle = block('b1', [3, 3], 'ja');
  const jaLaunch = block('b2', [211, 211], 'ja');
  const jaHeading = block('b3', [278, 278], 'ja');
  const jaPackage = block('b4', [284, 286], 'ja');
  const jaEvidence = block('b5', [409, 409], 'ja');
  const enBanner = block('b1', [1, 1], 'en');
  const enTitle = block('b2', [3, 3], 'en');
  const enLaunch = block('b3', [209, 211], 'en');
  const enHeading = block('b4', [274, 274], 'en');
  const enPackage = block('b5', [282, 282], 'en');
  const enEvidence = block('b6', [410, 410], 'en');
  return {
    schema: 'strategy-align/alignment@1',
    ja: document('ja', [jaTitle, jaLaunch, jaHeading, jaPackage, jaEvidence]),
    en: document('en', [enBanner, enTitle, enLaunch, enHeading, enPackage, enEvidence]),
    sections: [],
    pairs: [
      pair('p1', [], [enBanner]),
      pair('p2', [jaTitle], [enTitle]),
      pair('p3', [jaLaunch], [enLaunch]),
      pair('p4', [jaHeading], [enHeading]),
      pair('p5', [jaPackage], [enPackage]),
      pair('p6', [jaEvidence], [enEvidence]),
    ],
  };
}
