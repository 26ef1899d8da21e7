// The seed pair at k times its length, for the benchmark's scaling rows: the whole seed, then k-1
// more copies of its body (from the first chapter heading on; a document has one cover page and one
// table of contents), each copy after a blank line so that no paragraph runs into the next copy.
// Needs dist/ (`npm run build`): the body start is where parse finds the first section.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from './seed-variants.js';

const ROOT = new URL('..', import.meta.url);
const { readSource, parseDocument } = await import(new URL('dist/index.js', ROOT).href);

/** Lines of a seed, where its body starts (1-based), and how many blocks the body and the whole have. */
function seedShape(path) {
  const document = parseDocument(readSource(path));
  const bodyStart = document.sections[0].lines[0];
  return {
    lines: readFileSync(path, 'utf8').replace(/\n+$/, '').split('\n'),
    bodyStart,
    blocks: document.blocks.length,
    bodyBlocks: document.blocks.filter((block) => block.lines[0] >= bodyStart).length,
  };
}

/**
 * Writes `dir/seed-x{k}.ja.txt` and `.en.md` and returns their paths with the block counts parse
 * should find in them if the copies parse as the original does.
 */
export function writeLongerSeeds(dir, k) {
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const lang of ['ja', 'en']) {
    const shape = seedShape(SEEDS[lang]);
    const body = shape.lines.slice(shape.bodyStart - 1);
    const lines = [...shape.lines];
    for (let copy = 1; copy < k; copy++) lines.push('', ...body);
    const path = join(dir, `seed-x${k}.${lang}${lang === 'ja' ? '.txt' : '.md'}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    out[lang] = { path, expectedBlocks: shape.blocks + (k - 1) * shape.bodyBlocks, bytes: Buffer.byteLength(lines.join('\n')) + 1 };
  }
  return out;
}
