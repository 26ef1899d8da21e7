// The report tests' inputs: parts of the REAL seed pair run through the real pipeline
// (src/index.ts: documentFromText → alignDocuments → findDiscrepancies). An excerpt keeps its
// lines where the seed files have them (every other line left blank), so its line numbers are the
// seeds' own, and the findings are what diff finds there.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignDocuments, documentFromText, findDiscrepancies } from '../../src/index.js';
import type { Alignment, Block, Discrepancy, Lang, Pair, Sentence, Side } from '../../src/model.js';
import { seedAlignment, seedDiff } from '../helpers/pipeline.js';

export const SEED_PATHS: Record<Lang, string> = {
  ja: 'seeds/integrated-innovation-strategy-2025.ja.txt',
  en: 'seeds/integrated-innovation-strategy-2025.en.md',
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function seedLines(lang: Lang): string[] {
  return readFileSync(`${ROOT}${SEED_PATHS[lang]}`, 'utf8').split('\n');
}

/** The seed file with only these line ranges kept, the rest blank: an excerpt with the seeds' line numbers. */
function excerpt(lang: Lang, ranges: Array<[number, number]>, edit: (line: number, text: string) => string = (_, text) => text): string {
  return seedLines(lang)
    .map((text, index) => {
      const line = index + 1;
      return ranges.some(([first, last]) => first <= line && line <= last) ? edit(line, text) : '';
    })
    .join('\n');
}

/** What a side points at, as diff fills it in: a whole sentence or a stretch of one. */
export function atSentence(sentence: Sentence, text = sentence.normalized): Pick<Side, 'blocks' | 'sentence' | 'span'> {
  const at = sentence.normalized.indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text.slice(0, 30))} is not in sentence ${sentence.id}`);
  return { blocks: [sentence.id.replace(/\.\d+$/u, '')], sentence: sentence.id, span: [sentence.start + at, sentence.start + at + text.length] };
}

function atBlock(block: Block, length = block.normalized.length): Pick<Side, 'blocks' | 'span'> {
  return { blocks: [block.id], span: [0, length] };
}

/** The pair holding the block on this line of one side. */
export function pairAtLine(alignment: Alignment, lang: Lang, line: number): Pair {
  const pair = alignment.pairs.find((candidate) => candidate[lang].some((block) => block.lines[0] <= line && line <= block.lines[1]));
  if (!pair) throw new Error(`no pair holds ${lang} line ${line}`);
  return pair;
}

export interface FixtureOptions {
  /** Raw text put in the Japanese launch paragraph after its first words (escaping tests). */
  injectJa?: string;
}

export const LAUNCH_CLAUSE = '2030年代前半までに我が国としての打ち上げ能力を年間30件程度確保するため';
const DUPLICATED_EN =
  'We will continue to support the expansion of space activities of private enterprises and universities, aiming to promptly provide one trillion yen worth of support.';

/** The fingerprints of the excerpt's findings, by what they are about. */
export interface ExcerptFindings {
  launch: string; // omission: the clause on 30 launches a year (ja 211)
  packageDate: string; // date-mismatch: 令和7年2月 / February 8, 2023 (ja 284)
  gev: string; // number-mismatch: 3GeV missing in English (ja 305)
  fund: string; // duplication: the injected repeat of the Space Strategy Fund sentence (en 215)
  studies: string; // duplication: "conduct evidence-based studies" twice (en 410)
  keyFields: string; // structure: ① dropped (ja 62)
  facilities: string; // structure: ② printed "2" (ja 300)
  tentative: string; // addition: "[Tentative translation]" (en 1), made here
  tocAppendix: string; // structure: the appendix missing from the English contents (ja 20–48), made here
}

/**
 * Part of the seed pair: the title page, the tables of contents, the chapter 2 headings, the space
 * infrastructure topic, the research-university topic and the start of chapter 3 (1), run through
 * the pipeline. One change to the text: the English Space Strategy Fund paragraph gets its last
 * sentence twice (as the diff mutation test does), since the seeds repeat a clause but no sentence.
 * Two findings diff does not make are added, pointing at real blocks: an addition for the English
 * "[Tentative translation]" line and a contents finding for the Japanese appendix entries.
 */
export function seedFixture(options: FixtureOptions = {}): { alignment: Alignment; discrepancies: Discrepancy[]; findings: ExcerptFindings } {
  const jaText = excerpt(
    'ja',
    [[3, 3], [5, 5], [7, 7], [9, 48], [58, 58], [60, 60], [62, 62], [209, 213], [215, 215], [276, 276], [278, 278], [282, 286], [300, 305], [400, 400], [404, 404], [406, 406], [409, 409]],
    (line, text) => (line === 211 && options.injectJa ? text.replace('基幹ロケットについて、', `基幹ロケットについて、${options.injectJa}`) : text),
  );
  const enText = excerpt(
    'en',
    [[1, 1], [3, 3], [5, 5], [7, 17], [27, 27], [29, 29], [31, 31], [207, 215], [273, 276], [280, 282], [298, 303], [401, 401], [405, 405], [407, 407], [410, 410]],
    (line, text) => (line === 215 ? `${text} ${DUPLICATED_EN}` : text),
  );
  const alignment = alignDocuments(documentFromText(jaText, SEED_PATHS.ja, 'ja'), documentFromText(enText, SEED_PATHS.en, 'en'));
  const found = findDiscrepancies(alignment).discrepancies;
  const fingerprint = (kind: Discrepancy['kind'], lang: Lang, line: number): string => {
    const finding = found.find((d) => d.kind === kind && d[lang]?.lines[0] === line);
    if (!finding) throw new Error(`diff no longer finds the ${kind} at ${lang} line ${line} of the excerpt`);
    return finding.id;
  };

  const tentative = pairAtLine(alignment, 'en', 1).en[0]!;
  const appendixToc = alignment.ja.blocks.find((block) => block.lines[0] <= 20 && 20 <= block.lines[1])!;
  const made: Discrepancy[] = [
    {
      id: 'addition:tentative-translation',
      kind: 'addition',
      severity: 'warning',
      ja: null,
      en: { lines: tentative.lines, text: '[Tentative translation]', ...atBlock(tentative) },
      message: 'The English has a heading with no Japanese counterpart.',
      section: null,
      pair: pairAtLine(alignment, 'en', 1).id,
    },
    {
      id: 'structure:toc-appendix',
      kind: 'structure',
      severity: 'warning',
      ja: { lines: appendixToc.lines, text: appendixToc.normalized.slice(0, 40), ...atBlock(appendixToc, 40) },
      en: null,
      message: 'The English table of contents has no entries for the appendix (別添), lines 20–48 of the Japanese.',
      section: '目次',
      pair: pairAtLine(alignment, 'ja', 20).id,
    },
  ];
  const findings: ExcerptFindings = {
    launch: fingerprint('omission', 'ja', 211),
    packageDate: fingerprint('date-mismatch', 'ja', 284),
    gev: fingerprint('number-mismatch', 'ja', 305),
    fund: fingerprint('duplication', 'en', 215),
    studies: fingerprint('duplication', 'en', 410),
    keyFields: fingerprint('structure', 'ja', 62),
    facilities: fingerprint('structure', 'ja', 300),
    tentative: 'addition:tentative-translation',
    tocAppendix: 'structure:toc-appendix',
  };
  return { alignment, discrepancies: [...found, ...made], findings };
}

/**
 * The whole seed pair at its real size, through the pipeline, with the findings diff makes and one
 * more omission on every ninth pair's first Japanese sentence: the page at the seeds' real volume
 * (~320 pairs, ~590 sentence rows) with enough findings to navigate, for the load and navigation tests.
 */
export function wholeSeedFixture(): { alignment: Alignment; discrepancies: Discrepancy[] } {
  const alignment = seedAlignment();
  const discrepancies = [...seedDiff().discrepancies];
  alignment.pairs.forEach((pair, i) => {
    const sentence = pair.ja[0]?.sentences?.[0];
    if (i % 9 !== 4 || !sentence) return;
    discrepancies.push({
      id: `omission:test:${i}`,
      kind: 'omission',
      severity: i % 2 === 0 ? 'error' : 'warning',
      ja: { lines: sentence.lines, text: sentence.normalized, ...atSentence(sentence) },
      en: null,
      message: `Test finding on Japanese line ${sentence.lines[0]}.`,
      section: null,
      pair: pair.id,
    });
  });
  return { alignment, discrepancies };
}
