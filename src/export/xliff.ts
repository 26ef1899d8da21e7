// Segments → XLIFF 2.1 for review workflows: one unit per segment, the alignment's facts in the
// Metadata module (mda), the segment state saying what a reviewer should do with it.
import { xmlChunks, xmlDocument, xmlElement, type XmlNode } from '../text/xml.js';
import { formatLines, type ExportMeta } from './meta.js';
import type { ExportSegment } from './segments.js';
import { REVIEW_THRESHOLD } from '../model.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'; // 2.1 keeps the 2.0 namespace
export const METADATA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** Segments under REVIEW_THRESHOLD are the ones the alignment asks a person to check. */
export { REVIEW_THRESHOLD } from '../model.js';

/**
 * The target is a human translation, aligned by machine; nobody has reviewed the pairing yet, so
 * no segment is `reviewed` or `final`:
 * - both sides, score ≥ 0.5 → state `translated`;
 * - both sides, score < 0.5 → `translated`, subState `strategy-align:check-alignment`;
 * - Japanese only (1-0) → `initial` with no target, subState `strategy-align:untranslated`;
 * - English only (0-1) → `translated` with an empty source, subState `strategy-align:no-source`.
 */
export function segmentState(segment: ExportSegment): { state: string; subState?: string } {
  if (segment.en === '') return { state: 'initial', subState: 'strategy-align:untranslated' };
  if (segment.ja === '') return { state: 'translated', subState: 'strategy-align:no-source' };
  if (segment.score < REVIEW_THRESHOLD) return { state: 'translated', subState: 'strategy-align:check-alignment' };
  return { state: 'translated' };
}

function metadata(unit: XmlNode, segment: ExportSegment): void {
  const group = xmlElement(xmlElement(unit, 'mda:metadata', {}, undefined, METADATA_NS), 'mda:metaGroup', { category: 'strategy-align' }, undefined, METADATA_NS);
  const meta = (type: string, value: string) => xmlElement(group, 'mda:meta', { type }, value, METADATA_NS);
  meta('score', segment.score.toFixed(3));
  meta('alignment', segment.type);
  if (segment.section !== null) meta('section', segment.section);
  if (segment.lines.ja) meta('ja-lines', formatLines(segment.lines.ja));
  if (segment.lines.en) meta('en-lines', formatLines(segment.lines.en));
}

export function toXliff(segments: ExportSegment[], meta: ExportMeta): string {
  return [...xliffChunks(segments, meta)].join('');
}

/** toXliff piece by piece (src/text/xml.ts xmlChunks): a long document's memory is never one XML tree. */
export function xliffChunks(segments: readonly ExportSegment[], meta: ExportMeta, childrenPerChunk?: number): Generator<string> {
  // A file needs at least one unit or group; an empty group says "nothing aligned" validly.
  const children: Iterable<ExportSegment | null> = segments.length === 0 ? [null] : segments;
  return xmlChunks(() => xliffSkeleton(meta), children, addUnit, childrenPerChunk);
}

function xliffSkeleton(meta: ExportMeta): { root: XmlNode; container: XmlNode } {
  const root = xmlDocument(
    'xliff',
    {
      'xmlns:mda': METADATA_NS,
      version: '2.1',
      srcLang: 'ja',
      trgLang: 'en',
    },
    XLIFF_NS,
  );
  return { root, container: xmlElement(root, 'file', { id: 'f1', original: meta.ja.name }) };
}

/** One segment's unit, or (null) the empty group of a file with no segment. */
function addUnit(file: XmlNode, segment: ExportSegment | null): void {
  if (segment === null) {
    xmlElement(file, 'group', { id: 'empty' });
    return;
  }
  const unit = xmlElement(file, 'unit', { id: segment.id });
  metadata(unit, segment);
  const { state, subState } = segmentState(segment);
  const seg = xmlElement(unit, 'segment', subState ? { state, subState } : { state });
  // xml:space: spaces, tabs and line breaks inside source and target are content, not layout.
  xmlElement(seg, 'source', { 'xml:space': 'preserve' }, segment.ja);
  if (segment.en !== '') xmlElement(seg, 'target', { 'xml:space': 'preserve' }, segment.en);
}
