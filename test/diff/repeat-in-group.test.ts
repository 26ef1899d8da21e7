// An English sentence that says again, in other words, what an earlier sentence of its group says
// (src/diff/detect/duplication.ts, repeatsInGroups): the seed pair (Integrated Innovation Strategy
// 2025, Cabinet Office of Japan, and its tentative English translation) and a development-corpus
// article (fixtures/dev-corpus/HST01424-damaged; NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles, CC BY-SA 3.0).
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { repeatsInGroups } from '../../src/diff/detect/duplication.js';
import type { Alignment } from '../../src/model.js';
import { devCorpusArticle, seedAlignment } from '../helpers/pipeline.js';

/** The group (one Japanese sentence, several English) whose English sentence opens with `opening`, and that sentence's place in it. */
function groupOf(alignment: Alignment, opening: string) {
  for (const pair of alignment.pairs) {
    for (const sp of pair.sentences) {
      const i = sp.en.findIndex((s) => s.normalized.startsWith(opening));
      if (i >= 0) return { sp, i };
    }
  }
  return null;
}

describe('an English sentence said again within its group', () => {
  it('is found where the seed says the Technology Map and Catalog twice (ja 164 / en 153), and nowhere else on the seed', () => {
    const found = repeatsInGroups(seedAlignment());
    expect(found.map((d) => [d.ja!.lines[0], d.en!.lines[0], d.en!.text.slice(0, 60)])).toEqual([
      [164, 153, 'In addition, we will make efforts to disseminate information'],
    ]);
    expect(found[0]!.message).toContain('("At the same time, we will promote the …")');
  });

  it('is not an English sentence that goes on with the Japanese, though the words the Japanese says once that it links the earlier sentence links too', () => {
    const alignment = alignDocuments(devCorpusArticle('HST01424-damaged', 'ja'), devCorpusArticle('HST01424-damaged', 'en'));
    // the English writes the Japanese sentence as two: the second shares a quarter of its words with the first
    const group = groupOf(alignment, 'The domestic economy of the Crown Prince was, in fact, managed');
    expect(group?.i).toBeGreaterThan(0);
    expect(repeatsInGroups(alignment)).toEqual([]);
  });

  it('is not a seed sentence that goes on with the Japanese, though it shares more than half its words with the one before it (en 215)', () => {
    const group = groupOf(seedAlignment(), 'We have also decided on the technology development themes (Phase 2)');
    expect(group?.i).toBeGreaterThan(0);
    expect(repeatsInGroups(seedAlignment()).filter((d) => d.en!.lines[0] === 215)).toEqual([]);
  });
});
