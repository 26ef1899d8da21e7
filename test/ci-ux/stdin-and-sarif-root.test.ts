// `-` reads a document from standard input (once, decoded like a file); SARIF names it by
// --stdin-name or a clear placeholder, never /dev/stdin; --sarif-root makes artifact URIs relative to
// the repository root when the documents are not under the working directory. Standard input needs a
// real process (runCli); the rest runs through main() in process. The pair is an excerpt of the seeds
// (a real pair with errors) in a folder that plays the repository: seeds/excerpt.{ja.txt,en.md}.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runMain } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';

const excerpt = seedExcerptFiles();
const SEED = { ja: 'seeds/excerpt.ja.txt', en: 'seeds/excerpt.en.md' };
const inRepo = { cwd: excerpt.root };
const english = readFileSync(excerpt.en, 'utf8');
const japanese = readFileSync(excerpt.ja);
const uris = (log: Sarif.Log) =>
  [...new Set(log.runs[0]!.results!.flatMap((r) => [r.locations![0]!, ...(r.relatedLocations ?? [])].map((l) => JSON.stringify(l.physicalLocation!.artifactLocation))))].sort();

describe('- reads standard input', () => {
  it('gives the same findings as the file, named <stdin> in the text report', () => {
    const fromFile = runCli(['diff', SEED.ja, SEED.en, '-f', 'json'], inRepo);
    const fromStdin = runCli(['diff', SEED.ja, '-', '-f', 'json'], { ...inRepo, input: english });
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stderr).toBe('');
    const [a, b] = [JSON.parse(fromFile.stdout), JSON.parse(fromStdin.stdout)];
    expect(b.en.path).toBe('<stdin>');
    expect(b.discrepancies.map((d: { id: string }) => d.id)).toEqual(a.discrepancies.map((d: { id: string }) => d.id));
  });

  it('decodes it like a file: a UTF-8 BOM and Shift_JIS', () => {
    const bom = runCli(['parse', '-', '-f', 'json'], { input: `\ufeff${japanese.toString('utf8')}` });
    expect(JSON.parse(bom.stdout)).toMatchObject({ path: '<stdin>', lang: 'ja', encoding: 'utf-8-bom' });
    const sjis = readFileSync(join(REPO_ROOT, 'fixtures', 'integrated-innovation-strategy-2025.ja.sjis.txt'));
    const spawn = (input: Buffer) => runCli(['parse', '-', '-f', 'json', '--stdin-name', 'ja.sjis.txt'], { input: input as unknown as string });
    expect(JSON.parse(spawn(sjis).stdout)).toMatchObject({ path: 'ja.sjis.txt', lang: 'ja', encoding: 'shift_jis' });
  });

  it('once: - for both documents is one line, exit 2', () => {
    const result = runCli(['diff', '-', '-'], { ...inRepo, input: english });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('strategy-align: standard input holds one document: give - for the Japanese or the English, not both\n');
  });

  it('empty standard input is an input error naming it', () => {
    const result = runCli(['align', SEED.ja, '-'], { ...inRepo, input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('strategy-align: <stdin>: file is empty\n');
  });

  it('SARIF: --stdin-name gives the repository path; without it a placeholder and a warning', () => {
    const named = runCli(['diff', SEED.ja, '-', '-f', 'sarif', '--stdin-name', 'docs/strategy.en.md'], { ...inRepo, input: english });
    expect(named.stderr).toBe('');
    expect(uris(JSON.parse(named.stdout))).toEqual([
      JSON.stringify({ uri: 'docs/strategy.en.md', uriBaseId: '%SRCROOT%' }),
      JSON.stringify({ uri: SEED.ja, uriBaseId: '%SRCROOT%' }),
    ]);
    const unnamed = runCli(['diff', SEED.ja, '-', '-f', 'sarif'], { ...inRepo, input: english });
    expect(unnamed.stdout).not.toContain('/dev/stdin');
    expect(uris(JSON.parse(unnamed.stdout))).toContainEqual(
      JSON.stringify({ uri: 'stdin', description: { text: 'standard input (name it with --stdin-name PATH)' } }),
    );
    expect(unnamed.stderr).toMatch(/^strategy-align: warning: the SARIF report names standard input "stdin": give --stdin-name PATH/u);
  });
});

describe('--sarif-root', () => {
  it('makes the paths of documents outside the working directory relative to it, on %SRCROOT%', async () => {
    // run from test/, where the seeds are ../seeds/…: without a root they would be file:// URIs
    const cwd = join(excerpt.root, 'test');
    mkdirSync(cwd, { recursive: true });
    const args = ['diff', join('..', SEED.ja), join('..', SEED.en), '-f', 'sarif'];
    const plain = JSON.parse((await runMain(args, { cwd })).stdout) as Sarif.Log;
    expect(uris(plain).every((uri) => uri.includes('file://'))).toBe(true);
    const rooted = JSON.parse((await runMain([...args, '--sarif-root', '..'], { cwd })).stdout) as Sarif.Log;
    expect(uris(rooted)).toEqual([SEED.en, SEED.ja].map((uri) => JSON.stringify({ uri, uriBaseId: '%SRCROOT%' })));
    expect(dirname(SEED.ja)).toBe('seeds');
  });
});
