// The `parse --anchors` view: each block's anchors with their values, one per line, for people
// checking what the tool will compare.
import type { Anchor, Block, Document } from '../model.js';
import { padToWidth } from '../text/display.js';
import { formatLineRange } from '../text/line-range.js';

const padTo = (text: string, columns: number) => padToWidth(text, columns, 1);

function describe(anchor: Anchor): string {
  if (anchor.type === 'title') return anchor.qualifier ? `(${anchor.qualifier})` : ''; // the text says it all
  const extra = [anchor.qualifier, anchor.unit && `unit ${anchor.unit}`].filter(Boolean).join(', ');
  return `${anchor.value}${extra ? ` (${extra})` : ''}`;
}

function formatBlock(block: Block): string[] {
  const where = formatLineRange(block.lines, { word: true });
  const lines = [`${block.id} ${block.kind}, ${where}`];
  for (const anchor of block.anchors) {
    lines.push(`  ${anchor.type.padEnd(6)}  ${padTo(describe(anchor), 30)} ${anchor.text}`);
  }
  return lines;
}

/** Blocks that have anchors, then a one-line count by type. */
export function formatAnchors(document: Document): string {
  const out: string[] = [];
  const counts = new Map<string, number>();
  for (const block of document.blocks) {
    if (block.anchors.length === 0) continue;
    out.push(...formatBlock(block));
    for (const anchor of block.anchors) counts.set(anchor.type, (counts.get(anchor.type) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const byType = ['date', 'number', 'name', 'title'].map((t) => `${counts.get(t) ?? 0} ${t}s`).join(', ');
  out.push(`${total} anchors in ${document.blocks.length} blocks: ${byType}`);
  return `${out.join('\n')}\n`;
}
