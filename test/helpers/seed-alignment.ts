// A hand-made alignment of real seed excerpts: the title, chapter 1 and the start of 2 (1) ①, paired
// as a careful reader pairs them (line numbers refer to the seed files). Scores are chosen by hand
// to exercise score filters; they are not what the aligner computes.
import type { Section } from '../../src/model.js';
import { buildAlignment, buildPair, seedBlock } from './alignment-builder.js';

function section(id: string, number: string | null, title: string, level: number, lines: [number, number], parent: string | null): Section {
  return { id, number, title, level, lines, parent };
}

export const JA_SECTIONS: Section[] = [
  section('s1', '1.', '基本的な考え方', 1, [50, 56], null),
  section('s2', '2.', '第6期基本計画の総仕上げとしての取組の加速', 1, [58, 481], null),
  section('s2.1', '(1)', '先端科学技術の戦略的な推進', 2, [60, 300], 's2'),
  section('s2.1.1', '①', '重要分野の戦略的な推進', 3, [62, 200], 's2.1'),
  section('s2.1.1.1', null, '(AIイノベーション促進とリスク対応の両立)', 4, [64, 69], 's2.1.1'),
  section('s2.1.1.3', null, '(AI活用の推進)', 4, [86, 94], 's2.1.1'),
];

export const EN_SECTIONS: Section[] = [
  section('s1', '1.', 'Basic Concept', 1, [19, 25], null),
  section('s2', '2.', 'Promotion of Initiatives as the Final Stage of the 6th Basic Plan', 1, [27, 490], null),
  section('s2.1', '(1)', 'Strategic Promotion of Advanced Science and Technologies', 2, [29, 300], 's2'),
  section('s2.1.1', null, 'Strategic Promotion of Key Fields', 3, [31, 200], 's2.1'),
  section('s2.1.1.1', null, '(Promoting innovation while mitigating risks)', 4, [33, 39], 's2.1.1'),
  section('s2.1.1.3', null, '(Promotion of AI Utilization)', 4, [58, 71], 's2.1.1'),
];

/** Pairs p1–p10 in document order; see each comment for what it exercises. */
export function seedExcerptAlignment() {
  const ja = (id: string, lines: [number, number], kind: 'title' | 'toc' | 'heading' | 'paragraph' | 'bullet', section: string | null) =>
    seedBlock('ja', { id, lines, kind, section });
  const en = (id: string, lines: [number, number], kind: 'title' | 'toc' | 'heading' | 'paragraph' | 'bullet', section: string | null) =>
    seedBlock('en', { id, lines, kind, section });
  const pairs = [
    // p1: the English "[Tentative translation]" banner has no Japanese counterpart (0-1).
    buildPair({ id: 'p1', ja: [], en: [en('e1', [1, 1], 'heading', null)], score: 0.9, sentences: [{ ja: [], en: [0], score: 0.9 }] }),
    // p2: the title.
    buildPair({
      id: 'p2',
      ja: [ja('j1', [3, 3], 'title', null)],
      en: [en('e2', [3, 3], 'title', null)],
      score: 0.97,
      sentences: [{ ja: [0], en: [0], score: 0.97 }],
    }),
    // p3: the Japanese table of contents lists the annex 別添, which the English lacks (1-0).
    buildPair({ id: 'p3', ja: [ja('j2', [20, 20], 'toc', null)], en: [], score: 0.8, sentences: [{ ja: [0], en: [], score: 0.8 }] }),
    // p4: chapter heading.
    buildPair({
      id: 'p4',
      ja: [ja('j3', [50, 50], 'heading', 's1')],
      en: [en('e3', [19, 19], 'heading', 's1')],
      score: 0.95,
      sentences: [{ ja: [0], en: [0], score: 0.95 }],
    }),
    // p5: one sentence each side.
    buildPair({
      id: 'p5',
      ja: [ja('j4', [52, 52], 'bullet', 's1')],
      en: [en('e4', [21, 21], 'bullet', 's1')],
      score: 0.93,
      sentences: [{ ja: [0], en: [0], score: 0.93 }],
    }),
    // p6: four Japanese sentences, five English: the second Japanese one is two English ones (1-2).
    buildPair({
      id: 'p6',
      ja: [ja('j5', [53, 53], 'bullet', 's1')],
      en: [en('e5', [22, 22], 'bullet', 's1')],
      score: 0.91,
      sentences: [
        { ja: [0], en: [0], score: 0.9 },
        { ja: [1], en: [1, 2], score: 0.82 },
        { ja: [2], en: [3], score: 0.88 },
        { ja: [3], en: [4], score: 0.9 },
      ],
    }),
    // p7: topic heading, given a low score to exercise --min-score.
    buildPair({
      id: 'p7',
      ja: [ja('j6', [64, 64], 'heading', 's2.1.1.1')],
      en: [en('e6', [33, 33], 'heading', 's2.1.1.1')],
      score: 0.42,
      sentences: [{ ja: [0], en: [0], score: 0.42 }],
    }),
    // p8: the English paragraph is broken by a page break (lines 35 and 37).
    buildPair({
      id: 'p8',
      ja: [ja('j7', [66, 66], 'bullet', 's2.1.1.1')],
      en: [en('e7', [35, 37], 'bullet', 's2.1.1.1')],
      score: 0.89,
      sentences: [
        { ja: [0], en: [0, 1], score: 0.86 },
        { ja: [1], en: [2], score: 0.9 },
        { ja: [2], en: [3], score: 0.92 },
      ],
    }),
    // p9: the Japanese paragraph is broken by a page break (lines 67 and 69).
    buildPair({
      id: 'p9',
      ja: [ja('j8', [67, 69], 'bullet', 's2.1.1.1')],
      en: [en('e8', [39, 39], 'paragraph', 's2.1.1.1')],
      score: 0.87,
      sentences: [
        { ja: [0], en: [0], score: 0.85 },
        { ja: [1], en: [1], score: 0.88 },
      ],
    }),
    // p10: the English bullet is hard-wrapped over five indented lines (64–68).
    buildPair({
      id: 'p10',
      ja: [ja('j9', [93, 93], 'bullet', 's2.1.1.3')],
      en: [en('e9', [64, 68], 'bullet', 's2.1.1.3')],
      score: 0.9,
      sentences: [{ ja: [0], en: [0], score: 0.9 }],
    }),
  ];
  return buildAlignment(pairs, { ja: JA_SECTIONS, en: EN_SECTIONS });
}
