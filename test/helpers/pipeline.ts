// The seed pair, read, parsed, annotated, aligned and diffed once per worker (the `shared` project
// shares modules between the files of a worker), through the public API. Callers only read them.
import { readFileSync } from 'node:fs';
import { alignDocuments, type Alignment, type DiffResult, type Document, documentFromText, loadDocument, readSource, runDiff } from '../../src/index.js';

export const JA_SEED = 'seeds/integrated-innovation-strategy-2025.ja.txt';
export const EN_SEED = 'seeds/integrated-innovation-strategy-2025.en.md';

export const seedText = (path: string) => readFileSync(path, 'utf8');

export function loadSeed(path: string): Document {
  return loadDocument(readSource(path));
}

export { documentFromText };

/** A development-corpus article kept in fixtures/dev-corpus/ (fixtures/README.md says which and why). */
export const devCorpusPath = (id: string, lang: 'ja' | 'en') => `fixtures/dev-corpus/${id}/${lang === 'ja' ? 'ja.txt' : 'en.md'}`;
export const devCorpusText = (id: string, lang: 'ja' | 'en') => readFileSync(devCorpusPath(id, lang), 'utf8');

/** That article read, parsed and annotated; `edit` changes its text first (a cut, a dropped paragraph). */
export function devCorpusArticle(id: string, lang: 'ja' | 'en', edit: (text: string) => string = (text) => text): Document {
  return documentFromText(edit(devCorpusText(id, lang)), devCorpusPath(id, lang), lang);
}

const seedDocuments = new Map<'ja' | 'en', Document>();
/** The seed document of a language, read, parsed and annotated once per worker (the one seedAlignment aligns). */
export function annotatedSeed(lang: 'ja' | 'en'): Document {
  let document = seedDocuments.get(lang);
  if (!document) {
    document = loadSeed(lang === 'ja' ? JA_SEED : EN_SEED);
    seedDocuments.set(lang, document);
  }
  return document;
}

let cached: Alignment | undefined;
export function seedAlignment(): Alignment {
  cached ??= alignDocuments(annotatedSeed('ja'), annotatedSeed('en'));
  return cached;
}

let cachedDiff: DiffResult | undefined;
/** What diff finds on the seed pair with the default options. */
export function seedDiff(): DiffResult {
  cachedDiff ??= runDiff(seedAlignment());
  return cachedDiff;
}
