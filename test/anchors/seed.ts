// Single seed lines for the anchor tables, read through the shared seed helper.
import type { Lang } from '../../src/model.js';
import { seedLines } from '../helpers/seeds.js';

const cache = new Map<Lang, string[]>();

/** Line `n` (1-based) of a seed, without its markdown or PDF bullet. */
export function seedLine(lang: Lang, n: number): string {
  if (!cache.has(lang)) cache.set(lang, seedLines(lang));
  const line = cache.get(lang)![n - 1];
  if (line === undefined) throw new Error(`seed ${lang} has no line ${n}`);
  return line.replace(/^\s*(?:[-•]\s*)?(?:・\s*)?/u, '');
}

/** Text compared without white space: the raw Japanese seed spaces its digits ("令和 7 年"). */
export const squash = (text: string) => text.replace(/\s+/gu, '');
