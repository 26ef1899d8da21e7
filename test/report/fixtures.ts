// Hand-built Alignment and findings for the report tests, cut from the REAL seed pair with their real
// line numbers. Built by hand because [parse], [anchors], [align] and [diff] are developed in
// parallel; once they land, the tests also run on their output for the whole seed pair.
//
// Every block is taken from the seed files by line number, and the builder checks that the line
// starts with the text the fixture expects, so a wrong line number fails loudly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  Alignment,
  Anchor,
  AnchorType,
  Block,
  BlockKind,
  Discrepancy,
  Document,
  Lang,
  Pair,
  PairType,
  Section,
  Sentence,
  SentencePair,
  Side,
} from '../../src/model.js';

export const SEED_PATHS: Record<Lang, string> = {
  ja: 'seeds/integrated-innovation-strategy-2025.ja.txt',
  en: 'seeds/integrated-innovation-strategy-2025.en.md',
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function seedLines(lang: Lang): string[] {
  return readFileSync(`${ROOT}${SEED_PATHS[lang]}`, 'utf8').split('\n');
}

/** NFKC, one line; in Japanese the PDF's spaces between characters removed ('A I' → 'AI'). */
export function normalizeText(text: string, lang: Lang): string {
  const oneLine = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (lang === 'en') return oneLine;
  return oneLine
    .replace(/(?<=[^\x00-\x7F]) (?=[^\x00-\x7F])/gu, '')
    .replace(/(?<=[^\x00-\x7F]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[^\x00-\x7F])/gu, '')
    .replace(/(?<=\b[0-9A-Za-z]) (?=[A-Za-z]\b)/gu, '');
}

const BULLET = /^\s*(?:[-*+]\s+)?(?:[・•]\s*)?/u;

function splitSentences(text: string, lang: Lang): string[] {
  const parts = lang === 'ja' ? text.split(/(?<=。)/u) : text.split(/(?<=[.])\s+(?=[A-Z])/u);
  return parts.filter((part) => part.trim() !== '');
}

type AnchorSpec = { type: AnchorType; text: string; value: string; unit?: string; qualifier?: string };

function anchorsIn(normalized: string, specs: AnchorSpec[]): Anchor[] {
  return specs.flatMap((spec) => {
    const start = normalized.indexOf(spec.text);
    if (start < 0) return [];
    return [{ ...spec, start, end: start + spec.text.length }];
  });
}

interface BlockSpec {
  lines: [number, number];
  kind: BlockKind;
  startsWith: string;
  section?: string | null;
  opens?: string;
  anchors?: AnchorSpec[];
  /** Replace the raw text (for the escaping and duplication tests); lines stay the real ones. */
  text?: (raw: string) => string;
}

class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly sections: Section[] = [];
  private readonly lines: string[];

  constructor(readonly lang: Lang) {
    this.lines = seedLines(lang);
  }

  section(id: string, number: string | null, title: string, level: number, line: number, parent: string | null): string {
    this.sections.push({ id, number, title, level, lines: [line, line], parent });
    return id;
  }

  block(spec: BlockSpec): Block {
    const [first, last] = spec.lines;
    const fileLines: Array<{ line: number; text: string }> = [];
    for (let line = first; line <= last; line += 1) {
      const text = this.lines[line - 1] ?? '';
      if (text.trim() !== '') fileLines.push({ line, text });
    }
    const head = fileLines[0]?.text ?? '';
    if (!head.startsWith(spec.startsWith)) {
      throw new Error(`${this.lang} line ${first} starts ${JSON.stringify(head.slice(0, 30))}, not ${JSON.stringify(spec.startsWith)}`);
    }
    // a paragraph broken by a PDF page break is joined: directly in Japanese, with a space in English
    const joiner = spec.kind === 'toc' ? '\n' : this.lang === 'ja' ? '' : ' ';
    let raw = fileLines.map((entry) => entry.text.trim()).join(joiner);
    if (spec.text) raw = spec.text(raw);
    const bodyStart = spec.kind === 'bullet' ? (BULLET.exec(raw)?.[0].length ?? 0) : 0;
    const normalized = normalizeText(raw.slice(bodyStart), this.lang);
    const id = `b${this.blocks.length + 1}`;
    const anchors = anchorsIn(normalized, spec.anchors ?? []);
    const lineOf = (rawOffset: number): number => {
      let consumed = 0;
      for (const entry of fileLines) {
        consumed += entry.text.trim().length + joiner.length;
        if (rawOffset < consumed) return entry.line;
      }
      return fileLines[fileLines.length - 1]?.line ?? first;
    };
    const sentences: Sentence[] = [];
    let rawCursor = 0;
    let normCursor = 0;
    splitSentences(raw, this.lang).forEach((text, index) => {
      const rawStart = raw.indexOf(text, rawCursor);
      rawCursor = rawStart + text.length;
      const shown = index === 0 ? text.slice(bodyStart) : text;
      const sentenceNormalized = normalizeText(shown, this.lang);
      const start = Math.max(0, normalized.indexOf(sentenceNormalized, normCursor));
      normCursor = start + sentenceNormalized.length;
      sentences.push({
        id: `${id}.${index + 1}`,
        start,
        end: start + sentenceNormalized.length,
        lines: [lineOf(rawStart), lineOf(rawStart + text.length - 1)],
        text: text.trim(),
        normalized: sentenceNormalized,
        // the model keeps anchor offsets in the block's normalised text
        anchors: anchors.filter((anchor) => anchor.start >= start && anchor.end <= start + sentenceNormalized.length),
      });
    });
    const block: Block = {
      id,
      kind: spec.kind,
      lines: [fileLines[0]?.line ?? first, fileLines[fileLines.length - 1]?.line ?? last],
      section: spec.section ?? null,
      text: raw,
      normalized,
      anchors,
      sentences,
      lineMap: fileLines.map((entry, index) => [index === 0 ? 0 : normalizeText(fileLines.slice(0, index).map((e) => e.text).join(' '), this.lang).length, entry.line]),
    };
    if (spec.opens) block.opens = spec.opens;
    this.blocks.push(block);
    return block;
  }

  document(): Document {
    return {
      schema: 'strategy-align/document@1',
      path: SEED_PATHS[this.lang],
      lang: this.lang,
      encoding: 'utf-8',
      sha256: 'seed',
      sections: this.sections,
      blocks: this.blocks,
    };
  }
}

function pairType(ja: number, en: number): PairType {
  return `${Math.min(ja, 2)}-${Math.min(en, 2)}` as PairType;
}

function sentencesOf(blocks: Block[]): Sentence[] {
  return blocks.flatMap((block) => block.sentences ?? []);
}

/** Sentence pairs given as index groups into the pair's sentences: [[ja…], [en…], score]. */
type SentenceGroups = Array<[number[], number[], number]>;

class AlignmentBuilder {
  readonly ja = new DocumentBuilder('ja');
  readonly en = new DocumentBuilder('en');
  readonly pairs: Pair[] = [];

  pair(ja: Block[], en: Block[], score: number, groups?: SentenceGroups): Pair {
    const jaSentences = sentencesOf(ja);
    const enSentences = sentencesOf(en);
    let sentences: SentencePair[] = [];
    if (groups) {
      sentences = groups.map(([jaIndexes, enIndexes, groupScore]) => ({
        type: pairType(jaIndexes.length, enIndexes.length),
        score: groupScore,
        ja: jaIndexes.map((i) => jaSentences[i] as Sentence),
        en: enIndexes.map((i) => enSentences[i] as Sentence),
      }));
    } else if (ja.length > 0 && en.length > 0 && jaSentences.length === enSentences.length && ja[0]?.kind !== 'toc') {
      sentences = jaSentences.map((sentence, i) => ({ type: '1-1', score, ja: [sentence], en: [enSentences[i] as Sentence] }));
    }
    const pair: Pair = {
      id: `p${this.pairs.length + 1}`,
      type: pairType(ja.length, en.length),
      score,
      section: { ja: ja[0]?.section ?? null, en: en[0]?.section ?? null },
      ja,
      en,
      sentences,
    };
    this.pairs.push(pair);
    return pair;
  }

  alignment(): Alignment {
    return {
      schema: 'strategy-align/alignment@1',
      ja: this.ja.document(),
      en: this.en.document(),
      sections: this.ja.sections.map((section, i) => ({ ja: section.id, en: this.en.sections[i]?.id ?? null, score: 0.9 })),
      pairs: this.pairs,
    };
  }
}

/** What a side points at, as diff fills it in: a whole sentence, a stretch of one, a whole block. */
export function atSentence(sentence: Sentence, text = sentence.normalized): Pick<Side, 'blocks' | 'sentence' | 'span'> {
  const at = sentence.normalized.indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text.slice(0, 30))} is not in sentence ${sentence.id}`);
  return { blocks: [sentence.id.replace(/\.\d+$/u, '')], sentence: sentence.id, span: [sentence.start + at, sentence.start + at + text.length] };
}

function atBlock(block: Block, length = block.normalized.length): Pick<Side, 'blocks' | 'span'> {
  return { blocks: [block.id], span: [0, length] };
}

export interface FixtureOptions {
  /** Raw text put in place of the Japanese launch paragraph's first sentence (escaping tests). */
  injectJa?: string;
}

export const LAUNCH_CLAUSE = '2030年代前半までに我が国としての打ち上げ能力を年間30件程度確保するため、基幹ロケットの高度化・高頻度化を進めるとともに、';
const LAUNCH_SENTENCE_EN = 'In addition, it is important to build up a track record of success';
const DUPLICATED_EN =
  'We will continue to support the expansion of space activities of private enterprises and universities, aiming to promptly provide one trillion yen worth of support.';

/**
 * Part of the seed pair: the title page, the tables of contents, the chapter 2 headings, the space
 * infrastructure topic, the research-university topic and the start of chapter 3 (1), with the
 * findings a reviewer confirms
 * there. One finding is injected rather than found: the seeds duplicate a clause (EN 410) but no whole
 * sentence, so the English Space Strategy Fund paragraph gets its last sentence twice (as the diff
 * mutation test does).
 */
export function seedFixture(options: FixtureOptions = {}): { alignment: Alignment; discrepancies: Discrepancy[] } {
  const b = new AlignmentBuilder();
  const { ja, en } = b;

  // sections as the parser would number them
  ja.section('s2', '2', '第6期基本計画の総仕上げとしての取組の加速', 1, 58, null);
  ja.section('s2.1', '(1)', '先端科学技術の戦略的な推進', 2, 60, 's2');
  ja.section('s2.1.1', '①', '重要分野の戦略的な推進', 3, 62, 's2.1');
  ja.section('s2.1.1.20', null, '宇宙活動を支える総合的基盤の強化', 4, 209, 's2.1.1');
  ja.section('s2.2', '(2)', '知の基盤(研究力)と人材育成の強化', 2, 276, 's2');
  ja.section('s2.2.1', '①', '大学ファンドと地域中核・特色ある研究大学振興、国研の機能強化等を通じた研究基盤の強化', 3, 278, 's2.2');
  ja.section('s2.2.1.2', null, '地域中核・特色ある研究大学振興', 4, 282, 's2.2.1');
  ja.section('s2.2.2', '②', '研究施設・設備の強化、オープンサイエンスの推進', 3, 300, 's2.2');
  ja.section('s2.2.2.1', null, '研究DXを支えるインフラ整備や研究施設・設備の共用化の推進', 4, 302, 's2.2.2');
  en.section('s2', '2.', 'Promotion of Initiatives as the Final Stage of the 6th Basic Plan', 1, 27, null);
  en.section('s2.1', '(1)', 'Strategic Promotion of Advanced Science and Technologies', 2, 29, 's2');
  en.section('s2.1.1', null, 'Strategic Promotion of Key Fields', 3, 31, 's2.1');
  en.section('s2.1.1.20', null, 'Strengthening the Comprehensive Foundation for Supporting Space Activities', 4, 207, 's2.1.1');
  en.section('s2.2', '(2)', 'Enhancement of Knowledge Bases (Research Capabilities) and Human Resource Development', 2, 273, 's2');
  en.section('s2.2.1', null, 'Strengthening Research Base through University Endowment Fund', 3, 274, 's2.2');
  en.section('s2.2.1.2', null, 'Promotion of Research Universities with a Regional Core and Distinctive Characteristics', 4, 280, 's2.2.1');
  en.section('s2.2.2', '2', 'Upgrading Research Facilities and Equipment, Promoting Open Science', 3, 298, 's2.2');
  en.section('s2.2.2.1', null, 'Promote the Development of Infrastructure to Support Research DX', 4, 300, 's2.2.2');

  // title page: the English marker line has no Japanese counterpart; date and decision lines are 2-1
  const tentative = en.block({ lines: [1, 1], kind: 'title', startsWith: '## [Tentative translation]' });
  b.pair([], [tentative], 0);
  b.pair([ja.block({ lines: [3, 3], kind: 'title', startsWith: '統合イノベーション戦略' })], [en.block({ lines: [3, 3], kind: 'title', startsWith: 'Integrated Innovation Strategy 2025' })], 0.97);
  b.pair(
    [ja.block({ lines: [5, 5], kind: 'paragraph', startsWith: '令和 7 年 6 月 6 日' }), ja.block({ lines: [7, 7], kind: 'paragraph', startsWith: '閣 議 決 定' })],
    [en.block({ lines: [5, 5], kind: 'paragraph', startsWith: 'June 6, 2025 Cabinet decision' })],
    0.88,
  );
  // tables of contents: the English one stops before the appendix (別添)
  b.pair([ja.block({ lines: [9, 9], kind: 'heading', startsWith: '目次' })], [en.block({ lines: [7, 7], kind: 'heading', startsWith: '## **Table of Contents**' })], 0.9);
  b.pair([ja.block({ lines: [11, 19], kind: 'toc', startsWith: '1. 基本的な考え方' })], [en.block({ lines: [9, 17], kind: 'toc', startsWith: '1.\tBasic Concept' })], 0.84);
  const appendixToc = ja.block({ lines: [20, 48], kind: 'toc', startsWith: '別添 Society 5.0' });
  b.pair([appendixToc], [], 0);

  // chapter 2 headings down to the space infrastructure topic
  const head = (jaLine: number, jaStart: string, jaOpens: string, enLines: [number, number], enStart: string, enOpens: string, score: number): Pair =>
    b.pair(
      [ja.block({ lines: [jaLine, jaLine], kind: 'heading', startsWith: jaStart, opens: jaOpens, section: jaOpens })],
      [en.block({ lines: enLines, kind: 'heading', startsWith: enStart, opens: enOpens, section: enOpens })],
      score,
    );
  head(58, '2. 第 6 期基本計画', 's2', [27, 27], '## 2. Promotion of Initiatives', 's2', 0.93);
  head(60, '(1) 先端科学技術の戦略的な推進', 's2.1', [29, 29], '## (1) Strategic Promotion', 's2.1', 0.95);
  const keyFields = head(62, '① 重要分野の戦略的な推進', 's2.1.1', [31, 31], '## Strategic Promotion of Key Fields', 's2.1.1', 0.81);
  head(209, '(宇宙活動を支える総合的基盤の強化)', 's2.1.1.20', [207, 207], '(Strengthening the Comprehensive Foundation', 's2.1.1.20', 0.9);

  // the launch-capacity paragraph: its third sentence lost the clause on 30 launches a year
  const launchJa = ja.block({
    lines: [211, 211],
    kind: 'bullet',
    startsWith: '- ・ 基幹ロケットについて',
    section: 's2.1.1.20',
    anchors: [
      { type: 'date', text: '2030年代前半', value: '2030s', qualifier: 'early' },
      { type: 'number', text: '30件', value: '30', unit: 'launches', qualifier: 'around' },
    ],
    ...(options.injectJa ? { text: (raw: string) => raw.replace('基幹ロケットについて、', `基幹ロケットについて、${options.injectJa}`) } : {}),
  });
  const launchEn = en.block({ lines: [209, 211], kind: 'bullet', startsWith: '• The launch of the second H3 test rocket', section: 's2.1.1.20' });
  const launchPair = b.pair([launchJa], [launchEn], 0.62, [
    [[0], [0], 0.91],
    [[1], [1], 0.86],
    [[2], [2], 0.41],
    [[3], [3], 0.83],
    [[4], [4], 0.8],
  ]);
  b.pair([ja.block({ lines: [212, 212], kind: 'bullet', startsWith: '- ・ スペースデブリの増加', section: 's2.1.1.20' })], [en.block({ lines: [213, 213], kind: 'bullet', startsWith: '- The risk of collisions', section: 's2.1.1.20' })], 0.9);
  b.pair([ja.block({ lines: [213, 213], kind: 'bullet', startsWith: '- ・ 我が国の勝ち筋を見据え', section: 's2.1.1.20' })], [en.block({ lines: [214, 214], kind: 'bullet', startsWith: '- The Space Technology Strategy', section: 's2.1.1.20' })], 0.87);
  // injected duplication: the English paragraph ends with its last sentence twice
  const fundEn = en.block({
    lines: [215, 215],
    kind: 'bullet',
    startsWith: '- In particular, with regard to the Space Strategy Fund',
    section: 's2.1.1.20',
    text: (raw) => `${raw} ${DUPLICATED_EN}`,
  });
  const fundPair = b.pair([ja.block({ lines: [215, 215], kind: 'bullet', startsWith: '- ・ 特に、宇宙戦略基金については', section: 's2.1.1.20' })], [fundEn], 0.79, [
    [[0], [0, 1], 0.84],
    [[1], [2, 3], 0.66],
  ]);

  // chapter 2 (2): the research-university topic, with the package's revision date mistranslated
  head(276, '（2） 知の基盤', 's2.2', [273, 273], '- (2) Enhancement of Knowledge Bases', 's2.2', 0.9);
  b.pair(
    [ja.block({ lines: [278, 278], kind: 'heading', startsWith: '① 大学ファンドと地域中核', opens: 's2.2.1', section: 's2.2.1' })],
    [
      en.block({ lines: [274, 274], kind: 'heading', startsWith: '  - Strengthening Research Base', opens: 's2.2.1', section: 's2.2.1' }),
      en.block({ lines: [276, 276], kind: 'heading', startsWith: '(Realization of World-Class Research Universities', section: 's2.2.1' }),
    ],
    0.74,
  );
  head(282, '（地域中核・特色ある研究大学振興）', 's2.2.1.2', [280, 280], '(Promotion of Research Universities', 's2.2.1.2', 0.92);
  const packageJa = ja.block({
    lines: [284, 286],
    kind: 'bullet',
    startsWith: '- ・ 10兆円規模の大学ファンドとの両輪として',
    section: 's2.2.1.2',
    anchors: [
      { type: 'number', text: '10兆円', value: '10000000000000', unit: 'yen' },
      { type: 'date', text: '令和4年2月1日', value: '2022-02-01' },
      { type: 'date', text: '令和7年2月', value: '2025-02' },
    ],
  });
  const packageEn = en.block({
    lines: [282, 282],
    kind: 'bullet',
    startsWith: '- As two wheels of the 10-trillion-yen',
    section: 's2.2.1.2',
    anchors: [
      { type: 'number', text: '10-trillion-yen', value: '10000000000000', unit: 'yen' },
      { type: 'date', text: 'February 1, 2022', value: '2022-02-01' },
      { type: 'date', text: 'February 8, 2023', value: '2023-02-08' },
    ],
  });
  const packagePair = b.pair([packageJa], [packageEn], 0.86);

  // ② printed "2" in English; the NanoTerasu sentence lost its "3 GeV"
  const facilities = head(300, '② 研究施設・設備の強化', 's2.2.2', [298, 298], '## 2 Upgrading Research Facilities', 's2.2.2', 0.83);
  head(302, '（研究D Xを支えるインフラ整備', 's2.2.2.1', [300, 300], '(Promote the Development of Infrastructure', 's2.2.2.1', 0.88);
  b.pair([ja.block({ lines: [304, 304], kind: 'bullet', startsWith: '- ・ 大学や研究機関における', section: 's2.2.2.1' })], [en.block({ lines: [302, 302], kind: 'bullet', startsWith: '- In order to promote the enhancement', section: 's2.2.2.1' })], 0.89);
  const spring8Ja = ja.block({
    lines: [305, 305],
    kind: 'bullet',
    startsWith: '- ・ 現行の大型放射光施設',
    section: 's2.2.2.1',
    anchors: [
      { type: 'number', text: '100倍', value: '100', qualifier: 'times' },
      { type: 'date', text: '令和11年度', value: 'FY2029' },
      { type: 'number', text: '3GeV', value: '3', unit: 'GeV' },
    ],
  });
  const spring8En = en.block({
    lines: [303, 303],
    kind: 'bullet',
    startsWith: '- Aiming to create the world',
    section: 's2.2.2.1',
    anchors: [
      { type: 'number', text: '100 times', value: '100', qualifier: 'times' },
      { type: 'date', text: 'FY2029', value: 'FY2029' },
    ],
  });
  const spring8Pair = b.pair([spring8Ja], [spring8En], 0.85);

  // chapter 3 (1) ①: "conduct evidence-based studies" written twice for one エビデンスに基づく検討を行う
  ja.section('s3', '3', '第7期基本計画に向けた議論も踏まえた取組の推進', 1, 400, null);
  ja.section('s3.1', '(1)', '経済安全保障との連携強化', 2, 404, 's3');
  ja.section('s3.1.1', '①', '重要技術の研究開発の推進', 3, 406, 's3.1');
  en.section('s3', '3.', 'Promotion of Initiatives Based on Discussions for the 7th Basic Plan', 1, 401, null);
  en.section('s3.1', '(1)', 'Strengthening Linkages with Economic Security', 2, 405, 's3');
  en.section('s3.1.1', '1', 'Promoting Research and Development of Key Technologies', 3, 407, 's3.1');
  head(400, '3. 第7期基本計画に向けた議論', 's3', [401, 401], '## 3. Promotion of Initiatives Based', 's3', 0.94);
  head(404, '(1) 経済安全保障との連携強化', 's3.1', [405, 405], '## (1) Strengthening Linkages', 's3.1', 0.95);
  head(406, '① 重要技術の研究開発の推進', 's3.1.1', [407, 407], '## 1 Promoting Research and Development', 's3.1.1', 0.86);
  const keyTechnologiesPair = b.pair(
    [ja.block({ lines: [409, 409], kind: 'bullet', startsWith: '- ・ 経済安全保障の観点', section: 's3.1.1' })],
    [en.block({ lines: [410, 410], kind: 'bullet', startsWith: '- We will organize and formulate a list', section: 's3.1.1' })],
    0.77,
    [
      [[0], [0], 0.9],
      [[1, 2], [1], 0.71],
    ],
  );

  const alignment = b.alignment();
  const sentence = (pair: Pair, lang: Lang, index: number): Sentence => sentencesOf(pair[lang])[index] as Sentence;
  const launchEnSentence = sentence(launchPair, 'en', 2);
  if (!launchEnSentence.text.startsWith(LAUNCH_SENTENCE_EN)) throw new Error('launch sentence moved');
  const dateJa = sentence(packagePair, 'ja', 0);
  const dateEn = sentence(packagePair, 'en', 0);
  const springJa = sentence(spring8Pair, 'ja', 1);
  const springEn = sentence(spring8Pair, 'en', 1);
  const fundDuplicate = sentence(fundPair, 'en', 3);
  const studiesSentence = sentence(keyTechnologiesPair, 'en', 1);
  const studiesClause = 'and conduct evidence-based studies while fully taking into account the opinions of relevant parties and outside experts.';
  if (!studiesSentence.text.endsWith(studiesClause)) throw new Error('evidence-based studies clause moved');
  const studiesSource = sentencesOf(keyTechnologiesPair.ja).find((s) => s.normalized.includes('エビデンスに基づく検討を行う。'))!;

  const discrepancies: Discrepancy[] = [
    {
      id: 'omission:launch-capacity',
      kind: 'omission',
      severity: 'error',
      ja: { lines: [211, 211], text: LAUNCH_CLAUSE, context: sentence(launchPair, 'ja', 2).text, ...atSentence(sentence(launchPair, 'ja', 2), LAUNCH_CLAUSE) },
      en: { lines: launchEnSentence.lines, text: launchEnSentence.normalized, ...atSentence(launchEnSentence) },
      expected: 'about 30 launches a year by the early 2030s',
      found: '',
      message: 'The clause on securing a launch capacity of about 30 launches a year by the early 2030s has no English counterpart.',
      section: '2 (1) ① (宇宙活動を支える総合的基盤の強化)',
      pair: launchPair.id,
    },
    {
      id: 'date-mismatch:package-revision',
      kind: 'date-mismatch',
      severity: 'error',
      ja: { lines: dateJa.lines, text: dateJa.normalized, ...atSentence(dateJa) },
      en: { lines: dateEn.lines, text: dateEn.normalized, ...atSentence(dateEn) },
      expected: '2025-02',
      found: '2023-02-08',
      message: 'The package was revised in February 2025 (令和7年2月); the English says February 8, 2023.',
      section: '2 (2) ① (地域中核・特色ある研究大学振興)',
      pair: packagePair.id,
    },
    {
      id: 'number-mismatch:3gev',
      kind: 'number-mismatch',
      severity: 'error',
      ja: { lines: springJa.lines, text: springJa.normalized, ...atSentence(springJa) },
      en: { lines: springEn.lines, text: springEn.normalized, ...atSentence(springEn) },
      expected: '3 GeV',
      found: '',
      message: 'The Japanese gives NanoTerasu as a 3 GeV light source; the English drops the value.',
      section: '2 (2) ② (研究DXを支えるインフラ整備や研究施設・設備の共用化の推進)',
      pair: spring8Pair.id,
    },
    {
      id: 'duplication:fund',
      kind: 'duplication',
      severity: 'warning',
      ja: null,
      en: { lines: fundDuplicate.lines, text: DUPLICATED_EN, ...atSentence(fundDuplicate, DUPLICATED_EN) },
      message: 'This English sentence is translated twice.',
      section: '2 (1) ① (宇宙活動を支える総合的基盤の強化)',
      pair: fundPair.id,
    },
    {
      id: 'addition:tentative-translation',
      kind: 'addition',
      severity: 'warning',
      ja: null,
      en: { lines: [1, 1], text: '[Tentative translation]', ...atBlock(tentative) },
      message: 'The English has a heading with no Japanese counterpart.',
      section: null,
      pair: 'p1',
    },
    {
      id: 'duplication:evidence-based-studies',
      kind: 'duplication',
      severity: 'warning',
      ja: { lines: [409, 409], text: 'エビデンスに基づく検討を行う。', ...atSentence(studiesSource, 'エビデンスに基づく検討を行う。') },
      en: { lines: studiesSentence.lines, text: studiesClause, context: studiesSentence.text, ...atSentence(studiesSentence, studiesClause) },
      message: 'The English says "conduct evidence-based studies" twice for one Japanese clause.',
      section: '3 (1) ① (重要技術の研究開発の推進)',
      pair: keyTechnologiesPair.id,
    },
    {
      id: 'structure:toc-appendix',
      kind: 'structure',
      severity: 'warning',
      ja: { lines: appendixToc.lines, text: appendixToc.normalized.slice(0, 40), ...atBlock(appendixToc, 40) },
      en: null,
      message: 'The English table of contents has no entries for the appendix (別添), lines 20–48 of the Japanese.',
      section: '目次',
    },
    {
      id: 'structure:key-fields-number',
      kind: 'structure',
      severity: 'warning',
      ja: { lines: [62, 62], text: '① 重要分野の戦略的な推進', ...atBlock(keyFields.ja[0]!) },
      en: { lines: [31, 31], text: 'Strategic Promotion of Key Fields', ...atBlock(keyFields.en[0]!) },
      expected: '①',
      found: '(none)',
      message: 'The heading numbered ① has no number in English.',
      section: '2 (1) ①',
      pair: keyFields.id,
    },
    {
      id: 'structure:facilities-number',
      kind: 'structure',
      severity: 'info',
      ja: { lines: [300, 300], text: '② 研究施設・設備の強化、オープンサイエンスの推進', ...atBlock(facilities.ja[0]!) },
      en: { lines: [298, 298], text: '2 Upgrading Research Facilities and Equipment, Promoting Open Science', ...atBlock(facilities.en[0]!) },
      expected: '②',
      found: '2',
      message: 'The heading numbered ② is numbered "2" in English.',
      section: '2 (2) ②',
      pair: facilities.id,
    },
  ];
  return { alignment, discrepancies };
}

/**
 * The whole seed pair at its real size, paired naively line by line (every non-blank line a block,
 * the n-th Japanese with the n-th English, their sentences zipped in order). Not an alignment anyone
 * should trust: it only gives the page the seeds' real volume (~320 pairs, ~590 sentence rows) for
 * the load and navigation tests.
 */
export function naiveSeedAlignment(): { alignment: Alignment; discrepancies: Discrepancy[] } {
  const b = new AlignmentBuilder();
  const content = (lang: Lang): Array<{ line: number; text: string }> =>
    seedLines(lang)
      .map((text, i) => ({ line: i + 1, text }))
      .filter((entry) => entry.text.trim() !== '');
  const jaLines = content('ja');
  const enLines = content('en');
  const blockOf = (builder: DocumentBuilder, entry: { line: number; text: string }): Block =>
    builder.block({ lines: [entry.line, entry.line], kind: /^\s*[-•]/u.test(entry.text) ? 'bullet' : 'paragraph', startsWith: entry.text.slice(0, 8) });
  const discrepancies: Discrepancy[] = [];
  const count = Math.max(jaLines.length, enLines.length);
  for (let i = 0; i < count; i += 1) {
    const jaEntry = jaLines[i];
    const enEntry = enLines[i];
    const jaBlocks = jaEntry ? [blockOf(b.ja, jaEntry)] : [];
    const enBlocks = enEntry ? [blockOf(b.en, enEntry)] : [];
    // a deterministic spread of scores, so the strip shows all its colours
    const score = ((i * 37) % 100) / 100;
    // sentences zipped in order, the longer side's extra sentences unpaired
    const jaCount = jaBlocks[0]?.sentences?.length ?? 0;
    const enCount = enBlocks[0]?.sentences?.length ?? 0;
    const groups: SentenceGroups = [];
    for (let s = 0; s < Math.max(jaCount, enCount); s += 1) {
      groups.push([s < jaCount ? [s] : [], s < enCount ? [s] : [], score]);
    }
    const pair = b.pair(jaBlocks, enBlocks, score, groups);
    const jaSentence = jaBlocks[0]?.sentences?.[0];
    if (i % 9 === 4 && jaSentence) {
      discrepancies.push({
        id: `omission:naive:${i}`,
        kind: 'omission',
        severity: i % 2 === 0 ? 'error' : 'warning',
        ja: { lines: jaSentence.lines, text: jaSentence.normalized, ...atSentence(jaSentence) },
        en: null,
        message: `Naive pairing: test finding on Japanese line ${jaSentence.lines[0]}.`,
        section: null,
        pair: pair.id,
      });
    }
  }
  return { alignment: b.alignment(), discrepancies };
}
