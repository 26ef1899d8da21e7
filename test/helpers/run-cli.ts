// Runs the CLI for a test. `runMain` calls main() in this process (fast: no Node start, no module
// loading per run); `runCli` starts the built CLI (bin/strategy-align.js → dist/) in a child process,
// as a user would: for the bundle, signals, stdin, colours on a terminal and exit codes of the process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(REPO_ROOT, 'bin', 'strategy-align.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Variables to set for the run; `undefined` removes one. */
  env?: Record<string, string | undefined>;
}

/**
 * `strategy-align ARGS` through main() in this process: stdout and stderr captured, the working
 * folder and environment set for the run and restored after it, process.exitCode reset.
 * `code: 'dist'` runs the built CLI (dist/cli/index.js) instead of src/: the batch commands need
 * it, because their worker threads load compiled job modules.
 */
export async function runMain(args: string[], options: RunOptions & { code?: 'src' | 'dist' } = {}): Promise<CliResult> {
  const { main } = (
    options.code === 'dist' ? await import(join(REPO_ROOT, 'dist', 'cli', 'index.js')) : await import('../../src/cli/index.js')
  ) as typeof import('../../src/cli/index.js');
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array, ...rest: unknown[]) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((text) => (stdout += text)) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((text) => (stderr += text)) as typeof process.stderr.write);
  const cwd = process.cwd();
  const savedEnv = { ...process.env };
  const env = { NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  process.exitCode = undefined;
  try {
    process.chdir(options.cwd ?? REPO_ROOT);
    const status = await main(['node', 'strategy-align', ...args]);
    return { status, stdout, stderr };
  } finally {
    process.exitCode = undefined;
    process.chdir(cwd);
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
    out.mockRestore();
    err.mockRestore();
  }
}

/** The built CLI in a child process. */
export function runCli(args: string[], options: RunOptions & { input?: string } = {}): CliResult {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
