// The pair's own length model, used to tell a real omission from a sentence the translation merely
// split or merged differently: if the English is as long as the whole Japanese, nothing is missing.

export const visibleLength = (text: string) => text.replace(/\s+/g, '').length;

/**
 * True when the English length fits the Japanese without `droppedJa` characters better than with
 * them (`ratio` English characters per Japanese character).
 */
export function lengthSuggestsDropped(jaLength: number, droppedJa: number, enLength: number, ratio: number, tolerance = 0): boolean {
  const withPart = Math.abs(Math.log((enLength + 8) / (ratio * jaLength + 8)));
  const withoutPart = Math.abs(Math.log((enLength + 8) / (ratio * (jaLength - droppedJa) + 8)));
  return withoutPart < withPart + tolerance;
}
