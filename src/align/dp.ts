// One dynamic programme serves sections, blocks and sentences: a monotone alignment of two
// sequences with grouped moves (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), restricted to a band around the
// diagonal once the sequences are long, so the cost grows with n·band, not n·m.

export interface Move {
  a: number; // items consumed from the first sequence
  b: number; // items consumed from the second
}

export interface Step extends Move {
  i: number; // first item of the first sequence in this step
  j: number;
  cost: number;
}

/** Cost of grouping first[i, i+a) with second[j, j+b); Infinity forbids the step. */
export type StepCost = (i: number, j: number, a: number, b: number) => number;

export const STANDARD_MOVES: Move[] = [
  { a: 1, b: 1 },
  { a: 1, b: 0 },
  { a: 0, b: 1 },
  { a: 2, b: 1 },
  { a: 1, b: 2 },
];

/**
 * `cost` with each link's value remembered: after the programme, the evidence of its path
 * (stepEvidence: each link, its members one to one, its neighbours) asks again for links the
 * programme has costed. A skip costs a constant and is not remembered. `m`: the second sequence's length.
 */
export function rememberedCost(cost: StepCost, m: number): StepCost {
  const known = new Map<number, number>();
  return (i, j, a, b) => {
    if (a === 0 || b === 0) return cost(i, j, a, b);
    const key = ((i * (m + 1) + j) * 3 + a) * 3 + b; // moves take at most two units of each side
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = cost(i, j, a, b)));
    return value;
  };
}

/** Sequences whose product of lengths is below this are aligned without a band. */
const FULL_MATRIX_CELLS = 250_000;

/** Whether alignSequences(n, m) fills the whole matrix (and so asks for the cost of every pair). */
export function fillsWholeMatrix(n: number, m: number): boolean {
  return (n + 1) * (m + 1) <= FULL_MATRIX_CELLS;
}

/**
 * `floor`, if given, is a cheap lower bound of `cost` for the moves that take units of both sides:
 * a cell's skips are costed first, and a link whose bound already loses to the cheapest move so far
 * is not costed (it could not be chosen: a cell takes its cheapest move, the first in `moves` on a tie).
 */
export function alignSequences(n: number, m: number, cost: StepCost, moves: Move[] = STANDARD_MOVES, minBand = 40, floor?: StepCost): Step[] {
  if (n === 0 && m === 0) return [];
  const slope = n === 0 ? 0 : m / n;
  const band = fillsWholeMatrix(n, m) ? Infinity : Math.max(minBand, Math.ceil(Math.abs(m - n) / 4) + minBand);
  // each row's bounds computed once: the inner loop reads them for every move of every cell
  const rowLo = new Int32Array(n + 1);
  const rowHi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    rowLo[i] = band === Infinity ? 0 : Math.max(0, Math.floor(i * slope - band));
    rowHi[i] = band === Infinity ? m : Math.min(m, Math.ceil(i * slope + band));
  }
  const lo = (i: number) => rowLo[i]!;
  const hi = (i: number) => rowHi[i]!;

  // rows[i] covers j in [lo(i), hi(i)]; best[i][j - lo(i)] is the cheapest cost of aligning the prefixes.
  const best: Float64Array[] = [];
  const from: Uint8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const width = hi(i) - lo(i) + 1;
    best.push(new Float64Array(width).fill(Infinity));
    from.push(new Uint8Array(width).fill(255));
  }
  best[0]![0 - lo(0)] = 0;
  for (let i = 0; i <= n; i++) {
    const first = rowLo[i]!;
    const last = rowHi[i]!;
    for (let j = first; j <= last; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestMove = 255;
      // with a floor, two passes: the skips, then the links
      for (let pass = floor ? 0 : 1; pass < 2; pass++) {
        for (let k = 0; k < moves.length; k++) {
          const move = moves[k]!;
          const a = move.a;
          const b = move.b;
          const link = a > 0 && b > 0;
          if (floor && link !== (pass === 1)) continue;
          const pi = i - a;
          const pj = j - b;
          if (pi < 0 || pj < 0) continue;
          const pLo = rowLo[pi]!;
          if (pj < pLo || pj > rowHi[pi]!) continue;
          const prev = best[pi]![pj - pLo]!;
          if (prev === Infinity) continue;
          if (floor && link) {
            const least = prev + floor(pi, pj, a, b);
            if (least > bestCost || (least === bestCost && k > bestMove)) continue;
          }
          const total = prev + cost(pi, pj, a, b);
          if (total < bestCost || (total === bestCost && total !== Infinity && k < bestMove)) {
            bestCost = total;
            bestMove = k;
          }
        }
      }
      best[i]![j - first] = bestCost;
      from[i]![j - first] = bestMove;
    }
  }
  if (m < lo(n) || m > hi(n) || best[n]![m - lo(n)] === Infinity) {
    // The band missed the corner (very uneven sequences): fall back to the full matrix.
    if (band !== Infinity) return alignSequences(n, m, cost, moves, Math.max(n, m) + 1, floor);
    throw new Error('no alignment path (every step was forbidden)');
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = moves[from[i]![j - lo(i)]!]!;
    const pi = i - move.a;
    const pj = j - move.b;
    steps.push({ i: pi, j: pj, a: move.a, b: move.b, cost: best[i]![j - lo(i)]! - best[pi]![pj - lo(pi)]! });
    i = pi;
    j = pj;
  }
  return steps.reverse();
}
