// Faithful translations that used to draw value, duplication and structure findings, each with the
// change that must still be found. Excerpts from "NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles" (CC BY-SA 3.0), as kept in ../shared/dev-corpus/clean; the article id
// is given with each.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { runDiff } from '../../src/diff/index.js';
import { documentFromText } from '../helpers/pipeline.js';

/** [kind, severity, the finding's English text (or Japanese where it has no English)] of every finding. */
function findings(ja: string, en: string): Array<[string, string, string]> {
  const alignment = alignDocuments(documentFromText(ja, 'excerpt.ja.txt', 'ja'), documentFromText(en, 'excerpt.en.md', 'en'));
  return runDiff(alignment).discrepancies.map((d) => [d.kind, d.severity, (d.en ?? d.ja)?.text ?? '']);
}

const reported = (ja: string, en: string) => findings(ja, en).filter(([, severity]) => severity !== 'info');

interface Case {
  name: string;
  ja: string;
  en: string;
  /** The English with one value changed, and the kind that change must draw. */
  changed: [string, string];
}

const CASES: Case[] = [
  {
    name: '"the first and second halves" translate 前後期 (HST01917)',
    ja: '昭和18年に募集した甲種第13期は、前後期合わせて20000人を超えた。',
    en: 'The 13th group of the Ko-type, which was recruited in 1943, exceeded 20000 students, including both the first and second halves of the group.',
    changed: ['The 14th group of the Ko-type, which was recruited in 1943, exceeded 20000 students, including both the first and second halves of the group.', 'number-mismatch'],
  },
  {
    name: 'a lunar date of an era the table does not know, converted (天保11年1月16日 = February 18, 1840; EPR00733)',
    ja: '天保11年1月16日、46歳で死去。公には1月24日死去と発表された。',
    en: 'Takako died at the age of 46 on February 18, 1840. However, it was officially announced that she died on February 26, 1840.',
    changed: ['Takako died at the age of 64 on February 18, 1840. However, it was officially announced that she died on February 26, 1840.', 'number-mismatch'],
  },
  {
    name: 'an era year with no Western year: 享保9年 = 1724 (HST00789)',
    ja: 'また吉保の5男柳沢時睦も享保9年蒲原郡内（新潟県新発田市北部・北蒲原郡加治川村西部）において1万石を与えられて三日市藩主となった。',
    en: 'Tokichika YANAGISAWA, the fifth son of Yoshiyasu, was given 10,000 koku in Kanbara-gun (currently in the northern part of Shibata City and the western part of Kajikawa village, Kita Kanbara gun, Niigata Prefecture) in 1724, and became the lord of Mikkaichi City.',
    changed: [
      'Tokichika YANAGISAWA, the fifth son of Yoshiyasu, was given 20,000 koku in Kanbara-gun (currently in the northern part of Shibata City and the western part of Kajikawa village, Kita Kanbara gun, Niigata Prefecture) in 1724, and became the lord of Mikkaichi City.',
      'number-mismatch',
    ],
  },
  {
    name: 'an era year whose era the text named before: 20年3月 after 昭和19年 = March 1945 (HST01917)',
    ja: '昭和19年4月1日　甲飛第14期前期の一部入隊(20年3月卒業)昭和19年9月1日　卒業生の飛行練習課程凍結。',
    en: 'On April 1, 1944, a part of the first half of the 14th group of the Ko-type of the preparatory pilot training course was enrolled (graduated in March 1945). On September 1, 1944, the graduates\' flying training program was frozen.',
    changed: [
      'On April 1, 1944, a part of the first half of the 14th group of the Ko-type of the preparatory pilot training course was enrolled (graduated in March 1946). On September 1, 1944, the graduates\' flying training program was frozen.',
      'date-mismatch',
    ],
  },
  {
    name: 'lengths in 尺, 寸 and 分 the English gives in centimeters (SNT00179)',
    ja: '『朝野群載』によれば、平安時代中期には長さ1尺2寸、上広2寸7分、下広2寸4分、厚さ3分が基準の大きさであった。',
    en: 'According to "Choya gunsai" (Collected Official and Unofficial Writings), the standard size was 36.36 centimeters in length, 8.18 in upper width, 7.27 centimeters in lower width, and 0.90 centimeters in thickness during the mid-Heian period.',
    changed: [
      'According to "Choya gunsai" (Collected Official and Unofficial Writings), the standard size was 36.36 centimeters in length, 8.18 in upper width, 7.27 centimeters in lower width, and 0.90 centimeters in thickness during the late Heian period in 1150.',
      'date-mismatch',
    ],
  },
  {
    name: 'a count in kanji after the noun it counts: 家臣十人 = "10 of his vassals" (SAT00374)',
    ja: '秀次の幼児妻妾たち三十九人、賜死した家臣十人の墓と秀次の五輪の塔が京都の瑞泉寺 (京都市)にある。',
    en: "There is graveyard for the 39 of Hidetsugu's wives and young children and 10 of his vassals who offered their lives, as well as Hidetsugu's Gorin Tower (a memorial gravestone for the dead) in Zensho-ji Temple (Kyoto City).",
    changed: [
      "There is graveyard for the 39 of Hidetsugu's wives and young children and 12 of his vassals who offered their lives, as well as Hidetsugu's Gorin Tower (a memorial gravestone for the dead) in Zensho-ji Temple (Kyoto City).",
      'number-mismatch',
    ],
  },
  {
    name: '第二次大戦 is "World War II" (SNT00253)',
    ja: '第二次大戦以降も、神社本庁被包括の神社については、例祭日を変更する場合は神社本庁の承認を受ける必要がある。',
    en: 'Even after World War II, shrines administered by Jinja-Honcho (The Association of Shinto Shrines) need to require approval from the Jinja-Honcho to change the date of reisai.',
    changed: [
      'Even after World War I, shrines administered by Jinja-Honcho (The Association of Shinto Shrines) need to require approval from the Jinja-Honcho to change the date of reisai.',
      'number-mismatch',
    ],
  },
  {
    name: '1代 is "one generation"; "the fourteenth century" glosses a title (EPR00601)',
    ja: 'この場合、『公卿補任』『尊卑分脈』の記載から、難波皇子と栗隈王の間に「大俣王（おおまたのおおきみ）」を1代補うことが出来る。',
    en: 'In this case, \'Omata no Miko\' can be added as one generation between the Prince Naniwa and Kurikuma no Okimi according to the descriptions in "Kugyobunin" (directory of court nobles) and "Sonpibunmyaku" (a text compiled in the fourteenth century that records the lineages of the aristocracy).',
    changed: [
      'In this case, \'Omata no Miko\' can be added as two generations between the Prince Naniwa and Kurikuma no Okimi according to the descriptions in "Kugyobunin" (directory of court nobles) and "Sonpibunmyaku" (a text compiled in the fourteenth century that records the lineages of the aristocracy).',
      'number-mismatch',
    ],
  },
  {
    name: 'an age counted the old way: 数えで10歳 = "only nine years old" (EPR00733)',
    ja: '享和3年9月3日（1803年10月18日）に家慶と婚約が治定、翌文化 (元号)元年9月3日（1804年10月6日）、幕府の希望により喬子女王まだ数えで10歳にして江戸へ下向、以後婚儀までの5年間を江戸城西ノ丸にて過ごす。',
    en: 'Takako was engaged to Ieyoshi on October 18, 1803, then on October 6, 1804, when she was only nine years old, she left the capital Kyoto to move to Edo as the favor of the bakufu, and lived in the Nishinomaru compound of Edo-jo Castle until the wedding five years later.',
    changed: [
      'Takako was engaged to Ieyoshi on October 18, 1803, then on October 6, 1804, when she was only seven years old, she left the capital Kyoto to move to Edo as the favor of the bakufu, and lived in the Nishinomaru compound of Edo-jo Castle until the wedding five years later.',
      'number-mismatch',
    ],
  },
  {
    name: 'a year glued to the word before it: "died in1084" (CLT01807)',
    ja: 'なお史実では頼豪の没年は1084年、敦文親王の没年はそれ以前の1077年であるため、頼豪の死霊が敦文親王を取り殺したとする点ですでに史実との矛盾点があることが、専門家から指摘されている。',
    en: "Also, the historical fact is that Raigo died in1084 and Prince Atsufumi had died in 1077, and so experts are pointing out that Raigo's shiryo (the spirit of a dead person) killing Prince Atsufumi contradicts the historical fact.",
    changed: [
      "Also, the historical fact is that Raigo died in1084 and Prince Atsufumi had died in 1070, and so experts are pointing out that Raigo's shiryo (the spirit of a dead person) killing Prince Atsufumi contradicts the historical fact.",
      'date-mismatch',
    ],
  },
];

describe('faithful dev-corpus translations draw no value error or warning', () => {
  it.each(CASES)('$name', ({ ja, en, changed: [changedEn, kind] }) => {
    expect(reported(ja, en)).toEqual([]);
    expect(reported(ja, changedEn).map(([k]) => k)).toContain(kind);
  });
});

describe('a value only in a translator’s gloss is a note', () => {
  it('"Baishoron (Historical tale compiled in 1349)": the Japanese names the book only (EPR00228)', () => {
    const ja = 'また、在位年数を十年とする史料が『梅松論』しか存在しないことから、和談においては皇太子即位しか決まらなかったとする見解もある。';
    const en =
      'Furthermore, since only "Baishoron" (Historical tale compiled in 1349) shows that the period of reign was made ten years, some believe that only the decision on the heir to the throne was made as a Compromise.';
    expect(findings(ja, en)).toEqual([['date-mismatch', 'info', expect.stringContaining('1349')]]);
    // the same year outside the brackets is a claim of the text: an error
    const claimed = en.replace(' (Historical tale compiled in 1349) shows', ' shows, in 1349,');
    expect(findings(ja, claimed)).toEqual([['date-mismatch', 'error', expect.stringContaining('1349')]]);
  });
});

describe('parallel list entries are no duplication (TTL00097, TTL00231)', () => {
  it('"One to four persons…" and "Two to four persons…" state different counts', () => {
    const ja = '中将\n\n左右に各1～4名。四等官の次官（スケ）に相当する。\n\n少将\n\n左右に各2～4名。四等官の次官（スケ）に相当する。';
    const en =
      '## Chujo\n\nOne to four persons were appointed to each of the Left Division and Right Divisions. According to the Shitokan system, it corresponded to suke.\n\n## Shosho\n\nTwo to four persons were appointed to each of the Left Division and Right Divisions. According to the Shitokan system, it corresponded to suke.';
    expect(reported(ja, en).filter(([kind]) => kind === 'duplication')).toEqual([]);
    // the second entry pasted over with the first is one
    const pasted = en.replace('Two to four persons', 'One to four persons');
    expect(reported(ja, pasted).filter(([kind]) => kind === 'duplication')).toHaveLength(1);
  });

  it('"the eldest son of the eldest son of ookimi" (長兄の長男) is a chain of possessives', () => {
    const ja = '末弟が没した後は、長兄の長男に皇位承継されることが慣例となっていた。';
    const en = 'If the youngest son died, the next successor would be the eldest son of the eldest son of ookimi.';
    expect(reported(ja, en)).toEqual([]);
    expect(reported(ja, 'If the youngest son died, the next successor would be the eldest son the eldest son of ookimi.').map(([k]) => k)).toEqual(['duplication']);
  });
});

describe('headings', () => {
  it('"## 4. Honganbokori (Presumption upon the Primal Vow)" is the section 4. 本願ぼこり, numbered (BDS00543)', () => {
    const ja = '3. 親鸞以前の悪人正機説\n\n法然の伝記の一つである『醍醐本法然上人伝記』に見える。\n\n4. 本願ぼこり\n\n悪人正機の意味を誤解して「悪人が救われるというなら、悪いことをした方がよい」という者が現れた。';
    const en =
      "## 3. Pre-Shinran thought\n\nIt is found in one of Honen's biographies.\n\n## 4. Honganbokori (Presumption upon the Primal Vow)\n\nWhat emerged was people who misunderstood the meaning and said 'if evil people are saved, it is better to do evil.'";
    expect(findings(ja, en).filter(([kind]) => kind === 'structure')).toEqual([]);
    const unnumbered = en.replace('## 4. Honganbokori', '## Honganbokori');
    expect(findings(ja, unnumbered).filter(([kind]) => kind === 'structure')).toHaveLength(1);
  });
});

describe('verses numbered in the text (GNM00339)', () => {
  // the Tetsudo Shoka verses 46–48, one Japanese line, and the paragraphs before them
  const ja = "み吉野の山の白雪踏み分けて入りにし人のおとづれもせぬ。：『古今和歌集』の壬生忠岑によるの冬歌\n\n吉野山 峰の白雪 ふみわけて 入りにし人の 跡ぞ恋しき。敵である頼朝を前にして、義経との別離を静御前が歌ったもの。「吉野山の峰の白雪を踏み分けて姿を隠していったあの人（義経）のあとが恋しい」。（現代語訳は河出書房『義経記』高木卓訳）上の壬生忠岑の歌を本歌とする。\n\n鉄道唱歌1900年（明治33年）に作詞された「鉄道唱歌第五集　関西・参宮・南海篇」（大和田建樹作詞）では、3番に渡って吉野山が歌いこまれた。高野山・和歌山市と共に、作者の歴史・景勝好みが影響しているものと見られている。\n\n46.ふたたび渡る紀の川の　水上とおく雲ならで　立てるは花の吉野山　見て来んものを春ならば47.あわれ暫（しばし）は南朝の　仮の皇居となりにけり　吉水神社の月のかげ　曇るか今も夜な夜なは48.夕べ悲しき梟（ふくろう）の　声より猶（なお）も身にしむは　如意輪堂の宝蔵に　のこる鏃（やじり）の文字の跡";
  const en = "\nHe made his way through white snow into Mt. Yoshino, and I have not heard from\nhim since then. : A winter poem by MIBU no Tadamine in \"Kokin Wakashu.\"\n\nYoshinoyama Mine no Shirayuki Fumiwakete Irinishi Hito no Ato zo Koishiki.\nBefore the enemy Yoritomo, Shizukagozen put a separation from Yoshitsune into\nthis poem. I miss him (Yoshitsune) who disappeared from my sight, making his way\nthrough white snow in Mt. Yoshino. (Modern Japanese translation is excerpted\nfrom the translation version of \"Gikeiki\" (A Military Epic about the Life of\nYoshitsune) by Taku TAKAGI published by Kawade Shobo) This poem was written\nbased on MIBU no Tadamine's poem above.\n\nTetsudo Shoka (Songs of Railways) In 'Tetsudo Shoka Series Five: Kansai, Sangu,\nand Nankai' written in 1900 (by Tateki OWADA), Mt. Yoshino appears in three\nverses. Mt. Yoshino, as well as Mt. Koya and Wakayama City, are thought to\nreflect the author's commitment to history and scenic beauty.\n\n46. Well beyond the Kino-kawa River we are crossing again, Mt. Yoshino of\nflowers stands in the clouds; we are going to visit there because it is spring.\n47. In the place where the Southern Court sadly set up the Imperial Palace for a\nlittle while, do clouds still overshadow Yoshimizu-jinja Shrine every night\nunder the darkened moon? 48. Characters engraved with a tip of an arrow, which\nstill remain on a treasure house of Nyoirin-do Hall, pierce my heart more deeply\nthan sad cry of owls in the evening.";
  const about = (jaText: string, enText: string) => {
    const alignment = alignDocuments(documentFromText(jaText, 'excerpt.ja.txt', 'ja'), documentFromText(enText, 'excerpt.en.md', 'en'));
    return runDiff(alignment).discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.kind, d.expected ?? null]);
  };

  it('a verse number the English prints as its item number is there; a changed one is not', () => {
    expect(about(ja, en).filter(([kind]) => kind === 'structure' || kind === 'number-mismatch')).toEqual([]);
    expect(about(ja, en).filter(([, value]) => value === '47')).toEqual([]);
    expect(about(ja, en.replace('47. In the place', '49. In the place')).filter(([, value]) => value === '47')).toHaveLength(1);
  });
});

describe('a list entry one side leaves out is an omission or addition, not a value mismatch', () => {
  // list lines joined into one sentence on both sides, after the article's title and first lines; excerpts of
  // FML00055 and CLT00027 as above
  const jaHeads = '中御門家\n\n中御門家（なかのみかどけ）は、藤原北家勧修寺流の公家。\n\n歴代当主中御門宣綱 （1511 － 1569）中御門宣治 （1517 － 1555）中御門資胤 （1569 － 1626）中御門尚長 （1590 － 1641）中御門宣順 （1613 － 1664）';
  const enHeads =
    '# The Nakanomikado Family\n\nThe Nakanomikado family was court nobility of Kajuji-ryu (the Kajuji lineage) of the northern House of the Fujiwara clan.\n\nA list of family heads in chronological order Nobutsuna NAKAMIKADO (1511 － 1569) Nobuharu NAKAMIKADO (1517 － 1555) Suketane NAKAMIKADO (1569 － 1626) Naonaga NAKAMIKADO (1590 － 1641) Nobuyori NAKAMIKADO (1613 － 1664)';
  const jaDances = '田楽\n\n田楽（でんがく）は、日本の伝統芸能。楽と躍りなどから成る。\n\n三河の田楽（1978年5月22日 愛知県）住吉の御田植（1979年2月3日 大阪府）下呂の田の神祭（1981年1月21日 岐阜県）杉野原の御田舞（1987年12月28日 和歌山県）';
  const enDances =
    '# Dengaku Folk Dance\n\nDengaku is a traditional Japanese performance art. It is a combination of music and dance.\n\nMikawa Dengaku Dance (May 22, 1978, Aichi Prefecture) Sumiyoshi Rice Planting Dance (February 03, 1979, Osaka Prefecture) Gero-no-ta Festival (January 21, 1981, Gifu Prefecture) Suginohara-no-ondamai Dance (December 28, 1987, Wakayama Prefecture)';
  const about = (ja: string, en: string) => {
    const alignment = alignDocuments(documentFromText(ja, 'excerpt.ja.txt', 'ja'), documentFromText(en, 'excerpt.en.md', 'en'));
    return runDiff(alignment)
      .discrepancies.filter((d) => d.severity !== 'info')
      .map((d) => [d.kind, d.kind === 'addition' ? d.en?.text : d.ja?.text]);
  };

  it('the faithful lists draw nothing', () => {
    expect(about(jaHeads, enHeads)).toEqual([]);
    expect(about(jaDances, enDances)).toEqual([]);
  });

  it('an English entry dropped is one omission of the Japanese entry, even when one of its years recurs in another entry', () => {
    expect(about(jaHeads, enHeads.replace('Naonaga NAKAMIKADO (1590 － 1641) ', ''))).toEqual([['omission', '中御門尚長(1590-1641)']]);
    // 1569 is also Nobutsuna's death year: the entry has no counterpart all the same
    expect(about(jaHeads, enHeads.replace('Suketane NAKAMIKADO (1569 － 1626) ', ''))).toEqual([['omission', '中御門資胤(1569-1626)']]);
  });

  it('a Japanese entry dropped is one addition of the English entry', () => {
    expect(about(jaDances.replace('下呂の田の神祭（1981年1月21日 岐阜県）', ''), enDances)).toEqual([['addition', 'Gero-no-ta Festival (January 21, 1981, Gifu Prefecture)']]);
  });

  it('a figure changed in an entry is still a mismatch: the lists have as many entries', () => {
    expect(about(jaHeads, enHeads.replace('(1590 － 1641)', '(1590 － 1644)')).map(([kind]) => kind)).toEqual(['date-mismatch']);
    expect(about(jaDances, enDances.replace('January 21, 1981', 'January 21, 1983')).map(([kind]) => kind)).toEqual(['date-mismatch']);
  });
});

describe('a sentence on each side at the same place is one sentence pair', () => {
  // TTL00097: the list of posts from 将監 to its end, under the article's title, as the files wrap it
  const ja = [
    "近衛府",
    "",
    "将監（しょうげん）",
    "",
    "各1名～10名　四等官の判官（ジョウ）に相当。天平神護元年（765年）2月3日、近衛府の設置とともに、従六位上の官位相当。現場指揮官で護衛、警護の体制を組み立てる。五位でこの官職に就くと、左近大夫（さこんたゆう）将監あるいは右近大夫（うこんたゆう）将監。将監を略して、左近大夫あるいは右近大夫と称された。参軍、親衛軍長吏、親衛校尉、録事といった唐名がある。",
    "",
    "将曹",
    "",
    "各4名～20名　四等官の主典（サカン）に相当。天平神護元年（765年）2月3日、近衛府の設置とともに、従七位下の官位相当。現場指揮官で将監の指揮のもと、配下の人数を直接指揮する。",
    "",
    "番長（ばんちょう：つがいのおさ）",
    "",
    "各6名　行幸や高官の外出時の警護の際、騎乗を許可され、前駆する。",
    "",
    "近衛",
    "",
    "各300名。",
    "",
    "その他にも役職有り。",
  ].join('\n');
  const en = [
    "# Konoefu (Headquarters of the Inner Palace Guards)",
    "",
    "Shogen",
    "",
    "1 to 10 persons were appointed for each of the Left Division and Right",
    "Divisions, and this post corresponded to Jo based on the Shitokan system. When",
    "Konoefu was established on March 2, 765, the court rank corresponding to this",
    "post was set to Jurokuinojo (Junior Sixth Rank, Upper Grade). Shogen played a",
    "role of on-site commander and organized the guard and security system. Persons",
    "whose court rank was Goi (Fifth Rank) were appointed to this post were called",
    "Sakontayu shogen or Ukontayu shogen. They were usually called Sakontayu or",
    "Ukontayu by abbreviating the term shogen. There were Tang names for Sangun, such",
    "as Shineigun chori, shinei koi and Rokuji.",
    "",
    "Shoso",
    "",
    "4 to 20 persons were appointed for each of the Left Division and Right",
    "Divisions, and this post corresponded to Sakan based on the Shitokan system.",
    "When Konoefu was established on March 2, 765, the court rank corresponding to",
    "this post was set to Jushichiinoge (Junior Seventh Rank, Lower Grade). Shoso",
    "played a role of commander on the site under the authority of Shogen and",
    "directly commanded their subordinates.",
    "",
    "Bancho (also known as Tsugai no osa)",
    "",
    "Six persons were appointed for each division, and they led the way riding on",
    "horseback when the Emperor or high-ranking officials went out.",
    "",
    "Konoe",
    "",
    "Approximately 300 persons were appointed for each division.",
    "",
    "There were other posts than the above.",
  ].join('\n');

  it('a figure changed there is a number mismatch, not an omission and an addition', () => {
    expect(reported(ja, en).filter(([kind]) => kind !== 'structure')).toEqual([]);
    expect(reported(ja, en.replace('Approximately 300', 'Approximately 303')).filter(([kind]) => kind !== 'structure').map(([kind]) => kind)).toEqual(['number-mismatch']);
  });
});
