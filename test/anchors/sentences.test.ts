import { describe, expect, it } from 'vitest';
import { extractAnchors, splitSentences } from '../../src/anchors/index.js';
import { prepareText } from '../../src/anchors/normalize.js';
import { lineAt, sentenceSpans } from '../../src/anchors/sentences.js';
import type { Block, Lang } from '../../src/model.js';
import { seedLine } from './seed.js';

function sentencesOf(lang: Lang, line: number): string[] {
  const text = prepareText(seedLine(lang, line), lang).text;
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

describe('Japanese sentences', () => {
  it('do not end at a 。 inside brackets', () => {
    const sentences = sentencesOf('ja', 206);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toContain('(以下「ISS」という。)の退役');
    expect(sentences[1]).toMatch(/^また、令和11年に.*取り組む。$/u);
  });
  it('end at every 。 outside brackets', () => {
    const sentences = sentencesOf('ja', 211);
    expect(sentences).toHaveLength(5);
    expect(sentences[2]).toMatch(/^2030年代前半までに.*年間30件程度確保する.*重要である。$/u);
  });
});

describe('Japanese quoted sentences (EPR00601; NICT, Japanese-English Bilingual Corpus of Wikipedia\'s Kyoto Articles, CC BY-SA 3.0)', () => {
  const split = (text: string) => sentenceSpans(text, 'ja').map((s) => text.slice(s.start, s.end));
  it('end after each quote of a run, as the English renders them', () => {
    const text =
      '書紀（現代文訳）には次のような栗隈王の言葉が載せられている。「筑紫国は以前から辺賊の難に備えている。」「そもそも城を高くし溝を深くし、海に臨んで守るのは、内の賊のためではない。」「兵を動かさないのはこのためである。」';
    expect(split(text)).toEqual([
      '書紀（現代文訳）には次のような栗隈王の言葉が載せられている。',
      '「筑紫国は以前から辺賊の難に備えている。」',
      '「そもそも城を高くし溝を深くし、海に臨んで守るのは、内の賊のためではない。」',
      '「兵を動かさないのはこのためである。」',
    ]);
  });
  it('do not end after a quote the sentence goes on from', () => {
    expect(split('栗隈王は「筑紫国は以前から辺賊の難に備えている。」と答えた。')).toHaveLength(1);
  });
});

describe('English sentences', () => {
  it('keep "Act No. 53" and a parenthesis together', () => {
    const sentences = sentencesOf('en', 39);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toContain('(Act No. 53 of 2025; hereinafter referred to as the "AI Act")');
  });
  it('keep "Japan-U.S. Joint Leaders\' Statement" in one sentence', () => {
    const sentences = sentencesOf('en', 203);
    expect(sentences).toHaveLength(6);
    expect(sentences[1]).toMatch(/^In the Japan-U\.S\. Joint Leaders' Statement \(February 7, 2025\), it was confirmed/u);
  });
  // Dev-corpus excerpt (GNM00339; NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto
  // Articles, CC BY-SA 3.0): "Mt." before a name split every sentence that names a mountain in two.
  it('keep "Mt. Yoshino" in its sentence', () => {
    const text =
      'Geographic maps published by the Geographical Survey Institute do not show where the summit of Mt. Yoshino is, and each map of each publisher presents the summit at different locations at different altitudes. Mt. Yoshino usually refers to the entire region.';
    const spans = sentenceSpans(text, 'en').map((s) => text.slice(s.start, s.end));
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatch(/summit of Mt\. Yoshino is, .* altitudes\.$/u);
    expect(spans[1]).toMatch(/^Mt\. Yoshino usually refers/u);
  });
  it('end after "etc." when a capital follows, not after "etc.,"', () => {
    expect(sentencesOf('en', 25)).toHaveLength(1); // "Society 5.0", "e-CSTI, etc., and"
    const broken = sentencesOf('en', 37);
    expect(broken[0]).toMatch(/personnel evaluation, etc\.$/u);
    expect(broken[1]).toMatch(/^Given the rapid advancement of AI/u);
  });
  it('keep "\'Mt. Yoshino" in its sentence after an opening quote (GNM00339; NICT, CC BY-SA 3.0)', () => {
    const text = "For Mt. Yoshino in classical Japanese dances, refer to the section titled 'Mt. Yoshino and Art.'";
    expect(sentenceSpans(text, 'en')).toHaveLength(1);
  });
  it('end before a Japanese word the English quotes (EPR00601; NICT, CC BY-SA 3.0)', () => {
    const text =
      'According to "Nihonshoki" (Chronicles of Japan), Kurikuma no Okimi (栗前王) was appointed to Tsukushi no Kami in August 668, SOGA no Akae to the same rank in February 669, and Kurikuma no Okimi (栗隈王) to Tsukushi no Sotsu in June 671. 栗前王and 栗隈王 are considered to be the same person.';
    const spans = sentenceSpans(text, 'en').map((s) => text.slice(s.start, s.end));
    expect(spans).toHaveLength(2);
    expect(spans[1]).toBe('栗前王and 栗隈王 are considered to be the same person.');
  });
  it('do not end after abbreviations, initials or decimals', () => {
    const text =
      'We will promote key technologies (e.g. AI and quantum, i.e. the fields of the Sixth Plan) with approx. 30 partners, as Dr. K. Sato proposed in Society 5.0. The Government will act.';
    expect(sentenceSpans(text, 'en').map((s) => text.slice(s.start, s.end))).toEqual([
      'We will promote key technologies (e.g. AI and quantum, i.e. the fields of the Sixth Plan) with approx. 30 partners, as Dr. K. Sato proposed in Society 5.0.',
      'The Government will act.',
    ]);
  });
});

// Dev-corpus excerpts (article id with each; NICT, Japanese-English Bilingual Corpus of Wikipedia's
// Kyoto Articles, CC BY-SA 3.0): text that a PDF conversion ran together.
describe('sentences run together', () => {
  const split = (text: string, lang: Lang) => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

  it('an English sentence joined to the next with no full stop is cut before its article (TTL00209)', () => {
    const potato =
      'A breed of potato The name Danshaku imo comes from the fact that the Baron Ryukichi KAWATA cultivated a breed of potato called Irish Cobbler at Kamiiso town (present day: Hokuto city) in Hokkaido and popularized the potato.';
    expect(split(potato, 'en')).toEqual([
      'A breed of potato',
      'The name Danshaku imo comes from the fact that the Baron Ryukichi KAWATA cultivated a breed of potato called Irish Cobbler at Kamiiso town (present day: Hokuto city) in Hokkaido and popularized the potato.',
    ]);
    const takagi =
      "Kanehiro TAKAGI, head of the Medical Bureau of the Navy and the general office director of the a Navy Medical Service The founder of the Jikei University School of Medicine Kanehiro was dedicated to the eradication of beriberi and was called the 'barley rice baron.'";
    expect(split(takagi, 'en')[1]).toMatch(/^The founder of the Jikei University/u);
  });
  it('a capitalised article after a function word or a naming verb is part of a title (seed EN line 475)', () => {
    expect(sentencesOf('en', 475)[0]).toMatch(/^In addition, based on The New International Standards Strategy, we will select/u);
    expect(split('The first film he directed was called The man from Kyoto, shot in 1950.', 'en')).toHaveLength(1);
    expect(split('He was tried as a Class A war criminal and released in 1948.', 'en')).toHaveLength(1);
  });
  it('a straight-quoted passage the sentence goes on after is not cut inside the quotes (GNM00339)', () => {
    const text =
      'Prince Oama wrote the following poem about Yoshino on this occasion. "Look carefully over this Yoshino which great people observed as a great place and admired. Great men, look over Yoshino well" ("Manyoshu" [Collection of Ten Thousand Leaves]) is a famous poem.';
    expect(split(text, 'en')).toEqual([
      'Prince Oama wrote the following poem about Yoshino on this occasion.',
      '"Look carefully over this Yoshino which great people observed as a great place and admired. Great men, look over Yoshino well" ("Manyoshu" [Collection of Ten Thousand Leaves]) is a famous poem.',
    ]);
    // a quote that ends its sentence still does
    expect(split('He said "The war is over." Then he left.', 'en')).toHaveLength(2);
  });
  it('numbered verses are one sentence each, number included, on both sides (GNM00339)', () => {
    const ja = prepareText(
      '46.ふたたび渡る紀の川の　水上とおく雲ならで　立てるは花の吉野山　見て来んものを春ならば47.あわれ暫（しばし）は南朝の　仮の皇居となりにけり　吉水神社の月のかげ　曇るか今も夜な夜なは48.夕べ悲しき梟（ふくろう）の　声より猶（なお）も身にしむは　如意輪堂の宝蔵に　のこる鏃（やじり）の文字の跡',
      'ja',
    ).text;
    expect(split(ja, 'ja').map((s) => s.slice(0, 3))).toEqual(['46.', '47.', '48.']);
    const en =
      '47. In the place where the Southern Court sadly set up the Imperial Palace for a little while, do clouds still overshadow Yoshimizu-jinja Shrine every night under the darkened moon? 48. Characters engraved with a tip of an arrow, which still remain on a treasure house of Nyoirin-do Hall, pierce my heart more deeply than sad cry of owls in the evening.';
    expect(split(en, 'en').map((s) => s.slice(0, 6))).toEqual(['47. In', '48. Ch']);
  });
  it('a lone item number is no verse: the sentence goes on (FML00043)', () => {
    expect(split('ちなみに阿野家も1.の姉小路家共々南朝方について一度は没落したが、後に勢力を回復させた家系である。', 'ja')).toHaveLength(1);
  });
});

describe('splitSentences on a block', () => {
  // JA lines 202 and 204: one paragraph broken by a page, the break inside 「…」.
  const first = prepareText(seedLine('ja', 202), 'ja').text;
  const second = prepareText(seedLine('ja', 204), 'ja').text;
  const normalized = first + second;
  const block: Block = {
    id: 'b7',
    kind: 'bullet',
    lines: [202, 204],
    section: null,
    text: normalized,
    normalized,
    anchors: extractAnchors(normalized, 'ja'),
    lineMap: [
      [0, 202],
      [first.length, 204],
    ],
  };
  const sentences = splitSentences(block, 'ja');

  it('numbers sentences from 1 within the block and maps them to file lines', () => {
    expect(sentences.map((s) => s.id)).toEqual(['b7.1', 'b7.2', 'b7.3', 'b7.4', 'b7.5', 'b7.6']);
    expect(sentences[0]!.lines).toEqual([202, 202]);
    expect(sentences[2]!.lines).toEqual([202, 204]); // 「有人と圧ローバによる月面 / 探査の実施取決め」
    expect(sentences[3]!.lines).toEqual([204, 204]);
  });
  it('gives each sentence the anchors inside it, with offsets relative to the sentence', () => {
    const third = sentences[2]!;
    expect(third.anchors.map((a) => [a.type, a.value])).toContainEqual(['date', '2024-04']);
    expect(third.anchors.map((a) => [a.type, a.value])).toContainEqual(['number', '2']);
    for (const s of sentences) {
      expect(normalized.slice(s.start, s.end)).toBe(s.normalized);
      for (const a of s.anchors) expect(s.normalized.slice(a.start, a.end)).toBe(a.text);
    }
  });
  it('lineAt reads the lineMap', () => {
    expect(lineAt(block, 0)).toBe(202);
    expect(lineAt(block, first.length - 1)).toBe(202);
    expect(lineAt(block, first.length)).toBe(204);
    expect(lineAt({ lines: [5, 5], lineMap: [] }, 10)).toBe(5);
  });
});
