// `strategy-align parse` through main() in process: formats, -o, the tree a person reads.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain as runCli } from '../helpers/run-cli.js';
import { SEED } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-parse-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parse options', () => {
  it('refuses an unknown format with exit 2', async () => {
    const result = await runCli(['parse', SEED.en, '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/xml/);
    expect(result.stdout).toBe('');
  });

  it('writes -o FILE atomically: the same bytes as stdout, no temp file left behind', async () => {
    const out = join(dir, 'out', 'ja.json');
    mkdirSync(join(dir, 'out'), { recursive: true });
    const toFile = await runCli(['parse', SEED.ja, '--format', 'json', '-o', out]);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    const toStdout = await runCli(['parse', SEED.ja, '--format', 'json']);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect(readdirSync(join(dir, 'out'))).toEqual(['ja.json']);
  });

  it('reports a -o path in a missing folder as an input error', async () => {
    const out = join(dir, 'missing-folder', 'x.json');
    const result = await runCli(['parse', SEED.en, '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(out);
  });
});

describe('parse --format tree', () => {
  it('prints the outline with line ranges, numbers, titles and block counts', async () => {
    const result = await runCli(['parse', SEED.ja]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${SEED.ja} (ja, utf-8): 3 chapters, 6 sections, 18 items, 53 topic headings; 294 blocks`);
    expect(lines).toContain('  50-56  1. 基本的な考え方 · 5 blocks');
    expect(lines).toContain('278-298      ① 大学ファンドと地域中核・特色ある研究大学振興、国研の機能強化等を通じた研究基盤の強化');
    expect(lines).toContain('278-280        (大学ファンドを通じた世界最高水準の研究大学の実現) · 1 block');
  });

  it('marks the numbers the English translation dropped or garbled', async () => {
    const result = await runCli(['parse', SEED.en]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(' 31-248      ① Strategic Promotion of Key Fields  [number not printed]\n');
    expect(result.stdout).toContain('442-451      ③ Promotion of International talent mobility and Circulation and Internationalization of Research · 4 blocks  [printed as (3)]\n');
    expect(result.stdout).toContain('339-347      ① Thorough Support for R&D Startups  [printed as 1]\n');
  });
});
