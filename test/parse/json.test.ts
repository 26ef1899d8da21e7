// The document@1 contract: both seeds' JSON validates against schema/document.schema.json, has
// exactly the contract's fields, and is byte-identical from run to run.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseDocument, toDocumentJson } from '../../src/parse/index.js';
import { readSource } from '../../src/read/index.js';
import { ROOT, SEED, seedDocument } from '../helpers/seeds.js';

const schema = JSON.parse(readFileSync(`${ROOT}schema/document.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe.each(['ja', 'en'] as const)('%s seed as JSON', (lang) => {
  const json = toDocumentJson(seedDocument(lang));

  it('validates against the schema', () => {
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has exactly the contract fields, in contract order', () => {
    expect(Object.keys(json)).toEqual(['schema', 'path', 'lang', 'encoding', 'sections', 'blocks']);
    expect(Object.keys(json.sections[0]!)).toEqual(['id', 'number', 'title', 'level', 'lines', 'parent']);
    expect(Object.keys(json.blocks[0]!)).toEqual(['id', 'kind', 'lines', 'section', 'text', 'normalized', 'anchors']);
    expect(json).toMatchObject({ schema: 'strategy-align/document@1', lang, encoding: 'utf-8' });
  });

  it('is byte-identical when parsed again', () => {
    const again = toDocumentJson(parseDocument(readSource(`${ROOT}${SEED[lang]}`)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(json));
  });
});

describe('schema', () => {
  const json = toDocumentJson(seedDocument('en'));

  it('rejects a block kind outside the contract and a missing field', () => {
    expect(validate({ ...json, blocks: [{ ...json.blocks[0]!, kind: 'list' }] })).toBe(false);
    const { normalized: _dropped, ...withoutNormalized } = json.blocks[0]!;
    expect(validate({ ...json, blocks: [withoutNormalized] })).toBe(false);
    expect(validate({ ...json, sections: [{ ...json.sections[0]!, lines: [0, 3] }] })).toBe(false);
  });

  it('includes sentences only when the anchors stage filled them, and then validates them', () => {
    expect(json.blocks.some((b) => 'sentences' in b)).toBe(false);
    const doc = seedDocument('en');
    const block = doc.blocks.find((b) => b.lines[0] === 21)!;
    const withSentences = {
      ...doc,
      blocks: [
        {
          ...block,
          sentences: [
            {
              id: `${block.id}.1`,
              start: 0,
              end: block.normalized.length,
              lines: block.lines,
              text: block.text,
              normalized: block.normalized,
              anchors: [{ type: 'date' as const, text: 'March 26, 2021', value: '2021-03-26', start: 0, end: 14 }],
            },
          ],
        },
      ],
    };
    const out = toDocumentJson(withSentences);
    expect(out.blocks[0]!.sentences).toHaveLength(1);
    expect(validate(out)).toBe(true);
  });
});
