// Then blocks: matched sections cut both documents into segments (from one matched heading to the
// next), and the blocks of each segment are aligned by the dynamic programme. Segments keep the
// cost near-linear and stop an error in one section from drifting into the next.
import type { Block, BlockKind, Document, PairType, Section } from '../model.js';
import type { AlignContext } from './context.js';
import { alignSequences, type Move, rememberedCost, type Step, type StepCost } from './dp.js';
import { type Features, groupFeatures, mergeFeatures } from './features.js';
import type { SectionLink } from './sections.js';
import { CALIBRATION } from './calibration.js';
import { expectedEnglishLength, lengthMisfit } from './length-model.js';
import { residualCoverage, UNLINKED } from './links.js';
import { linkCost, linkCostFloor, linkDetail, MERGE_COST, probability, rememberedCoverage, sharedKeys, sharesKey, SKIP_COST, type StepEvidence, stepEvidence } from './score.js';

export interface BlockLink {
  type: PairType;
  ja: Block[];
  en: Block[];
  score: number; // calibrated: the probability that the link is right
  evidence: StepEvidence;
}

const BLOCK_MOVES: Move[] = [
  { a: 1, b: 1 },
  { a: 1, b: 0 },
  { a: 0, b: 1 },
  { a: 2, b: 1 },
  { a: 1, b: 2 },
  { a: 2, b: 2 },
];

/** Where sections start, found by lookup: a scan of the blocks per section grew with the square of the document. */
class BlockIndex {
  private readonly byLine = new Map<number, number>();
  private readonly bySection = new Map<string, number>();

  constructor(document: Document) {
    document.blocks.forEach((block, index) => {
      for (let line = block.lines[0]; line <= block.lines[1]; line++) if (!this.byLine.has(line)) this.byLine.set(line, index);
      if (block.section !== null && !this.bySection.has(block.section)) this.bySection.set(block.section, index);
    });
  }

  /** The block where a section starts: its heading line (which may open two sections at once). */
  firstBlockOf(section: Section): number {
    return this.byLine.get(section.lines[0]) ?? this.bySection.get(section.id) ?? -1;
  }
}

/** Cut points [jaIndex, enIndex] at the start of every matched section, strictly increasing on both sides. */
export function segmentCuts(ja: Document, en: Document, sections: SectionLink[]): Array<[number, number]> {
  const cuts: Array<[number, number]> = [[0, 0]];
  const jaIndex = new BlockIndex(ja);
  const enIndex = new BlockIndex(en);
  for (const link of sections) {
    if (!link.ja || !link.en) continue;
    const i = jaIndex.firstBlockOf(link.ja);
    const j = enIndex.firstBlockOf(link.en);
    const [pi, pj] = cuts[cuts.length - 1]!;
    if (i > pi && j > pj) cuts.push([i, j]);
  }
  return cuts;
}

const isBody = (kind: BlockKind) => kind === 'paragraph' || kind === 'bullet';

function kindCost(ja: BlockKind, en: BlockKind): number {
  if (ja === en) return ja === 'heading' ? -1 : 0;
  if (isBody(ja) && isBody(en)) return 0.3; // the English often turns bullets into paragraphs and back
  return 4;
}

/**
 * Which groups may be linked as one: body blocks (a paragraph split or merged in translation), and
 * several headings against one heading line that opens as many sections (the Japanese prints
 * "① 大学ファンドと…（大学ファンドを通じた…）" on one line, the English on two).
 */
// (read by index, with no slice or closure: the programme asks it for every group move of every cell)
function groupable(jaBlocks: Block[], i: number, a: number, enBlocks: Block[], j: number, b: number, context: AlignContext): boolean {
  // however short: a name over its text (「男爵いも」) that the English runs into one paragraph, a word a page break cut (「公」/「家」)
  if (allOf(jaBlocks, i, a, isBodyBlock) && allOf(enBlocks, j, b, isBodyBlock)) return true;
  // The cover page: "令和7年6月6日" and "閣議決定" on two lines, "June 6, 2025 Cabinet decision" on one.
  if (allOf(jaBlocks, i, a, isTitle) && allOf(enBlocks, j, b, isTitle)) return true;
  if (!allOf(jaBlocks, i, a, isHeading) || !allOf(enBlocks, j, b, isHeading)) return false;
  const [single, group] = a === 1 ? [jaBlocks[i]!, b] : [enBlocks[j]!, a];
  return (context.sectionsOpenedBy.get(single) ?? 1) >= group;
}

const isBodyBlock = (block: Block) => isBody(block.kind);
const isTitle = (block: Block) => block.kind === 'title';
const isHeading = (block: Block) => block.kind === 'heading';

function allOf(blocks: Block[], start: number, count: number, test: (block: Block) => boolean): boolean {
  for (let k = start; k < start + count; k++) if (!test(blocks[k]!)) return false;
  return true;
}

/** Ends with a sentence end: the next block starts afresh, it is not the rest of this one broken by a page break. */
const SENTENCE_END = /[。．.!?！？」』）)]\s*$/u;

/**
 * Extra cost of a group one of whose paragraphs brings keys of its own (values, names, lexical)
 * none of which the other side has, and adds nothing to what the rest of the group shares with it:
 * without it, taking an unrelated paragraph (an English paragraph inserted after a heading) into its
 * neighbour's link costs less than leaving it unpaired. A paragraph without keys is not judged (a
 * short one merged in translation often has none), nor a page-break fragment (its predecessor in
 * the group does not end a sentence).
 */
const IDLE_MEMBER_COST = 2.0;

// The other side's keys, as a set per Features: the programme asks for the same group many times.
const keySets = new WeakMap<Features, Set<string>>();

function keySet(features: Features): Set<string> {
  let keys = keySets.get(features);
  if (!keys) {
    keys = new Set<string>();
    for (const list of [features.values, features.names, features.lexical]) for (let k = 0; k < list.length; k++) keys.add(list[k]!);
    keySets.set(features, keys);
  }
  return keys;
}

const endsSentence = new WeakMap<Block, boolean>();

function endsWithSentence(block: Block): boolean {
  let ends = endsSentence.get(block);
  if (ends === undefined) endsSentence.set(block, (ends = SENTENCE_END.test(block.normalized)));
  return ends;
}

/**
 * `whole` is the group's merged features (groupFeatures), `member(k)` its k-th block's as the same
 * segment's groupFeatures keeps them (what score.ts remembers per Features is then found again, not
 * counted anew per call); `other` the other side's.
 */
function hasIdleMember(group: Block[], whole: Features, member: (k: number) => Features, other: Features, context: AlignContext): boolean {
  if (group.length < 2) return false;
  for (let k = 0; k + 1 < group.length; k++) if (!endsWithSentence(group[k]!)) return false;
  const otherKeys = keySet(other);
  const without = (k: number) => (group.length === 2 ? member(1 - k) : mergeFeatures(group.filter((_, l) => l !== k).map((b) => context.blockFeatures.get(b)!)));
  // the shared keys are counted only for a member that brings a key of its own, which most do not
  let wholeShared: number | undefined;
  for (let k = 0; k < group.length; k++) {
    const own = context.blockFeatures.get(group[k]!)!;
    if (!hasKeyOutside(own.values, otherKeys) && !hasKeyOutside(own.names, otherKeys) && !hasKeyOutside(own.lexical, otherKeys)) continue;
    wholeShared ??= weightedShared(whole, other, context);
    if (wholeShared - weightedShared(without(k), other, context) < 1e-9) return true;
  }
  return false;
}

function hasKeyOutside(keys: string[], set: Set<string>): boolean {
  for (let k = 0; k < keys.length; k++) if (!set.has(keys[k]!)) return true;
  return false;
}

function weightedShared(features: Features, other: Features, context: AlignContext): number {
  const { values, lexical } = sharedKeys(features, other, context.weights);
  return values + 0.35 * lexical;
}

/** Improvement of the length fit a member brings to its group from which it is taken as part of the translation. */
const MEMBER_LENGTH_GAIN = 0.2;

/**
 * Whether anything ties a member of a grouped link to the other side beyond what the rest of its
 * group already gives: a value or name only it shares there, a length fit it makes clearly better,
 * or words of its own the other side translates (residualCoverage). A paragraph the other side
 * lacks, beside one on the same subject, is taken into its neighbour's link by the shared topic
 * words and hides its omission behind a confident link.
 */
function supportsGroup(member: Block, rest: Block, partner: Block, memberSide: 'ja' | 'en', context: AlignContext): boolean {
  const features = (block: Block) => context.blockFeatures.get(block)!;
  const partnerKeys = new Set([...features(partner).values, ...features(partner).names]);
  const restKeys = new Set([...features(rest).values, ...features(rest).names]);
  if ([...features(member).values, ...features(member).names].some((key) => partnerKeys.has(key) && !restKeys.has(key))) return true;
  const misfit = (japanese: Features, english: Features) => lengthMisfit(english.length, expectedEnglishLength(context.model, japanese.length, japanese.carried));
  const [withMember, withoutMember] =
    memberSide === 'ja'
      ? [misfit(mergeFeatures([features(rest), features(member)]), features(partner)), misfit(features(rest), features(partner))]
      : [misfit(features(partner), mergeFeatures([features(rest), features(member)])), misfit(features(partner), features(rest))];
  if (withoutMember - withMember >= MEMBER_LENGTH_GAIN) return true;
  return residualCoverage(member.sentences ?? [], rest.sentences ?? [], partner.sentences ?? [], memberSide) >= UNLINKED;
}

/**
 * The search's 2-1 / 1-2 links with one body member the group does not support (supportsGroup)
 * split into a 1-1 link of the rest and the member unpaired, so that its omission is reported where
 * it is. A group joined across a page break (its first member ends mid-sentence) is one paragraph
 * and stays; so does a group neither of whose members is supported more than the other.
 */
function splitUnsupportedMembers(steps: Step[], jaBlocks: Block[], enBlocks: Block[], context: AlignContext, cost: StepCost): Step[] {
  return steps.flatMap((step): Step[] => {
    if (!((step.a === 2 && step.b === 1) || (step.a === 1 && step.b === 2))) return [step];
    const memberSide = step.a === 2 ? 'ja' : 'en';
    const group = memberSide === 'ja' ? jaBlocks.slice(step.i, step.i + 2) : enBlocks.slice(step.j, step.j + 2);
    const partner = memberSide === 'ja' ? enBlocks[step.j]! : jaBlocks[step.i]!;
    if (![...group, partner].every((b) => isBody(b.kind)) || !endsWithSentence(group[0]!)) return [step];
    const unsupported = [0, 1].filter((k) => !supportsGroup(group[k]!, group[1 - k]!, partner, memberSide, context));
    if (unsupported.length !== 1) return [step];
    const k = unsupported[0]!;
    const [i, j] = memberSide === 'ja' ? [step.i + (1 - k), step.j] : [step.i, step.j + (1 - k)];
    const link: Step = { i, j, a: 1, b: 1, cost: cost(i, j, 1, 1) };
    // the unpaired member before the link when it comes first, after it (one further on both sides) when second
    const skip: Step = memberSide === 'ja' ? { i: step.i + k, j: step.j + k, a: 1, b: 0, cost: SKIP_COST } : { i: step.i + k, j: step.j + k, a: 0, b: 1, cost: SKIP_COST };
    return k === 0 ? [skip, link] : [link, skip];
  });
}

export function alignBlocksInSegment(jaBlocks: Block[], enBlocks: Block[], context: AlignContext): BlockLink[] {
  const jaUnits = jaBlocks.map((b) => context.blockFeatures.get(b)!);
  const enUnits = enBlocks.map((b) => context.blockFeatures.get(b)!);
  const jaFeatures = groupFeatures(jaUnits, (f) => f);
  const enFeatures = groupFeatures(enUnits, (f) => f);
  const coverage = rememberedCoverage();
  const cost = rememberedCost((i: number, j: number, a: number, b: number) => {
    if (a === 0 || b === 0) return SKIP_COST;
    // most steps the programme costs are 1-1: no groups to build (their merge cost is 0)
    if (a === 1 && b === 1) return linkCost(jaFeatures(i, 1), enFeatures(j, 1), context.model, context.weights, coverage) + kindCost(jaBlocks[i]!.kind, enBlocks[j]!.kind);
    if (!groupable(jaBlocks, i, a, enBlocks, j, b, context)) return Infinity;
    const jaGroup = jaBlocks.slice(i, i + a);
    const enGroup = enBlocks.slice(j, j + b);
    let merge = (a - 1 + b - 1) * MERGE_COST;
    // A member that shares no key with the other side is more likely a paragraph that side lacks
    // than part of a split; grouping it would hide the omission behind a confident link, so such a
    // group costs one merge more.
    const jaSilent = a > 1 && (!sharesKey(jaFeatures(i, 1), enFeatures(j, b)) || !sharesKey(jaFeatures(i + 1, 1), enFeatures(j, b)));
    const enSilent = b > 1 && (!sharesKey(jaFeatures(i, a), enFeatures(j, 1)) || !sharesKey(jaFeatures(i, a), enFeatures(j + 1, 1)));
    if (jaSilent) merge += MERGE_COST;
    if (enSilent) merge += MERGE_COST;
    // A member that shares keys only the rest of the group already shares, while bringing keys of its own (see hasIdleMember).
    if (!jaSilent && !enSilent && a + b > 2 && (hasIdleMember(jaGroup, jaFeatures(i, a), (k) => jaFeatures(i + k, 1), enFeatures(j, b), context) || hasIdleMember(enGroup, enFeatures(j, b), (k) => enFeatures(j + k, 1), jaFeatures(i, a), context))) merge += IDLE_MEMBER_COST;
    return linkCost(jaFeatures(i, a), enFeatures(j, b), context.model, context.weights, coverage) + kindCost(jaGroup[0]!.kind, enGroup[0]!.kind) + merge;
  }, enBlocks.length);
  // what a link costs at least: its lengths' fit, the merges and the kinds (more may be added, never less)
  const floor = (i: number, j: number, a: number, b: number) =>
    linkCostFloor(context.model, jaUnits, i, a, enUnits, j, b) + kindCost(jaBlocks[i]!.kind, enBlocks[j]!.kind) + (a - 1 + b - 1) * MERGE_COST;
  const steps = splitUnsupportedMembers(alignSequences(jaBlocks.length, enBlocks.length, cost, BLOCK_MOVES, undefined, floor), jaBlocks, enBlocks, context, cost);
  const evidence = stepEvidence(
    steps,
    cost,
    (step) => {
      const heading = jaBlocks[step.i]!.kind === 'heading' && enBlocks[step.j]!.kind === 'heading';
      return linkDetail(jaFeatures(step.i, step.a), enFeatures(step.j, step.b), context.model, context.weights, heading);
    },
    (step) => (step.a ? jaFeatures(step.i, step.a) : enFeatures(step.j, step.b)).length,
  );
  return steps.map((step, k) => {
    const jaGroup = jaBlocks.slice(step.i, step.i + step.a);
    const enGroup = enBlocks.slice(step.j, step.j + step.b);
    const type = `${step.a}-${step.b}` as PairType;
    const stepEvidence = evidence[k]!;
    const score = probability(stepEvidence.link ? CALIBRATION.blockLink : CALIBRATION.blockSkip, stepEvidence.features);
    return { type, ja: jaGroup, en: enGroup, score, evidence: stepEvidence };
  });
}

export function alignBlocks(ja: Document, en: Document, sections: SectionLink[], context: AlignContext): BlockLink[] {
  const cuts = segmentCuts(ja, en, sections);
  cuts.push([ja.blocks.length, en.blocks.length]);
  const links: BlockLink[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [i0, j0] = cuts[k]!;
    const [i1, j1] = cuts[k + 1]!;
    links.push(...alignBlocksInSegment(ja.blocks.slice(i0, i1), en.blocks.slice(j0, j1), context));
  }
  return links;
}
