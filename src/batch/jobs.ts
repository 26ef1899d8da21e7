// --jobs of the batch commands. Apart from the worker pool (pool.ts) because --help shows the
// default: declaring the option must not load the pool and its progress bar.
import { availableParallelism } from 'node:os';
import { InputError } from '../model.js';

export function defaultJobs(): number {
  return availableParallelism();
}

export function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs expects a whole number ≥ 1, not "${text}"`);
  return jobs;
}
