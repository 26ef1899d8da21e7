// The stages of one pair on stderr while a long run works: shown on a terminal once the run has
// taken about two seconds, never on a pipe or file (a CI log gets no bar). The pipeline is
// synchronous, so the bar moves at stage boundaries only; it is drawn then, not by a timer.
import cliProgress from 'cli-progress';
import { holdYoungGenerationAtCap } from './young-generation.js';

/** A run shorter than this shows nothing: a person does not wonder yet. */
export const PROGRESS_AFTER_MS = 2000;

/**
 * The wait before the stages show: STRATEGY_ALIGN_PROGRESS_AFTER_MS (milliseconds, for testing and
 * tuning: a test shows the stages on a small input with 0), else PROGRESS_AFTER_MS.
 */
export function progressAfterMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.STRATEGY_ALIGN_PROGRESS_AFTER_MS;
  const ms = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : PROGRESS_AFTER_MS;
}

/** Whether to show the stages: on a terminal, and once the run has taken long enough. */
export function showsProgress(isTTY: boolean | undefined, elapsedMs: number, afterMs = PROGRESS_AFTER_MS): boolean {
  return isTTY === true && elapsedMs >= afterMs;
}

export interface StageProgress {
  /** The stage starting now; one of the stages the progress was made with. */
  stage(name: string): void;
  /** Takes the bar off the terminal (before the result is printed). */
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  afterMs?: number;
  /** Milliseconds on a steady clock. */
  now?: () => number;
}

let active: StageProgress | null = null;

/** Stops the bar of a run that ended early (an error): its timer would keep the process alive. */
export function stopProgress(): void {
  active?.stop();
}

/**
 * Progress over `stages`. With STRATEGY_ALIGN_SIGNAL_READY set (tests), each stage is also named
 * on stderr as it starts, whatever the stream: a test sends a signal once a given stage runs.
 */
export function stageProgress(stages: readonly string[], options: ProgressOptions = {}): StageProgress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const nameStages = Boolean(process.env.STRATEGY_ALIGN_SIGNAL_READY);
  const afterMs = options.afterMs ?? progressAfterMs();
  let bar: cliProgress.SingleBar | null = null;
  const progress: StageProgress = {
    stage(name) {
      holdYoungGenerationAtCap();
      if (nameStages) process.stderr.write(`strategy-align: stage ${name}\n`);
      const done = Math.max(0, stages.indexOf(name));
      if (bar) {
        bar.update(done, { stage: name });
        bar.render(); // the next timer tick would come only after this stage's synchronous work
      } else if (showsProgress(stream.isTTY, now() - started, afterMs)) {
        bar = new cliProgress.SingleBar(
          { stream, format: 'strategy-align {bar} {stage} ({value}/{total} stages done)', barsize: 20, hideCursor: false, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(stages.length, done, { stage: name });
      }
    },
    stop() {
      bar?.stop();
      bar = null;
      if (active === progress) active = null;
    },
  };
  active = progress;
  return progress;
}
