// The diff command as a user runs it, through main() in process (the colour check starts the built CLI).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/diff/baseline.js';
import { KINDS } from '../../src/diff/kinds.js';
import { loadSchema } from '../../src/diff/validate.js';
import { type CliResult, runCli, runMain } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';
import { EN_PATH, JA_PATH } from './seed-findings.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ja = join(root, JA_PATH);
const en = join(root, EN_PATH);
let scratch = '';

/** In process; a run that needs colours from FORCE_COLOR starts the built CLI (chalk reads it once, when it loads). */
async function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  if (options.env && 'FORCE_COLOR' in options.env) return runCli(args, options);
  return runMain(args, options);
}

/** A usage or input error: exit 2 and exactly one line on stderr, no stack trace. */
function expectInputError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/diff.js'))) throw new Error('run `npm run build` before these tests');
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-diff-'));
});

describe('strategy-align diff exit codes', () => {
  it('2 for a path that does not exist', async () => {
    expectInputError(await run(['diff', ja, 'missing.en.md']), /^strategy-align: missing\.en\.md: no such file$/);
  });

  it('2 for an unknown --format and an unknown --fail-on', async () => {
    expectInputError(await run(['diff', ja, en, '--format', 'xml']), /argument 'xml' is invalid. Allowed choices are text, json, sarif, markdown, junit/);
    expectInputError(await run(['diff', ja, en, '--fail-on', 'errors']), /argument 'errors' is invalid/);
  });

  it('2 for a bad config file, naming it, whether given or found in the working directory', async () => {
    const given = join(scratch, 'given.json');
    writeFileSync(given, '{"severity": {"omission": "fatal"}}');
    expectInputError(await run(['diff', ja, en, '--config', given]), new RegExp(`^strategy-align: ${given}: severity\\.omission: must be one of error, warning, info, off$`));
    const project = join(scratch, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, '.strategy-align.json'), '{"severity": {"omission": "warning"},}');
    expectInputError(await run(['diff', ja, en], { cwd: project }), /^strategy-align: \.strategy-align\.json: is not valid JSON \(/);
  });

  it('2 for a bad --severity', async () => {
    expectInputError(await run(['diff', ja, en, '--severity', 'omision=off']), /^strategy-align: --severity: unknown kind "omision"/);
  });

  it('2 for a missing or invalid baseline, and a config baseline is found next to the config', async () => {
    expectInputError(await run(['diff', ja, en, '--baseline', join(scratch, 'none.json')]), /none\.json: no such file$/);
    const invalid = join(scratch, 'invalid-baseline.json');
    writeFileSync(invalid, '{"schema": "strategy-align/baseline@1"}');
    expectInputError(await run(['diff', ja, en, '--baseline', invalid]), /invalid-baseline\.json: top level: missing "findings"$/);
    mkdirSync(join(scratch, 'ci'), { recursive: true });
    writeFileSync(join(scratch, 'ci', 'config.json'), '{"baseline": "accepted.json"}');
    expectInputError(await run(['diff', ja, en, '--config', 'ci/config.json'], { cwd: scratch }), /^strategy-align: ci\/accepted\.json: no such file$/);
  });
});

describe('strategy-align diff verdict', () => {
  it('exits 1 exactly when a reported finding reaches --fail-on, 0 otherwise', async () => {
    // the seed excerpt (errors, warnings and info): what is tested is the exit status
    const { ja, en } = seedExcerptFiles();
    const byDefault = await run(['diff', ja, en, '--format', 'json']);
    const { summary, discrepancies } = JSON.parse(byDefault.stdout);
    expect(byDefault.status).toBe(summary.error > 0 ? 1 : 0);
    const onInfo = await run(['diff', ja, en, '--format', 'json', '--fail-on', 'info']);
    expect(onInfo.status).toBe(discrepancies.length > 0 ? 1 : 0);
    expect((await run(['diff', ja, en, '--format', 'json', '--fail-on', 'never'])).status).toBe(0);
    const allOff = await run(['diff', ja, en, '--format', 'json', '--fail-on', 'info', '--severity', KINDS.map((kind) => `${kind}=off`).join(',')]);
    expect(allOff.status).toBe(0);
    expect(JSON.parse(allOff.stdout).discrepancies).toEqual([]);
  });
});

describe('strategy-align diff output', () => {
  it('writes json that matches the schema, and a baseline that reads back', async () => {
    const out = join(scratch, 'diff.json');
    const baselineFile = join(scratch, 'baseline.json');
    const result = await run(['diff', ja, en, '--format', 'json', '-o', out, '--write-baseline', baselineFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const validate = new Ajv().compile(loadSchema('diff'));
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.ja.path).toBe(ja);
    const baseline = await parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
    expect(baseline.findings.length).toBe(report.discrepancies.length + report.summary.suppressed);
    const again = await run(['diff', ja, en, '--format', 'json', '--baseline', baselineFile]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).discrepancies).toEqual([]);
  });

  it('prints plain text when piped or under NO_COLOR, colours under FORCE_COLOR', async () => {
    const { ja, en } = seedExcerptFiles();
    const plain = await run(['diff', ja, en], { env: { NO_COLOR: '1' } });
    expect(plain.stdout).toMatch(/^Summary: \d+ errors?, /m);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await run(['diff', ja, en], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[1mSummary:');
  });
});
