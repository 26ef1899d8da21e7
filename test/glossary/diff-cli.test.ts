// `strategy-align diff --glossary FILE` end to end: through main() in process, on the seeds.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Discrepancy } from '../../src/model.js';
import { REPO_ROOT } from '../helpers/alignment-builder.js';
import { runMain } from '../helpers/run-cli.js';
import { SEEDS } from './seed-pairs.js';

const SEED_GLOSSARY = join(REPO_ROOT, 'fixtures', 'glossary-seed.tsv');

function terminologyOf(path: string): Discrepancy[] {
  const report = JSON.parse(readFileSync(path, 'utf8')) as { discrepancies: Discrepancy[] };
  return report.discrepancies.filter((d) => d.kind === 'terminology');
}

async function diffWithGlossary(glossary: string, out: string): Promise<Discrepancy[]> {
  const result = await runMain(['diff', SEEDS.ja, SEEDS.en, '--glossary', glossary, '--format', 'json', '--fail-on', 'never', '-o', out]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return terminologyOf(out);
}

/** Whether a finding covers ja line `ja` and en line `en` (a sentence may span lines). */
function at(finding: Discrepancy, ja: number, en: number): boolean {
  const [jaFrom, jaTo] = finding.ja!.lines;
  const [enFrom, enTo] = finding.en!.lines;
  return jaFrom <= ja && ja <= jaTo && enFrom <= en && en <= enTo;
}

describe('diff --glossary on the seeds', () => {
  test('fixtures/glossary-seed.tsv: the four places the English departs from the glossary, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-glossary-'));
    const findings = await diffWithGlossary(SEED_GLOSSARY, join(dir, 'report.json'));
    const seen = findings.map((f) => ({ ja: f.ja!.text, expected: f.expected, lines: [f.ja!.lines, f.en!.lines] }));
    expect(seen).toHaveLength(4);
    // ja 12 / en 10 and ja 58 / en 27: the heading (and its table-of-contents line) says "6th Basic Plan",
    // not the "Sixth STI Basic Plan" the document defines (en 21)
    expect(findings[0]).toMatchObject({ ja: { text: '第6期基本計画' }, expected: 'Sixth STI Basic Plan', severity: 'warning' });
    expect(at(findings[0]!, 12, 10)).toBe(true);
    expect(findings[0]!.en!.text).toContain('Final Stage of the 6th Basic Plan');
    // ja 55 / en 24: 経済安全保障との連携強化 became "coordination with the economy and security"
    expect(findings[1]).toMatchObject({ ja: { text: '経済安全保障' }, expected: 'economic security' });
    expect(at(findings[1]!, 55, 24)).toBe(true);
    expect(findings[1]!.en!.text).toContain('coordination with the economy and security');
    expect(findings[2]).toMatchObject({ ja: { text: '第6期基本計画' }, expected: 'Sixth STI Basic Plan' });
    expect(at(findings[2]!, 58, 27)).toBe(true);
    // ja 144 / en 133: 他の国研 as "other national research and development agencies", not "Kokken"
    expect(findings[3]).toMatchObject({ ja: { text: '国研' }, expected: 'Kokken' });
    expect(at(findings[3]!, 144, 133)).toBe(true);
    expect(findings[3]!.en!.text).toContain('in cooperation with other national research and development agencies');
    expect(findings[3]!.message).toBe('glossary term 国研 should be rendered "Kokken", which the English does not use');
    // 経済安全保障 inside the programme name 「経済安全保障重要技術育成プログラム」 (ja 253), whose English
    // is the K Program's own name, is not the term
    expect(findings.some((f) => at(f, 253, 252))).toBe(false);
  });

  test('tsv → tbx → diff: the glossary command\'s TBX and TSV of the same candidates give the same findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-glossary-'));
    const files = { tsv: join(dir, 'seeds.tsv'), tbx: join(dir, 'seeds.tbx') };
    for (const [format, file] of Object.entries(files)) {
      const made = await runMain(['glossary', SEEDS.ja, SEEDS.en, '--format', format, '--limit', '40', '-o', file]);
      expect(made.status, made.stderr).toBe(0);
    }
    expect(readFileSync(files.tbx, 'utf8')).toContain('<term>Kokken</term>');
    const fromTsv = await diffWithGlossary(files.tsv, join(dir, 'tsv.json'));
    const fromTbx = await diffWithGlossary(files.tbx, join(dir, 'tbx.json'));
    expect(fromTbx).toEqual(fromTsv);
    // the defined terms among the candidates catch the places the English left them
    expect(fromTbx.some((f) => f.ja!.text === '国研' && f.expected === 'Kokken' && at(f, 144, 133))).toBe(true);
    expect(fromTbx.some((f) => f.ja!.text === '第6期基本計画' && at(f, 58, 27))).toBe(true);
    // the document's own candidates are, by construction, mostly what it says: few findings
    expect(fromTbx.length).toBeLessThan(10);
  });
});
