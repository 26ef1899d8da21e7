// TermCandidate[] → tsv | csv | json | tbx. Pure: the CLI writes the string.
import { stringify } from 'csv-stringify/sync';
import type { GlossaryFormat } from './format-names.js';
import { tsvRecord } from '../text/escape.js';
import { candidatesToTbx, describeExamples, type TbxSource } from './tbx.js';
import type { TermCandidate } from './types.js';

export { GLOSSARY_FORMATS, type GlossaryFormat } from './format-names.js';

export const GLOSSARY_SCHEMA = 'strategy-align/glossary@1';
const COLUMNS = ['ja', 'en', 'score', 'count', 'sources', 'examples'];

export { describeExamples } from './tbx.js';

function row(candidate: TermCandidate): string[] {
  return [candidate.ja, candidate.en, candidate.score.toFixed(3), String(candidate.count), candidate.sources.join(','), describeExamples(candidate.examples)];
}

export function formatGlossary(candidates: TermCandidate[], format: GlossaryFormat, source: TbxSource): string {
  switch (format) {
    case 'tsv':
      return [COLUMNS, ...candidates.map(row)].map(tsvRecord).join('');
    case 'csv':
      // RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line break
      return stringify([COLUMNS, ...candidates.map(row)], { record_delimiter: 'windows' });
    case 'json':
      return `${JSON.stringify({ schema: GLOSSARY_SCHEMA, ja: { path: source.ja }, en: { path: source.en }, candidates }, null, 2)}\n`;
    case 'tbx':
      return candidatesToTbx(candidates, source);
  }
}
