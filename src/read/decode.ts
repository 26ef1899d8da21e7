// Bytes → text. Japanese government files come as UTF-8 (with or without BOM), UTF-16 with BOM,
// Shift_JIS/CP932 or EUC-JP; Node's TextDecoder (full ICU) decodes all of them, so the only work
// here is choosing which one, and refusing what is not text.
import { InputError } from '../model.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return strict(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are kana, kanji or Japanese punctuation: a decoding into the wrong
 *  legacy encoding yields rare kanji and half-width katakana instead. */
function japaneseScore(text: string): number {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) good += 2;
    else if (c >= 0x4e00 && c <= 0x9fff) good += 1;
    else if ((c >= 0xff61 && c <= 0xff9f) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) bad += 3;
    else if (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) bad += 3;
  }
  return good - bad;
}

/**
 * UTF-16 text without a BOM: its line feeds and ASCII come with a zero byte on the same side of every
 * pair (odd offsets little-endian, even big-endian), and it decodes to text, Japanese or Latin. A
 * binary file has zero bytes on both sides or decodes to rubbish.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  if (even + odd < 2 || Math.min(even, odd) > (even + odd) * 0.05) return false;
  const text = tryDecode(odd > even ? 'utf-16le' : 'utf-16be', bytes.subarray(0, n));
  if (text === null) return false;
  let readable = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    total++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff9f)) readable++;
  }
  return total > 0 && readable / total > 0.9;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.02;
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError('file is empty', file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) throw new InputError('starts with a UTF-8 byte order mark but is not valid UTF-8', file);
    return { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeOrFail('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeOrFail('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
  if (looksLikeUtf16WithoutBom(bytes)) {
    throw new InputError('looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)', file);
  }
  if (looksBinary(bytes)) throw new InputError('looks like a binary file, not text', file);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const candidates = (['shift_jis', 'euc-jp'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter((c): c is { encoding: 'shift_jis' | 'euc-jp'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: japaneseScore(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score <= 0) {
    throw new InputError('is not text in a supported encoding (UTF-8, UTF-16 with BOM, Shift_JIS, EUC-JP)', file);
  }
  return { text: best.text, encoding: best.encoding };
}

function decodeOrFail(label: string, bytes: Uint8Array, file: string): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new InputError(`starts with a ${label.toUpperCase()} byte order mark but does not decode as ${label.toUpperCase()}`, file);
  return text;
}

/** CRLF and lone CR become LF, so line numbers mean the same whatever system wrote the file. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
