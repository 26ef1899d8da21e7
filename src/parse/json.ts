// The `strategy-align/document@1` contract (schema/document.schema.json): what `parse --format json`
// prints. Field order is fixed so the output is byte-identical from run to run.
import type { Anchor, Block, Document, LineRange, Section, Sentence } from '../model.js';

export interface SectionJson {
  id: string;
  number: string | null;
  title: string;
  level: number;
  lines: LineRange;
  parent: string | null;
}

export interface BlockJson {
  id: string;
  kind: Block['kind'];
  lines: LineRange;
  section: string | null;
  text: string;
  normalized: string;
  anchors: Anchor[];
  sentences?: Sentence[];
}

export interface DocumentJson {
  schema: 'strategy-align/document@1';
  path: string;
  lang: Document['lang'];
  encoding: string;
  sections: SectionJson[];
  blocks: BlockJson[];
}

const sectionJson = (s: Section): SectionJson => ({
  id: s.id,
  number: s.number,
  title: s.title,
  level: s.level,
  lines: [s.lines[0], s.lines[1]],
  parent: s.parent,
});

function blockJson(b: Block): BlockJson {
  const json: BlockJson = {
    id: b.id,
    kind: b.kind,
    lines: [b.lines[0], b.lines[1]],
    section: b.section,
    text: b.text,
    normalized: b.normalized,
    anchors: b.anchors,
  };
  if (b.sentences) json.sentences = b.sentences;
  return json;
}

export function toDocumentJson(doc: Document): DocumentJson {
  return {
    schema: doc.schema,
    path: doc.path,
    lang: doc.lang,
    encoding: doc.encoding,
    sections: doc.sections.map(sectionJson),
    blocks: doc.blocks.map(blockJson),
  };
}
