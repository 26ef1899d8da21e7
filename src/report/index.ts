// Alignment + findings → one self-contained HTML page: the two texts side by side, pair by pair,
// findings marked in place, filters, keyboard navigation, a section outline and a confidence strip.
// Rendered here, on the server side: the page's script only filters and navigates, so the file
// reads (and prints) without JavaScript, and the browser lays out only the pairs on screen.
import { createHash } from 'node:crypto';
import { type BaselineEntry, buildBaseline, mergeBaselineEntries } from '../diff/baseline.js';
import { KINDS, SEVERITY_RANK } from '../diff/kinds.js';
import { type Alignment, type Discrepancy, REVIEW_THRESHOLD } from '../model.js';
import { baseName } from '../text/display.js';
import { footerHtml, mastheadHtml, outlineHtml, type ReportOptions, titlesOf, toolbarHtml } from './chrome.js';
import { CLIENT_DATA_ATTRIBUTE, CLIENT_SCRIPT } from './client.js';
import { escapeHtml } from './escape.js';
import { buildOutline } from './outline.js';
import { placeFindings, type PlacedFinding } from './place.js';
import { CONFIDENT_SCORE, cardHtml, kindLabel, pairHtml } from './render.js';
import { pairViews } from './rows.js';
import { STYLES } from './styles.js';

export type { ReportOptions } from './chrome.js';

const SCRIPT_HASH = `sha256-${createHash('sha256').update(CLIENT_SCRIPT, 'utf8').digest('base64')}`;

/**
 * What the page's script needs, from their one home, as data the script reads (an attribute of the
 * body, not code the CSP would have to allow): the severity ranks and score bands, the key under which
 * the reviewer's verdicts are kept (both documents' hashes), and every finding's baseline entry in
 * buildBaseline's order, so that the accepted ones, filtered in that order, are exactly the file
 * `diff --write-baseline` would write for them. The entries of the baseline the page was made with
 * come too (`kept`): their findings are not on the page, and a download without them would drop them.
 */
function clientData(alignment: Alignment, discrepancies: Discrepancy[], kept: readonly BaselineEntry[]): string {
  const baseline = buildBaseline(discrepancies);
  return JSON.stringify({
    severityRank: SEVERITY_RANK,
    reviewThreshold: REVIEW_THRESHOLD,
    confidentScore: CONFIDENT_SCORE,
    reviewKey: `strategy-align:review:${alignment.ja.sha256}:${alignment.en.sha256}`,
    baselineSchema: baseline.schema,
    baseline: mergeBaselineEntries(kept, baseline.findings),
    kept: kept.map((entry) => entry.id),
  });
}

/** Renders the review page. Pure and deterministic: the same inputs give the same bytes. */
export function renderReport(alignment: Alignment, discrepancies: Discrepancy[], options: ReportOptions = {}): string {
  return [...reportChunks(alignment, discrepancies, options)].join('');
}

/**
 * renderReport's page piece by piece: everything before the pairs, each pair's rows, everything
 * after; a long document's page is never one string.
 */
export function* reportChunks(alignment: Alignment, discrepancies: Discrepancy[], options: ReportOptions = {}): Generator<string> {
  const views = pairViews(alignment.pairs);
  const placement = placeFindings(views, discrepancies);
  const outline = buildOutline(views, alignment.ja, alignment.en);
  const pairIndexById = new Map(views.map((view) => [view.pair.id, view.index]));

  const cardsByPair = new Map<number, Map<number, PlacedFinding[]>>();
  const unplaced: PlacedFinding[] = [];
  for (const finding of placement.findings) {
    if (finding.pairIndex === null) {
      unplaced.push(finding);
      continue;
    }
    const rows = cardsByPair.get(finding.pairIndex) ?? new Map<number, PlacedFinding[]>();
    rows.set(finding.rowIndex, [...(rows.get(finding.rowIndex) ?? []), finding]);
    cardsByPair.set(finding.pairIndex, rows);
  }

  const unplacedHtml =
    unplaced.length > 0
      ? `<div class="unplaced"><h2>Findings outside the aligned text</h2><div class="cards">${unplaced.map((finding) => cardHtml(finding, [])).join('')}</div></div>`
      : '';
  const colhead =
    `<div class="colhead"><span></span><span>日本語 · Japanese<code>${escapeHtml(baseName(alignment.ja.path))}</code></span>` +
    `<span></span><span>English<code>${escapeHtml(baseName(alignment.en.path))}</code></span></div>`;
  const titles = titlesOf(alignment);
  const pageTitle = options.title ?? `Review: ${titles.ja} ↔ ${titles.en}`;
  const summary = KINDS.map((kind) => [kind, placement.findings.filter((f) => f.discrepancy.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kindLabel(kind).toLowerCase()}`)
    .join(', ');

  yield [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="strategy-align report">',
    // nothing may be fetched, and only the page's own script may run: text that slipped through
    // escaping still could not execute
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:">`,
    `<title>${escapeHtml(pageTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(summary || 'no findings')}">`,
    `<style>${STYLES}</style>`,
    '</head>',
    `<body ${CLIENT_DATA_ATTRIBUTE}="${escapeHtml(clientData(alignment, discrepancies, options.baseline ?? []))}">`,
    mastheadHtml(alignment, placement.findings, options),
    toolbarHtml(placement.findings),
    '<div class="layout">',
    outlineHtml(outline, placement.findings, pairIndexById),
    `<main id="doc">${colhead}${unplacedHtml}\n`,
  ].join('\n');
  for (const [index, view] of views.entries()) {
    yield `${index === 0 ? '' : '\n'}${pairHtml(view, placement, cardsByPair.get(view.index) ?? new Map(), outline)}`;
  }
  yield [
    '\n</main>',
    '</div>',
    `<div class="strip" id="strip" title="Alignment confidence through the document; click to go there"><canvas aria-hidden="true"></canvas><div class="view"></div></div>`,
    footerHtml(alignment, options),
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

