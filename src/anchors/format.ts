// The `parse --anchors` view: each block's anchors with their values, one per line, for people
// checking what the tool will compare.
import type { Anchor, Block, Document } from '../model.js';

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u.test(char) ? 2 : 1;
  return width;
}

function padTo(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(1, columns - displayWidth(text)));
}

function describe(anchor: Anchor): string {
  if (anchor.type === 'title') return anchor.qualifier ? `(${anchor.qualifier})` : ''; // the text says it all
  const extra = [anchor.qualifier, anchor.unit && `unit ${anchor.unit}`].filter(Boolean).join(', ');
  return `${anchor.value}${extra ? ` (${extra})` : ''}`;
}

function formatBlock(block: Block): string[] {
  const [first, last] = block.lines;
  const where = first === last ? `line ${first}` : `lines ${first}-${last}`;
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
