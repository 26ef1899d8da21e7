// Value keys the aligner compares. Excerpts from "NICT, Japanese-English Bilingual Corpus of
// Wikipedia's Kyoto Articles" (CC BY-SA 3.0), article CLT00027, as kept in ../shared/dev-corpus/.
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/align/features.js';
import { visibleLength } from '../../src/align/length-model.js';
import { extractAnchors } from '../../src/anchors/index.js';
import type { Lang } from '../../src/model.js';

const keys = (text: string, lang: Lang) => featuresOf(text, extractAnchors(text, lang), lang).values;

describe('date keys', () => {
  it('a year on both sides gives both the same key (CLT00027)', () => {
    const ja = keys('1096年には、京都の人々が田楽に熱狂することがあり、天皇にも貴族たちがその様をみせた。', 'ja');
    const en = keys('In 1096, people in Kyoto became enthusiastic about Dengaku and the aristocracy arranged performances for the Emperor.', 'en');
    expect(ja).toEqual(['d:1096', 'y:1096']);
    expect(en).toEqual(ja);
  });

  it('a full date shares its year key with a year-only date', () => {
    expect(keys('1990年（平成2年）10月24日に開業した。', 'ja')).toEqual(['d:1990-10-24', 'y:1990']);
    expect(keys('1990年（平成2年）に開業した。', 'ja')).toEqual(['d:1990', 'y:1990']);
  });
});

describe('visible length', () => {
  it('counts what /\\s/ does not match, for every UTF-16 code unit', () => {
    const mismatched: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (visibleLength(char) !== char.replace(/\s+/g, '').length) mismatched.push(c);
    }
    expect(mismatched).toEqual([]);
  });

  it('leaves out the ideographic space and line breaks of a wrapped paragraph (CLT00027)', () => {
    const text = '1096年には、京都の人々が田楽に熱狂することがあり、\u3000天皇にも\n貴族たちがその様をみせた。';
    expect(visibleLength(text)).toBe(text.replace(/\s+/g, '').length);
    expect(visibleLength(text)).toBe(text.length - 2);
  });
});
