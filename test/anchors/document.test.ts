// annotateDocument on the real seeds: the result still meets the document@1 contract, is pure and
// deterministic, and every anchor and sentence points at the text it claims.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../src/anchors/index.js';
import { formatAnchors } from '../../src/anchors/format.js';
import { toDocumentJson } from '../../src/parse/index.js';
import { ROOT, seedDocument } from '../helpers/seeds.js';

const schema = JSON.parse(readFileSync(`${ROOT}schema/document.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe.each(['ja', 'en'] as const)('annotated %s seed', (lang) => {
  const parsed = seedDocument(lang);
  const doc = annotateDocument(parsed);

  it('validates against the document schema with anchors and sentences', () => {
    const json = toDocumentJson(doc);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.blocks.every((b) => Array.isArray(b.sentences))).toBe(true);
  });

  it('leaves the parsed document untouched and gives the same result twice', () => {
    expect(parsed.blocks.every((b) => b.anchors.length === 0 && b.sentences === undefined)).toBe(true);
    expect(JSON.stringify(toDocumentJson(annotateDocument(parsed)))).toBe(JSON.stringify(toDocumentJson(doc)));
  });

  it('anchors and sentences point at their text; sentences cover each block in order', () => {
    for (const block of doc.blocks) {
      for (const a of block.anchors) expect(block.normalized.slice(a.start, a.end)).toBe(a.text);
      let previous = 0;
      for (const [i, s] of block.sentences!.entries()) {
        expect(s.id).toBe(`${block.id}.${i + 1}`);
        expect(s.start).toBeGreaterThanOrEqual(previous);
        expect(block.normalized.slice(s.start, s.end)).toBe(s.normalized);
        expect(s.lines[0]).toBeGreaterThanOrEqual(block.lines[0]);
        expect(s.lines[1]).toBeLessThanOrEqual(block.lines[1]);
        for (const a of s.anchors) expect(s.normalized.slice(a.start, a.end)).toBe(a.text);
        previous = s.end;
      }
    }
  });

  it('finds no numbers in the table of contents but its chapter ordinals', () => {
    const toc = doc.blocks.filter((b) => b.kind === 'toc').flatMap((b) => b.anchors.filter((a) => a.type === 'number'));
    expect(toc.every((a) => a.qualifier === 'ordinal')).toBe(true);
  });

  it('lists anchors for people, one line each, with a count', () => {
    const view = formatAnchors(doc);
    const total = doc.blocks.reduce((n, b) => n + b.anchors.length, 0);
    expect(view.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${total} anchors in ${doc.blocks.length} blocks: `));
    expect(view.split('\n').filter((l) => /^ {2}(?:date|number|name|title) /.test(l))).toHaveLength(total);
  });
});
