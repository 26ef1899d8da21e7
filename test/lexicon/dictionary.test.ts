import { describe, expect, it } from 'vitest';
import { dictionary, lookupEnglish, lookupJapanese } from '../../src/lexicon/dictionary.js';
import { contentStems, englishWords } from '../../src/lexicon/english.js';

describe('the EDICT tables', () => {
  it('give a headword its glosses as stems, common flag and romanised reading', () => {
    expect(lookupJapanese('研究開発')).toEqual({
      headword: '研究開発',
      common: false,
      readings: ['kenkyuukaihatsu'],
      glosses: [['research', 'develop'], ['r&d']],
    });
    const renkei = lookupJapanese('連携')!;
    expect(renkei.common).toBe(true);
    expect(renkei.glosses.map((g) => g.join(' '))).toContain('cooper');
  });

  it('strip tags, notes and function words from glosses', () => {
    // EDICT: 推進 /(n,vs) (1) propulsion/drive/(n,vs) (2) promotion (e.g. of a government policy)/…
    expect(lookupJapanese('推進')!.glosses.slice(0, 3)).toEqual([['propuls'], ['drive'], ['promot']]);
  });

  it('keep the kana spelling of words usually written in kana, and drop unreachable keys', () => {
    expect(lookupJapanese('だるま')!.glosses[0]).toEqual(['daruma']);
    expect(lookupJapanese('の')).toBeNull(); // a single hiragana is a particle in running text
    expect(lookupJapanese('ＣＤ')).toBeNull();
    expect(lookupJapanese('研究開発費用の総額')).toBeNull();
  });

  it('map an English stem back to Japanese headwords, a whole-gloss match first', () => {
    const research = lookupEnglish(contentStems('research')[0]!);
    expect(research).toContain('研究');
    expect(research.length).toBeLessThanOrEqual(8);
    expect(lookupEnglish('cooper')).toContain('連携');
    expect(lookupEnglish('zzzz')).toEqual([]);
  });

  it('find every key a text starts with, shortest first', () => {
    const { ja } = dictionary();
    const text = '研究開発法人';
    const ends = ja.prefixesAt(text, 0, text.length).map(([end]) => end);
    expect(ends).toEqual(expect.arrayContaining([2, 4]));
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    for (const [end, index] of ja.prefixesAt(text, 0, text.length)) expect(ja.key(index)).toBe(text.slice(0, end));
  });
});

describe('English words', () => {
  it('are stemmed, possessives removed, function words marked', () => {
    const words = englishWords("Japan's research and development of R&D");
    expect(words.map((w) => w.stem)).toEqual(['japan', 'research', 'and', 'develop', 'of', 'r&d']);
    expect(words.filter((w) => w.stop).map((w) => w.word)).toEqual(['and', 'of']);
    expect(words[0]).toMatchObject({ start: 0, end: 7 });
  });
});
