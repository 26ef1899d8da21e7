// A two-column listing of an alignment for a terminal: one row per pair, JA left, EN right.
import type { Alignment, Pair } from '../model.js';
import { clipToWidth as clip } from '../text/display.js';
import { formatLineRange, spanOfLines } from '../text/line-range.js';

const lines = (blocks: Pair['ja']) => {
  const span = spanOfLines(blocks);
  return span ? formatLineRange(span, { bothEnds: true }) : '';
};

export function formatAlignmentText(alignment: Alignment, level: 'block' | 'sentence', width = 160): string {
  const column = Math.max(20, Math.floor((width - 24) / 2));
  const out: string[] = [];
  for (const pair of alignment.pairs) {
    if (level === 'sentence' && pair.sentences.length > 0) {
      for (const s of pair.sentences) {
        const jaText = s.ja.map((x) => x.normalized).join(' ');
        const enText = s.en.map((x) => x.normalized).join(' ');
        const jaLines = s.ja.length ? `${s.ja[0]!.lines[0]}` : '';
        const enLines = s.en.length ? `${s.en[0]!.lines[0]}` : '';
        out.push(`${pair.id.padEnd(5)} ${s.type} ${s.score.toFixed(2)} ${jaLines.padStart(4)} ${clip(jaText, column)} ${enLines.padStart(4)} ${clip(enText, column)}`.trimEnd());
      }
    } else {
      const jaText = pair.ja.map((b) => b.normalized).join(' ');
      const enText = pair.en.map((b) => b.normalized).join(' ');
      out.push(`${pair.id.padEnd(5)} ${pair.type} ${pair.score.toFixed(2)} ${lines(pair.ja).padStart(7)} ${clip(jaText, column)} ${lines(pair.en).padStart(7)} ${clip(enText, column)}`.trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}
