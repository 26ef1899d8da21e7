// Text helpers the glossary matches on. Matching always uses normalised text (NFKC, PDF spacing
// repaired); raw text is only for display.

// TODO(parse): replace normalizeJapanese with parse's repairSpacing once it lands on main.
// The parse stage already fills Sentence.normalized; this local repair is idempotent and only
// guards against stub or partial normalisation upstream.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\u30fc\\u30fb\\uff01-\\uff60';
// "CA I O": capitals split unevenly by the PDF; joined when one piece is a lone letter
const SPACED_CAPITALS = /(?<![A-Za-z0-9])[A-Z]+(?: [A-Z]+)+(?![A-Za-z0-9])/g;
function isUnevenSplit(pieces: string[]): boolean {
  return pieces.some((piece) => piece.length === 1) && pieces.some((piece) => piece.length > 1);
}
const SPACE_BESIDE_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu');
// "A I S I", "e - C S T I", "S P r i n g - 8": single letters/digits separated by single spaces
const SPACED_LETTERS = /(?<![A-Za-z0-9])[A-Za-z0-9](?: ?- ?[A-Za-z0-9]| [A-Za-z0-9])+(?![A-Za-z0-9])/g;

/** NFKC, PDF letter spacing joined, no space beside Japanese characters, white space collapsed. */
export function normalizeJapanese(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(SPACED_CAPITALS, (run) => (isUnevenSplit(run.split(' ')) ? run.replace(/ /g, '') : run))
    .replace(SPACED_LETTERS, (run) => run.replace(/ /g, ''))
    .replace(SPACE_BESIDE_CJK, '')
    .replace(/\s*([()])\s*/g, '$1')
    .trim();
}

/** NFKC and white space collapsed; English needs no spacing repair beyond that. */
export function normalizeEnglish(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const KATAKANA_RUN = /^[\p{Script=Katakana}ー・]+$/u;
export function isKatakanaTerm(text: string): boolean {
  return KATAKANA_RUN.test(text) && /[^ー・]/u.test(text);
}

export function hasJapanese(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}

const SMALL_WORDS = new Set(['a', 'an', 'the']);

/** Trims an English term for display: outer punctuation and quotes, a leading article. */
export function cleanEnglishTerm(text: string): string {
  let term = normalizeEnglish(text)
    .replace(/^[\s"'“”‘’(,.;:]+|[\s"'“”‘’),.;:]+$/g, '')
    .trim();
  const first = term.split(' ')[0]?.toLowerCase() ?? '';
  if (SMALL_WORDS.has(first) && term.includes(' ')) term = term.slice(first.length + 1);
  return term;
}

/** Trims a Japanese term: outer brackets and punctuation, trailing 等. */
export function cleanJapaneseTerm(text: string): string {
  return normalizeJapanese(text)
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}

/** Singular of one English word, for keys: agencies → agency, systems → system; keeps -ss, -us, -is. */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || /(ss|us|is|ics)$/.test(lower)) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(sses|shes|ches|xes|zes)$/.test(lower)) return word.slice(0, -2);
  if (/[^s]s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** Key of an English term: lower case, hyphens as spaces, last word singular. */
export function englishKey(term: string): string {
  const words = cleanEnglishTerm(term).toLowerCase().replace(/[-‐–]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  words[words.length - 1] = singularize(words[words.length - 1]!);
  return words.join(' ');
}

/** Whether an English word is an acronym-like name: AISI, G-QuAT, J-PEAKS, SPring-8, RIKEN. */
export function isAcronym(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9&.\-]{0,14}$/.test(word)) return false;
  const upper = (word.match(/[A-Z]/g) ?? []).length;
  return upper >= 2 && upper >= word.replace(/[^A-Za-z]/g, '').length / 2;
}
