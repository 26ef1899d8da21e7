// Evidence from every source, combined into ranked term pairs.
import type { Token } from '../anchors/tokenizer.js';
import { associate, DEFAULT_ASSOCIATION, type AssociationOptions } from './association.js';
import { compositionEvidence } from './composition.js';
import { definitionEvidence } from './definitions.js';
import { englishTermPattern, japaneseTermFinder } from './match.js';
import { katakanaEvidence } from './katakana.js';
import { englishPhrases, japanesePhrases } from './phrases.js';
import { quoteEvidence } from './quotes.js';
import { readingEvidence } from './readings.js';
import { termhood } from './termhood.js';
import type { AlignedText } from './sentence-pairs.js';
import { hasJapanese } from '../text/script.js';
import { cleanEnglishTerm, cleanJapaneseTerm, englishKey, singularize } from './text.js';
import { EVIDENCE_SOURCES, type Evidence, type EvidenceSource, type TermCandidate, type TermExample } from './types.js';

export interface GlossaryOptions {
  /** Drop candidates seen together in fewer aligned pairs than this (association needs at least 3). */
  minCount: number;
  association: AssociationOptions;
  maxExamples: number;
}

export const DEFAULT_GLOSSARY: GlossaryOptions = { minCount: 1, association: DEFAULT_ASSOCIATION, maxExamples: 3 };

/** Evidence from association over the whole alignment (one item per linked pair). */
export function associationEvidence(texts: AlignedText[], tokens: Token[][], options: AssociationOptions): { evidence: Evidence[]; surfaces: Map<string, Map<string, number>> } {
  const japanese = tokens.map((sentence) => japanesePhrases(sentence));
  const surfaces = new Map<string, Map<string, number>>();
  const english = texts.map((text) => {
    const phrases = englishPhrases(text.en);
    for (const [key, surface] of phrases.terms) {
      const forms = surfaces.get(key) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaces.set(key, forms);
    }
    return phrases;
  });
  const places = { ja: japanese, en: english };
  const evidence = associate(
    japanese.map((phrases) => phrases.terms),
    english.map((phrases) => [...phrases.terms.keys()]),
    options,
    places,
  ).map(
    (pair): Evidence => ({
      ja: pair.ja,
      en: pair.en,
      source: 'association',
      // Dice says how exclusively the two go together; few shared pairs make it less certain
      confidence: pair.dice * (1 - 1 / (pair.count + 1)),
      text: null,
    }),
  );
  return { evidence, surfaces };
}

interface Group {
  ja: string;
  enKey: string;
  items: Evidence[];
}

/** Per source, the best confidence, raised a little by each further independent observation. */
function sourceConfidence(items: Evidence[]): number {
  const best = Math.max(...items.map((item) => item.confidence));
  const seenIn = new Set(items.map((item) => item.text?.index ?? -1)).size;
  return best + (1 - best) * Math.min(0.5, 0.15 * (seenIn - 1));
}

/** Noisy-or of the sources' confidences: how sure the evidence is that `en` translates `ja`. */
function combinedConfidence(items: Evidence[]): { confidence: number; sources: EvidenceSource[] } {
  const sources = EVIDENCE_SOURCES.filter((source) => items.some((item) => item.source === source));
  let doubt = 1;
  for (const source of sources) doubt *= 1 - sourceConfidence(items.filter((item) => item.source === source));
  return { confidence: 1 - doubt, sources };
}

const TITLE_SOURCES = new Set<EvidenceSource>(['definition', 'abbreviation', 'quote', 'reading']);

function mostFrequent(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/** How the English term is shown: a name as written; a common phrase in lower case and singular. */
function englishDisplay(group: Group, surfaces: Map<string, Map<string, number>>, englishText: string): string {
  const named = new Map<string, number>();
  for (const item of group.items) if (TITLE_SOURCES.has(item.source)) named.set(cleanEnglishTerm(item.en), (named.get(cleanEnglishTerm(item.en)) ?? 0) + 1);
  if (named.size > 0) return lowerSentenceInitial(mostFrequent(named));
  const forms = new Map<string, number>(surfaces.get(group.enKey) ?? []);
  for (const item of group.items) if (item.source === 'katakana' || item.source === 'dictionary') forms.set(item.en, (forms.get(item.en) ?? 0) + 1);
  if (forms.size === 0) return group.enKey;
  const form = mostFrequent(forms);
  // a capital only from a sentence start or a name around it ("AI Safety Institute") is dropped
  // when the document also writes the word in lower case; "Ouranos" keeps its capital
  const lower = form.toLowerCase();
  const common = form === lower || containsWord(englishText, lower);
  const words = (common ? lower : form).split(' ');
  if (common) words[words.length - 1] = singularize(words[words.length - 1]!);
  return words.join(' ');
}

/** Whether `text` holds `phrase` exactly (case included) as whole words. */
function containsWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + phrase.length] ?? '')) return true;
  }
  return false;
}

/** "Artificial intelligence" (capital only because it opened a sentence) → "artificial intelligence". */
function lowerSentenceInitial(term: string): string {
  const words = term.split(' ');
  if (words.length >= 2 && /^[A-Z][a-z]+$/.test(words[0]!) && words.slice(1).every((word) => /^[a-z][a-z\-]*$/.test(word))) {
    return term[0]!.toLowerCase() + term.slice(1);
  }
  return term;
}

/** Aligned pairs where both terms occur, in document order. */
function cooccurrences(ja: string, en: string, texts: AlignedText[], lowerEnglish: string[]): AlignedText[] {
  const find = japaneseTermFinder(ja);
  // a cheap test first: the unicode regular expression is costly on every sentence of every candidate
  const stem = en.toLowerCase().split(/[\s\-/]+/)[0]!.slice(0, 3);
  const pattern = englishTermPattern([en]);
  return texts.filter((text, i) => find(text.ja).length > 0 && lowerEnglish[i]!.includes(stem) && pattern.test(text.en));
}

/** Ranks term pairs from all evidence: score, then count, then the texts, so ties never reorder. */
export function rankCandidates(evidence: Evidence[], texts: AlignedText[], surfaces: Map<string, Map<string, number>>, options: GlossaryOptions): TermCandidate[] {
  const groups = new Map<string, Group>();
  for (const item of evidence) {
    const ja = cleanJapaneseTerm(item.ja);
    const enKey = englishKey(item.en);
    if (!ja || !enKey || !hasJapanese(ja)) continue;
    const key = `${ja}\u0000${enKey}`;
    const group = groups.get(key) ?? { ja, enKey, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const candidates: TermCandidate[] = [];
  const englishText = texts.map((text) => text.en).join('\n');
  const lowerEnglish = texts.map((text) => text.en.toLowerCase());
  const seenIn: Array<Set<number>> = [];
  for (const group of groups.values()) {
    const en = englishDisplay(group, surfaces, englishText);
    const together = cooccurrences(group.ja, en, texts, lowerEnglish);
    const evidenceTexts = group.items.flatMap((item) => (item.text ? [item.text] : []));
    // where the pair was observed counts even when the cleaned term is not verbatim in the text
    // (a title whose nested definition was removed)
    const exampleTexts = [...new Map([...together, ...evidenceTexts].map((text) => [text.index, text])).values()].sort((a, b) => a.index - b.index);
    const count = exampleTexts.length;
    if (count < options.minCount) continue;
    const examples: TermExample[] = exampleTexts.slice(0, options.maxExamples).map((text) => ({ jaLines: text.jaLines, enLines: text.enLines }));
    const { confidence, sources } = combinedConfidence(group.items);
    // a term the general dictionary already has ranks below a domain term it lacks
    const score = Math.round(confidence * termhood(group.ja, en, sources) * 1000) / 1000;
    candidates.push({ ja: group.ja, en, score, count, sources, examples });
    seenIn.push(new Set(exampleTexts.map((text) => text.index)));
  }
  const kept = candidates.filter((candidate, i) => !pieceOfLonger(candidate, seenIn[i]!, candidates, seenIn));
  return kept.sort((a, b) => b.score - a.score || b.count - a.count || compare(a.ja, b.ja) || compare(a.en, b.en));
}

/**
 * Whether a candidate only ever appears inside a longer one: both its sides within the other's, in
 * no aligned pair the other lacks (キャンパス = Global Startup Campus beside グローバル・スタートアップ・キャンパス,
 * "Fusion Energy Innovation" beside "Fusion Energy Innovation Strategy").
 */
function pieceOfLonger(candidate: TermCandidate, seen: Set<number>, all: TermCandidate[], seenIn: Array<Set<number>>): boolean {
  // a term the document defines stands on its own
  if (candidate.sources.includes('definition')) return false;
  const en = candidate.en.toLowerCase();
  // with the same Japanese, only a window of association is taken for cut: "Marine Security Platform"
  // is right where a quote gives "Building a Marine Security Platform"
  const cutEnglish = candidate.sources.every((source) => source === 'association');
  return all.some((other, j) => {
    if (other === candidate || other.ja.length + other.en.length <= candidate.ja.length + candidate.en.length) return false;
    if (!other.ja.includes(candidate.ja) || !other.en.toLowerCase().includes(en)) return false;
    if (other.ja === candidate.ja && !cutEnglish) return false;
    for (const index of seen) if (!seenIn[j]!.has(index)) return false;
    return true;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Glossary candidates of aligned texts whose Japanese sides are already tokenised (tokens[i] for texts[i]). */
export function glossaryCandidates(texts: AlignedText[], tokens: Token[][], options: Partial<GlossaryOptions> = {}): TermCandidate[] {
  const settings: GlossaryOptions = { ...DEFAULT_GLOSSARY, ...options };
  settings.association = { ...settings.association, minCount: Math.max(settings.association.minCount, settings.minCount) };
  const association = associationEvidence(texts, tokens, settings.association);
  const evidence = [...definitionEvidence(texts), ...quoteEvidence(texts, tokens), ...readingEvidence(texts), ...katakanaEvidence(texts), ...compositionEvidence(texts, tokens), ...association.evidence];
  return rankCandidates(evidence, texts, association.surfaces, settings);
}
