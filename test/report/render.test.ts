import { describe, expect, it } from 'vitest';
import type { Discrepancy, Pair } from '../../src/model.js';
import { renderReport } from '../../src/report/index.js';
import { escapeHtml } from '../../src/report/escape.js';
import { atSentence, LAUNCH_CLAUSE, pairAtLine, seedFixture } from './fixtures.js';

interface MarkFound {
  classes: string[];
  ids: Record<string, string[]>;
  text: string;
}

function marksIn(html: string): MarkFound[] {
  return [...html.matchAll(/<mark class="([^"]*)"([^>]*)>([^<]*)<\/mark>/gu)].map((match) => {
    const ids: Record<string, string[]> = {};
    for (const attribute of (match[2] ?? '').matchAll(/data-([vswc])="([^"]*)"/gu)) ids[attribute[1] ?? ''] = (attribute[2] ?? '').split(' ');
    return { classes: (match[1] ?? '').split(' '), ids, text: match[3] ?? '' };
  });
}

/** The card of the finding with this fingerprint: its page id (f1, f2, …) and its HTML. */
function card(html: string, fingerprint: string): { id: string; html: string } {
  const match = new RegExp(`<div class="finding[^"]*" id="(f\\d+)"[^>]*data-fp="${fingerprint}">.*?</div></div>`, 'u').exec(html);
  if (!match) throw new Error(`no card for ${fingerprint}`);
  return { id: match[1] ?? '', html: match[0] };
}

/** The <section> of a pair. */
function pairSection(html: string, pairId: string): string {
  const match = new RegExp(`<section class="pair[^"]*" id="${pairId}".*?</section>`, 'su').exec(html);
  if (!match) throw new Error(`no pair ${pairId}`);
  return match[0];
}

const { alignment, discrepancies, findings: F } = seedFixture();
const launchPair = pairAtLine(alignment, 'ja', 211);
const html = renderReport(alignment, discrepancies);
const marks = marksIn(html);
const byFingerprint = (fingerprint: string): Discrepancy => discrepancies.find((d) => d.id === fingerprint) as Discrepancy;

describe('findings marked in place', () => {
  it('marks the omitted launch-capacity clause inside its sentence, and only the clause', () => {
    const { id } = card(html, F.launch);
    const clause = marks.filter((mark) => mark.ids.s?.includes(id));
    expect(clause.map((mark) => mark.text)).toEqual([LAUNCH_CLAUSE]);
    expect(clause[0]?.classes).toEqual(expect.arrayContaining(['s-span', 'sev-error']));
    // the rest of the sentence follows unmarked
    expect(html).toContain(`${LAUNCH_CLAUSE}</mark>、基幹ロケットの高度化・高頻度化を進めるとともに、民間企業によるロケットの技術開発支援`);
  });

  it('points at the English sentence beside the omission as context, not as the error', () => {
    const { id } = card(html, F.launch);
    const context = marks.filter((mark) => mark.ids.c?.includes(id));
    expect(context).toHaveLength(1);
    expect(context[0]?.text).toMatch(/^In addition, it is important to build up a track record/u);
    expect(context[0]?.classes).toContain('s-context');
  });

  it('marks the mismatching dates on both sides: 令和7年2月 against February 8, 2023', () => {
    const { id } = card(html, F.packageDate);
    const values = marks.filter((mark) => mark.ids.v?.includes(id)).map((mark) => mark.text);
    expect(values).toEqual(['令和7年2月', 'February 8, 2023']);
    // the date that agrees (令和4年2月1日 = February 1, 2022) stays unmarked
    expect(marks.some((mark) => mark.text.includes('令和4年2月1日') || mark.text.includes('February 1, 2022'))).toBe(false);
  });

  it('marks the value in the raw PDF text even when the finding names it normalised (3GeV in "3 G e V")', () => {
    // the pair shown as its blocks (as when the aligner pairs no sentences), in the PDF's raw text
    const spring8 = pairAtLine(alignment, 'ja', 305);
    const page = renderReport({ ...alignment, pairs: [{ ...spring8, sentences: [] }] }, [byFingerprint(F.gev)]);
    expect(page).toContain('</mark>高輝度放射光施設 NanoTerasu の共用ビームライン');
    const pageMarks = marksIn(page);
    expect(pageMarks.filter((mark) => mark.ids.v?.includes('f1')).map((mark) => mark.text)).toEqual(['3 G e V']);
    // shown as sentences (the pipeline's repaired text), the same value is marked there
    const { id } = card(html, F.gev);
    expect(marks.filter((mark) => mark.ids.v?.includes(id)).map((mark) => mark.text)).toEqual(['3GeV']);
    // the English has no value to mark: its sentence is pointed at instead
    const english = pageMarks.filter((mark) => mark.ids.c?.includes('f1'));
    expect(english).toHaveLength(1);
    expect(english[0]?.text).toContain('NanoTerasu Synchrotron Light Source');
    const inSentences = marks.filter((mark) => mark.ids.c?.includes(id));
    expect(inSentences).toHaveLength(1);
    expect(inSentences[0]?.text).toContain('NanoTerasu Synchrotron Light Source');
  });

  it('reads values as diff writes them (qualifier in brackets), and never marks a number inside another', () => {
    const launchJa = launchPair.ja[0];
    const launchSentence = launchJa?.sentences?.find((sentence) => sentence.normalized.includes(LAUNCH_CLAUSE));
    const finding = (expected: string): Discrepancy => ({
      id: `number-mismatch:${expected}`,
      kind: 'number-mismatch',
      severity: 'error',
      ja: { lines: [211, 211], text: LAUNCH_CLAUSE, ...atSentence(launchSentence!, LAUNCH_CLAUSE) },
      en: null,
      expected,
      message: 'test',
      section: null,
      pair: launchPair.id,
    });
    const valuesMarked = (expected: string, withAnchors: boolean): string[] => {
      const withoutAnchors = (pair: Pair): Pair => ({
        ...pair,
        ja: pair.ja.map((block) => ({ ...block, anchors: [] })),
        sentences: pair.sentences.map((sentencePair) => ({ ...sentencePair, ja: sentencePair.ja.map((sentence) => ({ ...sentence, anchors: [] })) })),
      });
      const stripped = withAnchors ? alignment : { ...alignment, pairs: alignment.pairs.map((pair) => (pair.id === launchPair.id ? withoutAnchors(pair) : pair)) };
      const page = renderReport(stripped, [finding(expected)]);
      return marksIn(page).filter((mark) => mark.ids.v?.includes('f1')).map((mark) => mark.text);
    };
    // the anchors as the anchors stage finds them in this sentence
    const launchAnchor = (value: string) => launchJa?.anchors.find((anchor) => anchor.value === value);
    const thirty = launchAnchor('30');
    const early2030s = launchAnchor('2030s');
    expect(thirty?.text).toContain('30件');
    expect(early2030s?.text).toContain('2030年代前半');
    expect(valuesMarked(`30 (${thirty?.qualifier})`, true)).toEqual([thirty?.text]);
    expect(valuesMarked(`2030s (${early2030s?.qualifier}); 30 (${thirty?.qualifier})`, true)).toEqual([early2030s?.text, thirty?.text]);
    // without anchors, the text itself: '30' of 年間30件, not the '30' of 2030年代
    expect(valuesMarked(`30 (${thirty?.qualifier})`, false)).toEqual(['30']);
    expect(html).toContain('2030年代前半までに');
  });

  it('marks the printed numbers of a numbering finding: ② in Japanese, "2" in English', () => {
    const { id } = card(html, F.facilities);
    expect(marks.filter((mark) => mark.ids.v?.includes(id)).map((mark) => mark.text)).toEqual(['②', '2']);
    // a heading whose number was dropped: the Japanese number boxed, the English heading pointed at
    const dropped = card(html, F.keyFields).id;
    expect(marks.filter((mark) => mark.ids.v?.includes(dropped)).map((mark) => mark.text)).toEqual(['①']);
    expect(marks.filter((mark) => mark.ids.c?.includes(dropped)).map((mark) => mark.text)).toEqual(['Strategic Promotion of Key Fields']);
  });

  it('marks the repeat of a duplicated sentence, where diff points, after the first occurrence', () => {
    const { id } = card(html, F.fund);
    const occurrences = marks.filter((mark) => mark.ids.w?.includes(id) || mark.ids.s?.includes(id));
    const text = byFingerprint(F.fund).en?.text ?? '';
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0]?.text).toBe(text);
    const markAt = html.search(new RegExp(`<mark [^>]*data-[sw]="(?:[^"]* )?${id}[ "]`, 'u'));
    expect(markAt).toBeGreaterThan(0);
    expect(html.slice(0, markAt)).toContain(escapeHtml(text));
  });

  it('marks the clause the English repeats (EN 410), the Japanese it translates as context', () => {
    const { id } = card(html, F.studies);
    const english = marks.filter((mark) => mark.ids.s?.includes(id));
    expect(english.map((mark) => mark.text)).toEqual([byFingerprint(F.studies).en?.text]);
    // the Japanese side, as diff points at it (the two sentences EN 410 translates), marked as context
    const japanese = marks.filter((mark) => mark.ids.c?.includes(id)).map((mark) => mark.text);
    expect(japanese.join(' ')).toBe(byFingerprint(F.studies).ja?.text);
    expect(japanese[japanese.length - 1]).toMatch(/エビデンスに基づく検討を行う。$/u);
  });

  it('marks the English-only "[Tentative translation]" line as an addition, beside an empty Japanese cell', () => {
    const { id } = card(html, F.tentative);
    const added = marks.filter((mark) => mark.ids.w?.includes(id));
    expect(added.map((mark) => mark.text)).toEqual(['[Tentative translation]']);
    expect(pairSection(html, pairAtLine(alignment, 'en', 1).id)).toContain('tx-ja empty');
  });

  it('gives each card the message and the expected and found values, escaped', () => {
    const { html: launch } = card(html, F.launch);
    const omission = byFingerprint(F.launch);
    expect(launch).toContain(`<p class="msg">${escapeHtml(omission.message)}</p>`);
    expect(launch).toContain('has no English counterpart');
    expect(launch).toContain(`<dt>Expected</dt><dd>${escapeHtml(omission.expected ?? '')}</dd>`);
    // an empty value found shows as a dash
    const empty = renderReport(alignment, [{ ...omission, found: '' }]);
    expect(card(empty, F.launch).html).toMatch(/<dt>Expected<\/dt><dd>[^<]*30[^<]*<\/dd><dt>Found<\/dt><dd><span class="none">—<\/span><\/dd>/u);
    const { html: studies } = card(html, F.studies);
    expect(studies).toContain('says &quot;conduct evidence-based studies&quot; twice');
  });

  it('quotes in the card the concerned text it could not mark in place', () => {
    const orphan: Discrepancy = {
      ...byFingerprint(F.packageDate),
      id: 'date-mismatch:elsewhere',
      ja: { lines: [284, 286], text: 'この文は本文にない' },
      en: null,
    };
    const page = renderReport(alignment, [orphan]);
    expect(card(page, 'date-mismatch:elsewhere').html).toContain('<q lang="ja">この文は本文にない</q>');
  });
});

describe('the two columns', () => {
  it('shows unpaired blocks with a visibly empty cell on the other side', () => {
    const appendix = alignment.pairs.find((pair) => pair.ja[0]?.lines[0] === 20);
    const marker = alignment.pairs.find((pair) => pair.en[0]?.lines[0] === 1);
    expect(appendix?.type).toBe('1-0');
    expect(pairSection(html, appendix?.id ?? '')).toContain('<div class="tx tx-en empty"><span>No English counterpart</span></div>');
    expect(pairSection(html, marker?.id ?? '')).toContain('<div class="tx tx-ja empty"><span>No Japanese counterpart</span></div>');
  });

  it('shows sentence pairs as rows with the line numbers of both files', () => {
    const launch = pairSection(html, launchPair.id);
    expect(launch.match(/<div class="row /gu)).toHaveLength(5);
    // the third English sentence runs over the page break: lines 209–211
    expect(launch).toMatch(/<div class="ln ln-ja">211<\/div>.*<div class="ln ln-en">209–211<\/div>/su);
    const pkg = alignment.pairs.find((pair) => pair.ja[0]?.lines[0] === 284)?.id ?? '';
    expect(pairSection(html, pkg)).toMatch(/<div class="ln ln-ja">284–286<\/div>.*<div class="ln ln-en">282<\/div>/su);
  });

  it('falls back to whole blocks when the sentence pairs leave a sentence out, so no text is lost', () => {
    const partial = { ...alignment, pairs: [{ ...launchPair, sentences: launchPair.sentences.slice(0, 4) }] };
    const page = renderReport(partial, []);
    expect(page.match(/<div class="row /gu)).toHaveLength(1);
    expect(page).toContain('必要な制度環境の整備を迅速に進める必要がある。');
    expect(page).toContain('ensuring the safety and reliability of Japan&#39;s space activities.');
  });

  it('shows a 1-2 pair of blocks as separate paragraphs in one cell', () => {
    // the ① heading of 2 (2) and the English heading with its topic line, as blocks (no sentence pairs)
    const headings = pairAtLine(alignment, 'ja', 278);
    expect(headings.en.map((block) => block.lines[0])).toEqual([274, 276]);
    const page = renderReport({ ...alignment, pairs: [{ ...headings, sentences: [] }] }, []);
    const section = pairSection(page, headings.id);
    expect(section).toContain('class="tx tx-en blocks"');
    expect(section).toContain('data-lines="274"');
    expect(section).toContain('data-lines="276"');
  });

  it('hides markup that is not text: heading hashes, list markers, emphasis', () => {
    const toc = pairSection(html, pairAtLine(alignment, 'en', 7).id);
    expect(toc).toContain('>Table of Contents</span>');
    expect(toc).not.toContain('##');
    expect(toc).not.toContain('**');
    expect(pairSection(html, launchPair.id)).not.toContain('- ・');
  });
});

describe('outline, filters and totals', () => {
  it('titles the page with both documents\' titles, passing over the "[Tentative translation]" note', () => {
    expect(html).toContain('<h1><span class="ja" lang="ja">統合イノベーション戦略2025</span><span class="arrow">↔</span><span lang="en">Integrated Innovation Strategy 2025</span></h1>');
    expect(html).toContain('<title>Review: 統合イノベーション戦略2025 ↔ Integrated Innovation Strategy 2025</title>');
  });

  it('counts the findings per severity in the header', () => {
    const severities = discrepancies.map((d) => d.severity);
    for (const severity of ['error', 'warning', 'info'] as const) {
      const n = severities.filter((s) => s === severity).length;
      expect(html).toContain(`<span class="total sev-${severity}"><b>${n}</b>`);
    }
  });

  it('lists the sections with the findings under each, counting enclosing sections too', () => {
    const entry = (label: string): string => {
      const match = new RegExp(`<a [^>]*><span class="t-ja" lang="ja">${label}</span>(<span class="count[^"]*"[^>]*>(\\d*)</span>)`, 'u').exec(html);
      if (!match) throw new Error(`no outline entry ${label}`);
      return match[2] ?? '';
    };
    expect(entry('宇宙活動を支える総合的基盤の強化')).toBe('2'); // the launch omission, the duplication
    expect(entry('地域中核・特色ある研究大学振興')).toBe('1');
    // chapter 2 encloses all the findings of its sections, and none of the title page's or chapter 3's
    const inChapter2 = discrepancies.filter((d) => d.section?.startsWith('2 ')).length;
    expect(inChapter2).toBeLessThan(discrepancies.length);
    expect(entry('2 第6期基本計画の総仕上げとしての取組の加速')).toBe(String(inChapter2));
    const inChapter3 = discrepancies.filter((d) => d.section?.startsWith('3 ')).length;
    expect(inChapter3).toBeGreaterThan(0);
    expect(entry('3 第7期基本計画に向けた議論も踏まえた取組の推進')).toBe(String(inChapter3));
  });

  it('offers a filter for each kind and severity present, with its count', () => {
    expect(html).toMatch(/value="omission" checked><span class="label">Omission<\/span><span class="n">1<\/span>/u);
    const count = (match: (d: Discrepancy) => boolean): number => discrepancies.filter(match).length;
    expect(count((d) => d.kind === 'structure')).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(new RegExp(`value="structure" checked><span class="label">Structure</span><span class="n">${count((d) => d.kind === 'structure')}</span>`, 'u'));
    expect(html).not.toContain('value="terminology"');
    expect(count((d) => d.severity === 'info')).toBeGreaterThanOrEqual(1);
    expect(html).toMatch(new RegExp(`value="info" checked><span class="dot sev-info"></span><span class="label">info</span><span class="n">${count((d) => d.severity === 'info')}</span>`, 'u'));
  });

  it('numbers the findings in document order, whatever order they come in', () => {
    const ids = [...html.matchAll(/data-fp="([^"]+)"/gu)].map((match) => match[1]);
    expect(ids.slice(0, 2)).toEqual(['addition:tentative-translation', 'structure:toc-appendix']);
    expect(ids.indexOf(F.launch)).toBeLessThan(ids.indexOf(F.packageDate));
    const reversed = renderReport(alignment, [...discrepancies].reverse());
    expect(reversed).toBe(html);
  });

  it('puts a finding on no aligned line in its own list above the text', () => {
    const outside: Discrepancy = { ...byFingerprint(F.tocAppendix), id: 'structure:outside', ja: { lines: [470, 470], text: '(以上)' }, pair: undefined };
    const page = renderReport(alignment, [outside]);
    expect(page).toMatch(/<div class="unplaced"><h2>Findings outside the aligned text<\/h2>.*data-fp="structure:outside"/su);
  });

  it('says so when there are no findings', () => {
    const page = renderReport(alignment, []);
    expect(page).toContain('No findings');
    expect(page).not.toContain('data-filter=');
  });
});

describe('a self-contained, safe, reproducible file', () => {
  it('escapes document text: a <script> in the Japanese shows as text', () => {
    const injected = seedFixture({ injectJa: '<script>window.__pwned = 1</script><img src=x onerror="alert(1)">' });
    const page = renderReport(injected.alignment, injected.discrepancies);
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(page.match(/<script/gu)).toHaveLength(1); // the report's own
    expect(page).not.toContain('<img');
  });

  it('escapes paths, messages and values', () => {
    const evil: Discrepancy = { ...byFingerprint(F.gev), message: 'a <b>bold</b> & "quoted" claim', expected: '<3', found: '>2' };
    const page = renderReport({ ...alignment, ja: { ...alignment.ja, path: 'dir/<x>.txt' } }, [evil]);
    expect(page).toContain('a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim');
    expect(page).toContain('<dd>&lt;3</dd>');
    expect(page).toContain('dir/&lt;x&gt;.txt');
    expect(page).not.toContain('<x>');
  });

  it('fetches nothing: no external URL, stylesheet or font, and a policy that forbids it', () => {
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/u);
    expect(html).not.toMatch(/@import|@font-face|url\(/u);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/u);
  });

  it('is byte-identical from run to run, with a time only when asked', () => {
    expect(renderReport(seedFixture().alignment, seedFixture().discrepancies)).toBe(html);
    expect(html).not.toMatch(/Generated \d/u);
    const stamped = renderReport(alignment, discrepancies, { timestamp: '2025-06-06T09:00:00Z' });
    expect(stamped).toContain('Generated 2025-06-06T09:00:00Z');
  });

  it('shows the count of findings a baseline suppressed when given', () => {
    expect(renderReport(alignment, discrepancies, { suppressed: 4 })).toContain('<b>4</b>suppressed by the baseline');
    expect(html).not.toContain('suppressed by the baseline');
  });
});
