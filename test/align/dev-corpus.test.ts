// Block alignment on a real Wikipedia pair with a paragraph missing on one side: the whole of
// article EPR00733 of "NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles"
// (CC BY-SA 3.0), as kept in ../shared/dev-corpus/damaged/ (the Japanese of the English paragraph on
// the 2008 excavation is dropped there).
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { annotateDocument } from '../../src/anchors/index.js';
import type { Lang } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { sourceFromBytes } from '../../src/read/index.js';
import { devCorpusText } from '../helpers/pipeline.js';

const load = (lines: string[], lang: Lang) =>
  annotateDocument(parseDocument(sourceFromBytes(Buffer.from(lines.join('\n')), `EPR00733.${lang}`, lang)));

const JA = [
  "喬子女王",
  "",
  "喬子女王（たかこじょおう、寛政7年6月14日 (旧暦)（1795年7月29日） - 天保11年1月16日 (旧暦)（1840年2月18日））は、江戸幕府第12代征夷大将軍・徳川家慶の正室（御台所）。幼称は楽宮（さざのみや）、院号は浄観院（じょうかんいん）。",
  "",
  "略歴有栖川宮織仁親王の第6皇女。母は側室の高木敦子（通称・常盤木、織仁親王の薨後は落飾して常信院）。兄に有栖川宮韶仁親王・三千院承眞法親王・輪王寺舜仁入道親王・知恩院尊超入道親王など、妹に吉子女王（貞芳院、水戸藩主・徳川斉昭正室）などがいる。",
  "",
  "享和3年9月3日（1803年10月18日）に家慶と婚約が治定、翌文化 (元号)元年9月3日（1804年10月6日）、幕府の希望により喬子女王まだ数えで10歳にして江戸へ下向、以後婚儀までの5年間を江戸城西ノ丸にて過ごす。文化6年12月1日（1810年1月6日）、正式に家慶と婚姻。文化10年10月30日（1813年11月22日）に長男・竹千代、文化12年2月7日（1815年3月17日）に次女・儔姫、文化13年10月23日（1816年12月11日）に三女・最玄院を生むも、いずれも早世。",
  "",
  "文政5年3月1日（1822年4月22日）に従三位に叙せられる。天保8年4月2日（1837年5月6日）、家慶の将軍襲職によって本丸大奥に移るに当たり、御台所と称した。",
  "",
  "天保11年1月16日、46歳で死去。公には1月24日死去と発表された。戒名は浄観院殿慈門妙信大姉。寛永寺に葬られたほか、故郷である京都の一心院に遺髪塔が建てられた。同年2月27日（1840年3月30日）に従二位、弘化2年6月3日（1845年7月7日）に従一位が追贈された。",
  "",
  "妹の吉子女王が徳川斉昭に嫁ぐ際、口添えをしたともいわれる。",
];

const EN = [
  "# Princess Takako",
  "",
  "The Princess Takako (July 29, 1795 - February 18, 1840) was the legal wife",
  "(Midaidokoro) of Ieyoshi TOKUGAWA, the 12th seii taishogun (literally, \"great",
  "general who subdues the barbarians\") of the Edo bakufu (Japanese feudal",
  "government headed by a shogun). Her childhood name was Sazanomiya, and the",
  "honorific Buddhist title was Jokanin.",
  "",
  "Brief Personal History She was the sixth princess of Arisugawanomiya Imperial",
  "Prince Orihito. Her mother was a concubine, Atsuko TAKAGI (commonly called",
  "Tokiwagi, but later called Joshinin entering nunhood after the death of the",
  "Imperial Prince Orihito). Takako had Arisugawanomiya Imperial Prince Tsunahito,",
  "the Cloistered Imperial Prince 承眞 of Sanzen-in Temple, the priestly Imperial",
  "Prince 舜仁 of Rinno-ji Temple and priestly Imperial Prince Soncho of Chion-in",
  "Temple as the older brothers, and the Princess Yoshiko (Teihoin, the legal wife",
  "of Nariaki TOKUGAWA, the lord of the Mito Domain) as the younger sister.",
  "",
  "Takako was engaged to Ieyoshi on October 18, 1803, then on October 6, 1804, when",
  "she was only nine years old, she left the capital Kyoto to move to Edo as the",
  "favor of the bakufu, and lived in the Nishinomaru compound of Edo-jo Castle",
  "until the wedding five years later. On January 6, 1810, Takako officially",
  "married Ieyoshi. She gave birth to the first son, Takechiyo on November 22,",
  "1813, the second daughter, Tomohime on March 17, 1815, and the third daughter,",
  "Saigen-in on December 11, 1816, but, all of them died very young.",
  "",
  "On April 22, 1822, Takako was conferred Jusanmi (Junior Third Rank). As Ieyoshi",
  "succeeded to become the Shogun on May 6, 1837, she moved into O-oku, the inner",
  "palace of the keep, and was addressed to Midaidokoro, the honorific title of",
  "shogun's legal wife.",
  "",
  "Takako died at the age of 46 on February 18, 1840. However, it was officially",
  "announced that she died on February 26, 1840. Her posthumous Buddhist name was",
  "浄観院殿慈門妙信大姉. Takako was buried at Kanei-ji Temple, and a monument containing her",
  "hair was built at Isshin-in Temple in her native Kyoto. Takako was posthumously",
  "conferred Junii (Junior Second Rank) On March 30, 1840, and Juichii (Junior",
  "First Rank) on July 7, 1845.",
  "",
  "On June 9, 2008, the early-modern graveyard research group led by Hideichi",
  "SAKAZUME excavated the mausoleum of the Tokugawa family of Kanei-ji Temple in",
  "the precinct of the Yanaka graveyard, for its renovation work. They announced",
  "that they found the domestically largest epitaph (2.9 m in length and width, 28",
  "cm thickness, 5.3 tons), which had the engravings of 15 lines with 189 letters,",
  "and they also found other burial goods such as a pair of wooden framed",
  "spectacles.",
  "",
  "Some say that Takako advised her younger sister, the Princess Yoshiko to marry",
  "Nariaki TOKUGAWA.",
];

describe('a paragraph the other side lacks', () => {
  it('stays unpaired instead of joining a neighbour in a 1-2 group (EPR00733, damaged)', () => {
    const links = alignDocuments(load(JA, 'ja'), load(EN, 'en')).pairs.map((p) => [p.type, p.ja.map((b) => b.lines[0]), p.en.map((b) => b.lines[0])]);
    expect(links).toContainEqual(['0-1', [], [38]]);
    expect(links).toContainEqual(['1-1', [11], [31]]);
  });
});

// Two more excerpts of the same corpus: the fourth section of article TTL00209 as kept in
// ../shared/dev-corpus/damaged/ (the English of each name and of its text merged into one paragraph),
// and the career list of article LTT00082 as kept in ../shared/dev-corpus/clean/.
const excerpt = (name: string, lines: string[], lang: Lang) => annotateDocument(parseDocument(sourceFromBytes(Buffer.from(lines.join('\n')), `${name}.${lang}`, lang)));
const linksOf = (name: string, ja: string[], en: string[]) =>
  alignDocuments(excerpt(name, ja, 'ja'), excerpt(name, en, 'en')).pairs.map((p) => [p.type, p.ja.map((b) => b.lines[0]), p.en.map((b) => b.lines[0])]);

const TTL00209_JA = [
  "4. 男爵にちなんだ命名",
  "",
  "男爵いも",
  "",
  "ジャガイモの品種の1つ。男爵いもは高知県出身の男爵・川田龍吉が北海道上磯町（現・北斗市）でアイリッシュ・コブラーという品種の芋を試験栽培し、普及させたことに由来する。",
  "",
  "空気男爵",
  "",
  "漫画家さいとうたかおのデビュー作。",
  "",
  "髭男爵",
  "",
  "サンミュージック所属の漫才コンビ。",
];

const TTL00209_EN = [
  "## 4. Words named after Danshaku",
  "",
  "Danshaku imo (Baron potato) A breed of potato The name Danshaku imo comes from",
  "the fact that the Baron Ryukichi KAWATA cultivated a breed of potato called",
  "Irish Cobbler at Kamiiso town (present day: Hokuto city) in Hokkaido and",
  "popularized the potato.",
  "",
  "Kuki danshaku (Air baron) Kuki danshaku is the debut volume of the cartoonist",
  "Takao SATO.",
  "",
  "Hige danshaku",
  "",
  "a Japanese comic duo of Sun music group (entertainment agency)",
];

const LTT00082_JA = [
  "官歴※日付＝旧暦",
  "",
  "貞観_(日本)2年（860年）4月、文章生となる。",
  "",
  "貞観10年（868年）1月16日、播磨権大目に任官。",
  "",
  "貞観12年（870年）2月14日、少内記に転任。",
  "",
  "貞観14年（872年）4月16日、掌渤海客使に補任。時に正六位上少内記。また、諱を良香と改める。それまでは言道と名乗る。",
  "",
  "貞観15年（873年）",
  "",
  "1月7日、従五位下に叙位。少内記元の如し。",
  "",
  "1月13日、大内記に転任。",
  "",
  "貞観18年（876年）",
  "",
  "2月15日、越前権介を兼任。",
  "",
  "4月11日段階で文章博士を兼任している。",
  "",
  "元慶元年（877年）12月25日、朝臣の姓を賜う。それまでは宿禰。",
  "",
  "元慶3年（879年）2月25日、卒去。享年46。時に文章博士従五位下兼行大内記越前権介。",
];

const LTT00082_EN = [
  "His career as a court official Note: all dates given are according to the old",
  "lunisolar calendar.",
  "",
  "April 860: He became a specialist in calligraphy (monjo) while a student.",
  "",
  "January 16, 868: He was appointed the Gon no Daisakan (major officer) of Harima",
  "Province.",
  "",
  "February 14, 870: He was transferred to the post of Shonaiki (Assistant Editor).",
  "",
  "April 16, 872: He was appointed assistant to the envoy of the Bohai kingdom of",
  "Korea. At the time, he was a Shonaiki of Shorokuinojo (Senior Sixth Rank, Upper",
  "Grade). It was at this time that he changed his real name to Yoshika. Up until",
  "this point, he had been called Kotomichi.",
  "",
  "873 (Jogan 15)",
  "",
  "January 7: He was invested into Jugoinoge (Junior Fifth Rank, Lower Grade). His",
  "position as Shonaiki remained unchanged.",
  "",
  "January 13: He was transferred to the post of Dainaiki (Chief Editor).",
  "",
  "876 (Jogan 18)",
  "",
  "February 15: He was also appointed the Gon no suke (Deputy Assistant Governor)",
  "of Echizen Province.",
  "",
  "April 11: A staging period, he was also given the post of Monjo hakase (Chief",
  "calligrapher for the court).",
  "",
  "December 25, 877: He was granted the official hereditary title of Ason. Up until",
  "this point he had been known as Sukune (\"lord\", the third-highest of the",
  "hereditary titles, just below \"Ason\").",
  "",
  "February 25, 879: He died. He was 46 years old. At that point he was holding",
  "three offices simultaneously, the posts of Monjo hakase of the Jugoinoge (Junior",
  "Fifth Rank, Lower Grade), as well as Dainaiki and Echizen Gon no suke.",
];

describe('short paragraphs', () => {
  it('a name of a few characters joins its text in a 2-1 when the English runs both into one paragraph (TTL00209, damaged)', () => {
    const links = linksOf('TTL00209', TTL00209_JA, TTL00209_EN);
    expect(links).toContainEqual(['2-1', [3, 5], [3]]);
    expect(links).toContainEqual(['2-1', [7, 9], [8]]);
    expect(links).toContainEqual(['1-1', [11], [11]]);
  });

  it('a year line whose digits the English keeps as they are is linked 1-1, not grouped with its neighbour (LTT00082, clean)', () => {
    const links = linksOf('LTT00082', LTT00082_JA, LTT00082_EN);
    expect(links).toContainEqual(['1-1', [9], [11]]); // 貞観14年（872年）4月16日… / April 16, 872: …
    expect(links).toContainEqual(['1-1', [11], [16]]); // 貞観15年（873年） / 873 (Jogan 15)
    expect(links.filter((l) => l[0] !== '1-1')).toEqual([]);
  });
});

// Article HST01424 of the same corpus, whole, as kept in ../shared/dev-corpus/damaged/ and copied to
// fixtures/dev-corpus/HST01424-damaged/ (two Japanese paragraphs share the first English one): lists
// of offices, each named in kanji and spelled in romaji.
const HST01424_JA = devCorpusText('HST01424-damaged', 'ja').split('\n');
const HST01424_EN = devCorpusText('HST01424-damaged', 'en').split('\n');

describe('names read as the English spells them (HST01424, damaged)', () => {
  it('pair the lists of offices with their romanised names', () => {
    const links = linksOf('HST01424', HST01424_JA, HST01424_EN);
    expect(links).toContainEqual(['1-1', [11], [18]]); // 主膳監主蔵監舎人監 / Shuzengen … Tonerigen
    expect(links).toContainEqual(['1-1', [13], [21]]); // 主馬署主殿署… / Shumesho, Shudensho …
    // ratchet: the one pair still off the gold, 9 (under 春宮坊, a name in most paragraphs) is left
    // unpaired instead of sharing English 8 with paragraph 7
    const gold = [['1-1', [1], [1]], ['1-1', [3], [3]], ['1-1', [5], [6]], ['2-1', [7, 9], [8]], ['1-1', [11], [18]], ['1-1', [13], [21]], ['1-1', [15], [26]], ['1-1', [17], [29]], ['1-1', [19], [33]], ['1-1', [21], [35]], ['2-1', [23, 25], [44]]];
    const offGold = links.filter((l) => !gold.some((g) => JSON.stringify(g) === JSON.stringify(l)));
    expect(offGold).toEqual([['1-1', [7], [8]], ['1-0', [9], []]]);
  });
});
