// Runs one job per manifest entry on a pool of worker threads. Generic: the job is a module that
// exports `runPairJob(entry, options)` (export writes one file per pair, diff one report per pair),
// so this file knows nothing about formats, and nothing here touches files or stderr: the job does
// its own I/O, the caller reports progress through `onOutcome`.
import { Worker } from 'node:worker_threads';
import type { JobResult, WorkerReply, WorkerRequest } from './job.js';
import type { ManifestEntry } from './manifest.js';

export interface BatchJob<Options> {
  /** file: URL of the job module (compiled JavaScript). */
  module: string;
  /** Handed to every call; must survive structured cloning (plain data). */
  options: Options;
}

export type PairOutcome =
  | { entry: ManifestEntry; ok: true; result: JobResult }
  | { entry: ManifestEntry; ok: false; error: string };

export interface BatchRunOptions {
  jobs: number;
  /** Called as each pair finishes, in completion order; `done` counts finished pairs. */
  onOutcome?: (outcome: PairOutcome, done: number, total: number) => void;
}

// From this folder's parent, so that the URL is right from the bundle (dist/bundle/) too.
const WORKER_URL = new URL('../batch/worker.js', import.meta.url);

/**
 * Processes every entry with at most `jobs` worker threads and resolves to the outcomes in manifest
 * order. A failing pair — an error thrown by the job, or a worker that dies — is an outcome like
 * any other: the other pairs go on.
 */
/** Every worker thread still running, so an interrupted run can stop them before it cleans up. */
const liveWorkers = new Set<Worker>();

/** Stops every running worker and waits until they have stopped: none then writes another file. */
export async function stopAllWorkers(): Promise<void> {
  await Promise.all([...liveWorkers].map((worker) => worker.terminate()));
  liveWorkers.clear();
}

export function runBatch<Options>(entries: ManifestEntry[], job: BatchJob<Options>, options: BatchRunOptions): Promise<PairOutcome[]> {
  const total = entries.length;
  const outcomes: Array<PairOutcome | undefined> = new Array(total);
  const poolSize = Math.max(1, Math.min(options.jobs, total));
  let next = 0;
  let done = 0;

  return new Promise((resolvePromise) => {
    if (total === 0) {
      resolvePromise([]);
      return;
    }
    const record = (index: number, outcome: PairOutcome) => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      done++;
      options.onOutcome?.(outcome, done, total);
      if (done === total) resolvePromise(outcomes as PairOutcome[]);
    };

    const startWorker = () => {
      const worker = new Worker(WORKER_URL, { workerData: { module: job.module, options: job.options } });
      liveWorkers.add(worker);
      worker.once('exit', () => liveWorkers.delete(worker));
      let current: number | null = null;
      const dispatch = () => {
        if (next >= total) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, entry: entries[current]! } satisfies WorkerRequest);
      };
      // A worker that cannot continue (uncaught error, out of memory, failed to load the job):
      // its pair fails and a fresh worker takes the rest of the queue.
      const lose = (message: string) => {
        const lost = current;
        current = null;
        worker.removeAllListeners();
        void worker.terminate();
        if (lost !== null) record(lost, { entry: entries[lost]!, ok: false, error: message });
        if (next < total) startWorker();
      };
      worker.on('message', (reply: WorkerReply) => {
        const entry = entries[reply.index]!;
        record(reply.index, reply.ok ? { entry, ok: true, result: reply.result } : { entry, ok: false, error: reply.error });
        dispatch();
      });
      worker.on('error', (error) => lose(`internal error: ${error.message}`));
      worker.on('exit', (code) => {
        if (current !== null) lose(`internal error: worker stopped with exit code ${code}`);
      });
      dispatch();
    };

    for (let i = 0; i < poolSize; i++) startWorker();
  });
}
