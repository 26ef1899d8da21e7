// TBX-Basic (TBX v3, ISO 30042:2019, DCA style): one conceptEntry per candidate, a langSec per
// language, each holding one termSec/term; score, count and sources go in the concept's note.
import { formatLineRange } from '../text/line-range.js';
import { xmlDocument, xmlElement, xmlString } from '../text/xml.js';
import type { TermCandidate, TermExample } from './types.js';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

export interface TbxSource {
  ja: string; // file names, for the header
  en: string;
}

/** "ja 52 / en 21; ja 99-100 / en 77": where to look, in both files. */
export function describeExamples(examples: TermExample[]): string {
  return examples.map((e) => `ja ${formatLineRange(e.jaLines)} / en ${formatLineRange(e.enLines)}`).join('; ');
}

export function candidatesToTbx(candidates: TermCandidate[], source: TbxSource): string {
  const tbx = xmlDocument('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' }, TBX_NAMESPACE);
  const sourceDesc = xmlElement(xmlElement(xmlElement(tbx, 'tbxHeader'), 'fileDesc'), 'sourceDesc');
  xmlElement(sourceDesc, 'p', {}, `Glossary candidates aligned by strategy-align from ${source.ja} (ja) and ${source.en} (en); unreviewed.`);
  const body = xmlElement(xmlElement(tbx, 'text'), 'body');
  candidates.forEach((candidate, i) => {
    const entry = xmlElement(body, 'conceptEntry', { id: `c${i + 1}` });
    xmlElement(entry, 'note', {}, `score ${candidate.score}; count ${candidate.count}; sources ${candidate.sources.join(', ')}`);
    const examples = describeExamples(candidate.examples);
    if (examples) xmlElement(entry, 'note', {}, `lines ${examples}`);
    for (const [lang, term] of [['ja', candidate.ja], ['en', candidate.en]] as const) {
      const termSec = xmlElement(xmlElement(entry, 'langSec', { 'xml:lang': lang }), 'termSec');
      xmlElement(termSec, 'term', {}, term);
      xmlElement(termSec, 'termNote', { type: 'partOfSpeech' }, 'noun');
    }
  });
  return xmlString(tbx);
}
