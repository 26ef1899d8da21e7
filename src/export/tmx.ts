// Segments → TMX 1.4b, the translation-memory format Trados, memoQ and OmegaT import.
// No creationdate: the same inputs give byte-identical output.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { formatLines, type ExportMeta } from './meta.js';
import type { ExportSegment } from './segments.js';
import { xmlAttribute, xmlText } from '../xml-text.js';

function prop(parent: XMLBuilder, type: string, value: string): void {
  parent.ele('prop', { type }).txt(xmlText(value));
}

function segmentProps(tu: XMLBuilder, segment: ExportSegment): void {
  prop(tu, 'x-score', segment.score.toFixed(3));
  prop(tu, 'x-alignment', segment.type);
  if (segment.section !== null) prop(tu, 'x-section', segment.section);
  if (segment.lines.ja) prop(tu, 'x-ja-lines', formatLines(segment.lines.ja));
  if (segment.lines.en) prop(tu, 'x-en-lines', formatLines(segment.lines.en));
}

export function toTmx(segments: ExportSegment[], meta: ExportMeta): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
  const header = root.ele('header', {
    creationtool: 'strategy-align',
    creationtoolversion: xmlAttribute(meta.toolVersion),
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
  const body = root.ele('body');
  for (const segment of segments) {
    const tu = body.ele('tu', { tuid: xmlAttribute(segment.id) });
    segmentProps(tu, segment);
    // A side with no text gets no tuv: an empty seg would teach the memory an empty translation.
    for (const lang of ['ja', 'en'] as const) {
      if (segment[lang] !== '') tu.ele('tuv', { 'xml:lang': lang }).ele('seg').txt(xmlText(segment[lang]));
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
