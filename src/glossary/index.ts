// Alignment → ranked glossary candidates, and the terminology checks diff runs.
import { tokenize, type Token } from '../anchors/tokenizer.js';
import type { Alignment } from '../model.js';
import { glossaryCandidates, type GlossaryOptions } from './candidates.js';
import { alignedTexts } from './sentence-pairs.js';
import type { TermCandidate } from './types.js';

export { glossaryCandidates, DEFAULT_GLOSSARY, type GlossaryOptions } from './candidates.js';
export { alignedTexts, type AlignedText } from './sentence-pairs.js';
export { formatGlossary, GLOSSARY_FORMATS, type GlossaryFormat } from './formats.js';
export { glossaryFormatOf, readGlossary, type GlossaryInputFormat } from './glossary-file.js';
// Terminology findings are diff's (src/diff/detect/terminology.ts); the glossary supplies the term matching.
export type { GlossaryEntry } from './types.js';
export type { TermCandidate, TermExample, Evidence, EvidenceSource } from './types.js';

/** Tokenises the Japanese side with kuromoji (loaded on first use) and ranks the candidates. */
export async function buildGlossary(alignment: Alignment, options: Partial<GlossaryOptions> = {}): Promise<TermCandidate[]> {
  const texts = alignedTexts(alignment);
  const tokens: Token[][] = [];
  for (const text of texts) tokens.push(await tokenize(text.ja));
  return glossaryCandidates(texts, tokens, options);
}
