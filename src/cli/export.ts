import type { Command } from 'commander';

// Filled in by the [export] issue.
export function registerExport(_program: Command): void {}
