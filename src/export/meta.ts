// What the headers of the export formats say about where the segments came from.
import type { Alignment, LineRange } from '../model.js';
import { baseName } from '../text/display.js';
import { formatLineRange } from '../text/line-range.js';
import type { ExportLevel } from './segments.js';

export interface SourceFileInfo {
  /** File name without folders, so the output does not depend on where the input lay. */
  name: string;
  sha256: string;
}

export interface ExportMeta {
  toolVersion: string;
  level: ExportLevel;
  ja: SourceFileInfo;
  en: SourceFileInfo;
}

export function exportMeta(alignment: Alignment, level: ExportLevel, toolVersion: string): ExportMeta {
  return {
    toolVersion,
    level,
    ja: { name: baseName(alignment.ja.path), sha256: alignment.ja.sha256 },
    en: { name: baseName(alignment.en.path), sha256: alignment.en.sha256 },
  };
}

/** '66-69'; always both ends, so a reader needs one rule. */
export function formatLines(lines: LineRange): string {
  return formatLineRange(lines, { bothEnds: true });
}
