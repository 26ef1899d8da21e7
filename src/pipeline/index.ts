// The one chain every caller runs (CLI, batch jobs, tests, eval, bench):
// read → parse → annotate → align → findings. Each step is a stage's pure function; this module
// only composes them and applies the shared options.
import { alignDocuments } from '../align/index.js';
import { annotateDocument } from '../anchors/index.js';
import { type DiffResult, runDiff } from '../diff/index.js';
import type { Alignment, Document, SourceText } from '../model.js';
import { parseDocument } from '../parse/index.js';
import { type ReadOptions, readPair, readSource, sourceFromBytes } from '../read/index.js';
import { defaultPipelineOptions, diffOptionsOf, type PipelineOptions, warnOnStderr } from './options.js';

export { readPair, readSource, sourceFromBytes };

/** A read source → its annotated document (sections, blocks, sentences, anchors). */
export function loadDocument(source: SourceText): Document {
  return annotateDocument(parseDocument(source));
}

/** Text in memory → its annotated document, as if read from `path`. */
export function documentFromText(text: string, path: string, lang?: 'ja' | 'en'): Document {
  return loadDocument(sourceFromBytes(Buffer.from(text, 'utf8'), path, lang));
}

/** The steps of alignPair, in order, as `onStage` names them when each starts. */
export const ALIGN_STAGES = ['read', 'parse', 'anchors', 'align'] as const;
export type AlignStage = (typeof ALIGN_STAGES)[number];

/** Reads both files (swapping them, with a warning, when given the wrong way round; `-` is standard
 *  input, named options.stdinName) and aligns them. */
export function alignPair(
  jaPath: string,
  enPath: string,
  options: Partial<Pick<PipelineOptions, 'onWarning'>> & ReadOptions & { onStage?: (stage: AlignStage) => void } = {},
): Alignment {
  const onStage = options.onStage ?? (() => {});
  onStage('read');
  const { ja, en } = readPair(jaPath, enPath, options.onWarning ?? warnOnStderr, options.stdinName === undefined ? {} : { stdinName: options.stdinName });
  onStage('parse');
  const parsed = { ja: parseDocument(ja), en: parseDocument(en) };
  onStage('anchors');
  const annotated = { ja: annotateDocument(parsed.ja), en: annotateDocument(parsed.en) };
  onStage('align');
  return alignDocuments(annotated.ja, annotated.en);
}

/** The alignment's findings under the options' severities, baseline and glossary. */
export function findDiscrepancies(alignment: Alignment, options: Partial<PipelineOptions> = {}): DiffResult {
  return runDiff(alignment, diffOptionsOf(defaultPipelineOptions(options)));
}
