// Builds model objects (Pair, Alignment) by hand from the real seed's blocks, for tests of
// stages downstream of align (export, diff, report) that should not depend on parse/anchors/align.
//
// Blocks are the real pipeline's (read → parse → annotate), found by their seed lines, so a test
// states only which blocks pair up and how well; text, normalisation, sentences and line maps are
// never reimplemented here.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument, readSource } from '../../src/index.js';
import type {
  Alignment,
  Block,
  BlockKind,
  Document,
  Lang,
  LineRange,
  Pair,
  PairType,
  Section,
  Sentence,
  SentencePair,
} from '../../src/index.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_PATHS: Record<Lang, string> = {
  ja: join(REPO_ROOT, 'seeds', 'integrated-innovation-strategy-2025.ja.txt'),
  en: join(REPO_ROOT, 'seeds', 'integrated-innovation-strategy-2025.en.md'),
};

export interface BlockSpec {
  id: string;
  lines: LineRange;
  kind?: BlockKind;
  section?: string | null;
}

const parsedSeeds = new Map<Lang, Document>();

/** The seed as the real pipeline reads, parses and annotates it (once per test file). */
export function parsedSeed(lang: Lang): Document {
  let document = parsedSeeds.get(lang);
  if (!document) {
    document = loadDocument(readSource(SEED_PATHS[lang]));
    parsedSeeds.set(lang, document);
  }
  return document;
}

/**
 * The block the real parse stage makes of these seed lines, with its real text, normalised text,
 * line map, sentences and anchors; the spec names it and places it (id, kind, section), so that a
 * test's pairing reads the same whatever ids the parser gives.
 */
export function seedBlock(lang: Lang, spec: BlockSpec): Block {
  const block = parsedSeed(lang).blocks.find((b) => b.lines[0] === spec.lines[0] && b.lines[1] === spec.lines[1]);
  if (!block) throw new Error(`the ${lang} seed has no block of lines ${spec.lines.join('-')}`);
  const sentences = (block.sentences ?? []).map((sentence, index) => ({ ...sentence, id: `${spec.id}.${index + 1}` }));
  return { ...block, id: spec.id, kind: spec.kind ?? block.kind, section: spec.section ?? null, sentences };
}

function typeOf(ja: number, en: number): PairType {
  return `${Math.min(ja, 2)}-${Math.min(en, 2)}` as PairType;
}

export interface PairSpec {
  id: string;
  ja: Block[];
  en: Block[];
  score: number;
  /** Sentence pairs as indexes into the concatenated sentences of each side, with their score. */
  sentences?: Array<{ ja: number[]; en: number[]; score: number }>;
}

export function buildPair(spec: PairSpec): Pair {
  const jaSentences = spec.ja.flatMap((block) => block.sentences ?? []);
  const enSentences = spec.en.flatMap((block) => block.sentences ?? []);
  const pick = (all: Sentence[], indexes: number[]) =>
    indexes.map((i) => {
      const sentence = all[i];
      if (!sentence) throw new Error(`pair ${spec.id}: no sentence ${i}`);
      return sentence;
    });
  const sentences: SentencePair[] = (spec.sentences ?? []).map((s) => ({
    type: typeOf(s.ja.length, s.en.length),
    score: s.score,
    ja: pick(jaSentences, s.ja),
    en: pick(enSentences, s.en),
  }));
  return {
    id: spec.id,
    type: typeOf(spec.ja.length, spec.en.length),
    score: spec.score,
    section: { ja: spec.ja[0]?.section ?? null, en: spec.en[0]?.section ?? null },
    ja: spec.ja,
    en: spec.en,
    sentences,
  };
}

/** The parsed seed's header (path, encoding, hash) with the given sections and blocks. */
export function buildDocument(lang: Lang, sections: Section[], blocks: Block[]): Document {
  return { ...parsedSeed(lang), sections, blocks };
}

export function buildAlignment(pairs: Pair[], sections: { ja: Section[]; en: Section[] }): Alignment {
  return {
    schema: 'strategy-align/alignment@1',
    ja: buildDocument('ja', sections.ja, pairs.flatMap((p) => p.ja)),
    en: buildDocument('en', sections.en, pairs.flatMap((p) => p.en)),
    sections: [],
    pairs,
  };
}
