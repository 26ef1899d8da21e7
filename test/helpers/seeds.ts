// The real seed pair, read and parsed once per test file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Part of the seed pair (the title page, both tables of contents, chapter 1, the chapter 2 headings, the AI topic, the space
 * infrastructure topic, the research-university topic, the start of chapter 3 (1)), the other lines
 * left blank so that line numbers stay the seeds' own. About a fifth of the text, with errors
 * (the launch-capacity omission, 3GeV, the package date): for tests of the CLI's plumbing, which
 * need a real pair with findings, not the whole alignment's cost on every run.
 */
export const EXCERPT_RANGES: Record<'ja' | 'en', Array<[number, number]>> = {
  ja: [[3, 3], [5, 5], [7, 7], [9, 48], [50, 56], [58, 58], [60, 60], [62, 69], [209, 213], [215, 215], [276, 276], [278, 278], [282, 286], [300, 305], [400, 400], [404, 404], [406, 406], [409, 409]],
  en: [[1, 1], [3, 3], [5, 5], [7, 17], [19, 25], [27, 27], [29, 29], [31, 39], [207, 215], [273, 276], [280, 282], [298, 303], [401, 401], [405, 405], [407, 407], [410, 410]],
};

/** The seed file with only these line ranges kept, the rest blank. */
export function seedExcerpt(lang: 'ja' | 'en', ranges = EXCERPT_RANGES[lang], edit: (line: number, text: string) => string = (_, text) => text): string {
  return seedLines(lang)
    .map((text, index) => (ranges.some(([first, last]) => first <= index + 1 && index + 1 <= last) ? edit(index + 1, text) : ''))
    .join('\n');
}

let excerptFiles: { root: string; ja: string; en: string } | undefined;

/**
 * The excerpt written once per worker, as ROOT/seeds/excerpt.{ja.txt,en.md} in a temporary folder
 * (removed at exit): absolute paths, and the folder that plays the repository root.
 */
export function seedExcerptFiles(): { root: string; ja: string; en: string } {
  if (!excerptFiles) {
    const root = mkdtempSync(join(tmpdir(), 'strategy-align-excerpt-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'seeds'));
    excerptFiles = { root, ja: join(root, 'seeds', 'excerpt.ja.txt'), en: join(root, 'seeds', 'excerpt.en.md') };
    writeFileSync(excerptFiles.ja, seedExcerpt('ja'));
    writeFileSync(excerptFiles.en, seedExcerpt('en'));
  }
  return excerptFiles;
}
