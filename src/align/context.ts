// Document-pair statistics every level of the alignment shares: the length model and the key
// weights are estimated once from both documents, so a block and its sentences are judged alike.
import type { Block, Document, Sentence } from '../model.js';
import { type Features, featuresOf } from './features.js';
import { estimateLengthModel, type LengthModel } from './length-model.js';
import { KeyWeights } from './score.js';

export interface AlignContext {
  model: LengthModel;
  weights: KeyWeights;
  blockFeatures: Map<Block, Features>;
  sentenceFeatures: Map<Sentence, Features>;
}

export function buildContext(ja: Document, en: Document): AlignContext {
  const weights = new KeyWeights();
  const blockFeatures = new Map<Block, Features>();
  const sentenceFeatures = new Map<Sentence, Features>();
  for (const document of [ja, en]) {
    for (const block of document.blocks) {
      const features = featuresOf(block.normalized, block.anchors, document.lang);
      blockFeatures.set(block, features);
      weights.add([...features.values, ...features.names, ...features.lexical]);
      for (const sentence of block.sentences ?? []) {
        sentenceFeatures.set(sentence, featuresOf(sentence.normalized, sentence.anchors, document.lang));
      }
    }
  }
  const body = (document: Document) =>
    document.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet').map((b) => blockFeatures.get(b)!.length);
  return { model: estimateLengthModel(body(ja), body(en)), weights, blockFeatures, sentenceFeatures };
}
