// The seed pair, read, parsed, annotated and aligned once per test file.
import { readFileSync } from 'node:fs';
import { alignDocuments } from '../../src/align/index.js';
import { annotateDocument } from '../../src/anchors/index.js';
import type { Alignment, Document } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { readSource, sourceFromBytes } from '../../src/read/index.js';

export const JA_SEED = 'seeds/integrated-innovation-strategy-2025.ja.txt';
export const EN_SEED = 'seeds/integrated-innovation-strategy-2025.en.md';

export const seedText = (path: string) => readFileSync(path, 'utf8');

export function loadSeed(path: string): Document {
  return annotateDocument(parseDocument(readSource(path)));
}

export function documentFromText(text: string, path: string, lang: 'ja' | 'en'): Document {
  return annotateDocument(parseDocument(sourceFromBytes(Buffer.from(text, 'utf8'), path, lang)));
}

let cached: Alignment | undefined;
export function seedAlignment(): Alignment {
  cached ??= alignDocuments(loadSeed(JA_SEED), loadSeed(EN_SEED));
  return cached;
}
