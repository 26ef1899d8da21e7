// Sections on the seed pair when one side lost a section's whole body.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { documentFromText } from '../../src/pipeline/index.js';
import { annotatedSeed, EN_SEED, seedText } from '../helpers/pipeline.js';

describe('alignSections', () => {
  it('matches a section by its title when its heading shares a line with its parent\'s and the English lost its body', () => {
    // seed ja line 278 prints two headings on one line, "①大学ファンドと…研究基盤の強化（大学ファンドを通じた
    // 世界最高水準の研究大学の実現）"; the English has them on lines 274 and 276, the second's only
    // paragraph on line 278, deleted here
    const lines = seedText(EN_SEED).split('\n');
    const english = documentFromText([...lines.slice(0, 277), ...lines.slice(278)].join('\n'), 'seed.en.md', 'en');
    const ja = annotatedSeed('ja');
    const alignment = alignDocuments(ja, english);
    const jaSection = ja.sections.find((s) => s.title === '大学ファンドを通じた世界最高水準の研究大学の実現')!;
    const enSection = english.sections.find((s) => s.title === 'Realization of World-Class Research Universities through the University Endowment Fund')!;
    expect(alignment.sections).toContainEqual(expect.objectContaining({ ja: jaSection.id, en: enSection.id }));
  });
});
