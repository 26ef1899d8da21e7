// Where a finding is: file lines of a sentence or of a span inside it, and a readable section label.
import type { Block, Document, LineRange, Section, Sentence, Side } from '../../model.js';

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

export function blockSide(blocks: Block[]): Side {
  return {
    lines: [blocks[0]!.lines[0], blocks[blocks.length - 1]!.lines[1]],
    text: blocks.map((b) => b.normalized).join('\n'),
  };
}

export function sentenceSide(sentences: Sentence[], context?: Block[]): Side {
  const side: Side = {
    lines: [sentences[0]!.lines[0], sentences[sentences.length - 1]!.lines[1]],
    text: sentences.map((s) => s.normalized).join(' '),
  };
  if (context) side.context = context.map((b) => b.normalized).join('\n');
  return side;
}

/** A clause inside a sentence, located in the file. `start`/`end` are offsets in the sentence. */
export function clauseSide(block: Block, sentence: Sentence, start: number, end: number): Side {
  return {
    lines: linesOfSpan(block, sentence.start + start, sentence.start + end),
    text: sentence.normalized.slice(start, end),
    context: sentence.normalized,
  };
}

/** "2 (1) ① (宇宙活動を支える総合的基盤の強化)": the numbers of the enclosing sections, then the innermost title. */
export function sectionLabel(document: Document, sectionId: string | null): string | null {
  if (!sectionId) return null;
  const byId = new Map(document.sections.map((s) => [s.id, s]));
  const chain: Section[] = [];
  for (let s = byId.get(sectionId); s; s = s.parent ? byId.get(s.parent) : undefined) chain.unshift(s);
  const innermost = chain[chain.length - 1];
  if (!innermost) return null;
  const numbers = chain.map((s) => s.number).filter((n): n is string => Boolean(n));
  const title = innermost.number ? innermost.title : `(${innermost.title.replace(/^[(（]|[)）]$/g, '')})`;
  return [...numbers, title].join(' ');
}

export function blockOfSentence(blocks: Block[], sentence: Sentence): Block {
  return blocks.find((b) => b.sentences?.includes(sentence)) ?? blocks[0]!;
}
