// Spacing repair and normalisation on strings taken from the seeds.
import { describe, expect, it } from 'vitest';
import { joinSeparator, nfkcKeepingCircled, normalizeText, repairSpacing } from '../../src/parse/pdf-repair.js';
import { seedLines } from '../helpers/seeds.js';

const ja = seedLines('ja');
const jaLine = (n: number) => ja[n - 1]!;

describe('Japanese spacing repair', () => {
  it.each([
    ['A I の研究開発', 'AIの研究開発'],
    ['エビデンスシステム（e - C S T I）の活用', 'エビデンスシステム(e-CSTI)の活用'],
    ['(e-C S T I)', '(e-CSTI)'],
    ['大型放射光施設S P r i n g - 8の100倍', '大型放射光施設SPring-8の100倍'],
    ['S P r i n g - 8 - IIの整備', 'SPring-8-IIの整備'],
    ['令和 7 年 6 月 6 日', '令和7年6月6日'],
    ['閣 議 決 定', '閣議決定'],
    ['統合イノベーション戦略 2025', '統合イノベーション戦略2025'],
    ['各府省にCA I O（A I統括責任者：Chief AI Officer）', '各府省にCAIO(AI統括責任者:Chief AI Officer)'],
    ['プログラム医療機器(S a MD)', 'プログラム医療機器(SaMD)'],
    ['SBI R制度', 'SBIR制度'],
    ['J-P E A K S', 'J-PEAKS'],
    ['G-Q u A T', 'G-QuAT'],
    ['3 G e V高輝度', '3GeV高輝度'],
    ['エージェント A I の普及や A G I (汎用人工知能) の実現', 'エージェントAIの普及やAGI(汎用人工知能)の実現'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeText(raw, 'ja')).toBe(expected);
  });

  it.each([
    ['現在はK Programを推進', 'K Program'],
    ['科学研究データ創出基盤を強化するなど AI for Science を加速', 'AI for Science'],
    ['Society 5.0 の実現に向けて', 'Society 5.0'],
    ['次世代情報通信基盤（Beyond 5G）', 'Beyond 5G'],
    ['北極域研究強化プロジェクト（ArCS III）', 'ArCS III'],
    ['NII Research Data Cloud', 'NII Research Data Cloud'],
  ])('keeps the real spaces between words: %s', (raw, kept) => {
    expect(normalizeText(raw, 'ja')).toContain(kept);
  });

  it('repairs the spaced text of whole seed lines', () => {
    expect(normalizeText(jaLine(56), 'ja')).toContain('e-CSTI');
    expect(normalizeText(jaLine(102), 'ja')).toContain('CAIO(AI統括責任者:Chief AI Officer)');
    expect(normalizeText(jaLine(305), 'ja')).toContain('SPring-8の100倍');
  });
});

describe('English spacing repair', () => {
  it('glues spaced capitals joined by a symbol', () => {
    expect(normalizeText('Promotion of R & D on Key Technologies', 'en')).toBe('Promotion of R&D on Key Technologies');
  });

  it.each([
    'In addition, with a view to the early industrialization of quantum technology',
    'the proliferation of disinformation and misinformation, a risk',
    'Plan A of 2025 and a 5 year target',
    '(1) focused support by field, such as deep tech',
    'G7 and the Global South, including ASEAN and India.',
  ])('does not glue real English words: %s', (text) => {
    expect(repairSpacing(text, 'en')).toBe(text);
  });

  it('collapses tabs, runs of spaces and other white space to one space', () => {
    expect(normalizeText('1.\tBasic  Concept\u2028now\u00a0here', 'en')).toBe('1. Basic Concept now here');
  });
});

describe('NFKC with circled numbers kept', () => {
  it('folds full-width forms but keeps ①②③', () => {
    expect(nfkcKeepingCircled('① 重要分野（Ａ Ｉ）１２３')).toBe('① 重要分野(A I)123');
    expect('①'.normalize('NFKC')).toBe('1'); // why the exception exists
    expect(normalizeText('③ 国際頭脳循環', 'ja')).toBe('③国際頭脳循環');
  });
});

describe('joining lines', () => {
  it('puts a space between English lines, none around Japanese, none after a line-end hyphen', () => {
    expect(joinSeparator('disinformation and', 'misinformation')).toBe(' ');
    expect(joinSeparator('A I の', '研究開発')).toBe('');
    expect(joinSeparator('ultra-high-speed, high-', 'capacity')).toBe('');
    expect(joinSeparator('budget', '- 2025')).toBe(' ');
  });
});
