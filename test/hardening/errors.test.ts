// No stack trace reaches a user: an internal error is one line on stderr and exit 2, and --debug
// adds the stack. Checked through main() with a command that fails on purpose (in-process), and
// through a real failure in a real run: standard output on a full disk.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/index.js';
import { BIN } from '../helpers/run-cli.js';
import { ROOT, SEED } from '../helpers/seeds.js';

/** A program whose one command fails the way a bug would: synchronously or in a promise. */
function failingProgram(): Command {
  const program = new Command('strategy-align').option('--debug').exitOverride();
  program.command('sync-bug').action(() => {
    const missing = undefined as unknown as { value: number };
    return missing.value; // TypeError, as a real slip would throw
  });
  program.command('async-bug').action(async () => {
    await Promise.resolve();
    throw new RangeError('index 7 out of range');
  });
  return program;
}

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'strategy-align', ...args], failingProgram);
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
});

describe('an internal error', () => {
  it.each(['sync-bug', 'async-bug'])('%s: one line, exit 2, no stack trace', async (command) => {
    const { code, stderr } = await run([command]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^strategy-align: internal error: .+ \(run with --debug for details\)\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--debug shows the stack trace', async () => {
    const { code, stderr } = await run(['async-bug', '--debug']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^strategy-align: internal error: index 7 out of range\n/);
    expect(stderr).toMatch(/RangeError: index 7 out of range\n\s+at /);
  });
});

describe.skipIf(!existsSync('/dev/full'))('standard output that cannot be written (a full disk)', () => {
  const diffToFullDisk = (extra: string[]) =>
    spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${SEED.ja}" ${extra.join(' ')} > /dev/full`], { cwd: ROOT, encoding: 'utf8' });

  it('is one line and exit 2, not a stack trace', () => {
    const result = diffToFullDisk([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('strategy-align: standard output cannot be written: no space left on the device\n');
  });

  it('shows the stack with --debug', () => {
    const result = diffToFullDisk(['--debug']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ENOSPC: no space left on device, write\n\s+at /);
  });
});
