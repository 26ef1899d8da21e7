// The composition every pair command shares: read both files, parse, annotate, align.
import { alignDocuments } from '../align/index.js';
import { annotateDocument } from '../anchors/index.js';
import type { Alignment, Document, SourceText } from '../model.js';
import { parseDocument } from '../parse/index.js';
import { readPair } from '../read/index.js';

export function warn(message: string): void {
  process.stderr.write(`strategy-align: warning: ${message}\n`);
}

export function loadDocument(source: SourceText): Document {
  return annotateDocument(parseDocument(source));
}

export function loadAlignment(jaPath: string, enPath: string): Alignment {
  const { ja, en } = readPair(jaPath, enPath, warn);
  return alignDocuments(loadDocument(ja), loadDocument(en));
}
