// `npm run build`, second step: the CLI that bin/strategy-align.js starts, bundled by esbuild into a
// few files in dist/bundle/. Node 20 spends ~0.1 s resolving, reading and linking the ~170 modules
// of a diff run one by one; a bundle is a handful. Each command's modules stay in their own chunk
// (dynamic imports split), so `diff` still loads neither the XML writers nor kuromoji.
// What stays outside: packages the code imports dynamically, which esbuild's split chunks would hand
// over as a bare `default` (ajv, for config and baseline files; kuromoji, which also reads its
// dictionary next to its own code), and the batch workers, which load dist/cli/*-job.js and
// dist/export/batch-worker.js as compiled by tsc.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: `${root}dist/cli/index.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['ajv', 'kuromoji'],
  // CommonJS packages inside an ES module bundle call require() for Node's built-ins
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
