// The seed pair, read, parsed, annotated and aligned once per test file, through the public API.
import { readFileSync } from 'node:fs';
import { alignDocuments, type Alignment, type Document, documentFromText, loadDocument, readSource } from '../../src/index.js';

export const JA_SEED = 'seeds/integrated-innovation-strategy-2025.ja.txt';
export const EN_SEED = 'seeds/integrated-innovation-strategy-2025.en.md';

export const seedText = (path: string) => readFileSync(path, 'utf8');

export function loadSeed(path: string): Document {
  return loadDocument(readSource(path));
}

export { documentFromText };

let cached: Alignment | undefined;
export function seedAlignment(): Alignment {
  cached ??= alignDocuments(loadSeed(JA_SEED), loadSeed(EN_SEED));
  return cached;
}
