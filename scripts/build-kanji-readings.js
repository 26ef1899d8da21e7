// Builds lexicon/edict/kanji-readings.tsv from KANJIDIC (EDRDG, CC BY-SA 3.0 as the packaged licence statement names it; the Debian package
// `kanjidic`): each kanji's readings as Hepburn romaji, on'yomi first, then kun'yomi (the stem before
// the okurigana dot), then nanori (readings found in names only), each reading once by its folded
// form (src/text/romaji.ts foldRomaji). Names read kanji by kanji need these: EDICT's entry of a
// single kanji lists that word's readings only (谷 tani, never the ya of 谷中 Yanaka).
//   npm run build && node scripts/build-kanji-readings.js /usr/share/edict/kanjidic [output folder]
// The same input gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toRomaji } from 'wanakana';
import { foldRomaji } from '../dist/text/romaji.js';

const source = process.argv[2] ?? '/usr/share/edict/kanjidic';
const out = join(process.argv[3] ?? fileURLToPath(new URL('../lexicon/edict/', import.meta.url)), 'kanji-readings.tsv');

const lines = new TextDecoder('euc-jp').decode(readFileSync(source)).split('\n');
const header = lines[0];
if (!header.startsWith('# KANJIDIC')) throw new Error(`${source}: not a KANJIDIC file (first line: ${header.slice(0, 60)})`);

const KATAKANA = /^[\u30a0-\u30ff]/;
const HIRAGANA = /^[\u3040-\u309f]/;

const rows = [];
for (const line of lines.slice(1)) {
  if (!line.trim()) continue;
  const [kanji, ...fields] = line.split(' ');
  const on = [];
  const kun = [];
  const nanori = [];
  let section = 'readings';
  for (const field of fields) {
    if (field.startsWith('{')) break; // the English meanings close the line
    if (field === 'T1') section = 'nanori';
    else if (field === 'T2') section = 'radical names';
    if (section === 'radical names') continue;
    // prefix and suffix dashes (-や, とお-) mark where a reading binds; the okurigana follow the dot
    const kana = field.replace(/-/g, '').split('.')[0];
    if (section === 'nanori' && (HIRAGANA.test(kana) || KATAKANA.test(kana))) nanori.push(kana);
    else if (KATAKANA.test(kana)) on.push(kana);
    else if (HIRAGANA.test(kana)) kun.push(kana);
  }
  const seen = new Set();
  const readings = [];
  for (const kana of [...on, ...kun, ...nanori]) {
    const romaji = toRomaji(kana);
    const folded = foldRomaji(romaji);
    if (!/^[a-z]+$/.test(romaji) || seen.has(folded)) continue;
    seen.add(folded);
    readings.push(romaji);
  }
  if (readings.length > 0) rows.push([kanji, readings]);
}
rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const text =
  `# kanji\ton'yomi, kun'yomi, nanori as Hepburn romaji. From KANJIDIC (EDRDG, CC BY-SA 3.0), header: ${header.replace(/^#\s*/, '').trim()}\n` +
  rows.map(([kanji, readings]) => `${kanji}\t${readings.join(',')}\n`).join('');
writeFileSync(out, text);
console.log(`${rows.length} kanji, ${rows.reduce((n, [, r]) => n + r.length, 0)} readings, ${Buffer.byteLength(text)} bytes → ${out}`);
