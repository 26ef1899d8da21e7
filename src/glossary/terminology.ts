// Terminology checks for diff. With a glossary: a Japanese glossary term whose approved English is
// missing from the aligned English sentence. Without one: a term the document defines
// (（以下「国研」という。） / (hereinafter referred to as "Kokken")) that the English renders one
// way in some places and another way in others. Regular expressions only: no kuromoji here, diff
// must stay fast.
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { create } from 'xmlbuilder2';
import { sectionLabel } from '../diff/detect/locate.js';
import { InputError, type Alignment, type Discrepancy } from '../model.js';
import { englishLinks, japaneseLinks, linkDefinitions } from './definitions.js';
import { adverbPattern, englishTermPattern, japaneseTermFinder, standsAlone, verbRephrasePattern } from './match.js';
import { alignedTexts, type AlignedText } from './sentence-pairs.js';
import { cleanEnglishTerm, normalizeJapanese } from './text.js';

export interface GlossaryEntry {
  ja: string;
  /** Approved English renderings; any one of them satisfies the check. */
  en: string[];
}

export type GlossaryInputFormat = 'tsv' | 'csv' | 'tbx';

const HEADER_JA = new Set(['ja', 'japanese', 'source', 'term', 'source term', '日本語', '用語']);

/** Rows of [ja, en, …] → entries; a header row is skipped, several rows or "a | b" give several renderings. */
function entriesFromRows(rows: string[][], path: string | undefined): GlossaryEntry[] {
  const byJa = new Map<string, string[]>();
  rows.forEach((fields, i) => {
    const ja = (fields[0] ?? '').trim();
    const en = (fields[1] ?? '').trim();
    if (i === 0 && HEADER_JA.has(ja.toLowerCase())) return;
    if (!ja && !en) return;
    if (ja.startsWith('#')) return;
    if (!ja || !en) throw new InputError(`row ${i + 1} needs a Japanese term and its English rendering`, path);
    addEntry(byJa, ja, en.split('|'));
  });
  return [...byJa].map(([ja, en]) => ({ ja, en }));
}

function addEntry(byJa: Map<string, string[]>, ja: string, renderings: string[]): void {
  const key = normalizeJapanese(ja);
  const list = byJa.get(key) ?? [];
  for (const rendering of renderings.map((r) => cleanEnglishTerm(r)).filter(Boolean)) if (!list.includes(rendering)) list.push(rendering);
  if (list.length > 0) byJa.set(key, list);
}

const NOT_APPROVED = /deprecated|superseded|forbidden|obsolete/i;

type XmlElement = { getElementsByTagName(name: string): ArrayLike<XmlElement>; getAttribute(name: string): string | null; textContent: string | null; localName: string };

function elements(parent: XmlElement, ...names: string[]): XmlElement[] {
  return names.flatMap((name) => Array.from(parent.getElementsByTagName(name)));
}

/** TBX v3 (conceptEntry/langSec/termSec) and v2 (martif: termEntry/langSet/tig|ntig); deprecated terms are not approved. */
function entriesFromTbx(text: string, path: string | undefined): GlossaryEntry[] {
  let root: XmlElement;
  try {
    root = create(text).root().node as unknown as XmlElement;
  } catch (error) {
    throw new InputError(`is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, path);
  }
  // the lenient parser accepts a cut-off file; a TBX that does not end with its root is one
  if (!['tbx', 'martif'].includes(root.localName) || !new RegExp(`</(?:\\w+:)?${root.localName}>\\s*$`).test(text)) {
    throw new InputError('is not a complete TBX file (expected a <tbx> or <martif> root element, closed at the end)', path);
  }
  const byJa = new Map<string, string[]>();
  for (const entry of elements(root, 'conceptEntry', 'termEntry')) {
    const terms: Record<'ja' | 'en', string[]> = { ja: [], en: [] };
    for (const langSec of elements(entry, 'langSec', 'langSet')) {
      const lang = (langSec.getAttribute('xml:lang') ?? '').toLowerCase().split('-')[0];
      if (lang !== 'ja' && lang !== 'en') continue;
      for (const termSec of elements(langSec, 'termSec', 'tig', 'ntig')) {
        const status = elements(termSec, 'termNote').find((note) => note.getAttribute('type') === 'administrativeStatus')?.textContent ?? '';
        if (NOT_APPROVED.test(status)) continue;
        for (const term of elements(termSec, 'term')) {
          const value = (term.textContent ?? '').trim();
          if (value) terms[lang].push(value);
        }
      }
    }
    for (const ja of terms.ja) addEntry(byJa, ja, terms.en);
  }
  return [...byJa].map(([ja, en]) => ({ ja, en }));
}

/** A glossary file's text → entries. Throws InputError (naming `path`) on a malformed file. */
export function readGlossary(text: string, format: GlossaryInputFormat, path?: string): GlossaryEntry[] {
  const content = text.replace(/^\uFEFF/, '');
  let entries: GlossaryEntry[];
  if (format === 'tbx') entries = entriesFromTbx(content, path);
  else if (format === 'csv') {
    let rows: string[][];
    try {
      rows = parseCsv(content, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    } catch (error) {
      throw new InputError(`is not valid CSV (${error instanceof Error ? error.message : String(error)})`, path);
    }
    entries = entriesFromRows(rows, path);
  } else {
    entries = entriesFromRows(
      content.split(/\r?\n/).map((line) => line.split('\t')),
      path,
    );
  }
  if (entries.length === 0) throw new InputError('holds no glossary entries (Japanese term, English rendering)', path);
  return entries;
}

/** The glossary format a file name implies: .tbx, .csv, anything else tab-separated. */
export function glossaryFormatOf(path: string): GlossaryInputFormat {
  const lower = path.toLowerCase();
  return lower.endsWith('.tbx') || lower.endsWith('.xml') ? 'tbx' : lower.endsWith('.csv') ? 'csv' : 'tsv';
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

/**
 * Glossary terms in the Japanese whose approved English is absent from the aligned English. A term
 * inside a longer word is not the term (see standsAlone); a rendering rephrased with its verb, or
 * the adverb of a one-word rendering where the Japanese says Xに, counts as used.
 */
function glossaryFindings(alignment: Alignment, texts: AlignedText[], glossary: GlossaryEntry[]): Discrepancy[] {
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
  const findings: Discrepancy[] = [];
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
    // inside a longer word (国研 in a name that has its own English) the term's rendering is not due
    const variants = uses.filter((use) => !use.short && use.long && find(use.text.ja).some((at) => standsAlone(use.text.ja, at, term.ja)));
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
