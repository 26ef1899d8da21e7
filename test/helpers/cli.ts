// Runs the built CLI as a user would: `node bin/strategy-align.js …` (dist/ is built by `npm ci`
// and by `npm test`'s pretest step).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from './seeds.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string } = {}): CliResult {
  if (!existsSync(`${ROOT}dist/cli/index.js`)) throw new Error('dist/ is missing: run `npm run build` first');
  const result = spawnSync(process.execPath, [`${ROOT}bin/strategy-align.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
