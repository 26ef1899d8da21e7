// The clause detector (src/diff/detect/clause-omission.ts) on the seed pair (Integrated Innovation
// Strategy 2025, Cabinet Office of Japan, and its tentative English translation): a case table of
// seed sentences → what it reports, each checked by reading both texts.
import { describe, expect, it } from 'vitest';
import { clauseOmissionDetector, droppedMainClause, omittedClauses } from '../../src/diff/detect/clause-omission.js';
import { detectDiscrepancies, detectorFindings } from '../../src/diff/steps/detect.js';
import { extractAnchors } from '../../src/anchors/index.js';
import { linkWords } from '../../src/lexicon/links.js';
import { alignDocuments } from '../../src/align/index.js';
import { devCorpusArticle, devCorpusText, EN_SEED, seedAlignment, seedText } from '../helpers/pipeline.js';

const findings = detectorFindings(clauseOmissionDetector, seedAlignment());
/** The seed English's lines [first, last] as one text, list markers and line breaks left out. */
const seedEnglish = (first: number, last: number) =>
  seedText(EN_SEED).split('\n').slice(first - 1, last).map((line) => line.replace(/^- /u, '')).filter(Boolean).join(' ');
const omissionAt = (line: number) => findings.filter((d) => d.kind === 'omission' && d.ja!.lines[0] <= line && line <= d.ja!.lines[1]);

// [Japanese line, the clause reported (null: nothing), why]
const CASES: Array<[number, string | null, string]> = [
  [211, '高度化・高頻度化', 'the English drops the launch passage (年間30件程度確保するため、基幹ロケットの高度化・高頻度化を進める): true; the diff reports the line once, as the value check\'s error on its figures'],
  [232, null, 'the English has "reduction of chemical pesticide and fertilizer use" though the links miss it'],
  [308, null, 'the English splits the sentence: its next sentence, unpaired, has the new flagship system'],
  [146, null, 'the English has "inertial confinement methods such as laser" in the same paragraph'],
  [82, null, 'a faithful sentence whose katakana compounds (データセンター) the links cover in parts'],
  [185, null, 'a programme name in katakana (創薬ベンチャーエコシステム強化事業) rendered by its English title'],
  [239, null, 'official plan titles in 「」 translated by their own English names'],
  [198, '地方自治体や民間企業', 'the English drops promoting use by local governments and private companies; the next sentence\'s "private companies" translates its own サービス調達を民間企業に'],
  [316, '実施状況を検証', 'the English examines "leading initiatives of advanced data management" where the Japanese verifies their implementation status (実施状況); 検証 = "examine" is there, the dictionary does not link it'],
  [
    266,
    '早期の社会実装が見込める研究',
    'the English drops the research whose social implementation can come early; it moves the stage-gate clause between the run\'s nearest neighbours (推進 "promote" … 各 "each ministry"), but the English of what comes before the run and of what comes after it meet with nothing between them ("… the SIP (FY2025), while programs for Bridging …"), and a "social" that the links give to another 社会実装 of the sentence does not say the run\'s',
  ],
  [265, '活用事例の周知やワークショップの開催', 'the English drops raising awareness by publicizing use cases and holding workshops: the Convergence Knowledge sentence goes straight on to "We will consider further promotion measures"'],
  [69, null, '実現可能性 is "the possibility of realizing", before the name it governs: the English has as many unlinked words in a row as the run has words'],
  [392, null, 'the run 多様化に向けて、税制 ends one clause and begins the next, and the English says each in its own place ("to diversify growth paths …", "open innovation, including taxation")'],
  [271, null, 'the English has "buildings are aging"; the links of the sentence give "buildings" to 踏まえ, the English around it to the run'],
  [322, null, 'the English has "doctoral students"; the links of the sentence give "doctoral" to 学生, the English around it to the run\'s 博士課程'],
];

describe('clause omissions on the seed pair', () => {
  it.each(CASES)('line %i → %s (%s)', (line, clause) => {
    const found = omissionAt(line);
    if (clause === null) expect(found).toEqual([]);
    else expect(found.map((d) => d.ja!.text)).toEqual([clause]);
  });

  it('marks the clause inside its block and reports it as a warning', () => {
    const alignment = seedAlignment();
    for (const d of findings) {
      expect(d.severity).toBe('warning');
      const [side, document] = d.kind === 'omission' ? [d.ja!, alignment.ja] : [d.en!, alignment.en];
      const block = document.blocks.find((b) => b.id === side.blocks![0])!;
      expect(block.normalized.slice(...side.span!)).toBe(side.text);
    }
  });

  // a ratchet: five today on the seeds, all true (lines 198, 211, 265, 266 and 316 above; earlier
  // looser bounds without the order check flagged 4–8, of which about half true)
  it('reports at most five findings on the seeds', () => {
    expect(findings.length).toBeLessThanOrEqual(5);
  });
});

// Dev-corpus excerpts (NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles,
// CC BY-SA 3.0): the faithful English and the same English with a clause cut out (as
// eval/inject.js cuts them), which leaves a fragment.
describe('a dropped main clause', () => {
  const CASES: Array<[string, string, string, string | null]> = [
    [
      'GNM00339',
      '新古今和歌集の時代になると、桜と雪はすっかり立場が逆転してしまっていた。',
      'After the time of Shinkokin Wakashu (New Collection of Ancient and Modern Japanese Poetry), positions of cherry blossoms and snow reversed completely.',
      null,
    ],
    ['GNM00339', '新古今和歌集の時代になると、桜と雪はすっかり立場が逆転してしまっていた。', 'After the time of Shinkokin Wakashu (New Collection of Ancient and Modern Japanese Poetry).', '桜と雪はすっかり立場が逆転してしまっていた'],
    [
      'EPR00228',
      'さらに伏見は、産まれたばかりの自分の皇子胤仁親王(後伏見天皇)を立太子した。',
      'Moreover, by Fushimi, Imperial Prince Tanehito (Emperor Gofushimi), the son of Fushimi, was formally installed as the Imperial Prince immediately after his was born.',
      null,
    ],
    ['EPR00228', 'さらに伏見は、産まれたばかりの自分の皇子胤仁親王(後伏見天皇)を立太子した。', 'Moreover, by Fushimi, Imperial Prince Tanehito (Emperor Gofushimi), the son of Fushimi.', '産まれたばかりの自分の皇子胤仁親王(後伏見天皇)を立太子した'],
    // present tenses without an auxiliary are verbs too
    ['SNT00179', '今日神職が用いているのは木笏である。', "Today's Shinto priests hold mokushaku.", null],
    ['GNM00339', 'この期間おびただしい花見客が吉野を訪れる。', 'During this period, millions of people come to Yoshiono to see cherry blossoms.', null],
  ];

  it.each(CASES)('%s %s / %s → %s', (_id, japanese, english, clause) => {
    const gap = droppedMainClause(japanese, english);
    expect(gap && japanese.slice(...gap.span)).toBe(clause);
  });

  it('reads only an English translation: a Japanese text aligned with itself has no English verbs to find', () => {
    const seedSentence = '国際的な協調も不可欠である。';
    expect(droppedMainClause(seedSentence, seedSentence)).toBeNull();
  });

  it('needs a Japanese main clause: a noun phrase translated by one is no fragment', () => {
    // TTL00209: a heading-like line of titles, rendered as titles
    expect(droppedMainClause('橋本綱常大日本帝国陸軍軍医総監、陸軍省医務局長、東京大学教授。', 'Tsunatsune HASHIMOTO, general office director of Imperial Japanese Army (IJA), professor at the University of Tokyo')).toBeNull();
  });
});

// Dev-corpus sentence pairs (NICT Kyoto Wikipedia corpus, CC BY-SA 3.0), linked without the
// document's associations: the faithful English leaves no run; with a clause cut out (as
// eval/inject.js cuts them) the run it translated is found, because the links around it go
// straight on in the English.
describe('an unlinked run the English has no place for', () => {
  const run = (japanese: string, english: string): string | null => {
    const ja = { normalized: japanese, anchors: extractAnchors(japanese, 'ja') };
    const links = linkWords(ja, { normalized: english, anchors: extractAnchors(english, 'en') }).links;
    const gaps = omittedClauses(japanese, ja.anchors, links, english);
    return gaps.length ? japanese.slice(...gaps[0]!.span) : null;
  };
  const EPR00228 = '徳治3年(1308年)、後二条は在位7年の後に崩御し花園が即位、伏見の院政が復活した。';
  const BDS00543 = '以上が浄土真宗の立場であり、それを示すのが続く引用である。';
  // the run's neighbours (年 = year, 行われる = held) stand in the English in the reverse order
  const SNT00253 = '例祭は年一回、多くは祭神や神社に特別の由緒のある日に行われる。';

  it('finds nothing in the faithful translations', () => {
    expect(run(EPR00228, 'In 1308, Gonijo died, seven years after his enthronement; Hanazono took over the throne, according to the resumption of the rules by the Retired Emperor Fushimi.')).toBeNull();
    expect(run(BDS00543, 'What is mentioned above is the perspective of Jodo shinshu, and the latter quotation exemplifies it.')).toBeNull();
    expect(run(SNT00253, 'Reisai is held once a year, and in many cases on a day specially associated with the enshrined deity or the shrine.')).toBeNull();
  });

  it('finds the run whose clause is cut out', () => {
    expect(run(EPR00228, 'In 1308, Gonijo died, seven years after his enthronement; Hanazono took over the throne.')).toBe('伏見の院政が復活');
    expect(run(BDS00543, 'What is mentioned above is the perspective of Jodo shinshu.')).toContain('それを示すのが続く引用');
  });

  it('finds it where the neighbours stand in the reverse order and the English has nothing around either', () => {
    expect(run(SNT00253, 'Reisai is held once a year.')).toBe('一回、多くは祭神や神社に特別の由緒のある日');
  });

  it('but not where the English has as many unlinked words in a row elsewhere: its neighbours may be linked out of place (seed line 307, 推進 to "data-driven")', () => {
    const ja = 'AI・データ駆動型研究による効率化・迅速化を推進するため、超高速・大容量のネットワーク基盤（SINET）や全国的な研究データ基盤（NII Research Data Cloud）といった研究デジタルインフラの高度化等を進める。';
    const en = seedEnglish(304, 306);
    expect(en).toContain('To promote efficiency and speed through AI and data-driven research');
    expect(run(ja, en)).toBeNull();
  });
});

// A dev-corpus article (fixtures/dev-corpus/SAT00158; NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles, CC BY-SA 3.0): the Japanese runs a heading into its sentence
// (達磨図中国禅宗の…), the English keeps it a sentence of its own, so the pair is one Japanese
// sentence to two English. The whole article is read: its links and ratio decide.
describe('a clause cut from a sentence the English writes as two', () => {
  const en = devCorpusText('SAT00158', 'en');
  const clauses = (english: string) =>
    detectorFindings(clauseOmissionDetector, alignDocuments(devCorpusArticle('SAT00158', 'ja'), devCorpusArticle('SAT00158', 'en', () => english))).map((d) => d.ja!.text);

  it('is found in the two English sentences read as one', () => {
    expect(clauses(en)).toEqual([]);
    const cut = en.replace('A painting of Bodhidharma, the founder of Chinese Zen\nBuddhism, painted by', 'A painting of Bodhidharma,\npainted by');
    expect(cut).not.toBe(en);
    expect(clauses(cut)).toEqual([expect.stringContaining('中国禅宗')]);
  });
});

// fixtures/dev-corpus/PNM03154 (NICT, CC BY-SA 3.0), the whole article as above: an English word
// that the links give to another Japanese word does not say the run's. With "he became an assistant
// for a pathology class at the same university" cut out, "Faculty of Medicine" (教室 by the
// document's associations) would say 病理学 (pathology, a branch of medicine) and hide the run.
describe('a run whose dictionary words the English has only where it translates another Japanese word', () => {
  const en = devCorpusText('PNM03154', 'en');
  const clauses = (english: string) =>
    detectorFindings(clauseOmissionDetector, alignDocuments(devCorpusArticle('PNM03154', 'ja'), devCorpusArticle('PNM03154', 'en', () => english))).map((d) => d.ja!.text);

  it('is found when its clause is cut out, and not in the faithful article', () => {
    expect(clauses(en).filter((text) => text.includes('病理学'))).toEqual([]);
    const cut = en.replace(/, he became an assistant for a pathology class at the\s+same university/u, '');
    expect(cut).not.toBe(en);
    expect(clauses(cut)).toContainEqual(expect.stringContaining('病理学'));
  });
});

// fixtures/dev-corpus/PNM03154 and EPR00601 (NICT, CC BY-SA 3.0), whole faithful articles.
describe('runs the English says as names or in their own characters', () => {
  const clauses = (id: string) => detectorFindings(clauseOmissionDetector, alignDocuments(devCorpusArticle(id, 'ja'), devCorpusArticle(id, 'en'))).map((d) => d.ja!.text);

  it('台東区谷中 is said by "Yanaka, Taito": 谷中 read kanji by kanji (KANJIDIC: 谷 ya, 中 naka) (PNM03154)', () => {
    expect(clauses('PNM03154').filter((text) => text.includes('谷中'))).toEqual([]);
  });

  it('栗前王と栗隈王 is said by an English that writes them in kanji (EPR00601)', () => {
    expect(clauses('EPR00601').filter((text) => text.includes('栗'))).toEqual([]);
  });
});

// fixtures/dev-corpus/TTL00097 (NICT, CC BY-SA 3.0), the whole article as above.
describe('counters after digits that no anchor reads', () => {
  it('are no run: the lunar 4月22日 that the English gives as "June 5, 807" leaves 中衛府 alone, which is three kanji (TTL00097 line 7)', () => {
    const found = detectorFindings(clauseOmissionDetector, alignDocuments(devCorpusArticle('TTL00097', 'ja'), devCorpusArticle('TTL00097', 'en')));
    expect(found.map((d) => [d.ja!.lines, d.ja!.text])).toEqual([]);
  });
});

// Whole dev-corpus articles (fixtures/dev-corpus; NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles, CC BY-SA 3.0) with one English clause cut out as eval/inject.js cuts
// them, through every detector (the refine step decides what the clause check may add). Each cut
// is found, and its clause marked, by reading both texts.
describe('clauses cut out of whole articles', () => {
  const findingsOf = (id: string, english = devCorpusText(id, 'en')) =>
    detectDiscrepancies(alignDocuments(devCorpusArticle(id, 'ja'), devCorpusArticle(id, 'en', () => english)));
  const isClause = (d: { kind: string; message: string }) => d.kind === 'omission' && /^The English (leaves out: |has no main clause)/.test(d.message);
  /** The article's English with the clause cut out (its words may wrap across lines). */
  const cutOut = (id: string, clause: string) => {
    const en = devCorpusText(id, 'en');
    const words = clause.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const cut = en.replace(new RegExp(words.join('\\s+')), '');
    expect(cut).not.toBe(en);
    return cut;
  };

  // [article, Japanese line, English clause cut out, what the finding marks, the check that finds it]
  const CASES: Array<[string, number, string, string, string]> = [
    ['EPR00601', 7, ', but the second one was written again in another year', '同じことが別の年に再掲', 'a run, its neighbours in reverse order'],
    ['CLT00027', 11, ', and dances that are prayers for driving away evil', '魔事退散', 'a whole clause of four kanji'],
    ['PNM00243', 13, ', an equal of FUJIWARA no Yorinaga', '頼長と並ぶ', 'a run, though a link gives the name\'s 原 the dictionary word "scholars"'],
    ['HST00789', 7, ', Yasutada became a warrior without a lord', '浪人', 'a run, in a paragraph line where another sentence misses a date'],
    [
      'HST00789',
      7,
      ', the members of the clan served under Ieyasu TOKUGAWA as the surviving retainers',
      '武田氏滅亡後は武田遺臣として徳川家康に仕える',
      'a dropped main clause, in a paragraph line where another sentence misses a date',
    ],
  ];

  it.each(CASES)('%s line %i, cut "%s" → %s (%s)', (id, line, clause, marked) => {
    const at = (d: { ja: { lines: [number, number] } | null }) => d.ja !== null && d.ja.lines[0] <= line && line <= d.ja.lines[1];
    expect(findingsOf(id).filter((d) => isClause(d) && at(d))).toEqual([]);
    const found = findingsOf(id, cutOut(id, clause)).filter((d) => isClause(d) && at(d));
    expect(found.map((d) => d.ja!.text)).toEqual([expect.stringContaining(marked)]);
  });

  it('keeps a clause omission beside a date mismatch of another sentence on the same line', () => {
    const found = findingsOf('HST00789', cutOut('HST00789', ', the members of the clan served under Ieyasu TOKUGAWA as the surviving retainers')).filter((d) => d.ja?.lines[0] === 7);
    const kinds = found.map((d) => d.kind);
    expect(kinds).toContain('date-mismatch');
    expect(kinds).toContain('omission');
    expect(new Set(found.map((d) => d.ja!.sentence)).size).toBe(found.length);
  });

  // HST01424 line 7 once gave 坊も形式的には諸: the English writes 春宮坊 "togubo" in lower case,
  // which no reading link reads; the association 宮 → "togubo" says the name whole
  it('reports no clause on the faithful articles', () => {
    const ids = ['BDS00155', 'BDS01059', 'CLT00027', 'EPR00601', 'HST00789', 'HST01424', 'SAT00158', 'TTL00097'];
    const found = ids.flatMap((id) => findingsOf(id).filter(isClause).map((d) => `${id} ${d.ja!.lines[0]} ${d.ja!.text}`));
    expect(found).toEqual([]);
  });

  // a ratchet: a known miss. With "Hoin NUMATA is considered as the founder of Tanseki-ryu school, "
  // cut, the next 丹石流 of the sentence links "Tanseki-ryu" (read through KANJIDIC), and the check
  // of the English around the sentence gives that word to the run's 丹石 too. When found again,
  // expect the run 沼田法印 here.
  it('misses the cut of BDS01059 line 17 (Hoin NUMATA, 沼田法印)', () => {
    const at = (d: { ja: { lines: [number, number] } | null }) => d.ja !== null && d.ja.lines[0] <= 17 && 17 <= d.ja.lines[1];
    const found = findingsOf('BDS01059', cutOut('BDS01059', 'Hoin NUMATA is considered as the founder of Tanseki-ryu school, ')).filter((d) => isClause(d) && at(d));
    expect(found).toEqual([]);
  });
});

