// Every XML writer (export's TMX and XLIFF, the glossary's TBX, diff's JUnit) builds its elements
// with xmlDocument and xmlElement, which escape every attribute value and text: no call site can
// forget, and there is one implementation.
//
// xmlbuilder2 (4.x) leaves an "&" unescaped when it looks like the start of an entity reference —
// "&amp;", "&foo;", "&#65;" — so the text "R&D;" or "&amp;" would come out as markup (an undefined
// entity, or a different text). Escaping every "&" first makes each one look like "&amp;", which
// it then leaves alone. Whether the library still needs this is measured once, not assumed, so an
// upgrade that fixes it cannot make us double-escape.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** UTF-8 cannot encode a lone surrogate: it becomes U+FFFD, as any UTF-8 encoder would make it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// Characters XML 1.0 forbids (§2.2 Char): C0 controls other than TAB, LF and CR, U+FFFE and U+FFFF.
// Lone surrogates are handled by wellFormed.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * Text that survives a trip through any conforming XML parser unchanged:
 * - CR LF and lone CR become LF (a parser would turn them into LF anyway, §2.11);
 * - vertical tab and form feed (page breaks in PDF extractions) become a space;
 * - other characters XML 1.0 forbids, and lone surrogates, become U+FFFD.
 * Everything else, including TAB and LF, is kept.
 */
export function xmlSafe(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u000B\u000C]/gu, ' ')
    .replace(XML_FORBIDDEN, '\uFFFD');
}

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

export type XmlNode = XMLBuilder;
export type XmlAttributes = Readonly<Record<string, string>>;

function escapedAttributes(attributes: XmlAttributes): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, xmlAttribute(value)]));
}

/** A new document (version 1.0, UTF-8) and its root element; attribute values escaped. */
export function xmlDocument(name: string, attributes: XmlAttributes = {}, namespace?: string): XmlNode {
  const document = create({ version: '1.0', encoding: 'UTF-8' });
  return namespace === undefined ? document.ele(name, escapedAttributes(attributes)) : document.ele(namespace, name, escapedAttributes(attributes));
}

/** A child element of `parent`, attribute values and text (when given) escaped; returns the child. */
export function xmlElement(parent: XmlNode, name: string, attributes: XmlAttributes = {}, text?: string, namespace?: string): XmlNode {
  const element = namespace === undefined ? parent.ele(name, escapedAttributes(attributes)) : parent.ele(namespace, name, escapedAttributes(attributes));
  if (text !== undefined) element.txt(xmlText(text));
  return element;
}

/** The whole document of `node`, indented, ending in a line break. */
export function xmlString(node: XmlNode): string {
  return `${node.end({ prettyPrint: true })}\n`;
}
