// The real outline of both seeds: chapters 1–3, sections (1)–(3) under chapters 2 and 3, items ①②③
// under each (also where the English dropped or garbled the marker), topic headings under those.
import { describe, expect, it } from 'vitest';
import type { Document, Section } from '../../src/model.js';
import { blockAt, numberPath, sectionById, seedDocument } from '../helpers/seeds.js';

const ja = seedDocument('ja');
const en = seedDocument('en');

const atLevel = (doc: Document, level: number) => doc.sections.filter((s) => s.level === level);
const opened = (doc: Document, line: number): Section => sectionById(doc, blockAt(doc, line).opens);

const ITEM_PATHS = ['2 (1)', '2 (2)', '2 (3)', '3 (1)', '3 (2)', '3 (3)'].flatMap((s) => ['①', '②', '③'].map((i) => `${s} ${i}`));

describe.each([
  ['ja', ja],
  ['en', en],
] as const)('%s outline', (_lang, doc) => {
  it('has chapters 1, 2, 3', () => {
    expect(atLevel(doc, 1).map((s) => s.number)).toEqual(['1', '2', '3']);
  });

  it('has sections (1)–(3) under chapters 2 and 3', () => {
    expect(atLevel(doc, 2).map((s) => numberPath(doc, s))).toEqual(['2 (1)', '2 (2)', '2 (3)', '3 (1)', '3 (2)', '3 (3)']);
  });

  it('has items ①②③ under every section', () => {
    expect(atLevel(doc, 3).map((s) => numberPath(doc, s))).toEqual(ITEM_PATHS);
  });

  it('puts every topic heading under an item, with no number', () => {
    for (const topic of atLevel(doc, 4)) {
      expect(topic.number).toBeNull();
      expect(sectionById(doc, topic.parent).level).toBe(3);
    }
  });

  it('gives sections ids s1, s2, … in document order, each parent opened before its child', () => {
    doc.sections.forEach((section, i) => {
      expect(section.id).toBe(`s${i + 1}`);
      if (section.parent) {
        const parent = sectionById(doc, section.parent);
        expect(parent.level).toBeLessThan(section.level);
        expect(parent.lines[0]).toBeLessThanOrEqual(section.lines[0]);
        expect(parent.lines[1]).toBeGreaterThanOrEqual(section.lines[1]);
      }
    });
  });

  it('lets a section run from its heading to the last line before the next heading of its level or above', () => {
    for (const [i, section] of doc.sections.entries()) {
      const next = doc.sections.slice(i + 1).find((s) => s.level <= section.level);
      if (next) expect(section.lines[1]).toBeLessThan(next.lines[0]);
      const inside = doc.blocks.filter((b) => b.lines[0] >= section.lines[0] && b.lines[1] <= section.lines[1]);
      expect(inside.at(-1)!.lines[1]).toBe(section.lines[1]);
    }
  });

  it('assigns a heading block to the section it opens, any other block to the innermost one around it', () => {
    for (const block of doc.blocks) {
      if (block.kind === 'title' || block.kind === 'toc') expect(block.section).toBeNull();
      else if (block.kind === 'heading') expect(block.section).toBe(block.opens);
      else {
        const around = doc.sections.filter((s) => s.lines[0] < block.lines[0] && block.lines[1] <= s.lines[1]);
        expect(block.section).toBe(around.at(-1)?.id ?? null);
      }
    }
  });

  it('has one heading block per section, except the topic that shares a line with its item', () => {
    const opening = new Set(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.opens));
    const without = doc.sections.filter((s) => !opening.has(s.id));
    for (const section of without) {
      expect(section.level).toBe(4);
      expect(blockAt(doc, section.lines[0]).opens).toBe(section.parent);
    }
  });
});

describe('the two languages agree on the outline', () => {
  it('has the same number of topic headings under every item', () => {
    const topicsPerItem = (doc: Document) =>
      atLevel(doc, 3).map((item) => [numberPath(doc, item), doc.sections.filter((s) => s.parent === item.id).length]);
    expect(topicsPerItem(en)).toEqual(topicsPerItem(ja));
    expect(atLevel(en, 4).length).toBe(atLevel(ja, 4).length);
  });
});

describe('numbering from the scheme, not from markdown', () => {
  it('reads the English "#" depth as nothing: chapters, sections, items and topics at every depth', () => {
    expect(opened(en, 19)).toMatchObject({ level: 1, number: '1', title: 'Basic Concept' }); // "## 1."
    expect(opened(en, 29)).toMatchObject({ level: 2, number: '(1)' }); // "## (1)"
    expect(opened(en, 260)).toMatchObject({ level: 3, number: '③', printed: '③' }); // "# ③"
    expect(opened(en, 41)).toMatchObject({ level: 4, number: null, title: 'Promotion of Research and Development of AI, etc.' }); // "## (…)"
    expect(opened(en, 49)).toMatchObject({ level: 4 }); // "#### (…)"
    expect(opened(en, 100)).toMatchObject({ level: 4 }); // "### (…)"
    expect(opened(en, 33)).toMatchObject({ level: 4, title: 'Promoting innovation while mitigating risks' }); // no "#"
  });

  it('reads an English bare digit as the circled item number the PDF lost', () => {
    for (const [line, number] of [[298, '②'], [317, '③'], [339, '①'], [407, '①'], [426, '①'], [455, '①'], [472, '②'], [478, '③']] as const) {
      const item = opened(en, line);
      expect(item.level).toBe(3);
      expect(item.number).toBe(number);
      expect(item.printed).toBe(String('①②③'.indexOf(number) + 1));
    }
    expect(opened(en, 339).title).toBe('Thorough Support for R&D Startups');
  });

  it('numbers the items whose marker the English dropped, and says it was not printed', () => {
    for (const [line, number, title] of [
      [31, '①', 'Strategic Promotion of Key Fields'],
      [250, '②', 'Promotion of R&D on Key Technologies for Economic Security and Strengthening Research and Study Functions'],
      [274, '①', 'Strengthening Research Base through University Endowment Fund'],
      [415, '②', 'Promotion of Global Strategy'],
      [420, '③', 'Thorough Implementation of Research Security and Integrity Initiatives'],
    ] as const) {
      const item = opened(en, line);
      expect(item).toMatchObject({ level: 3, number, printed: null });
      expect(item.title.startsWith(title)).toBe(true);
    }
  });

  it('reads "# (3) Promotion of International talent mobility…" as item ③, since the real (3) follows', () => {
    const garbled = opened(en, 442);
    expect(garbled).toMatchObject({ level: 3, number: '③', printed: '(3)' });
    expect(numberPath(en, garbled)).toBe('3 (2) ③');
    expect(opened(en, 453)).toMatchObject({ level: 2, number: '(3)', title: 'Improving Innovation Capabilities' });
  });

  it('reads "- (2) Enhancement of Knowledge Bases…" (a list item in the English) as section (2)', () => {
    expect(opened(en, 273)).toMatchObject({ level: 2, number: '(2)', printed: '(2)' });
    expect(numberPath(en, opened(en, 276))).toBe('2 (2) ① (Realization of World-Class Research Universities through the University Endowment Fund)');
  });

  it('keeps circled numbers as circled numbers (NFKC would make ① a 1)', () => {
    const jaItems = atLevel(ja, 3);
    expect(jaItems.every((s) => /^[①②③]$/.test(s.number!) && s.printed === s.number)).toBe(true);
    expect(opened(ja, 62)).toMatchObject({ number: '①', title: '重要分野の戦略的な推進' });
    expect(blockAt(ja, 62).text).toBe('① 重要分野の戦略的な推進');
  });

  it('reads full- and half-width parentheses alike, with or without a space', () => {
    expect(opened(ja, 276)).toMatchObject({ level: 2, number: '(2)', printed: '(2)', title: '知の基盤(研究力)と人材育成の強化' });
    expect(opened(ja, 338)).toMatchObject({ level: 2, number: '(3)', title: 'イノベーション・エコシステムの形成' });
    expect(opened(ja, 86)).toMatchObject({ level: 4, title: 'AI活用の推進' }); // "(A I 活用の推進)"
    expect(opened(ja, 96)).toMatchObject({ level: 4, title: 'AIの適正性の確保' }); // "（A Iの適正性の確保）"
    expect(opened(ja, 245)).toMatchObject({ level: 4, title: 'エビデンスシステム(e-CSTI)の活用による分析機能強化' });
  });

  it('repairs the PDF spacing in Japanese titles', () => {
    expect(opened(ja, 58).title).toBe('第6期基本計画の総仕上げとしての取組の加速'); // "第 6 期"
    expect(opened(ja, 263).title).toBe('SIP、BRIDGE、ムーンショット型研究開発制度等を通じた研究開発・社会実装の推進');
  });
});

describe('the line that carries two headings (JA 278)', () => {
  const block = blockAt(ja, 278);
  const item = sectionById(ja, block.opens);
  const topic = ja.sections.find((s) => s.parent === item.id && s.lines[0] === 278)!;

  it('is one heading block opening item ①', () => {
    expect(block).toMatchObject({ kind: 'heading', lines: [278, 278], section: item.id });
    expect(item).toMatchObject({ level: 3, number: '①', title: '大学ファンドと地域中核・特色ある研究大学振興、国研の機能強化等を通じた研究基盤の強化' });
    expect(numberPath(ja, item)).toBe('2 (2) ①');
  });

  it('also opens the topic heading printed after the item title', () => {
    expect(topic).toMatchObject({ level: 4, number: null, title: '大学ファンドを通じた世界最高水準の研究大学の実現' });
    expect(blockAt(ja, 280).section).toBe(topic.id);
    expect(topic.lines).toEqual([278, 280]);
  });

  it('keeps both titles in the normalised text', () => {
    expect(block.normalized).toBe(`${item.title}(${topic.title})`);
  });
});
