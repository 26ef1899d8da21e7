// Ctrl-C (SIGINT) in the middle of a run leaves no partial file: every output is written to a
// temporary file and renamed into place, and an interrupted run removes its temporary files.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSeedVariants } from '../../bench/seed-variants.js';
import { BIN } from '../helpers/run-cli.js';
import { ROOT, SEED } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READY = 'strategy-align: signal handlers ready\n';

/**
 * Starts the CLI, sends SIGINT once `ready(stderr)` holds (checked as stderr arrives and every
 * 10 ms), resolves to the exit code. The CLI says on stderr when its signal handlers are installed
 * (STRATEGY_ALIGN_SIGNAL_READY), so no test sends a signal before it can be handled.
 */
function interrupted(args: string[], ready: (stderr: string) => boolean): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STRATEGY_ALIGN_SIGNAL_READY: '1' },
  });
  let stderr = '';
  let sent = false;
  const check = () => {
    if (!sent && stderr.includes(READY) && ready(stderr)) {
      sent = true;
      clearInterval(poll);
      child.kill('SIGINT');
    }
  };
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    check();
  });
  const poll = setInterval(check, 10);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr: stderr.replace(READY, '') });
    });
  });
}

const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.') || name.endsWith('.tmp'));

describe('Ctrl-C', () => {
  it('during a batch: exit 130, every file written is whole, no temporary file, no summary', async () => {
    const pairs = writeSeedVariants(join(dir, 'pairs'), { pieces: ['whole', 'from-1', 'from-2'], encodings: ['utf8', 'crlf', 'utf16le', 'utf8-bom'] });
    const out = join(dir, 'batch-out');
    const written = () => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.tmx')) : []);
    const result = await interrupted(['export', '--manifest', pairs.manifest, '--out-dir', out, '--jobs', '2'], () => written().length >= 1);
    expect(result.code).toBe(130);
    expect(written().length).toBeGreaterThanOrEqual(1);
    expect(written().length).toBeLessThan(pairs.entries.length); // it was stopped, not finished
    expect(temporaries(out)).toEqual([]);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    for (const name of written()) expect(readFileSync(join(out, name), 'utf8')).toMatch(/<\/tmx>\s*$/);
  });

  it('during a single run with -o: the file is either not there or whole, and no temporary file', async () => {
    const file = join(dir, 'alignment.json');
    // the signal lands as soon as the CLI can handle it: before, during or (on a fast machine) after the write
    const result = await interrupted(['align', SEED.ja, SEED.en, '--format', 'json', '-o', file], () => true);
    expect([0, 130]).toContain(result.code);
    expect(temporaries(dir)).toEqual([]);
    if (existsSync(file)) expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe('strategy-align/alignment@1');
    if (result.code === 130) expect(existsSync(file)).toBe(false);
  });
});
