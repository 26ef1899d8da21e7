// The small, closed vocabulary of anchor qualifiers. An anchor's `qualifier` is one or more of these
// words separated by single spaces, always in the order below, so two anchors qualified the same
// way compare equal as strings whatever order the words had in the text.
export const QUALIFIERS = [
  // what kind of number
  'ordinal', // 第3期, 3rd, "third phase", "Sixth Basic Plan"
  'percent', // 10%, "10 percent"
  'times', // 100倍, "100 times", "twice"
  // which part of a period
  'early', // 前半, 初頭, "early 2030s"
  'mid', // 半ば, 年央, "mid-2020s"
  'late', // 後半, "late 2020s"
  'spring',
  'summer',
  'autumn',
  'winter',
  'end', // 末, "the end of"
  // how exact
  'about', // numbers: 約, 程度, "approximately 30"
  'around', // dates: 頃, "around 2030"
  // bounds
  'at-least', // 以上, "at least", "or more"
  'over', // 超, "more than", "over"
  'at-most', // 以下, "up to", "or less"
  'under', // 未満, "less than", "under"
  'during', // 年度中, "during FY2025"
  'by', // まで(に), めど, "by", "until"
  'from', // から, より, 以降, "from", "since"
  // names and titles
  'defined', // (以下「AISI」という。), (hereinafter referred to as "AISI")
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

const rank = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

/** Canonical qualifier string for a set of qualifiers, or undefined when there is none. */
export function joinQualifiers(qualifiers: Iterable<Qualifier>): string | undefined {
  const unique = [...new Set(qualifiers)].sort((a, b) => rank.get(a)! - rank.get(b)!);
  return unique.length > 0 ? unique.join(' ') : undefined;
}

/** The words of an anchor's qualifier string. */
export function splitQualifiers(qualifier: string | undefined): Qualifier[] {
  return qualifier ? (qualifier.split(' ').filter((q) => rank.has(q)) as Qualifier[]) : [];
}
