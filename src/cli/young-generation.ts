// V8 lets its young generation (the new space, where objects are born) grow to 32 MB over a long
// run, and that memory stays committed to the end: at 32 copies of the seeds, an eighth of the peak
// RSS. Its limit can only be set when Node starts (--max-semi-space-size), but its growth can be
// stopped from the running program (--semi-space-growth-factor=1). Stopped at 8 MB, a long run
// needs about four times as many scavenges, each a quarter of the size, for the same time in the
// collector; stopped at V8's start-up size (4 MB), the fixed cost of each scavenge makes that time
// two to three times as long (docs/quality.md, "Speed and memory").
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's size at which it stops growing, as v8.getHeapSpaceStatistics reports it. */
export const YOUNG_GENERATION_CAP_BYTES = 8 * 1024 * 1024;

let watching = false;

/**
 * From bin/strategy-align.js, once the bundle is compiled (the code cache is checked against V8's
 * flags, so the build's recording run must not change them): from now on, each stage of a pair
 * checks whether the young generation has reached the cap.
 */
export function capYoungGeneration(): void {
  watching = true;
}

/**
 * Stops the young generation's growth once it has reached the cap. V8 doubles it at a scavenge, and
 * a pair's stages start often enough that it is seen at 8 MB on the way (a double step between two
 * stages leaves it at 16 MB, still half the default).
 */
export function holdYoungGenerationAtCap(): void {
  if (!watching) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_GENERATION_CAP_BYTES) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  watching = false;
}
