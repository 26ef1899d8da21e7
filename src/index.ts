// The public API: the pipeline read → parse → annotate → align → findings, its options, the stage
// functions and the shared types. The CLI, the batch jobs, the tests, `npm run eval` and
// `npm run bench` all run this one chain (src/pipeline/).

// the chain and its options
export { alignPair, documentFromText, findDiscrepancies, loadDocument, readPair, readSource, sourceFromBytes } from './pipeline/index.js';
export {
  CONFIG_FILE,
  defaultPipelineOptions,
  diffOptionsOf,
  type FindingFlags,
  type GlossaryEntry,
  loadBaseline,
  loadGlossary,
  type PipelineOptions,
  resolvePipelineOptions,
  type TransferablePipelineOptions,
  warnOnStderr,
} from './pipeline/options.js';

// the stages, one function each
export { parseDocument, toDocumentJson } from './parse/index.js';
export { annotateDocument } from './anchors/index.js';
export { alignDocuments, toAlignmentJson } from './align/index.js';
export { type TranslationEvidence, translationEvidence } from './align/evidence.js';
export { type DiffOptions, type DiffResult, type DiffSummary, runDiff } from './diff/index.js';
export { exportAlignment, type ExportOptions } from './export/index.js';
export { renderReport } from './report/index.js';

// the shared types
export type {
  Alignment,
  Anchor,
  AnchorType,
  Block,
  BlockKind,
  Discrepancy,
  DiscrepancyKind,
  Document,
  Lang,
  LineRange,
  Pair,
  PairType,
  Section,
  Sentence,
  SentencePair,
  Severity,
  Side,
  SourceText,
} from './model.js';
export { InputError } from './model.js';
