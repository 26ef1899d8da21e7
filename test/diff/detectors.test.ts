// Each detector on small real text pairs, through the public entry (parse → annotate → align →
// runDiff), in the textlint/publint style: a pair of excerpts → the findings expected, kind and
// severity. The excerpts are lines of the seed pair (Integrated Innovation Strategy 2025, Cabinet
// Office of Japan, and its tentative English translation); each case is a finding listed in
// fixtures/diff/confirmed-findings.tsv, except the addition, which the cut itself makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { linkedLengthRatio } from '../../src/align/length-model.js';
import { type DiffResult, runDiff } from '../../src/diff/index.js';
import { KINDS } from '../../src/diff/kinds.js';
import type { GlossaryEntry } from '../../src/glossary/types.js';
import type { Discrepancy, DiscrepancyKind, Document, Severity, Side } from '../../src/model.js';
import { devCorpusArticle, devCorpusText, documentFromText, EN_SEED, JA_SEED } from '../helpers/pipeline.js';

const lines = { ja: readFileSync(JA_SEED, 'utf8').split('\n'), en: readFileSync(EN_SEED, 'utf8').split('\n') };
const excerpt = (lang: 'ja' | 'en', [first, last]: [number, number]) => lines[lang].slice(first - 1, last).join('\n');

interface Case {
  name: string;
  /** Seed lines, 1-based inclusive. */
  ja: [number, number];
  en: [number, number];
  glossary?: GlossaryEntry[];
  /** The English excerpt ends before this text: seed line en 133 runs on into a sentence whose
   *  Japanese is past a page break the Japanese excerpt (ja 144) stops at. */
  enEndsBefore?: string;
  /** Every finding, in document order: [kind, severity, text the concerned side contains]. */
  expected: Array<[DiscrepancyKind, Severity, string]>;
}

const EN_133_RUNS_ON = ' In addition, while research and development of various types of confinement methods';
const upTo = (text: string, end?: string) => (end && text.includes(end) ? text.slice(0, text.indexOf(end)) : text);

const CASES: Case[] = [
  {
    name: 'a clause carrying a target the English leaves out (launch capacity, ja 211 / en 209-211)',
    ja: [211, 211],
    en: [209, 211],
    expected: [['omission', 'error', '年間30件程度確保するため']],
  },
  {
    name: 'a paragraph the Japanese lacks: the English excerpt starts one bullet earlier (en 302-303 / ja 305)',
    ja: [305, 305],
    en: [302, 303],
    expected: [
      ['addition', 'error', 'research facilities as an organization'],
      ['number-mismatch', 'error', '3GeV'],
    ],
  },
  {
    name: 'a figure the English does not give (3GeV, ja 305 / en 303)',
    ja: [305, 305],
    en: [303, 303],
    expected: [['number-mismatch', 'error', '3GeV']],
  },
  {
    name: 'a fiscal year the English gives differently (令和6年度, ja 259-262 / en 256-259)',
    ja: [259, 262],
    en: [256, 259],
    expected: [['date-mismatch', 'error', '防衛省の意見を踏まえた']],
  },
  {
    name: 'a date the English leaves out (令和7年度新規公募分から, ja 310-313 / en 309-312)',
    ja: [310, 313],
    en: [309, 312],
    expected: [['date-mismatch', 'error', '令和7年度新規公募分から']],
  },
  {
    name: 'a clause the English says twice in one sentence (ja 409 / en 410)',
    ja: [409, 409],
    en: [410, 410],
    expected: [['duplication', 'warning', 'conduct evidence-based studies']],
  },
  {
    name: '③ printed as "(3)", the numbering of a section (ja 432-436 / en 440-444)',
    ja: [432, 436],
    en: [440, 444],
    expected: [['structure', 'warning', '国際頭脳循環、研究の国際化の推進']],
  },
  {
    name: '② printed as a bare "2": a note, not a warning (ja 298-302 / en 296-300)',
    ja: [298, 302],
    en: [296, 300],
    expected: [['structure', 'info', '研究施設・設備の強化']],
  },
  {
    name: 'a glossary term the English renders otherwise (国研 → Kokken, ja 144 / en 133)',
    ja: [144, 144],
    en: [133, 133],
    glossary: [{ ja: '国研', en: ['Kokken'] }],
    enEndsBefore: EN_133_RUNS_ON,
    expected: [['terminology', 'warning', '国研']],
  },
];

function run(testCase: Case): { result: DiffResult; ja: Document; en: Document } {
  const ja = documentFromText(excerpt('ja', testCase.ja), 'excerpt.ja.txt', 'ja');
  const en = documentFromText(upTo(excerpt('en', testCase.en), testCase.enEndsBefore), 'excerpt.en.md', 'en');
  return { result: runDiff(alignDocuments(ja, en), testCase.glossary ? { glossary: testCase.glossary } : {}), ja, en };
}

const concerned = (d: Discrepancy) => (d.kind === 'addition' || d.kind === 'duplication' ? d.en : d.ja) ?? d.en;

/** The findings are exactly the expected kinds and severities, in order, each concerning a text that contains the expected one. */
function expectFindings(discrepancies: Discrepancy[], expected: Array<[DiscrepancyKind, Severity, string]>): void {
  const found = discrepancies.map((d) => [d.kind, d.severity, concerned(d)?.text ?? ''] as const);
  expect(found.map(([kind, severity]) => [kind, severity])).toEqual(expected.map(([kind, severity]) => [kind, severity]));
  expected.forEach(([, , text], i) => expect(found[i]![2]).toContain(text));
}
const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** A side's ids point at its text: its blocks exist, its sentence is in its first block, its span is its text. */
function pointsAtItsText(side: Side, document: Document): boolean {
  const blocks = (side.blocks ?? []).map((id) => document.blocks.find((block) => block.id === id));
  if (blocks.length === 0 || blocks.some((block) => block === undefined)) return false;
  if (side.sentence !== undefined && !blocks[0]!.sentences?.some((sentence) => sentence.id === side.sentence)) return false;
  if (side.span && blocks.length === 1) return squeeze(blocks[0]!.normalized.slice(side.span[0], side.span[1])) === squeeze(side.text);
  return true;
}

describe('each detector on real text pairs', () => {
  it.each(CASES)('$name', (testCase) => {
    const { result, ja, en } = run(testCase);
    expectFindings(result.discrepancies, testCase.expected);
    for (const d of result.discrepancies) {
      if (d.ja) expect(pointsAtItsText(d.ja, ja), `${d.kind}: ja side ${JSON.stringify(d.ja)}`).toBe(true);
      if (d.en) expect(pointsAtItsText(d.en, en), `${d.kind}: en side ${JSON.stringify(d.en)}`).toBe(true);
    }
  });

  it('has a case for every kind the registry lists', () => {
    const covered = new Set(CASES.flatMap((testCase) => testCase.expected.map(([kind]) => kind)));
    expect(KINDS.filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it('reads the length ratio the alignment records (one length model, estimated by align)', () => {
    const launch = CASES[0]!;
    const ja = documentFromText(excerpt('ja', launch.ja), 'excerpt.ja.txt', 'ja');
    const en = documentFromText(excerpt('en', launch.en), 'excerpt.en.md', 'en');
    const alignment = alignDocuments(ja, en);
    expect(alignment.lengthRatio).toBe(linkedLengthRatio(alignment.pairs));
    expect(runDiff(alignment).discrepancies.map((d) => d.kind)).toEqual(['omission']);
    // at an English as short as 1/100 of the Japanese, the English has room for nothing: the clause
    // is there and only its figures are missing
    const terse = runDiff({ ...alignment, lengthRatio: 0.01 }).discrepancies.map((d) => d.kind);
    expect(terse).not.toContain('omission');
    expect(terse.length).toBeGreaterThan(0);
  });
});

/** Faithful translations from the dev corpus: excerpts from "NICT, Japanese-English Bilingual Corpus
 *  of Wikipedia's Kyoto Articles" (CC BY-SA 3.0), article id with each. Each pair says the same
 *  thing, so the values detector must find nothing (or exactly the difference named). */
interface TextCase {
  name: string;
  ja: string;
  en: string;
  expected: Array<[DiscrepancyKind, Severity, string]>;
}

const textCaseFindings = (testCase: TextCase) =>
  runDiff(alignDocuments(documentFromText(testCase.ja, 'excerpt.ja.txt', 'ja'), documentFromText(testCase.en, 'excerpt.en.md', 'en'))).discrepancies;

const FAITHFUL: TextCase[] = [
  {
    name: 'a value the Japanese writes inside a word: 五位 = "Goi (Fifth Rank)", 六位 = "Rokui (Sixth Rank)" (SNT00179)',
    ja: '笏には、象牙製の牙笏（げしゃく）と木製の木笏（もくしゃく）とがある。かつては五位以上の者は牙笏、六位以下は木笏と決まっていたが、後に位階に関係なく礼服 (宮中)のときにのみ牙笏を用い、普段は木笏を用いるようになった。',
    en: 'There are two types of Shaku: geshaku which is made of ivory and mokushaku which is made of wood. Formerly, there was a rule according to which geshaku was used by persons of the Goi (Fifth Rank) or above, and mokushaku was used by persons of the Rokui (Sixth Rank) or below; later, however, geshaku came to be used during formal attire (court) and mokushaku in other occasions, regardless of the rank of the holder.',
    expected: [],
  },
  {
    name: 'a count the English spells out: 8名 = "eight"; an era year restated as 1098 (TTL00097)',
    ja: '近衛中将・少将はともに四等官の次官にあたるために、近衛次将（このえじしょう）とも称した。承徳2年（1098年）に左右近衛次将の定員は合計8名とされた。',
    en: 'As both Konoe no chujo and Konoe no shosho corresponded to suke based on the Shitokan system, they were also called Konoe jisho. The total number of konoe jisho of the Left and Right division was set at eight in 1098.',
    expected: [],
  },
  {
    name: 'a figure read as a year on one side and a count on the other: 1000石 = "1000 koku" (SAT00374)',
    ja: 'このときに村雲の寺地と「瑞龍寺」の寺号、寺領1000石を与えたのが後陽成天皇である。',
    en: 'Then, the temple land in Murakumo, the jigo (the name of a Buddhist temple) of "Zuiryu-ji Temple" and 1000 koku of temple estate was given by the Emperor Goyosei.',
    expected: [],
  },
  {
    name: 'digits with a kanji multiplier: 8万4千 = "84,000" (CLT01807)',
    ja: 'そうして、生前の恨みを晴らすため、8万4千匹もの鼠の大群を率いて比叡山を駆け登り、延暦寺の仏像や経典を食い破ったとされる。',
    en: 'Then in order to work off the grudge, he led a large army of 84,000 rats and climbed up Mt. Hiei and bit off statues of Buddha and Buddhist scriptures in Enryaku-ji Temple.',
    expected: [],
  },
  {
    name: 'the same excerpt with the figure changed is still a mismatch (CLT01807, 84,000 → 48,000)',
    ja: 'そうして、生前の恨みを晴らすため、8万4千匹もの鼠の大群を率いて比叡山を駆け登り、延暦寺の仏像や経典を食い破ったとされる。',
    en: 'Then in order to work off the grudge, he led a large army of 48,000 rats and climbed up Mt. Hiei and bit off statues of Buddha and Buddhist scriptures in Enryaku-ji Temple.',
    expected: [['number-mismatch', 'error', '8万4千']],
  },
];

describe('faithful dev-corpus translations give no finding', () => {
  it.each(FAITHFUL)('$name', (testCase) => {
    expectFindings(textCaseFindings(testCase), testCase.expected);
  });
});

/** Faithful paragraph pairs (dev corpus, NICT, CC BY-SA 3.0) that the cases below cut a sentence out of. */
const BDS00155_JA =
  '能忍の無師の禅は、法統の師弟相承を伝統とする禅門では異端とされた。また、密教などの現世利益的な修法になじんだ公家社会においては修行悟達を目的とする禅の宗風を受け入れる素地に乏しく、布教は常に困難に直面していた。';
const BDS00155_EN =
  "Zen with no mentor advocated by Nonin was seen as unorthodox in Zen Sect society whose tradition was the succession of teaching from a mentor to a disciple. In addition, as the court noble society was accustomed to teachings that eyed achieving earthly desires, such as Esoteric Buddhism, there was no background to accept Nonin's Zen teaching which aims to attain enlightenment through ascetic training and his propagation activities constantly faced difficulty.";
const TTL00097_JA = '大内裏のうち、宣陽門・承明門・陰明門・玄輝門の内側を担当。行幸などの際には護衛として随員。また、皇族や高官の警護も担当。';
const TTL00097_EN =
  'Konoefu was responsible for guarding the inside of Dai-dairi (precinct of the Imperial palace and government offices) surrounded by Senyo-mon Gate, Shomei-mon Gate, Inmei-mon Gate and Genki-mon Gate. People of Konoefu accompanied when the emperor went out. It was also in charge of the guard for Imperial families and high-ranking court officials.';
const PNM00243_JA =
  '藤原 通憲（ふじわら の みちのり、嘉祥元年（1106年）？ - 平治元年12月13日 (旧暦)（1160年1月23日））は、平安時代末期の貴族・学者。出家後の戒名である信西（しんぜい）の方が有名。';
const PNM00243_EN =
  'FUJIWARA no Michinori (1106 - January 23, 1160) was a noble and scholar living at the end of the Heian period. He is better known by his posthumous Buddhist name Shinzei.';


/** A paragraph whose sentences the aligner merges two into one, with the sentence the merge does
 *  not translate beside it on the other side (dev corpus, NICT, CC BY-SA 3.0). */
const FML00043_JA_7 =
  '同じく閑院流阿野実顕の子、姉小路公景が慶長18年（1613年）に新たな姉小路家を起こす（ちなみに阿野家も1.の姉小路家共々南朝方について一度は没落したが、後に勢力を回復させた家系である）。当初は1.とは無関係に存在していたが、宝暦9年（1759年）に時の桃園天皇の命により、1.の祭祀を引き継ぐ事になった。幕末の姉小路公知とその叔父で澤家を継いだ澤宣嘉は著名である。家格は羽林家。新家。内々。家禄200石。明治維新後伯爵。';
const FML00043_EN_7 =
  'Kinkage ANEGAKOJI, the son of Saneaki ANO of the Kanin line established a new Anegakoji family in 1613 (note that the Ano family was ruined like the Anegakoji family (1) after supporting the southern dynasty, but subsequently managed to recover power). Initially, the Ano family was unrelated to (1), but was ordered to take over religious duties from (1) in 1759 by the order of the then Emperor Momozono. Kintomo ANEGAKOJI and his uncle Nobuyoshi SAWA, who became head of the Sawa family were prominent figures at the end of the Edo period. The family held the status of Urinke (one of the family statuses of court noble, military class and could be appointed dainagon, the chief councilor of state). The new family. Unofficial. The hereditary stipend was 200 koku. The family was awarded the rank of count after the Meiji Restoration.';

/** Content on one side only, made by cutting or repeating a sentence of a faithful dev-corpus
 *  translation (excerpts as above, NICT, CC BY-SA 3.0). */
const ONE_SIDE: TextCase[] = [
  {
    name: 'a sentence the English drops from a verbosely translated paragraph: judged by the paragraph’s own ratio (EPR00228)',
    ja: '文保元年（1317年）伏見が崩御すると次の皇太子を巡り両統の争いが激しくなり、仲裁を期待された幕府は、以後の皇位継承に一定の基準を定めることを目的に次の3点を両統に示した。花園が皇太子尊治親王に譲位すること。今後、在位年数を十年として両統交替すること。次の皇太子は邦良親王とし、その次を後伏見皇子の量仁親王（光厳天皇）とすること。以降は両統迭立することで和解が成立したといわれている。',
    en: 'After the death of Fushimi in 1317, the dispute about the heir to the throne between the two imperial lineages became intense; accordingly, the bakufu, who was expected to reconcile the two, proposed the following three points, for the purpose of setting criteria for the heir to the throne. Hanazono would abdicate in favor of Imperial Prince Takaharu. The period of reign would be made ten years and the succession to the throne would alternate between the two imperial lineages. Imperial Prince Kuniyoshi would be the next Crown Prince, succeeded by Imperial Prince Kazuhito (Emperor Kogon), the son of Gofushimi.',
    expected: [['omission', 'error', '以降は両統迭立することで和解が成立した']],
  },
  {
    name: 'a dropped sentence with a value is an omission whatever the lengths say (HST00789, 明治17年（1884年）)',
    ja: '歴代当主は美濃国守あるいは甲斐守に任ぜられた。明治時代に華族に列し、明治17年（1884年）柳沢保申が伯爵になった。武田氏宗家の高家武田氏とは密接な関係にあり、保申の次男、武田信保が高家武田氏の当主を継ぎ、血筋が絶えることなく現在に至っている。',
    en: 'The head of the clan was traditionally designated as the lord of either Mino Province or Kai Province. The YANAGISAWA clan had a close relationship with the Koke Takeda clan, the main stream of the Takeda clan; Nobuyasu TAKEDA, the second son of Yasunobu, became the head of Koke Takeda clan and the family line has continued to the present day.',
    expected: [['omission', 'error', '明治17年(1884年)']],
  },
  {
    name: 'a sentence the English drops although its neighbour has room for it: none of its words is in the neighbour (BDS00155)',
    ja: BDS00155_JA,
    en: BDS00155_EN.slice(BDS00155_EN.indexOf('In addition')),
    expected: [['omission', 'error', '能忍の無師の禅は、法統の師弟相承を伝統とする禅門では異端とされた。']],
  },
  {
    name: 'a sentence the aligner merged with its neighbour whose words the English does not translate (TTL00097)',
    ja: TTL00097_JA,
    en: TTL00097_EN.replace(' People of Konoefu accompanied when the emperor went out.', ''),
    expected: [['omission', 'warning', '行幸などの際には護衛として随員。']],
  },
  {
    name: 'an English sentence merged with the one before, with no word of the Japanese (PNM00243, 信西 cut)',
    ja: PNM00243_JA.replace('出家後の戒名である信西（しんぜい）の方が有名。', ''),
    en: PNM00243_EN,
    expected: [['addition', 'warning', 'He is better known by his posthumous Buddhist name Shinzei.']],
  },
  ...[
    ['BDS00155', BDS00155_JA, BDS00155_EN],
    ['TTL00097', TTL00097_JA, TTL00097_EN],
    ['PNM00243', PNM00243_JA, PNM00243_EN],
  ].map(([id, ja, en]): TextCase => ({ name: `the same paragraphs uncut give nothing (${id})`, ja: ja!, en: en!, expected: [] })),
  {
    name: 'a sentence beside a merge that leaves its facing sentence untranslated is that sentence\'s translation: 家格は羽林家。 / "The family held the status of Urinke (…)" (FML00043)',
    ja: FML00043_JA_7,
    en: FML00043_EN_7,
    expected: [],
  },
  {
    name: 'a heading pasted twice is a duplication (BDS01059)',
    ja: '沼田法印（丹石流）',
    en: 'Hoin NUMATA (Tanseki-ryu school) Hoin NUMATA (Tanseki-ryu school)',
    expected: [['duplication', 'warning', 'Hoin NUMATA (Tanseki-ryu school)']],
  },
  {
    name: 'a repeat the Japanese makes too is faithful: 中御門家中御門家 (FML00055)',
    ja: '中御門家中御門家（なかのみかどけ）は、藤原北家勧修寺流の公家。',
    en: 'The Nakanomikado family The Nakanomikado family was court nobility of Kajuji-ryu (the Kajuji lineage) of the northern House of the Fujiwara clan.',
    expected: [],
  },
];

/** Whole dev-corpus articles (fixtures/dev-corpus/; NICT, Japanese-English Bilingual Corpus of
 *  Wikipedia's Kyoto Articles, CC BY-SA 3.0): the sentence alignment of a paragraph depends on the
 *  article around it. */
const articleFindings = (id: string, editEnglish?: (text: string) => string) =>
  runDiff(alignDocuments(devCorpusArticle(id, 'ja'), devCorpusArticle(id, 'en', editEnglish))).discrepancies;
const oneSided = (findings: Discrepancy[]) => findings.filter((d) => d.kind === 'addition' || d.kind === 'omission');

describe('a sentence beside a merge whose facing sentence the merge does not translate', () => {
  it('is that sentence\'s translation: 675年に兵政官長。贈従二位。 merged with "He was appointed …", then "The Junii (Junior Second Rank) was posthumously conferred …" (EPR00601)', () => {
    expect(oneSided(articleFindings('EPR00601')).filter((d) => d.en?.text.includes('Junii'))).toEqual([]);
  });
  it('also when the sentence was detached from a merge of its own: "According to the Shitokan system, it corresponded to suke" / 四等官の次官（スケ）に相当する。 (TTL00097)', () => {
    expect(oneSided(articleFindings('TTL00097')).filter((d) => d.en?.text.includes('Shitokan system, it corresponded'))).toEqual([]);
  });
  it('unless the English is a fragment: a clause cut from EPR00601 line 31 leaves "Japan, at that time." and stays an omission', () => {
    const cut = articleFindings('EPR00601', (text) =>
      text.replace('Japan, at that time, abandoned its ambition to invade Korean Peninsula after the\nloss of the Battle of Hakusukinoe. However', 'Japan, at that time.\nHowever'),
    );
    expect(oneSided(cut).map((d) => [d.kind, d.severity, d.ja?.text])).toContainEqual(['omission', 'error', '当時の日本は白村江の戦いで敗れてから朝鮮半島への進出を断念していた。']);
  });
});

describe('entries of a list one side runs into one sentence', () => {
  it('written as sentences on the other side are no additions: "Daibu (Master) (corresponding to Jushiinoge [Junior Forth Rank, Lower Grade]) one member." beside 大夫（従四位下相当）一名亮（従五位下相当）一名… (HST01424)', () => {
    expect(oneSided(articleFindings('HST01424')).filter((d) => d.en?.text.includes('Daibu (Master)'))).toEqual([]);
  });
  it('prose beside such a list is no entry: with its English sentence on the stilts dropped, 田楽の芸に高足というものがあり、… (next to the list of dances) is an omission (CLT00027)', () => {
    const dropped = articleFindings('CLT00027', (text) => text.replace(/ Dengaku\nperformances also[^]*?small stilts\./u, ''));
    expect(oneSided(dropped).map((d) => [d.kind, d.ja?.text])).toContainEqual(['omission', '田楽の芸に高足というものがあり、竹馬に乗るようなものだったので、これに由来する。']);
  });
  it('and with its whole English paragraph dropped, the Japanese paragraph is the omission (CLT00027)', () => {
    const dropped = articleFindings('CLT00027', (text) => text.replace(/\nFood For information about Dengaku in cooking[^]*?small stilts\.\n/u, '\n'));
    expect(oneSided(dropped).map((d) => [d.kind, d.ja?.text])).toContainEqual(['omission', '食べ物料理の田楽については、味噌田楽を参照のこと。田楽の芸に高足というものがあり、竹馬に乗るようなものだったので、これに由来する。']);
  });
});

describe('content on one side only', () => {
  it.each(ONE_SIDE)('$name', (testCase) => {
    expectFindings(textCaseFindings(testCase), testCase.expected);
  });

  it('a list the English writes out in sentences and the Japanese as one run of names is not an addition where the names link (HST01424)', () => {
    // the first lines of the article (fixtures/dev-corpus/HST01424)
    const ja = devCorpusText('HST01424', 'ja').split('\n').slice(0, 13).join('\n');
    const en = devCorpusText('HST01424', 'en').split('\n').slice(0, 26).join('\n');
    const added = runDiff(alignDocuments(documentFromText(ja, 'excerpt.ja.txt', 'ja'), documentFromText(en, 'excerpt.en.md', 'en')))
      .discrepancies.filter((d) => d.kind === 'addition')
      .map((d) => d.en!.text);
    // Shuzogen ~ 主蔵監 by its reading, beside a linked neighbour; Shuheisho, whose gloss ("Division in
    // Charge of Military and Ceremonial Weapons") is in brackets, by its name; and the last items,
    // unpaired side by side, as a run that the run of names translates.
    expect(added).toEqual([]);
  });

  it('a sentence whose words the neighbour translates, and not it, is left out (BDS00155, first paragraph cut from the English)', () => {
    // 能忍 and 禅 are in both Japanese sentences and once in the English: linked together, the English
    // words go to the sentence they translate, and the opening sentence keeps almost none
    const ja = [
    "日本達磨宗",
    "",
    "日本 達磨宗（にほん だるましゅう）は、大日房能忍が興した禅の一派である。",
    "",
    "能忍は初め天台宗を学んだが、古来から日本に伝わった禅籍を読破して無師独悟し、摂津国（大阪府）の三宝寺を中心として布教活動を始めた。達磨宗の名は『日本書紀』や『元亨釈書』にみられる聖徳太子が達磨大師の化身に出会ったとする伝説に因んでいるという。現在通称されている「日本達磨宗」という「日本」の字を付した呼称は、近世以降の研究者によって使用されるようになったもので、能忍在世当時は単に達磨宗と呼ばれていた。",
    "",
    "能忍の無師の禅は、法統の師弟相承を伝統とする禅門では異端とされた。また、密教などの現世利益的な修法になじんだ公家社会においては修行悟達を目的とする禅の宗風を受け入れる素地に乏しく、布教は常に困難に直面していた。",
  ].join('\n');
    const en = [
    "# Nihon Daruma Sect",
    "",
    "Nonin initially studied at Tendai Sect but he attained enlightenment by himself,",
    "without a mentor, by reading through Zen books that had been introduced into",
    "Japan in the old days and thereafter, he began propagation activities at",
    "Sanpo-ji Temple in Settsu Province (Osaka Prefecture). The name of Daruma Sect",
    "derives from the legend, which appears in \"Nihonshoki\" (Chronicles of Japan) and",
    "\"Genko shakusho (History of Buddhism of the Genko era), that Prince Shotoku met",
    "with the incarnation of Daruma Daishi. Although the name of Nihon Daruma Sect is",
    "commonly used at present, this sect was simply called Daruma Sect while Nonin",
    "was alive because the current name, which includes the word of 'Nihon' (Japan),",
    "was put into use by researchers in early modern times.",
    "",
    "Zen with no mentor advocated by Nonin was seen as unorthodox in Zen Sect society",
    "whose tradition was the succession of teaching from a mentor to a disciple. In",
    "addition, as the court noble society was accustomed to teachings that eyed",
    "achieving earthly desires, such as Esoteric Buddhism, there was no background to",
    "accept Nonin's Zen teaching which aims to attain enlightenment through ascetic",
    "training and his propagation activities constantly faced difficulty.",
    "",
  ].join('\n');
    const omitted = runDiff(alignDocuments(documentFromText(ja, 'excerpt.ja.txt', 'ja'), documentFromText(en, 'excerpt.en.md', 'en')))
      .discrepancies.filter((d) => d.kind === 'omission')
      .map((d) => d.ja!.text);
    expect(omitted).toEqual(['日本達磨宗(にほんだるましゅう)は、大日房能忍が興した禅の一派である。']);
  });

  it('an English sentence with a figure appended to a seed bullet is an error (ja 144 / en 133)', () => {
    const added = 'The budget for fiscal 2026 was 3.5 billion yen.';
    const bullet = upTo(excerpt('en', [133, 133]), EN_133_RUNS_ON);
    expect(bullet.length).toBeLessThan(excerpt('en', [133, 133]).length);
    const ja = documentFromText(excerpt('ja', [144, 144]), 'excerpt.ja.txt', 'ja');
    const en = documentFromText(`${bullet.trimEnd()} ${added}`, 'excerpt.en.md', 'en');
    const baseline = runDiff(alignDocuments(ja, documentFromText(bullet, 'excerpt.en.md', 'en'))).discrepancies;
    expect(baseline).toEqual([]);
    const found = runDiff(alignDocuments(ja, en)).discrepancies;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === 'error' && d.en?.text.includes('3.5 billion yen'))).toBe(true);
  });
});
