// A long single-pair run shows its stages on a terminal and nothing on a pipe (src/cli/progress.ts).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PROGRESS_AFTER_MS, progressAfterMs, showsProgress, stageProgress } from '../../src/cli/progress.js';
import { ALIGN_STAGES } from '../../src/pipeline/index.js';
import { runCli } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';

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

describe('the wait before the stages show, set for testing (STRATEGY_ALIGN_PROGRESS_AFTER_MS)', () => {
  it('is the variable when it is a number of milliseconds, else two seconds', () => {
    expect(progressAfterMs({})).toBe(PROGRESS_AFTER_MS);
    expect(progressAfterMs({ STRATEGY_ALIGN_PROGRESS_AFTER_MS: '0' })).toBe(0);
    expect(progressAfterMs({ STRATEGY_ALIGN_PROGRESS_AFTER_MS: '500' })).toBe(500);
    for (const bad of ['', ' ', 'soon', '-1', 'Infinity']) expect(progressAfterMs({ STRATEGY_ALIGN_PROGRESS_AFTER_MS: bad })).toBe(PROGRESS_AFTER_MS);
  });

  it('at 0, a terminal gets the bar from the first stage', () => {
    const saved = process.env.STRATEGY_ALIGN_PROGRESS_AFTER_MS;
    process.env.STRATEGY_ALIGN_PROGRESS_AFTER_MS = '0';
    try {
      const stream = fakeStream(true);
      const progress = stageProgress(ALIGN_STAGES, { stream, now: () => 0 });
      progress.stage('read');
      expect(stream.text()).toContain('read (0/4 stages done)');
      progress.stop();
    } finally {
      if (saved === undefined) delete process.env.STRATEGY_ALIGN_PROGRESS_AFTER_MS;
      else process.env.STRATEGY_ALIGN_PROGRESS_AFTER_MS = saved;
    }
  });
});

describe('a run with stderr on a pipe', () => {
  it('diff past the wait (set to 0) of the seed excerpt: stderr stays empty, the report is on stdout', () => {
    const { ja, en } = seedExcerptFiles();
    const result = runCli(['diff', ja, en], { env: { STRATEGY_ALIGN_SIGNAL_READY: undefined, STRATEGY_ALIGN_PROGRESS_AFTER_MS: '0' } });
    expect(result.status).toBe(1); // findings
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/number-mismatch/);
  });
});
