// kuromoji: one tokenizer per process, tokens per sentence of the Japanese seed.
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../src/anchors/index.js';
import { getTokenizer, tokenize, tokenizeSentences } from '../../src/anchors/tokenizer.js';
import { blockAt, seedDocument } from '../helpers/seeds.js';

describe('kuromoji tokens', () => {
  const ja = annotateDocument(seedDocument('ja'));

  it('are loaded once per process', async () => {
    const [first, second] = await Promise.all([getTokenizer(), getTokenizer()]);
    expect(first).toBe(second);
    expect(await getTokenizer()).toBe(first);
  });

  it('cover every sentence of the Japanese seed, surfaces in order, offsets into the sentence', async () => {
    const tokens = await tokenizeSentences(ja);
    const sentences = ja.blocks.flatMap((b) => b.sentences ?? []);
    expect([...tokens.keys()]).toEqual(sentences.map((s) => s.id));
    for (const s of sentences) {
      const list = tokens.get(s.id)!;
      expect(list.map((t) => t.surface).join('')).toBe(s.normalized);
      for (const t of list) expect(s.normalized.slice(t.start, t.start + t.surface.length)).toBe(t.surface);
    }
  });

  it('carry parts of speech, and split 令和 (which is why dates are read from the text)', async () => {
    const sentence = blockAt(ja, 211).sentences![0]!; // 基幹ロケットについて、令和6年2月にH3ロケット試験機2号機の…
    const tokens = await tokenize(sentence.normalized);
    expect(tokens.find((t) => t.surface === 'ロケット')).toMatchObject({ pos: '名詞', reading: 'ロケット' });
    expect(tokens.some((t) => t.surface === '令和')).toBe(false);
    expect(sentence.anchors.find((a) => a.type === 'date')).toMatchObject({ text: '令和6年2月', value: '2024-02' });
  });

  it('are not computed for English', async () => {
    expect((await tokenizeSentences(annotateDocument(seedDocument('en')))).size).toBe(0);
  });
});
