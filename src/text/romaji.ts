// Romaji folded for comparing a Japanese reading with an English spelling of a name: long vowels,
// macrons, case, spaces and hyphens aside (とうけいそうぼく, "Tokei Soboku" and "Tōkei Sōboku" agree).
import { toRomaji } from 'wanakana';
import { remembered } from './remembered.js';

const LOWER_LATIN = /^[a-z]*$/;
/** Every pair of letters the replacements below may fold (a superset: oh before a vowel stays). */
const FOLDED_PAIR = /ou|oo|oh|uu|ii|ee|aa|m[bmp]/;

/** Latin letters only, lower case, long vowels and macrons folded, m before b/m/p read as n. */
export function foldRomaji(latin: string): string {
  // most dictionary readings are folded already (karasuma): lower-case letters, none of the pairs below
  if (LOWER_LATIN.test(latin) && !FOLDED_PAIR.test(latin)) return latin;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou|oo|oh(?![aeiou])/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/ii/g, 'i')
    .replace(/ee/g, 'e')
    .replace(/aa/g, 'a')
    .replace(/m(?=[bmp])/g, 'n');
}

/** A kana reading (hiragana or katakana) as folded romaji. */
export const foldedReading = remembered((kana: string) => foldRomaji(toRomaji(kana)));
