import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownCode, escapeTsvField, tsvRecord, unescapeTsvField } from '../../src/text/escape.js';

describe('escapeHtml', () => {
  it.each([
    ['R&D', 'R&amp;D'],
    ['<b>AI</b>', '&lt;b&gt;AI&lt;/b&gt;'],
    ['the "AI Act"', 'the &quot;AI Act&quot;'],
    ["Japan's", 'Japan&#39;s'],
    ['&amp;', '&amp;amp;'],
    ['統合戦略2025', '統合戦略2025'],
  ])('%s → %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['R&D <AI>', 'R&amp;D &lt;AI&gt;'],
    ['the "AI Act"', 'the &quot;AI Act&quot;'], // quotes too: the text may land in an HTML attribute
    ['*bold* _it_ `code` [link] a|b ~x~ \\', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\] a\\|b \\~x\\~ \\\\'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['(1) 科学技術', '(1) 科学技術'],
    ['Society 5.0', 'Society 5.0'],
  ])('%s → %s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('leaves only backticks to change inside a code span', () => {
    expect(escapeMarkdownCode('seeds/`ja`.txt *x*')).toBe('seeds/ˋjaˋ.txt *x*');
  });
});

describe('TSV: one rule, backslash escapes', () => {
  it.each([
    ['AI', 'AI'],
    ['a\tb', 'a\\tb'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\r\nlf', 'cr\\r\\nlf'],
    ['C:\\path', 'C:\\\\path'],
    ['literal \\t', 'literal \\\\t'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
  ])('%j → %j and back', (text, escaped) => {
    expect(escapeTsvField(text)).toBe(escaped);
    if (!text.includes('\ud800')) expect(unescapeTsvField(escaped)).toBe(text);
  });

  it('leaves a backslash before any other character as it is', () => {
    expect(unescapeTsvField('a\\xb')).toBe('a\\xb');
  });

  it('writes a record as one line', () => {
    expect(tsvRecord(['統合戦略', 'Integrated\tStrategy', '0.950'])).toBe('統合戦略\tIntegrated\\tStrategy\t0.950\n');
  });
});

describe('visibleControl and neutralizeMentions', () => {
  it('shows C0 controls and DEL as control pictures, C1 as U+FFFD, and keeps TAB, LF, CR and text', async () => {
    const { visibleControl } = await import('../../src/text/escape.js');
    expect(visibleControl('a\u001b[1mb\u0000c\u007fd\u009be\tf\ng\rh 研究')).toBe('a␛[1mb␀c␡d\ufffde\tf\ng\rh 研究');
  });

  it('shows the bidi embeddings, overrides and isolates as U+FFFD, so a line cannot display reordered', async () => {
    const { visibleControl } = await import('../../src/text/escape.js');
    // EN seed line 21's opening, with an override and an isolate slipped in as in "Trojan Source"
    const line = 'The Integrated Innovation Strategy 2025 (hereinafter referred to as "Integrated Strategy 2025")';
    const hostile = `${line.slice(0, 4)}\u202e${line.slice(4, 40)}\u202c\u2066${line.slice(40)}\u2069`;
    expect(visibleControl(hostile)).toBe(`${line.slice(0, 4)}\ufffd${line.slice(4, 40)}\ufffd\ufffd${line.slice(40)}\ufffd`);
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(visibleControl(`統合${String.fromCharCode(code)}戦略`)).toBe('統合\ufffd戦略');
    }
    // the neighbours are ordinary characters: LRM/RLM marks and the arrows, dashes around them stay
    expect(visibleControl('a\u200eb\u2029c\u2065d\u206ae')).toBe('a\u200eb\u2029c\u2065d\u206ae');
  });

  it('breaks @name, #123 and GH-1 but not an e-mail address or a heading mark', async () => {
    const { neutralizeMentions } = await import('../../src/text/escape.js');
    expect(neutralizeMentions('@team, #12, GH-3, a@b.jp, # heading, C#')).toBe('@\u200dteam, #\u200d12, GH\u200d-3, a@b.jp, # heading, C#');
  });
});
