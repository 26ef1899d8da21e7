// JUnit XML for CI dashboards: one testsuite per kind, one testcase per finding. A finding at or above
// --fail-on is a failure (so the dashboard agrees with the exit code); one below passes with its
// texts in system-out; a finding the baseline accepted is skipped. Every text and attribute goes through
// xmlText/xmlAttribute: xmlbuilder2 alone writes "R&D;" as an entity reference and keeps form feeds.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Discrepancy } from '../../model.js';
import { type FailOn, reachesFailOn } from '../config.js';
import { KINDS } from '../kinds.js';
import { xmlAttribute, xmlText } from '../../text/xml.js';
import { displayText, expectedFound, formatLocation, type ReportInput } from './common.js';

export interface JunitOptions {
  failOn: FailOn;
}

export function formatJunit(input: ReportInput, options: JunitOptions): string {
  const { discrepancies, suppressed } = input.result;
  const isFailure = (d: Discrepancy) => reachesFailOn(d.severity, options.failOn);
  const document = create({ version: '1.0', encoding: 'UTF-8' });
  const all = [...discrepancies, ...suppressed];
  const root = document.ele('testsuites', {
    name: 'strategy-align diff',
    tests: String(Math.max(all.length, 1)),
    failures: String(discrepancies.filter(isFailure).length),
    errors: '0',
    skipped: String(suppressed.length),
  });
  if (all.length === 0) {
    root
      .ele('testsuite', { name: 'strategy-align diff', tests: '1', failures: '0', errors: '0', skipped: '0' })
      .ele('testcase', { name: xmlAttribute(`no discrepancies between ${input.jaPath} and ${input.enPath}`), classname: 'strategy-align' });
  }
  for (const kind of KINDS) {
    const reported = discrepancies.filter((d) => d.kind === kind);
    const accepted = suppressed.filter((d) => d.kind === kind);
    if (reported.length + accepted.length === 0) continue;
    const suite = root.ele('testsuite', {
      name: kind,
      tests: String(reported.length + accepted.length),
      failures: String(reported.filter(isFailure).length),
      errors: '0',
      skipped: String(accepted.length),
    });
    for (const d of reported) {
      const testcase = addTestcase(suite, d, input);
      if (isFailure(d)) testcase.ele('failure', { message: xmlAttribute(d.message), type: d.severity }).txt(xmlText(details(d, input)));
      else testcase.ele('system-out').txt(xmlText(`${d.severity}: ${details(d, input)}`));
    }
    for (const d of accepted) addTestcase(suite, d, input).ele('skipped', { message: 'accepted in the baseline' });
  }
  return document.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

function addTestcase(suite: XMLBuilder, d: Discrepancy, input: ReportInput): XMLBuilder {
  const primary = d.ja ? { path: input.jaPath, side: d.ja } : d.en ? { path: input.enPath, side: d.en } : null;
  const where = primary ? formatLocation(primary.path, primary.side.lines) : input.jaPath;
  return suite.ele('testcase', {
    name: xmlAttribute(`${where}: ${d.message}`),
    classname: `strategy-align.${d.kind}`,
    ...(primary ? { file: xmlAttribute(primary.path), line: String(primary.side.lines[0]) } : {}),
  });
}

function details(d: Discrepancy, input: ReportInput): string {
  const lines = [d.message];
  if (d.section !== null) lines.push(`section: ${d.section}`);
  if (d.ja) lines.push(`JA ${formatLocation(input.jaPath, d.ja.lines)}: ${displayText(d.ja.text)}`);
  if (d.en) lines.push(`EN ${formatLocation(input.enPath, d.en.lines)}: ${displayText(d.en.text)}`);
  const values = expectedFound(d);
  if (values) lines.push(values);
  lines.push(`id ${d.id}`);
  return lines.join('\n');
}
