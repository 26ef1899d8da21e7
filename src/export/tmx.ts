// Segments → TMX 1.4b, the translation-memory format Trados, memoQ and OmegaT import.
// No creationdate: the same inputs give byte-identical output.
import { xmlChunks, xmlDocument, xmlElement, type XmlNode } from '../text/xml.js';
import { formatLines, type ExportMeta } from './meta.js';
import type { ExportSegment } from './segments.js';

function prop(parent: XmlNode, type: string, value: string): void {
  xmlElement(parent, 'prop', { type }, value);
}

function segmentProps(tu: XmlNode, segment: ExportSegment): void {
  prop(tu, 'x-score', segment.score.toFixed(3));
  prop(tu, 'x-alignment', segment.type);
  if (segment.section !== null) prop(tu, 'x-section', segment.section);
  if (segment.lines.ja) prop(tu, 'x-ja-lines', formatLines(segment.lines.ja));
  if (segment.lines.en) prop(tu, 'x-en-lines', formatLines(segment.lines.en));
}

export function toTmx(segments: ExportSegment[], meta: ExportMeta): string {
  return [...tmxChunks(segments, meta)].join('');
}

/** toTmx piece by piece (src/text/xml.ts xmlChunks): a long document's memory is never one XML tree. */
export function tmxChunks(segments: Iterable<ExportSegment>, meta: ExportMeta, childrenPerChunk?: number): Generator<string> {
  return xmlChunks(() => tmxSkeleton(meta), segments, addUnit, childrenPerChunk);
}

function tmxSkeleton(meta: ExportMeta): { root: XmlNode; container: XmlNode } {
  const root = xmlDocument('tmx', { version: '1.4' });
  const header = xmlElement(root, 'header', {
    creationtool: 'strategy-align',
    creationtoolversion: meta.toolVersion,
    segtype: meta.level === 'sentence' ? 'sentence' : 'paragraph',
    'o-tmf': 'strategy-align',
    adminlang: 'en',
    srclang: 'ja',
    datatype: 'plaintext',
  });
  prop(header, 'x-ja-file', meta.ja.name);
  prop(header, 'x-ja-sha256', meta.ja.sha256);
  prop(header, 'x-en-file', meta.en.name);
  prop(header, 'x-en-sha256', meta.en.sha256);
  return { root, container: xmlElement(root, 'body') };
}

function addUnit(body: XmlNode, segment: ExportSegment): void {
  // An English-only unit (--include-unpaired) has English as its source: say so on the tu, which
  // overrides the header's srclang="ja", rather than let a reader take the English for Japanese.
  const tu = xmlElement(body, 'tu', segment.ja === '' ? { tuid: segment.id, srclang: 'en' } : { tuid: segment.id });
  segmentProps(tu, segment);
  // A side with no text gets no tuv: an empty seg would teach the memory an empty translation.
  for (const lang of ['ja', 'en'] as const) {
    if (segment[lang] !== '') xmlElement(xmlElement(tu, 'tuv', { 'xml:lang': lang }), 'seg', {}, segment[lang]);
  }
}
