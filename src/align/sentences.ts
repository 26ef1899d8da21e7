// Last, sentences inside each block pair, so that a sentence the English lacks is a 1-0 sentence
// pair inside an otherwise translated paragraph.
import type { Block, Sentence, SentencePair } from '../model.js';
import type { AlignContext } from './context.js';
import { alignSequences, rememberedCost, type Step, type StepCost } from './dp.js';
import { type Features, groupFeatures } from './features.js';
import { CALIBRATION } from './calibration.js';
import { linkCost, linkCostFloor, linkDetail, logOdds, probability, type StepEvidence, stepEvidence } from './score.js';

/** Skipping is cheaper than for blocks: a sentence-level 1-0 is checked against the block's length
 *  balance before it becomes a finding, so the aligner may propose it more readily. */
const SENTENCE_SKIP_COST = 2.0;
const SENTENCE_MERGE_COST = 2.0;
const CONNECTIVE_COST = 2.0;

/** A Japanese sentence that opens with a connective (また、さらに、) is a sentence of its own in the
 *  English far more often than it is merged into its neighbour. */
const JA_CONNECTIVE = /^(?:また|さらに|更に|くわえて|加えて|あわせて|併せて|特に|具体的には|その際|このため|そのため|なお|一方)[、,]/u;

/** Whether a sentence of sentences[start, start+count) after the first opens with the pattern. */
function swallowsConnective(sentences: Sentence[], start: number, count: number, pattern: RegExp): boolean {
  for (let k = start + 1; k < start + count; k++) if (pattern.test(sentences[k]!.normalized.trimStart())) return true;
  return false;
}

export function sentencesOf(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) if (block.sentences) for (const sentence of block.sentences) out.push(sentence);
  return out;
}

function sentenceFeaturesOf(blocks: Block[], context: AlignContext): Features[] {
  const out: Features[] = [];
  for (const block of blocks) for (const features of context.sentenceFeatures(block)) out.push(features);
  return out;
}

/**
 * A Japanese sentence left unpaired right beside an English one left unpaired, inside a block pair
 * the block aligner linked, is one sentence pair: the two stand at the same place, and a
 * translation that says a figure or a phrase otherwise ("各300名。" and "Approximately 303
 * persons…") is far likelier than one sentence dropped on each side there. Paired, the value and
 * clause checks compare them; skipped, they would be an omission and an addition.
 */
function pairedSkips(steps: Step[], cost: StepCost): Step[] {
  const out: Step[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const next = steps[k + 1];
    const skip = (s: Step) => s.a + s.b === 1;
    if (next && skip(step) && skip(next) && step.a !== next.a) {
      const i = Math.min(step.i, next.i);
      const j = Math.min(step.j, next.j);
      out.push({ i, j, a: 1, b: 1, cost: cost(i, j, 1, 1) });
      k++;
    } else out.push(step);
  }
  return out;
}

export interface SentenceLinks {
  pairs: SentencePair[];
  evidence: StepEvidence[];
}

/** `blockScore`, the block pair's calibrated score, is evidence too: a sentence of a wrong block pair is rarely right. */
export function alignSentences(jaBlocks: Block[], enBlocks: Block[], context: AlignContext, blockScore: number): SentenceLinks {
  const ja = sentencesOf(jaBlocks);
  const en = sentencesOf(enBlocks);
  const jaUnits = sentenceFeaturesOf(jaBlocks, context);
  const enUnits = sentenceFeaturesOf(enBlocks, context);
  const jaFeatures = groupFeatures(jaUnits, (f) => f);
  const enFeatures = groupFeatures(enUnits, (f) => f);
  const cost = rememberedCost((i: number, j: number, a: number, b: number) => {
    if (a === 0 || b === 0) return SENTENCE_SKIP_COST;
    // Only the Japanese side: an English translation often splits a long sentence and opens the
    // second half with "In addition," of its own.
    const connectives = a > 1 && swallowsConnective(ja, i, a, JA_CONNECTIVE) ? 1 : 0;
    return linkCost(jaFeatures(i, a), enFeatures(j, b), context.model, context.weights) + (a + b - 2) * SENTENCE_MERGE_COST + connectives * CONNECTIVE_COST;
  }, en.length);
  // what a link costs at least: its lengths' fit and the merges (a connective adds to it)
  const floor = (i: number, j: number, a: number, b: number) => linkCostFloor(context.model, jaUnits, i, a, enUnits, j, b) + (a + b - 2) * SENTENCE_MERGE_COST;
  const steps = pairedSkips(alignSequences(ja.length, en.length, cost, undefined, undefined, floor), cost);
  const evidence = stepEvidence(
    steps,
    cost,
    (step) => linkDetail(jaFeatures(step.i, step.a), enFeatures(step.j, step.b), context.model, context.weights),
    (step) => (step.a ? jaFeatures(step.i, step.a) : enFeatures(step.j, step.b)).length,
  ).map((e) => ({ ...e, features: { ...e.features, block: logOdds(blockScore) } }));
  const pairs = steps.map((step, k) => ({
    type: `${step.a}-${step.b}` as SentencePair['type'],
    score: probability(evidence[k]!.link ? CALIBRATION.sentenceLink : CALIBRATION.sentenceSkip, evidence[k]!.features),
    ja: ja.slice(step.i, step.i + step.a),
    en: en.slice(step.j, step.j + step.b),
  }));
  return { pairs, evidence };
}
