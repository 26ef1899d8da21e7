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
