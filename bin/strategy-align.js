#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), then
// dist/bundle/ (the same code in one file with V8's code cache, which starts faster: src/cli/start.ts).
// A signal that arrives while the bundle loads ends the run with 130 (nothing is written yet);
// the CLI's own handlers, which clean up temp files, replace this one before any work starts.
const interruptedEarly = () => process.exit(130);
process.on('SIGINT', interruptedEarly);
process.on('SIGTERM', interruptedEarly);
const { loadCli } = await import('../dist/cli/start.js');

const cli = loadCli();
cli.installCrashHandlers(process.argv);
process.off('SIGINT', interruptedEarly);
process.off('SIGTERM', interruptedEarly);
cli.installSignalHandlers();
process.exitCode = await cli.main(process.argv);
