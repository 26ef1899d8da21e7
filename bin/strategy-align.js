#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), then
// dist/bundle/ (the same code in one file with V8's code cache, which starts faster: src/cli/start.ts).
import { loadCli } from '../dist/cli/start.js';

const cli = loadCli();
cli.installCrashHandlers(process.argv);
process.exitCode = await cli.main(process.argv);
