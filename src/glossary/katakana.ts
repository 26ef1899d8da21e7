// Katakana loanwords ↔ English words. Raw romaji is a poor match for English spelling
// (インスティテュート → "insuteiteyuuto" vs "institute"), so both sides are reduced to consonant
// skeletons over sound classes (s/z/j, t/d/ch, k/g, b/v/p, f/h, r/l, m/n) and compared by
// edit distance.
import { distance } from 'fastest-levenshtein';
import { toRomaji } from 'wanakana';
import type { AlignedText } from './sentence-pairs.js';
import { isKatakanaWord, KATAKANA_LETTERS } from '../text/script.js';
import { singularize } from './text.js';
import type { Evidence } from './types.js';

const CLASS: Record<string, string> = {
  s: 'S', z: 'S', j: 'J',
  t: 'T', d: 'T', c: 'T',
  k: 'K', g: 'K', q: 'K',
  b: 'B', v: 'B', p: 'B',
  f: 'H', h: 'H',
  r: 'R', l: 'R',
  m: 'N', n: 'N',
};

function skeletonOf(spelling: string): string {
  let out = '';
  for (const char of spelling) {
    const cls = CLASS[char];
    if (cls && !out.endsWith(cls)) out += cls;
  }
  return out;
}

/** Consonant skeleton of a katakana word: セーフティ → SHT. */
export function katakanaSkeleton(katakana: string): string {
  const romaji = toRomaji(katakana.replace(/・/g, ''))
    .toLowerCase()
    .replace(/shi|sh/g, 's')
    .replace(/chi|ch/g, 'c')
    .replace(/tsu|ts/g, 't')
    .replace(/fu/g, 'f');
  return skeletonOf(romaji);
}

/** Consonant skeleton of English spelling, read the way Japanese borrows it: innovation → NBSN. */
export function englishSkeleton(english: string, hardG = false): string {
  return skeletonOf(englishSpelling(english, hardG));
}

function englishSpelling(english: string, hardG: boolean): string {
  return english
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tion/g, 'son')
    .replace(/sion/g, 'jon')
    .replace(/ture/g, 'cya')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/gh/g, '')
    .replace(/wh/g, 'w')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/g(?=[eiy])/g, hardG ? 'g' : 'j')
    // Japanese borrows English without its post-vowel r: sensor → センサ(ー), network → ネットワーク
    .replace(/(?<=[aeiou])r(?=[^aeiouyrg]|$)/g, '');
}

function soundsOf(spelling: string): string {
  let out = '';
  for (const char of spelling) {
    const sound = CLASS[char] ?? ('aeiouy'.includes(char) ? 'a' : '');
    if (sound && !out.endsWith(sound)) out += sound;
  }
  return out;
}

/** Consonant classes with vowels kept as one mark, Japanese epenthetic vowels removed: エコシステム → aKaSaSTaN. */
export function katakanaSounds(katakana: string): string {
  const romaji = toRomaji(katakana.replace(/・/g, ''))
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/ts/g, 't')
    // the vowel Japanese adds after a final or clustered consonant: su, ku, to, do, ru, …
    .replace(/([sktpbmrgfzdh])u(?=[^aeiou]|$)/g, '$1')
    .replace(/([td])o(?=[^aeiou]|$)/g, '$1');
  return soundsOf(romaji);
}

export function englishSounds(english: string, hardG = false): string {
  return soundsOf(
    englishSpelling(english, hardG)
      .replace(/e$/, '')
      .replace(/e(?=s$)/, ''),
  );
}

function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/**
 * Similarity of a katakana term and English words in [0,1]: the consonant skeletons must agree,
 * and the sound strings (vowel positions kept) must not disagree much; 0 when the first sounds differ.
 * English is read as written and with plurals dropped (Japanese has none: スタートアップ, "startups"),
 * with g soft and hard (テクノロジー "technology", エネルギー "energy"); the best reading counts.
 */
export function loanwordSimilarity(katakana: string, english: string): number {
  const { skeleton: a, sounds: sa } = katakanaForm(katakana);
  if (a.length < 2) return 0;
  let best = 0;
  for (const { skeleton: b, sounds: sb } of englishForms(english)) {
    if (b.length < 2 || a[0] !== b[0] || (sa[0] === 'a') !== (sb[0] === 'a')) continue;
    best = Math.max(best, (similarity(a, b) + similarity(sa, sb)) / 2);
  }
  return best;
}

// Both readings are computed once per word: a document compares every katakana word with every
// run of English words in its sentence.
const katakanaForms = new Map<string, { skeleton: string; sounds: string }>();
const englishFormCache = new Map<string, Array<{ skeleton: string; sounds: string }>>();

function katakanaForm(katakana: string): { skeleton: string; sounds: string } {
  let form = katakanaForms.get(katakana);
  if (!form) {
    form = { skeleton: katakanaSkeleton(katakana), sounds: katakanaSounds(katakana) };
    katakanaForms.set(katakana, form);
  }
  return form;
}

function englishForms(english: string): Array<{ skeleton: string; sounds: string }> {
  let forms = englishFormCache.get(english);
  if (!forms) {
    const singular = english.split(/\s+/).map(singularize).join(' ');
    const readings = [...new Set([english, singular])].flatMap((reading) => [false, true].map((hardG) => ({ reading, hardG })));
    forms = readings.map(({ reading, hardG }) => ({ skeleton: englishSkeleton(reading, hardG), sounds: englishSounds(reading, hardG) }));
    englishFormCache.set(english, forms);
  }
  return forms;
}

const KATAKANA_RUN = new RegExp(`[${KATAKANA_LETTERS}・]+`, 'gu');
const MIN_SIMILARITY = 0.74;

/** Katakana words of a Japanese text (a ・-joined name stays whole; its parts are tried too). */
export function katakanaTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of text.matchAll(KATAKANA_RUN)) {
    const run = match[0].replace(/^・+|・+$/g, '');
    if (run.length >= 2 && isKatakanaWord(run)) terms.add(run);
    if (run.includes('・')) for (const part of run.split('・')) if (part.length >= 2 && isKatakanaWord(part)) terms.add(part);
  }
  return [...terms];
}

// Loanwords are content words: a run that starts or ends with one of these is not one.
const EDGE_STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'is', 'are', 'be', 'we', 'it', 'its', 'this', 'that', 'these', 'as', 'no', 'not', 'will', 'have', 'has', 'them', 'their', 'such', 'up', 'out']);

const ngramCache = new Map<string, string[]>();

/** Runs of 1–n English words (letters only, no acronyms) of a text, not opening or closing on a stop word. */
function englishNgrams(text: string, maxWords: number): string[] {
  const key = `${maxWords}\u0000${text}`;
  const cached = ngramCache.get(key);
  if (cached) return cached;
  const grams = computeNgrams(text, maxWords);
  if (ngramCache.size > 10_000) ngramCache.clear();
  ngramCache.set(key, grams);
  return grams;
}

function computeNgrams(text: string, maxWords: number): string[] {
  const words = text.split(/[^A-Za-z\-']+/).filter((word) => /[A-Za-z]/.test(word));
  const grams: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (EDGE_STOPWORDS.has(run[0]!.toLowerCase()) || EDGE_STOPWORDS.has(run[n - 1]!.toLowerCase())) continue;
      if (run.some((word) => /^[A-Z]{2,}s?$/.test(word))) continue;
      grams.push(run.join(' '));
    }
  }
  return grams;
}

/** The English words of the sentence that sound most like the katakana term, if any is close enough. */
export function bestLoanwordMatch(katakana: string, english: string): { en: string; similarity: number } | null {
  const parts = katakana.split('・').length;
  let best: { en: string; similarity: number } | null = null;
  for (const gram of englishNgrams(english, Math.min(4, parts + 2))) {
    const similarity = loanwordSimilarity(katakana, gram);
    if (similarity < MIN_SIMILARITY) continue;
    // short skeletons match by chance: データ (TT) also fits "date"; demand the full romaji be close too
    if (katakanaForm(katakana).skeleton.length <= 2) {
      const romaji = toRomaji(katakana).replace(/[^a-z]/g, '');
      if (distance(romaji, gram.toLowerCase()) > 0.4 * Math.max(romaji.length, gram.length)) continue;
    }
    if (!best || similarity > best.similarity || (similarity === best.similarity && gram.length < best.en.length)) best = { en: gram, similarity };
  }
  return best;
}

export function katakanaEvidence(texts: AlignedText[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const text of texts) {
    for (const term of katakanaTerms(text.ja)) {
      const match = bestLoanwordMatch(term, text.en);
      // シンポジウム・ワークショップ = "symposium and workshop" lists two words; its parts are tried alone
      if (match && term.includes('・') && /\band\b|,/.test(match.en)) continue;
      if (match) evidence.push({ ja: term, en: match.en, source: 'katakana', confidence: 0.45 + 0.35 * ((match.similarity - MIN_SIMILARITY) / (1 - MIN_SIMILARITY)), text });
    }
  }
  return evidence;
}
