// Headless Chromium for the report's browser tests: Debian's chromium package driven by
// playwright-core, offline and without a profile to share.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type ConsoleMessage, type Page, type Request } from 'playwright-core';

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

const VIEWPORT = { width: 1440, height: 900 };

/** Records the page's console errors and uncaught exceptions, and every request beyond its own file. */
function watch(page: Page, url: string): { errors: string[]; requests: string[]; stop: () => void } {
  const errors: string[] = [];
  const requests: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onPageError = (error: Error) => errors.push(error.message);
  const onRequest = (request: Request) => {
    if (request.url() !== url.split('#')[0] && request.url() !== url) requests.push(request.url());
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  };
  return { errors, requests, stop };
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready="true"]');
}

/** Opens the page in a tab of its own, with storage of its own (what the review keeps is tested there). */
export async function openPage(browser: Browser, url: string, viewport = VIEWPORT): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const { errors, requests } = watch(page, url);
  await load(page, url);
  return { page, errors, requests };
}

/**
 * One tab that loads page after page: opening a tab costs about a second on a 2-core machine, a load
 * a third of that. Each load starts from a blank page (so a URL that differs only in its hash is
 * loaded anew) with screen media and the pointer in a corner; storage is the tab's for every load,
 * so tests of what the page keeps open their own with openPage.
 */
export async function openTab(browser: Browser): Promise<(url: string, viewport?: typeof VIEWPORT) => Promise<OpenedPage>> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  let stopWatching = () => {};
  return async (url, viewport = VIEWPORT) => {
    stopWatching();
    await page.goto('about:blank');
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null });
    await page.mouse.move(0, 0);
    const { errors, requests, stop } = watch(page, url);
    stopWatching = stop;
    await load(page, url);
    return { page, errors, requests };
  };
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
