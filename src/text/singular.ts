// The singular of an English word, for keys and for sound comparison (Japanese has no plural:
// スタートアップ, "startups").

// Words that end in s without being plurals of anything shorter.
const NOT_PLURAL = new Set(['overseas', 'series', 'species', 'means', 'news', 'headquarters', 'whereas', 'always', 'perhaps', 'sometimes', 'various', 'across', 'towards', 'afterwards', 'nervous', 'previous', 'gas', 'lens', 'atlas', 'canvas', 'bias', 'chaos', 'ethos', 'kudos']);

/** Singular of one English word, for keys: agencies → agency, systems → system; keeps -ss, -us, -is. */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || NOT_PLURAL.has(lower) || /(ss|us|is|ics)$/.test(lower)) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(sses|shes|ches|xes|zes)$/.test(lower)) return word.slice(0, -2);
  if (/[^s]s$/.test(lower)) return word.slice(0, -1);
  return word;
}
