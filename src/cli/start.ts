// What bin/strategy-align.js runs: the CLI bundled into one file (dist/bundle/main.cjs, built by
// scripts/bundle.js), compiled with V8's code cache (dist/bundle/main.cjs.cache, recorded at build
// time from a diff of the seeds). Node 20 has no compile cache of its own (module.enableCompileCache
// is Node 22), and a diff spends a good part of its first 0.1 s compiling. A cache that V8 rejects
// (another Node version, other V8 flags) is ignored: the bundle is then compiled as usual.
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../bundle/main.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

export interface Cli {
  main(argv: string[]): Promise<number>;
  installCrashHandlers(argv: string[]): void;
  installSignalHandlers(): void;
  capYoungGeneration(): void;
}

/**
 * The bundled CLI; with `recordCache`, also a function that writes the code cache of what ran so
 * far. The bundle holds no import() (scripts/bundle.js turns them into require()): a vm script
 * could only run one through an experimental hook.
 */
export function loadCli(options: { recordCache?: boolean } = {}): Cli & { saveCodeCache(): Promise<void> } {
  const require = createRequire(BUNDLE);
  const cachedData = !options.recordCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = new Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, BUNDLE, dirname(BUNDLE));
  // atomic-file.js is imported only here, at build time: at start it would be one more module graph
  // to load as ESM beside the bundle's own copy
  const saveCodeCache = async () => (await import('../atomic-file.js')).writeFileAtomic(CODE_CACHE, script.createCachedData());
  return { ...module.exports, saveCodeCache };
}
