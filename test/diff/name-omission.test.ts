// The name check (src/diff/detect/name-omission.ts): a name the translation gives elsewhere, absent
// from the English paragraph facing its sentence. On the seed pair (Integrated Innovation Strategy
// 2025, Cabinet Office of Japan, and its tentative English translation) and on whole dev-corpus
// articles (fixtures/dev-corpus/; NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto
// Articles, CC BY-SA 3.0), faithful and with one name cut out of a sentence as eval/inject.js cuts
// them ('cut EN name'). Each case was checked by reading both texts.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { nameOmissionDetector } from '../../src/diff/detect/name-omission.js';
import { runDiff } from '../../src/diff/index.js';
import { detectorFindings } from '../../src/diff/steps/detect.js';
import type { Discrepancy } from '../../src/model.js';
import { devCorpusArticle, seedAlignment } from '../helpers/pipeline.js';

const isName = (d: Discrepancy) => d.kind === 'omission' && d.message.startsWith('The English leaves out the name ');

describe('names the English leaves out on the seed pair', () => {
  const findings = detectorFindings(nameOmissionDetector, seedAlignment());

  it('finds AI dropped from a heading and 「富岳」 (Fugaku) dropped from the flagship system, and nothing else', () => {
    // 64: (AIイノベーション促進とリスク対応の両立) is "(Promoting innovation while mitigating risks)";
    // 74: 「富岳」の次世代フラッグシップシステム is "a new flagship system of supercomputers"
    expect(findings.map((d) => [d.ja!.lines[0], d.ja!.text, d.en!.lines[0]])).toEqual([
      [64, 'AI', 33],
      [74, '富岳', 44],
    ]);
    expect(findings.map((d) => d.message)).toEqual([
      'The English leaves out the name AI, which it gives elsewhere',
      'The English leaves out the name 富岳, which it gives elsewhere as Fugaku',
    ]);
  });

  it('reports warnings that mark the name inside its block', () => {
    const alignment = seedAlignment();
    for (const d of findings) {
      expect(d.severity).toBe('warning');
      const block = alignment.ja.blocks.find((b) => b.id === d.ja!.blocks![0])!;
      expect(block.normalized.slice(...d.ja!.span!)).toBe(d.ja!.text);
    }
  });
});

const articleNames = (id: string, editEnglish?: (text: string) => string) =>
  runDiff(alignDocuments(devCorpusArticle(id, 'ja'), devCorpusArticle(id, 'en', editEnglish))).discrepancies.filter(isName);

describe('names the English leaves out in dev-corpus articles', () => {
  // [article, [English as published, with the name cut]…, Japanese line, the name, how the English writes it elsewhere]
  const CUTS: Array<[string, Array<[string, string]>, number, string, string]> = [
    // 能忍の没後は弟子の東山覚晏が教団を継承し… / "After Nonin's death, Kakuan HIGASHIYAMA, Nonin's disciple, succeeded …"
    ['BDS00155', [['After Nonin\'s death, Kakuan HIGASHIYAMA, Nonin\'s disciple', 'After \'s death, Kakuan HIGASHIYAMA, \'s disciple']], 13, '能忍', 'Nonin'],
    // …摂津国（大阪府）の三宝寺を中心として… / "… he began propagation activities at Sanpo-ji Temple in Settsu Province"
    ['BDS00155', [['\nSanpo-ji Temple in Settsu', '\nin Settsu']], 5, '三宝寺', 'Sanpo-ji'],
    // …白鬚神社の田楽、御宝殿の稚児田楽・風流… / "… Gohoden's Children's Dengaku/Furyu …"
    ['CLT00027', [['Gohoden\'s Children\'s', '\'s Children\'s']], 13, '御宝殿', 'Gohoden'],
    // …10年(671年)5月に栗隈王が筑紫帥に任命された / "… and Kurikuma no Okimi (栗隈王) to Tsukushi no Sotsu in June 671"
    // names the paragraph still has in another sentence, whose own Japanese has the name too:
    // 享和3年9月3日（1803年10月18日）に家慶と婚約が治定… / "Takako was engaged to Ieyoshi on October 18, 1803 …" (正式に家慶と婚姻 is "Takako officially married Ieyoshi")
    ['EPR00733', [['Takako was engaged to Ieyoshi on', 'Takako was engaged on']], 7, '家慶', 'Ieyoshi'],
    // …藤原俊憲・藤原貞憲… / "FUJIWARA no Toshinori, Sadanori" (俊憲 read toshi+nori through KANJIDIC; the paragraph has no other Toshinori)
    ['PNM00243', [['FUJIWARA no Toshinori, Sadanori', 'FUJIWARA no, Sadanori']], 5, '俊憲', 'Toshinori'],
  ];

  it.each(CUTS)('%s: %j leaves out line %i\'s %s (%s elsewhere)', (id, edits, line, name, english) => {
    const before = articleNames(id);
    const after = articleNames(id, (text) =>
      edits.reduce((edited, [published, cut]) => {
        expect(edited).toContain(published);
        return edited.replace(published, cut);
      }, text),
    );
    const fresh = after.filter((d) => !before.some((b) => b.id === d.id));
    expect(fresh.map((d) => [d.ja!.lines[0], d.ja!.text, d.message])).toEqual([
      [line, name, `The English leaves out the name ${name}, which it gives elsewhere as ${english}`],
    ]);
  });

  it('are none on the faithful articles', () => {
    const ids = ['BDS00155', 'BDS00543', 'CLT00027', 'EPR00601', 'EPR00733', 'HST00789', 'HST01424', 'LTT00082', 'PNM00243', 'SAT00158', 'TTL00097', 'TTL00209'];
    expect(ids.flatMap((id) => articleNames(id).map((d) => `${id}:${d.ja!.lines[0]}:${d.ja!.text}`))).toEqual([]);
  });

  // faithful sentences with a name the English writes elsewhere and not here, each left alone by one rule
  const FAITHFUL: Array<[string, number, string]> = [
    ['BDS00543', 43, 'a pronoun: この点が、宗教者としての親鸞の独自性である。 is "It shows his distinctiveness as a person of religion."'],
    ['LTT00082', 7, 'a name the English spells in under half of the pairs that have it: 貞観 opens six lines, the English has "Jogan" twice (貞観_(日本)2年(860年) is "April 860")'],
    ['PNM00243', 3, 'an era year: 平治元年12月13日 is "January 23, 1160", without Heiji'],
    ['TTL00209', 73, 'a compound the English names its own way: 東京慈恵会医科大学 is "the Jikei University School of Medicine"'],
    ['TTL00097', 21, 'a name inside one word that spells its whole compound: 羽林郎将 is "Urinrosho", 羽林 "Urin" elsewhere'],
    ['EPR00733', 11, 'a name the English keeps in kanji: 戒名は浄観院殿慈門妙信大姉。 is "Her posthumous Buddhist name was浄観院殿慈門妙信大姉."'],
  ];
  // (a dictionary word learned as a name is the seeds' case: 競争的研究費 would be "KAKENHI", above)

  it.each(FAITHFUL)('%s line %i: %s', (id, line) => {
    expect(articleNames(id).filter((d) => d.ja!.lines[0] <= line && line <= d.ja!.lines[1])).toEqual([]);
  });

  it('takes a name as said where the English keeps its kanji (EPR00601: "no Okimi (栗隈王)" with Kurikuma cut, "栗前王 and 栗隈王 are considered to be the same person")', () => {
    const cut = (text: string) =>
      text.replace('(Chronicles of Japan), Kurikuma no Okimi', '(Chronicles of Japan), no Okimi').replace('and Kurikuma no Okimi (栗隈王)', 'and no Okimi (栗隈王)');
    expect(articleNames('EPR00601', cut).filter((d) => d.ja!.lines[0] <= 7 && 7 <= d.ja!.lines[1])).toEqual([]);
  });
});
