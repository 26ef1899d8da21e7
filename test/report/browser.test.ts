// The report in a real browser: headless Chromium (Debian's package) driven by playwright-core.
// Pages are written under artifacts/report/ (gitignored) together with a screenshot. The page's
// load time is measured by `npm run bench` (bench/report-load.js), not here.
import { mkdirSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { launchChromium, type OpenedPage, openTab, writePage } from './browser.js';
import { LAUNCH_CLAUSE, seedFixture, wholeSeedFixture } from './fixtures.js';

const ARTIFACTS = 'artifacts/report';
const INJECTED = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

let browser: Browser;
let openPage: (url: string) => Promise<OpenedPage>;
let excerptUrl: string;
let wholeSeedUrl: string;
let injectedUrl: string;
let findingCount: number;
let wholePairs: number;
let launchExpected: string;

beforeAll(async () => {
  browser = await launchChromium();
  openPage = await openTab(browser);
  const excerpt = seedFixture();
  findingCount = excerpt.discrepancies.length;
  launchExpected = excerpt.discrepancies.find((d) => d.id === excerpt.findings.launch)?.expected ?? '';
  excerptUrl = writePage(`${ARTIFACTS}/seed-excerpt.html`, renderReport(excerpt.alignment, excerpt.discrepancies));
  const whole = wholeSeedFixture();
  wholePairs = whole.alignment.pairs.length;
  wholeSeedUrl = writePage(`${ARTIFACTS}/whole-seed.html`, renderReport(whole.alignment, whole.discrepancies));
  const injected = seedFixture({ injectJa: INJECTED });
  injectedUrl = writePage(`${ARTIFACTS}/injected.html`, renderReport(injected.alignment, injected.discrepancies));
});

afterAll(async () => {
  await browser?.close();
});

async function activeId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
  });
}

describe('the report in headless Chromium', () => {
  it('loads without console errors and fetches nothing, at excerpt and whole-seed size', async () => {
    for (const url of [excerptUrl, wholeSeedUrl]) {
      const { page, errors, requests } = await openPage(url);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    }
  });

  it('shows the launch-capacity omission highlighted in its sentence, with its card', async () => {
    const { page } = await openPage(excerptUrl);
    const clause = page.locator('mark.m', { hasText: LAUNCH_CLAUSE });
    await expect(clause.count()).resolves.toBe(1);
    await clause.scrollIntoViewIfNeeded();
    expect(await clause.isVisible()).toBe(true);
    const background = await clause.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const launchCard = page.locator('.finding[data-kind="omission"]');
    expect(await launchCard.isVisible()).toBe(true);
    expect(launchExpected).toContain('30');
    await expect(launchCard.textContent()).resolves.toContain(launchExpected);
  });

  it('hides and shows findings with the kind and severity filters', async () => {
    const { page } = await openPage(excerptUrl);
    const omissionCard = page.locator('.finding[data-kind="omission"]');
    const clause = page.locator('mark.m', { hasText: LAUNCH_CLAUSE });
    const spaceCount = page.locator('.outline a', { hasText: '宇宙活動を支える総合的基盤の強化' }).locator('.count');
    await expect(spaceCount.textContent()).resolves.toBe('2');

    await page.locator('label.chip', { hasText: 'Omission' }).click();
    expect(await omissionCard.isHidden()).toBe(true);
    expect(await clause.getAttribute('class')).toContain('s-off');
    expect(await clause.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('#nav-pos').textContent()).resolves.toBe(`${findingCount - 1} findings`);
    await expect(spaceCount.textContent()).resolves.toBe('1');

    await page.locator('label.chip', { hasText: 'Omission' }).click();
    expect(await omissionCard.isVisible()).toBe(true);
    expect(await clause.getAttribute('class')).toContain('s-span');

    await page.locator('label.chip', { hasText: 'warning' }).click();
    expect(await page.locator('.finding[data-sev="warning"]:visible').count()).toBe(0);
    const errors = await page.locator('.finding[data-sev="error"]').count();
    expect(errors).toBeGreaterThan(0);
    expect(await page.locator('.finding[data-sev="error"]:visible').count()).toBe(errors);
    await page.locator('label.chip', { hasText: 'warning' }).click();
    expect(await page.locator('.finding:visible').count()).toBe(findingCount);

    // "findings only" keeps just the pairs holding a finding shown
    await page.locator('label.chip', { hasText: 'Findings only' }).click();
    expect(await page.locator('#only-findings').isChecked()).toBe(true);
    const shownPairs = await page.locator('section.pair:visible').count();
    const pairsWithFindings = await page.locator('section.pair:not([data-f=""])').count();
    expect(shownPairs).toBe(pairsWithFindings);
    expect(shownPairs).toBeLessThan(await page.locator('section.pair').count());
  });

  it('moves between findings with j/k and n/p: focus, active marks, scrolling', async () => {
    const { page } = await openPage(excerptUrl);
    const omission = Number((await page.locator('.finding[data-kind="omission"]').getAttribute('id'))?.slice(1));
    expect(omission).toBeGreaterThan(2);
    await page.keyboard.press('j');
    expect(await activeId(page)).toBe('f1');
    for (let i = 1; i < omission; i += 1) await page.keyboard.press('j');
    expect(await activeId(page)).toBe(`f${omission}`);
    const active = page.locator('.finding.active');
    await expect(active.getAttribute('data-kind')).resolves.toBe('omission');
    expect(await inViewport(page, '.finding.active')).toBe(true);
    expect(await inViewport(page, 'mark.m.active')).toBe(true);
    await expect(page.locator('mark.m.active').first().textContent()).resolves.toBe(LAUNCH_CLAUSE);
    // the focus is visible
    expect(await active.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await expect(page.locator('#nav-pos').textContent()).resolves.toBe(`Finding ${omission} of ${findingCount}`);

    const scrolledAtOmission = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('n');
    expect(await activeId(page)).toBe(`f${omission + 1}`);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledAtOmission);
    await page.keyboard.press('k');
    await page.keyboard.press('p');
    expect(await activeId(page)).toBe(`f${omission - 1}`);
    for (let i = omission - 1; i > 1; i -= 1) await page.keyboard.press('k');
    expect(await activeId(page)).toBe('f1');
    expect(await page.locator('.finding.active').count()).toBe(1);
    // wraps around
    await page.keyboard.press('k');
    expect(await activeId(page)).toBe(`f${findingCount}`);
    await page.keyboard.press('Escape');
    expect(await page.locator('.finding.active').count()).toBe(0);
  });

  it("navigates the whole seed's ~300 pairs and ~420 rows by keyboard, skipping filtered findings", async () => {
    const { page } = await openPage(wholeSeedUrl);
    expect(await page.locator('section.pair').count()).toBe(wholePairs);
    expect(wholePairs).toBeGreaterThan(250);
    expect(await page.locator('.row').count()).toBeGreaterThan(400);
    const positions: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('j');
      positions.push(await page.evaluate(() => window.scrollY));
      expect(await inViewport(page, '.finding.active')).toBe(true);
    }
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(4);
    await page.locator('label.chip', { hasText: 'warning' }).click();
    await page.keyboard.press('j');
    await expect(page.locator('.finding.active').getAttribute('data-sev')).resolves.toBe('error');
  });

  it('draws the confidence strip and scrolls to where it is clicked', async () => {
    const { page } = await openPage(wholeSeedUrl);
    const strip = page.locator('#strip');
    const box = await strip.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('#strip canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) opaque += 1;
      return opaque / (canvas.width * canvas.height);
    });
    expect(painted).toBeGreaterThan(0.3);
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.9);
    await page.mouse.up();
    const low = await page.evaluate(() => window.scrollY);
    expect(low).toBeGreaterThan(maxScroll * 0.7);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.1);
    await page.mouse.up();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(low / 2);
  });

  it('follows the outline to a section and shows which section is on screen', async () => {
    const { page } = await openPage(excerptUrl);
    const link = page.locator('.outline a', { hasText: '研究DXを支えるインフラ整備' });
    await link.click();
    const target = (await link.getAttribute('href')) ?? '';
    expect(await inViewport(page, target)).toBe(true);
    await page.waitForFunction((href) => document.querySelector(`.outline a[href="${href}"]`)?.classList.contains('current'), target);
  });

  it('shows a <script> in the document text as text and never runs it', async () => {
    const { page, errors } = await openPage(injectedUrl);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const cell = page.locator('.tx-ja', { hasText: '<script>window.__pwned = 1</script>' });
    expect(await cell.count()).toBe(1);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('follows #finding-… when the address changes, and Back returns to the finding before', async () => {
    const { page, errors } = await openPage(excerptUrl);
    await page.evaluate(() => { location.hash = '#finding-f3'; });
    await page.waitForFunction(() => document.querySelector('.finding.active')?.id === 'f3');
    expect(await inViewport(page, '#f3')).toBe(true);
    await page.evaluate(() => { location.hash = '#finding-f7'; });
    await page.waitForFunction(() => document.querySelector('.finding.active')?.id === 'f7');
    expect(await inViewport(page, '#f7')).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.finding.active')?.id === 'f3');
    expect(await activeId(page)).toBe('f3');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('.finding.active')?.id === 'f7');
    expect(errors).toEqual([]);
  });

  it('searches both texts as the pipeline matches them (NFKC, case and spaces aside), next and previous cycle', async () => {
    const { page, errors } = await openPage(excerptUrl);
    // full-width letters and a space typed: the page's '3GeV' found
    await page.locator('#search').fill('３ Ｇｅｖ');
    await page.waitForFunction(() => document.querySelectorAll('mark.hit').length > 0);
    expect(await page.locator('mark.hit').allTextContents()).toEqual(['3GeV']);
    await expect(page.locator('#search-count').textContent()).resolves.toBe('1 of 1');
    // the PDF's spaced heading number: '(研究D Xを' found as typed without the space
    await page.locator('#search').fill('研究DXを支える');
    await page.waitForFunction(() => (document.getElementById('search-count')?.textContent ?? '').endsWith(' of 1'));

    // a word in both columns: every occurrence counted, Enter and the buttons move between them
    await page.locator('#search').fill('nanoterasu');
    await page.waitForFunction(() => (document.getElementById('search-count')?.textContent ?? '').endsWith(' of 2'));
    expect(await page.locator('mark.hit').allTextContents()).toEqual(['NanoTerasu', 'NanoTerasu']);
    const currentColumn = () => page.locator('mark.hit.current').evaluate((hit) => hit.closest('.tx')?.getAttribute('lang'));
    await expect(currentColumn()).resolves.toBe('ja');
    await page.locator('#search').press('Enter');
    await expect(page.locator('#search-count').textContent()).resolves.toBe('2 of 2');
    await expect(currentColumn()).resolves.toBe('en');
    expect(await inViewport(page, 'mark.hit.current')).toBe(true);
    await page.locator('button[data-search-step="1"]').click();
    await expect(page.locator('#search-count').textContent()).resolves.toBe('1 of 2');
    await page.locator('#search').press('Shift+Enter');
    await expect(page.locator('#search-count').textContent()).resolves.toBe('2 of 2');

    await page.locator('#search').fill('存在しない語');
    await page.waitForFunction(() => document.getElementById('search-count')?.textContent === 'No match');
    expect(await page.locator('mark.hit').count()).toBe(0);
    // the text is whole again after the highlights go
    await expect(page.locator('.tx-ja', { hasText: '3GeV高輝度放射光施設' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the coverage view on demand: the omitted clause\'s words unlinked, a linked word lighting its English on hover', async () => {
    const { page, errors } = await openPage(excerptUrl);
    expect(await page.locator('span.nl, span.lk').count()).toBe(0);
    await page.locator('label.chip', { hasText: 'Coverage' }).click();
    expect(await page.locator('body.coverage').count()).toBe(1);
    // the launch-capacity sentence: the clause the English left out has no English counterpart
    const launchRow = page.locator('.row', { has: page.locator('mark.m', { hasText: LAUNCH_CLAUSE }) });
    const unlinked = await launchRow.locator('.tx-ja span.nl').allTextContents();
    expect(unlinked).toEqual(expect.arrayContaining(['2030年代前半', '打ち上げ能力']));
    const linkedJa = await launchRow.locator('.tx-ja span.lk').allTextContents();
    expect(linkedJa).toEqual(expect.arrayContaining(['技術開発', '需要', '政府']));
    // the clause left out has no link at all
    expect(linkedJa.filter((text) => LAUNCH_CLAUSE.slice(0, 30).includes(text))).toEqual([]);
    // the words the English kept are linked: 技術開発 ~ technology development, lit together on hover
    const word = launchRow.locator('.tx-ja span.lk', { hasText: '技術開発' }).first();
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    const partner = launchRow.locator('.tx-en span.lk.on');
    await expect(partner.allTextContents()).resolves.toEqual(['technology development']);
    await expect(word.getAttribute('title')).resolves.toBe('technology development · supplement');
    // the text itself is unchanged
    await expect(launchRow.locator('.tx-ja').textContent()).resolves.toContain(LAUNCH_CLAUSE);
    await page.locator('label.chip', { hasText: 'Coverage' }).click();
    expect(await page.locator('span.nl').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
  });

  it('prints the text and findings without the controls', async () => {
    const { page } = await openPage(excerptUrl);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.toolbar', '.outline', '#strip']) {
      expect(await page.locator(selector).isHidden()).toBe(true);
    }
    expect(await page.locator('.finding').first().isVisible()).toBe(true);
  });

  it('saves a screenshot of the page opened on the omission', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const first = await openPage(excerptUrl);
    const omission = await first.page.locator('.finding[data-kind="omission"]').getAttribute('id');
    const { page } = await openPage(`${excerptUrl}#finding-${omission}`);
    await expect(page.locator('.finding.active').getAttribute('id')).resolves.toBe(omission);
    const shot = `${ARTIFACTS}/seed-excerpt.png`;
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
