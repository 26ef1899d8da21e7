// Ctrl-C (SIGINT) and SIGTERM end a run at any stage and leave no partial file: every output is
// written to a temporary file and renamed into place, and an interrupted run removes its temporary
// files. The exit status is the one a shell sees: 130 (SIGINT) or 143 (SIGTERM), whether the process
// died of the signal (its default action while the pipeline computes) or exited with that code.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLongerSeeds } from '../../bench/longer-seeds.js';
import { writeSeedVariants } from '../../bench/seed-variants.js';
import { BIN } from '../helpers/run-cli.js';
import { ROOT, SEED } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READY = 'strategy-align: signal handlers ready\n';

/** The exit status as a shell reports it: the code, or 128 + the number of the signal that ended the process. */
const shellStatus = (code: number | null, signal: NodeJS.Signals | null) => code ?? 128 + constants.signals[signal!];

/**
 * Starts the CLI, sends `signal` once `ready(stderr)` holds (checked as stderr arrives and every
 * 10 ms), resolves to the exit status. The CLI says on stderr when its signal handlers are set up
 * and, with STRATEGY_ALIGN_SIGNAL_READY, names each stage as it starts, so no test sends a signal
 * before the moment it means nor guesses a delay.
 */
function interrupted(
  args: string[],
  ready: (stderr: string) => boolean,
  signal: NodeJS.Signals = 'SIGINT',
): Promise<{ status: number; stderr: string }> {
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
      child.kill(signal);
    }
  };
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    check();
  });
  const poll = setInterval(check, 10);
  return new Promise((resolve) => {
    child.on('exit', (code, endedBy) => {
      clearInterval(poll);
      resolve({ status: shellStatus(code, endedBy), stderr: stderr.replace(READY, '') });
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
    expect(result.status).toBe(130);
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
    expect([0, 130]).toContain(result.status);
    expect(temporaries(dir)).toEqual([]);
    if (existsSync(file)) expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe('strategy-align/alignment@1');
    if (result.status === 130) expect(existsSync(file)).toBe(false);
  });
});

/**
 * The seeds 16 times over (3 MB in all): each stage then runs for seconds, so a signal sent when a
 * stage starts lands while the pipeline still computes, however loaded the machine.
 */
const long = writeLongerSeeds(join(dir, 'long'), 16);

describe('a signal while one pair is computed: the run ends with nothing written', () => {
  const cases: Array<{ command: string; args: (out: string) => string[]; stage: string; signal: NodeJS.Signals; status: number }> = [
    { command: 'align', args: (out) => ['align', long.ja.path, long.en.path, '-o', join(out, 'alignment.json')], stage: 'anchors', signal: 'SIGINT', status: 130 },
    { command: 'diff', args: (out) => ['diff', long.ja.path, long.en.path, '-o', join(out, 'findings.sarif'), '--format', 'sarif'], stage: 'parse', signal: 'SIGINT', status: 130 },
    { command: 'export', args: (out) => ['export', long.ja.path, long.en.path, '-o', join(out, 'memory.tmx')], stage: 'parse', signal: 'SIGTERM', status: 143 },
    { command: 'report', args: (out) => ['report', long.ja.path, long.en.path, '-o', join(out, 'review.html')], stage: 'read', signal: 'SIGINT', status: 130 },
  ];
  for (const { command, args, stage, signal, status } of cases) {
    // reading and parsing 16 copies before the later stages takes a minute on a loaded machine
    it(`${command}, ${signal} when the ${stage} stage starts: exit status ${status}, no file in the output folder`, { timeout: 300_000 }, async () => {
      const out = mkdtempSync(join(dir, `${command}-`));
      const result = await interrupted(args(out), (stderr) => stderr.includes(`strategy-align: stage ${stage}\n`), signal);
      expect(result.status).toBe(status);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

/**
 * The page, the memory and the alignment are made as they are written, for seconds at 16×: a signal
 * that lands once the temporary file is there must stop the writing, not wait for the whole file.
 */
describe('a signal while the output file is being written: the run ends with nothing written', () => {
  const cases: Array<{ command: string; args: (out: string) => string[]; signal: NodeJS.Signals; status: number }> = [
    { command: 'report', args: (out) => ['report', long.ja.path, long.en.path, '-o', join(out, 'review.html')], signal: 'SIGINT', status: 130 },
    { command: 'export', args: (out) => ['export', long.ja.path, long.en.path, '-o', join(out, 'memory.tmx')], signal: 'SIGTERM', status: 143 },
    { command: 'align', args: (out) => ['align', long.ja.path, long.en.path, '--format', 'json', '-o', join(out, 'alignment.json')], signal: 'SIGINT', status: 130 },
  ];
  for (const { command, args, signal, status } of cases) {
    it(`${command}, ${signal} once its temporary file exists: exit status ${status}, no file in the output folder`, { timeout: 300_000 }, async () => {
      const out = mkdtempSync(join(dir, `${command}-writing-`));
      const result = await interrupted(args(out), () => temporaries(out).length > 0, signal);
      expect(result.status).toBe(status);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});
