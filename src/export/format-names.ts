// The export formats and levels by name, and the format a file name asks for: what the CLI needs
// to declare its options, without loading the XML writers.
export type ExportFormat = 'tmx' | 'xliff' | 'tsv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['tmx', 'xliff', 'tsv', 'jsonl'];

export type ExportLevel = 'sentence' | 'block';
export const EXPORT_LEVELS: readonly ExportLevel[] = ['sentence', 'block'];

/** The file extension each format is written with in batch mode. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { tmx: '.tmx', xliff: '.xlf', tsv: '.tsv', jsonl: '.jsonl' };

/** The formats each -o file extension may hold, the first inferred when --format is absent (src/cli/format-choice.ts). */
export const EXPORT_FILE_EXTENSIONS: Readonly<Record<string, readonly ExportFormat[]>> = {
  tmx: ['tmx'],
  xlf: ['xliff'],
  xliff: ['xliff'],
  tsv: ['tsv'],
  jsonl: ['jsonl'],
};
