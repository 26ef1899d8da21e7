// Readings of single kanji from KANJIDIC (data package lexicon/edict/, CC BY-SA, see its README):
// on'yomi, kun'yomi and nanori as Hepburn romaji, built by scripts/build-kanji-readings.js. EDICT's
// entry of a kanji lists the readings of that word only (谷 tani); a name read kanji by kanji needs
// the others (谷中 Yanaka). Read on the first call, once per process.
import { readFileSync } from 'node:fs';

const FILE = new URL('../../lexicon/edict/kanji-readings.tsv', import.meta.url);

// kanji → its readings as the file lists them (comma-separated), split when asked for: a document
// asks for a few hundred of the table's six thousand kanji
let table: Map<string, string> | null = null;

/** A kanji's KANJIDIC readings as Hepburn romaji: on'yomi, kun'yomi (stems), then nanori; [] for others. */
export function kanjidicReadings(kanji: string): string[] {
  if (!table) table = readTable();
  return table.get(kanji)?.split(',') ?? [];
}

function readTable(): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(FILE, 'utf8');
  } catch (error) {
    throw new Error(`lexicon data missing: ${FILE.pathname} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); reinstall strategy-align`);
  }
  const out = new Map<string, string>();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text[start] !== '#') {
      const tab = text.indexOf('\t', start);
      out.set(text.slice(start, tab), text.slice(tab + 1, end));
    }
    start = end + 1;
  }
  return out;
}
