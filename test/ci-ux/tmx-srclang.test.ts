// TMX with --include-unpaired: the header's srclang is "ja"; an English-only unit (the seeds'
// "[Tentative translation]" banner) says srclang="en" on its tu, so that no reader takes its English
// for the Japanese source. Read back with lxml and translate-toolkit, checked well-formed by xmllint.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-cli.js';
import { SEED } from '../helpers/seeds.js';
import { PYTHON, run, skipWithout, XMLLINT, xmllintNoout } from '../export/tools/external.js';

const READ_UNITS = `
import json, sys
from lxml import etree
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
root = etree.parse(sys.argv[1]).getroot()
units = [{'srclang': tu.get('srclang'), 'langs': [tuv.get(XML_LANG) for tuv in tu.iter('tuv')],
          'text': ''.join(tu.find('tuv').find('seg').itertext())} for tu in root.iter('tu')]
print(json.dumps({'header': root.find('header').get('srclang'), 'units': units}))
`;

let file = '';
beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'strategy-align-tmx-')), 'seeds.tmx');
  const result = await runMain(['export', SEED.ja, SEED.en, '--include-unpaired', '-o', file]);
  expect(result.status).toBe(0);
});

describe('TMX srclang with unpaired units', () => {
  it.skipIf(skipWithout('xmllint', XMLLINT !== null))('is well-formed', () => {
    expect(xmllintNoout(file)).toEqual({ status: 0, stderr: '' });
  });

  it.skipIf(skipWithout('lxml', PYTHON !== null))('marks exactly the English-only units srclang="en"', () => {
    const result = run(PYTHON!, ['-c', READ_UNITS, file]);
    expect(result.stderr).toBe('');
    const { header, units } = JSON.parse(result.stdout) as { header: string; units: Array<{ srclang: string | null; langs: string[]; text: string }> };
    expect(header).toBe('ja');
    const englishOnly = units.filter((u) => u.langs.join() === 'en');
    expect(englishOnly.map((u) => u.text)).toContain('[Tentative translation]');
    for (const unit of englishOnly) expect(unit.srclang).toBe('en');
    // every other unit starts with its Japanese variant and inherits the header's ja
    const others = units.filter((u) => u.langs.join() !== 'en');
    expect(others.length).toBeGreaterThan(100);
    for (const unit of others) {
      expect(unit.srclang).toBeNull();
      expect(unit.langs[0]).toBe('ja');
    }
  });
});
