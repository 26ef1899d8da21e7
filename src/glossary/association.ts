// Term pairs by association over aligned pairs: a Japanese compound and an English phrase that keep
// appearing in the same aligned pairs, and rarely apart. Dice ranks them; the log-likelihood ratio
// (Dunning 1993) rejects pairs whose co-occurrence chance explains; competitive linking (Melamed
// 2000) keeps each term in its best pair only, so 量子 and 量子技術 do not both claim "quantum".

export interface AssociationOptions {
  /** Minimum number of aligned pairs both terms share. */
  minCount: number;
  minDice: number;
  minLogLikelihood: number;
}

export const DEFAULT_ASSOCIATION: AssociationOptions = { minCount: 3, minDice: 0.3, minLogLikelihood: 10.83 };

export interface Association {
  ja: string;
  en: string; // English key (lower case, last word singular)
  count: number;
  dice: number;
  logLikelihood: number;
}

function xlogx(k: number, expected: number): number {
  return k === 0 ? 0 : k * Math.log(k / expected);
}

/** Dunning's G² for a 2×2 contingency table of pair counts. */
export function logLikelihoodRatio(both: number, jaOnly: number, enOnly: number, neither: number): number {
  const n = both + jaOnly + enOnly + neither;
  const ja = both + jaOnly;
  const en = both + enOnly;
  const expected = (row: number, col: number) => (row * col) / n;
  return (
    2 *
    (xlogx(both, expected(ja, en)) +
      xlogx(jaOnly, expected(ja, n - en)) +
      xlogx(enOnly, expected(n - ja, en)) +
      xlogx(neither, expected(n - ja, n - en)))
  );
}

/** Where the terms of each unit stood (see phrases.ts), when known. */
export interface UnitPlaces {
  ja: Array<{ ends: Set<string>; listed: Set<string> }>;
  en: Array<{ ends: Set<string> }>;
}

/** A Japanese term is a head when it ends its compound in at least this share of its units. */
const HEAD_SHARE = 0.75;

/**
 * Associations between the Japanese terms and English phrase keys of aligned units (one entry per
 * unit, each a set), best first, one pair per term. With the places of the terms, two kinds of
 * partial phrase are left out: an English word that never ends its phrase for a Japanese term
 * that is a head (好循環 is "virtuous cycle", never "virtuous"), and, in a unit where the Japanese
 * term is one item of a ・ list, an English phrase with "and" (科学技術・イノベーション政策 →
 * "science, technology and innovation policy": the "and" is the list's, not イノベーション政策's).
 */
export function associate(japanese: string[][], english: string[][], options: AssociationOptions = DEFAULT_ASSOCIATION, places?: UnitPlaces): Association[] {
  const units = Math.min(japanese.length, english.length);
  const jaCount = new Map<string, number>();
  const enCount = new Map<string, number>();
  const jaEnds = new Map<string, number>();
  const enEnds = new Set<string>();
  for (let i = 0; i < units; i++) {
    for (const term of new Set(japanese[i])) jaCount.set(term, (jaCount.get(term) ?? 0) + 1);
    for (const term of new Set(english[i])) enCount.set(term, (enCount.get(term) ?? 0) + 1);
    for (const term of places?.ja[i]?.ends ?? []) jaEnds.set(term, (jaEnds.get(term) ?? 0) + 1);
    for (const term of places?.en[i]?.ends ?? []) enEnds.add(term);
  }
  const isHead = (ja: string) => (jaEnds.get(ja) ?? 0) >= HEAD_SHARE * jaCount.get(ja)!;
  const neverEnds = (en: string) => places !== undefined && !enEnds.has(en);
  const jaKept = closedTerms(jaCount, options.minCount, (inner, outer) => outer.includes(inner));
  // "integrity" inside "research security and integrity" is still a term of its own
  const enKept = closedTerms(enCount, options.minCount, (inner, outer) => !/ and /.test(outer) && ` ${outer} `.includes(` ${inner} `));
  const joint = new Map<string, number>();
  for (let i = 0; i < units; i++) {
    const ja = [...new Set(japanese[i])].filter((term) => jaKept.has(term));
    const en = [...new Set(english[i])].filter((term) => enKept.has(term));
    const listed = places?.ja[i]?.listed;
    for (const j of ja) for (const e of en) {
      if (listed?.has(j) && !j.includes('・') && e.includes(' and ')) continue;
      const key = `${j}\u0000${e}`;
      joint.set(key, (joint.get(key) ?? 0) + 1);
    }
  }
  const scored: Association[] = [];
  for (const [key, count] of joint) {
    if (count < options.minCount) continue;
    const [ja, en] = key.split('\u0000') as [string, string];
    if (neverEnds(en) && isHead(ja)) continue;
    const cj = jaCount.get(ja)!;
    const ce = enCount.get(en)!;
    const dice = (2 * count) / (cj + ce);
    if (dice < options.minDice) continue;
    const logLikelihood = logLikelihoodRatio(count, cj - count, ce - count, units - cj - ce + count);
    if (logLikelihood < options.minLogLikelihood) continue;
    scored.push({ ja, en, count, dice, logLikelihood });
  }
  // ties (the same pairs hold both) go to the longest terms: 気候変動 = climate change, not 気候変動 = climate
  scored.sort(
    (a, b) =>
      b.dice - a.dice || b.logLikelihood - a.logLikelihood || b.ja.length - a.ja.length || b.en.length - a.en.length || compare(a.ja, b.ja) || compare(a.en, b.en),
  );
  const linkedJa = new Set<string>();
  const linkedEn = new Set<string>();
  const linked: Association[] = [];
  for (const pair of scored) {
    if (linkedJa.has(pair.ja) || linkedEn.has(pair.en)) continue;
    linkedJa.add(pair.ja);
    linkedEn.add(pair.en);
    linked.push(pair);
  }
  return linked;
}

/**
 * Frequent terms that are not just a fragment of a longer frequent term: a term found in exactly
 * as many units as a longer term containing it never occurs without it (イノベーション戦略推進 inside
 * 統合イノベーション戦略推進会議決定) and would only pair with fragments of its translation.
 */
function closedTerms(counts: Map<string, number>, minCount: number, contains: (inner: string, outer: string) => boolean): Set<string> {
  const byCount = new Map<number, string[]>();
  for (const [term, count] of counts) {
    if (count < minCount) continue;
    const group = byCount.get(count) ?? [];
    group.push(term);
    byCount.set(count, group);
  }
  const kept = new Set<string>();
  for (const group of byCount.values()) {
    for (const term of group) {
      if (!group.some((other) => other.length > term.length && contains(term, other))) kept.add(term);
    }
  }
  return kept;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
