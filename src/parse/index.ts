// text → Document. Filled in by the [parse] issue: english.ts (remark), japanese.ts (line parser).
import type { Document, SourceText } from '../model.js';

export function parseDocument(source: SourceText): Document {
  return {
    schema: 'strategy-align/document@1',
    path: source.path,
    lang: source.lang,
    encoding: source.encoding,
    sha256: source.sha256,
    sections: [],
    blocks: [],
  };
}
