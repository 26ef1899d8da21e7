// The report command as a user runs it, through main() in process, on an excerpt of the seed pair
// (a real pair with errors; the whole seeds' page is seed-report.test.ts's), checked against what
// `diff` finds with the same options.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { ja, en } = seedExcerptFiles();
let scratch = '';

const run = (args: string[]) => runMain(args);

/** Fingerprints of the findings on a page, in page order. */
function fingerprintsOn(html: string): string[] {
  return [...html.matchAll(/ data-fp="([^"]*)"/gu)].map((match) => (match[1] ?? '').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&'));
}

const diffIdsByArgs = new Map<string, Promise<string[]>>();

/** The finding ids `diff` reports with these options; each set of options runs once per file. */
function diffIds(args: string[] = []): Promise<string[]> {
  const key = JSON.stringify(args);
  let ids = diffIdsByArgs.get(key);
  if (!ids) {
    ids = run(['diff', ja, en, '-f', 'json', ...args]).then((result) => {
      const report = JSON.parse(result.stdout) as { discrepancies: Array<{ id: string }> };
      return report.discrepancies.map((d) => d.id);
    });
    diffIdsByArgs.set(key, ids);
  }
  return ids;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/report.js'))) throw new Error('run `npm run build` before these tests');
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-report-'));
});

describe('strategy-align report', () => {
  it('writes one HTML page with the findings diff reports, atomically, and exits 0', async () => {
    const out = join(scratch, 'seeds.html');
    const result = await run(['report', ja, en, '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect([...fingerprintsOn(html)].sort()).toEqual([...await diffIds()].sort());
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the page to stdout without -o, the same bytes every run', async () => {
    const first = await run(['report', ja, en]);
    const second = await run(['report', ja, en]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('<section class="pair');
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toContain('Generated ');
    expect((await run(['report', ja, en, '--timestamp'])).stdout).toMatch(/Generated \d{4}-\d\d-\d\dT/u);
  });

  it('applies the diff options that change findings: --severity and --baseline', async () => {
    const offIds = await diffIds(['--severity', 'omission=off']);
    const off = await run(['report', ja, en, '--severity', 'omission=off']);
    expect([...fingerprintsOn(off.stdout)].sort()).toEqual([...offIds].sort());
    expect(off.stdout).not.toContain('data-kind="omission"');

    const baseline = join(scratch, 'baseline.json');
    expect((await run(['diff', ja, en, '--write-baseline', baseline])).status).toBe(0);
    const accepted = await run(['report', ja, en, '--baseline', baseline]);
    expect(accepted.status).toBe(0);
    expect(fingerprintsOn(accepted.stdout)).toEqual([]);
    const all = (await diffIds()).length;
    expect(all).toBeGreaterThan(0);
    expect(accepted.stdout).toContain(`<b>${all}</b>suppressed by the baseline`);
  });

  it('uses --title for the page', async () => {
    const page = (await run(['report', ja, en, '--title', 'Review <draft 2>'])).stdout;
    expect(page).toContain('<title>Review &lt;draft 2&gt;</title>');
  });

  it('fails with one line and exit 2 on bad input', async () => {
    for (const args of [
      ['report', ja, join(scratch, 'missing.en.md'), '-o', join(scratch, 'x.html')],
      ['report', ja, en, '-o', join(scratch, 'no-such-dir', 'x.html')],
      ['report', ja, en, '--severity', 'omission=fatal'],
    ]) {
      const result = await run(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^strategy-align: /u);
    }
    expect(existsSync(join(scratch, 'x.html'))).toBe(false);
  });
});
