// A worker thread of runBatch: loads the job module once, then runs one pair per request.
import { parentPort, workerData } from 'node:worker_threads';
import type { JobResult, PairJob, WorkerReply, WorkerRequest } from './job.js';
import type { ManifestEntry } from './manifest.js';

const { module, options } = workerData as { module: string; options: unknown };
const job = ((await import(module)) as { runPairJob: PairJob<unknown> }).runPairJob;

/**
 * A user's mistake (bad file, bad encoding) reads as one line naming the file as the manifest
 * wrote it, so the summary does not depend on where the manifest lay; anything else is internal.
 */
function describe(error: unknown, entry: ManifestEntry): string {
  if (!(error instanceof Error)) return `internal error: ${String(error)}`;
  if (error.name !== 'InputError') return `internal error: ${error.message}`;
  const file = (error as Error & { file?: string }).file;
  const asWritten = file === entry.ja ? entry.jaAsWritten : file === entry.en ? entry.enAsWritten : undefined;
  return file !== undefined && asWritten !== undefined && error.message.startsWith(`${file}: `)
    ? `${asWritten}: ${error.message.slice(file.length + 2)}`
    : error.message;
}

parentPort!.on('message', async ({ index, entry }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result: JobResult = await job(entry, options);
    reply = { index, ok: true, result };
  } catch (error) {
    reply = { index, ok: false, error: describe(error, entry) };
  }
  parentPort!.postMessage(reply);
});
