import type { Command } from 'commander';

// Filled in by the [diff] issue.
export function registerDiff(_program: Command): void {}
