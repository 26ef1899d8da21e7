#!/usr/bin/env node
// `npm start`: a newcomer's first run. The CLI's diff of the seeds exits 1 because the seeds have
// findings, and npm prints its error banner for any exit code but 0; so this runs the CLI, passes its
// report through, says in one line what exit 1 means, and exits 0. Other codes (2: bad input or a
// bug, 130: interrupted) pass through unchanged, banner and all.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/strategy-align.js', import.meta.url));
const args = process.argv.length > 2
  ? process.argv.slice(2)
  : ['diff', 'seeds/integrated-innovation-strategy-2025.ja.txt', 'seeds/integrated-innovation-strategy-2025.en.md'];
const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
if (result.error) {
  process.stderr.write(`strategy-align: cannot start the CLI: ${result.error.message}\n`);
  process.exit(2);
}
if (result.status === 1) {
  process.stderr.write('strategy-align: exit 1: findings at or above --fail-on (error); see docs/ci.md#exit-codes\n');
  process.exit(0);
}
process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 143));
