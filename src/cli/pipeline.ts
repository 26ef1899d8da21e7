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

/** `onWarning` defaults to stderr; batch workers collect warnings instead, to report them per pair. */
export function loadAlignment(jaPath: string, enPath: string, onWarning: (message: string) => void = warn): Alignment {
  const { ja, en } = readPair(jaPath, enPath, onWarning);
  return alignDocuments(loadDocument(ja), loadDocument(en));
}
