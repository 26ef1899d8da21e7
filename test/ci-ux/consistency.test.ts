// The same defaults, flags and wording in every command: text for people on a terminal, `parse -f
// text`, `parse --anchors -f json`, the same short flags, one error style (`strategy-align: FILE:
// problem`, one line), words instead of errno codes, and UTF-16 without a BOM named as such.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { type CliResult, REPO_ROOT, runMain } from '../helpers/run-cli.js';
import { SEED, seedExcerptFiles } from '../helpers/seeds.js';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-consistency-'));
});

function expectOneLine(result: CliResult, line: string | RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
  if (typeof line === 'string') expect(result.stderr).toBe(`${line}\n`);
  else expect(result.stderr).toMatch(line);
}

describe('formats for people', () => {
  it('parse -f text is the outline (tree)', async () => {
    const tree = await runMain(['parse', SEED.en, '-f', 'tree']);
    const text = await runMain(['parse', SEED.en, '-f', 'text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(tree.stdout);
    expect(text.stdout).toMatch(/^\s+19-25 {2}1\. Basic Concept/mu);
  });

  it('parse --anchors -f json gives the document JSON, which carries each block’s anchors', async () => {
    const result = await runMain(['parse', SEED.en, '--anchors', '-f', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.schema).toBe('strategy-align/document@1');
    const anchors = document.blocks.flatMap((block: { anchors: Array<{ text: string }> }) => block.anchors.map((anchor) => anchor.text));
    expect(anchors).toContain('one trillion yen');
    expect(result.stdout).toBe((await runMain(['parse', SEED.en, '-f', 'json'])).stdout);
  });

  it('align writes the listing on a terminal and JSON when piped', async () => {
    // an excerpt of the seeds: three alignments of the same pair, compared as output
    const { ja, en } = seedExcerptFiles();
    const pair = [ja, en];
    const piped = await runMain(['align', ...pair]);
    expect(JSON.parse(piped.stdout).schema).toMatch(/^strategy-align\/alignment@/u);
    const descriptor = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    try {
      const terminal = await runMain(['align', ...pair]);
      expect(terminal.status).toBe(0);
      expect(() => JSON.parse(terminal.stdout)).toThrow();
      expect(terminal.stdout).toBe((await runMain(['align', ...pair, '-f', 'text'])).stdout);
    } finally {
      if (descriptor) Object.defineProperty(process.stdout, 'isTTY', descriptor);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
    }
  });
});

describe('the same short flags in every command', () => {
  const program = buildProgram();
  const flagsOf = (name: string) => program.commands.find((c) => c.name() === name)!.options.map((o) => [o.short, o.long]);
  it('-f/--format, -o/--output everywhere they exist; -j/--jobs and -l/--level likewise', () => {
    for (const command of program.commands) {
      for (const [short, long] of command.options.map((o) => [o.short, o.long])) {
        const expected = { '--format': '-f', '--output': '-o', '--jobs': '-j', '--level': '-l' }[long as string];
        if (expected !== undefined) expect(`${command.name()} ${short} ${long}`).toBe(`${command.name()} ${expected} ${long}`);
      }
      expect(command.options.some((o) => o.long === '--output')).toBe(true);
    }
    expect(flagsOf('export')).toContainEqual(['-l', '--level']);
    expect(flagsOf('align')).toContainEqual(['-l', '--level']);
  });
});

describe('one error style', () => {
  it('a usage error from the option parser is one strategy-align line that names the command’s help', async () => {
    expectOneLine(
      await runMain(['diff', ...Object.values(SEED), '--format', 'xml']),
      "strategy-align: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, markdown, junit. (run strategy-align diff --help for usage)",
    );
    expectOneLine(await runMain(['dif']), "strategy-align: unknown command 'dif' (Did you mean diff?) (run strategy-align --help for usage)");
    expectOneLine(await runMain(['parse']), "strategy-align: missing required argument 'file' (run strategy-align parse --help for usage)");
  });

  it('no errno codes: a missing file, a missing output folder', async () => {
    expectOneLine(await runMain(['parse', 'missing.txt']), 'strategy-align: missing.txt: no such file');
    const out = join(scratch, 'no-folder', 'x.json');
    expectOneLine(await runMain(['parse', SEED.en, '-o', out]), `strategy-align: ${out}: cannot be written: its folder does not exist`);
  });

  it('UTF-16 without a byte-order mark is named as such, little- and big-endian', async () => {
    const text = readFileSync(join(REPO_ROOT, SEED.ja), 'utf8');
    const le = join(scratch, 'ja.utf16le.txt');
    writeFileSync(le, Buffer.from(text, 'utf16le'));
    const be = join(scratch, 'ja.utf16be.txt');
    writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    for (const file of [le, be]) {
      expectOneLine(await runMain(['parse', file]), `strategy-align: ${file}: looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)`);
    }
    // with its BOM it reads
    const withBom = join(scratch, 'ja.utf16bom.txt');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await runMain(['parse', withBom])).status).toBe(0);
  });

  it('a binary file (the seed, gzipped) is still called binary', async () => {
    const gz = join(scratch, 'ja.txt.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(REPO_ROOT, SEED.ja))));
    expectOneLine(await runMain(['parse', gz]), `strategy-align: ${gz}: looks like a binary file, not text`);
  });
});
