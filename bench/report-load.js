#!/usr/bin/env node
// How long the seeds' report takes to open in headless Chromium (Debian's chromium, driven by
// playwright-core as in test/report/browser.ts): the page `strategy-align report` writes (dist),
// opened RUNS times in fresh tabs; DOMContentLoaded, load, and the page laid out and interactive
// (its `report-ready` mark), in ms from navigation start. Also written to
// artifacts/report/load-time.json. Without chromium it prints one line and does nothing else.
//   node bench/report-load.js [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'strategy-align.js');
const SEEDS = ['seeds/integrated-innovation-strategy-2025.ja.txt', 'seeds/integrated-innovation-strategy-2025.en.md'];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// the flags of test/report/browser.ts: offline, no profile to share
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? -1);

/**
 * The seeds' report opened `runs` times. Returns null (and says why on stdout) when chromium is
 * missing; throws when the report cannot be written or a run is not measured.
 */
export async function benchReportLoad({ runs = 5 } = {}) {
  if (!existsSync(CHROMIUM)) {
    console.log(`report load: skipped, ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`);
    return null;
  }
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'strategy-align-report-load-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const html = join(dir, 'seed-report.html');
    const written = spawnSync(process.execPath, [BIN, 'report', ...SEEDS, '-o', html], { cwd: ROOT, encoding: 'utf8' });
    if (written.status !== 0) throw new Error(`strategy-align report exited ${written.status}: ${written.stderr.slice(0, 500)}`);
    const url = pathToFileURL(html).href;
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-ready="true"]');
      times.push(
        await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation');
          const [ready] = performance.getEntriesByName('report-ready');
          return { domContentLoaded: navigation?.domContentLoadedEventEnd ?? -1, load: navigation?.loadEventEnd ?? -1, ready: ready?.startTime ?? -1 };
        }),
      );
      await page.close();
    }
    for (const run of times) {
      if (!(run.domContentLoaded > 0 && run.load >= run.domContentLoaded && run.ready > 0)) throw new Error(`report load: a run was not measured: ${JSON.stringify(run)}`);
    }
    const result = {
      page: 'strategy-align report of the seeds',
      bytes: statSync(html).size,
      medianMs: {
        domContentLoaded: median(times.map((t) => t.domContentLoaded)),
        load: median(times.map((t) => t.load)),
        ready: median(times.map((t) => t.ready)),
      },
      runs: times,
    };
    mkdirSync(join(ROOT, 'artifacts', 'report'), { recursive: true });
    writeFileSync(join(ROOT, 'artifacts', 'report', 'load-time.json'), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const result = await benchReportLoad({ runs: at > 0 ? Number(process.argv[at + 1]) : 5 });
  if (result) console.log(JSON.stringify(result, null, 2));
}
