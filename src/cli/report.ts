import type { Command } from 'commander';

// Filled in by the [report] issue.
export function registerReport(_program: Command): void {}
