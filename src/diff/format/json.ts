// The `strategy-align/diff@1` contract (schema/diff.schema.json): the fields of the issue, in its
// order, with expected/found/section always present (null when they do not apply).
import type { Side } from '../../model.js';
import type { ReportInput } from './common.js';

export const DIFF_SCHEMA = 'strategy-align/diff@1';

export function formatJson(input: ReportInput): string {
  const { summary, discrepancies } = input.result;
  const document = {
    schema: DIFF_SCHEMA,
    ja: { path: input.jaPath },
    en: { path: input.enPath },
    summary: { error: summary.error, warning: summary.warning, info: summary.info, suppressed: summary.suppressed },
    discrepancies: discrepancies.map((d) => ({
      id: d.id,
      kind: d.kind,
      severity: d.severity,
      ja: side(d.ja),
      en: side(d.en),
      expected: d.expected ?? null,
      found: d.found ?? null,
      message: d.message,
      section: d.section,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

interface SideJson {
  lines: [number, number];
  text: string;
  blocks?: string[];
  sentence?: string;
  span?: [number, number];
}

function side(value: Side | null): SideJson | null {
  if (!value) return null;
  const json: SideJson = { lines: [value.lines[0], value.lines[1]], text: value.text };
  if (value.blocks) json.blocks = [...value.blocks];
  if (value.sentence !== undefined) json.sentence = value.sentence;
  if (value.span) json.span = [value.span[0], value.span[1]];
  return json;
}
