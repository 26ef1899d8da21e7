import { beforeAll, describe, expect, test } from 'vitest';
import { buildGlossary, type TermCandidate } from '../../src/glossary/index.js';
import { ALL_PAIRS, buildAlignment } from './seed-pairs.js';

let candidates: TermCandidate[];
const find = (ja: string) => candidates.find((c) => c.ja === ja);

beforeAll(async () => {
  candidates = await buildGlossary(buildAlignment(ALL_PAIRS));
});

describe('ranked glossary candidates on seed sentence pairs', () => {
  test('every evidence source contributes', () => {
    const sources = new Set(candidates.flatMap((c) => c.sources));
    expect([...sources].sort()).toEqual(['abbreviation', 'association', 'definition', 'dictionary', 'katakana', 'quote']);
  });

  test('a definition confirmed by association ranks high, with its count and where it is (国研 = Kokken)', () => {
    const kokken = find('国研');
    expect(kokken).toMatchObject({ en: 'Kokken', count: 3 });
    expect(kokken!.sources).toContain('definition');
    // ja 128 defines it; ja 293 and 298 use it; ja 144 is rendered otherwise and is no example
    expect(kokken!.examples).toEqual([
      { jaLines: [128, 128], enLines: [117, 117] },
      { jaLines: [293, 293], enLines: [288, 288] },
      { jaLines: [298, 298], enLines: [296, 296] },
    ]);
    expect(candidates.indexOf(kokken!)).toBeLessThan(5);
  });

  test('names keep their capitals; a capital that only opened the sentence is dropped', () => {
    expect(find('AIセーフティ・インスティテュート')?.en).toBe('AI Safety Institute');
    expect(find('人工知能')?.en).toBe('artificial intelligence');
    expect(find('ウラノス・エコシステム')?.en).toBe('Ouranos Ecosystem');
  });

  test('pairs that teach nothing are left out: a Latin acronym on both sides', () => {
    expect(candidates.filter((c) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c.ja))).toEqual([]);
  });

  test('ranked by score, then count, then the texts', () => {
    for (let i = 1; i < candidates.length; i++) {
      const [a, b] = [candidates[i - 1]!, candidates[i]!];
      const inOrder = a.score > b.score || (a.score === b.score && (a.count > b.count || (a.count === b.count && (a.ja < b.ja || (a.ja === b.ja && a.en <= b.en)))));
      expect(inOrder, `${a.ja}/${a.en} before ${b.ja}/${b.en}`).toBe(true);
    }
    expect(candidates.every((c) => c.score > 0 && c.score <= 1)).toBe(true);
  });

  test('the same alignment gives byte-identical candidates', async () => {
    const again = await buildGlossary(buildAlignment(ALL_PAIRS));
    expect(JSON.stringify(again)).toBe(JSON.stringify(candidates));
  });

  test('--min-count drops pairs seen together in fewer aligned pairs', async () => {
    const frequent = await buildGlossary(buildAlignment(ALL_PAIRS), { minCount: 3 });
    expect(frequent.length).toBeGreaterThan(0);
    expect(frequent.every((c) => c.count >= 3)).toBe(true);
    expect(frequent.map((c) => c.ja)).toContain('国研');
    expect(frequent.map((c) => c.ja)).not.toContain('AIセーフティ・インスティテュート');
  });
});
