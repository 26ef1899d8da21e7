// TBX-Basic (TBX v3, ISO 30042:2019, DCA style): one conceptEntry per candidate, a langSec per
// language, each holding one termSec/term; score, count and sources go in the concept's note.
import { create } from 'xmlbuilder2';
import { xmlText } from '../xml-text.js';
import type { TermCandidate } from './types.js';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

export interface TbxSource {
  ja: string; // file names, for the header
  en: string;
}

function lines(range: [number, number]): string {
  return range[0] === range[1] ? `${range[0]}` : `${range[0]}-${range[1]}`;
}

export function candidatesToTbx(candidates: TermCandidate[], source: TbxSource): string {
  const tbx = create({ version: '1.0', encoding: 'UTF-8' }).ele(TBX_NAMESPACE, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  tbx
    .ele('tbxHeader')
    .ele('fileDesc')
    .ele('sourceDesc')
    .ele('p')
    .txt(xmlText(`Glossary candidates aligned by strategy-align from ${source.ja} (ja) and ${source.en} (en); unreviewed.`));
  const body = tbx.ele('text').ele('body');
  candidates.forEach((candidate, i) => {
    const entry = body.ele('conceptEntry', { id: `c${i + 1}` });
    entry.ele('note').txt(xmlText(`score ${candidate.score}; count ${candidate.count}; sources ${candidate.sources.join(', ')}`));
    const examples = candidate.examples.map((e) => `ja ${lines(e.jaLines)} / en ${lines(e.enLines)}`).join('; ');
    if (examples) entry.ele('note').txt(xmlText(`lines ${examples}`));
    for (const [lang, term] of [['ja', candidate.ja], ['en', candidate.en]] as const) {
      const termSec = entry.ele('langSec', { 'xml:lang': lang }).ele('termSec');
      termSec.ele('term').txt(xmlText(term));
      termSec.ele('termNote', { type: 'partOfSpeech' }).txt('noun');
    }
  });
  return `${tbx.end({ prettyPrint: true })}\n`;
}
