// The report of the real seed pair, from the real pipeline (read → parse → anchors → align → diff),
// in headless Chromium: whatever the stages find, the page must show it, in place, and work.
// UPDATE_SCREENSHOT=1 also refreshes docs/report-screenshot.png (the README's) from this page.
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignPair } from '../../src/index.js';
import { type DiffResult, runDiff } from '../../src/diff/index.js';
import type { Alignment } from '../../src/model.js';
import { renderReport } from '../../src/report/index.js';
import { placeFindings } from '../../src/report/place.js';
import { pairViews } from '../../src/report/rows.js';
import { launchChromium, measureLoad, openPage, saveReadmeScreenshot, writePage } from './browser.js';
import { SEED_PATHS } from './fixtures.js';

const alignment: Alignment = alignPair(SEED_PATHS.ja, SEED_PATHS.en);
const result: DiffResult = runDiff(alignment);
const isLaunchOmission = (d: DiffResult['discrepancies'][number]) => d.kind === 'omission' && (d.ja?.text.includes('年間30件程度') ?? false);
const html = renderReport(alignment, result.discrepancies, { suppressed: result.summary.suppressed });
let browser: Browser;
let url: string;

beforeAll(async () => {
  url = writePage('artifacts/report/seeds.html', html);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});


describe('the report of the seed pair', () => {
  it('shows every aligned block of both files exactly once', () => {
    const shown = (lang: 'ja' | 'en') => alignment.pairs.flatMap((pair) => pair[lang].map((block) => block.id));
    for (const lang of ['ja', 'en'] as const) {
      expect(shown(lang)).toHaveLength(alignment[lang].blocks.length);
      expect(new Set(shown(lang)).size).toBe(alignment[lang].blocks.length);
    }
    expect(html.match(/<span class="u /gu)?.length).toBeGreaterThanOrEqual(alignment.ja.blocks.length + alignment.en.blocks.length);
    expect(html.match(/<section class="pair/gu)).toHaveLength(alignment.pairs.length);
  });

  it('places every finding diff reports in a pair and marks its text there', () => {
    const placement = placeFindings(pairViews(alignment.pairs), result.discrepancies);
    expect(placement.findings).toHaveLength(result.discrepancies.length);
    for (const finding of placement.findings) {
      const { discrepancy } = finding;
      expect(finding.pairIndex, discrepancy.message).not.toBeNull();
      // a finding's concerned text is marked on the side(s) it names
      expect(finding.marked.ja || finding.marked.en, discrepancy.message).toBe(true);
    }
    expect(html).not.toContain('Findings outside the aligned text');
  });

  it('opens in Chromium without errors, every finding reachable by keyboard', async () => {
    const { page, errors, requests } = await openPage(browser, url);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const count = result.discrepancies.length;
    expect(await page.locator('.finding').count()).toBe(count);
    const seen = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      await page.keyboard.press('j');
      seen.add(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(seen.size).toBe(count);
    await page.close();
    writeFileSync('artifacts/report/seeds-load-time.json', `${JSON.stringify(await measureLoad(browser, url), null, 2)}\n`);
  });

  // the pipeline finds this clause today (fixtures/diff/confirmed-findings.tsv): losing it is a regression
  it(
    'shows the launch-capacity omission marked inside its sentence',
    async () => {
      const launch = result.discrepancies.find(isLaunchOmission);
      expect(launch, 'diff no longer reports the launch-capacity omission of ja 211').toBeDefined();
      const { page } = await openPage(browser, url);
      const clause = page.locator('mark.m.s-span', { hasText: '年間30件程度' }).first();
      await clause.scrollIntoViewIfNeeded();
      expect(await clause.isVisible()).toBe(true);
      const launchCard = page.locator('.finding[data-kind="omission"]', { hasText: launch?.message ?? '' });
      expect(await launchCard.count()).toBe(1);
      const id = (await launchCard.getAttribute('id')) ?? '';
      await page.close();
      // UPDATE_SCREENSHOT=1 refreshes the README's picture from the real seeds
      if (process.env.UPDATE_SCREENSHOT) await saveReadmeScreenshot(browser, url, id);
    },
  );
});
