// text → Document: English markdown through remark (english.ts), Japanese plain text line by line
// (japanese.ts); both hand their units to the same assembly (assemble.ts).
import type { Document, SourceText } from '../model.js';
import { assembleDocument } from './assemble.js';
import { englishUnits } from './english.js';
import { japaneseUnits } from './japanese.js';

export { toDocumentJson } from './json.js';
export { formatOutline } from './tree.js';
export { normalizeText, repairSpacing } from './pdf-repair.js';

export function parseDocument(source: SourceText): Document {
  const lines = source.text.split('\n');
  const units = source.lang === 'en' ? englishUnits(source.text, lines) : japaneseUnits(lines);
  return assembleDocument(source, units);
}
