// The alignment@1 JSON contract: what other tools may rely on. Internal fields stay out.
import type { Alignment, Block, Pair, Sentence, SentencePair } from '../model.js';
import { sentencePairLinks } from './links.js';

const blockJson = (b: Block) => ({ id: b.id, kind: b.kind, lines: b.lines, text: b.text });
const sentenceJson = (s: Sentence) => ({ id: s.id, lines: s.lines, text: s.text });

export type AlignmentLevel = 'block' | 'sentence';

export function toAlignmentJson(alignment: Alignment, level: AlignmentLevel = 'sentence') {
  return { ...alignmentHeaderJson(alignment), pairs: alignment.pairs.map((p) => pairJson(alignment, p, level)) };
}

/** Everything of the contract but the pairs, in its key order (the pairs come last). */
function alignmentHeaderJson(alignment: Alignment) {
  return {
    schema: alignment.schema,
    ja: { path: alignment.ja.path, sha256: alignment.ja.sha256 },
    en: { path: alignment.en.path, sha256: alignment.en.sha256 },
    sections: alignment.sections,
  };
}

function pairJson(alignment: Alignment, p: Pair, level: AlignmentLevel) {
  return {
    id: p.id,
    type: p.type,
    score: p.score,
    section: p.section,
    ja: p.ja.map(blockJson),
    en: p.en.map(blockJson),
    ...(level === 'sentence' ? { sentences: p.sentences.map((s) => sentencePairJson(alignment, s)) } : {}),
  };
}

/**
 * `JSON.stringify(toAlignmentJson(…), null, 2)` and a line break, the same bytes, pair by pair: a
 * long document's alignment (its word links above all) is never one object tree or one string.
 */
export function* alignmentJsonChunks(alignment: Alignment, level: AlignmentLevel): Generator<string> {
  if (alignment.pairs.length === 0) {
    yield `${JSON.stringify(toAlignmentJson(alignment, level), null, 2)}\n`;
    return;
  }
  const head = JSON.stringify({ ...alignmentHeaderJson(alignment), pairs: [] }, null, 2);
  // head ends `"pairs": []\n}`; each pair sits two levels deep (JSON strings hold no raw line break)
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  for (const [index, pair] of alignment.pairs.entries()) {
    const json = JSON.stringify(pairJson(alignment, pair, level), null, 2).replace(/\n/g, '\n    ');
    yield `${index === 0 ? '' : ',\n'}    ${json}`;
  }
  yield '\n  ]\n}\n';
}

/** The alignment as JSON lines: the header (the contract without its pairs), then one pair a line. */
export function* alignmentJsonlChunks(alignment: Alignment, level: AlignmentLevel): Generator<string> {
  yield `${JSON.stringify(alignmentHeaderJson(alignment))}\n`;
  for (const pair of alignment.pairs) yield `${JSON.stringify(pairJson(alignment, pair, level))}\n`;
}

/** A sentence pair with its word links (src/align/links.ts) when it has both sides. */
function sentencePairJson(alignment: Alignment, s: SentencePair) {
  const found = sentencePairLinks(alignment, s, false);
  return {
    type: s.type,
    score: s.score,
    ja: s.ja.map(sentenceJson),
    en: s.en.map(sentenceJson),
    ...(found ? { links: found.links.map((l) => ({ ja: l.ja, en: l.en, source: l.source })), coverage: found.coverage } : {}),
  };
}
