// kuromoji, loaded once per process and only when a command needs tokens: its dictionary takes
// about 0.8 s and hundreds of MB to load, so nothing on the diff/align hot path may call this.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import type { Document } from '../model.js';

export interface Token {
  surface: string;
  pos: string; // 名詞, 動詞, …
  posDetail: string; // 一般, 固有名詞, サ変接続, …
  basic: string; // dictionary form ('*' in kuromoji becomes the surface)
  reading: string | null; // katakana reading when known
  start: number; // character offset in the tokenised text
}

let tokenizerPromise: Promise<Tokenizer<IpadicFeatures>> | null = null;

export function getTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  tokenizerPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const kuromoji = (await import('kuromoji')).default;
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    return new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
    });
  })();
  return tokenizerPromise;
}

export async function tokenize(text: string): Promise<Token[]> {
  const tokenizer = await getTokenizer();
  // kuromoji's word_position drifts after unknown-word runs such as ")」、", so offsets are counted
  // from the surfaces, which follow one another through the text.
  let at = 0;
  return tokenizer.tokenize(text).map((t) => {
    const found = text.indexOf(t.surface_form, at);
    const start = found < 0 ? at : found;
    at = start + t.surface_form.length;
    return {
      surface: t.surface_form,
      pos: t.pos,
      posDetail: t.pos_detail_1,
      basic: t.basic_form === '*' ? t.surface_form : t.basic_form,
      reading: t.reading && t.reading !== '*' ? t.reading : null,
      start,
    };
  });
}

/**
 * kuromoji tokens of every sentence of an annotated Japanese document, keyed by sentence id (a block
 * without sentences is tokenised whole, keyed by block id). Token offsets are relative to the
 * sentence's normalised text. Loads the dictionary on first use; English documents give an empty map.
 */
export async function tokenizeSentences(document: Document): Promise<Map<string, Token[]>> {
  const tokens = new Map<string, Token[]>();
  if (document.lang !== 'ja') return tokens;
  for (const block of document.blocks) {
    const units = block.sentences ?? [{ id: block.id, normalized: block.normalized }];
    for (const unit of units) tokens.set(unit.id, await tokenize(unit.normalized));
  }
  return tokens;
}
