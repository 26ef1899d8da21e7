import type { Command } from 'commander';

// Filled in by the [align] issue.
export function registerAlign(_program: Command): void {}
