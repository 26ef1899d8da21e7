// Excerpts of the seeds in shapes the seeds themselves do not have: no table of contents, the
// Japanese converted to markdown, the English as plain text without markdown markers.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { sourceFromBytes } from '../../src/read/index.js';
import { seedLines } from '../helpers/seeds.js';

const parse = (lines: string[], lang: Lang) => parseDocument(sourceFromBytes(Buffer.from(lines.join('\n')), `excerpt.${lang}`, lang));
const pick = (lines: string[], from: number, to: number) => lines.slice(from - 1, to);
const en = seedLines('en');
const ja = seedLines('ja');

describe('without a table of contents', () => {
  it('English: the short lines before the first heading are the title', () => {
    const doc = parse([...pick(en, 1, 6), ...pick(en, 19, 39)], 'en');
    expect(doc.blocks.slice(0, 4).map((b) => [b.kind, b.normalized])).toEqual([
      ['title', '[Tentative translation]'],
      ['title', 'Integrated Innovation Strategy 2025'],
      ['title', 'June 6, 2025 Cabinet decision'],
      ['heading', 'Basic Concept'],
    ]);
    expect(doc.sections.map((s) => [s.level, s.number])).toEqual([[1, '1'], [1, '2'], [2, '(1)'], [3, '①'], [4, null]]);
    // the page-break join survives the cut: 35–37 of the seed are lines 23–25 here
    expect(doc.blocks.find((b) => b.normalized.startsWith('Artificial intelligence'))!.lines).toEqual([23, 25]);
  });

  it('Japanese: the title lines, then chapter 1', () => {
    const doc = parse([...pick(ja, 1, 8), ...pick(ja, 50, 69)], 'ja');
    expect(doc.blocks.filter((b) => b.kind === 'title').map((b) => b.normalized)).toEqual(['統合イノベーション戦略2025', '令和7年6月6日', '閣議決定']);
    expect(doc.blocks.filter((b) => b.kind === 'toc')).toEqual([]);
    expect(doc.sections.map((s) => [s.level, s.number, s.title])).toEqual([
      [1, '1', '基本的な考え方'],
      [1, '2', '第6期基本計画の総仕上げとしての取組の加速'],
      [2, '(1)', '先端科学技術の戦略的な推進'],
      [3, '①', '重要分野の戦略的な推進'],
      [4, null, 'AIイノベーション促進とリスク対応の両立'],
    ]);
    expect(doc.blocks.at(-1)!.lines).toEqual([26, 28]); // seed 67–69, joined across the page break
  });
});

describe('the Japanese as markdown', () => {
  it('reads "## 1. 基本的な考え方" like the plain line, and does not let "1." swallow the text', () => {
    const lines = pick(ja, 50, 62).map((line) => (/^(\d\.|\(\d\)|①)/.test(line) ? `## ${line}` : line));
    const doc = parse(lines, 'ja');
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '(1)', '①']);
    expect(doc.blocks.filter((b) => b.kind === 'bullet')).toHaveLength(5);
    expect(doc.blocks[0]!.text).toBe('## 1. 基本的な考え方');
  });
});

describe('the English without markdown', () => {
  it('reads numbered lines as headings; consecutive plain lines are one paragraph, as in markdown', () => {
    const lines = pick(en, 401, 413).map((line) => line.replace(/^#+ /, '').replace(/^[-•] /, ''));
    const doc = parse(lines, 'en');
    // "3. Promotion…" is an ordered list item to markdown, a chapter to us
    expect(doc.sections.map((s) => [s.level, s.number])).toEqual([[1, '3'], [2, '(1)']]);
    // "1 Promoting Research…" with no "#" is prose: a bare digit is a number only in a heading
    expect(doc.blocks.map((b) => [b.kind, b.lines])).toEqual([
      ['heading', [1, 1]],
      ['paragraph', [3, 3]],
      ['heading', [5, 5]],
      ['paragraph', [7, 7]], // short and unfinished, but a heading-like line does not swallow the next paragraph
      ['paragraph', [9, 13]], // three lines without blank lines between, then the page-break join of seed 411–413
    ]);
  });
});
