// Last, sentences inside each block pair, so that a sentence the English lacks is a 1-0 sentence
// pair inside an otherwise translated paragraph.
import type { Block, Sentence, SentencePair } from '../model.js';
import type { AlignContext } from './context.js';
import { alignSequences } from './dp.js';
import { mergeFeatures } from './features.js';
import { linkCost, MERGE_COST, scoreSteps, SKIP_COST } from './score.js';

export function sentencesOf(blocks: Block[]): Sentence[] {
  return blocks.flatMap((b) => b.sentences ?? []);
}

export function alignSentences(jaBlocks: Block[], enBlocks: Block[], context: AlignContext): SentencePair[] {
  const ja = sentencesOf(jaBlocks);
  const en = sentencesOf(enBlocks);
  const features = (list: Sentence[]) => mergeFeatures(list.map((s) => context.sentenceFeatures.get(s)!));
  const cost = (i: number, j: number, a: number, b: number) => {
    if (a === 0 || b === 0) return SKIP_COST;
    return linkCost(features(ja.slice(i, i + a)), features(en.slice(j, j + b)), context.model, context.weights) + (a + b - 2) * MERGE_COST * 0.6;
  };
  const steps = alignSequences(ja.length, en.length, cost);
  const scores = scoreSteps(steps, cost);
  return steps.map((step, k) => ({
    type: `${step.a}-${step.b}` as SentencePair['type'],
    score: scores[k]!,
    ja: ja.slice(step.i, step.i + step.a),
    en: en.slice(step.j, step.j + step.b),
  }));
}
