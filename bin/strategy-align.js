#!/usr/bin/env node
// Starts the CLI; `npm ci` builds dist/ through the prepare script: dist/cli/ (tsc), then
// dist/bundle/ (the same code in one file with V8's code cache, which starts faster: src/cli/start.ts).
// No signal handler here: Ctrl-C and SIGTERM keep their default action (the process ends at once,
// 130 / 143 to a shell) except while the CLI writes files (src/atomic-file.ts).
import { setFlagsFromString } from 'node:v8';

const { loadCli } = await import('../dist/cli/start.js');

const cli = loadCli();
// V8 lets the heap grow to up to four times what the last full collection kept before the next
// one: at 32 copies of the seeds, ~100 MB live became 380 MB of heap and ~520 MB peak RSS. A fixed
// 30 % growth keeps the peak under 300 MB for a few per cent more CPU (docs/quality.md, "Speed and
// memory"). A growth policy, not a limit: a larger document still gets the heap it needs. Set once
// the bundle is compiled, because V8 rejects a code cache made under other flags.
setFlagsFromString('--heap-growing-percent=30');
// and the young generation stops growing at 8 MB instead of 32 (src/cli/young-generation.ts)
cli.capYoungGeneration();
cli.installCrashHandlers(process.argv);
cli.installSignalHandlers();
process.exitCode = await cli.main(process.argv);
