// The HTML of the page body: toolbar, outline, the aligned rows with their marks, the finding cards.
// Every string from the documents or the findings passes through escapeHtml.
import { KIND_INFO, SEVERITY_RANK } from '../diff/kinds.js';
import { type Discrepancy, type DiscrepancyKind, type Lang, type LineRange, REVIEW_THRESHOLD, type Severity } from '../model.js';
import { formatLineRange } from '../text/line-range.js';
import { coverageAttributes, rowCoverage, UNIT_SEPARATOR } from './coverage.js';
import { escapeHtml, safeId } from './escape.js';
import type { Outline } from './outline.js';
import type { Mark, Placement, PlacedFinding } from './place.js';
import { linesOf, type PairView, type Row, type Unit } from './rows.js';

export function kindLabel(kind: DiscrepancyKind): string {
  return KIND_INFO[kind]?.label ?? kind;
}

/** The most severe of some severities; 'info' for none. */
export function mostSevere(severities: Severity[]): Severity {
  return severities.reduce<Severity>((worst, severity) => (SEVERITY_RANK[severity] > SEVERITY_RANK[worst] ? severity : worst), 'info');
}

/** Scores at or above this are confident pairs; between REVIEW_THRESHOLD and this, middling. */
export const CONFIDENT_SCORE = 0.8;

export function findingId(finding: PlacedFinding): string {
  return `f${finding.index + 1}`;
}

export function formatLines(lines: LineRange | null): string {
  return lines ? formatLineRange(lines, { dash: '–' }) : '';
}

/** Confidence band of a pair or row score, as the CSS and the strip colour it. */
export function band(type: string, score: number): 'none' | 'low' | 'mid' | 'good' {
  if (type === '1-0' || type === '0-1') return 'none';
  if (score < REVIEW_THRESHOLD) return 'low';
  if (score < CONFIDENT_SCORE) return 'mid';
  return 'good';
}

// ---------------------------------------------------------------- text with marks

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

function segments(unit: Unit, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, unit.raw.length]);
  for (const span of [...marks, ...unit.hidden]) {
    cuts.add(Math.max(0, Math.min(unit.raw.length, span.start)));
    cuts.add(Math.max(0, Math.min(unit.raw.length, span.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    if (end <= start || unit.hidden.some((hidden) => hidden.start <= start && end <= hidden.end)) continue;
    result.push({ start, end, marks: marks.filter((mark) => mark.start < end && mark.end > start) });
  }
  return result;
}

function idList(marks: Mark[], style: Mark['style'], findings: PlacedFinding[]): string[] {
  const ids = new Set<string>();
  for (const mark of marks) {
    const finding = findings[mark.finding];
    if (mark.style === style && finding) ids.add(findingId(finding));
  }
  return [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function markHtml(text: string, marks: Mark[], findings: PlacedFinding[]): string {
  const value = idList(marks, 'value', findings);
  const span = idList(marks, 'span', findings);
  const whole = idList(marks, 'whole', findings);
  const context = idList(marks, 'context', findings);
  const style = value.length > 0 ? 'value' : span.length > 0 ? 'span' : whole.length > 0 ? 'whole' : 'context';
  const concerned = marks.map((mark) => findings[mark.finding]).filter((f): f is PlacedFinding => f !== undefined);
  const severity = mostSevere(concerned.map((f) => f.discrepancy.severity));
  const titles = [...new Set(concerned.map((f) => `${kindLabel(f.discrepancy.kind)}: ${f.discrepancy.message}`))];
  const data = [
    value.length > 0 ? ` data-v="${value.join(' ')}"` : '',
    span.length > 0 ? ` data-s="${span.join(' ')}"` : '',
    whole.length > 0 ? ` data-w="${whole.join(' ')}"` : '',
    context.length > 0 ? ` data-c="${context.join(' ')}"` : '',
  ].join('');
  return `<mark class="m s-${style} sev-${severity}"${data} title="${escapeHtml(titles.join('\n'))}">${escapeHtml(text)}</mark>`;
}

function unitHtml(unit: Unit, placement: Placement): string {
  const marks = placement.marks.get(unit.key) ?? [];
  const body = segments(unit, marks)
    .map((segment) => {
      const text = unit.raw.slice(segment.start, segment.end);
      return segment.marks.length === 0 ? escapeHtml(text) : markHtml(text, segment.marks, placement.findings);
    })
    .join('');
  const classes = ['u', `k-${unit.blockKind}`];
  return `<span class="${classes.join(' ')}" data-lines="${formatLines(unit.lines)}">${body}</span>`;
}

// ---------------------------------------------------------------- rows, pairs, cards

const EMPTY_TEXT: Record<Lang, string> = { ja: 'No Japanese counterpart', en: 'No English counterpart' };

function cellHtml(lang: Lang, units: Unit[], placement: Placement, bulletStart: boolean, gutterNote = ''): string {
  const lines = linesOf(units);
  const ln = `<div class="ln ln-${lang}">${escapeHtml(formatLines(lines))}${gutterNote}</div>`;
  if (units.length === 0) {
    return `${ln}<div class="tx tx-${lang} empty"><span>${EMPTY_TEXT[lang]}</span></div>`;
  }
  const separator = UNIT_SEPARATOR[lang];
  const blockLevel = units.length > 1 && units.every((unit) => unit.isBlock);
  const body = units.map((unit) => unitHtml(unit, placement)).join(blockLevel ? '' : separator);
  const classes = ['tx', `tx-${lang}`];
  if (blockLevel) classes.push('blocks');
  if (bulletStart) classes.push('li');
  return `${ln}<div class="${classes.join(' ')}" lang="${lang}">${body}</div>`;
}

function rowHtml(row: Row, first: boolean, view: PairView, placement: Placement): string {
  const bullet = (lang: Lang): boolean => first && view.pair[lang][0]?.kind === 'bullet';
  const scoreBand = band(row.type, row.score);
  // a row the aligner was unsure of says so beside its first line
  const note = scoreBand === 'low' ? `<span class="conf" title="Low alignment confidence: worth a look">${row.score.toFixed(2)}</span>` : '';
  return (
    `<div class="row b-${scoreBand}" data-type="${row.type}" data-score="${row.score.toFixed(2)}"${coverageAttributes(rowCoverage(row))}>` +
    cellHtml('ja', row.ja, placement, bullet('ja'), note) +
    cellHtml('en', row.en, placement, bullet('en')) +
    `</div>`
  );
}

function sideHtml(lang: Lang, side: Discrepancy['ja'], marked: boolean): string {
  if (!side) return '';
  const name = lang === 'ja' ? 'JA' : 'EN';
  // the concerned text is shown in full only when the page could not mark it in place
  const quote = marked ? '' : `<q lang="${lang}">${escapeHtml(side.text)}</q>`;
  return `<span class="side"><b>${name}</b> <span class="lines">${side.lines[0] === side.lines[1] ? 'line' : 'lines'} ${escapeHtml(formatLines(side.lines))}</span>${quote}</span>`;
}

function valueHtml(label: string, value: string | undefined): string {
  if (value === undefined) return '';
  return `<dt>${label}</dt><dd>${value === '' ? '<span class="none">—</span>' : escapeHtml(value)}</dd>`;
}

export function cardHtml(finding: PlacedFinding, outlinePath: string[]): string {
  const d = finding.discrepancy;
  const id = findingId(finding);
  const values = valueHtml('Expected', d.expected) + valueHtml('Found', d.found);
  const section = d.section ? `<span class="sec">${escapeHtml(d.section)}</span>` : '';
  return (
    `<div class="finding sev-${d.severity}" id="${id}" tabindex="-1" data-kind="${d.kind}" data-sev="${d.severity}"` +
    ` data-o="${outlinePath.join(' ')}" data-fp="${escapeHtml(d.id)}">` +
    `<div class="fh"><span class="num">${finding.index + 1}</span><span class="kind">${escapeHtml(kindLabel(d.kind))}</span>` +
    `<span class="sev">${d.severity}</span>${section}` +
    // the reviewer's verdict, kept in the browser (client.ts) and written out as a baseline
    `<span class="review" role="group" aria-label="Review"><button type="button" data-review="accepted" title="Accept: record in the baseline so diff stops reporting it">Accept</button>` +
    `<button type="button" data-review="rejected" title="Reject: a real problem to fix">Reject</button></span></div>` +
    `<p class="msg">${escapeHtml(d.message)}</p>` +
    (values ? `<dl class="vals">${values}</dl>` : '') +
    `<div class="where">${sideHtml('ja', d.ja, finding.marked.ja)}${sideHtml('en', d.en, finding.marked.en)}</div>` +
    `</div>`
  );
}

/**
 * A guess of the pair's height in pixels: the browser lays out only the pairs on screen
 * (content-visibility) and uses this for the others until it has drawn them.
 */
function estimatedHeight(view: PairView, cards: number): number {
  const lines = (units: Unit[], perLine: number): number =>
    units.reduce((sum, unit) => sum + Math.max(1, Math.ceil(unit.raw.length / perLine)), 0);
  const rows = view.rows.reduce((sum, row) => sum + 18 + Math.max(lines(row.ja, 30) * 27.5, lines(row.en, 62) * 24, 27), 0);
  return Math.round(rows + cards * 120);
}

export function pairHtml(view: PairView, placement: Placement, cardsByRow: Map<number, PlacedFinding[]>, outline: Outline): string {
  const { pair } = view;
  const heading = pair.ja.some((block) => block.kind === 'heading') || pair.en.some((block) => block.kind === 'heading');
  const kinds = new Set([...pair.ja, ...pair.en].map((block) => block.kind));
  const classes = ['pair', `b-${band(pair.type, pair.score)}`];
  if (heading) classes.push('is-heading');
  if (kinds.has('title')) classes.push('is-title');
  if (kinds.has('toc')) classes.push('is-toc');
  if (kinds.has('bullet')) classes.push('is-bullet');
  const path = outline.pathOfPair[view.index] ?? [];
  const findingIds: string[] = [];
  let body = '';
  view.rows.forEach((row, rowIndex) => {
    body += rowHtml(row, rowIndex === 0, view, placement);
    const cards = cardsByRow.get(rowIndex) ?? [];
    if (cards.length > 0) {
      body += `<div class="cards">${cards.map((card) => cardHtml(card, path)).join('')}</div>`;
      findingIds.push(...cards.map(findingId));
    }
  });
  return (
    `<section class="${classes.join(' ')}" id="${safeId(pair.id)}" data-i="${view.index}" data-type="${pair.type}"` +
    ` data-score="${pair.score.toFixed(2)}" data-f="${findingIds.join(' ')}" style="--h:${estimatedHeight(view, findingIds.length)}px">${body}</section>`
  );
}
