// Dates and quantities as real Wikipedia pairs write them: excerpts from "NICT, Japanese-English
// Bilingual Corpus of Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in the dev corpus
// (../shared/dev-corpus/); the article id is given with each excerpt. The anchors of a sentence and
// of its translation should carry the same values.
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import type { Lang } from '../../src/model.js';

const values = (text: string, lang: Lang, type: string) =>
  extractAnchors(text, lang)
    .filter((a) => a.type === type)
    .map((a) => [a.value, a.unit ?? null, a.qualifier ?? null]);

describe('years before 1868 where the text says they are years', () => {
  it('in lifespans and after "in" (BDS00155)', () => {
    const ja = '覚晏の没後、1234年に懐奘が、1241年には、門弟中の懐鑑、義尹（1217年 - 1300年）、義介（1219年 - 1309年）、義演らが深草興聖寺の道元に参じた。';
    const en =
      "After Kakuan's death, Ejo in 1234 and Ekan, Giin (1217 - 1300), Gikai (1219 - 1309) and Gien, in 1241, also became disciples of Dogen who stayed at Kosho-ji Temple in Fukakusa (Kyoto Prefecture).";
    const years = (text: string, lang: Lang) => values(text, lang, 'date').map(([v]) => v).sort();
    expect(years(ja, 'ja')).toEqual(['1217', '1219', '1234', '1241', '1300', '1309']);
    expect(years(en, 'en')).toEqual(years(ja, 'ja'));
  });

  it('a year in text without such words stays a number (CLT00027 has "1096年" / "In 1096")', () => {
    expect(values('1096年には、京都の人々が田楽に熱狂することがあり', 'ja', 'date')).toEqual([['1096', null, null]]);
    expect(values('In 1096, people in Kyoto became enthusiastic about Dengaku', 'en', 'date')).toEqual([['1096', null, null]]);
    expect(values('This is referred to as the 1096 Dai-dengaku', 'en', 'date')).toEqual([]);
  });
});

describe('a year restated in brackets is one date (GNM00339)', () => {
  it('1900年（明治33年） is 1900 once, as "in 1900" is', () => {
    const ja = '鉄道唱歌1900年（明治33年）に作詞された「鉄道唱歌第五集　関西・参宮・南海篇」（大和田建樹作詞）では、3番に渡って吉野山が歌いこまれた。';
    expect(extractAnchors(ja, 'ja').filter((a) => a.type === 'date').map((a) => [a.text, a.value])).toEqual([['1900年（明治33年）', '1900']]);
    expect(values("In 'Tetsudo Shoka Series Five: Kansai, Sangu, and Nankai' written in 1900 (by Tateki OWADA), Mt. Yoshino appears in three verses.", 'en', 'date')).toEqual([
      ['1900', null, null],
    ]);
  });
});

describe('quantities', () => {
  it('約90分 is "approximately 90 minutes" (GNM00288)', () => {
    expect(values('車：西名阪自動車道郡山インターチェンジ (奈良県)より約90分。', 'ja', 'number')).toEqual([['90', 'minutes', 'about']]);
    expect(values('By car: approximately 90 minutes from Nishimeihan Jidoshado Expressway Koriyama Interchange (Nara Prefecture).', 'en', 'number')).toEqual([
      ['90', 'minutes', 'about'],
    ]);
  });

  it('分 after 寸 is a tenth of a sun, not minutes (SNT00179)', () => {
    const ja = '『朝野群載』によれば、平安時代中期には長さ1尺2寸、上広2寸7分、下広2寸4分、厚さ3分が基準の大きさであった。';
    expect(values(ja, 'ja', 'number').filter(([, unit]) => unit === 'minutes')).toEqual([]);
  });

  it('最初の is "the first" (TTL00209)', () => {
    expect(values('村田経芳 薩摩藩士、陸軍少将、日本陸軍の最初の国産小銃「村田銃」発明者。', 'ja', 'number')).toEqual([['1', null, 'ordinal']]);
    expect(
      values('Tsuneyoshi MURATA, feudal retainer of Satsuma, Army Major General, inventor of the first domestic rifle of the Japanese army, Murataju (Murata rifle)', 'en', 'number'),
    ).toEqual([['1', null, 'ordinal']]);
  });
});
