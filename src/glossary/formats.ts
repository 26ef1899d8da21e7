// TermCandidate[] → tsv | csv | json | tbx. Pure: the CLI writes the string.
import { stringify } from 'csv-stringify/sync';
import type { GlossaryFormat } from './format-names.js';
import { candidatesToTbx, type TbxSource } from './tbx.js';
import type { TermCandidate, TermExample } from './types.js';

export { GLOSSARY_FORMATS, type GlossaryFormat } from './format-names.js';

export const GLOSSARY_SCHEMA = 'strategy-align/glossary@1';
const COLUMNS = ['ja', 'en', 'score', 'count', 'sources', 'examples'];

function range([first, last]: [number, number]): string {
  return first === last ? `${first}` : `${first}-${last}`;
}

/** "ja 52 / en 21; ja 99 / en 77": where to look, in both files. */
export function describeExamples(examples: TermExample[]): string {
  return examples.map((e) => `ja ${range(e.jaLines)} / en ${range(e.enLines)}`).join('; ');
}

function row(candidate: TermCandidate): string[] {
  return [candidate.ja, candidate.en, candidate.score.toFixed(3), String(candidate.count), candidate.sources.join(','), describeExamples(candidate.examples)];
}

function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function formatGlossary(candidates: TermCandidate[], format: GlossaryFormat, source: TbxSource): string {
  switch (format) {
    case 'tsv':
      return [COLUMNS, ...candidates.map(row)].map((fields) => `${fields.map(tsvField).join('\t')}\n`).join('');
    case 'csv':
      // RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line break
      return stringify([COLUMNS, ...candidates.map(row)], { record_delimiter: 'windows' });
    case 'json':
      return `${JSON.stringify({ schema: GLOSSARY_SCHEMA, ja: { path: source.ja }, en: { path: source.en }, candidates }, null, 2)}\n`;
    case 'tbx':
      return candidatesToTbx(candidates, source);
  }
}
