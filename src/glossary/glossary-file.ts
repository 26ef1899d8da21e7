// Glossary files for diff's terminology check: TSV, CSV or TBX → entries (Japanese term, approved
// English renderings). Its own module so that the CSV and XML parsers load only when a run has a
// --glossary.
import { parse as parseCsv } from 'csv-parse/sync';
import { create } from 'xmlbuilder2';
import { InputError } from '../model.js';
import { unescapeTsvField } from '../text/escape.js';
import type { GlossaryEntry } from './types.js';
import { cleanEnglishTerm, normalizeJapanese } from './text.js';

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
      content.split(/\r?\n/).map((line) => line.split('\t').map(unescapeTsvField)),
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
