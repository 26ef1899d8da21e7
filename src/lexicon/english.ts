// English words as the lexicon compares them: lower case, Porter-stemmed (npm `stemmer`), with a
// short list of function words set aside. The build script (scripts/build-lexicon.js) stems the
// EDICT glosses with this same module, so a gloss and a sentence meet on the same stems.
import { stemmer } from 'stemmer';
import { remembered } from '../text/remembered.js';

export interface EnglishWord {
  start: number; // offsets in the text
  end: number;
  /** Lower case, possessive removed. */
  word: string;
  stem: string;
  /** A function word: never a link on its own, and not counted in coverage. */
  stop: boolean;
}

// Function words, and the fillers of dictionary glosses (one's, someone, something, etc.).
const STOP_WORDS = new Set(
  (
    'a an the of to in on at by for from with without into onto upon over under about as and or nor but ' +
    'if then than so such that this these those there here it its it\'s is are was were be been being am ' +
    'do does did done doing have has had having will would shall should can could may might must ' +
    'i me my we us our you your he him his she her they them their who whom whose which what when where ' +
    'why how one one\'s oneself someone somebody something sth sb etc eg e.g ie i.e esp usu also ' +
    'not no all any each every some other another more most very own same both either neither ' +
    'up down out off again further once only just too s t'
  ).split(' '),
);

/** What englishWords reads as a word (it scans for the same spans without the expression). */
export const WORD_PATTERN = /[A-Za-z0-9]+(?:[&'’][A-Za-z0-9]+)*/g;

/** Porter stem of one lower-case word (remembered: a document repeats the same words hundreds of times). */
export const stemWord: (word: string) => string = remembered((word) => (/^[a-z]+$/.test(word) ? stemmer(word) : word));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The words WORD_PATTERN matches, found by a scan (no match objects: every sentence of a document is read several times). */
export function englishWords(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  const n = text.length;
  for (let at = 0; at < n; ) {
    if (!isWordCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < n && isWordCode(text.charCodeAt(at))) at++;
    // & ' ’ join two runs of letters (R&D, don't)
    for (;;) {
      const c = text.charCodeAt(at);
      if (!(c === 38 || c === 39 || c === 0x2019) || !isWordCode(text.charCodeAt(at + 1))) break;
      at++;
      while (at < n && isWordCode(text.charCodeAt(at))) at++;
    }
    // most words hold no apostrophe: no replacement to run
    let word = text.slice(start, at).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    out.push({ start, end: at, word, stem: stemWord(word), stop: STOP_WORDS.has(word) });
  }
  return out;
}

/** The content stems of a phrase, space-separated: "to do research and development" → "research develop". */
export function contentStems(phrase: string): string[] {
  return englishWords(phrase)
    .filter((w) => !w.stop)
    .map((w) => w.stem);
}
