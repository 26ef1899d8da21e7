// Word links in the sentence pairs of the alignment@1 JSON, on the seed pair (Integrated Innovation
// Strategy 2025, Cabinet Office of Japan).
import { describe, expect, it } from 'vitest';
import { toAlignmentJson } from '../../src/align/index.js';
import { seedAlignment } from '../helpers/pipeline.js';

describe('word links in align --format json', () => {
  const json = toAlignmentJson(seedAlignment());
  const pairs = json.pairs.flatMap((p) => p.sentences ?? []);
  const pair = pairs.find((s) => s.ja[0]?.text.startsWith('効率的な電力・通信インフラの整備を通じた'))!;

  it('links the words of a translated sentence, each with its evidence', () => {
    const ja = pair.ja.map((s) => s.text).join('\n');
    const en = pair.en.map((s) => s.text).join('\n');
    const linked = new Map(pair.links!.map((l) => [ja.slice(...l.ja), `${en.slice(...l.en)} (${l.source})`]));
    expect(linked.get('効率的')).toBe('efficient (dictionary)');
    expect(linked.get('データセンター')).toBe('data centers (dictionary)');
    expect(linked.get('加速')).toBe('accelerate (supplement)');
    expect(pair.coverage!.ja).toBeGreaterThan(0.6);
    expect(pair.coverage!.en).toBeGreaterThan(0.6);
  });

  it('gives links to every pair with both sides and to no pair with one', () => {
    for (const s of pairs) expect(s.links !== undefined).toBe(s.ja.length > 0 && s.en.length > 0);
  });
});
