// Word links of the sentence pairs of an alignment (src/lexicon/links.ts), computed on demand:
// the JSON contract asks for every pair's (withWordLinks), diff's lexical detectors only for the
// pairs they check (sentencePairLinks), so a plain `diff` does not link a thousand pairs it never
// reads. Associations are learned once per alignment from its own 1-1 sentence pairs, so a word
// the dictionary lacks but the document translates consistently is linked too. Each Japanese
// sentence's segmentation is the one align computed (tokensOf).
import { type Associations, learnAssociations, type LinkSentence, linkWords, type SentenceLinks } from '../lexicon/links.js';
import { type JapaneseToken, tokensOf } from '../lexicon/segment.js';
import type { Alignment, Anchor, Sentence, SentencePair } from '../model.js';

/** One side of a sentence pair as one text: its sentences joined by '\n' (WordLink offsets count in it). */
export function sideText(sentences: Sentence[]): string {
  return sentences.map((s) => s.normalized).join('\n');
}

function linkSide(sentences: Sentence[], japanese: boolean): LinkSentence {
  if (sentences.length === 1) {
    const only = sentences[0]!;
    return { normalized: only.normalized, anchors: only.anchors, tokens: japanese ? tokensOf(only) : undefined };
  }
  const anchors: Anchor[] = [];
  const tokens: JapaneseToken[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    for (const a of sentence.anchors) anchors.push({ ...a, start: a.start + offset, end: a.end + offset });
    if (japanese) for (const t of tokensOf(sentence)) tokens.push({ ...t, start: t.start + offset, end: t.end + offset });
    offset += sentence.normalized.length + 1;
  }
  return { normalized: sideText(sentences), anchors, tokens: japanese ? tokens : undefined };
}

const associationsOf = new WeakMap<Alignment, Associations>();
const linksOf = new WeakMap<SentencePair, SentenceLinks>();

function documentAssociations(alignment: Alignment): Associations {
  let associations = associationsOf.get(alignment);
  if (!associations) {
    const oneToOne = alignment.pairs.flatMap((p) => p.sentences).filter((s) => s.type === '1-1');
    associations = learnAssociations(oneToOne.map((s) => ({ ja: s.ja[0]!.normalized, en: s.en[0]!.normalized, jaTokens: tokensOf(s.ja[0]!) })));
    associationsOf.set(alignment, associations);
  }
  return associations;
}

/**
 * The links of one sentence pair of the alignment (null for a 1-0 / 0-1 pair), computed once and
 * kept while the pair lives; `remember: false` (a writer that reads each pair once) keeps nothing
 * new, so a long document's links are never all in memory at once.
 */
export function sentencePairLinks(alignment: Alignment, pair: SentencePair, remember = true): SentenceLinks | null {
  if (pair.ja.length === 0 || pair.en.length === 0) return null;
  let links = linksOf.get(pair);
  if (!links) {
    const found = linkWords(linkSide(pair.ja, true), linkSide(pair.en, false), { associations: documentAssociations(alignment) });
    links = { links: found.links, coverage: { ja: round(found.coverage.ja), en: round(found.coverage.en) } };
    if (remember) linksOf.set(pair, links);
  }
  return links;
}

/** The links asked of an alignment beyond its sentence pairs, by the sentence ids of both sides: the
 *  detectors ask about a merge's sentences again as the rest of each other and as the whole (two of
 *  every three questions of the omission detector on the seeds). A question that is a sentence
 *  pair of the alignment goes to sentencePairLinks, which keeps the answer for every detector. */
const linksAsked = new WeakMap<Alignment, { asked: Map<string, SentenceLinks | null>; pairs: Map<Sentence, SentencePair> }>();

const sameSentences = (x: Sentence[], y: Sentence[]) => x.length === y.length && x.every((s, i) => s === y[i]);

/** The word links of `ja` with `en` (consecutive sentences of each side), as sentencePairLinks makes them for a sentence pair. */
export function linksBetween(alignment: Alignment, ja: Sentence[], en: Sentence[]): SentenceLinks | null {
  let memo = linksAsked.get(alignment);
  if (!memo) {
    const pairs = new Map<Sentence, SentencePair>();
    for (const pair of alignment.pairs) for (const sp of pair.sentences) if (sp.ja.length > 0) pairs.set(sp.ja[0]!, sp);
    linksAsked.set(alignment, (memo = { asked: new Map(), pairs }));
  }
  const aligned = memo.pairs.get(ja[0]!);
  if (aligned && sameSentences(aligned.ja, ja) && sameSentences(aligned.en, en)) return sentencePairLinks(alignment, aligned);
  const key = `${ja.map((s) => s.id).join(',')}|${en.map((s) => s.id).join(',')}`;
  let links = memo.asked.get(key);
  if (links === undefined) {
    links = sentencePairLinks(alignment, { type: '1-1', score: 0, ja, en }, false);
    memo.asked.set(key, links);
  }
  return links;
}

/** The alignment with `links` and `coverage` filled in every sentence pair that has both sides. */
export function withWordLinks(alignment: Alignment): Alignment {
  const pairs = alignment.pairs.map((pair) => ({
    ...pair,
    sentences: pair.sentences.map((s) => {
      const found = sentencePairLinks(alignment, s);
      return found ? { ...s, links: found.links, coverage: found.coverage } : s;
    }),
  }));
  return { ...alignment, pairs };
}

/**
 * Share of a sentence's content words linked to the other side below which none of it is taken to
 * be translated there: faithful sentences of the dev corpus mostly link half or more, a sentence
 * dropped beside a merged neighbour a fifth or less (a name or a common word by chance).
 */
export const UNLINKED = 0.3;

/**
 * The share of `member`'s content that links to `other` once `rest` has linked there first: what
 * the member translates that the rest of its group does not. Linked together, the member would
 * take the words it shares with the rest (the topic words of two paragraphs on one subject) and
 * look translated; here only the other side's words the rest leaves free count. No associations:
 * the block aligner asks before any sentence is paired.
 */
export function residualCoverage(member: Sentence[], rest: Sentence[], other: Sentence[], memberSide: 'ja' | 'en'): number {
  const otherSide = linkSide(other, memberSide === 'en');
  const restSide = linkSide(rest, memberSide === 'ja');
  const taken = linkWords(memberSide === 'ja' ? restSide : otherSide, memberSide === 'ja' ? otherSide : restSide).links.map((l) => (memberSide === 'ja' ? l.en : l.ja));
  // the taken words blanked out in place, so that every other offset stays as it was
  const blank = memberSide === 'ja' ? ' ' : '\u3000';
  const units = otherSide.normalized.split('');
  for (const [from, to] of taken) for (let at = from; at < to; at++) if (units[at] !== '\n') units[at] = blank;
  const free = {
    normalized: units.join(''),
    anchors: otherSide.anchors?.filter((a) => !taken.some(([from, to]) => a.start < to && from < a.end)),
  };
  const own = linkSide(member, memberSide === 'ja');
  const found = memberSide === 'ja' ? linkWords(own, free) : linkWords(free, own);
  return found.coverage[memberSide];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
