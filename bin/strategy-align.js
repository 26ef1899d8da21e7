#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), then
// dist/bundle/ (the same code in one file with V8's code cache, which starts faster: src/cli/start.ts).
// No signal handler here: Ctrl-C and SIGTERM keep their default action (the process ends at once,
// 130 / 143 to a shell) except while the CLI writes files (src/atomic-file.ts).
const { loadCli } = await import('../dist/cli/start.js');

const cli = loadCli();
cli.installCrashHandlers(process.argv);
cli.installSignalHandlers();
process.exitCode = await cli.main(process.argv);
