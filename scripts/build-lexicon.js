// Builds the lexicon data package (lexicon/edict/*.bin) from the EDICT file of the Debian package
// `edict`. Run by a developer when the dictionary changes, never at install:
//
//   npm run build && node scripts/build-lexicon.js [/usr/share/edict/edict [output folder]]
//
// It stems the English glosses with the runtime's own module (dist/lexicon/english.js), so the
// glosses and the sentences they are compared with meet on the same stems. Same input, same bytes.
//
// Output format "SLX3": a sorted key table whose key blocks and values are read on demand; the
// layout is described in src/lexicon/table.ts, which reads it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { contentStems } = await import(`${root}dist/lexicon/english.js`);
const { toRomaji } = await import('wanakana');

const SOURCE = process.argv[2] ?? '/usr/share/edict/edict';
const OUT = process.argv[3] ?? `${root}lexicon/edict`;
const MAX_KEY_LENGTH = 12; // longer headwords are phrases a segmenter of running text does not meet
const MAX_GLOSSES = 6; // per headword, primary senses first
const MAX_GLOSS_STEMS = 4; // longer glosses are explanations, not translations
const MAX_READINGS = 2;
const MAX_READING_KEY_LENGTH = 4; // readings romanise names, which are short words or built from them
const MAX_HEADWORDS_PER_STEM = 8; // EN→JA

// Japanese script a segmenter of normalised text can reach: kanji, kana, the prolonged sound mark,
// iteration marks, small ヶ/ヵ, 〆.
const REACHABLE = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u3005\u3006\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+$/u;
const HIRAGANA = /^[\u3041-\u309f\u30fc]+$/u;

const text = new TextDecoder('euc-jp').decode(readFileSync(SOURCE));
const lines = text.split('\n');
const header = lines[0];

/** key → { common, order, readings[], glosses[] } merged over the key's lines. */
const entries = new Map();
const stats = { lines: 0, unreachable: 0, glossesKept: 0, glossesDropped: 0, noGloss: 0 };

function cleanGlosses(fields) {
  const out = [];
  for (let field of fields) {
    if (field === '(P)' || /^EntL/.test(field)) continue;
    // part-of-speech tags (n,vs), sense numbers (1), notes (e.g. …), fields {comp}
    let previous;
    do {
      previous = field;
      field = field.replace(/\([^()]*\)/g, ' ').replace(/\{[^{}]*\}/g, ' ');
    } while (field !== previous);
    for (const part of field.split(';')) {
      const stems = contentStems(part);
      if (stems.length === 0 || stems.length > MAX_GLOSS_STEMS) {
        stats.glossesDropped++;
        continue;
      }
      out.push(stems.join(' '));
    }
  }
  return out;
}

function add(key, line, reading, glosses, common) {
  let entry = entries.get(key);
  if (!entry) {
    entry = { common: false, order: line, lines: [] };
    entries.set(key, entry);
  }
  entry.common ||= common;
  entry.lines.push({ common, line, reading, glosses });
}

for (let n = 1; n < lines.length; n++) {
  const line = lines[n];
  if (!line) continue;
  stats.lines++;
  const match = /^(\S+) (?:\[([^\]]+)\] )?\/(.*)\/$/.exec(line);
  if (!match) continue;
  const headword = match[1].normalize('NFKC');
  const reading = match[2] ? match[2].normalize('NFKC') : null;
  const fields = match[3].split('/');
  const common = fields.includes('(P)');
  const glosses = cleanGlosses(fields);
  if (glosses.length === 0) {
    stats.noGloss++;
    continue;
  }
  const usuallyKana = /\(uk\)/.test(match[3]);
  const keys = [headword];
  if (reading && usuallyKana) keys.push(reading);
  for (const key of keys) {
    // single hiragana are particles in running text, never the rare nouns EDICT spells so
    if (key.length > MAX_KEY_LENGTH || !REACHABLE.test(key) || (key.length === 1 && HIRAGANA.test(key))) {
      stats.unreachable++;
      continue;
    }
    add(key, n, key === headword ? reading : null, glosses, common);
  }
}

// Merge each key's lines: common lines first, then file order.
const merged = [];
for (const [key, entry] of entries) {
  const ordered = entry.lines.slice().sort((a, b) => Number(b.common) - Number(a.common) || a.line - b.line);
  const readings = [];
  const glosses = [];
  for (const l of ordered) {
    const romaji = l.reading ? toRomaji(l.reading) : null;
    if (romaji && key.length <= MAX_READING_KEY_LENGTH && /^[a-z-]+$/.test(romaji) && !readings.includes(romaji) && readings.length < MAX_READINGS) readings.push(romaji);
    for (const g of l.glosses) if (!glosses.includes(g) && glosses.length < MAX_GLOSSES) glosses.push(g);
  }
  stats.glossesKept += glosses.length;
  merged.push({ key, common: entry.common, readings, glosses });
}
merged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

// The stem vocabulary: every stem of a kept gloss, in code-unit order. It is the EN table's key
// list, and a JA entry's glosses are written as indices into it.
const stemSet = new Set();
for (const e of merged) for (const g of e.glosses) for (const stem of g.split(' ')) stemSet.add(stem);
const stems = [...stemSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const stemId = new Map(stems.map((stem, i) => [stem, i]));

function varint(out, value) {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

// JA value: flags byte (1 = common word), the romanised readings joined by ',', a 0 byte, then
// each gloss as its stem count and the stems' indices (varints).
const jaRows = merged.map((e) => {
  const bytes = [e.common ? 1 : 0, ...Buffer.from(e.readings.join(','), 'latin1'), 0];
  for (const g of e.glosses) {
    const ids = g.split(' ').map((stem) => stemId.get(stem));
    bytes.push(ids.length);
    for (const id of ids) varint(bytes, id);
  }
  // common words' values are read together (src/lexicon/table.ts): most of what a text asks for
  return { key: e.key, value: Buffer.from(bytes), hot: e.common };
});

// EN value: the JA entries (indices, varints) with a gloss that is this stem alone, or else that
// contains it; common words and primary senses first.
const byStem = stems.map(() => []);
merged.forEach((e, index) => {
  e.glosses.forEach((gloss, rank) => {
    const words = gloss.split(' ');
    for (const stem of new Set(words)) byStem[stemId.get(stem)].push({ index, key: e.key, whole: words.length === 1, common: e.common, rank });
  });
});
const enRows = stems.map((stem, i) => {
  const list = byStem[i];
  list.sort(
    (a, b) =>
      Number(b.whole) - Number(a.whole) ||
      Number(b.common) - Number(a.common) ||
      a.rank - b.rank ||
      a.key.length - b.key.length ||
      a.index - b.index,
  );
  const bytes = [];
  for (const h of list.slice(0, MAX_HEADWORDS_PER_STEM)) varint(bytes, h.index);
  return { key: stem, value: Buffer.from(bytes), hot: false };
});

// What src/lexicon/table.ts reads at a time: key blocks of BLOCK entries (a read costs ~10 µs, and
// segmentation reaches most blocks); a value's offset is counted from the STEP-th entry before it.
const BLOCK = 1024;
const STEP = 64;

function writeTable(path, rows) {
  const n = rows.length;
  const blocks = Math.ceil(n / BLOCK);
  const steps = Math.ceil(n / STEP);
  const keyBytes = rows.map((r) => Buffer.from(r.key, 'utf16le'));
  const keyUnits = keyBytes.reduce((s, b) => s + b.length / 2, 0);
  const hotTotal = rows.reduce((s, r) => s + (r.hot ? r.value.length : 0), 0);
  const coldTotal = rows.reduce((s, r) => s + (r.hot ? 0 : r.value.length), 0);
  let maxKey = 0;
  for (const r of rows) {
    // a value length is one byte with the hot mark (128); a key of more than 255 units the reader refuses
    if (r.key.length > 255 || r.value.length > 127) throw new Error(`entry too long for the table format: ${r.key}`);
    maxKey = Math.max(maxKey, r.key.length);
  }
  // the first-unit index: each distinct first code unit and its first entry (empty keys sort first)
  const firstUnits = [];
  const firstStarts = [];
  rows.forEach((r, i) => {
    if (r.key.length > 0 && r.key.charCodeAt(0) !== firstUnits.at(-1)) {
      firstUnits.push(r.key.charCodeAt(0));
      firstStarts.push(i);
    }
  });
  firstStarts.push(n);
  const header = 40;
  const blockKeyStarts = header;
  const hotStarts = blockKeyStarts + 4 * (blocks + 1);
  const coldStarts = hotStarts + 4 * (steps + 1);
  const firstUnitsAt = coldStarts + 4 * (steps + 1);
  const unitsBytes = (2 * firstUnits.length + 3) & ~3;
  const keyBlocksAt = firstUnitsAt + unitsBytes + 4 * firstStarts.length;
  const hotAt = keyBlocksAt + 6 * n + 2 * keyUnits;
  const coldAt = hotAt + hotTotal;
  const size = coldAt + coldTotal;
  const out = Buffer.alloc(size);
  out.write('SLX3', 0, 'latin1');
  [n, BLOCK, STEP, keyUnits, hotTotal, coldTotal, maxKey, firstUnits.length, 0].forEach((x, i) => out.writeUInt32LE(x, 4 + 4 * i));
  firstUnits.forEach((unit, i) => out.writeUInt16LE(unit, firstUnitsAt + 2 * i));
  firstStarts.forEach((start, i) => out.writeUInt32LE(start, firstUnitsAt + unitsBytes + 4 * i));
  let hot = 0;
  let cold = 0;
  rows.forEach((r, i) => {
    if (i % STEP === 0) {
      out.writeUInt32LE(hot, hotStarts + 4 * (i / STEP));
      out.writeUInt32LE(cold, coldStarts + 4 * (i / STEP));
    }
    if (r.hot) {
      r.value.copy(out, hotAt + hot);
      hot += r.value.length;
    } else {
      r.value.copy(out, coldAt + cold);
      cold += r.value.length;
    }
  });
  out.writeUInt32LE(hot, hotStarts + 4 * steps);
  out.writeUInt32LE(cold, coldStarts + 4 * steps);
  let at = keyBlocksAt;
  let k = 0;
  for (let b = 0; b < blocks; b++) {
    out.writeUInt32LE(k, blockKeyStarts + 4 * b);
    const block = rows.slice(b * BLOCK, (b + 1) * BLOCK);
    const m = block.length;
    // offsets first, then keys: the reader copies both from aligned places in its buffer
    let offset = k;
    block.forEach((r, j) => {
      out.writeUInt32LE(offset, at + 4 * j);
      offset += r.key.length;
    });
    at += 4 * m;
    block.forEach((r, j) => {
      keyBytes[b * BLOCK + j].copy(out, at);
      at += keyBytes[b * BLOCK + j].length;
      k += r.key.length;
    });
    block.forEach((r, j) => {
      out[at + j] = r.value.length > 0 ? r.value[0] : 0;
      out[at + m + j] = r.value.length + (r.hot ? 128 : 0);
    });
    at += 2 * m;
  }
  out.writeUInt32LE(k, blockKeyStarts + 4 * blocks);
  if (at !== hotAt || hot !== hotTotal || cold !== coldTotal) throw new Error('table layout mismatch');
  writeFileSync(path, out);
  return size;
}

mkdirSync(OUT, { recursive: true });
const jaSize = writeTable(`${OUT}/ja-en.bin`, jaRows);
const enSize = writeTable(`${OUT}/en-ja.bin`, enRows);
process.stdout.write(
  `${header.trim()}\n` +
    `lines ${stats.lines}, JA keys ${merged.length} (${stats.unreachable} headwords unreachable, ${stats.noGloss} lines without a usable gloss), ` +
    `glosses kept ${stats.glossesKept}, dropped ${stats.glossesDropped}; EN stems ${stems.length}\n` +
    `ja-en.bin ${jaSize} bytes, en-ja.bin ${enSize} bytes\n`,
);
