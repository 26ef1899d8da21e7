// The report command as a user runs it: the built CLI (npm run build first; npm ci does it) on the
// real seed pair, checked against what `diff` finds with the same options.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATHS } from './fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/strategy-align.js');
const ja = join(root, SEED_PATHS.ja);
const en = join(root, SEED_PATHS.en);
let scratch = '';

function run(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fingerprints of the findings on a page, in page order. */
function fingerprintsOn(html: string): string[] {
  return [...html.matchAll(/ data-fp="([^"]*)"/gu)].map((match) => (match[1] ?? '').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&'));
}

function diffIds(args: string[] = []): string[] {
  const result = run(['diff', ja, en, '-f', 'json', ...args]);
  const report = JSON.parse(result.stdout) as { discrepancies: Array<{ id: string }> };
  return report.discrepancies.map((d) => d.id);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/report.js'))) throw new Error('run `npm run build` before these tests');
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-report-'));
});

describe('strategy-align report', () => {
  it('writes one HTML page with the findings diff reports, atomically, and exits 0', () => {
    const out = join(scratch, 'seeds.html');
    const result = run(['report', ja, en, '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect([...fingerprintsOn(html)].sort()).toEqual([...diffIds()].sort());
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the page to stdout without -o, the same bytes every run', () => {
    const first = run(['report', ja, en]);
    const second = run(['report', ja, en]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('<section class="pair');
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toContain('Generated ');
    expect(run(['report', ja, en, '--timestamp']).stdout).toMatch(/Generated \d{4}-\d\d-\d\dT/u);
  });

  it('applies the diff options that change findings: --severity and --baseline', () => {
    const offIds = diffIds(['--severity', 'omission=off']);
    const off = run(['report', ja, en, '--severity', 'omission=off']);
    expect([...fingerprintsOn(off.stdout)].sort()).toEqual([...offIds].sort());
    expect(off.stdout).not.toContain('data-kind="omission"');

    const baseline = join(scratch, 'baseline.json');
    expect(run(['diff', ja, en, '--write-baseline', baseline]).status).toBe(0);
    const accepted = run(['report', ja, en, '--baseline', baseline]);
    expect(accepted.status).toBe(0);
    expect(fingerprintsOn(accepted.stdout)).toEqual([]);
    const all = diffIds().length;
    expect(all).toBeGreaterThan(0);
    expect(accepted.stdout).toContain(`<b>${all}</b>suppressed by the baseline`);
  });

  it('uses --title for the page', () => {
    const page = run(['report', ja, en, '--title', 'Review <draft 2>']).stdout;
    expect(page).toContain('<title>Review &lt;draft 2&gt;</title>');
  });

  it('fails with one line and exit 2 on bad input', () => {
    for (const args of [
      ['report', ja, join(scratch, 'missing.en.md'), '-o', join(scratch, 'x.html')],
      ['report', ja, en, '-o', join(scratch, 'no-such-dir', 'x.html')],
      ['report', ja, en, '--severity', 'omission=fatal'],
    ]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^strategy-align: /u);
    }
    expect(existsSync(join(scratch, 'x.html'))).toBe(false);
  });
});
