// The real seed pair, read and parsed once per test file.
import { fileURLToPath } from 'node:url';
import type { Block, Document, Section } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { readSource } from '../../src/read/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = {
  ja: 'seeds/integrated-innovation-strategy-2025.ja.txt',
  en: 'seeds/integrated-innovation-strategy-2025.en.md',
} as const;

const cache = new Map<string, Document>();

export function seedDocument(lang: 'ja' | 'en'): Document {
  let doc = cache.get(lang);
  if (!doc) {
    doc = parseDocument(readSource(`${ROOT}${SEED[lang]}`));
    cache.set(lang, doc);
  }
  return doc;
}

export function seedLines(lang: 'ja' | 'en'): string[] {
  return readSource(`${ROOT}${SEED[lang]}`).text.split('\n');
}

/** The block that owns a source line. */
export function blockAt(doc: Document, line: number): Block {
  const block = doc.blocks.find((b) => b.lines[0] <= line && line <= b.lines[1]);
  if (!block) throw new Error(`no block owns line ${line} of ${doc.path}`);
  return block;
}

export function sectionById(doc: Document, id: string | null | undefined): Section {
  const section = doc.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

/** "2 (1) ①" — the numbers from the chapter down to this section. */
export function numberPath(doc: Document, section: Section): string {
  const parts: string[] = [];
  for (let s: Section | undefined = section; s; s = s.parent ? sectionById(doc, s.parent) : undefined) {
    parts.unshift(s.number ?? `(${s.title})`);
  }
  return parts.join(' ');
}
