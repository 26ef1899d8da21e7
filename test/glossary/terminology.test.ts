import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { terminologyDetector } from '../../src/diff/detect/terminology.js';
import { detectorFindings } from '../../src/diff/steps/detect.js';
import { buildGlossary, formatGlossary, glossaryFormatOf, readGlossary } from '../../src/glossary/index.js';
import type { Alignment } from '../../src/model.js';
import { adverbPattern, englishTermPattern, findJapaneseTerm, verbRephrasePattern } from '../../src/glossary/match.js';
import { InputError } from '../../src/model.js';
import { seedAlignment } from '../helpers/pipeline.js';
import { ASSOCIATION_PAIRS, buildAlignment, DEFINITION_PAIRS, KATAKANA_PAIRS, KOKKEN_PAIRS, QUOTE_PAIRS, SEEDS } from './seed-pairs.js';

/** The terminology detector's findings (it lives in diff; the glossary supplies the term matching). */
const terminologyFindings = (alignment: Alignment, glossary: Parameters<typeof detectorFindings>[2]) => detectorFindings(terminologyDetector, alignment, glossary);

describe('readGlossary', () => {
  test('tsv: header skipped, several rows or "a | b" give several renderings, comments and CRLF ignored', () => {
    const tsv = 'ja\ten\r\n# reviewed 2025-06\r\n国研\tKokken\r\n国研\tnational research and development agencies\r\n\r\n量子技術\tquantum technology | quantum technologies\r\n';
    expect(readGlossary(tsv, 'tsv')).toEqual([
      { ja: '国研', en: ['Kokken', 'national research and development agencies'] },
      { ja: '量子技術', en: ['quantum technology', 'quantum technologies'] },
    ]);
  });

  test('Japanese terms are normalised like the text they are looked for in: A I S I → AISI', () => {
    expect(readGlossary('A I セーフティ・インスティテュート\tAI Safety Institute\n', 'tsv')[0]!.ja).toBe('AIセーフティ・インスティテュート');
  });

  test('csv: RFC 4180 quoting, byte order mark', () => {
    const csv = '\uFEFFja,en\r\n第6期科学技術・イノベーション基本計画,"Sixth Basic Plan for Science, Technology and Innovation"\r\n';
    expect(readGlossary(csv, 'csv')).toEqual([{ ja: '第6期科学技術・イノベーション基本計画', en: ['Sixth Basic Plan for Science, Technology and Innovation'] }]);
  });

  test('tbx v3: deprecated and superseded English terms are not approved', () => {
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>reviewed</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="ja"><termSec><term>国研</term></termSec></langSec>
      <langSec xml:lang="en-US">
        <termSec><term>Kokken</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>national R&amp;D agencies</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>national research and development agencies</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;
    expect(readGlossary(tbx, 'tbx')).toEqual([{ ja: '国研', en: ['Kokken', 'national research and development agencies'] }]);
  });

  test('tbx v2 (martif, termEntry/langSet/tig) is read too', () => {
    const martif = `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body><termEntry id="t1"><langSet xml:lang="ja"><tig><term>量子技術</term></tig></langSet><langSet xml:lang="en"><tig><term>quantum technology</term></tig></langSet></termEntry></body></text></martif>`;
    expect(readGlossary(martif, 'tbx')).toEqual([{ ja: '量子技術', en: ['quantum technology'] }]);
  });

  test.each([
    ['tsv', '国研\n', /row 1 needs a Japanese term and its English rendering/],
    ['tsv', 'ja\ten\n', /holds no glossary entries/],
    ['tbx', 'not xml', /not well-formed XML|not a complete TBX file/],
    ['tbx', '<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">', /not a complete TBX file/],
    ['csv', 'ja,en\n"国研,Kokken\n', /not valid CSV/],
  ] as const)('%s input %j is refused with one line naming the file', (format, text, message) => {
    const read = () => readGlossary(text, format, 'terms.' + format);
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
    expect(read).toThrow(/^terms\./);
  });
});

describe('term matching', () => {
  test('English: case, plural, hyphen and space do not matter', () => {
    const pattern = englishTermPattern(['start-up', 'national research and development agency']);
    expect(pattern.test(KATAKANA_PAIRS[0]!.en.text)).toBe(true); // "startups"
    expect(pattern.test('in cooperation with other National Research and Development Agencies,')).toBe(true);
    expect(englishTermPattern(['quantum technology']).test('quantum technologist')).toBe(false);
  });

  test('a term whose head is a nominalisation may be rephrased with its verb (en 22, 262); other words are not loosened (en 24)', () => {
    const en = readFileSync(SEEDS.en, 'utf8').split('\n');
    const implementation = verbRephrasePattern('social implementation')!;
    expect(implementation.test('some emerging technologies are expected to be implemented in society and could influence')).toBe(true);
    expect(en[21]).toContain('expected to be implemented in society');
    expect(implementation.test('In order to implement technology in society, solve social issues')).toBe(true);
    expect(en[261]).toContain('In order to implement technology in society');
    // en 47: implementation of robots, with no society near it
    expect(implementation.test('we will promote R&D and implementation of general-purpose AI robots and their infrastructure, etc.')).toBe(false);
    expect(en[46]).toContain('we will promote R&D and implementation of general-purpose AI robots');
    expect(verbRephrasePattern('human resource development')!.test('develop and supply human resources that meet the needs of industry')).toBe(true);
    // "economic security" has no verb to rephrase with: "the economy and security" (en 24) stays a finding
    expect(verbRephrasePattern('economic security')).toBeNull();
    expect(verbRephrasePattern('Kokken')).toBeNull();
  });

  test('Japanese: a Latin term stands alone (AI is not found inside AISI)', () => {
    expect(findJapaneseTerm('AISIは、AI安全性の中心機関', 'AI')).toEqual([6]);
    expect(findJapaneseTerm('量子技術の著しい進展', '技術')).toEqual([2]);
  });
});

describe('terminology findings with a glossary', () => {
  const alignment = buildAlignment(KOKKEN_PAIRS);

  test('国研 → "Kokken": the pair that renders it otherwise is reported (ja 144 / en 133)', () => {
    const findings = terminologyFindings(alignment, readGlossary('国研\tKokken\n', 'tsv'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'terminology',
      severity: 'warning',
      ja: { lines: [144, 144], text: '国研' },
      en: { lines: [133, 133] },
      expected: 'Kokken',
      pair: 'p2',
    });
    expect(findings[0]!.message).toContain('"Kokken"');
    expect(findings[0]!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  test('no finding when every rendering is approved', () => {
    const glossary = readGlossary('国研\tKokken | national research and development agency\n', 'tsv');
    expect(terminologyFindings(alignment, glossary)).toEqual([]);
  });

  test('a longer glossary term that is rendered covers the shorter one inside it', () => {
    const knowledge = buildAlignment(QUOTE_PAIRS.slice(0, 1)); // ja 55 / en 24: 「知の基盤（研究力）…」 … "enhancement of knowledge bases"
    expect(terminologyFindings(knowledge, readGlossary('知\twisdom\n', 'tsv')).map((f) => f.ja?.text)).toEqual(['知']);
    expect(terminologyFindings(knowledge, readGlossary('知\twisdom\n知の基盤\tknowledge base\n', 'tsv'))).toEqual([]);
  });

  test('Xに is the term used as an adverb: グローバルに活躍する → "globally competitive" (ja 478 / en 490)', () => {
    const ja = 'グローバルに活躍するスタートアップを生み出すため、海外からの資金や人材の日本への呼び込みを促進するとともに、若手投資家や起業家の海外での実務経験や事業展開等を推進する。';
    const en = 'In order to create globally competitive startups, we will promote the attraction of international capital and talent to Japan, while also supporting young investors and entrepreneurs in gaining overseas experience and expanding their business globally.';
    expect(readFileSync(SEEDS.ja, 'utf8').split('\n')[477]).toContain(ja);
    expect(readFileSync(SEEDS.en, 'utf8').split('\n')[489]).toContain(en);
    const alignment = buildAlignment([{ ja: { lines: [478, 478], text: ja }, en: { lines: [490, 490], text: en } }]);
    expect(terminologyFindings(alignment, readGlossary('グローバル\tglobal\n', 'tsv'))).toEqual([]);
    expect(adverbPattern(['strategic'])!.test('we will strategically promote')).toBe(true);
    // names and phrases have no adverb
    expect(adverbPattern(['Kokken', 'economic security'])).toBeNull();
  });

  test('a term inside a longer word is another word: 技術 in 量子技術, システム in エコシステム, 基本計画 in エネルギー基本計画', () => {
    const quantum = buildAlignment(ASSOCIATION_PAIRS.slice(0, 1)); // ja 132 / en 121: 量子技術 … quantum technology
    expect(terminologyFindings(quantum, readGlossary('技術\tengineering\n', 'tsv'))).toEqual([]);
    const texts = [
      // ja 146 / en 135: エコシステム構築 … "build an ecosystem"
      [146, 135, 'サプライチェーンの発展や投資の促進に向けて、エコシステム構築に向けた取組を推進する。', 'to promote efforts to build an ecosystem for the development of supply chains and the promotion of investment'],
      // ja 238 / en 239: 「エネルギー基本計画」 is the Strategic Energy Plan
      [238, 239, '「GX2040 ビジョン」と一体的に改定された「エネルギー基本計画（令和7年2月18日閣議決定）」等を踏まえ、省エネルギー、再生可能エネルギーや原子力等の脱炭素電源の最大限の活用を進める。', 'Based on the Strategic Energy Plan (Cabinet decision of February 18, 2025) which was revised in unison with the GX2040 Vision, etc., we will promote improvement of energy efficiency performance and maximum utilization of decarbonized power sources such as renewables and nuclear power.'],
    ] as const;
    for (const [jaLine, enLine, ja, en] of texts) {
      expect(readFileSync(SEEDS.ja, 'utf8').split('\n')[jaLine - 1]).toContain(ja);
      expect(readFileSync(SEEDS.en, 'utf8').split('\n')[enLine - 1]).toContain(en);
    }
    const alignment = buildAlignment(texts.map(([jaLine, enLine, ja, en]) => ({ ja: { lines: [jaLine, jaLine] as [number, number], text: ja }, en: { lines: [enLine, enLine] as [number, number], text: en } })));
    // a term standing alone in the same sentence is still checked: 脱炭素電源 after の
    const glossary = readGlossary('システム\tsystem\n基本計画\tbasic plan\n脱炭素電源\tzero-emission power source\n', 'tsv');
    expect(terminologyFindings(alignment, glossary).map((f) => [f.ja?.lines[0], f.ja?.text])).toEqual([[238, '脱炭素電源']]);
    // a number labels a term rather than extending it: 統合戦略 2025 is an occurrence of 統合戦略 (ja 55 / en 24)
    const strategy = buildAlignment(QUOTE_PAIRS.slice(0, 1));
    expect(terminologyFindings(strategy, readGlossary('統合戦略\tIntegrated Strategy\n', 'tsv'))).toEqual([]);
    expect(terminologyFindings(strategy, readGlossary('統合戦略\tUnified Strategy\n', 'tsv')).map((f) => f.ja?.text)).toEqual(['統合戦略']);
  });
});

describe('terminology findings without a glossary', () => {
  test('国研 is defined as "Kokken", used so twice, and once as "national research and development agencies" (ja 144 / en 133)', () => {
    const findings = terminologyFindings(buildAlignment(KOKKEN_PAIRS), null);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'terminology',
      severity: 'warning',
      ja: { lines: [144, 144], text: '国研' },
      en: { lines: [133, 133], text: 'national research and development agencies' },
      expected: 'Kokken',
      found: 'national research and development agencies',
    });
    expect(findings[0]!.message).toBe(
      '国研 is defined as "Kokken" (ja line 128, en line 117) and rendered so in 2 other places, but as "national research and development agencies" here',
    );
  });

  test('too few occurrences, or no use of the defined form, is no variation', () => {
    expect(terminologyFindings(buildAlignment(KOKKEN_PAIRS.slice(0, 2)), null)).toEqual([]);
    expect(terminologyFindings(buildAlignment([KOKKEN_PAIRS[0]!, KOKKEN_PAIRS[1]!, KOKKEN_PAIRS[1]!]), null)).toEqual([]);
  });

  test('definitions used consistently give nothing', () => {
    expect(terminologyFindings(buildAlignment([...DEFINITION_PAIRS, ...ASSOCIATION_PAIRS]), null)).toEqual([]);
  });
});

describe('a glossary round-trips tsv → tbx → readGlossary → findings', () => {
  test('the same entries and the same findings from either format', async () => {
    const alignment = buildAlignment([...DEFINITION_PAIRS, ...ASSOCIATION_PAIRS, ...KOKKEN_PAIRS.slice(1)]);
    const candidates = await buildGlossary(alignment);
    const source = { ja: 'ja.txt', en: 'en.md' };
    const fromTsv = readGlossary(formatGlossary(candidates, 'tsv', source), 'tsv');
    const fromTbx = readGlossary(formatGlossary(candidates, 'tbx', source), 'tbx');
    const fromCsv = readGlossary(formatGlossary(candidates, 'csv', source), 'csv');
    expect(fromTbx).toEqual(fromTsv);
    expect(fromCsv).toEqual(fromTsv);
    expect(fromTsv.find((entry) => entry.ja === '国研')?.en).toContain('Kokken');
    const findings = terminologyFindings(alignment, fromTbx);
    expect(findings).toEqual(terminologyFindings(alignment, fromTsv));
    expect(findings.find((f) => f.ja?.text === '国研')).toMatchObject({ ja: { lines: [144, 144] }, en: { lines: [133, 133] } });
  });
});

describe('terminology on the real alignment of the seeds', () => {
  test('without a glossary: the one variation a reviewer would flag, 国研 as "national research and development agencies" at ja 144 / en 133', () => {
    const findings = terminologyFindings(seedAlignment(), null);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ kind: 'terminology', severity: 'warning', ja: { text: '国研' }, expected: 'Kokken', found: 'national research and development agencies' });
    expect(finding!.ja!.lines[0]).toBeLessThanOrEqual(144);
    expect(finding!.ja!.lines[1]).toBeGreaterThanOrEqual(144);
    expect(finding!.en!.lines[0]).toBeLessThanOrEqual(133);
    expect(finding!.en!.lines[1]).toBeGreaterThanOrEqual(133);
    expect(finding!.section).toMatch(/^2 \(1\) ①/);
  });

  test('the glossary format follows the file name', () => {
    expect(['terms.tbx', 'terms.TBX', 'terms.xml', 'terms.csv', 'terms.tsv', 'terms.txt'].map(glossaryFormatOf)).toEqual(['tbx', 'tbx', 'tbx', 'csv', 'tsv', 'tsv']);
  });
});
