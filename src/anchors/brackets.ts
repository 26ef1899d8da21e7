// Matching bracket pairs, so a 。 inside 「…」 or （以下「ISS」という。） ends no sentence and a quoted
// title is read between its own brackets. Brackets left unmatched by PDF damage are ignored
// rather than swallowing the rest of the block.

const OPENERS: Record<string, string> = {
  '(': ')', '[': ']', '{': '}', '「': '」', '『': '』', '【': '】', '〔': '〕', '〈': '〉', '《': '》', '“': '”',
};
const CLOSERS = new Map(Object.entries(OPENERS).map(([open, close]) => [close, open]));

export interface BracketPair {
  open: number;
  close: number; // index of the closing bracket
  char: string; // the opening bracket
}

const BRACKET = /[()[\]{}「」『』【】〔〕〈〉《》“”]/gu;

export function matchBrackets(text: string): BracketPair[] {
  const pairs: BracketPair[] = [];
  const stack: Array<{ char: string; index: number }> = [];
  for (const m of text.matchAll(BRACKET)) {
    const char = m[0];
    const i = m.index;
    const opener = CLOSERS.get(char);
    if (opener === undefined) {
      stack.push({ char, index: i });
      continue;
    }
    // Close the innermost matching opener; openers above it were never closed.
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.char === opener) {
        pairs.push({ open: stack[k]!.index, close: i, char: opener });
        stack.length = k;
        break;
      }
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** depth[i] > 0 when character i lies strictly inside a matched pair. */
export function bracketDepth(text: string, pairs: BracketPair[] = matchBrackets(text)): Int32Array {
  const delta = new Int32Array(text.length + 1);
  for (const { open, close } of pairs) {
    delta[open + 1]! += 1;
    delta[close]! -= 1;
  }
  const depth = new Int32Array(text.length);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    d += delta[i]!;
    depth[i] = d;
  }
  return depth;
}
