// The page around the text: masthead with titles and totals, toolbar with filters and navigation,
// section outline, footer with the legend and the files' hashes.
import type { BaselineEntry } from '../diff/baseline.js';
import { KINDS, SEVERITIES } from '../diff/kinds.js';
import { type Alignment, type Block, type Discrepancy, type Document, REVIEW_THRESHOLD, type Severity } from '../model.js';
import { baseName } from '../text/display.js';
import { escapeHtml, safeId } from './escape.js';
import type { Outline } from './outline.js';
import type { PlacedFinding } from './place.js';
import { CONFIDENT_SCORE, kindLabel, mostSevere } from './render.js';

export interface ReportOptions {
  /** Page title; defaults to the documents' title blocks, else their file names. */
  title?: string;
  /** Shown in the footer when given (the CLI's --timestamp); omitted by default so output is reproducible. */
  timestamp?: string;
  /** Findings a baseline suppressed, shown in the totals (from runDiff's summary). */
  suppressed?: number;
  /** The entries of the baseline the page was made with: its download keeps them beside the newly accepted. */
  baseline?: readonly BaselineEntry[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'info' };



/** A title block that is only a bracketed note, such as "[Tentative translation]". */
function isNote(block: Block): boolean {
  return /^\s*(?:#+\s*)?[[(（［【].*[\])）］】]\s*$/u.test(block.normalized);
}

/**
 * The documents' titles: the first title block of each, passing over a bracketed note (the English
 * file opens with "[Tentative translation]"); the file name when there is none.
 */
export function titlesOf(alignment: Alignment): { ja: string; en: string } {
  const title = (document: Document): string => {
    const block = document.blocks.find((candidate) => candidate.kind === 'title' && !isNote(candidate));
    return block ? block.normalized.replace(/^#+\s*/u, '').replace(/\*\*/gu, '') : baseName(document.path);
  };
  return { ja: title(alignment.ja), en: title(alignment.en) };
}

export function mastheadHtml(alignment: Alignment, findings: PlacedFinding[], options: ReportOptions): string {
  const titles = titlesOf(alignment);
  const title = options.title
    ? `<span>${escapeHtml(options.title)}</span>`
    : `<span class="ja" lang="ja">${escapeHtml(titles.ja)}</span><span class="arrow">↔</span><span lang="en">${escapeHtml(titles.en)}</span>`;
  const totals = SEVERITIES.map((severity) => {
    const n = findings.filter((finding) => finding.discrepancy.severity === severity).length;
    return `<span class="total sev-${severity}"><b>${n}</b>${SEVERITY_LABEL[severity]}</span>`;
  });
  if (options.suppressed) totals.push(`<span class="total"><b>${options.suppressed}</b>suppressed by the baseline</span>`);
  totals.push(`<span class="total"><b>${alignment.pairs.length}</b>aligned pairs</span>`);
  const file = (label: string, document: Document): string =>
    `<span>${label} <code title="sha256 ${escapeHtml(document.sha256)}">${escapeHtml(document.path)}</code></span>`;
  return (
    `<header class="masthead"><div class="eyebrow">strategy-align · translation review</div><h1>${title}</h1>` +
    `<div class="files">${file('Japanese', alignment.ja)}${file('English', alignment.en)}</div>` +
    `<div class="totals">${totals.join('')}</div></header>`
  );
}

function chipHtml(filter: 'kind' | 'sev', value: string, label: string, n: number): string {
  const dot = filter === 'sev' ? `<span class="dot sev-${value}"></span>` : '';
  return `<label class="chip"><input type="checkbox" data-filter="${filter}" value="${value}" checked>${dot}<span class="label">${label}</span><span class="n">${n}</span></label>`;
}

/** Filters for the kinds and severities present (an empty filter filters nothing), and navigation. */
export function toolbarHtml(findings: PlacedFinding[]): string {
  const count = (match: (d: Discrepancy) => boolean): number => findings.filter((f) => match(f.discrepancy)).length;
  const kindChips = KINDS.map((kind) => ({ kind, label: kindLabel(kind), n: count((d) => d.kind === kind) }))
    .filter(({ n }) => n > 0)
    .map(({ kind, label, n }) => chipHtml('kind', kind, label, n))
    .join('');
  const severityChips = SEVERITIES.map((severity) => ({ severity, n: count((d) => d.severity === severity) }))
    .filter(({ n }) => n > 0)
    .map(({ severity, n }) => chipHtml('sev', severity, severity, n))
    .join('');
  const filters =
    findings.length === 0
      ? `<span class="no-findings">No findings: the translation agrees with the original everywhere the checks look.</span>`
      : `<fieldset><legend>Kind</legend>${kindChips}</fieldset><fieldset><legend>Severity</legend>${severityChips}</fieldset>` +
        `<label class="chip plain"><input type="checkbox" id="only-findings"><span class="label">Findings only</span></label>`;
  const review =
    findings.length === 0
      ? ''
      : `<div class="reviewed"><span id="review-count" aria-live="polite">0 accepted · 0 rejected</span>` +
        `<button type="button" id="download-baseline" title="Download the accepted findings as a baseline file for diff --baseline" disabled>Download baseline</button></div>`;
  return (
    `<div class="toolbar" role="toolbar" aria-label="Filters and navigation">${filters}` +
    `<div class="search"><input type="search" id="search" placeholder="Search both texts" aria-label="Search both texts" autocomplete="off" spellcheck="false">` +
    `<span id="search-count" aria-live="polite"></span>` +
    `<button type="button" data-search-step="-1" title="Previous match (Shift+Enter)" aria-label="Previous match">‹</button>` +
    `<button type="button" data-search-step="1" title="Next match (Enter)" aria-label="Next match">›</button></div>` +
    `<label class="chip plain" title="Lightly mark Japanese words with no English counterpart; hover a word to see its link"><input type="checkbox" id="coverage"><span class="label">Coverage</span></label>` +
    review +
    `<div class="nav"><button type="button" data-step="-1" title="Previous finding (k or p)" aria-label="Previous finding">↑</button>` +
    `<span id="nav-pos" aria-live="polite">${findings.length} findings</span>` +
    `<button type="button" data-step="1" title="Next finding (j or n)" aria-label="Next finding">↓</button>` +
    `<span class="keys" title="Keyboard: j or n next finding, k or p previous, a accept, r reject, / search, Esc clear"><kbd>j</kbd><kbd>k</kbd></span></div></div>`
  );
}

export function outlineHtml(outline: Outline, findings: PlacedFinding[], pairIndexById: Map<string, number>): string {
  if (outline.entries.length === 0) {
    return `<nav class="outline" aria-label="Sections"><h2>Sections</h2><p class="empty-note">No headings were recognised.</p></nav>`;
  }
  const counts = new Map<string, { n: number; severity: Severity }>();
  for (const finding of findings) {
    const path = finding.pairIndex === null ? [] : (outline.pathOfPair[finding.pairIndex] ?? []);
    for (const entry of path) {
      const count = counts.get(entry) ?? { n: 0, severity: 'info' };
      count.n += 1;
      count.severity = mostSevere([count.severity, finding.discrepancy.severity]);
      counts.set(entry, count);
    }
  }
  const items = outline.entries.map((entry) => {
    const count = counts.get(entry.id);
    const badge = count ? `<span class="count sev-${count.severity}">${count.n}</span>` : `<span class="count" hidden></span>`;
    const ja = entry.ja ? `<span class="t-ja" lang="ja">${escapeHtml(entry.ja)}</span>` : `<span class="t-ja missing">—</span>`;
    const en = entry.en ? `<span class="t-en" lang="en">${escapeHtml(entry.en)}</span>` : '';
    const level = Math.min(5, Math.max(1, entry.level));
    return `<li class="l${level}"><a href="#${safeId(entry.pairId)}" data-o="${entry.id}" data-pi="${pairIndexById.get(entry.pairId) ?? 0}">${ja}${badge}${en}</a></li>`;
  });
  return `<nav class="outline" aria-label="Sections"><h2>Sections</h2><ol>${items.join('')}</ol></nav>`;
}

export function footerHtml(alignment: Alignment, options: ReportOptions): string {
  const legend =
    `<div class="legend"><span><i style="background:var(--good)"></i>confident pair (score ≥ ${CONFIDENT_SCORE})</span>` +
    `<span><i style="background:var(--mid)"></i>${REVIEW_THRESHOLD}–${CONFIDENT_SCORE}</span><span><i style="background:var(--low)"></i>below ${REVIEW_THRESHOLD}: worth a look</span>` +
    `<span><i style="background:var(--none)"></i>unpaired block</span></div>`;
  const hashes = `<div>JA sha256 <code>${escapeHtml(alignment.ja.sha256)}</code> · EN sha256 <code>${escapeHtml(alignment.en.sha256)}</code></div>`;
  const when = options.timestamp ? `<div>Generated ${escapeHtml(options.timestamp)}</div>` : '';
  return `<footer>${legend}${hashes}${when}<div>Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding · <kbd>k</kbd> or <kbd>p</kbd> previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>/</kbd> search · <kbd>Esc</kbd> clear</div></footer>`;
}
