// Lexical cues that need no tokenizer: loanwords compared by consonant skeleton (ロケット ~ rocket),
// and the words every Japanese science-policy text uses (ALIGN_TERMS of src/lexicon/supplement.ts).
// Like hunalign's dictionary, it only tips the balance between candidates the numbers and lengths
// leave open.
import { ALIGN_TERMS } from '../lexicon/supplement.js';
import { englishSkeleton, katakanaSkeleton } from '../text/loanword.js';
import { remembered } from '../text/remembered.js';

/** Concept id ← Japanese spelling(s), English spelling(s). English forms are matched as word prefixes. */
const POLICY_TERMS: Array<[string, string[], string[]]> = ALIGN_TERMS.map((t) => [t.id, t.ja, t.en]);

interface CompiledTerm {
  id: string;
  ja: string[];
  /** What englishConcepts matches, as a regular expression: the definition, kept for the tests. */
  en: RegExp;
}

const COMPILED: CompiledTerm[] = POLICY_TERMS.map(([id, ja, en]) => ({
  id,
  ja,
  en: new RegExp(`\\b(?:${en.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|')})`, 'i'),
}));

// (loops, not filter and some: asked of every unit of a document, and a closure per term per call was most of what it allocated)
export function japaneseConcepts(text: string): string[] {
  const out: string[] = [];
  for (let t = 0; t < COMPILED.length; t++) {
    const term = COMPILED[t]!;
    for (let k = 0; k < term.ja.length; k++) {
      if (text.includes(term.ja[k]!)) {
        out.push(term.id);
        break;
      }
    }
  }
  return out;
}

// englishConcepts matches the terms' expressions in one pass over the text instead of running 90 of
// them over every sentence: at each word start, only the forms beginning with the same three
// characters (case folded) are tried, which is rarely any.
interface EnglishForm {
  term: number;
  words: string[]; // lower-case; a space in the form matches [\s-]+
}

/** The first three characters of a form, or of the text at `at`, as one number (ASCII letters folded to lower case). */
function prefixKey(text: string, at: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k); // NaN past the end: never a key of a form
    key = key * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return key;
}

const FORMS_BY_PREFIX = new Map<number, EnglishForm[]>();
POLICY_TERMS.forEach(([, , en], term) => {
  for (const form of en) {
    // every form starts with three characters, a letter first, no space among them ("r&d" is one)
    if (!/^[a-z][^ ]{2}/.test(form)) throw new Error(`policy term form "${form}" is too short for the prefix index`);
    const key = prefixKey(form, 0);
    const list = FORMS_BY_PREFIX.get(key) ?? [];
    list.push({ term, words: form.split(' ') });
    FORMS_BY_PREFIX.set(key, list);
  }
});

const SEPARATOR = /[\s-]/;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Case-insensitive as the expressions' 'i' flag is: an ASCII letter matches only itself in either case. */
function formAt(text: string, at: number, form: EnglishForm): boolean {
  for (let w = 0; w < form.words.length; w++) {
    if (w > 0) {
      const start = at;
      while (at < text.length && SEPARATOR.test(text[at]!)) at++;
      if (at === start) return false;
    }
    const word = form.words[w]!;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(at + k);
      const p = word.charCodeAt(k);
      if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false;
    }
    at += word.length;
  }
  return true;
}

export function englishConcepts(text: string): string[] {
  const found = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue; // \b before a letter
    const forms = FORMS_BY_PREFIX.get(prefixKey(text, at));
    if (forms) for (const form of forms) if (!found.has(form.term) && formAt(text, at, form)) found.add(form.term);
  }
  const out: string[] = [];
  if (found.size > 0) for (let term = 0; term < COMPILED.length; term++) if (found.has(term)) out.push(COMPILED[term]!.id);
  return out;
}

/** The regular-expression form of englishConcepts, which the tests compare it with. */
export function englishConceptsByExpression(text: string): string[] {
  return COMPILED.filter((t) => t.en.test(text)).map((t) => t.id);
}

const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,}/g;
const ENGLISH_WORD = /[A-Za-z]{4,}/g;

// ロケット and "rocket" share the key k:RKT (src/text/loanword.ts). A document repeats the same words
// hundreds of times, and romanisation is slow: the keys are remembered per word.
const keyOf = (skeleton: string): string | null => (skeleton.length >= 3 ? `k:${skeleton}` : null);
const skeletonKeys = { ja: remembered((word: string) => keyOf(katakanaSkeleton(word))), en: remembered((word: string) => keyOf(englishSkeleton(word))) };

function skeletonKey(word: string, lang: 'ja' | 'en'): string | null {
  return skeletonKeys[lang](word);
}

// exec in a loop, not matchAll: no iterator and no copy of the expression per unit of a document
function skeletons(text: string, words: RegExp, lang: 'ja' | 'en'): string[] {
  const out: string[] = [];
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const key = skeletonKey(match[0], lang);
    if (key !== null) out.push(key);
  }
  return out;
}

export function katakanaSkeletons(text: string): string[] {
  return skeletons(text, KATAKANA_RUN, 'ja');
}

export function englishSkeletons(text: string): string[] {
  return skeletons(text, ENGLISH_WORD, 'en');
}
