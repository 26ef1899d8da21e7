// How much longer the English runs than the Japanese, estimated from the pair itself: about 2.7
// characters of English per Japanese character in policy texts, but a terse or padded
// translation shifts it, and a constant would make the alignment drift.

export interface LengthModel {
  ratio: number; // expected English length / Japanese length
  sigma: number; // spread of ln(actual/expected) for true pairs
}

export function estimateLengthModel(jaLengths: number[], enLengths: number[]): LengthModel {
  const ja = jaLengths.reduce((s, n) => s + n, 0);
  const en = enLengths.reduce((s, n) => s + n, 0);
  const ratio = ja > 0 && en > 0 ? en / ja : 2.7;
  return { ratio: Math.min(6, Math.max(0.5, ratio)), sigma: 0.4 };
}

/** Negative log-likelihood (up to a constant) that texts of these lengths translate each other. */
export function lengthCost(model: LengthModel, jaLength: number, enLength: number): number {
  // +8 smooths very short units (headings, "(Space)") whose ratio is noisy.
  const x = Math.log((enLength + 8) / (model.ratio * jaLength + 8));
  return (x * x) / (2 * model.sigma * model.sigma);
}
