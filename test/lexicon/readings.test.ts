// Names read as the English spells them. Excerpts from "NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in ../shared/dev-corpus/; the article id is
// given with each excerpt (PNM03154 read from the corpus, also in fixtures/dev-corpus).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/lexicon/english.js';
import { englishNames, englishNameSpellings, isKanjiWord, japaneseNameReadings, japaneseNameSpans, MAX_NAME_TOKENS, runReadings, runReadingsUpTo } from '../../src/lexicon/readings.js';
import { type JapaneseToken, segmentJapanese } from '../../src/lexicon/segment.js';
import { skipWithout } from '../export/tools/external.js';

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

describe.runIf(existsSync(corpus))('the runs of one to three kanji tokens read in one search read as each run alone (the first article of each topic of the dev corpus)', () => {
  const articles = readdirSync(corpus)
    .filter((id) => /^[A-Z]{3}\d+$/.test(id))
    .sort()
    .filter((id, i, all) => i === 0 || all[i - 1]!.slice(0, 3) !== id.slice(0, 3));

  it.each(articles)('%s', (id) => {
    const ja = readFileSync(join(corpus, id, 'ja.txt'), 'utf8').normalize('NFKC').split('\n').filter(Boolean);
    const spellings = englishNameSpellings(readFileSync(join(corpus, id, 'en.md'), 'utf8'));
    let read = 0;
    for (const line of ja) {
      const tokens = segmentJapanese(line);
      const kanji = (t: number) => isKanjiWord(line.slice(tokens[t]!.start, tokens[t]!.end));
      for (let t = 0; t < tokens.length; t++) {
        if (!kanji(t)) continue;
        let last = t + 1;
        while (last < Math.min(tokens.length, t + MAX_NAME_TOKENS) && kanji(last)) last++;
        const together = runReadingsUpTo(line, tokens, t, last, spellings);
        // a search up to b reads the run [t, b) as its last
        for (let b = t + 1; b <= last; b++) expect(together[b - t - 1]).toEqual(runReadingsUpTo(line, tokens, t, b, spellings)[b - t - 1]);
        read += together.flat().length;
      }
    }
    expect(read).toBeGreaterThan(0);
  });
});

const corpusLine = (id: string, file: string, has: string) =>
  readFileSync(join(corpus, id, file), 'utf8').normalize('NFKC').split('\n').find((line) => line.includes(has))!;

/** Tokens [t, b) of `text` that cover `surface` exactly, the first time it occurs. */
function tokenRun(text: string, surface: string): { tokens: ReturnType<typeof segmentJapanese>; t: number; b: number } {
  const tokens = segmentJapanese(text);
  const start = text.indexOf(surface);
  const t = tokens.findIndex((token) => token.start === start);
  const b = tokens.findIndex((token) => token.end === start + surface.length) + 1;
  expect(t >= 0 && b > t).toBe(true);
  return { tokens, t, b };
}

/** The readings of tokens [a, b) against English names, as the word links read them. */
const readingsFor = (ja: string, tokens: JapaneseToken[], a: number, b: number, spellings: readonly string[]) => runReadingsUpTo(ja, tokens, a, b, spellings)[b - a - 1];

const spellingsOf = (en: string) => englishNames(en, englishWords(en)).map((name) => name.spelling);

describe.runIf(existsSync(corpus))('names read kanji by kanji through KANJIDIC, for the English names of the sentence', () => {
  it('reads 谷中 as Yanaka (PNM03154): 谷 ya is a nanori, 中 naka a kun reading, both missing from EDICT\'s entries of the kanji', () => {
    const ja = corpusLine('PNM03154', 'ja.txt', '谷中霊園');
    const spellings = spellingsOf(corpusLine('PNM03154', 'en.md', 'Yanaka Cemetery'));
    const { tokens, t, b } = tokenRun(ja, '谷中');
    expect(readingsFor(ja, tokens, t, b, spellings)).toContain('yanaka');
    expect(runReadings(ja, tokens, t, b)).not.toContain('yanaka');
  });

  it('reads a lone kanji as EDICT does: 伏 is no "fushi" fragment of Fushimi (EPR00228)', () => {
    const ja = corpusLine('EPR00228', 'ja.txt', '伏見暗殺未遂事件');
    const spellings = spellingsOf(corpusLine('EPR00228', 'en.md', 'Fushimi by Tameyori ASAHARA'));
    expect(spellings).toContain('fushimi');
    const { tokens, t, b } = tokenRun(ja, '伏見');
    expect(b).toBe(t + 2); // 伏|見, two lone kanji
    expect(readingsFor(ja, tokens, t, b, spellings)).toContain('fushimi');
    expect(readingsFor(ja, tokens, t, t + 1, spellings)).toEqual([]);
  });

  it('finds the name spans of a sentence with every reading when asked (PNM00243: 藤原俊憲 "FUJIWARA no Toshinori", 憲 nori a nanori)', () => {
    const ja = corpusLine('PNM00243', 'ja.txt', '藤原俊憲');
    const wanted = new Set(spellingsOf(corpusLine('PNM00243', 'en.md', 'FUJIWARA no Toshinori')));
    expect(wanted).toContain('toshinori');
    const spans = (everyReading: boolean) => japaneseNameSpans(ja, segmentJapanese(ja), wanted, everyReading).map((span) => `${ja.slice(span.start, span.end)}=${span.reading}`);
    expect(spans(true)).toContain('俊憲=toshinori');
    expect(spans(false)).not.toContain('俊憲=toshinori');
  });

  it('takes no kanji read as nothing once folded: 京都府 is not Kyoto through 府 "u" (GNM00016)', () => {
    const ja = corpusLine('GNM00016', 'ja.txt', '京都府');
    const { tokens, t, b } = tokenRun(ja, '京都府');
    expect(readingsFor(ja, tokens, t, b, ['kyoto'])).not.toContain('kyoto');
  });
});

describe('scripts/build-kanji-readings.js', () => {
  const kanjidic = '/usr/share/edict/kanjidic';
  it.skipIf(skipWithout('the KANJIDIC source', existsSync(kanjidic), 'kanjidic'))('rebuilds the shipped kanji readings byte for byte from the Debian kanjidic package', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const tmp = mkdtempSync(join(tmpdir(), 'kanji-readings-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build-kanji-readings.js'), kanjidic, tmp], { cwd: root, stdio: 'pipe' });
      expect(readFileSync(join(tmp, 'kanji-readings.tsv')).equals(readFileSync(join(root, 'lexicon/edict/kanji-readings.tsv')))).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
