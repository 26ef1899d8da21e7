// Baselines in CI: SARIF carries the accepted findings as suppressed results (dismissed, not fixed);
// stderr counts the entries that matched nothing, --prune-baseline drops them; --write-baseline
// prints no report unless asked. The stale entry comes from a real change: the baseline is recorded
// on the seeds with "one trillion yen" changed to "two trillion yen", then checked on the seeds
// (an excerpt of them with errors: the baseline, not the alignment, is what is tested).
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/diff/baseline.js';
import { runMain } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';

const SEED = seedExcerptFiles();
let scratch = '';
let recorded = ''; // the baseline of the changed pair: the seeds' findings and one more
let seedFindings = 0;
let changed = ''; // the seed excerpt's English with the one number changed

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-baseline-'));
  const english = readFileSync(SEED.en, 'utf8');
  expect(english.split('one trillion yen')).toHaveLength(2);
  changed = join(scratch, 'changed.en.md');
  writeFileSync(changed, english.replace('one trillion yen', 'two trillion yen'));
  recorded = join(scratch, 'recorded.json');
  const result = await runMain(['diff', SEED.ja, changed, '--write-baseline', recorded]);
  expect(result.status).toBe(0);
  const seeds = JSON.parse((await runMain(['diff', SEED.ja, SEED.en, '-f', 'json'])).stdout);
  seedFindings = seeds.discrepancies.length;
});

describe('--write-baseline', () => {
  it('prints no report unless asked, and says what it recorded', async () => {
    const file = join(scratch, 'quiet.json');
    const result = await runMain(['diff', SEED.ja, SEED.en, '--write-baseline', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`strategy-align: recorded ${seedFindings} findings in ${file}\n`);
  });

  it('prints the report when --format or -o asks for it', async () => {
    const result = await runMain(['diff', SEED.ja, SEED.en, '--write-baseline', join(scratch, 'loud.json'), '-f', 'json']);
    expect(JSON.parse(result.stdout).discrepancies).toHaveLength(seedFindings);
  });
});

describe('baseline entries that match no finding', () => {
  it('are counted on stderr, once', async () => {
    const result = await runMain(['diff', SEED.ja, SEED.en, '--baseline', recorded]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Summary: 0 errors, 0 warnings, 0 info; ${seedFindings} suppressed by the baseline`, 'u'));
    expect(result.stderr).toBe(
      `strategy-align: ${recorded}: 1 entry matched no finding (the translation was fixed there, or its text changed); --prune-baseline drops it\n`,
    );
  });

  it('are dropped by --prune-baseline, the live entries kept as they were', async () => {
    const file = join(scratch, 'pruned.json');
    copyFileSync(recorded, file);
    const before = await parseBaseline(readFileSync(file, 'utf8'), file);
    const result = await runMain(['diff', SEED.ja, SEED.en, '--baseline', file, '--prune-baseline']);
    expect(result.stderr).toBe(`strategy-align: ${file}: removed 1 entry that matched no finding; ${seedFindings} kept\n`);
    const after = await parseBaseline(readFileSync(file, 'utf8'), file);
    expect(after.findings).toHaveLength(seedFindings);
    const gone = before.findings.filter((entry) => !after.findings.some((kept) => kept.id === entry.id));
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatchObject({ kind: 'number-mismatch', expected: '1000000000000', found: '2000000000000' });
    expect(after.findings).toEqual(before.findings.filter((entry) => entry !== before.findings.find((e) => e.id === gone[0]!.id)));
    // and the pruned baseline is quiet
    expect((await runMain(['diff', SEED.ja, SEED.en, '--baseline', file])).stderr).toBe('');
  });

  it('--prune-baseline without a baseline is a usage error', async () => {
    const result = await runMain(['diff', SEED.ja, SEED.en, '--prune-baseline']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^strategy-align: --prune-baseline needs --baseline FILE/u);
  });
});

// the batch runs its pairs on worker threads, which load the built job modules: code 'dist'
describe('baseline entries with --manifest: stale when no pair matched them', () => {
  const manifestOf = (name: string, pairs: Array<[string, string, string]>) => {
    const file = join(scratch, `${name}.tsv`);
    writeFileSync(file, pairs.map((pair) => `${pair.join('\t')}\n`).join(''));
    return file;
  };
  const baselineLines = (stderr: string, file: string) => stderr.split('\n').filter((line) => line.includes(file));

  it('an entry one pair matches is not stale, though the other pair does not match it', async () => {
    const manifest = manifestOf('both', [[SEED.ja, SEED.en, 'seed'], [SEED.ja, changed, 'changed']]);
    const result = await runMain(['diff', '--manifest', manifest, '--out-dir', join(scratch, 'both'), '--jobs', '1', '--baseline', recorded], { code: 'dist' });
    expect(result.status).toBe(0);
    expect(baselineLines(result.stderr, recorded)).toEqual([]);
  });

  it('an entry no pair matches is stale: --prune-baseline drops it as for one pair', async () => {
    const manifest = manifestOf('seed-only', [[SEED.ja, SEED.en, 'seed'], [SEED.ja, SEED.en, 'again']]);
    const file = join(scratch, 'batch-pruned.json');
    copyFileSync(recorded, file);
    const pruned = await runMain(['diff', '--manifest', manifest, '--out-dir', join(scratch, 'seed-only'), '--jobs', '1', '--baseline', file, '--prune-baseline'], { code: 'dist' });
    expect(baselineLines(pruned.stderr, file)).toEqual([`strategy-align: ${file}: removed 1 entry that matched no finding; ${seedFindings} kept`]);
    const after = await parseBaseline(readFileSync(file, 'utf8'), file);
    expect(after.findings).toHaveLength(seedFindings);
    expect(after.findings.filter((entry) => entry.found === '2000000000000')).toEqual([]);
  });

  it('prunes nothing when a pair failed or only a shard ran: what the others match is unknown', async () => {
    const file = join(scratch, 'kept.json');
    copyFileSync(recorded, file);
    const before = readFileSync(file, 'utf8');
    const failing = manifestOf('failing', [[SEED.ja, SEED.en, 'seed'], [join(scratch, 'missing.ja.txt'), SEED.en, 'missing']]);
    const result = await runMain(['diff', '--manifest', failing, '--out-dir', join(scratch, 'failing'), '--jobs', '1', '--baseline', file, '--prune-baseline'], { code: 'dist' });
    expect(result.status).toBe(1);
    expect(baselineLines(result.stderr, file)).toEqual([`strategy-align: ${file}: not pruned: 1 pair failed, and what they would match is unknown`]);
    const sharded = await runMain(['diff', '--manifest', failing, '--out-dir', join(scratch, 'sharded'), '--jobs', '1', '--baseline', file, '--prune-baseline', '--shard', '1/2'], { code: 'dist' });
    expect(sharded.status).toBe(2);
    expect(sharded.stderr).toMatch(/^strategy-align: --prune-baseline needs every pair of the manifest; run it without --shard /u);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('SARIF with a baseline', () => {
  const require = createRequire(import.meta.url);
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

  it('emits the accepted findings as results with an external suppression, and validates', async () => {
    const result = await runMain(['diff', SEED.ja, SEED.en, '--baseline', recorded, '-f', 'sarif']);
    expect(result.status).toBe(0);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(seedFindings);
    for (const r of results) expect(r.suppressions).toEqual([{ kind: 'external', justification: `accepted in the baseline ${recorded}` }]);
    // the official schema is draft-04 and has one pattern that is not a valid unicode RegExp
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('without a baseline, no result is suppressed', async () => {
    const log = JSON.parse((await runMain(['diff', SEED.ja, SEED.en, '-f', 'sarif'])).stdout) as Sarif.Log;
    expect(log.runs[0]!.results!).toHaveLength(seedFindings);
    expect(log.runs[0]!.results!.some((r) => r.suppressions !== undefined)).toBe(false);
  });
});
