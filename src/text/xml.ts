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

let keepsEntities: boolean | undefined;

/** Measured when the first document is built, not when the CLI starts: a diff builds none. */
function libraryKeepsEntities(): boolean {
  keepsEntities ??= create().ele('t').txt('&amp;').end({ headless: true }) === '<t>&amp;</t>';
  return keepsEntities;
}

function ampersands(text: string): string {
  return libraryKeepsEntities() ? text.replace(/&/gu, '&amp;') : text;
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

/** How many children xmlChunks serialises together: small trees, few of them. */
const CHILDREN_PER_CHUNK = 256;

/**
 * A document with one element holding many children (TMX's body, XLIFF's file), written piece by
 * piece: the same bytes as xmlString of the whole tree, without ever building it. `skeleton` makes
 * a fresh document and returns its container; `addChild` adds one item's element to a container.
 * The children are serialised a few at a time in a fresh skeleton and cut out of it: an element's
 * indentation depends only on its depth, so a child comes out as it would in the whole document.
 */
export function* xmlChunks<T>(skeleton: () => { root: XmlNode; container: XmlNode }, items: Iterable<T>, addChild: (container: XmlNode, item: T) => void, childrenPerChunk = CHILDREN_PER_CHUNK): Generator<string> {
  // where children go: the container with one marker child, split at the marker
  const marked = skeleton();
  xmlElement(marked.container, MARKER);
  const whole = xmlString(marked.root);
  const markerAt = whole.indexOf(`<${MARKER}/>`);
  const lineStart = whole.lastIndexOf('\n', markerAt) + 1;
  const head = whole.slice(0, lineStart);
  const tail = whole.slice(markerAt + MARKER.length + 3); // the line break after the marker, then the end
  let batch: T[] = [];
  let written = 0;
  const flush = (): string => {
    const part = skeleton();
    for (const item of batch) addChild(part.container, item);
    batch = [];
    const text = xmlString(part.root);
    if (!text.startsWith(head) || !text.endsWith(tail)) throw new Error('xmlChunks: a skeleton serialised differently with children');
    return `${written++ === 0 ? '' : '\n'}${text.slice(head.length, text.length - tail.length)}`;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === childrenPerChunk) {
      if (written === 0) yield head;
      yield flush();
    }
  }
  if (batch.length > 0) {
    if (written === 0) yield head;
    yield flush();
  }
  if (written === 0) yield xmlString(skeleton().root); // no children: the container is an empty tag
  else yield tail;
}

const MARKER = 'strategy-align-children';
