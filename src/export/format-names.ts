// The export formats and levels by name, and the format a file name asks for: what the CLI needs
// to declare its options, without loading the XML writers.
export type ExportFormat = 'tmx' | 'xliff' | 'tsv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['tmx', 'xliff', 'tsv', 'jsonl'];

export type ExportLevel = 'sentence' | 'block';
export const EXPORT_LEVELS: readonly ExportLevel[] = ['sentence', 'block'];

/** The file extension each format is written with in batch mode. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { tmx: '.tmx', xliff: '.xlf', tsv: '.tsv', jsonl: '.jsonl' };

/** The format a file name asks for (`out.tmx`, `out.xliff`), or null. */
export function formatFromFileName(name: string): ExportFormat | null {
  const extension = /\.([^./\\]+)$/u.exec(name.toLowerCase())?.[1];
  if (extension === 'xliff' || extension === 'xlf') return 'xliff';
  return EXPORT_FORMATS.find((format) => format === extension) ?? null;
}
