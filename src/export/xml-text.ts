// Text and attribute values as xmlbuilder2 must be given them to write them exactly.
//
// xmlbuilder2 (4.x) leaves an "&" unescaped when it looks like the start of an entity reference —
// "&amp;", "&foo;", "&#65;" — so the text "R&D;" or "&amp;" would come out as markup (an undefined
// entity, or a different text). Escaping every "&" first makes each one look like "&amp;", which
// it then leaves alone. Whether the library still needs this is measured once, not assumed, so an
// upgrade that fixes it cannot make us double-escape.
import { create } from 'xmlbuilder2';
import { xmlSafe } from './text.js';

const libraryKeepsEntities = create().ele('t').txt('&amp;').end({ headless: true }) === '<t>&amp;</t>';

function ampersands(text: string): string {
  return libraryKeepsEntities ? text.replace(/&/gu, '&amp;') : text;
}

/** For `.txt()`: XML-safe characters (see xmlSafe), every "&" written as "&amp;". */
export function xmlText(text: string): string {
  return ampersands(xmlSafe(text));
}

/** For attribute values: as xmlText, and TAB/LF become spaces (parsers would make them spaces). */
export function xmlAttribute(value: string): string {
  return ampersands(xmlSafe(value).replace(/[\t\n]/gu, ' '));
}
