// The one length model: how much longer the English runs than the Japanese. About 2.7 characters
// of English per Japanese character in policy texts, but a terse or padded translation shifts it,
// so it is estimated from the pair itself. Align scores candidate links with it; diff uses the
// ratio over the linked pairs (recorded in the alignment) to tell a real omission from a sentence
// the translation merely split or merged differently.
import type { Pair } from '../model.js';

/** English characters per Japanese character when the texts give no estimate. */
export const DEFAULT_LENGTH_RATIO = 2.7;

export interface LengthModel {
  ratio: number; // expected English length / Japanese length, over the characters a translation does not carry over
  sigma: number; // spread of ln(actual/expected) for true pairs
}

/** Whether a code unit is white space as \s matches it (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters that count for length: white space is layout, not content. Counted, not replaced: every unit of a document is measured. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (!isWhiteSpaceCode(text.charCodeAt(k))) n++;
  return n;
}

/**
 * The ASCII characters of a Japanese text (digits, Latin letters, brackets once NFKC has folded
 * full-width forms): the translation carries them over as they are ("貞観15年（873年）" /
 * "873 (Jogan 15)", "AI" / "AI"), one English character each, so they do not scale with the ratio.
 */
export function carriedLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && c < 127) n++;
  }
  return n;
}

/** The English length a Japanese unit of `jaLength` visible characters, `jaCarried` of them carried over, should have. */
export function expectedEnglishLength(model: LengthModel, jaLength: number, jaCarried = 0): number {
  return model.ratio * (jaLength - jaCarried) + jaCarried;
}

/** `jaCarried`: the carried characters (carriedLength) of each Japanese length, which the ratio leaves out. */
export function estimateLengthModel(jaLengths: number[], enLengths: number[], jaCarried: number[] = []): LengthModel {
  const carried = jaCarried.reduce((s, n) => s + n, 0);
  const ja = jaLengths.reduce((s, n) => s + n, 0) - carried;
  const en = enLengths.reduce((s, n) => s + n, 0) - carried;
  const ratio = ja > 0 && en > 0 ? en / ja : DEFAULT_LENGTH_RATIO;
  return { ratio: Math.min(6, Math.max(0.5, ratio)), sigma: 0.4 };
}

/**
 * How far a length is from its expectation: ln(actual/expected), +8 on both sides smoothing very
 * short units (headings, "(Space)") whose ratio is noisy.
 */
export function lengthDeviation(actual: number, expected: number): number {
  return Math.log((actual + 8) / (expected + 8));
}

/** |lengthDeviation|: how badly a length fits its expectation. */
export const lengthMisfit = (actual: number, expected: number) => Math.abs(lengthDeviation(actual, expected));

/** Negative log-likelihood (up to a constant) that texts of these lengths translate each other. */
export function lengthCost(model: LengthModel, jaLength: number, enLength: number, jaCarried = 0): number {
  const x = lengthDeviation(enLength, expectedEnglishLength(model, jaLength, jaCarried));
  return (x * x) / (2 * model.sigma * model.sigma);
}

/** English characters per Japanese character over the pairs linking both sides: what the aligner
 *  found, recorded in the alignment as `lengthRatio`. */
export function linkedLengthRatio(pairs: Pair[]): number {
  let ja = 0;
  let en = 0;
  for (const pair of pairs) {
    if (pair.ja.length === 0 || pair.en.length === 0) continue;
    for (const block of pair.ja) ja += visibleLength(block.normalized);
    for (const block of pair.en) en += visibleLength(block.normalized);
  }
  return ja && en ? en / ja : DEFAULT_LENGTH_RATIO;
}

/**
 * True when the English length fits the Japanese without `droppedJa` characters better than with
 * them (`ratio` English characters per Japanese character).
 */
export function lengthSuggestsDropped(jaLength: number, droppedJa: number, enLength: number, ratio: number, tolerance = 0): boolean {
  const withPart = lengthMisfit(enLength, ratio * jaLength);
  const withoutPart = lengthMisfit(enLength, ratio * (jaLength - droppedJa));
  return withoutPart < withPart + tolerance;
}
