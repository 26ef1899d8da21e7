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
import { buildOutline, type Outline } from './outline.js';
import { type Placement, placeFindings, type PlacedFinding } from './place.js';
import { CONFIDENT_SCORE, cardHtml, kindLabel, pairHtml } from './render.js';
import { pairView, pairViews } from './rows.js';
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

/**
 * The findings placed and the outline built over views of every pair, which are let go here: the
 * page is then written from a fresh view per pair, so that a long document's rows are never all
 * held at once (placement keeps the rows of the pairs with findings only while it runs).
 */
function placedAndOutlined(alignment: Alignment, discrepancies: Discrepancy[]): { placement: Placement; outline: Outline } {
  const views = pairViews(alignment.pairs);
  return { placement: placeFindings(views, discrepancies), outline: buildOutline(views, alignment.ja, alignment.en) };
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
  const { placement, outline } = placedAndOutlined(alignment, discrepancies);
  const pairIndexById = new Map(alignment.pairs.map((pair, index) => [pair.id, index]));

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
  for (const [index, pair] of alignment.pairs.entries()) {
    yield `${index === 0 ? '' : '\n'}${pairHtml(pairView(pair, index), placement, cardsByPair.get(index) ?? new Map(), outline)}`;
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

