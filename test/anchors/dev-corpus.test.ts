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

  it('"Forth" ranking something is the misspelled "Fourth", as 四位 is 4 (ordinal) (EPR00601, BDS00543)', () => {
    expect(values('天武天皇5年（676年）6月、四位で病死した。', 'ja', 'number')).toContainEqual(['4', null, 'ordinal']);
    expect(values('He died of illness in July 676, his rank being Shii (Forth Court Rank).', 'en', 'number')).toContainEqual(['4', null, 'ordinal']);
    expect(values('thought to be good (In) may sometimes bring forth good results (Zenka)', 'en', 'number')).toEqual([]);
  });

  it('二名 is "two members", 一名 "one member": members count people (HST01424)', () => {
    const people = (text: string, lang: Lang) => values(text, lang, 'number').filter(([, unit]) => unit === 'people');
    expect(people('少進（従六位従六位相当）二名', 'ja')).toEqual([['2', 'people', null]]);
    expect(people('and Shojo (Junior Secretary) (corresponding to Jurokui [Junior Sixth Rank]) two members.', 'en')).toEqual([['2', 'people', null]]);
    expect(people('Daibu (Master) (corresponding to Jushiinoge [Junior Forth Rank, Lower Grade]) one member.', 'en')).toEqual([['1', 'people', null]]);
  });

  it('最初の is "the first" (TTL00209)', () => {
    expect(values('村田経芳 薩摩藩士、陸軍少将、日本陸軍の最初の国産小銃「村田銃」発明者。', 'ja', 'number')).toEqual([['1', null, 'ordinal']]);
    expect(
      values('Tsuneyoshi MURATA, feudal retainer of Satsuma, Army Major General, inventor of the first domestic rifle of the Japanese army, Murataju (Murata rifle)', 'en', 'number'),
    ).toEqual([['1', null, 'ordinal']]);
  });
});

describe('era years with no table entry (pre-Meiji eras, reigns)', () => {
  it('文永11年（1274年） is the date 1274, as "In 1274" is; the era year 11 is no count (EPR00228)', () => {
    const ja = '後嵯峨は、寛元4年（1246年）、皇子久仁親王（後深草天皇）に譲位した後、文永11年（1274年）に亀山天皇が皇子世仁親王に譲位すると';
    expect(values(ja, 'ja', 'date')).toEqual([['1246', null, null], ['1274', null, null]]);
    expect(values(ja, 'ja', 'number')).toEqual([]);
    expect(values('In 1274, by abdicating in favor of Crown Prince Yohito', 'en', 'date')).toEqual([['1274', null, null]]);
  });

  it('a lunar month and day (旧暦) is no count, and the converted English date has the same year (PNM00243)', () => {
    const ja = '鳥羽上皇はこれを宥めようとして康治2年（1143年）に正五位下を与え、翌天養元年（1144年）には藤原姓への復姓を許して少納言に任命した。通憲の意思は固く、同年7月22日_(旧暦)に出家して信西と名乗った。';
    expect(extractAnchors(ja, 'ja').filter((a) => a.type === 'date' || a.type === 'number').map((a) => [a.type, a.value])).toEqual([
      ['date', '1143'],
      ['date', '1144'],
    ]);
  });

  it('an era year with no Western year is no anchor at all, a year before 1000 stays a number (TTL00097)', () => {
    const ja = '天平神護元年（765年）2月3日、近衛府設置とともに、正三位の官位相当。延暦12年（793年）、従四位上に官位相当が降格し';
    expect(extractAnchors(ja, 'ja').filter((a) => a.type !== 'name' && a.type !== 'title').map((a) => [a.type, a.text, a.value])).toEqual([
      ['number', '765年', '765'],
      ['number', '793年', '793'],
    ]);
    expect(values('承和 (日本)9年10月17日 (旧暦)（842年11月26日）', 'ja', 'number')).toEqual([['842', 'years', null]]);
    // a word of five ideographs is no era: 量子産業化元年 (seed line 134) stays "the first year"
    expect(values('令和7年を「量子産業化元年」と位置付け', 'ja', 'number')).toEqual([['1', 'years', 'ordinal']]);
  });

  it('lifespans in brackets are years in Japanese as in English (FML00055)', () => {
    const ja = '歴代当主中御門経継 （1258 －）中御門経宣 （1279 － 1340）';
    const en = 'A list of family heads in chronological order Tsunetsugu NAKAMIKADO (1258 －) Tsunenobu NAKAMIKADO (1279 － 1340)';
    expect(values(ja, 'ja', 'date')).toEqual([['1258', null, null], ['1279', null, null], ['1340', null, null]]);
    expect(values(en, 'en', 'date')).toEqual(values(ja, 'ja', 'date'));
  });
});

describe('ordinals written with a counter', () => {
  it('長女, 次女, 三女, 四女 are the first to fourth daughter (PNM03950)', () => {
    const ja = '林宗には五人の娘がいて、長女粂の夫は坪井信道、次女三千子の夫は伊東玄晁、三女秀子の夫は川本幸民、四女宮子の夫は高野長英';
    const en = 'Rinso had five daughters; the husband of the first daughter, Kume was Shindo TSUBOI, that of the second, Michiko was Gencho ITO, that of the third, Hideko was Komin KAWAMOTO, that of the fourth, Miyako was Choei TAKANO';
    const ordinals = (text: string, lang: Lang) => values(text, lang, 'number').filter(([, , q]) => q === 'ordinal').map(([v]) => v);
    expect(ordinals(ja, 'ja')).toEqual(['1', '2', '3', '4']);
    expect(ordinals(en, 'en')).toEqual(ordinals(ja, 'ja'));
  });

  it('6世紀 is "the sixth century" (SNT00179)', () => {
    expect(values('6世紀に中国から伝来し、日本では初めは朝廷の儀式の際に', 'ja', 'number')).toEqual([['6', null, 'ordinal']]);
    expect(values('Shaku was introduced from China in the sixth century', 'en', 'number')).toEqual([['6', null, 'ordinal']]);
  });
});

describe('Japanese values read where the text gives them in another form', () => {
  const dated = (text: string) => extractAnchors(text, 'ja').filter((a) => a.type === 'date' || a.type === 'number').map((a) => [a.type, a.text, a.value]);

  it('an era year the text named before: 7年と10年 after 天智天皇7年（668年）… 10年（671年） (EPR00601)', () => {
    const ja = '『日本書紀』には、天智天皇7年（668年）7月に栗前王が筑紫率、10年（671年）5月に栗隈王が筑紫帥に任命されたとある。7年と10年の任命記事は同じことが別の年に再掲されたものだとする説がある。';
    expect(dated(ja).slice(-2)).toEqual([
      ['number', '7年', '668'],
      ['number', '10年', '671'],
    ]);
    // without the era year given before, 10年 stays ten years
    expect(dated('7年と10年の任命記事は同じことが別の年に再掲されたものだとする説がある。')).toEqual([
      ['number', '7年', '7'],
      ['number', '10年', '10'],
    ]);
  });

  it('a month of a year whose era was named before: 20年3月 after 昭和19年 is March 1945 (HST01917)', () => {
    expect(dated('昭和19年4月1日　甲飛第14期前期の一部入隊(20年3月卒業)')).toEqual([
      ['date', '昭和19年4月1日', '1944-04-01'],
      ['number', '第14期', '14'],
      ['date', '20年3月', '1945-03'],
    ]);
  });

  it('a year in kanji numerals: 千八百九十四年 (PNM03154)', () => {
    expect(dated('「千八百九十四年香港ニ流行セルペスト病ニ就イテ」')).toEqual([['date', '千八百九十四年', '1894']]);
  });

  it('a count after its noun: 家臣十人, but not 数十人 (SAT00374)', () => {
    expect(dated('秀次の幼児妻妾たち三十九人、賜死した家臣十人の墓')).toEqual([
      ['number', '三十九人', '39'],
      ['number', '十人', '10'],
    ]);
    expect(dated('家臣数十人が従った')).toEqual([]);
  });

  it('1336年 before 後醍醐天皇 is a year, 1000年後に no year (GNM00339)', () => {
    expect(dated('1336年後醍醐天皇は神器を持って京都を逃れ')).toEqual([['date', '1336年', '1336']]);
    expect(dated('その1000年後に').filter(([type]) => type === 'date')).toEqual([]);
  });

  it('an era year restated after a heading run into the text: 種子島銃天正11年(1583年) (SAT00158)', () => {
    expect(dated('種子島銃天正11年(1583年)の銘により日本最古の種子島銃といわれる').map(([type, , value]) => [type, value])).toEqual([['date', '1583']]);
  });

  it('a volume and a page are two numbers, not thousands: 375,1281-1288 (PNM03154)', () => {
    expect(dated('中外医事新報375,1281-1288').map(([, , value]) => value)).not.toContain('375128');
    expect(values('Chugai Iji Shinpo, 375,1281-1288', 'en', 'number')).toEqual([['375', null, null]]);
    expect(values('12,345 people', 'en', 'number')).toEqual([['12345', 'people', null]]);
  });
});
