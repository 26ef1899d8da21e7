// Before the suite: rebuild dist/ when any file of src/ (or the bundle script) is newer than the
// build, so that the tests of the built CLI (bin/ → dist/) never run yesterday's code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Written last by `npm run build` (scripts/bundle.js). */
const BUILD_MARK = join(ROOT, 'dist', 'bundle', 'main.cjs');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export default function rebuildStaleDist(): void {
  const built = existsSync(BUILD_MARK) ? statSync(BUILD_MARK).mtimeMs : -Infinity;
  const changed = Math.max(newestChange(join(ROOT, 'src')), newestChange(join(ROOT, 'scripts', 'bundle.js')), newestChange(join(ROOT, 'tsconfig.json')));
  if (changed <= built) return;
  process.stderr.write('global setup: src/ is newer than dist/, rebuilding (npm run build)\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
