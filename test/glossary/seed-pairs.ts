// Sentence pairs copied by hand from the seeds (line numbers refer to them), and a small Alignment
// built from them, so the glossary is tested on real text before the real alignment exists.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeEnglish, normalizeJapanese } from '../../src/glossary/text.js';
import type { Alignment, Block, Document, Lang, LineRange, Pair, Sentence } from '../../src/model.js';

export const SEEDS = {
  ja: fileURLToPath(new URL('../../seeds/integrated-innovation-strategy-2025.ja.txt', import.meta.url)),
  en: fileURLToPath(new URL('../../seeds/integrated-innovation-strategy-2025.en.md', import.meta.url)),
};

export interface SeedSide {
  lines: LineRange;
  text: string;
}

export interface SeedPair {
  ja: SeedSide;
  en: SeedSide;
}

const side = (lines: number | LineRange, text: string): SeedSide => ({ lines: typeof lines === 'number' ? [lines, lines] : lines, text });
const pair = (ja: SeedSide, en: SeedSide): SeedPair => ({ ja, en });

/** Definitions: （以下「…」という。） ↔ (hereinafter referred to as "…"). */
export const DEFINITION_PAIRS: SeedPair[] = [
  pair(
    side(52, '統合イノベーション戦略 2025（以下「統合戦略 2025」という。）は、「第 6 期科学技術・イノベーション基本計画（令和 3 年 3 月 26 日閣議決定）」（以下「第 6 期基本計画」という。）の実行計画として位置付けられる 5 年目の年次戦略であるとともに、第 7 期基本計画も見据えた重要な戦略となるものである。'),
    side(21, 'The Integrated Innovation Strategy 2025 (hereinafter referred to as "Integrated Strategy 2025") is an annual strategy in its fifth year positioned as an implementation plan of the Sixth Basic Plan for Science, Technology and Innovation (Cabinet decision of March 26, 2021; hereinafter referred to as the "Sixth STI Basic Plan"), and it is also an important strategy with a view to the Seventh STI Basic Plan.'),
  ),
  pair(
    side(99, 'A Iセーフティ・インスティテュート（以下「A I S I」という。）は、A I安全性の中心機関として、関係省庁・機関等の協力を得て、専門人材の確保や育成、検証ツール開発、A Iセキュリティの調査・分析等を進める。'),
    side(77, 'The AI Safety Institute (hereinafter referred to as "AISI"), as a central organization for AI safety, will secure and train expert personnel, develop verification tools, and conduct research and analysis of AI security, with the cooperation of relevant ministries, agencies, and organizations.'),
  ),
  pair(
    side(128, '米国等の有志国・地域と強固に連携した開発体制や大学や国立研究開発法人（以下「国研」という。）等が緊密に協力し、そのポテンシャルも活用した産学連携体制を強化する。'),
    side(117, 'We will develop a strong collaborative development system with the United States and other likeminded countries and regions and closely cooperate with universities and national research and development agencies (hereinafter referred to as "Kokken") to strengthen the industry-academia collaboration system utilizing their potential.'),
  ),
];

/** Parenthesised acronyms and abbreviations on both sides, linked by the acronym or in order. */
export const ABBREVIATION_PAIRS: SeedPair[] = [
  pair(
    side(138, 'さらに、量子技術の早期産業化に向け、国立研究開発法人理化学研究所（理研）における量子コンピュータのコア技術開発、国立研究開発法人産業技術総合研究所（以下「産総研」という。）に令和5年7月に設置した「量子・A I 融合技術ビジネス開発グローバル研究センター（G-Q u A T）」を活用した量子コンピュータ産業エコシステムの構築、国立研究開発法人情報通信研究機構（N I C T）における量子暗号通信テストベッドの拡充・高度化による更なるユースケースの創出、国立研究開発法人量子科学技術研究開発機構（以下「Q S T」という。）における量子センサ等のテストベッド利用環境の活用を進める。'),
    side(127, 'In addition, with a view to the early industrialization of quantum technology, we have been working on the development of core technologies for quantum computers at the Institute of Physical and Chemical Research (RIKEN), the establishment of a quantum computer industry ecosystem using the Global Research and Development Center for Business by Quantum-AI technology (G-QuAT) established in July 2023 at the National Institute of Advanced Industrial Science and Technology (AIST), creating further use cases by expanding and enhancing the quantum cryptography communications testbed at the National Institute of Information and Communications Technology (NICT), and promoting the utilization of the testbed environment for quantum sensors and other devices at the National Institute of Quantum Science and Technology (QST).'),
  ),
  pair(
    side(66, 'A I（人工知能）は、少子高齢化、地方の人口減少、インフラの老朽化等、様々な社会課題の解決に寄与し得るものである一方で、偽・誤情報の拡散、犯罪の巧妙化、男女差別等の偏見、人事評価等における誤使用等、様々なリスクを及ぼし得るものでもある。'),
    side(35, 'Artificial intelligence (AI) can contribute to solving various social issues such as a declining birthrate and aging population, population decline in rural areas, and aging infrastructure.'),
  ),
];

/** A seed line as the file has it, without its bullet marks ("- ・ ", "- "). */
const seedLine = (path: string, line: number) => readFileSync(path, 'utf8').split('\n')[line - 1]!.replace(/^- (?:・ )?/u, '');

/**
 * Programmes the Japanese defines by a Latin name: K Program (ja 253 / en 252), whose English long
 * form runs across "through", and BRIDGE (ja 266 / en 263), which the English names by its acronym.
 */
export const PROGRAMME_PAIRS: SeedPair[] = [
  pair(side(253, seedLine(SEEDS.ja, 253)), side(252, seedLine(SEEDS.en, 252))),
  pair(side(266, seedLine(SEEDS.ja, 266)), side(263, seedLine(SEEDS.en, 263))),
];

/** Quoted titles: 「…」 ↔ "…", and a 「…」 whose English is an unquoted Title Case name. */
export const QUOTE_PAIRS: SeedPair[] = [
  pair(
    side(55, '統合戦略 2025 では、第 6 期基本計画の総仕上げとして、「先端科学技術の戦略的な推進」、「知の基盤（研究力）と人材育成の強化」、「イノベーション・エコシステムの形成」の 3 つの基軸で取組を更に加速していく。'),
    side(24, 'The Integrated Strategy 2025 will further accelerate efforts in the three key areas of "strategic promotion of advanced science and technology," "enhancement of knowledge bases (research capabilities) and human resource development," and "creation of innovation ecosystems" as the final stage of the Sixth STI Basic Plan.'),
  ),
  pair(
    side(142, '各国が大規模な投資を行い、国策として自国への技術・人材の囲い込みを強める中、我が国の技術・人材の海外流出を防ぎ、エネルギーを含めた安全保障政策に資するため、「フュージョンエネルギー・イノベーション戦略（令和7年6月4日統合イノベーション戦略推進会議決定）」に基づき取組を推進する。'),
    side(131, 'While other countries are making large-scale investments and strengthening the retention of technologies and human resources in their countries as a national policy, we will promote efforts based on the "Fusion Energy Innovation Strategy (Integrated Innovation Strategy Promotion Council decision of June 4, 2025)" to prevent the leakage of Japanese technologies and human resources overseas and to contribute to security policies, including those related to energy.'),
  ),
  pair(
    side(164, 'さらに、「ウラノス・エコシステム」等の、企業や業界、国境をまたいだデータ連携に関する取組を推進する。'),
    side(153, 'In addition, we will promote initiatives such as the Ouranos Ecosystem for sharing and utilizing data across the borders between enterprises and industries, and national boundaries.'),
  ),
];

/** Katakana loanwords in the Japanese, their English in the aligned sentence. */
export const KATAKANA_PAIRS: SeedPair[] = [
  pair(
    side(135, 'さらに、グローバルサプライチェーンの強靱化、国際標準化活動の推進、量子計算資源や量子暗号通信等の検証環境整備を進め、バイオ、マテリアル等の他分野における実用的なユースケースの創出、スタートアップ・新事業の創出を推進する。'),
    side(123, 'In addition, we will strengthen global supply chains, promote international standardization activities, develop verification environments for quantum computing resources, quantum cryptography communications, etc., and promote the creation of practical use cases in other fields such as biotechnology and materials, and the creation of startups and new businesses.'),
  ),
  pair(
    side(142, 'フュージョンエネルギーは、次世代のクリーンエネルギーとしての期待に加え、国際プロジェクトの I T E R や、米国等における政府主導の取組の進展もあり、各国で民間投資が増加している。'),
    side(131, 'Fusion energy is expected to be the next generation of clean energy. In addition, private investment in fusion energy is increasing in many countries, partly due to ITER, an international project, and partly due to progress in government-led initiatives in the U.S. and other countries.'),
  ),
];

/** Quantum-technology sentences: 量子技術 ↔ "quantum technology" recurs across aligned pairs. */
export const ASSOCIATION_PAIRS: SeedPair[] = [
  pair(
    side(132, '量子技術の著しい進展を背景として、各国で国家戦略の策定や国際連携が活発化するなど、我が国を取り巻く状況が大きく変化している。'),
    side(121, 'The situation surrounding Japan is changing drastically, as countries are formulating national strategies and promoting international collaboration against the backdrop of the remarkable progress of quantum technology.'),
  ),
  pair(
    side(134, '令和7年を「量子産業化元年」と位置付け、産学官が連携し、量子技術における我が国の技術的優位性を保ちつつ、市場創出に向けた取組を加速し、社会的に量子技術を活用する準備が整った Quantum-Ready な日本を目指す。'),
    side(122, 'The year 2025 is positioned as the "First Year of Quantum Industrialization," and industry, academia, and Government will work together to maintain Japan\'s technological superiority in quantum technology and accelerate efforts to create a market, aiming for a Quantum-Ready Japan that is ready to utilize quantum technology in society.'),
  ),
  pair(
    side(135, '量子技術に関する基礎・応用研究に着実に取り組むとともに、量子技術と基盤技術（A I 技術や古典計算基盤等）の融合を推進する。'),
    side(123, 'We will steadily engage in basic and applied research on quantum technology and promote the integration of quantum technology and fundamental technology (AI technology, classical computing infrastructure, etc.).'),
  ),
  pair(
    side(136, '同志国との協力覚書の締結を一層推進し、国際的な量子技術分野における協力関係の構築・拡大を着実に進める。'),
    side(124, 'We will further promote the conclusion of memorandums of understanding for cooperation with like-minded countries and steadily build and expand cooperative relationships in the international field of quantum technology.'),
  ),
];

/** 国研 after its definition: "Kokken" twice, "national research and development agencies" once. */
export const KOKKEN_PAIRS: SeedPair[] = [
  DEFINITION_PAIRS[2]!,
  pair(
    side(144, '原型炉実現に向けた基盤整備を加速するため、産学官連携の下で研究力を強化するとともに、Q S T 等の体制を強化し、他の国研等とも連携しつつ、アカデミアや民間企業を結集して技術'),
    side(133, 'In order to accelerate the development of infrastructure for the realization of the DEMO reactor, we will strengthen research capabilities through industry-academia-government collaboration, and reinforce the QST and other organizations, in cooperation with other national research and development agencies, to develop a system that brings together academia and private companies to conduct technology development, and test facilities and equipment for full-scale technology development that can be used for startups.'),
  ),
  pair(
    side(293, '国研は、近年、社会課題や自然災害等の国家的課題に対しても科学技術・イノベーションを通じて貢献していくことが期待されており、国研に求める役割を整理した上で、国研の機能強化を図っていく。'),
    side(288, 'Kokken are expected to contribute through science, technology, and innovation to social issues and national challenges, such as natural disasters, in recent years, and we will organize the roles that they are expected to play and strengthen their functions.'),
  ),
  pair(
    side(298, 'また、大学のガバナンス改革や人事給与マネジメント改革等の実施と併せて、人件費・物価の上昇等も踏まえつつ、国立大学法人運営費交付金や国研の基盤的経費を確保する。'),
    side(296, 'In addition, along with the implementation of university governance reforms and personnel and salary management reforms, etc., while taking into account increases in personnel costs and prices, etc., we will secure national universities operating expense subsidies and basic expenses for Kokken.'),
  ),
];

/** The seed's lines [first, last] joined, white space collapsed: where a copied sentence must be found. */
export function seedLines(lang: Lang, [first, last]: LineRange): string {
  const lines = readFileSync(SEEDS[lang], 'utf8').split('\n');
  return lines
    .slice(first - 1, last)
    .join(' ')
    .replace(/\s+/g, ' ');
}

function document(lang: Lang, blocks: Block[]): Document {
  return { schema: 'strategy-align/document@1', path: SEEDS[lang], lang, encoding: 'utf-8', sha256: '0'.repeat(64), sections: [], blocks };
}

/** A small Alignment: one block and one sentence per side for each pair, in the order given. */
export function buildAlignment(pairs: SeedPair[]): Alignment {
  const jaBlocks: Block[] = [];
  const enBlocks: Block[] = [];
  const alignmentPairs: Pair[] = pairs.map((p, i) => {
    const make = (lang: Lang, s: SeedSide): Block => {
      const normalized = lang === 'ja' ? normalizeJapanese(s.text) : normalizeEnglish(s.text);
      const sentence: Sentence = { id: `b${i + 1}.1`, start: 0, end: normalized.length, lines: s.lines, text: s.text, normalized, anchors: [] };
      return { id: `b${i + 1}`, kind: 'bullet', lines: s.lines, section: null, text: s.text, normalized, anchors: [], sentences: [sentence], lineMap: [[0, s.lines[0]]] };
    };
    const ja = make('ja', p.ja);
    const en = make('en', p.en);
    jaBlocks.push(ja);
    enBlocks.push(en);
    return {
      id: `p${i + 1}`,
      type: '1-1',
      score: 1,
      section: { ja: null, en: null },
      ja: [ja],
      en: [en],
      sentences: [{ type: '1-1', score: 1, ja: ja.sentences!, en: en.sentences! }],
    };
  });
  return { schema: 'strategy-align/alignment@1', ja: document('ja', jaBlocks), en: document('en', enBlocks), sections: [], pairs: alignmentPairs };
}

export const ALL_PAIRS: SeedPair[] = [...DEFINITION_PAIRS, ...ABBREVIATION_PAIRS, ...QUOTE_PAIRS, ...KATAKANA_PAIRS, ...ASSOCIATION_PAIRS, ...KOKKEN_PAIRS.slice(1)];
