// Terminology checks for diff. With a glossary: a Japanese glossary term whose approved English is
// missing from the aligned English sentence. Without one: a term the document defines
// (（以下「国研」という。） / (hereinafter referred to as "Kokken")) that the English renders one
// way in some places and another way in others. Regular expressions only: no kuromoji here, diff
// must stay fast. The term matching is the glossary's (src/glossary/match.ts, definitions.ts);
// reading a glossary file (CSV, TBX) is glossary-file.ts: only a run with --glossary loads its parsers.
import { definitionsIn } from '../../glossary/definitions.js';
import { adverbPattern, englishTermPattern, japaneseTermFinder, standsAlone, verbRephrasePattern } from '../../glossary/match.js';
import { alignedTexts, type AlignedText } from '../../glossary/sentence-pairs.js';
import { normalizeJapanese } from '../../glossary/text.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import type { Block, LineRange, Sentence, Side } from '../../model.js';
import type { Detector, Draft } from './detector.js';
import { blockIdOfSentence } from './locate.js';

export const terminologyDetector: Detector = {
  kinds: [
    {
      kind: 'terminology',
      defaultSeverity: 'warning',
      name: 'Terminology',
      title: 'terminology',
      label: 'Terminology',
      summary: 'A term translated inconsistently.',
      description: 'A term is translated differently from the glossary or from its other occurrences.',
      help: 'Use the glossary translation of the term consistently.',
    },
  ],
  detect: ({ alignment, glossary }) => {
    const texts = alignedTexts(alignment);
    return glossary ? glossaryFindings(texts, glossary) : variationFindings(texts);
  },
};

// ---------------------------------------------------------------- findings

const isSentence = (part: Sentence | Block): part is Sentence => 'start' in part;

/** A side made of the aligned text's parts, pointing at `concerned` inside them when it is there. */
function partsSide(parts: Array<Sentence | Block>, lines: LineRange, text: string, context: string): Side {
  const side: Side = { lines, text, context, blocks: [...new Set(parts.map((p) => (isSentence(p) ? blockIdOfSentence(p) : p.id)))] };
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (!only) return side;
  if (isSentence(only)) side.sentence = only.id;
  const at = only.normalized.indexOf(text);
  if (at >= 0) {
    const base = isSentence(only) ? only.start : 0;
    side.span = [base + at, base + at + text.length];
  }
  return side;
}

function finding(text: AlignedText, jaTerm: string, fields: { expected: string; found?: string; message: string; enText?: string }): Draft {
  return {
    kind: 'terminology',
    ja: partsSide(text.jaParts, text.jaLines, jaTerm, text.jaRaw),
    en: partsSide(text.enParts, text.enLines, fields.enText ?? text.enRaw, text.enRaw),
    expected: fields.expected,
    ...(fields.found !== undefined ? { found: fields.found } : {}),
    message: fields.message,
    pair: text.pair,
  };
}

function quoteList(renderings: string[]): string {
  return renderings.map((r) => `"${r}"`).join(' or ');
}

/**
 * Glossary terms in the Japanese whose approved English is absent from the aligned English. A term
 * inside a longer word is not the term (see standsAlone); a rendering rephrased with its verb, or
 * the adverb of a one-word rendering where the Japanese says Xに, counts as used.
 */
function glossaryFindings(texts: AlignedText[], glossary: GlossaryEntry[]): Draft[] {
  const entries = glossary.map((entry) => {
    const patterns = [englishTermPattern(entry.en), ...entry.en.flatMap((rendering) => verbRephrasePattern(rendering) ?? [])];
    const adverb = adverbPattern(entry.en);
    return {
      ...entry,
      ja: normalizeJapanese(entry.ja),
      find: japaneseTermFinder(entry.ja),
      rendered: (en: string) => patterns.some((p) => p.test(en)),
      renderedAsAdverb: (en: string) => adverb?.test(en) ?? false,
    };
  });
  const findings: Draft[] = [];
  for (const text of texts) {
    const hits = entries.flatMap((entry) =>
      entry
        .find(text.ja)
        .filter((at) => standsAlone(text.ja, at, entry.ja))
        .map((at) => {
          const end = at + entry.ja.length;
          // Xに is the term used as an adverb: グローバルに活躍する → "globally competitive"
          return { entry, at, end, ok: entry.rendered(text.en) || (text.ja[end] === 'に' && entry.renderedAsAdverb(text.en)) };
        }),
    );
    const reported = new Set<string>();
    for (const hit of hits) {
      if (hit.ok || reported.has(hit.entry.ja)) continue;
      // 知 inside 知の基盤: the longer glossary term, when rendered, covers the shorter one
      if (hits.some((other) => other !== hit && other.ok && other.at <= hit.at && other.end >= hit.end && other.entry.ja.length > hit.entry.ja.length)) continue;
      reported.add(hit.entry.ja);
      findings.push(
        finding(text, hit.entry.ja, {
          expected: hit.entry.en.join(' | '),
          message: `glossary term ${hit.entry.ja} should be rendered ${quoteList(hit.entry.en)}, which the English does not use`,
        }),
      );
    }
  }
  return findings;
}

const MIN_OCCURRENCES = 3;

interface DefinedTerm {
  ja: string;
  short: string; // the English the document defines for it
  long: string | null; // the English it abbreviates
  definedIn: AlignedText;
}

/** Terms the document defines on both sides of one aligned pair (first definition wins). */
function definedTerms(texts: AlignedText[]): DefinedTerm[] {
  const terms = new Map<string, DefinedTerm>();
  for (const text of texts) {
    for (const link of definitionsIn(text.ja, text.en)) {
      if (link.ja.kind !== 'hereinafter' && link.en.kind !== 'hereinafter') continue;
      if (terms.has(link.ja.short)) continue;
      terms.set(link.ja.short, { ja: link.ja.short, short: link.en.short, long: link.en.long, definedIn: text });
    }
  }
  return [...terms.values()];
}

/**
 * A defined term rendered by its defined English in some places and by the long form it abbreviates
 * in others: each long-form place is reported. Places with neither are left to the omission check.
 */
function variationFindings(texts: AlignedText[]): Draft[] {
  const findings: Draft[] = [];
  for (const term of definedTerms(texts)) {
    if (!term.long) continue;
    const find = japaneseTermFinder(term.ja);
    const occurrences = texts.filter((text) => find(text.ja).length > 0);
    if (occurrences.length < MIN_OCCURRENCES) continue;
    const shortPattern = englishTermPattern([term.short]);
    const longPattern = englishTermPattern([term.long]);
    const uses = occurrences
      .filter((text) => text !== term.definedIn)
      .map((text) => ({ text, short: shortPattern.test(text.en), long: longPattern.exec(text.en)?.[0] ?? null }));
    const asDefined = uses.filter((use) => use.short).length;
    // inside a longer word (国研 in a name that has its own English) the term's rendering is not due
    const variants = uses.filter((use) => !use.short && use.long && find(use.text.ja).some((at) => standsAlone(use.text.ja, at, term.ja)));
    if (asDefined === 0 || variants.length === 0) continue;
    for (const variant of variants) {
      findings.push(
        finding(variant.text, term.ja, {
          expected: term.short,
          found: variant.long!,
          enText: variant.long!,
          message: `${term.ja} is defined as "${term.short}" (ja line ${term.definedIn.jaLines[0]}, en line ${term.definedIn.enLines[0]}) and rendered so in ${asDefined} other place${asDefined === 1 ? '' : 's'}, but as "${variant.long}" here`,
        }),
      );
    }
  }
  return findings;
}
