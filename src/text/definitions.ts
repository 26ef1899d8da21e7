// The phrasings by which a text defines a short name for itself: （以下「AISI」という。） and
// (hereinafter referred to as "AISI"). One set for every stage (the anchors' defined names, the
// glossary's term links), so a phrasing one accepts the other accepts too.

export interface DefinitionMatch {
  /** Where the phrase starts: its opening parenthesis when it has one, else 以下 / hereinafter. */
  start: number;
  /** Where it ends (exclusive), after the closing parenthesis when it has one. */
  end: number;
  /** The defined term as written between the quotes. */
  term: string;
  termStart: number;
  /** Enclosed in parentheses: (以下「X」) or (…; hereinafter "X"). */
  parenthesised: boolean;
}

const JA_VERB = 'という|とする|と総称する|と略す|と略称する|と称する|と呼ぶ';
// 以下「X」という, or in parentheses with or without the verb: (以下、「X」という。), (以下「X」)
const JA_DEFINITION = new RegExp(`(?<open>\\()?以下[、,]?「(?<term>[^「」]+)」(?:(?<verb>${JA_VERB})。?|。)?(?<close>\\))?`, 'gu');
// hereinafter [,] [collectively] [referred to | called] [as] [the] "X", optionally inside parentheses
// that may start with a note: (the Act; hereinafter "the Act")
const EN_DEFINITION =
  /(?<open>\((?:[^()]*?[;,]\s*)?)?hereinafter,?(?:\s+(?:collectively\s+)?(?:referred\s+to|called)(?:\s+as)?)?(?:\s+the)?\s*["“](?<term>[^"”]+)["”](?<close>\s*\))?/giu;

/** Every definition phrase in `text` (normalised: NFKC, so parentheses are ASCII), in order. */
export function findDefinitionPhrases(text: string, lang: 'ja' | 'en'): DefinitionMatch[] {
  const found: DefinitionMatch[] = [];
  for (const match of text.matchAll(lang === 'ja' ? JA_DEFINITION : EN_DEFINITION)) {
    const { open, term, verb, close } = match.groups!;
    const parenthesised = open !== undefined && close !== undefined;
    // Japanese without parentheses needs its verb: 以下「X」 alone may be a quotation.
    if (lang === 'ja' && !parenthesised && verb === undefined) continue;
    const quoteAt = match[0].lastIndexOf(lang === 'ja' ? '「' : term!, lang === 'ja' ? undefined : match[0].length - 1);
    const termStart = match.index + (lang === 'ja' ? quoteAt + 1 : quoteAt);
    // an unmatched parenthesis belongs to the surrounding text, not to the phrase
    const start = parenthesised ? match.index : match.index + (open?.length ?? 0);
    const end = parenthesised ? match.index + match[0].length : match.index + match[0].length - (close?.length ?? 0);
    found.push({ start, end, term: term!, termStart, parenthesised });
  }
  return found;
}
