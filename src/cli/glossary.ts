import type { Command } from 'commander';

// Filled in by the [glossary] issue.
export function registerGlossary(_program: Command): void {}
