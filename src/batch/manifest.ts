// A batch manifest → the document pairs to process, and the deterministic split into shards.
// Pure: the caller reads the file and says which folder relative paths start from.
import { createHash } from 'node:crypto';
import { basename, isAbsolute, resolve } from 'node:path';
import { InputError } from '../model.js';

export interface ManifestEntry {
  /** Names the pair's output files; unique within the manifest. */
  id: string;
  /** Resolved paths, for reading. */
  ja: string;
  en: string;
  /** The paths as written in the manifest, for reports that must not depend on where it lies. */
  jaAsWritten: string;
  enAsWritten: string;
  /** 1-based line of the manifest. */
  line: number;
}

/** Letters and digits of any script, then also '.', '_' and '-': safe as a file name everywhere. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** 'integrated-innovation-strategy-2025.ja.txt' → 'integrated-innovation-strategy-2025'. */
export function idFromPath(path: string): string {
  const stem = basename(path.replace(/\\/gu, '/'))
    .replace(/\.[^.]*$/u, '')
    .replace(/[._-](ja|jp|jpn)$/iu, '');
  const id = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[^\p{L}\p{N}]+/u, '');
  return id === '' ? 'pair' : id;
}

function fail(manifestName: string, line: number, message: string): never {
  throw new InputError(`line ${line}: ${message}`, manifestName);
}

/**
 * Lines: `JA-PATH<TAB>EN-PATH[<TAB>ID]`. Blank lines and lines starting with # are skipped.
 * Relative paths are taken from `baseDir` (the manifest's folder). Without an ID, the Japanese
 * file's name gives one. IDs must be unique, ignoring case (output files may land on a
 * case-insensitive file system).
 */
export function parseManifest(text: string, baseDir: string, manifestName: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n?|\n/u);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const columns = raw.split('\t').map((column) => column.trim());
    if (columns.length < 2 || columns.length > 3) {
      const hint = columns.length === 1 && /\s/u.test(raw.trim()) ? ' (columns are separated by TAB, not spaces)' : '';
      fail(manifestName, line, `expected 2 or 3 TAB-separated columns (ja path, en path, optional id), found ${columns.length}${hint}`);
    }
    const [jaAsWritten, enAsWritten, givenId] = columns as [string, string, string | undefined];
    if (jaAsWritten === '' || enAsWritten === '') fail(manifestName, line, 'a path is empty');
    const id = givenId === undefined || givenId === '' ? idFromPath(jaAsWritten) : givenId;
    if (!ID_PATTERN.test(id)) {
      fail(manifestName, line, `id "${id}" may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit`);
    }
    const key = id.normalize('NFC').toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) {
      fail(manifestName, line, `id "${id}" is also the id of line ${previous}; give each pair its own id in the third column`);
    }
    seen.set(key, line);
    const resolvePath = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));
    entries.push({ id, ja: resolvePath(jaAsWritten), en: resolvePath(enAsWritten), jaAsWritten, enAsWritten, line });
  });
  if (entries.length === 0) throw new InputError('lists no pairs', manifestName);
  return entries;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match && index === 0 && count >= 1) {
    // Kubernetes' JOB_COMPLETION_INDEX and most matrix indexes count from 0
    throw new InputError(`--shard counts from 1, not "${text}": for an index that counts from 0 give $((INDEX + 1))/${count}`);
  }
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard expects i/n with 1 ≤ i ≤ n, e.g. 1/4, not "${text}"`);
  }
  return { index, count };
}

/** Which shard a pair belongs to: by a hash of its id, so a pair stays in its shard when the
 *  manifest is reordered or grows, and every machine computes the same split. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id.normalize('NFC'), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function selectShard<T extends { id: string }>(entries: T[], shard: Shard | null): T[] {
  return shard === null ? entries : entries.filter((entry) => shardOf(entry.id, shard.count) === shard.index);
}
