// Names read as the English spells them. Excerpts from "NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in ../shared/dev-corpus/; the article id is
// given with each excerpt (PNM03154 read from the corpus, also in fixtures/dev-corpus).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/lexicon/english.js';
import { englishNames, englishNameSpellings, japaneseNameReadings, runReadings } from '../../src/lexicon/readings.js';
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

describe.runIf(existsSync(corpus))('the wanted forms prune the combinations without losing any the capped reading finds (every article of the dev corpus)', () => {
  const articles = readdirSync(corpus).filter((id) => /^[A-Z]{3}\d+$/.test(id)).sort();

  it.each(articles)('%s', (id) => {
    const ja = readFileSync(join(corpus, id, 'ja.txt'), 'utf8').normalize('NFKC').split('\n').filter(Boolean);
    const wanted = new Set(englishNameSpellings(readFileSync(join(corpus, id, 'en.md'), 'utf8')));
    for (const line of ja) {
      const tokens = segmentJapanese(line);
      const pruned = japaneseNameReadings(line, tokens, wanted);
      expect(pruned).toEqual(expect.arrayContaining(japaneseNameReadings(line, tokens).filter((r) => wanted.has(r))));
      expect(pruned.every((r) => wanted.has(r))).toBe(true);
    }
  });
});

describe.runIf(existsSync(corpus))('a place name read kanji by kanji through KANJIDIC (PNM03154)', () => {
  const ja = readFileSync(join(corpus, 'PNM03154', 'ja.txt'), 'utf8').normalize('NFKC').split('\n').find((line) => line.includes('谷中霊園'))!;
  const en = readFileSync(join(corpus, 'PNM03154', 'en.md'), 'utf8').split('\n').find((line) => line.includes('Yanaka Cemetery'))!;

  it('reads 谷中 as Yanaka: 谷 ya is a nanori, 中 naka a kun reading, neither in EDICT\'s entries of the single kanji', () => {
    const wanted = new Set(englishNameSpellings(en));
    expect(wanted.has('yanaka')).toBe(true);
    expect(readings(ja, wanted)).toContain('yanaka');
  });

  it('links 谷中 to each Yanaka of the English sentence', () => {
    const tokens = segmentJapanese(ja);
    const start = ja.indexOf('谷中');
    const t = tokens.findIndex((token) => token.start === start);
    const b = tokens.findIndex((token) => token.end === start + 2) + 1;
    const spellings = englishNames(en, englishWords(en)).map((name) => name.spelling);
    expect(runReadings(ja, tokens, t, b, spellings).some((r) => spellings.includes(r) && r === 'yanaka')).toBe(true);
  });
});
