import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { xmlDocument, xmlElement, xmlString } from '../../src/text/xml.js';

function readBack(xml: string): { attribute: string; text: string } {
  const parsed = create(xml).root().first();
  return { attribute: parsed.node.attributes?.getNamedItem('value')?.value ?? '', text: parsed.node.textContent ?? '' };
}

describe('xmlElement escapes every value, so no writer can forget', () => {
  it.each([
    ['R&D', 'R&D'],
    ['R&D;', 'R&D;'], // looks like an entity reference
    ['&amp;', '&amp;'], // must stay five characters, not become "&"
    ['<seg>', '<seg>'],
    ['"quoted" and \'single\'', '"quoted" and \'single\''],
    ['page\fbreak', 'page break'], // form feed: forbidden in XML 1.0
    ['nul\u0000', 'nul\ufffd'],
    ['統合戦略2025', '統合戦略2025'],
  ])('text %j reads back as %j', (value, expected) => {
    const root = xmlDocument('root');
    xmlElement(root, 'item', { value }, value);
    const xml = xmlString(root);
    expect(xml.endsWith('\n')).toBe(true);
    expect(readBack(xml)).toEqual({ attribute: expected, text: expected });
  });

  it('an attribute value keeps no TAB or line break (a parser would make them spaces)', () => {
    const root = xmlDocument('root');
    xmlElement(root, 'item', { value: 'a\tb\nc' });
    expect(readBack(xmlString(root)).attribute).toBe('a b c');
  });

  it('writes namespaced documents and elements', () => {
    const root = xmlDocument('tbx', { type: 'TBX-Basic' }, 'urn:iso:std:iso:30042:ed-2');
    xmlElement(root, 'mda:meta', { type: 'score' }, '0.950', 'urn:oasis:names:tc:xliff:metadata:2.0');
    expect(xmlString(root)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">\n' +
        '  <mda:meta xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" type="score">0.950</mda:meta>\n' +
        '</tbx>\n',
    );
  });
});
