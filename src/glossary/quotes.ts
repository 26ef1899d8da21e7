// Quoted titles: 「…」 in the Japanese and "…" / “…” in the aligned English sentence, paired in
// order when both sides quote the same number of titles; otherwise a single Japanese title pairs
// with the single Title Case name of the English sentence.
import type { Token } from '../anchors/tokenizer.js';
import { stripJapaneseNotes } from './definitions.js';
import type { AlignedText } from './sentence-pairs.js';
import { hasJapanese, isHiragana } from '../text/script.js';
import { cleanEnglishTerm, cleanJapaneseTerm } from './text.js';
import type { Evidence } from './types.js';

/** Top-level 「…」 and 『…』 titles, notes and nested definitions removed; definition short forms skipped. */
export function japaneseQuotes(text: string): string[] {
  const quotes: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '「' || char === '『') {
      if (depth === 0) start = i;
      depth++;
    } else if ((char === '」' || char === '』') && depth > 0) {
      depth--;
      if (depth === 0 && !text.slice(Math.max(0, start - 3), start).endsWith('以下') && !text.slice(Math.max(0, start - 3), start).endsWith('以下、')) {
        // 「…プログラム(ASPIRE)」: the acronym is evidence of its own (abbreviation), not part of the title
        const inner = stripJapaneseNotes(text.slice(start + 1, i))
          .replace(/[「」『』]/gu, '')
          .replace(/\([A-Za-z][A-Za-z0-9\-&]*\)$/u, '');
        const term = cleanJapaneseTerm(inner);
        // 「知る」「使う」 quote words, not titles: a short quote ending in kana is a verb or a phrase
        if (term && hasJapanese(term) && !(term.length <= 3 && isHiragana(term.at(-1)))) quotes.push(term);
      }
    }
  }
  return quotes;
}

const EN_NOTE = /\s*\([^()]*(?:\b(?:19|20)\d\d\b|\bdecision\b|\bdecided\b|\bAct No\.)[^()]*\)/gi;

/** "…" and “…” quotations that are not the short form of a definition. */
export function englishQuotes(text: string): string[] {
  const quotes: string[] = [];
  for (const match of text.matchAll(/"([^"]+)"|“([^”]+)”/gu)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    // a definition's short form: (hereinafter referred to as "AISI"), Data Free Flow with Trust ("DFFT")
    if (/(?:hereinafter(?:\s+referred\s+to\s+as|\s+called)?(?:\s+the)?|\()\s*$/i.test(before)) continue;
    // dates and decisions in parentheses are notes, not part of the title: "… Strategy (… decision of June 4, 2025),"
    const term = cleanEnglishTerm((match[1] ?? match[2] ?? '').replace(EN_NOTE, ''));
    if (term && /[A-Za-z]/.test(term)) quotes.push(term);
  }
  return quotes;
}

// Capitalised words that open sentences or name the actors, not titles.
const NOT_TITLES = new Set(['Japan', 'Japanese', 'Government', 'The', 'We', 'In', 'To', 'For', 'With', 'As', 'Based', 'Cabinet', 'Furthermore', 'Moreover', 'Also', 'Through', 'By', 'From', 'Regarding', 'At', 'On', 'This', 'These', 'It']);

/** Title Case runs of two or more words: candidate names of plans, laws, programs. */
export function englishTitleCaseNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\b[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on|the|in|to|by|with|toward|towards|through|under|at|from)\s+)*[A-Z0-9][\w'’\-.]*)+/g)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_TITLES.has(words[0]!)) words.shift();
    if (words.length < 2) continue;
    if (words.every((word) => /^[A-Z0-9\-]+$/.test(word))) continue; // a run of acronyms
    names.push(cleanEnglishTerm(words.join(' ')));
  }
  return names;
}

function plausibleLengths(ja: string, en: string): boolean {
  const ratio = en.length / ja.length;
  return ratio >= 0.8 && ratio <= 9;
}

const CONFIDENCE = { single: 0.85, ordered: 0.8, titleCase: 0.55 };

const TRAILING_ACTION = /^(.+)の(\p{Script=Han}{2})$/u;
const ENGLISH_ACTION = /^(?:the\s+)?[A-Za-z]+(?:tion|sion|ment|ing|ance|ence)\s+of\b/i;

/**
 * 「スマートインフラマネジメントシステムの構築」 quoted in English as "Smart Infrastructure Management
 * System": when the English names only the object, the Japanese title loses its trailing action (の +
 * a verbal noun, by kuromoji's サ変接続), which has no counterpart. "Development of Circular Economy
 * System" keeps it.
 */
export function withoutUntranslatedAction(ja: string, en: string, tokens: Token[] | undefined): string {
  const match = TRAILING_ACTION.exec(ja);
  if (!match || !tokens || ENGLISH_ACTION.test(en)) return ja;
  const verbalNoun = tokens.some((token) => token.surface === match[2] && token.pos === '名詞' && token.posDetail === 'サ変接続');
  return verbalNoun ? match[1]! : ja;
}

/** Quoted titles paired with the English; `tokens[i]` (kuromoji tokens of texts[i].ja), when given, tell verbal nouns. */
export function quoteEvidence(texts: AlignedText[], tokens?: Token[][]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const [index, text] of texts.entries()) {
    const ja = japaneseQuotes(text.ja);
    if (ja.length === 0) continue;
    const en = englishQuotes(text.en);
    if (en.length === ja.length) {
      ja.forEach((quoted, i) => {
        const term = withoutUntranslatedAction(quoted, en[i]!, tokens?.[index]);
        if (plausibleLengths(term, en[i]!)) {
          evidence.push({ ja: term, en: en[i]!, source: 'quote', confidence: ja.length === 1 ? CONFIDENCE.single : CONFIDENCE.ordered, text });
        }
      });
    } else if (ja.length === 1 && en.length === 0) {
      const names = englishTitleCaseNames(text.en);
      const term = names.length === 1 ? withoutUntranslatedAction(ja[0]!, names[0]!, tokens?.[index]) : '';
      if (names.length === 1 && plausibleLengths(term, names[0]!)) {
        evidence.push({ ja: term, en: names[0]!, source: 'quote', confidence: CONFIDENCE.titleCase, text });
      }
    }
  }
  return evidence;
}
