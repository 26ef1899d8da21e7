// The cost of linking units, shared by the section, block and sentence aligners. Costs are
// negative log-odds-like numbers: lower is better; a skip (1-0/0-1) costs SKIP_COST.
import { englishCovered, japaneseCovered, type LexicalBag } from '../lexicon/bag.js';
import type { Step, StepCost } from './dp.js';
import type { Features } from './features.js';
import { type LengthModel, lengthCost } from './length-model.js';

export const SKIP_COST = 3.2;
export const MERGE_COST = 1.6; // extra cost of a 2-1 / 1-2 group over two 1-1 links

/** Weight of a key by how rare it is in the document pair: "2025" or "AI" tell less than "30" or "ITER". */
export class KeyWeights {
  private readonly df = new Map<string, number>();
  private units = 0;
  // The aligner asks for the same keys millions of times on a long document.
  private readonly known = new Map<string, number>();
  private readonly inUnit = new Set<string>();

  /** One unit's keys, in any number of lists; a key counts once per unit. */
  add(...lists: ReadonlyArray<readonly string[]>): void {
    this.units++;
    this.known.clear();
    const seen = this.inUnit;
    seen.clear();
    for (const keys of lists) {
      for (const key of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        this.df.set(key, (this.df.get(key) ?? 0) + 1);
      }
    }
  }

  weight(key: string): number {
    let weight = this.known.get(key);
    if (weight === undefined) {
      const df = this.df.get(key) ?? 1;
      weight = Math.min(3, Math.log(1 + this.units / df));
      this.known.set(key, weight);
    }
    return weight;
  }
}

function countKeys(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * A unit's keys as agreement() looks them up: counted once per Features, not once per comparison.
 * The value and name keys also as arrays in the map's and set's order, walked by index, as are the
 * lexical keys: in code the JIT has not compiled yet, a for-of allocates an iterator result per key
 * (and a map's entries a [key, count] pair) in every comparison.
 */
interface KeyIndex {
  values: ReadonlyMap<string, number>;
  valueKeys: readonly string[];
  valueCounts: readonly number[];
  /** Per value key: a year key (y:), which agreement() never counts as unmatched. */
  valueIsYear: readonly boolean[];
  names: ReadonlySet<string>;
  nameKeys: readonly string[];
  lexical: ReadonlySet<string>;
}

const keyIndexes = new WeakMap<Features, KeyIndex>();

// Most units have no value or name key: they share these empty ones.
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NO_KEYS: ReadonlySet<string> = new Set();
const NONE: readonly never[] = [];

function keyIndex(features: Features): KeyIndex {
  let index = keyIndexes.get(features);
  if (index === undefined) {
    const values = features.values.length ? countKeys(features.values) : NO_COUNTS;
    const valueKeys = values.size ? [...values.keys()] : NONE;
    const names = features.names.length ? new Set(features.names) : NO_KEYS;
    index = {
      values,
      valueKeys,
      valueCounts: values.size ? [...values.values()] : NONE,
      valueIsYear: valueKeys.length ? valueKeys.map((key) => key.startsWith('y:')) : NONE,
      names,
      nameKeys: names.size ? [...names] : NONE,
      lexical: features.lexical.length ? new Set(features.lexical) : NO_KEYS,
    };
    keyIndexes.set(features, index);
  }
  return index;
}

export interface Agreement {
  shared: number; // weighted count of keys on both sides
  unmatched: number; // weighted count of value keys on one side only
}

export function agreement(ja: Features, en: Features, weights: KeyWeights): Agreement {
  agree(ja, en, weights);
  return { shared: agreedShared, unmatched: agreedUnmatched };
}

// agree() leaves its two sums here: linkCost, asked of every candidate pair, reads them without an object per call
let agreedShared = 0;
let agreedUnmatched = 0;

function agree(ja: Features, en: Features, weights: KeyWeights): void {
  let shared = 0;
  let unmatched = 0;
  const jaKeys = keyIndex(ja);
  const enKeys = keyIndex(en);
  const jaValues = jaKeys.values;
  const enValues = enKeys.values;
  for (let k = 0; k < jaKeys.valueKeys.length; k++) {
    const key = jaKeys.valueKeys[k]!;
    const n = jaKeys.valueCounts[k]!;
    const m = enValues.get(key) ?? 0;
    const w = weights.weight(key);
    shared += Math.min(n, m) * w;
    if (!jaKeys.valueIsYear[k]) unmatched += Math.max(0, n - m) * w * 0.5;
  }
  for (let k = 0; k < enKeys.valueKeys.length; k++) {
    if (enKeys.valueIsYear[k]) continue;
    const key = enKeys.valueKeys[k]!;
    const m = enKeys.valueCounts[k]!;
    const n = jaValues.get(key) ?? 0;
    unmatched += Math.max(0, m - n) * weights.weight(key) * 0.5;
  }
  const names = jaKeys.nameKeys;
  for (let k = 0; k < names.length; k++) if (enKeys.names.has(names[k]!)) shared += weights.weight(names[k]!);
  const lexical = ja.lexical;
  for (let k = 0; k < lexical.length; k++) if (enKeys.lexical.has(lexical[k]!)) shared += 0.35 * weights.weight(lexical[k]!);
  agreedShared = shared;
  agreedUnmatched = unmatched;
}

/**
 * Whether agreement(ja, en).shared is above 0: the two share a value, name or lexical key (every
 * weight is positive). Answered at the first shared key, without weighing any.
 */
export function sharesKey(ja: Features, en: Features): boolean {
  const jaKeys = keyIndex(ja);
  const enKeys = keyIndex(en);
  for (let k = 0; k < jaKeys.valueKeys.length; k++) if (enKeys.values.has(jaKeys.valueKeys[k]!)) return true;
  for (let k = 0; k < jaKeys.nameKeys.length; k++) if (enKeys.names.has(jaKeys.nameKeys[k]!)) return true;
  for (let k = 0; k < ja.lexical.length; k++) if (enKeys.lexical.has(ja.lexical[k]!)) return true;
  return false;
}

/** How many words of one bag the other covers (src/lexicon/bag.ts), each way. */
export interface Coverage {
  japanese(ja: LexicalBag, en: LexicalBag): number;
  english(ja: LexicalBag, en: LexicalBag): number;
}

const COUNTED: Coverage = { japanese: japaneseCovered, english: englishCovered };

/**
 * The coverage counts remembered per pair of bags: the block aligner judges each member of a group
 * against the other side (lexicalCost), the same pair its 1-1 step and its other groups count too.
 */
export function rememberedCoverage(): Coverage {
  const remember = (count: (ja: LexicalBag, en: LexicalBag) => number) => {
    const counts = new Map<LexicalBag, Map<LexicalBag, number>>();
    return (ja: LexicalBag, en: LexicalBag) => {
      let byEnglish = counts.get(ja);
      if (byEnglish === undefined) counts.set(ja, (byEnglish = new Map()));
      let n = byEnglish.get(en);
      if (n === undefined) byEnglish.set(en, (n = count(ja, en)));
      return n;
    };
  };
  return { japanese: remember(japaneseCovered), english: remember(englishCovered) };
}

export function linkCost(ja: Features, en: Features, model: LengthModel, weights: KeyWeights, coverage: Coverage = COUNTED): number {
  agree(ja, en, weights);
  return costOf(agreedShared, agreedUnmatched, ja, en, model, coverage);
}

/** The most the shared keys take off a link's cost (costOf). */
const SHARED_CAP = 6;

/**
 * A lower bound of linkCost for the link of units ja[i, i + a) with en[j, j + b), from their lengths
 * alone: all the keys it could share, no unmatched value, every word covered (each member's lexical
 * term at its best). Less than linkCost by a margin, so that rounding never puts it above (the
 * aligners skip what it rules out: alignSequences `floor`).
 */
export function linkCostFloor(model: LengthModel, ja: Features[], i: number, a: number, en: Features[], j: number, b: number): number {
  let jaLength = 0;
  let jaCarried = 0;
  let enLength = 0;
  for (let k = i; k < i + a; k++) {
    jaLength += ja[k]!.length;
    jaCarried += ja[k]!.carried;
  }
  for (let k = j; k < j + b; k++) enLength += en[k]!.length;
  return lengthCost(model, jaLength, enLength, jaCarried) - SHARED_CAP - (LEXICAL_CAP * (a + b)) / 2 - 1e-6;
}

function costOf(shared: number, unmatched: number, ja: Features, en: Features, model: LengthModel, coverage: Coverage = COUNTED): number {
  return lengthCost(model, ja.length, en.length, ja.carried) - Math.min(SHARED_CAP, shared) + Math.min(2, unmatched) + lexicalCost(ja, en, coverage);
}

// Dictionary coverage of a translation against a chance pairing, measured on the clean dev corpus
// (src/lexicon/bag.ts; median share of content words covered: 0.5 in true pairs, 0.1–0.2 in a
// neighbour's): each covered word is evidence for the link, each uncovered one against it. Words
// are not independent (a repeated word, a multiword gloss), so the log-likelihood ratio is damped,
// and capped so that the lexicon tips the balance where lengths and anchors leave it open but
// never outweighs a shared number.
const COVERED_IN_TRANSLATION = 0.5;
const COVERED_BY_CHANCE = 0.15;
const LEXICAL_DAMPING = 0.3;
const LEXICAL_CAP = 3;
const EVIDENCE_COVERED = Math.log(COVERED_IN_TRANSLATION / COVERED_BY_CHANCE);
const EVIDENCE_UNCOVERED = Math.log((1 - COVERED_IN_TRANSLATION) / (1 - COVERED_BY_CHANCE));

/** One side's log-likelihood ratio, damped and capped. */
function cappedEvidence(covered: number, words: number): number {
  return Math.max(-LEXICAL_CAP, Math.min(LEXICAL_CAP, LEXICAL_DAMPING * (covered * EVIDENCE_COVERED + (words - covered) * EVIDENCE_UNCOVERED)));
}

/**
 * The lexical-coverage term of a link's cost: negative (cheaper) where the dictionary finds the
 * translation. Each side's evidence is its log-likelihood ratio (true translation against chance),
 * damped and capped. Each member of a group is judged on its own against the other side whole, so
 * a paragraph that side lacks, grouped with one it has, costs its own lack of cover.
 */
// (asked of every candidate pair of every level: no array or closure per call)
export function lexicalCost(ja: Features, en: Features, coverage: Coverage = COUNTED): number {
  let evidence = 0;
  if (ja.members) for (let k = 0; k < ja.members.length; k++) evidence += cappedEvidence(coverage.japanese(ja.members[k]!, en.bag), ja.members[k]!.translations.length);
  else evidence += cappedEvidence(coverage.japanese(ja.bag, en.bag), ja.bag.translations.length);
  if (en.members) for (let k = 0; k < en.members.length; k++) evidence += cappedEvidence(coverage.english(ja.bag, en.members[k]!), en.members[k]!.stems.length);
  else evidence += cappedEvidence(coverage.english(ja.bag, en.bag), en.bag.stems.length);
  return -evidence / 2;
}

/**
 * linkCost of one unit against every unit of a list, with the same result for each pair as
 * linkCost, bit for bit: the same terms added in the same order (the terms agreement() adds that
 * are zero are left out, which changes no sum). Faster when one side is compared with all of the
 * other (the section aligner's full matrix): each key of the unit is looked up once in an inverted
 * index of the list instead of once per unit of the list.
 */
export class LinkCostRows {
  private readonly valuePostings = new Map<string, { units: number[]; counts: number[] }>();
  private readonly namePostings = new Map<string, number[]>();
  private readonly lexicalPostings = new Map<string, number[]>();
  private readonly counts: Int32Array;
  /** Per unit of the list: its value keys other than years, and their counts (what row() weighs as unmatched). */
  private readonly unmatchable: Array<{ keys: string[]; counts: number[] }> = [];

  constructor(
    private readonly others: Features[],
    private readonly model: LengthModel,
    private readonly weights: KeyWeights,
  ) {
    this.counts = new Int32Array(others.length);
    others.forEach((features, unit) => {
      const keys = keyIndex(features);
      for (const [key, count] of keys.values) {
        const posting = this.valuePostings.get(key) ?? { units: [], counts: [] };
        posting.units.push(unit);
        posting.counts.push(count);
        this.valuePostings.set(key, posting);
      }
      for (const key of keys.names) this.post(this.namePostings, key, unit);
      for (const key of keys.lexical) this.post(this.lexicalPostings, key, unit);
      const unmatchable = { keys: [] as string[], counts: [] as number[] };
      for (const [key, count] of keys.values) {
        if (key.startsWith('y:')) continue;
        unmatchable.keys.push(key);
        unmatchable.counts.push(count);
      }
      this.unmatchable.push(unmatchable);
    });
  }

  private post(postings: Map<string, number[]>, key: string, unit: number): void {
    const list = postings.get(key);
    if (list) list.push(unit);
    else postings.set(key, [unit]);
  }

  /** linkCost(one, others[j]) for every j. */
  row(one: Features): Float64Array {
    const { others, weights, counts } = this;
    const shared = new Float64Array(others.length);
    const unmatched = new Float64Array(others.length);
    const keys = keyIndex(one);
    for (let k = 0; k < keys.valueKeys.length; k++) {
      const key = keys.valueKeys[k]!;
      const n = keys.valueCounts[k]!;
      const w = weights.weight(key);
      const posting = this.valuePostings.get(key);
      if (posting) {
        for (let p = 0; p < posting.units.length; p++) {
          counts[posting.units[p]!] = posting.counts[p]!;
          shared[posting.units[p]!] = shared[posting.units[p]!]! + Math.min(n, posting.counts[p]!) * w;
        }
      }
      if (!keys.valueIsYear[k]) {
        for (let j = 0; j < others.length; j++) if (n > counts[j]!) unmatched[j] = unmatched[j]! + Math.max(0, n - counts[j]!) * w * 0.5;
      }
      if (posting) for (let p = 0; p < posting.units.length; p++) counts[posting.units[p]!] = 0;
    }
    for (let j = 0; j < others.length; j++) {
      const other = this.unmatchable[j]!;
      for (let k = 0; k < other.keys.length; k++) {
        const key = other.keys[k]!;
        const m = other.counts[k]!;
        const n = keys.values.get(key) ?? 0;
        if (m > n) unmatched[j] = unmatched[j]! + Math.max(0, m - n) * weights.weight(key) * 0.5;
      }
    }
    for (let k = 0; k < keys.nameKeys.length; k++) {
      const key = keys.nameKeys[k]!;
      const units = this.namePostings.get(key);
      if (units) for (let p = 0; p < units.length; p++) shared[units[p]!] = shared[units[p]!]! + weights.weight(key);
    }
    for (let k = 0; k < one.lexical.length; k++) {
      const key = one.lexical[k]!;
      const units = this.lexicalPostings.get(key);
      if (units) for (let p = 0; p < units.length; p++) shared[units[p]!] = shared[units[p]!]! + 0.35 * weights.weight(key);
    }
    const costs = new Float64Array(others.length);
    for (let j = 0; j < others.length; j++) costs[j] = costOf(shared[j]!, unmatched[j]!, one, others[j]!, this.model);
    return costs;
  }
}

/** Maps a step cost to a confidence in [0,1]: 0.5 where a link costs as much as skipping both sides (section links). */
export function confidence(cost: number, breakEven = SKIP_COST): number {
  return 1 / (1 + Math.exp(1.1 * (cost - breakEven)));
}

/** The parts of a link's cost a calibrated score reads, besides the total. */
export interface LinkDetail {
  lengthFit: number; // lengthCost of the linked lengths: 0 when they fit the length model
  values: number; // weighted shared number, date and name keys
  lexical: number; // weighted shared lexical keys (concepts, loanword skeletons)
  unmatched: number; // weighted value keys on one side only
  jaLength: number;
  heading: boolean; // both sides headings (blocks only)
}

/** The weighted keys two units share: values and names, and lexical keys (as LinkDetail reports them). */
export function sharedKeys(ja: Features, en: Features, weights: KeyWeights): { values: number; lexical: number } {
  const jaKeys = keyIndex(ja);
  const enKeys = keyIndex(en);
  let values = 0;
  for (let k = 0; k < jaKeys.valueKeys.length; k++) {
    const key = jaKeys.valueKeys[k]!;
    values += Math.min(jaKeys.valueCounts[k]!, enKeys.values.get(key) ?? 0) * weights.weight(key);
  }
  for (let k = 0; k < jaKeys.nameKeys.length; k++) if (enKeys.names.has(jaKeys.nameKeys[k]!)) values += weights.weight(jaKeys.nameKeys[k]!);
  let lexical = 0;
  for (let k = 0; k < ja.lexical.length; k++) if (enKeys.lexical.has(ja.lexical[k]!)) lexical += weights.weight(ja.lexical[k]!);
  return { values, lexical };
}

export function linkDetail(ja: Features, en: Features, model: LengthModel, weights: KeyWeights, heading = false): LinkDetail {
  const { values, lexical } = sharedKeys(ja, en, weights);
  const { unmatched } = agreement(ja, en, weights);
  return { lengthFit: lengthCost(model, ja.length, en.length, ja.carried), values, lexical, unmatched, jaLength: ja.length, heading };
}

/** What the aligner knows about one step of its path, as named numbers (the calibration's features). */
export interface StepEvidence {
  link: boolean; // both sides non-empty
  features: Record<string, number>;
}

const clip = (x: number, limit = 8) => Math.max(-limit, Math.min(limit, x));

/**
 * Evidence of the steps of an alignment path, for the calibrated scores.
 *
 * A link (both sides non-empty): its cost; its margin over the same units left unlinked (each
 * 1-1 link inside a group plus skips for the rest, or two skips for a 1-1), which is small when a
 * group holds a unit that adds nothing (a paragraph inserted after a heading taken into a 1-2); its
 * margin over the nearest competing links (a unit of the group linked to the unit just outside it
 * on the other side); the length fit, the shared values and names, the shared lexical keys, the
 * unmatched values; whether it groups units, whether both sides are headings; the Japanese length.
 *
 * A skip (1-0/0-1): how much the path would lose by linking the unit to a neighbour on the other
 * side instead (the neighbour's own link, if any, then becoming a skip), and the unit's length.
 */
export function stepEvidence(
  steps: Step[],
  cost: StepCost,
  detail: (step: Step) => LinkDetail,
  skippedLength: (step: Step) => number,
  skipCost = SKIP_COST,
): StepEvidence[] {
  const stepOfFirst = new Map<number, Step>();
  const stepOfSecond = new Map<number, Step>();
  for (const step of steps) {
    for (let k = 0; k < step.a; k++) stepOfFirst.set(step.i + k, step);
    for (let k = 0; k < step.b; k++) stepOfSecond.set(step.j + k, step);
  }
  const lastFirst = steps.reduce((last, s) => Math.max(last, s.i + s.a - 1), -1);
  const lastSecond = steps.reduce((last, s) => Math.max(last, s.j + s.b - 1), -1);
  return steps.map((step): StepEvidence => {
    if (step.a && step.b) {
      const inner: number[] = [];
      for (let k = 0; k < step.a; k++) for (let l = 0; l < step.b; l++) inner.push(cost(step.i + k, step.j + l, 1, 1));
      const bestInner = Math.min(...inner);
      const unlinked = step.a === 1 && step.b === 1 ? 2 * skipCost : bestInner + (step.a + step.b - 2) * skipCost;
      const competing: number[] = [];
      for (let k = 0; k < step.a; k++) {
        if (step.j > 0) competing.push(cost(step.i + k, step.j - 1, 1, 1));
        if (step.j + step.b <= lastSecond) competing.push(cost(step.i + k, step.j + step.b, 1, 1));
      }
      for (let l = 0; l < step.b; l++) {
        if (step.i > 0) competing.push(cost(step.i - 1, step.j + l, 1, 1));
        if (step.i + step.a <= lastFirst) competing.push(cost(step.i + step.a, step.j + l, 1, 1));
      }
      const finite = competing.filter(Number.isFinite);
      const d = detail(step);
      return {
        link: true,
        features: {
          cost: clip(step.cost),
          marginUnlinked: clip(unlinked - step.cost),
          marginCompeting: clip(finite.length ? Math.min(...finite) - bestInner : 8),
          lengthFit: clip(d.lengthFit),
          values: Math.min(6, d.values),
          lexical: Math.min(6, d.lexical),
          unmatched: Math.min(4, d.unmatched),
          grouped: step.a + step.b > 2 ? 1 : 0,
          heading: d.heading ? 1 : 0,
          logLength: Math.log(1 + d.jaLength),
        },
      };
    }
    const margins: number[] = [];
    const neighbours = step.a ? [step.j - 1, step.j] : [step.i - 1, step.i];
    for (const k of neighbours) {
      const other = step.a ? stepOfSecond.get(k) : stepOfFirst.get(k);
      if (!other) continue;
      const link = step.a ? cost(step.i, k, 1, 1) : cost(k, step.j, 1, 1);
      const otherLinked = other.a > 0 && other.b > 0;
      const alternative = link + (otherLinked ? skipCost : 0);
      const current = skipCost + other.cost;
      margins.push(alternative - current);
    }
    const finite = margins.filter(Number.isFinite);
    return { link: false, features: { margin: clip(finite.length ? Math.min(...finite) : 8), logLength: Math.log(1 + skippedLength(step)) } };
  });
}

/** A fitted logistic model: probability = 1 / (1 + exp(-(intercept + Σ weight·feature))). */
export interface LogisticModel {
  intercept: number;
  weights: Record<string, number>;
}

// The weights' names in sorted order (the order the sum is taken in), once per model: every pair and
// sentence pair of a document is scored.
const sortedNames = new WeakMap<LogisticModel, string[]>();

export function probability(model: LogisticModel, features: Record<string, number>): number {
  let names = sortedNames.get(model);
  if (names === undefined) sortedNames.set(model, (names = Object.keys(model.weights).sort()));
  let z = model.intercept;
  for (let k = 0; k < names.length; k++) z += model.weights[names[k]!]! * (features[names[k]!] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The probability's log-odds, bounded: the sentence scores read their block pair's score through it. */
export function logOdds(p: number): number {
  return clip(Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p)), 6);
}
