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

/** The end of the word WORD_PATTERN matches from `start`, a letter or digit. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let at = start;
  while (at < n && isWordCode(text.charCodeAt(at))) at++;
  // & ' ’ join two runs of letters (R&D, don't)
  for (;;) {
    const c = text.charCodeAt(at);
    if (!(c === 38 || c === 39 || c === 0x2019) || !isWordCode(text.charCodeAt(at + 1))) break;
    at++;
    while (at < n && isWordCode(text.charCodeAt(at))) at++;
  }
  return at;
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
    at = wordEnd(text, start);
    // most words hold no apostrophe: no replacement to run
    let word = text.slice(start, at).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    out.push({ start, end: at, word, stem: stemWord(word), stop: STOP_WORDS.has(word) });
  }
  return out;
}

/** Whether `text` has at least `n` of the words englishWords finds (counted, not read). */
export function hasEnglishWords(text: string, n: number): boolean {
  let found = 0;
  for (let at = 0; at < text.length && found < n; ) {
    if (!isWordCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    at = wordEnd(text, at);
    found++;
  }
  return found >= n;
}

/** The content stems of a phrase, space-separated: "to do research and development" → "research develop". */
export function contentStems(phrase: string): string[] {
  return englishWords(phrase)
    .filter((w) => !w.stop)
    .map((w) => w.stem);
}

// Finite verbs an English clause may stand on without a tagger: auxiliaries and copulas, past tenses
// (-ed and the irregular ones), and, taken generously, any lower-case -s word not after a determiner
// or preposition (a present tense, or a plural noun: either way not a fragment to report) and any
// content word right after a subject pronoun (they use, we promote). Generous on purpose: a sentence
// judged to lack one is reported, so doubt counts as a verb.
const AUXILIARIES = new Set(
  "is are was were am has have had will would shall should can could may might must do does did cannot isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't doesn't don't didn't shouldn't".split(' '),
);
const IRREGULAR_PAST = new Set(
  (
    'arose awoke bore beat became began bent bid bit bled blew broke bred brought built burnt burst bought caught chose clung came ' +
    'crept dealt dug drew dreamt drank drove dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave froze got gave ' +
    'went ground grew hung heard hid held knelt knew laid led leapt learnt left lent lay lit lost made meant met paid rode rang rose ran ' +
    'said saw sought sold sent shook shone shot shrank slew slept slid slung spoke sped spent spun spat sprang stood stole stuck stung ' +
    'stank strode struck strove swore swept swam swung took taught tore told thought threw trod understood undertook underwent woke ' +
    'wore wove wept won wound withdrew wrote rebuilt overthrew overtook foresaw upheld withheld mistook befell beheld'
  ).split(' '),
);
const BEFORE_NOUN = new Set('a an the this that these those its his her their our my your of in on at by for from with into to and or as many some several all both each'.split(' '));
const SUBJECT_PRONOUNS = new Set('i we you they he she it who which that'.split(' '));

/** Whether an English sentence may have a finite verb outside its brackets (see above: doubt counts as yes). */
export function mayHaveFiniteVerb(sentence: string): boolean {
  const text = sentence.replace(/\([^()]*\)/g, ' ');
  const words = englishWords(text);
  for (let i = 0; i < words.length; i++) {
    const { word, start, end } = words[i]!;
    if (AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed'))) return true;
    if (i === 0 || !/^[a-z]/.test(text[start]!) || /\d/.test(text.slice(start, end))) continue;
    const before = words[i - 1]!.word;
    if (word.length > 3 && /[^su]s$/.test(word) && !BEFORE_NOUN.has(before)) return true;
    if (SUBJECT_PRONOUNS.has(before) && !words[i]!.stop) return true;
  }
  return false;
}

// Subordinating conjunctions: the clause they open cannot stand alone. Relatives (who, which) are
// left out: a translation often drops the comma that would close their clause before the main verb.
const SUBORDINATORS = new Set('if when whenever after before although though because while as since until unless whereas once'.split(' '));
const COORDINATORS = new Set('and but or nor so then yet'.split(' '));

/**
 * Whether an English sentence may have a main clause: a stretch between commas, semicolons and
 * colons (outside brackets) that does not open with a subordinating conjunction (if, when, although, …)
 * and may have a finite verb (mayHaveFiniteVerb, generous). "If they mature further." and "When
 * he was sixteen, a monk in Jufuku-ji Temple." have a verb but no main clause.
 */
export function mayHaveMainClause(sentence: string): boolean {
  const text = sentence.replace(/\([^()]*\)/g, ' ');
  for (const stretch of text.split(/[,;:]/)) {
    const words = englishWords(stretch);
    let first = 0;
    while (first < words.length && COORDINATORS.has(words[first]!.word)) first++;
    if (first < words.length && SUBORDINATORS.has(words[first]!.word)) continue;
    if (mayHaveFiniteVerb(stretch)) return true;
  }
  return false;
}
