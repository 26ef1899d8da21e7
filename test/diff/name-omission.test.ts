// The name check (src/diff/detect/name-omission.ts): a name the translation gives elsewhere, absent
// from the English paragraph facing its sentence. On the seed pair (Integrated Innovation Strategy
// 2025, Cabinet Office of Japan, and its tentative English translation) and on whole dev-corpus
// articles (fixtures/dev-corpus/; NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto
// Articles, CC BY-SA 3.0), faithful and with one name cut out of a sentence as eval/inject.js cuts
// them ('cut EN name'). Each case was checked by reading both texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { nameOmissionDetector } from '../../src/diff/detect/name-omission.js';
import { runDiff } from '../../src/diff/index.js';
import { detectorFindings } from '../../src/diff/steps/detect.js';
import type { Discrepancy } from '../../src/model.js';
import { documentFromText, seedAlignment } from '../helpers/pipeline.js';

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
      'The English leaves out the name AI, which it gives elsewhere as AI',
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

const articleNames = (id: string, editEnglish: (text: string) => string = (text) => text) => {
  const ja = readFileSync(`fixtures/dev-corpus/${id}/ja.txt`, 'utf8');
  const en = editEnglish(readFileSync(`fixtures/dev-corpus/${id}/en.md`, 'utf8'));
  return runDiff(alignDocuments(documentFromText(ja, `${id}/ja.txt`, 'ja'), documentFromText(en, `${id}/en.md`, 'en'))).discrepancies.filter(isName);
};

describe('names the English leaves out in dev-corpus articles', () => {
  // [article, English as published, with the name cut, Japanese line, the name, how the English writes it elsewhere]
  const CUTS: Array<[string, string, string, number, string, string]> = [
    ['CLT00027', 'boiled Dengaku (originally', 'boiled (originally', 25, '田楽', 'Dengaku'],
    ['CLT00027', 'Shirahige-jinja Shrine Dengaku dance,', 'dance,', 13, '白鬚神社', 'Shirahige-jinja'],
    ['HST01424', 'Later, Crown Prince\'s chamberlain,', 'Later, \'s chamberlain,', 15, '東宮', 'Togu'],
    ['SAT00158', '"Daitoku-ji mae"', '" mae"', 47, '大徳', 'Daitoku'],
  ];

  it.each(CUTS)('%s: "%s" cut to "%s" leaves out line %i\'s %s (%s elsewhere)', (id, published, cut, line, name, english) => {
    const before = articleNames(id);
    const after = articleNames(id, (text) => {
      expect(text).toContain(published);
      return text.replace(published, cut);
    });
    const fresh = after.filter((d) => !before.some((b) => b.id === d.id));
    expect(fresh.map((d) => [d.ja!.lines[0], d.ja!.text, d.message])).toEqual([
      [line, name, `The English leaves out the name ${name}, which it gives elsewhere as ${english}`],
    ]);
  });

  // a ratchet: the faithful articles' name findings. One, false: SAT00158 line 31, 臨済禅師 is
  // "Rinzai Sect founder Linji" (the Chinese name), while 東渓禅師 is "Tokei Zenshi" twice, so 禅師
  // reads as a name the English keeps
  it('are at most one on the faithful articles', () => {
    const ids = ['BDS00155', 'CLT00027', 'EPR00601', 'HST00789', 'HST01424', 'SAT00158', 'TTL00097'];
    const found = ids.flatMap((id) => articleNames(id).map((d) => `${id}:${d.ja!.lines[0]}:${d.ja!.text}`));
    expect(found.length).toBeLessThanOrEqual(1);
  });

});
