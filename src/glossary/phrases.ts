// Term candidates of one sentence on each side, for association: Japanese compound nouns from
// kuromoji tokens, English noun phrases from a part-of-speech-free chunker.
import type { Token } from '../anchors/tokenizer.js';
import { englishKey } from './text.js';

const MAX_TOKENS = 6;
const MAX_WORDS = 6;

// Single nouns that are not terms on their own: verbal nouns (推進, 強化), adjectival nouns (重要),
// adverbial nouns (今後), and a few generic ones.
const NOT_ALONE = new Set(['サ変接続', '形容動詞語幹', '副詞可能', 'ナイ形容詞語幹']);
const GENERIC = new Set(['こと', 'もの', 'ため', 'よう', 'ほか', '我が国', '国内', '各種', '全体', '分野', '観点', '取組', '課題', '関係', '状況', '結果', '対象', '方策', '在り方', '一環', '視点', '動向', '中心', '主体']);

function isCompoundPart(token: Token): boolean {
  if (!/[\p{L}]/u.test(token.surface)) return false;
  if (token.pos === '接頭詞') return token.posDetail === '名詞接続';
  return token.pos === '名詞' && token.posDetail !== '数' && token.posDetail !== '非自立' && token.posDetail !== '代名詞';
}

/** Maximal runs of compound-forming tokens (名詞 incl. 接頭詞, without 数/非自立). */
export function compoundRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // a prefix cannot end a compound, a suffix cannot start one
    while (run.length > 0 && run[run.length - 1]!.pos === '接頭詞') run.pop();
    while (run.length > 0 && run[0]!.posDetail === '接尾') run.shift();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const adjacent = run.length === 0 || run[run.length - 1]!.start + run[run.length - 1]!.surface.length === token.start;
    if (isCompoundPart(token) && adjacent) run.push(token);
    else {
      flush();
      if (isCompoundPart(token)) run.push(token);
    }
  }
  flush();
  return runs;
}

function isTermSpan(span: Token[]): boolean {
  const first = span[0]!;
  const last = span[span.length - 1]!;
  if (first.posDetail === '接尾' || last.pos === '接頭詞' || last.surface === '等') return false;
  const text = span.map((t) => t.surface).join('');
  if (text.length < 2 || GENERIC.has(text)) return false;
  if (span.length === 1 && (NOT_ALONE.has(first.posDetail) || first.posDetail === '接尾')) return false;
  return true;
}

/**
 * Where a term stood in a sentence, for association: whether it ended its phrase (the head, or the
 * whole phrase), and whether it was one item of a ・ list (科学技術・イノベーション政策), whose English
 * "and" belongs to the list rather than to the term.
 */
export interface PhrasePlaces {
  /** Terms seen at the end of their compound or phrase at least once. */
  ends: Set<string>;
  /** Japanese terms seen right next to a ・ that joins them to a sibling. */
  listed: Set<string>;
}

export interface JapanesePhrases extends PhrasePlaces {
  terms: string[];
}

const DETACHED_SUFFIX = '等'; // 国研等 "Kokken, etc.": 国研 still ends its phrase

/** Japanese compound nouns of a sentence and their sub-compounds of up to six tokens, with their places. */
export function japanesePhrases(tokens: Token[]): JapanesePhrases {
  const terms = new Set<string>();
  const ends = new Set<string>();
  const listed = new Set<string>();
  const touches = (token: Token | undefined, at: number) => token?.surface === '・' && token.start === at;
  for (const run of compoundRuns(tokens)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const index = tokens.indexOf(first);
    const before = tokens[index - 1];
    const after = tokens[index + run.length];
    // the run's last noun that is not 等
    const headEnd = last.surface === DETACHED_SUFFIX ? run.length - 1 : run.length;
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= MAX_TOKENS && i + n <= run.length; n++) {
        const span = run.slice(i, i + n);
        if (!isTermSpan(span)) continue;
        const term = span.map((t) => t.surface).join('');
        terms.add(term);
        if (i + n >= headEnd) ends.add(term);
        if ((i === 0 && touches(before, first.start - 1)) || (i + n === run.length && touches(after, last.start + last.surface.length))) listed.add(term);
      }
    }
  }
  return { terms: [...terms], ends, listed };
}

/** Japanese compound nouns of a sentence and their sub-compounds of up to six tokens. */
export function japaneseTerms(tokens: Token[]): string[] {
  return japanesePhrases(tokens).terms;
}

// Function words and the verbs and adverbs of policy prose that never head a term.
const STOPWORDS = new Set(
  `a an the of in on at by for from to with without into onto through via as than and or nor but if so such
  this that these those it its they them their we our us he she his her which who whom whose what when where
  is are was were be been being will shall would should can could may might must do does did done has have had
  not no also as well both each every all any some other others more most further furthermore moreover however
  etc including include includes included such about among between within under over after before during while
  based order addition regard view aim aims toward towards up out new various necessary important
  promote promotes promoting promoted strengthen strengthening strengthened develop developing ensure ensuring
  support supporting make making take taking work working continue continuing consider considering utilize
  utilizing use using conduct conducting implement implementing advance advancing enhance enhancing establish
  establishing improve improving create creating build building expand expanding accelerate accelerating
  secure securing provide providing encourage encouraging facilitate facilitating realize realizing aiming
  steadily further also actively appropriately effectively efficiently strategically comprehensively closely
  hereinafter referred called`.split(/\s+/),
);

// Connectors allowed inside a phrase ("research and development"), never at its edges.
const INNER = new Set(['and']);

export interface EnglishPhrases {
  /** key → surface */
  terms: Map<string, string>;
  /** Keys seen at the end of their phrase at least once: "virtuous" only ever opens "virtuous cycle". */
  ends: Set<string>;
}

/** English noun phrases of a sentence: runs of content words between stop words, up to six content words. */
export function englishPhrases(text: string): EnglishPhrases {
  const terms = new Map<string, string>();
  const ends = new Set<string>();
  const chunks = text.split(/[,.;:()"“”!?]|\s[-–]\s/);
  for (const chunk of chunks) {
    const words = chunk.match(/[A-Za-z][A-Za-z0-9\-'’/&]*|\d+(?:\.\d+)?/g) ?? [];
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; i + n <= run.length; n++) {
          const span = run.slice(i, i + n);
          if (INNER.has(span[0]!.toLowerCase()) || INNER.has(span[n - 1]!.toLowerCase())) continue;
          if (span.filter((w) => !INNER.has(w.toLowerCase())).length > MAX_WORDS) break;
          if (span.every((w) => /^\d/.test(w))) continue;
          const surface = span.join(' ');
          const key = englishKey(surface);
          if (key.length < 2) continue;
          if (!terms.has(key)) terms.set(key, surface);
          // the phrase ends where the run does, or before an "and" that joins another phrase to it
          if (i + n === run.length || INNER.has(run[i + n]!.toLowerCase())) ends.add(key);
        }
      }
      run = [];
    };
    for (const word of words) {
      const lower = word.toLowerCase();
      if (STOPWORDS.has(lower) && !INNER.has(lower)) flush();
      else run.push(word);
    }
    flush();
  }
  return { terms, ends };
}

/** English noun phrases of a sentence (key → surface): runs of content words between stop words, up to six content words. */
export function englishTerms(text: string): Map<string, string> {
  return englishPhrases(text).terms;
}
