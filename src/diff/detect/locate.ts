// Where a finding is: the blocks, sentence and span it is about (so a report marks it in place),
// and the file lines of those, through the blocks' lineMaps.
import type { Block, LineRange, Sentence, Side } from '../../model.js';

/** File lines of [start, end) in a block's normalised text, through the block's lineMap. */
export function linesOfSpan(block: Block, start: number, end: number): LineRange {
  const lineAt = (offset: number) => {
    let line = block.lines[0];
    for (const [at, l] of block.lineMap) {
      if (at > offset) break;
      line = l;
    }
    return line;
  };
  return [lineAt(start), lineAt(Math.max(start, end - 1))];
}

/** The block a sentence belongs to: sentence ids are '<block id>.<n>' (anchors/sentences.ts). */
export function blockIdOfSentence(sentence: Sentence): string {
  return sentence.id.replace(/\.\d+$/u, '');
}

/** Whole blocks. */
export function blockSide(blocks: Block[]): Side {
  const side: Side = {
    lines: [blocks[0]!.lines[0], blocks[blocks.length - 1]!.lines[1]],
    text: blocks.map((b) => b.normalized).join('\n'),
    blocks: blocks.map((b) => b.id),
  };
  if (blocks.length === 1) side.span = [0, blocks[0]!.normalized.length];
  return side;
}

/** Whole sentences; `context` (the blocks around them) is shown with them. */
export function sentenceSide(sentences: Sentence[], context?: Block[]): Side {
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  const side: Side = {
    lines: [first.lines[0], last.lines[1]],
    text: sentences.map((s) => s.normalized).join(' '),
    blocks: [...new Set(sentences.map(blockIdOfSentence))],
  };
  if (context) side.context = context.map((b) => b.normalized).join('\n');
  if (sentences.length === 1) side.sentence = first.id;
  if (sentences.length === 1 || (side.blocks!.length === 1 && consecutive(sentences))) side.span = [first.start, last.end];
  return side;
}

/** Sentences of one block that follow each other, so [first.start, last.end) covers only them. */
function consecutive(sentences: Sentence[]): boolean {
  const index = (s: Sentence) => Number(/\.(\d+)$/u.exec(s.id)?.[1] ?? Number.NaN);
  return sentences.every((s, i) => i === 0 || index(s) === index(sentences[i - 1]!) + 1);
}

/** A clause inside a sentence, located in the file. `start`/`end` are offsets in the sentence. */
export function clauseSide(block: Block, sentence: Sentence, start: number, end: number): Side {
  return {
    lines: linesOfSpan(block, sentence.start + start, sentence.start + end),
    text: sentence.normalized.slice(start, end),
    context: sentence.normalized,
    blocks: [block.id],
    sentence: sentence.id,
    span: [sentence.start + start, sentence.start + end],
  };
}
