// Whether stdout gets colours. chalk detects terminals, pipes and FORCE_COLOR but not NO_COLOR
// (no-color.org), which users set to turn colours off everywhere; a file written with -o never gets
// colours unless FORCE_COLOR asks for them.
import chalk from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export function stdoutColorLevel(toFile: boolean, env: NodeJS.ProcessEnv = process.env): ColorLevel {
  if (env.FORCE_COLOR !== undefined) return chalk.level;
  if (toFile || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  return chalk.level;
}
