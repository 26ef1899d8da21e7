// The one loanword skeleton: a katakana word and the English word it borrows reduce to the same key.
// Raw romaji is a poor match for English spelling (インスティテュート → "insuteiteyuuto" vs
// "institute"), so both sides are reduced to consonant skeletons over sound classes (s/z/j, t/d/ch,
// k/g, b/v/p, f/h, r/l, m/n). The aligner compares skeletons for equality, the glossary by edit
// distance together with the sound strings (vowel positions kept).
import { toRomaji } from 'wanakana';

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
