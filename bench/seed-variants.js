// Many real document pairs from the one seed pair, for the batch mode's tests and benchmark:
// pieces of the seeds cut at headings both documents share (chapter 1 alone, chapter 2 (1)…, the
// whole), each written in four encodings the read stage must handle (UTF-8, UTF-8 with BOM,
// UTF-16LE with BOM, CRLF line endings).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = {
  ja: join(ROOT, 'seeds', 'integrated-innovation-strategy-2025.ja.txt'),
  en: join(ROOT, 'seeds', 'integrated-innovation-strategy-2025.en.md'),
};

/** [JA line, EN line] of headings that start the same part in both seeds. */
const CUTS = [
  [58, 27], // 2. 第 6 期基本計画の総仕上げとしての取組の加速 / ## 2. Promotion of Initiatives as the Final Stage…
  [400, 401], // 3. 第7期基本計画に向けた議論も踏まえた取組の推進 / ## 3. Promotion of Initiatives Based on Discussions…
  [404, 405], // (1) 経済安全保障との連携強化 / ## (1) Strengthening Linkages with Economic Security
  [421, 424], // (2) 研究力の強化、人材の育成・確保 / ## (2) Strengthening Research Capabilities…
  [441, 453], // (3) イノベーション力の向上 / ## (3) Improving Innovation Capabilities
];

/** More headings both seeds share, within the parts CUTS make: with CUTS, pieces of a page or two. */
export const FINE_CUTS = [
  ...CUTS,
  [86, 58], // (A I 活用の推進) / ## (Promotion of AI Utilization)
  [130, 119], // (量子技術) / ## (Quantum Technology)
  [148, 137], // (マテリアル) / ## (Material)
  [188, 185], // (宇宙安全保障の確保) / ## (Securing Space Security)
  [219, 220], // （海洋） / #### (Oceans)
  [234, 233], // （環境・エネルギー） / ### (Environment and Energy)
  [334, 333], // （リカレント教育の充実） / #### (Enhancement of Recurrent Education)
  [338, 337], // （3）イノベーション・エコシステムの形成 / ## (3) Creation of Innovation Ecosystems
  [396, 397], // (研究開発投資の促進) / ### (Promoting R&D Investment)
].sort((a, b) => a[0] - b[0]);

export const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le', 'crlf'];

function encode(text, encoding) {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.from(`\uFEFF${text}`, 'utf8');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'crlf') return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
  throw new Error(`unknown encoding ${encoding}`);
}

/** Line ranges [from, to) (1-based, `to` exclusive) of the pieces the `cuts` make, in both seeds. */
export function seedPieces(cuts = CUTS) {
  const jaLength = readFileSync(SEEDS.ja, 'utf8').split('\n').length;
  const enLength = readFileSync(SEEDS.en, 'utf8').split('\n').length;
  const bounds = [[1, 1], ...cuts, [jaLength + 1, enLength + 1]];
  const pieces = [{ name: 'whole', ja: [1, jaLength + 1], en: [1, enLength + 1] }];
  for (let i = 1; i < bounds.length - 1; i++) {
    pieces.push({ name: `to-${i}`, ja: [1, bounds[i][0]], en: [1, bounds[i][1]] });
    pieces.push({ name: `from-${i}`, ja: [bounds[i][0], jaLength + 1], en: [bounds[i][1], enLength + 1] });
  }
  for (let i = 1; i < bounds.length - 2; i++) {
    pieces.push({ name: `part-${i}`, ja: [bounds[i][0], bounds[i + 1][0]], en: [bounds[i][1], bounds[i + 1][1]] });
  }
  return pieces;
}

/** The pieces that are a few pages or less: for tests that run the pipeline many times. */
export const SMALL_PIECES = ['to-1', 'part-2', 'part-3', 'part-4', 'from-5'];

/**
 * Writes pairs into `dir` — every piece the `cuts` make in every encoding, or only the named
 * `pieces` and `encodings`, at most `count` — and a manifest `dir/pairs.tsv` naming them by relative path.
 * Returns the manifest path and the entries.
 */
export function writeSeedVariants(dir, { count, cuts = CUTS, pieces: names, encodings = ENCODINGS } = {}) {
  mkdirSync(dir, { recursive: true });
  const lines = { ja: readFileSync(SEEDS.ja, 'utf8').split('\n'), en: readFileSync(SEEDS.en, 'utf8').split('\n') };
  const entries = [];
  const pieces = seedPieces(cuts).filter((piece) => names === undefined || names.includes(piece.name));
  for (const encoding of encodings) {
    for (const piece of pieces) {
      const id = `${piece.name}-${encoding}`;
      const files = {};
      for (const lang of ['ja', 'en']) {
        const [from, to] = piece[lang];
        files[lang] = `${id}.${lang}${lang === 'ja' ? '.txt' : '.md'}`;
        writeFileSync(join(dir, files[lang]), encode(lines[lang].slice(from - 1, to - 1).join('\n'), encoding));
      }
      entries.push({ id, ja: files.ja, en: files.en });
    }
  }
  const chosen = count === undefined ? entries : entries.slice(0, count);
  const manifest = join(dir, 'pairs.tsv');
  const text = ['# seed variants: ja<TAB>en<TAB>id', ...chosen.map((e) => `${e.ja}\t${e.en}\t${e.id}`)].join('\n');
  writeFileSync(manifest, `${text}\n`);
  return { manifest, entries: chosen };
}
