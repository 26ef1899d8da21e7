// Bad inputs, through the built CLI as a user meets them: exit code 2 and ONE line on stderr that
// names the file and the problem, no stack trace.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

// A PNG header and a few chunks: what a user gets by passing a screenshot of the PDF.
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0b2e60000000049454e44ae426082', 'hex');

describe.each([
  ['a binary file', () => file('page.png', png), /looks like a binary file/],
  ['a directory', () => {
    const path = join(dir, 'a-folder');
    mkdirSync(path, { recursive: true });
    return path;
  }, /is a directory/],
  ['an empty file', () => file('empty.txt', ''), /is empty/],
  ['a file of white space only', () => file('blank.txt', '\n\n  \t\n'), /only white space/],
  ['a missing path', () => join(dir, 'no-such-file.txt'), /no such file/],
  ['text in an unsupported encoding (Latin-1 bytes)', () => file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x0a])), /not text in a supported encoding/],
])('parse on %s', (_what, make, problem) => {
  it('exits 2 with one stderr line naming the file, and prints nothing on stdout', () => {
    const path = make();
    const result = runCli(['parse', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(problem);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('parse on an unreadable file', () => {
  it.skipIf(process.getuid?.() === 0)('exits 2 with "permission denied"', () => {
    const path = file('secret.txt', 'Integrated Innovation Strategy 2025\n');
    chmodSync(path, 0o000);
    const result = runCli(['parse', path]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`strategy-align: ${path}: permission denied`);
  });
});
