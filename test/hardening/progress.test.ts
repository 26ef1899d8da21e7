// A long single-pair run shows its stages on a terminal and nothing on a pipe (src/cli/progress.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLongerSeeds } from '../../bench/longer-seeds.js';
import { PROGRESS_AFTER_MS, showsProgress, stageProgress } from '../../src/cli/progress.js';
import { ALIGN_STAGES } from '../../src/pipeline/index.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a terminal (or a pipe, isTTY false) would have received. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { isTTY, columns: 100, text: () => written }) as unknown as NodeJS.WriteStream & { text: () => string };
}

describe('when the stages show', () => {
  it('on a terminal once the run has taken two seconds; never on a pipe', () => {
    expect(PROGRESS_AFTER_MS).toBe(2000);
    expect(showsProgress(true, 0)).toBe(false);
    expect(showsProgress(true, 1999)).toBe(false);
    expect(showsProgress(true, 2000)).toBe(true);
    expect(showsProgress(false, 60_000)).toBe(false);
    expect(showsProgress(undefined, 60_000)).toBe(false);
  });

  it('a terminal gets nothing in the first two seconds, then a bar naming each stage as it starts, cleared at the end', () => {
    let clock = 0;
    const stream = fakeStream(true);
    const progress = stageProgress([...ALIGN_STAGES, 'findings'], { stream, now: () => clock });
    progress.stage('read');
    clock = 1500;
    progress.stage('parse');
    expect(stream.text()).toBe('');
    clock = 2100;
    progress.stage('anchors');
    expect(stream.text()).toContain('anchors (2/5 stages done)');
    clock = 4000;
    progress.stage('align');
    expect(stream.text()).toContain('align (3/5 stages done)');
    const before = stream.text().length;
    progress.stop();
    expect(stream.text().length).toBeGreaterThan(before); // the line is cleared
    expect(stream.text()).not.toContain('read (');
  });

  it('a pipe gets nothing, however long the run', () => {
    let clock = 0;
    const stream = fakeStream(false);
    const progress = stageProgress(ALIGN_STAGES, { stream, now: () => clock });
    for (const stage of ALIGN_STAGES) {
      clock += 10_000;
      progress.stage(stage);
    }
    progress.stop();
    expect(stream.text()).toBe('');
  });
});

describe('a run with stderr on a pipe', () => {
  it('diff of the seeds 8 times over (seconds of work): stderr stays empty, the report is on stdout', () => {
    const long = writeLongerSeeds(dir, 8);
    const result = runCli(['diff', long.ja.path, long.en.path], { env: { STRATEGY_ALIGN_SIGNAL_READY: undefined } });
    expect(result.status).toBe(1); // findings
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/number-mismatch/);
  });
});
