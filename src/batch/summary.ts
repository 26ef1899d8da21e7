// The summary a batch run writes next to its outputs.
import type { Shard } from './manifest.js';
import type { JobOutput } from './job.js';
import type { PairOutcome } from './pool.js';

export interface BatchSummary {
  schema: 'strategy-align/batch-summary@1';
  command: string;
  tool: string;
  manifest: string;
  shard: Shard | null;
  options: Record<string, unknown>;
  /** failed: pairs that could not be processed; failingRun: processed pairs whose result fails the run. */
  totals: { pairs: number; ok: number; failed: number; failingRun: number };
  pairs: Array<{
    id: string;
    line: number;
    ja: string;
    en: string;
    status: 'ok' | 'failed';
    failsRun?: true;
    outputs: JobOutput[];
    warnings: string[];
    error?: string;
  }>;
}

/** The summary written next to the outputs: what was processed and written, in manifest order.
 *  No times or absolute paths, so a rerun on the same inputs writes the same bytes. */
export function batchSummary(input: {
  command: string;
  tool: string;
  manifest: string;
  shard: Shard | null;
  options: Record<string, unknown>;
  outcomes: PairOutcome[];
}): BatchSummary {
  const failed = input.outcomes.filter((outcome) => !outcome.ok).length;
  const failingRun = input.outcomes.filter((outcome) => outcome.ok && outcome.result.failsRun === true).length;
  return {
    schema: 'strategy-align/batch-summary@1',
    command: input.command,
    tool: input.tool,
    manifest: input.manifest,
    shard: input.shard,
    options: input.options,
    totals: { pairs: input.outcomes.length, ok: input.outcomes.length - failed, failed, failingRun },
    pairs: input.outcomes.map((outcome) => ({
      id: outcome.entry.id,
      line: outcome.entry.line,
      ja: outcome.entry.jaAsWritten,
      en: outcome.entry.enAsWritten,
      status: outcome.ok ? 'ok' : 'failed',
      ...(outcome.ok && outcome.result.failsRun === true ? { failsRun: true as const } : {}),
      outputs: outcome.ok ? outcome.result.outputs : [],
      warnings: outcome.ok ? outcome.result.warnings : [],
      ...(outcome.ok ? {} : { error: outcome.error }),
    })),
  };
}
