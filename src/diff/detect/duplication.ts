// An English sentence translated twice: near-identical English sentences close to each other
// whose Japanese sources are not themselves repeated.
import levenshtein from 'fast-levenshtein';
import type { Discrepancy, Pair, Sentence } from '../../model.js';
import { sentenceSide } from './locate.js';

type Draft = Omit<Discrepancy, 'id' | 'severity' | 'section'>;

const WINDOW_PAIRS = 3; // a duplicate further away is a deliberate repetition, not a slip
const MIN_CHARS = 40;
const MAX_DISTANCE_RATIO = 0.12;

function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function similar(a: string, b: string): boolean {
  if (a.length < MIN_CHARS || b.length < MIN_CHARS) return false;
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) * MAX_DISTANCE_RATIO) return false;
  return levenshtein.get(a, b) <= Math.max(a.length, b.length) * MAX_DISTANCE_RATIO;
}

export function detectDuplications(pairs: Pair[]): Draft[] {
  const drafts: Draft[] = [];
  const entries = pairs.flatMap((pair, index) =>
    pair.sentences.flatMap((sp) => sp.en.map((sentence) => ({ index, pair, sentence, source: sp.ja, key: normalizeForComparison(sentence.normalized) }))),
  );
  const reported = new Set<Sentence>();
  for (let x = 0; x < entries.length; x++) {
    const first = entries[x]!;
    for (let y = x + 1; y < entries.length && entries[y]!.index - first.index <= WINDOW_PAIRS; y++) {
      const second = entries[y]!;
      if (reported.has(second.sentence) || !similar(first.key, second.key)) continue;
      const jaFirst = first.source.map((s) => s.normalized).join('');
      const jaSecond = second.source.map((s) => s.normalized).join('');
      if (jaFirst && jaSecond && jaFirst === jaSecond) continue; // the Japanese repeats itself too
      reported.add(second.sentence);
      drafts.push({
        kind: 'duplication',
        ja: second.source.length ? sentenceSide(second.source) : null,
        en: sentenceSide([second.sentence]),
        found: `${first.sentence.lines[0]}`,
        message: `The English repeats the sentence of line ${first.sentence.lines[0]}`,
        pair: second.pair.id,
      });
    }
  }
  return drafts;
}
