// Page breaks and titles on real Wikipedia pairs the parser was not built on. Excerpts from
// "NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in
// the dev corpus (../shared/dev-corpus/), clean or with its PDF-like damage; the article id is given
// with each excerpt.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { sourceFromBytes } from '../../src/read/index.js';

const parse = (text: string, lang: Lang) => parseDocument(sourceFromBytes(Buffer.from(text), `excerpt.${lang}`, lang));
const spans = (text: string, lang: Lang) => parse(text, lang).blocks.map((b) => [b.kind, ...b.lines]);

describe('the title', () => {
  it('English: a hard-wrapped first paragraph under the title is a paragraph (CLT00027, clean)', () => {
    const text = [
      '# Dengaku Folk Dance',
      '',
      'Dengaku is a traditional Japanese performance art. It is a combination of music',
      'and dance. It began in the middle of the Heian Period. There are various',
      "theories about its origins, including that it developed from a 'ta-asobi' ritual",
      'to pray for a good harvest before planting rice or that it was introduced from',
      'overseas, but there are still many uncertainties as to its origins.',
    ].join('\n');
    expect(spans(text, 'en')).toEqual([
      ['title', 1, 1],
      ['paragraph', 3, 7],
    ]);
  });

  it('Japanese: a first paragraph cut by a page break is not a title line (FML00055, damaged)', () => {
    const text = ['中御門家', '', '中御門家中御門家（なかのみかどけ）は、藤原', '', '北家勧修寺流の公家。名家 (公家)、侯爵。本項にて解説。'].join('\n');
    expect(spans(text, 'ja')).toEqual([
      ['title', 1, 1],
      ['paragraph', 3, 5],
    ]);
  });
});

describe('page breaks are judged on the line before the break, not on the block joined so far', () => {
  it('English list rows after a long row stay rows (BDS01059, clean)', () => {
    const text = [
      '## 2. Major disciples',
      '',
      'Hangan CHUJO (Chujo-ryu school)',
      '',
      'Kai Chikuzen no kami (governor of Chikuzen in Kai Province) (Chujo-ryu school,',
      'Tomita-ryu school)',
      '',
      'Saru no gozen (Kage-ryu school)',
      '',
      'Hoin NUMATA (Tanseki-ryu school)',
      '',
      'Taro Kaneshige HIGUCHI (Higuchinen-ryu school)',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 6], [8, 8], [10, 10], [12, 12]]);
  });

  it('English rows of names: a short last line ends the row (TTL00209, clean)', () => {
    const text = [
      '## 5. Major Japanese barons',
      '',
      'Tanemichi AOYAMA, principal of Tokyo Imperial Medical University',
      '',
      'Shigekata ITAMI, recipient of Kinkei no mashiko and Grand Cordon of the Order of',
      'the Sacred Treasure',
      '',
      'Kiyoshi WATANABE, recipient of Kinkei no mashiko and Grand Cordon of the Order',
      'of the Sacred Treasure',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 6], [8, 9]]);
  });

  it('English: a full line before the break joins, even when the next starts with a name (CLT01807, damaged)', () => {
    const text = [
      "After the death of a Heian period's high priest, Raigo (the Great Priest of",
      '',
      'Mii-dera Temple) who was famous for being efficacious, he was transformed by',
      'wicked thoughts into a vengeful spirit of a rat.',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 4]]);
  });

  it('English: a short term over its lowercase definition stays apart (TTL00209, clean)', () => {
    const text = [
      'Kuki danshaku (Air baron)',
      '',
      'Kuki danshaku is the debut volume of the cartoonist Takao SATO.',
      '',
      'Hige danshaku',
      '',
      'a Japanese comic duo of Sun music group (entertainment agency)',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines.slice())).toContainEqual([7, 7]);
    expect(parse(text, 'en').blocks.map((b) => b.lines.slice())).toContainEqual([5, 5]);
  });

  it('English: a lowercase continuation joins (BDS00543, damaged)', () => {
    const text = [
      "Good people' are interpreted as 'evil people' who aren't ready to recognize that",
      '',
      "they can't complete any good deeds.",
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 3]]);
  });

  it('Japanese terms over their text stay apart (TTL00097, clean)', () => {
    const text = [
      '近衛大将',
      '',
      '左右に各1名。権官はない。四等官における近衛府の長官（カミ）に相当する。',
      '',
      '中将',
      '',
      '左右に各1～4名。四等官の次官（スケ）に相当する。',
    ].join('\n');
    expect(parse(text, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5], [7, 7]]);
  });

  it('Japanese: a heading cut after one character joins, the term before it does not (EPR00601, damaged)', () => {
    const text = ['この場合、『公卿補任』『尊卑分脈』の記載から、難波皇子と栗隈王の間に「大俣王（おおまたのおおきみ）」を1代補うことが出来る。', '', '伝説等伝説', '', 'そ', '', 'の他', '', '小説家の井沢元彦が、栗隈王を天武天皇による天智天皇暗殺の共犯者とする説を著書である「逆説の日本史」で唱えている。'].join('\n');
    expect(parse(text, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 7], [9, 9]]);
  });

  it('Japanese: a line starting with a word in hiragana is no continuation (GNM00339, clean)', () => {
    const text = ['6. 吉野温泉', '', '吉野山を歌った詩歌短歌', '', 'み吉野の山の白雪踏み分けて入りにし人のおとづれもせぬ。'].join('\n');
    expect(parse(text, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5]]);
  });

  it('Japanese: a poem\'s source after its 。 and a colon ends the paragraph; the next poem is its own (GNM00339, clean and damaged)', () => {
    const text = [
      'み吉野の山の白雪踏み分けて入りにし人のおとづれもせぬ。：『古今和歌集』の壬生忠岑によるの冬歌',
      '',
      '吉野山 峰の白雪 ふみわけて 入りにし人の 跡ぞ恋しき。敵である頼朝を前にして、義経との別離を静御前が歌ったもの。',
    ].join('\n');
    expect(parse(text, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3]]);
    // without the colon the same unpunctuated tail is a sentence a page break cut
    expect(parse(text.replace('。：', '。'), 'ja').blocks.map((b) => b.lines)).toEqual([[1, 3]]);
  });

  it('Japanese: a long line without its 。 joins only a block that ends a sentence (GNM00339, GNM00016, clean and damaged)', () => {
    const nameUnder = ['吉野山には十数件の旅館、民宿そして宿坊もある。', '', '中には、温泉を有する宿もあり、花見のお客さんや修験道の山伏などが多く利用する', '', '吉野山旅館組合'].join('\n');
    expect(parse(nameUnder, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5]]);
    const entries = [
      '阪神高速道路阪神高速道路8号京都線鴨川東出入口',
      '',
      '名所・旧跡八坂神社豊国神社 (京都市)六波羅蜜寺建仁寺青蓮院知恩院清水寺法観寺高台寺妙法院智積院養源院三十三間堂泉涌寺東福寺京都国立博物館祇園産寧坂',
      '',
      '郵便番号東山郵便局（605-00・-08・-09）',
    ].join('\n');
    expect(parse(entries, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5]]);
    const pageBreak = ['上千本に水の分配を司る、吉野水分神社がある。奥千本には', '', '吉野山の地主神を奉る金峯神社 (吉野町)がある。'].join('\n');
    expect(parse(pageBreak, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 3]]);
  });

  it('Japanese data rows stay rows (HST01424, clean)', () => {
    const text = [
      '大夫（従四位下相当）一名亮（従五位下相当）一名大進（従六位従六位相当）一名　少進（従六位従六位相当）二名大属（正八位下相当）一名　少属（従八位上相当）二名',
      '',
      '史生　平安時代に新設坊掌　平安時代に新設',
      '',
      '使部直丁',
    ].join('\n');
    expect(parse(text, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5]]);
  });

  it('Japanese: a number cut in two, a bracket left open, a word cut mid-way join (GNM00016, TTL00097, GNM00288, damaged)', () => {
    const numberCut = ['京都市東山区清水五丁目130番地の6', '', 'TEL：075-5', '', '61-1191（代表）'].join('\n');
    expect(parse(numberCut, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 5]]);
    const openBracket = ['番長（ばんちょ', '', 'う：つがいのおさ）'].join('\n');
    expect(parse(openBracket, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 3]]);
    const wordCut = ['古くから薬湯として知られ、平安時代にはすでに温泉として開湯されていた歴史があ', '', 'る。江戸時代には湯治に訪れる人も多かった。'].join('\n');
    expect(parse(wordCut, 'ja').blocks.map((b) => b.lines)).toEqual([[1, 3]]);
  });
});

describe('hard-wrapped English', () => {
  // Both excerpts hold enough wrapped lines to show the width (80 columns) they were wrapped at.
  it('a line the next word would have fitted on ends its paragraph, however long (GNM00016, clean)', () => {
    const text = [
      '## 5. Railroads',
      '',
      'Keihan Main Line of the Keihan Electric Railway (from/to Keihan Oto Line',
      'Demachiyanagi Station) - Sanjo Station (Kyoto Prefecture) - Keihan Shijo Station',
      '- Keihan Gojo Station - Shichijo Station - Tofukuji Station - Toba-kaido Station',
      '- (from/to Yodoyabashi Station) Nara Line of the West Japan Railway Company (JR',
      'West) Tofukuji Station (between Kyoto Station and Kizu stations) Tozai Line of',
      'the Kyoto Municipal Subway (from/to Nijo Station)- Sanjo-Keihan Station -',
      'Higashiyama Station (Kyoto Prefecture) - Keage Station (from/to Rokujizo',
      'Station)',
      '',
      '## 6. Expressway',
      '',
      'Hanshin Expressway No. 8 Kyoto Route Kamogawa Higashi Half-interchange',
      '',
      'Scenic and historic sites Yasaka-jinja Shrine Toyokuni-jinja Shrine (Kyoto',
      'Prefecture) Rokuharamitsu-ji Temple Kennin-ji Temple Shoren-in Temple Chion-in',
      'Temple Kiyomizu-dera Temple Hokan-ji Temple Kodai-ji Temple Myoho-in Temple',
      'Chishaku-in Temple Yogen-in Temple Sanjusangendo Temple Senyu-ji Temple',
      'Tofuku-ji Temple Kyoto National Museum Gion Sannei-zaka slope',
      '',
      'ZIP code Higashiyama post office: 605-00, 605-08, and 605-09',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 1], [3, 10], [12, 12], [14, 14], [16, 20], [22, 22]]);
  });

  it('a page break after a full line still joins (TTL00209, damaged)', () => {
    const text = [
      'People who have made outstanding contributions to the country. Except',
      'politicians, bureaucrats, and members of the armed forces, the title of Baron',
      'was also given to businesspeople such as the Mitsui family, Sumitomo family,',
      'Konoike family, and Iwasaki family. Also, many families of karo (chief retainer',
      'of daimyo, Japanese territorial lord) of taihan (large scale domains) received',
      '',
      'the title of Baron as a reward for their outstanding contribution to the country',
      'during the Meiji Restoration.',
      '',
      'Others',
      '',
      'Takeomi KIKUCHI, Yorisada GOJO, Nagayasu NAWA, Yukiyoshi NANBU, Toshizumi NITTA',
      'were also raised to the peerage and given the title of Baron as the descendants',
      'of meritorious retainers of the Southern Court (Japan).',
      '',
      'The councilors of the Japanese House of Peers were chosen from barons by a',
      'mutual vote among themselves.',
      '',
      'In Japan, Baron is the most well known title as well as Duke and Hakushaku',
      '(Count, Earl in England); Barons often appear in Japanese literary works and',
      'comic books. In many cases, they are described as gentleman types wearing',
      '',
      'traditional suits or riding suits; Baron is recognized more as the title for a',
      'gentleman rather than for aristocrats.',
    ].join('\n');
    expect(parse(text, 'en').blocks.map((b) => b.lines)).toEqual([[1, 8], [10, 10], [12, 14], [16, 17], [19, 24]]);
  });

  it('a wrapped line that starts with "- " continues its paragraph (GNM00016, clean)', () => {
    const text = [
      '## 5. Railroads',
      '',
      'Keihan Main Line of the Keihan Electric Railway (from/to Keihan Oto Line',
      'Demachiyanagi Station) - Sanjo Station (Kyoto Prefecture) - Keihan Shijo Station',
      '- Keihan Gojo Station - Shichijo Station - Tofukuji Station - Toba-kaido Station',
      '- (from/to Yodoyabashi Station) Nara Line of the West Japan Railway Company (JR',
      'West) Tofukuji Station (between Kyoto Station and Kizu stations) Tozai Line of',
      'the Kyoto Municipal Subway (from/to Nijo Station)- Sanjo-Keihan Station -',
      'Higashiyama Station (Kyoto Prefecture) - Keage Station (from/to Rokujizo',
      'Station)',
    ].join('\n');
    const doc = parse(text, 'en');
    expect(doc.blocks.map((b) => [b.kind, ...b.lines])).toEqual([
      ['heading', 1, 1],
      ['paragraph', 3, 10],
    ]);
    expect(doc.blocks[1]!.normalized).toContain('Keihan Shijo Station - Keihan Gojo Station - Shichijo Station');
  });
});

describe('headings are as long as headings', () => {
  it('Japanese: numbered verses run together on one line (148 characters) are a paragraph, a short numbered line a heading (GNM00339, clean)', () => {
    const verses =
      '46.ふたたび渡る紀の川の　水上とおく雲ならで　立てるは花の吉野山　見て来んものを春ならば47.あわれ暫（しばし）は南朝の　仮の皇居となりにけり　吉水神社の月のかげ　曇るか今も夜な夜なは48.夕べ悲しき梟（ふくろう）の　声より猶（なお）も身にしむは　如意輪堂の宝蔵に　のこる鏃（やじり）の文字の跡';
    expect(spans(['吉野山', '', '46.ふたたび渡る紀の川の', '', verses].join('\n'), 'ja')).toEqual([
      ['title', 1, 1],
      ['heading', 3, 3],
      ['paragraph', 5, 5],
    ]);
  });
});
