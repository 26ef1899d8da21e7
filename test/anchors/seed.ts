// Reading the seed pair in tests: whole files, or single lines by their 1-based number.
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/model.js';

const paths: Record<Lang, URL> = {
  ja: new URL('../../seeds/integrated-innovation-strategy-2025.ja.txt', import.meta.url),
  en: new URL('../../seeds/integrated-innovation-strategy-2025.en.md', import.meta.url),
};
const cache = new Map<Lang, string[]>();

export function seedText(lang: Lang): string {
  return readFileSync(paths[lang], 'utf8');
}

export function seedLines(lang: Lang): string[] {
  if (!cache.has(lang)) cache.set(lang, seedText(lang).split('\n'));
  return cache.get(lang)!;
}

/** Line `n` (1-based) of a seed, without its markdown or PDF bullet. */
export function seedLine(lang: Lang, n: number): string {
  const line = seedLines(lang)[n - 1];
  if (line === undefined) throw new Error(`seed ${lang} has no line ${n}`);
  return line.replace(/^\s*(?:[-•]\s*)?(?:・\s*)?/u, '');
}

/** Text compared without white space: the raw Japanese seed spaces its digits ("令和 7 年"). */
export const squash = (text: string) => text.replace(/\s+/gu, '');
