import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { learnAssociations, type LinkSource, linkWords } from '../../src/lexicon/links.js';

function sentence(text: string, lang: 'ja' | 'en') {
  const normalized = text.normalize('NFKC');
  return { normalized, anchors: extractAnchors(normalized, lang) };
}

/** The links as "ja=en:source" strings, for readable assertions. */
function linked(jaText: string, enText: string, options = {}) {
  const ja = sentence(jaText, 'ja');
  const en = sentence(enText, 'en');
  const result = linkWords(ja, en, options);
  return {
    ...result,
    pairs: result.links.map((l) => `${ja.normalized.slice(...l.ja)}=${en.normalized.slice(...l.en)}:${l.source}`),
  };
}

describe('linkWords on the seed pair (integrated innovation strategy 2025)', () => {
  // seed ja line 53, en line 22: the last sentence of the paragraph
  const ja = '世界の安全保障環境が厳しさを増す中で、重要技術を巡る主導権争いは激しさを増しており、我が国の国際競争力を強化していくことが重要になっている。';
  const en = "As the global security environment becomes increasingly severe, the struggle for leadership over key technologies is becoming more intense, and it is important to strengthen Japan's international competitiveness.";

  it('links the policy vocabulary by the supplement and the rest by the dictionary', () => {
    const { pairs } = linked(ja, en);
    expect(pairs).toEqual(
      expect.arrayContaining([
        '重要技術=key technologies:supplement',
        "我が国=Japan's:supplement",
        '強化=strengthen:supplement',
        '国際競争力=international competitiveness:dictionary',
        '安全保障=security:supplement',
        '環境=environment:dictionary',
        '主導権=leadership:dictionary',
      ]),
    );
  });

  it('covers most of a faithful pair, and much less of a wrong one', () => {
    const right = linked(ja, en).coverage;
    expect(right.ja).toBeGreaterThan(0.7);
    expect(right.en).toBeGreaterThan(0.6);
    // seed en line 76, another sentence of the document
    const wrong = linked(ja, 'In order to ensure the appropriateness of AI development and utilization, the Government has been developing guidelines in accordance with the Hiroshima AI Process.').coverage;
    expect(wrong.ja).toBeLessThan(0.25);
    expect(wrong.en).toBeLessThan(0.25);
  });

  it('links numbers and dates by their anchors, and identical Latin words', () => {
    const { pairs } = linked('AIやSociety5.0の実現に向けた取組を2025年度に強化する。', 'In FY2025, Japan will strengthen initiatives toward realizing AI and Society 5.0.');
    expect(pairs).toEqual(expect.arrayContaining(['2025年度=FY2025:anchor', '取組=initiatives:supplement', '実現=realizing:supplement']));
    expect(pairs.some((p) => p.startsWith('AI=AI:'))).toBe(true);
  });

  it('links loanwords by sound, and a gloss of several words before a gloss of one', () => {
    // seed ja line 123 / en line 109
    const ecosystem = linked('我が国のAIエコシステムの展開も念頭に、開発途上国との連携を強化する。', "strengthen cooperation with developing countries, with a view to advancing Japan's AI ecosystem.");
    expect(ecosystem.pairs).toContain('開発途上国=developing countries:dictionary');
    expect(ecosystem.pairs).toContain('連携=cooperation:supplement');
    const friends = linked(
      '広島AIプロセスを更に前進させるため、AI開発企業等の支援も得つつフレンズグループを活用し',
      'In order to further advance the Hiroshima AI Process, we will utilize the Friends Group, with support from organizations including AI developers',
    );
    expect(friends.pairs).toContain('フレンズグループ=Friends Group:loanword');
  });

  it('links 普及啓発 (spreading a thing and making it known) to "disseminate" and to "awareness-raising"', () => {
    // seed ja line 110 / en line 97, and ja line 223 / en line 224: without the supplement only the
    // document's associations linked them, and one of the two pairs missing lost the link
    expect(linked('国は、AIスキル習得、AIリテラシー向上のための教育コンテンツの充実・普及啓発を図る。', 'The Government will enhance and disseminate educational content for AI skill acquisition and AI literacy improvement.').pairs).toContain('普及啓発=disseminate:supplement');
    expect(linked('「海しる」の普及啓発を行い、情報の充実を図る', 'we will promote the dissemination of and awareness-raising for MSIL to enhance the information').pairs).toContain('普及啓発=awareness-raising:supplement');
  });

  it('measures one source alone when asked', () => {
    const sources = new Set<LinkSource>(['dictionary']);
    const { links } = linked(ja, en, { sources });
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.source === 'dictionary')).toBe(true);
  });
});

describe('linkWords on the dev corpus', () => {
  // NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles (CC BY-SA 3.0), BDS00155
  const ja = '能忍は初め天台宗を学んだが、古来から日本に伝わった禅籍を読破して無師独悟し、摂津国(大阪府)の三宝寺を中心として布教活動を始めた。';
  const en =
    'Nonin initially studied at Tendai Sect but he attained enlightenment by himself, without a mentor, by reading through Zen books that had been introduced into Japan in the old days and thereafter, he began propagation activities at Sanpo-ji Temple in Settsu Province (Osaka Prefecture).';

  it('reads names in kanji as their romanised readings', () => {
    const { pairs } = linked(ja, en);
    expect(pairs).toEqual(expect.arrayContaining(['能忍=Nonin:reading', '三宝寺=Sanpo-ji:reading']));
  });

  it('reads a name character by character where the dictionary has no word for it, in order', () => {
    // BDS01059: two villages spelled the same in English; each takes the one in its own place
    const ja2 = 'こののち諸国を巡って剣法を教え、晩年の、信州波合村(後の浪合村、現阿智村波合)に長福寺を建立、念大和尚と称した。';
    const en2 =
      'Afterward, he traveled around and taught swordplay, and later, he built Chofuku-ji Temple in Namiai-mura, Shinshu Province (later, Namiai-mura, present-day Achi-mura Namiai), and called himself Nendaiosho.';
    const { links, pairs } = linked(ja2, en2);
    expect(pairs).toEqual(expect.arrayContaining(['波合村=Namiai-mura:reading', '浪合村=Namiai-mura:reading', '阿智村=Achi-mura:reading', '念大和尚=Nendaiosho:reading']));
    const villages = links.filter((l) => ['波合村', '浪合村'].includes(ja2.slice(...l.ja)));
    expect(villages.map((l) => ja2.slice(...l.ja))).toEqual(['波合村', '浪合村']);
    expect(villages[0]!.en[0]).toBeLessThan(villages[1]!.en[0]);
    expect(en2.slice(0, villages[1]!.en[0])).toContain('(later, ');
  });

  it('links inflected verbs by their dictionary forms', () => {
    const { pairs } = linked(ja, en);
    expect(pairs).toEqual(expect.arrayContaining(['学ん=studied:dictionary', '大阪府=Osaka Prefecture:dictionary', '布教=propagation:dictionary', '活動=activities:dictionary']));
  });

  it('learns associations from the pairs of a document', () => {
    // BDS00155: sentences that name the sect (達磨宗 ~ Daruma Sect)
    const pairs = [
      { ja: '日本 達磨宗(にほん だるましゅう)は、大日房能忍が興した禅の一派である。', en: 'Nihon Daruma Sect is a school of the Zen Sect which Nonin DAINICHIBO founded.' },
      { ja: '達磨宗の名は『日本書紀』や『元亨釈書』にみられる聖徳太子が達磨大師の化身に出会ったとする伝説に因んでいるという。', en: 'The name of Daruma Sect derives from the legend, which appears in "Nihonshoki" (Chronicles of Japan) and "Genko shakusho (History of Buddhism of the Genko era), that Prince Shotoku met with the incarnation of Daruma Daishi.' },
      { ja: '現在通称されている「日本達磨宗」という「日本」の字を付した呼称は、近世以降の研究者によって使用されるようになったもので、能忍在世当時は単に達磨宗と呼ばれていた。', en: "Although the name of Nihon Daruma Sect is commonly used at present, this sect was simply called Daruma Sect while Nonin was alive because the current name, which includes the word of 'Nihon' (Japan), was put into use by researchers in early modern times." },
    ].map((p) => ({ ja: p.ja.normalize('NFKC'), en: p.en.normalize('NFKC') }));
    const associations = learnAssociations(pairs);
    expect(associations.get('達磨宗')?.get('daruma')).toBe(1);
    expect(associations.get('達磨宗')?.get('sect')).toBe(1);
    expect(associations.has('一派')).toBe(false); // once only: no evidence
    const { pairs: learned } = linked(pairs[0]!.ja, pairs[0]!.en, { associations, sources: new Set<LinkSource>(['association']) });
    expect(learned).toContain('達磨宗=Daruma:association');
  });
});
