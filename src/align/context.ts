// Document-pair statistics every level of the alignment shares: the length model and the key
// weights are estimated once from both documents, so a block and its sentences are judged alike.
import type { Anchor, Block, Document, Lang } from '../model.js';
import { englishBag, japaneseBag, type LexicalBag, mergeBags } from '../lexicon/bag.js';
import { tokensOf } from '../lexicon/segment.js';
import { type Features, featuresOf } from './features.js';
import { estimateLengthModel, type LengthModel } from './length-model.js';
import { KeyWeights } from './score.js';

export interface AlignContext {
  model: LengthModel;
  weights: KeyWeights;
  blockFeatures: Map<Block, Features>;
  /**
   * The features of a block's sentences, computed when its pair's sentences are aligned and not
   * kept: a long document's sentences' features all at once were a large part of the stage's memory.
   */
  sentenceFeatures(block: Block): Features[];
  /** Heading blocks that open more than one section (two headings printed on one line). */
  sectionsOpenedBy: Map<Block, number>;
}

/** The numbering printed at the start of a table-of-contents line, as a key: "(1)", "2.", "①". */
function tocMarker(block: Block): string[] {
  const marker = /^\s*([①-⑳]|[(（]\s*\d+\s*[)）]|\d+\s*[.．])/.exec(block.text.normalize('NFKC'))?.[1];
  return marker ? [`m:${marker.replace(/\s+/g, '').replace('．', '.')}`] : [];
}

function countOpenedSections(document: Document): Map<Block, number> {
  const opened = new Map<Block, number>();
  const headingAt = new Map(document.blocks.filter((b) => b.kind === 'heading').map((b) => [b.lines[0], b]));
  for (const section of document.sections) {
    const heading = headingAt.get(section.lines[0]);
    if (heading) opened.set(heading, (opened.get(heading) ?? 0) + 1);
  }
  return opened;
}

/** Whether featuresOf would read the same keys from both anchor lists. */
function sameAnchorValues(a: Anchor[], b: Anchor[]): boolean {
  return a.length === b.length && a.every((anchor, i) => anchor.type === b[i]!.type && anchor.value === b[i]!.value);
}

/** A unit's dictionary words; each Japanese sentence is segmented once (tokensOf remembers it). */
function bagOf(unit: { normalized: string }, lang: Lang): LexicalBag {
  return lang === 'ja' ? japaneseBag(unit.normalized, tokensOf(unit)) : englishBag(unit.normalized);
}

export function buildContext(ja: Document, en: Document): AlignContext {
  const weights = new KeyWeights();
  const blockFeatures = new Map<Block, Features>();
  // a block is read in its own document's language (a document aligned with itself is on both sides)
  const langOf = new Map<Block, Lang>();
  for (const document of [ja, en]) {
    for (const block of document.blocks) {
      langOf.set(block, document.lang);
      // a block's words are its sentences' words
      const sentences = block.sentences ?? [];
      const bag = sentences.length > 0 ? mergeBags(sentences.map((s) => bagOf(s, document.lang))) : bagOf(block, document.lang);
      const features = featuresOf(block.normalized, block.anchors, document.lang, bag);
      if (block.kind === 'toc') features.names.push(...tocMarker(block));
      blockFeatures.set(block, features);
      weights.add([...features.values, ...features.names, ...features.lexical]);
    }
  }
  const sentenceFeatures = (block: Block): Features[] => {
    const lang = langOf.get(block)!;
    return (block.sentences ?? []).map((sentence) => {
      // a one-sentence block (most headings and bullets) has its sentence's features already
      const same = block.kind !== 'toc' && sentence.normalized === block.normalized && sameAnchorValues(sentence.anchors, block.anchors);
      return same ? blockFeatures.get(block)! : featuresOf(sentence.normalized, sentence.anchors, lang, bagOf(sentence, lang));
    });
  };
  const body = (document: Document) => document.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet').map((b) => blockFeatures.get(b)!);
  const jaBody = body(ja);
  const enBody = body(en);
  return {
    model: estimateLengthModel(jaBody.map((f) => f.length), enBody.map((f) => f.length), jaBody.map((f) => f.carried)),
    weights,
    blockFeatures,
    sentenceFeatures,
    sectionsOpenedBy: new Map([...countOpenedSections(ja), ...countOpenedSections(en)]),
  };
}
