// The front matter of a strategy document: title lines (title, date, "閣議決定", "[Tentative
// translation]"), then a table of contents whose entries end with a page number after a tab or a
// dot leader ("1.\tBasic Concept\t1", "(2)\t…Development.\t. 21"). Found on raw lines, before either
// parser runs, so that the TOC's "1. 基本的な考え方" is never taken for the chapter itself.
import { classifyHeading, endsSentence, headingText, splitMarker, type HeadingMatch } from './numbering.js';
import type { Lang } from '../model.js';
import { runsOnAfterBreak } from './page-breaks.js';
import { foldText } from './pdf-repair.js';
import { stripHeadingMarkup, type Unit } from './units.js';

export interface TocEntry {
  /** 1-based source lines of the entry (two when a long title wrapped). */
  lines: number[];
  /** Numbering of the entry, when it has one ("別添 …" has none). */
  heading: HeadingMatch | null;
  /** Folded entry text without number and page. */
  title: string;
  page: number | null;
}

export interface FrontMatter {
  /** Non-blank lines before the table of contents (or before the body when there is none). */
  titleLines: number[];
  /** "目次" / "Table of Contents" line, when printed. */
  tocHeading: number | null;
  tocEntries: TocEntry[];
  /** 1-based number of the first line that belongs to the body. */
  bodyStart: number;
}

const TOC_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:目\s*次|table\s+of\s+contents|contents)\s*(?:\*\*|__)?\s*$/iu;
const PAGE_NUMBER = /(?:\t|\.{3,}|…+|・{3,})[\s.…・·]*(\d{1,4})\s*$/u;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

export function isTocEntryLine(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

/** Lines are 0-based here; the result is 1-based like everything else. Without `lang`, a title line
 *  is never taken for the start of a paragraph broken by a page break. */
export function findFrontMatter(lines: string[], lang?: Lang): FrontMatter {
  const tocStart = findTocStart(lines);
  if (tocStart === null) {
    const titleLines = leadingTitleLines(lines, lang);
    return { titleLines, tocHeading: null, tocEntries: [], bodyStart: afterLast(titleLines) + 1 };
  }

  const titleLines: number[] = [];
  for (let i = 0; i < tocStart.index; i++) if (!isBlank(lines[i])) titleLines.push(i + 1);

  const entries: TocEntry[] = [];
  let i = tocStart.heading ? tocStart.index + 1 : tocStart.index;
  let lastTocLine = tocStart.index;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (isTocEntryLine(line)) {
      entries.push(parseEntry([i], lines));
      lastTocLine = i;
      i++;
      continue;
    }
    // A long title wrapped onto a second line: the page number sits on the next line.
    const next = lines[i + 1];
    if (next !== undefined && !isBlank(next) && isTocEntryLine(next) && entries.length > 0) {
      entries.push(parseEntry([i, i + 1], lines));
      lastTocLine = i + 1;
      i += 2;
      continue;
    }
    break;
  }
  return {
    titleLines,
    tocHeading: tocStart.heading ? tocStart.index + 1 : null,
    tocEntries: entries,
    bodyStart: lastTocLine + 2,
  };
}

function afterLast(lineNumbers: number[]): number {
  return lineNumbers.length === 0 ? 0 : lineNumbers[lineNumbers.length - 1]!;
}

/** The TOC starts at a "目次"/"Table of Contents" line, or at three entry lines in a row right
 *  after the title lines (further down, three tab-separated lines ending in numbers are a table). */
function findTocStart(lines: string[]): { index: number; heading: boolean } | null {
  const searchUntil = Math.min(lines.length, 200);
  for (let i = 0; i < searchUntil; i++) if (TOC_HEADING.test(lines[i]!)) return { index: i, heading: true };
  let titleLines = 0;
  for (let i = 0; i < searchUntil; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const run = [i, i + 1, i + 2].map((j) => lines[j]);
    if (run.every((l) => l !== undefined && isTocEntryLine(l))) return { index: i, heading: false };
    if (!isTitleLike(line) || ++titleLines > MAX_TITLE_LINES) return null;
  }
  return null;
}

const MAX_TITLE_LINES = 6;

/** A short, unpunctuated line that is neither a list item nor a numbered heading: "統合イノベーション
 *  戦略 2025", "令和 7 年 6 月 6 日", "閣 議 決 定", "## [Tentative translation]". */
function isTitleLike(line: string): boolean {
  const folded = foldText(line.replace(/^\s*#{1,6}\s*/u, ''));
  if (folded.length > 120 || endsSentence(folded)) return false;
  if (splitMarker(line).marker !== null) return false;
  const heading = classifyHeading(folded);
  return heading === null || (heading.kind === 'topic' && folded.startsWith('【'));
}

/** Without a TOC, the title is the few title-like lines before the first heading or list. Lines
 *  are taken a run of adjacent lines at a time: a run whose joined text is long or ends a sentence
 *  is a hard-wrapped paragraph even though its first lines are short and unpunctuated, and a line
 *  that the next one continues across a blank line is a paragraph a page break cut. */
function leadingTitleLines(lines: string[], lang: Lang | undefined): number[] {
  const title: number[] = [];
  let i = 0;
  while (i < lines.length && title.length < MAX_TITLE_LINES) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const run: number[] = [];
    for (; i < lines.length && !isBlank(lines[i]); i++) run.push(i);
    if (!run.every((j) => isTitleLike(lines[j]!))) break;
    if (run.length > 1 && !isTitleLike(run.map((j) => lines[j]!.trim()).join(' '))) break;
    if (title.length + run.length > MAX_TITLE_LINES) break;
    let next = i;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (lang && next < lines.length && runsOnAfterBreak(lines[run[run.length - 1]!]!.trim(), lines[next]!.trim(), lang)) break;
    title.push(...run.map((j) => j + 1));
  }
  return title;
}

function parseEntry(indexes: number[], lines: string[]): TocEntry {
  const raw = indexes.map((i) => lines[i]!).join(' ');
  const pageMatch = PAGE_NUMBER.exec(raw);
  const withoutPage = pageMatch ? raw.slice(0, pageMatch.index) : raw;
  const folded = foldText(withoutPage.replace(/^\s*#{1,6}\s*/u, ''));
  const match = classifyHeading(folded);
  const heading = match && match.kind !== 'topic' ? match : null;
  return {
    lines: indexes.map((i) => i + 1),
    heading,
    // a TOC line has no second heading: "…地域づくり（スマートシティの展開）" is one title
    title: heading ? headingText(heading) : folded,
    page: pageMatch ? Number(pageMatch[1]) : null,
  };
}

/** Title and TOC units, the same for both languages. */
export function frontMatterUnits(front: FrontMatter, lines: string[]): Unit[] {
  const units: Unit[] = front.titleLines.map((line) => ({
    kind: 'title',
    lines: [line],
    contents: [stripHeadingMarkup(lines[line - 1]!)],
    marker: null,
  }));
  if (front.tocHeading !== null) {
    units.push({ kind: 'toc', lines: [front.tocHeading], contents: [stripHeadingMarkup(lines[front.tocHeading - 1]!)], marker: null });
  }
  for (const entry of front.tocEntries) {
    units.push({
      kind: 'toc',
      lines: entry.lines,
      contents: entry.lines.map((line) => lines[line - 1]!.trim()),
      marker: null,
      normalizedText: entry.title,
    });
  }
  return units;
}
