// Headless Chromium for the report's browser tests: Debian's chromium package driven by
// playwright-core, offline and without a profile to share.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Writes the page to a file (the report is a file people open, not a served page) and returns its URL. */
export function writePage(path: string, html: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
  /** Requests the page made beyond its own file. */
  requests: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url.split('#')[0] && request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready="true"]');
  return { page, errors, requests };
}

/**
 * The README's picture (docs/report-screenshot.png): the page opened on a finding, 1280×800, with the
 * topic heading above it in view.
 */
export async function saveReadmeScreenshot(browser: Browser, url: string, findingId: string, path = 'docs/report-screenshot.png'): Promise<void> {
  const { page } = await openPage(browser, `${url}#finding-${findingId}`, { width: 1280, height: 800 });
  await page.evaluate(() => {
    let heading = document.querySelector('.finding.active')?.closest('.pair')?.previousElementSibling;
    while (heading && !heading.classList.contains('is-heading')) heading = heading.previousElementSibling;
    const pinned = (document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0) + ((document.querySelector('.colhead') as HTMLElement | null)?.offsetHeight ?? 0);
    if (heading) window.scrollBy(0, heading.getBoundingClientRect().top - pinned);
  });
  await page.screenshot({ path });
  await page.close();
}
