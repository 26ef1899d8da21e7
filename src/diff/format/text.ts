// The report a translator reads in a terminal: findings grouped by section, each with its severity,
// kind and message, then the Japanese and English excerpts under their file:line locations with the
// concerned part highlighted. Without colour (piped, NO_COLOR, -o FILE) the part is set in «…».
// Text from the documents goes through visibleControl: an ESC in a translation must not drive the terminal.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Discrepancy, Severity, Side } from '../../model.js';
import { visibleControl } from '../../text/escape.js';
import { excerpt, expectedFound, formatLocation, groupBySection, type ReportInput, summarySentence } from './common.js';

export interface TextOptions {
  /** chalk colour level: 0 plain, 1 basic, 2 256 colours, 3 truecolor (the CLI decides from the terminal). */
  colorLevel: 0 | 1 | 2 | 3;
}

export function formatText(input: ReportInput, options: TextOptions): string {
  const chalk = new Chalk({ level: options.colorLevel });
  const lines: string[] = [];
  const { discrepancies } = input.result;
  if (discrepancies.length === 0) {
    lines.push(visibleControl(`No discrepancies between ${input.jaPath} and ${input.enPath}.`));
  }
  for (const group of groupBySection(discrepancies)) {
    lines.push(chalk.bold.underline(visibleControl(group.section ?? '(outside any numbered section)')), '');
    for (const discrepancy of group.items) lines.push(...formatFinding(discrepancy, input, chalk), '');
  }
  lines.push(`${chalk.bold('Summary:')} ${summarySentence(input.result)}`);
  return `${lines.join('\n')}\n`;
}

function formatFinding(discrepancy: Discrepancy, input: ReportInput, chalk: ChalkInstance): string[] {
  const lines = [`  ${severityLabel(discrepancy.severity, chalk)} ${chalk.bold(discrepancy.kind)}: ${visibleControl(discrepancy.message)}`];
  if (discrepancy.ja) lines.push(...formatSide('JA', input.jaPath, discrepancy.ja, chalk));
  if (discrepancy.en) lines.push(...formatSide('EN', input.enPath, discrepancy.en, chalk));
  const values = expectedFound(discrepancy);
  if (values) lines.push(`    ${visibleControl(values)}`);
  lines.push(chalk.dim(`    id ${discrepancy.id}`));
  return lines;
}

function formatSide(label: string, path: string, side: Side, chalk: ChalkInstance): string[] {
  const shown = excerpt(side);
  const [before, part, after] = [visibleControl(shown.before), visibleControl(shown.part), visibleControl(shown.after)];
  const highlighted = chalk.level > 0 ? chalk.inverse(part) : `«${part}»`;
  return [`    ${chalk.bold(label)} ${chalk.cyan(visibleControl(formatLocation(path, side.lines)))}`, `       ${before}${highlighted}${after}`];
}

function severityLabel(severity: Severity, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red.bold('error');
  if (severity === 'warning') return chalk.yellow.bold('warning');
  return chalk.blue.bold('info');
}
