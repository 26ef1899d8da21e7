// A pull-request comment: the verdict and a table of counts per kind, then every finding as a
// collapsible entry holding both texts. Text from the documents is escaped so that a `*`, `<` or `|`
// in a translation cannot break the comment.
import type { Discrepancy, Side } from '../../model.js';
import { type FailOn, failsAt } from '../config.js';
import { KIND_INFO, KINDS, SEVERITIES } from '../kinds.js';
import { escapeHtml, escapeMarkdown, escapeMarkdownCode, neutralizeMentions, visibleControl } from '../../text/escape.js';
import { displayText, expectedFound, formatLocation, type ReportInput, summarySentence, truncate } from './common.js';

export interface MarkdownOptions {
  failOn: FailOn;
  /** GitHub refuses comments over 65,536 characters; findings beyond this budget are left out with a note. */
  maxLength?: number;
}

const GITHUB_COMMENT_LIMIT = 65_536;
const MAX_SIDE_TEXT = 1_000;

export function formatMarkdown(input: ReportInput, options: MarkdownOptions): string {
  const { result } = input;
  const verdict = failsAt(result.summary, options.failOn) ? 'fails' : 'passes';
  const head = [
    `## strategy-align diff ${verdict}`,
    '',
    `\`${escapeMarkdownCode(input.jaPath)}\` ↔ \`${escapeMarkdownCode(input.enPath)}\`: ${summarySentence(result)} (fails on ${options.failOn}).`,
    '',
  ];
  if (result.discrepancies.length > 0) head.push(...countTable(result.discrepancies), '');

  const budget = (options.maxLength ?? GITHUB_COMMENT_LIMIT) - 200; // room for the cut note
  let body = `${head.join('\n')}\n`;
  let shown = 0;
  for (const discrepancy of result.discrepancies) {
    const entry = `${formatFinding(discrepancy, input)}\n\n`;
    if (body.length + entry.length > budget) break;
    body += entry;
    shown += 1;
  }
  const left = result.discrepancies.length - shown;
  if (left > 0) body += `\n*${left} more finding${left === 1 ? '' : 's'} not shown here; see the full report (json or sarif).*\n`;
  return body;
}

function countTable(discrepancies: Discrepancy[]): string[] {
  const rows = ['| kind | error | warning | info |', '| --- | ---: | ---: | ---: |'];
  for (const kind of KINDS) {
    const ofKind = discrepancies.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    const counts = SEVERITIES.map((severity) => ofKind.filter((d) => d.severity === severity).length);
    rows.push(`| ${KIND_INFO[kind].title} | ${counts.join(' | ')} |`);
  }
  const totals = SEVERITIES.map((severity) => discrepancies.filter((d) => d.severity === severity).length);
  rows.push(`| **total** | ${totals.map((count) => `**${count}**`).join(' | ')} |`);
  return rows;
}

function formatFinding(discrepancy: Discrepancy, input: ReportInput): string {
  const where = [
    discrepancy.ja ? formatLocation(input.jaPath, discrepancy.ja.lines) : null,
    discrepancy.en ? formatLocation(input.enPath, discrepancy.en.lines) : null,
  ]
    .filter((location) => location !== null)
    .join(' ↔ ');
  const lines = [
    '<details>',
    `<summary><b>${discrepancy.severity}</b> · ${discrepancy.kind} · ${escapeHtml(where)}: ${escapeHtml(neutralizeMentions(visibleControl(discrepancy.message)))}</summary>`,
    '',
  ];
  if (discrepancy.section !== null) lines.push(`Section: ${escapeMarkdown(discrepancy.section)}`, '');
  if (discrepancy.ja) lines.push(...formatSide('Japanese', input.jaPath, discrepancy.ja));
  if (discrepancy.en) lines.push(...formatSide('English', input.enPath, discrepancy.en));
  const values = expectedFound(discrepancy);
  if (values) lines.push(`${escapeMarkdown(values)}`, '');
  lines.push(`id \`${discrepancy.id}\``, '', '</details>');
  return lines.join('\n');
}

/**
 * The whole context when there is one, the concerned part in bold. <b> rather than **: CommonMark
 * does not close ** between 。 and a kanji, which Japanese text does all the time.
 */
function formatSide(label: string, path: string, side: Side): string[] {
  const part = displayText(side.text);
  const context = side.context === undefined ? '' : displayText(side.context);
  const at = part === '' ? -1 : context.indexOf(part);
  const bold = `<b>${escapeMarkdown(truncate(part, MAX_SIDE_TEXT))}</b>`;
  const quoted =
    at < 0
      ? bold
      : `${escapeMarkdown(truncate(context.slice(0, at), MAX_SIDE_TEXT / 2))}${bold}${escapeMarkdown(truncate(context.slice(at + part.length), MAX_SIDE_TEXT / 2))}`;
  return [`${label} (\`${escapeMarkdownCode(formatLocation(path, side.lines))}\`):`, '', `> ${quoted}`, ''];
}
