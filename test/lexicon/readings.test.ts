// Names read as the English spells them. Excerpts from "NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in ../shared/dev-corpus/; the article id is
// given with each excerpt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishNameSpellings, japaneseNameReadings } from '../../src/lexicon/readings.js';
import { segmentJapanese } from '../../src/lexicon/segment.js';

const readings = (text: string, wanted?: Set<string>) => {
  const normalized = text.normalize('NFKC');
  return japaneseNameReadings(normalized, segmentJapanese(normalized), wanted);
};

describe('names of offices read in kanji and spelled in English (HST01424)', () => {
  const ja = '主膳監主蔵監舎人監';
  const en = 'Shuzengen (section of food). Shuzogen (section of clothing). Tonerigen (the office of servants of the crown prince).';

  it('reads each run of kanji tokens by its readings, the spellings of the English among them', () => {
    const spelled = englishNameSpellings(en);
    expect(spelled).toEqual(expect.arrayContaining(['shuzengen', 'shuzogen', 'tonerigen']));
    const read = readings(ja);
    expect(read).toEqual(expect.arrayContaining(['shuzengen', 'shuzogen', 'tonerigen']));
    expect(readings(ja, new Set(spelled)).sort()).toEqual(['shuzengen', 'shuzogen', 'tonerigen']);
  });

  it('leaves out forms shorter than four letters, common syllables as often as names', () => {
    expect(readings('院').every((r) => r.length >= 4)).toBe(true);
    expect(englishNameSpellings('In the Heian period')).toEqual(['heian']);
  });
});

const corpus = new URL('../../../shared/dev-corpus/clean/', import.meta.url).pathname;

describe.runIf(existsSync(corpus))('the wanted forms prune a run by its first token without losing any (every article of the dev corpus)', () => {
  const articles = readdirSync(corpus).filter((id) => /^[A-Z]{3}\d+$/.test(id)).sort();

  it.each(articles)('%s', (id) => {
    const ja = readFileSync(join(corpus, id, 'ja.txt'), 'utf8').normalize('NFKC').split('\n').filter(Boolean);
    const wanted = new Set(englishNameSpellings(readFileSync(join(corpus, id, 'en.md'), 'utf8')));
    for (const line of ja) {
      const tokens = segmentJapanese(line);
      expect(japaneseNameReadings(line, tokens, wanted)).toEqual(japaneseNameReadings(line, tokens).filter((r) => wanted.has(r)));
    }
  });
});
