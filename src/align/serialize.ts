// The alignment@1 JSON contract: what other tools may rely on. Internal fields stay out.
import type { Alignment, Block, Sentence, SentencePair } from '../model.js';
import { sentencePairLinks } from './links.js';

const blockJson = (b: Block) => ({ id: b.id, kind: b.kind, lines: b.lines, text: b.text });
const sentenceJson = (s: Sentence) => ({ id: s.id, lines: s.lines, text: s.text });

export function toAlignmentJson(alignment: Alignment, level: 'block' | 'sentence' = 'sentence') {
  return {
    schema: alignment.schema,
    ja: { path: alignment.ja.path, sha256: alignment.ja.sha256 },
    en: { path: alignment.en.path, sha256: alignment.en.sha256 },
    sections: alignment.sections,
    pairs: alignment.pairs.map((p) => ({
      id: p.id,
      type: p.type,
      score: p.score,
      section: p.section,
      ja: p.ja.map(blockJson),
      en: p.en.map(blockJson),
      ...(level === 'sentence'
        ? { sentences: p.sentences.map((s) => sentencePairJson(alignment, s)) }
        : {}),
    })),
  };
}

/** A sentence pair with its word links (src/align/links.ts) when it has both sides. */
function sentencePairJson(alignment: Alignment, s: SentencePair) {
  const found = sentencePairLinks(alignment, s);
  return {
    type: s.type,
    score: s.score,
    ja: s.ja.map(sentenceJson),
    en: s.en.map(sentenceJson),
    ...(found ? { links: found.links.map((l) => ({ ja: l.ja, en: l.en, source: l.source })), coverage: found.coverage } : {}),
  };
}
