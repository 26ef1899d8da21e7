import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBaseline } from '../../src/diff/baseline.js';
import { detectDiscrepancies } from '../../src/diff/steps/detect.js';
import type { ReportInput } from '../../src/diff/format/common.js';
import { excerpt } from '../../src/diff/format/common.js';
import { formatJson } from '../../src/diff/format/json.js';
import { formatJunit } from '../../src/diff/format/junit.js';
import { formatMarkdown } from '../../src/diff/format/markdown.js';
import { escapeMarkdown } from '../../src/text/escape.js';
import { artifactLocation, formatSarif } from '../../src/diff/format/sarif.js';
import { formatText } from '../../src/diff/format/text.js';
import { type DiffOptions, runDiff } from '../../src/diff/index.js';
import { loadSchema } from '../../src/diff/validate.js';
import { stdoutColorLevel } from '../../src/cli/color.js';
import type { Discrepancy } from '../../src/model.js';
import { allSeedFindings, cut, EN_PATH, JA_PATH, seedAlignment, tentativeTranslationAddition } from './seed-findings.js';

vi.mock('../../src/diff/steps/detect.js', () => ({ detectDiscrepancies: vi.fn() }));
// CommonJS packages: module.exports is the function, and its .default is the same function
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
const detect = vi.mocked(detectDiscrepancies);

/** "R&D" for 研究開発, and a markdown heading's own asterisks: text that must be escaped. */
function rAndDTerminology(): Discrepancy {
  return {
    id: '',
    kind: 'terminology',
    severity: 'warning',
    ja: { lines: [247, 247], text: '研究開発' },
    en: { lines: [245, 245], text: cut('en', [245, 245], 'promote R&D in', 'R&D trends'), context: cut('en', [245, 245], 'In order to', 'patent information.') },
    message: '研究開発 is written "R&D" here and "research and development" elsewhere.',
    section: '2 (1) ① (エビデンスシステム (e-C S T I) の活用による分析機能強化)',
    pair: 'p5',
  };
}

function boldHeadingAddition(): Discrepancy {
  return { ...tentativeTranslationAddition(), en: { lines: [7, 7], text: cut('en', [7, 7], '**Table', 'Contents**') }, message: 'Heading <Table of Contents> has | no counterpart.' };
}

function report(findings: Discrepancy[], options: DiffOptions = {}): ReportInput {
  detect.mockReturnValue(findings);
  return { jaPath: JA_PATH, enPath: EN_PATH, result: runDiff(seedAlignment(), options) };
}

beforeEach(() => detect.mockReset());

describe('json', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(loadSchema('diff'));

  it('matches schema/diff.schema.json and the contract field for field', () => {
    const output = JSON.parse(formatJson(report(allSeedFindings())));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(output)).toEqual(['schema', 'ja', 'en', 'summary', 'discrepancies']);
    expect(output.schema).toBe('strategy-align/diff@1');
    expect(output.ja).toEqual({ path: JA_PATH });
    expect(output.summary).toEqual({ error: 2, warning: 3, info: 0, suppressed: 0 });
    const omission = output.discrepancies.find((d: { kind: string }) => d.kind === 'omission');
    expect(Object.keys(omission)).toEqual(['id', 'kind', 'severity', 'ja', 'en', 'expected', 'found', 'message', 'section']);
    expect(omission.ja).toEqual({ lines: [211, 211], text: expect.stringContaining('年間30件程度') });
    expect(omission.expected).toBeNull();
    const addition = output.discrepancies.find((d: { kind: string }) => d.kind === 'addition');
    expect(addition.ja).toBeNull();
    const mismatch = output.discrepancies.find((d: { kind: string }) => d.kind === 'date-mismatch');
    expect([mismatch.expected, mismatch.found]).toEqual(['2025-02', '2023-02-08']);
  });

  it('counts suppressed findings and validates when empty', () => {
    const findings = allSeedFindings();
    const baseline = buildBaseline(runDiffIds(findings).slice(0, 2));
    const output = JSON.parse(formatJson(report(findings, { baseline })));
    expect(output.summary.suppressed).toBe(2);
    expect(output.discrepancies.length).toBe(3);
    const empty = JSON.parse(formatJson(report([])));
    expect(validate(empty)).toBe(true);
    expect(empty.discrepancies).toEqual([]);
  });

  it('the schema rejects what the contract forbids', () => {
    const output = JSON.parse(formatJson(report(allSeedFindings())));
    output.discrepancies[0].kind = 'mistranslation';
    expect(validate(output)).toBe(false);
  });
});

function runDiffIds(findings: Discrepancy[]): Discrepancy[] {
  detect.mockReturnValue(findings);
  return runDiff(seedAlignment()).discrepancies;
}

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  // the official schema is draft-04 and has one pattern that is not a valid unicode RegExp
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);
  const sarif = (input: ReportInput, baseDirectory = process.cwd()) =>
    JSON.parse(formatSarif(input, { toolVersion: '0.1.0', baseDirectory })) as Sarif.Log;

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = sarif(report([...allSeedFindings(), rAndDTerminology()]));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(sarif(report([])))).toBe(true);
    // and the check has teeth: a made-up level is refused
    (log.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('has a rule per kind with descriptions, help and the configured level', () => {
    const log = sarif(report(allSeedFindings(), { severity: { structure: 'info', duplication: 'off' } }));
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((rule) => rule.id)).toEqual(['omission', 'addition', 'number-mismatch', 'date-mismatch', 'duplication', 'structure', 'terminology']);
    for (const rule of rules) {
      expect(rule.shortDescription?.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription?.text.length).toBeGreaterThan(20);
      expect(rule.help?.text.length).toBeGreaterThan(10);
    }
    expect(rules[0]!.defaultConfiguration).toEqual({ enabled: true, level: 'error' });
    expect(rules[5]!.defaultConfiguration).toEqual({ enabled: true, level: 'note' });
    expect(rules[4]!.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
  });

  it('locates results in the Japanese file, additions in the English one, with the other side related', () => {
    const log = sarif(report(allSeedFindings()));
    const results = log.runs[0]!.results!;
    const omission = results.find((r) => r.ruleId === 'omission')!;
    expect(omission.level).toBe('error');
    expect(omission.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: JA_PATH, uriBaseId: '%SRCROOT%' });
    expect(omission.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 211, endLine: 211 });
    expect(omission.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe(EN_PATH);
    expect(omission.relatedLocations![0]!.physicalLocation!.region).toMatchObject({ startLine: 209, endLine: 211 });
    expect(omission.message.text).toContain('[English translation](1)');
    const addition = results.find((r) => r.ruleId === 'addition')!;
    expect(addition.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(EN_PATH);
    expect(addition.relatedLocations).toBeUndefined();
    const ids = runDiffIds(allSeedFindings()).map((d) => d.id).sort();
    expect(results.map((r) => r.partialFingerprints!['strategyAlign/v1']).sort()).toEqual(ids);
  });

  it('makes URIs relative to the base directory, percent-encoded, and absolute outside it', () => {
    expect(artifactLocation('/repo/docs/戦略 2025.txt', '/repo')).toEqual({ uri: 'docs/%E6%88%A6%E7%95%A5%202025.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('docs/a.txt', '/repo')).toEqual({ uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elsewhere/a.txt', '/repo')).toEqual({ uri: 'file:///elsewhere/a.txt' });
  });
});

describe('junit', () => {
  const xpath = (xml: string, expression: string) =>
    execFileSync('xmllint', ['--xpath', expression, '-'], { input: xml, encoding: 'utf8' }).trim();

  it('is well-formed XML with a testsuite per kind and failures for errors', () => {
    const xml = formatJunit(report([...allSeedFindings(), rAndDTerminology()]), { failOn: 'error' });
    execFileSync('xmllint', ['--noout', '-'], { input: xml }); // throws when not well-formed
    expect(xpath(xml, 'count(//testsuite)')).toBe('6');
    expect(xpath(xml, 'count(//testcase)')).toBe('6');
    expect(xpath(xml, 'count(//testcase/failure)')).toBe('2');
    expect(xpath(xml, 'string(/testsuites/@failures)')).toBe('2');
    expect(xpath(xml, 'string(//testsuite[@name="omission"]/testcase/@line)')).toBe('211');
    // escaping: "R&D" comes back intact through the parser
    expect(xpath(xml, 'string(//testsuite[@name="terminology"]/testcase/system-out)')).toContain('promote R&D in important fields');
  });

  it('follows --fail-on and shows baseline findings as skipped', () => {
    const findings = allSeedFindings();
    const baseline = buildBaseline(runDiffIds(findings).filter((d) => d.kind === 'omission'));
    const xml = formatJunit(report(findings, { baseline }), { failOn: 'warning' });
    expect(xpath(xml, 'count(//testcase/failure)')).toBe('4');
    expect(xpath(xml, 'count(//testcase/skipped)')).toBe('1');
    expect(xpath(xml, 'string(//testsuite[@name="omission"]/@skipped)')).toBe('1');
    expect(formatJunit(report(findings), { failOn: 'never' })).not.toContain('<failure');
  });

  it('keeps "R&D;" and "&amp;" as text in attributes and bodies (xmlbuilder2 alone would write them as entity references)', () => {
    const entityLike = { ...rAndDTerminology(), message: '研究開発 is written "R&D;" here and "&amp;" is literal text', severity: 'error' as const };
    const xml = formatJunit(report([entityLike, rAndDTerminology()]), { failOn: 'error' });
    execFileSync('xmllint', ['--noout', '-'], { input: xml });
    expect(xpath(xml, 'string(//failure/@message)')).toBe('研究開発 is written "R&D;" here and "&amp;" is literal text');
    expect(xpath(xml, 'string(//failure)')).toContain('"R&D;" here and "&amp;" is literal text');
    expect(xpath(xml, 'string(//testcase[failure]/@name)')).toMatch(/: 研究開発 is written "R&D;" here and "&amp;" is literal text$/);
  });

  it('replaces characters XML forbids and still has one passing testcase when nothing is found', () => {
    const withFormFeed = { ...rAndDTerminology(), message: 'page break\f inside' };
    const xml = formatJunit(report([withFormFeed]), { failOn: 'error' });
    execFileSync('xmllint', ['--noout', '-'], { input: xml });
    expect(xml).not.toContain('\f');
    const empty = formatJunit(report([]), { failOn: 'error' });
    expect(xpath(empty, 'count(//testcase)')).toBe('1');
    expect(xpath(empty, 'count(//failure)')).toBe('0');
  });
});

describe('markdown', () => {
  it('has the verdict, a count table and a collapsible entry per finding (snapshot)', async () => {
    const markdown = formatMarkdown(report(allSeedFindings()), { failOn: 'error' });
    expect(markdown).toMatch(/^## strategy-align diff fails\n/);
    expect(markdown).toContain('| omission | 1 | 0 | 0 |');
    expect(markdown).toContain('| **total** | **2** | **3** | **0** |');
    expect(markdown.match(/<details>/g)?.length).toBe(5);
    expect(markdown).toContain('> <b>2030年代前半までに我が国としての打ち上げ能力を年間30件程度確保するため、基幹ロケットの高度化・高頻度化を進めるとともに</b>、民間企業による');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/seed-findings.md');
  });

  it('passes when nothing reaches --fail-on', () => {
    expect(formatMarkdown(report(allSeedFindings()), { failOn: 'never' })).toMatch(/^## strategy-align diff passes\n/);
  });

  it('escapes markdown and HTML in document text', () => {
    const markdown = formatMarkdown(report([boldHeadingAddition(), rAndDTerminology()]), { failOn: 'error' });
    expect(markdown).toContain('> <b>\\*\\*Table of Contents\\*\\*</b>');
    expect(markdown).toContain('Heading &lt;Table of Contents&gt; has | no counterpart.');
    expect(markdown).toContain('promote R&amp;D in');
    expect(escapeMarkdown('- item [link](x) `code`')).toBe('\\- item \\[link\\](x) \\`code\\`');
  });

  it('stays under the comment size limit, saying how many findings it left out', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ ...rAndDTerminology(), ja: { lines: [index + 1, index + 1] as [number, number], text: '研究開発' } }));
    const markdown = formatMarkdown(report(many), { failOn: 'error', maxLength: 8_000 });
    expect(markdown.length).toBeLessThanOrEqual(8_000);
    const shown = markdown.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(markdown).toContain(`*${40 - shown} more findings not shown here`);
  });
});

describe('text', () => {
  it('groups by section with file:line locations, the part set off, and a summary (plain snapshot)', async () => {
    const text = formatText(report([...allSeedFindings(), rAndDTerminology()]), { colorLevel: 0 });
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain(`    JA ${JA_PATH}:211\n       «2030年代前半までに`);
    expect(text).toContain(`    EN ${EN_PATH}:209–211\n`);
    expect(text).toContain('    expected 2025-02, found 2023-02-08\n');
    expect(text).toContain('       In order to «promote R&D in important fields,');
    expect(text).toContain('R&D trends» in Japan and overseas including the sit…\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Summary: 2 errors, 4 warnings, 0 info');
    // a section heading appears once per run of findings in it
    expect(text.match(/^2 \(1\) ① \(宇宙活動を支える総合的基盤の強化\)$/gm)?.length).toBe(1);
    await expect(text).toMatchFileSnapshot('__snapshots__/seed-findings.txt');
  });

  it('colours severities and highlights the part instead of «…» when colours are on', () => {
    const text = formatText(report(allSeedFindings()), { colorLevel: 1 });
    expect(text).toContain('\u001b[31m\u001b[1merror');
    expect(text).toContain('\u001b[7m2030年代前半までに');
    expect(text).not.toContain('«');
  });

  it('says so when there is nothing to report, and counts the suppressed', () => {
    const findings = allSeedFindings();
    const text = formatText(report(findings, { baseline: buildBaseline(runDiffIds(findings)) }), { colorLevel: 0 });
    expect(text).toBe(`No discrepancies between ${JA_PATH} and ${EN_PATH}.\nSummary: 0 errors, 0 warnings, 0 info; 5 suppressed by the baseline\n`);
  });

  it('joins a line broken inside Japanese text without a space, and English lines with one', () => {
    const { part } = excerpt({ lines: [284, 286], text: cut('ja', [284, 286], '国際展開を', '図っていく') });
    expect(part).toBe('国際展開を図っていく');
    expect(excerpt({ lines: [209, 211], text: cut('en', [209, 211], 'In addition,', 'it is') }).part).toBe('In addition, it is');
  });

  it('turns colours off for NO_COLOR and for files', () => {
    expect(stdoutColorLevel(false, { NO_COLOR: '1' })).toBe(0);
    expect(stdoutColorLevel(true, {})).toBe(0);
  });
});
