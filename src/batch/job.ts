// What a batch job is: the module a worker thread loads exports `runPairJob(entry, options)`, which
// writes its pair's outputs and says what it wrote. Shared by the pool, its workers and the jobs.
import type { ManifestEntry } from './manifest.js';

/** One file a job wrote, relative to the output folder. */
export interface JobOutput {
  file: string;
  bytes: number;
  sha256: string;
  /** Job-specific counts, e.g. { segments: 412 } or { findings: 7 }. */
  counts?: Record<string, number>;
}

export interface JobResult {
  outputs: JobOutput[];
  warnings: string[];
  /** The pair succeeded but its result fails the run (diff: a finding at or above --fail-on). */
  failsRun?: boolean;
  /** diff with a baseline: the ids of its entries this pair's findings did not match (an entry
   *  no pair matched is stale). */
  baselineUnmatched?: string[];
}

/** What a job module exports. It runs inside a worker thread. */
export type PairJob<Options> = (entry: ManifestEntry, options: Options) => JobResult | Promise<JobResult>;

/** Messages between the pool (pool.ts) and a worker thread (worker.ts). */
export interface WorkerRequest {
  index: number;
  entry: ManifestEntry;
}
export type WorkerReply = { index: number; ok: true; result: JobResult } | { index: number; ok: false; error: string };
