// The development corpus (../shared/dev-corpus, or DEV_CORPUS): real Wikipedia JA–EN pairs with gold
// links (NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles, CC BY-SA 3.0), and
// their alignment scored against the gold (eval/gold-score.js says how).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignFiles } from './lib.js';

export const CORPUS_DIR = process.env.DEV_CORPUS ?? new URL('../../shared/dev-corpus', import.meta.url).pathname;

export function corpusAvailable() {
  return existsSync(join(CORPUS_DIR, 'clean'));
}

/** The pairs of one part ('clean' or 'damaged'), in id order: texts, paths and gold. */
export function loadCorpus(part) {
  const dir = join(CORPUS_DIR, part);
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'gold.json')))
    .sort()
    .map((id) => {
      const jaPath = join(dir, id, 'ja.txt');
      const enPath = join(dir, id, 'en.md');
      return {
        id,
        part,
        jaPath,
        enPath,
        jaText: readFileSync(jaPath, 'utf8'),
        enText: readFileSync(enPath, 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, id, 'gold.json'), 'utf8')),
      };
    });
}

export function alignCorpusPair(pair) {
  return alignFiles(pair.jaPath, pair.enPath);
}

