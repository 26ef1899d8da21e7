// Terminology checks for diff. With a glossary: a Japanese glossary term whose approved English is
// missing from the aligned English sentence. Without one: a term the document defines
// (（以下「国研」という。） / (hereinafter referred to as "Kokken")) that the English renders one
// way in some places and another way in others. Regular expressions only: no kuromoji here, diff
// must stay fast. Reading a glossary file (CSV, TBX) is glossary-file.ts: only a run with
// --glossary loads its parsers.
import { createHash } from 'node:crypto';
import { sectionLabel } from '../diff/detect/locate.js';
import type { Alignment, Discrepancy } from '../model.js';
import { englishLinks, japaneseLinks, linkDefinitions } from './definitions.js';
import { englishTermPattern, japaneseTermFinder } from './match.js';
import { alignedTexts, type AlignedText } from './sentence-pairs.js';
import { normalizeJapanese } from './text.js';

export interface GlossaryEntry {
  ja: string;
  /** Approved English renderings; any one of them satisfies the check. */
  en: string[];
}

// ---------------------------------------------------------------- findings

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(['terminology', ...parts].join('\u0000')).digest('hex').slice(0, 16);
}

function finding(alignment: Alignment, text: AlignedText, jaTerm: string, fields: { expected: string; found?: string; message: string; enText?: string }): Discrepancy {
  const pair = alignment.pairs.find((p) => p.id === text.pair);
  return {
    id: fingerprint(jaTerm, fields.expected, fields.found ?? '', text.en),
    kind: 'terminology',
    severity: 'warning',
    ja: { lines: text.jaLines, text: jaTerm, context: text.jaRaw },
    en: { lines: text.enLines, text: fields.enText ?? text.enRaw, context: text.enRaw },
    expected: fields.expected,
    ...(fields.found !== undefined ? { found: fields.found } : {}),
    message: fields.message,
    section: sectionLabel(alignment.ja, pair?.section.ja ?? null),
    pair: text.pair,
  };
}

function quoteList(renderings: string[]): string {
  return renderings.map((r) => `"${r}"`).join(' or ');
}

/** Glossary terms in the Japanese whose approved English is absent from the aligned English. */
function glossaryFindings(alignment: Alignment, texts: AlignedText[], glossary: GlossaryEntry[]): Discrepancy[] {
  const entries = glossary.map((entry) => ({ ...entry, ja: normalizeJapanese(entry.ja), find: japaneseTermFinder(entry.ja), pattern: englishTermPattern(entry.en) }));
  const findings: Discrepancy[] = [];
  for (const text of texts) {
    const hits = entries.flatMap((entry) => entry.find(text.ja).map((at) => ({ entry, at, end: at + entry.ja.length, ok: entry.pattern.test(text.en) })));
    const reported = new Set<string>();
    for (const hit of hits) {
      if (hit.ok || reported.has(hit.entry.ja)) continue;
      // 量子 inside 量子技術: the longer glossary term, when rendered, covers the shorter one
      if (hits.some((other) => other !== hit && other.ok && other.at <= hit.at && other.end >= hit.end && other.entry.ja.length > hit.entry.ja.length)) continue;
      reported.add(hit.entry.ja);
      findings.push(
        finding(alignment, text, hit.entry.ja, {
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
    for (const link of linkDefinitions(japaneseLinks(text.ja), englishLinks(text.en))) {
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
function variationFindings(alignment: Alignment, texts: AlignedText[]): Discrepancy[] {
  const findings: Discrepancy[] = [];
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
    const variants = uses.filter((use) => !use.short && use.long);
    if (asDefined === 0 || variants.length === 0) continue;
    for (const variant of variants) {
      findings.push(
        finding(alignment, variant.text, term.ja, {
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

/** Terminology findings of an alignment, in document order: against the glossary when one is given. */
export function terminologyFindings(alignment: Alignment, glossary: GlossaryEntry[] | null): Discrepancy[] {
  const texts = alignedTexts(alignment);
  return glossary ? glossaryFindings(alignment, texts, glossary) : variationFindings(alignment, texts);
}
