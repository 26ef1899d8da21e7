#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), and
// dist/bundle/ (the same code bundled, which starts faster: scripts/bundle.js).
import { installCrashHandlers, main } from '../dist/bundle/main.js';

installCrashHandlers(process.argv);
process.exitCode = await main(process.argv);
