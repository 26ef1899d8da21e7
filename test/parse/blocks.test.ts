// Block boundaries of the real seeds, read off the files by hand: kind and [first, last] line of the
// block that owns a line, every PDF page-break join, and full coverage of the non-blank lines.
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../src/model.js';
import { blockAt, seedDocument, seedLines } from '../helpers/seeds.js';

type Pin = [line: number, kind: BlockKind, first: number, last: number, why: string];

const EN_PINS: Pin[] = [
  [1, 'title', 1, 1, '"## [Tentative translation]" is title matter, not a heading'],
  [3, 'title', 3, 3, 'document title'],
  [5, 'title', 5, 5, 'date and cabinet decision'],
  [7, 'toc', 7, 7, '"## **Table of Contents**"'],
  [9, 'toc', 9, 9, 'first TOC entry "1.\\tBasic Concept\\t1" is not chapter 1'],
  [12, 'toc', 12, 12, 'TOC entry with a ". 21" page leader'],
  [17, 'toc', 17, 17, 'last TOC entry'],
  [19, 'heading', 19, 19, 'chapter 1'],
  [21, 'bullet', 21, 21, 'first "- " bullet'],
  [35, 'bullet', 35, 37, 'page break inside "…disinformation and / misinformation…"'],
  [39, 'paragraph', 39, 39, 'after "…across national borders." a new paragraph, not a join'],
  [51, 'bullet', 51, 53, '"•" bullet continued by "- and we will promote…"'],
  [54, 'bullet', 54, 54, 'the bullet after a joined one starts fresh'],
  [64, 'bullet', 64, 68, 'hard-wrapped indented continuation lines'],
  [69, 'bullet', 69, 72, 'hard-wrapped bullet right after another'],
  [87, 'bullet', 87, 89, 'hard-wrapped bullet'],
  [97, 'bullet', 97, 97, 'blank line between two finished bullets is no join'],
  [114, 'bullet', 114, 116, 'hard-wrapped bullet after a blank line'],
  [127, 'bullet', 127, 127, '"•" bullet after a blank line'],
  [133, 'bullet', 133, 135, 'page break after "Field-Reversed Configuration,"'],
  [153, 'paragraph', 153, 153, 'paragraph under "#### (Formation of a Digital Society)"'],
  [163, 'bullet', 163, 165, 'page break after "seeds for regenerative"'],
  [167, 'bullet', 167, 167, 'new bullet after a joined one'],
  [169, 'bullet', 169, 173, 'hard-wrapped bullet'],
  [209, 'bullet', 209, 211, 'page break after "In addition,"'],
  [236, 'bullet', 236, 238, 'continuation starting "- formulated…"'],
  [264, 'bullet', 264, 266, 'page break after "… in normal times. In"'],
  [273, 'heading', 273, 273, '"- (2) Enhancement…" is section (2) rendered as a list item'],
  [274, 'heading', 274, 274, 'nested list item that is item ① without its marker'],
  [276, 'heading', 276, 276, 'topic heading without #'],
  [304, 'bullet', 304, 306, '"…ultra-high-speed, high-" / "- capacity network…"'],
  [321, 'bullet', 321, 323, 'continuation starting uppercase "Doctoral Personnel" after "…Success of"'],
  [357, 'bullet', 357, 359, 'page break after "…by expanding the"'],
  [387, 'paragraph', 387, 389, 'hard-wrapped paragraph without bullet'],
  [393, 'bullet', 393, 395, 'page break after "…large funds for R&D"'],
  [411, 'bullet', 411, 413, 'page break after "…development related"'],
  [432, 'bullet', 432, 434, 'continuation "- research facilities…"'],
  [442, 'heading', 442, 442, '"# (3) Promotion of International talent…" is item ③'],
  [448, 'paragraph', 448, 451, 'hard-wrapped paragraph after a finished bullet'],
  [468, 'bullet', 468, 470, 'page break after "…and \\"using\\" in"'],
  [491, 'bullet', 491, 491, 'last line, no trailing newline'],
];

const JA_PINS: Pin[] = [
  [3, 'title', 3, 3, 'document title'],
  [5, 'title', 5, 5, 'date (令和 7 年 6 月 6 日)'],
  [7, 'title', 7, 7, '閣 議 決 定'],
  [9, 'toc', 9, 9, '目次'],
  [11, 'toc', 11, 11, '"1. 基本的な考え方\\t1" is a TOC entry, not chapter 1'],
  [20, 'toc', 20, 20, 'the annex 別添, which the English lacks'],
  [21, 'toc', 21, 21, 'annex entry "1. 国民の安全と安心…"'],
  [34, 'toc', 34, 34, 'annex entry "(1) AI技術"'],
  [48, 'toc', 48, 48, 'last annex entry'],
  [50, 'heading', 50, 50, 'chapter 1'],
  [52, 'bullet', 52, 52, '"- ・" bullet'],
  [66, 'bullet', 66, 66, 'finished bullet before the joined one'],
  [67, 'bullet', 67, 69, 'page break after "…視野に入れつつ、A I の"'],
  [89, 'bullet', 89, 89, 'bullet ending 。 before a page break'],
  [91, 'bullet', 91, 91, 'bullet after a page break'],
  [144, 'bullet', 144, 146, 'page break after "…結集して技術"'],
  [168, 'bullet', 168, 170, 'page break after "…次世代"'],
  [202, 'bullet', 202, 204, 'page break after "…月面"'],
  [206, 'bullet', 206, 206, 'new bullet after a joined one'],
  [230, 'bullet', 230, 232, 'page break after "…技術等の"'],
  [239, 'bullet', 239, 241, 'page break inside a word: "推進す" / "る。"'],
  [255, 'bullet', 255, 257, 'page break after "…強化等に"'],
  [267, 'bullet', 267, 269, 'page break inside a word: "地震調査研" / "究推進本部"'],
  [276, 'heading', 276, 276, 'full-width "（2）" section'],
  [278, 'heading', 278, 278, 'a line carrying two headings is ONE block'],
  [284, 'bullet', 284, 286, 'page break after "…国際展開を"'],
  [326, 'bullet', 326, 328, 'page break after "…環境の整備"'],
  [338, 'heading', 338, 338, '"（3）イノベーション…" with no space'],
  [367, 'bullet', 367, 369, 'page break inside a word: "取" / "集・公表"'],
  [392, 'bullet', 392, 394, 'page break after "…長い"'],
  [456, 'bullet', 456, 458, 'page break after "…行政"'],
  [480, 'bullet', 480, 480, 'last bullet'],
  [482, 'paragraph', 482, 482, '"(以上)" closes the document; not a topic heading'],
];

/** Page-break joins found by reading the seeds: [first line, last line] of the joined block. */
const EN_JOINS = [
  [35, 37], [51, 53], [133, 135], [163, 165], [209, 211], [236, 238], [264, 266],
  [304, 306], [321, 323], [357, 359], [393, 395], [411, 413], [432, 434], [468, 470],
];
const JA_JOINS = [
  [67, 69], [144, 146], [168, 170], [202, 204], [230, 232], [239, 241], [255, 257],
  [267, 269], [284, 286], [326, 328], [367, 369], [392, 394], [456, 458],
];

describe.each([
  ['en', EN_PINS, EN_JOINS],
  ['ja', JA_PINS, JA_JOINS],
] as const)('%s seed blocks', (lang, pins, joins) => {
  const doc = seedDocument(lang);
  const lines = seedLines(lang);

  it.each(pins)('line %i is a %s block spanning %i–%i (%s)', (line, kind, first, last) => {
    const block = blockAt(doc, line);
    expect(block.kind).toBe(kind);
    expect(block.lines).toEqual([first, last]);
  });

  it('every non-blank line is in exactly one block, and block lines are non-blank ends', () => {
    const owners = new Map<number, string[]>();
    for (const block of doc.blocks) {
      expect(lines[block.lines[0] - 1]!.trim()).not.toBe('');
      expect(lines[block.lines[1] - 1]!.trim()).not.toBe('');
      for (let n = block.lines[0]; n <= block.lines[1]; n++) {
        if (lines[n - 1]!.trim() !== '') owners.set(n, [...(owners.get(n) ?? []), block.id]);
      }
    }
    lines.forEach((line, i) => {
      if (line.trim() !== '') expect(owners.get(i + 1), `line ${i + 1}`).toHaveLength(1);
    });
  });

  it('blocks are in document order with ids b1, b2, …', () => {
    doc.blocks.forEach((block, i) => {
      expect(block.id).toBe(`b${i + 1}`);
      if (i > 0) expect(block.lines[0]).toBeGreaterThan(doc.blocks[i - 1]!.lines[1]);
    });
  });

  it('maps every non-blank line of a body block into its normalised text, in order', () => {
    for (const block of doc.blocks) {
      const offsets = block.lineMap.map(([offset]) => offset);
      const mapped = block.lineMap.map(([, line]) => line);
      expect(offsets[0]).toBe(0);
      expect(offsets.every((o, i) => i === 0 || o > offsets[i - 1]!)).toBe(true);
      expect(offsets.every((o) => o < Math.max(1, block.normalized.length))).toBe(true);
      if (block.kind === 'paragraph' || block.kind === 'bullet') {
        const nonBlank = [];
        for (let n = block.lines[0]; n <= block.lines[1]; n++) if (lines[n - 1]!.trim() !== '') nonBlank.push(n);
        expect(mapped).toEqual(nonBlank);
      } else {
        expect(mapped).toEqual([block.lines[0]]);
      }
    }
  });

  it('the page-break joins are exactly the ones found by reading the file', () => {
    const spanningBlank = doc.blocks
      .filter((block) => lines.slice(block.lines[0] - 1, block.lines[1]).some((line) => line.trim() === ''))
      .map((block) => [block.lines[0], block.lines[1]]);
    expect(spanningBlank).toEqual(joins);
  });

  it('a joined block keeps the raw lines and maps each one into the normalised text', () => {
    for (const [first, last] of joins) {
      const block = blockAt(doc, first!);
      expect(block.text).toBe([lines[first! - 1], lines[last! - 1]].join('\n'));
      expect(block.lineMap.map(([, line]) => line)).toEqual([first, last]);
      const [, [offset]] = block.lineMap as [[number, number], [number, number]];
      expect(offset).toBeGreaterThan(0);
      expect(block.normalized.length).toBeGreaterThan(offset);
    }
  });
});

describe('joined text', () => {
  it('English words broken by a page break join with one space, a hyphenated word without', () => {
    const en = seedDocument('en');
    expect(blockAt(en, 35).normalized).toContain('disinformation and misinformation, increasing');
    expect(blockAt(en, 51).normalized).toContain('indispensable for AI development, and we will promote');
    expect(blockAt(en, 304).normalized).toContain('ultra-high-speed, high-capacity network infrastructure (SINET)');
    expect(blockAt(en, 64).normalized).toContain('Guideline for Japanese Governments\' Procurements and Utilizations of Generative AI for the Sake');
  });

  it('Japanese joins without a space, even inside a word', () => {
    const ja = seedDocument('ja');
    expect(blockAt(ja, 67).normalized).toContain('視野に入れつつ、AIの研究開発や活用の動向等を踏まえ');
    expect(blockAt(ja, 239).normalized).toContain('推進する。自然資本の保全');
    expect(blockAt(ja, 267).normalized).toContain('地震調査研究推進本部');
  });

  it('list markers are not part of the normalised text', () => {
    expect(blockAt(seedDocument('ja'), 52).normalized.startsWith('統合イノベーション戦略2025(以下「統合戦略2025」という。)')).toBe(true);
    expect(blockAt(seedDocument('en'), 127).normalized.startsWith('In addition, with a view')).toBe(true);
    expect(blockAt(seedDocument('en'), 21).normalized.startsWith('The Integrated Innovation Strategy 2025')).toBe(true);
  });
});
