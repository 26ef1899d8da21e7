// The unit every glossary source works on: one aligned sentence pair, both sides as normalised text
// with their line ranges. Pairs whose sentences are not aligned yet fall back to their blocks.
import type { Alignment, Block, LineRange, Sentence } from '../model.js';
import { normalizeEnglish, normalizeJapanese } from './text.js';

export interface AlignedText {
  /** Index in document order, for stable sorting and examples. */
  index: number;
  pair: string;
  ja: string;
  en: string;
  jaLines: LineRange;
  enLines: LineRange;
  /** The sentences' own texts for display. */
  jaRaw: string;
  enRaw: string;
  /** The sentences (or blocks, when the pair has no sentence pairs) of each side. */
  jaParts: Array<Sentence | Block>;
  enParts: Array<Sentence | Block>;
}

function span(parts: Array<{ lines: LineRange }>): LineRange {
  return [Math.min(...parts.map((p) => p.lines[0])), Math.max(...parts.map((p) => p.lines[1]))];
}

function joinJapanese(parts: Array<Sentence | Block>): string {
  return normalizeJapanese(parts.map((p) => p.normalized || p.text).join(''));
}

function joinEnglish(parts: Array<Sentence | Block>): string {
  return normalizeEnglish(parts.map((p) => p.normalized || p.text).join(' '));
}

/** Every aligned text pair with both sides non-empty, in document order. */
export function alignedTexts(alignment: Alignment): AlignedText[] {
  const out: AlignedText[] = [];
  for (const pair of alignment.pairs) {
    const units =
      pair.sentences.length > 0 ? pair.sentences.map((s) => ({ ja: s.ja, en: s.en })) : [{ ja: pair.ja as Array<Sentence | Block>, en: pair.en as Array<Sentence | Block> }];
    for (const unit of units) {
      if (unit.ja.length === 0 || unit.en.length === 0) continue;
      out.push({
        index: out.length,
        pair: pair.id,
        ja: joinJapanese(unit.ja),
        en: joinEnglish(unit.en),
        jaLines: span(unit.ja),
        enLines: span(unit.en),
        jaRaw: unit.ja.map((p) => p.text).join(''),
        enRaw: unit.en.map((p) => p.text).join(' '),
        jaParts: unit.ja,
        enParts: unit.en,
      });
    }
  }
  return out;
}
