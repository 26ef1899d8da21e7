// Front matter and the table of contents of both seeds.
import { describe, expect, it } from 'vitest';
import { findFrontMatter, isTocEntryLine } from '../../src/parse/toc.js';
import { seedDocument, seedLines } from '../helpers/seeds.js';

describe('Japanese front matter', () => {
  const front = findFrontMatter(seedLines('ja'));

  it('has the title, date and 閣議決定 lines before 目次', () => {
    expect(front.titleLines).toEqual([3, 5, 7]);
    expect(front.tocHeading).toBe(9);
  });

  it('lists the strategy and its annex 別添, with page numbers', () => {
    expect(front.tocEntries).toHaveLength(38);
    expect(front.tocEntries[0]).toMatchObject({ lines: [11], title: '基本的な考え方', page: 1 });
    expect(front.tocEntries[0]!.heading).toMatchObject({ kind: 'chapter', value: 1 });
    const annex = front.tocEntries.find((e) => e.title.startsWith('別添'))!;
    expect(annex).toMatchObject({ lines: [20], heading: null, page: 26 });
    expect(front.tocEntries.at(-1)).toMatchObject({ lines: [48], page: 181 });
    expect(front.bodyStart).toBe(49);
  });

  it('makes every TOC line a toc block outside any section, the annex entries too', () => {
    const toc = seedDocument('ja').blocks.filter((b) => b.kind === 'toc');
    expect(toc.map((b) => b.lines[0])).toEqual([9, ...Array.from({ length: 38 }, (_, i) => 11 + i)]);
    expect(toc.every((b) => b.section === null)).toBe(true);
    const annexEntries = toc.filter((b) => b.lines[0] >= 20);
    expect(annexEntries).toHaveLength(29);
    expect(annexEntries.find((b) => b.lines[0] === 34)!.normalized).toBe('AI技術');
  });

  it('keeps the page number in the raw text but not in the normalised text', () => {
    const entry = seedDocument('ja').blocks.find((b) => b.lines[0] === 14)!;
    expect(entry.text).toBe('(2) 知の基盤（研究力）と人材育成の強化\t15');
    expect(entry.normalized).toBe('知の基盤(研究力)と人材育成の強化');
  });
});

describe('English front matter', () => {
  const front = findFrontMatter(seedLines('en'));

  it('has "[Tentative translation]", the title and the date before the table of contents', () => {
    expect(front.titleLines).toEqual([1, 3, 5]);
    expect(front.tocHeading).toBe(7);
    expect(seedDocument('en').blocks.slice(0, 3).map((b) => [b.kind, b.normalized])).toEqual([
      ['title', '[Tentative translation]'],
      ['title', 'Integrated Innovation Strategy 2025'],
      ['title', 'June 6, 2025 Cabinet decision'],
    ]);
  });

  it('reads entries with tab and dot-leader page numbers, and no annex', () => {
    expect(front.tocEntries.map((e) => [e.heading?.printed ?? null, e.page])).toEqual([
      ['1.', 1], ['2.', 1], ['(1)', 1], ['(2)', 21], ['(3)', 25], ['3.', 28], ['(1)', 28], ['(2)', 29], ['(3)', 31],
    ]);
    expect(front.tocEntries[3]!.title).toBe('Enhancement of Knowledge Bases (Research Capabilities) and Human Resource Development.');
    expect(front.bodyStart).toBe(18);
  });
});

describe('TOC lines', () => {
  it('end with a page number after a tab or a dot leader', () => {
    expect(isTocEntryLine('(3)\tImproving Innovation Capabilities\t. 31')).toBe(true);
    expect(isTocEntryLine('1. 基本的な考え方\t1')).toBe(true);
    expect(isTocEntryLine('Basic Concept ........ 12')).toBe(true);
    expect(isTocEntryLine('## 1. Basic Concept')).toBe(false);
    expect(isTocEntryLine('we will promote 14 issues back-cast from the needs of society 2030')).toBe(false);
  });

  it('are found without a 目次 heading when three come in a row', () => {
    const lines = seedLines('ja').slice(10, 20); // entries only
    const front = findFrontMatter(['統合イノベーション戦略 2025', '', ...lines, '', '1. 基本的な考え方', '', '- ・ 本文。']);
    expect(front.titleLines).toEqual([1]);
    expect(front.tocHeading).toBeNull();
    expect(front.tocEntries).toHaveLength(10);
    expect(front.bodyStart).toBe(13);
  });

  it('are a table, not a TOC, when body text comes before them', () => {
    const ja = seedLines('ja');
    const lines = [...ja.slice(0, 8), ...ja.slice(49, 56), '', ...ja.slice(33, 36)]; // title, chapter 1, then "(1) AI技術\t137"…
    const front = findFrontMatter(lines);
    expect(front.tocEntries).toEqual([]);
    expect(front.titleLines).toEqual([3, 5, 7]);
    expect(front.bodyStart).toBe(8);
  });
});
