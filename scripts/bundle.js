// `npm run build`, second step: the CLI that bin/strategy-align.js starts, bundled by esbuild into
// one file, dist/bundle/main.cjs, with V8's code cache of a diff of the seeds beside it
// (src/cli/start.ts loads both). Node 20 spends ~0.1 s resolving, reading and linking the ~170
// modules of a diff run one by one, and more compiling them; the bundle is one file, and the cache
// spares most of the compiling. Everything is bundled (the code's import() of ajv and kuromoji
// becomes a require(), which a vm script can run without Node's experimental loader hook);
// kuromoji finds its dictionary from its package path. Whitespace is minified (names are kept,
// so a --debug stack trace still names its functions): a third less source to read and hash. The batch workers stay outside: they load
// dist/cli/*-job.js and dist/batch/worker.js as compiled by tsc.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

/**
 * Modules that the CLI imports when it starts but that a diff does not run: xmlbuilder2 (and the
 * ~140 modules of its DOM; the XML writers of export, glossary and diff's JUnit), cli-progress
 * (the bar of a long run on a terminal) and child_process (commander's executable subcommands,
 * which this CLI has none of). Each import of one gets a stand-in whose properties load the real
 * module on first use: a diff neither runs their top-level code nor carries it in its code cache.
 * The stand-in has the module's own property names, read here from the module itself.
 */
const LOADED_ON_FIRST_USE = ['xmlbuilder2', 'cli-progress', 'node:child_process'];

const loadOnFirstUse = {
  name: 'load-on-first-use',
  setup(build) {
    const names = new RegExp(`^(?:${LOADED_ON_FIRST_USE.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
    // the stand-in's own require of the module resolves as usual
    build.onResolve({ filter: names }, (args) => (args.namespace === 'first-use' ? undefined : { path: args.path, namespace: 'first-use', pluginData: args.resolveDir }));
    build.onLoad({ filter: /.*/, namespace: 'first-use' }, (args) => {
      const real = createRequire(`${args.pluginData}/`)(args.path);
      const getters = Object.keys(real).map((key) => `get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; }`);
      if (real.__esModule) getters.push('__esModule: true');
      const contents = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));\nmodule.exports = { ${getters.join(', ')} };\n`;
      return { contents, loader: 'js', resolveDir: args.pluginData };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [`${root}dist/cli/index.js`],
  outfile: `${outdir}/main.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // the code finds its neighbours (schemas, workers, kuromoji) from import.meta.url
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minifyWhitespace: true,
  plugins: [loadOnFirstUse],
  logLevel: 'warning',
});

// The code cache: run what users run most, then save what V8 compiled.
const record = `
  const { loadCli } = await import(${JSON.stringify(`${root}dist/cli/start.js`)});
  const cli = loadCli({ recordCache: true });
  await cli.main([process.argv0, 'strategy-align', 'diff', 'seeds/integrated-innovation-strategy-2025.ja.txt', 'seeds/integrated-innovation-strategy-2025.en.md']);
  await cli.saveCodeCache();
  process.exitCode = 0; // diff exits 1 on findings; the seeds have some`;
const result = spawnSync(process.execPath, ['--input-type=module', '-e', record], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
if (result.status !== 0) {
  // not fatal: without a cache the CLI compiles as usual
  console.warn(`bundle: no code cache (${result.stderr.trim().split('\n').pop()})`);
}
