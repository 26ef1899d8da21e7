// The one loanword skeleton: a katakana word and the English word it borrows reduce to the same key.
// Raw romaji is a poor match for English spelling (インスティテュート → "insuteiteyuuto" vs
// "institute"), so both sides are reduced to consonant skeletons over sound classes (s/z/j, t/d/ch,
// k/g, b/v/p, f/h, r/l, m/n). The aligner compares skeletons for equality, the glossary by edit
// distance together with the sound strings (vowel positions kept).
import { distance } from 'fastest-levenshtein';
import { toRomaji } from 'wanakana';
import { remembered } from './remembered.js';
import { singularize } from './singular.js';

const CLASS: Record<string, string> = {
  s: 'S', z: 'S', j: 'J',
  t: 'T', d: 'T', c: 'T',
  k: 'K', g: 'K', q: 'K',
  b: 'B', v: 'B', p: 'B',
  f: 'H', h: 'H',
  r: 'R', l: 'R',
  m: 'N', n: 'N',
};

// CLASS and the sounds of soundsOf by character code (ASCII; any other character has neither):
// every English phrase of a sentence is read, so these run in the links' inner loop.
const CLASS_OF_CODE: Array<string | undefined> = [];
const SOUND_OF_CODE: Array<string | undefined> = [];
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  CLASS_OF_CODE.push(CLASS[char]);
  SOUND_OF_CODE.push(CLASS[char] ?? ('aeiouy'.includes(char) ? 'a' : undefined));
}

/** The classes (or sounds) of `spelling`'s characters by `table`, a class repeated in a row once. */
function classesOf(spelling: string, table: Array<string | undefined>): string {
  let out = '';
  let last = '';
  for (let i = 0; i < spelling.length; i++) {
    const cls = table[spelling.charCodeAt(i)];
    if (cls !== undefined && cls !== last) {
      out += cls;
      last = cls;
    }
  }
  return out;
}

function skeletonOf(spelling: string): string {
  return classesOf(spelling, CLASS_OF_CODE);
}

// wanakana's toRomaji is slow (options merged and compared, a token list built per call), and the
// skeleton and the sounds of a word each need its romaji: remembered per word.
const romajiOf = remembered((katakana: string) => toRomaji(katakana.replace(/・/g, '')));

/** Consonant skeleton of a katakana word: セーフティ → SHT. */
export function katakanaSkeleton(katakana: string): string {
  const romaji = romajiOf(katakana)
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
  return withG(spellingBeforeG(english), hardG);
}

/** englishSpelling up to the reading of g, which alone depends on hardG. */
function spellingBeforeG(english: string): string {
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
    .replace(/c/g, 'k');
}

/** Whether a spelling before g's reading reads differently with a hard g. */
const SOFT_G = /g(?=[eiy])/;

function withG(beforeG: string, hardG: boolean): string {
  return (
    beforeG
      .replace(/g(?=[eiy])/g, hardG ? 'g' : 'j')
      // Japanese borrows English without its post-vowel r: sensor → センサ(ー), network → ネットワーク
      .replace(/(?<=[aeiou])r(?=[^aeiouyrg]|$)/g, '')
  );
}

function soundsOf(spelling: string): string {
  return classesOf(spelling, SOUND_OF_CODE);
}

/** Consonant classes with vowels kept as one mark, Japanese epenthetic vowels removed: エコシステム → aKaSaSTaN. */
export function katakanaSounds(katakana: string): string {
  const romaji = romajiOf(katakana)
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
  return soundsOfSpelling(englishSpelling(english, hardG));
}

function soundsOfSpelling(spelling: string): string {
  return soundsOf(spelling.replace(/e$/, '').replace(/e(?=s$)/, ''));
}

function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** A word read for comparison: its consonant skeleton and its sounds (vowel positions kept). */
export interface LoanwordForm {
  skeleton: string;
  sounds: string;
}

/**
 * Similarity of a katakana term and English words in [0,1]: the consonant skeletons must agree,
 * and the sound strings (vowel positions kept) must not disagree much; 0 when the first sounds differ.
 * English is read as written and with plurals dropped (Japanese has none: スタートアップ, "startups"),
 * with g soft and hard (テクノロジー "technology", エネルギー "energy"); the best reading counts.
 * With `floor`, a similarity below it may come out lower than it is (a caller that keeps only
 * what reaches the floor measures less).
 */
export function loanwordSimilarity(katakana: string, english: string, floor = 0): number {
  return formSimilarity(katakanaForm(katakana), englishForms(english), floor);
}

/** loanwordSimilarity of a katakana word's form and an English phrase's forms (katakanaForm, englishForms), for a caller comparing many. */
export function formSimilarity(katakana: LoanwordForm, english: readonly LoanwordForm[], floor = 0): number {
  const { skeleton: a, sounds: sa } = katakana;
  if (a.length < 2) return 0;
  let best = 0;
  for (const { skeleton: b, sounds: sb } of english) {
    if (b.length < 2 || a[0] !== b[0] || (sa[0] === 'a') !== (sb[0] === 'a')) continue;
    // `floor`: a form that cannot reach it is not measured (an edit distance is at least the
    // difference in length, so this bound is never below the similarity)
    if (floor > 0 && (lengthBound(a, b) + lengthBound(sa, sb)) / 2 < floor) continue;
    best = Math.max(best, (similarity(a, b) + similarity(sa, sb)) / 2);
  }
  return best;
}

/** similarity(a, b) at best, from the lengths alone. */
function lengthBound(a: string, b: string): number {
  return 1 - Math.abs(a.length - b.length) / Math.max(a.length, b.length);
}

/** The form of a katakana word, remembered (as englishForms): a document compares every katakana word with every run of English words in its sentence. */
export const katakanaForm = remembered((katakana: string): LoanwordForm => ({ skeleton: katakanaSkeleton(katakana), sounds: katakanaSounds(katakana) }));

/** The forms of English words: as written and singular, each with g soft and, where it reads otherwise, hard. */
export const englishForms = remembered((english: string): readonly LoanwordForm[] => {
  const forms: LoanwordForm[] = [];
  // singularize changes only a word that ends in s, and spelling drops the spaces it would join by
  const singular = /[sS](?=\s|$)/.test(english) ? english.split(/\s+/).map(singularize).join(' ') : english;
  for (const reading of singular === english ? [english] : [english, singular]) {
    const beforeG = spellingBeforeG(reading);
    forms.push(spellingForm(withG(beforeG, false)));
    if (SOFT_G.test(beforeG)) forms.push(spellingForm(withG(beforeG, true)));
  }
  return forms;
});

function spellingForm(spelling: string): LoanwordForm {
  return { skeleton: skeletonOf(spelling), sounds: soundsOfSpelling(spelling) };
}
