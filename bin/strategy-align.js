#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), and
// dist/bundle/ (the same code bundled, which starts faster: scripts/bundle.js).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv);
