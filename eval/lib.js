// Shared helpers of the evaluation scripts: run the pipeline in-process on text, and score block
// links against a gold standard keyed by the first line of each block.
// Every evaluation reaches the pipeline through alignTexts/alignFiles and diffAlignment below, so
// switching to the public API (dist/index.js) is a change here only.
import { existsSync, readFileSync } from 'node:fs';
import { alignDocuments } from '../dist/align/index.js';
import { annotateDocument } from '../dist/anchors/index.js';
import { runDiff } from '../dist/diff/index.js';
import { parseDocument } from '../dist/parse/index.js';
import { sourceFromBytes } from '../dist/read/index.js';

export const SEEDS = {
  ja: 'seeds/integrated-innovation-strategy-2025.ja.txt',
  en: 'seeds/integrated-innovation-strategy-2025.en.md',
};

// The public API (dist/index.js, src/index.ts) once the build has it; until then the stage modules
// it composes, in the same order.
const api = existsSync(new URL('../dist/index.js', import.meta.url)) ? await import('../dist/index.js') : {};

export function documentFromText(text, path, lang) {
  if (api.documentFromText) return api.documentFromText(text, path, lang);
  return annotateDocument(parseDocument(sourceFromBytes(Buffer.from(text, 'utf8'), path, lang)));
}

/** The whole pipeline (read → parse → anchors → align) on two texts; the paths only name them. */
export function alignTexts(jaText, enText, jaPath = SEEDS.ja, enPath = SEEDS.en) {
  return alignDocuments(documentFromText(jaText, jaPath, 'ja'), documentFromText(enText, enPath, 'en'));
}

export function alignFiles(jaPath, enPath) {
  return alignTexts(readFileSync(jaPath, 'utf8'), readFileSync(enPath, 'utf8'), jaPath, enPath);
}

/** The findings `strategy-align diff` reports with default settings (severities, dedupe, order). */
export function diffAlignment(alignment) {
  return (api.findDiscrepancies ?? runDiff)(alignment).discrepancies;
}

/** Links of an alignment as strings "jaLine→enLine", "jaLine→-", "-→enLine" (first lines of blocks). */
export function predictedLinks(alignment) {
  const links = [];
  for (const pair of alignment.pairs) {
    if (pair.ja.length && pair.en.length) {
      for (const j of pair.ja) for (const e of pair.en) links.push(`${j.lines[0]}→${e.lines[0]}`);
    } else if (pair.ja.length) for (const j of pair.ja) links.push(`${j.lines[0]}→-`);
    else for (const e of pair.en) links.push(`-→${e.lines[0]}`);
  }
  return links;
}

/** Each pair's links and score, for checking what the scores mean. */
export function scoredPairs(alignment) {
  return alignment.pairs.map((pair) => ({ score: pair.score, links: predictedLinks({ pairs: [pair] }) }));
}

/** How well scores separate right pairs from wrong ones: counts of right/wrong pairs above and
 *  below 0.5, over the pairs inside the gold's ranges. */
export function calibration(pairs, gold, ranges) {
  const goldSet = new Set(gold);
  const counts = { rightHigh: 0, rightLow: 0, wrongHigh: 0, wrongLow: 0 };
  for (const pair of pairs) {
    if (!pair.links.some((l) => inRanges(l, ranges))) continue;
    const right = pair.links.every((l) => goldSet.has(l));
    counts[`${right ? 'right' : 'wrong'}${pair.score >= 0.5 ? 'High' : 'Low'}`]++;
  }
  return counts;
}

export function addCounts(a, b) {
  return Object.fromEntries(Object.keys(b).map((k) => [k, (a[k] ?? 0) + b[k]]));
}

/** Gold TSV: ja_line, en_line ('-' for none), comment. Returns the links and the line ranges it covers. */
export function parseGold(tsv) {
  const links = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [ja, en] = line.split('\t');
    links.push(`${ja.trim()}→${en.trim()}`);
  }
  return links;
}

export function inRanges(link, ranges) {
  const [ja, en] = link.split('→');
  const within = (value, [lo, hi]) => value !== '-' && Number(value) >= lo && Number(value) <= hi;
  return ranges.some((r) => within(ja, r.ja) || within(en, r.en));
}

export function score(predicted, gold) {
  const goldSet = new Set(gold);
  const predSet = new Set(predicted);
  const hits = [...predSet].filter((l) => goldSet.has(l)).length;
  const precision = predSet.size ? hits / predSet.size : 1;
  const recall = goldSet.size ? hits / goldSet.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, hits, predicted: predSet.size, gold: goldSet.size };
}

/** Deterministic pseudo-random numbers (mulberry32), so every eval run damages the same places. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pct = (x) => `${(100 * x).toFixed(1)}%`;
