// Alignment scored against a gold.json of the development corpus. Plain functions, no pipeline, so
// tests can import them without a build.
//
// How a predicted pair counts as correct (strict bead match). Each side of the gold is cut into
// units: at block level the distinct line ranges of gold.json's blocks, at sentence level the gold
// sentences' texts located in the file. The gold's beads are the connected groups of its links: one
// Japanese paragraph with its English one (1-1), two Japanese paragraphs sharing one English paragraph
// (2-1), a paragraph on one side only (1-0, 0-1). A predicted pair is mapped to units on each side: a
// predicted block (or sentence) stands for every unit it shares at least half of the smaller of the
// two with (lines for blocks, letters and digits for sentences), so a paragraph broken by a page
// break (two blocks) is still its one unit and a block that swallowed its neighbours stands for all
// of them. The predicted pair is right when its Japanese units and its English units are exactly
// those of one gold bead ('-' for an empty side; a side lying wholly outside the gold never matches);
// a pair outside the gold on both sides (headings at sentence level, a dropped paragraph's sentences)
// is not scored. Precision = right predicted pairs / scored predicted pairs; recall = gold beads
// predicted exactly / gold beads; micro-averaged by summing the counts over all pairs of a corpus.
// Also reported: link figures, where every pair is the cross product of its units (a many-to-many
// pair yields many wrong links), for comparison with link-based evaluations.

// ---- units ------------------------------------------------------------------------------------------

/** Does a predicted span [a0,a1) stand for unit [b0,b1)? Half of the smaller one shared. */
function standsFor([a0, a1], [b0, b1]) {
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  return overlap > 0 && overlap >= 0.5 * Math.min(a1 - a0, b1 - b0);
}

/** Units given as {key, span}; returns the keys a span stands for. */
function unitsOf(span, units) {
  return units.filter((u) => standsFor(span, u.span)).map((u) => u.key);
}

const lineSpan = ([first, last]) => [first, last + 1];

function blockUnits(gold, side) {
  const seen = new Map();
  for (const b of gold.blocks) {
    if (!b[side]) continue;
    const key = `${b[side][0]}-${b[side][1]}`;
    if (!seen.has(key)) seen.set(key, { key, span: lineSpan(b[side]) });
  }
  return [...seen.values()];
}

/**
 * A file as a string of its letters and digits (NFKC, lower case) with the line of each character:
 * gold sentences (raw text) and predicted sentences (normalised text) are located in it, which
 * spacing, hyphenation and punctuation repairs do not disturb.
 */
export function letterStream(text) {
  const chars = [];
  const lines = [];
  const lineStart = [0];
  text.split('\n').forEach((line, i) => {
    for (const ch of squeeze(line)) {
      chars.push(ch);
      lines.push(i + 1);
    }
    lineStart.push(chars.length);
  });
  return { text: chars.join(''), lines, lineStart };
}

export function squeeze(text) {
  return [...text.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
}

/** Where a text lies in the stream: from `fromLine` on (not before `fromOffset`), then from `fromOffset`, then anywhere. */
function locate(stream, text, fromLine, fromOffset = 0) {
  const key = squeeze(text);
  if (!key) return null;
  // gold sentences come in document order: never before the end of the previous one on its line
  const starts = [fromLine ? Math.max(stream.lineStart[fromLine - 1], fromOffset) : null, fromOffset, 0].filter((x) => x !== null);
  for (const start of starts) {
    const at = stream.text.indexOf(key, start);
    if (at >= 0) return [at, at + key.length];
  }
  // Normalisation can change a few characters (a repaired hyphen, a dropped bullet): anchor on the
  // first and the last dozen letters instead.
  if (key.length >= 24) {
    const head = stream.text.indexOf(key.slice(0, 12), starts[0]);
    if (head >= 0) {
      const tail = stream.text.indexOf(key.slice(-12), head);
      if (tail >= 0 && tail + 12 - head < key.length * 1.5) return [head, tail + 12];
    }
  }
  return null;
}

function sentenceUnits(gold, side, stream) {
  const units = [];
  const goldSpans = [];
  let cursor = 0;
  for (const s of gold.sentences) {
    const span = locate(stream, s[side], s[`${side}Lines`]?.[0], cursor);
    goldSpans.push(span);
    if (!span) continue;
    cursor = span[1];
    const key = `${span[0]}-${span[1]}`;
    if (!units.some((u) => u.key === key)) units.push({ key, span });
  }
  return { units, goldSpans };
}

// ---- links ------------------------------------------------------------------------------------------

function sideUnits(items, spanOf, units) {
  if (items.length === 0) return ['-'];
  const keys = new Set();
  for (const item of items) {
    const span = spanOf(item);
    if (span) for (const k of unitsOf(span, units)) keys.add(k);
  }
  return keys.size ? [...keys] : ['x'];
}

const outside = (keys) => keys.every((k) => k === 'x' || k === '-');

/** A predicted pair as a bead key and its cross-product links; null when wholly outside the gold. */
function predictedBead(jaUnits, enUnits, score, type, at) {
  if (outside(jaUnits) && outside(enUnits)) return null;
  const key = `${[...jaUnits].sort().join('+')}→${[...enUnits].sort().join('+')}`;
  return { key, score, type, at, links: jaUnits.flatMap((j) => enUnits.map((e) => `${j}→${e}`)) };
}

/** Gold links [jaKey|null, enKey|null] grouped into beads (connected components). */
function goldBeads(links) {
  const parent = new Map();
  const find = (x) => (parent.get(x) === x ? x : find(parent.get(x)));
  const add = (x) => parent.has(x) || parent.set(x, x);
  for (const [j, e] of links) {
    if (j) add(`j:${j}`);
    if (e) add(`e:${e}`);
    if (j && e) parent.set(find(`j:${j}`), find(`e:${e}`));
  }
  const groups = new Map();
  for (const x of parent.keys()) {
    const root = find(x);
    if (!groups.has(root)) groups.set(root, { ja: [], en: [] });
    groups.get(root)[x[0] === 'j' ? 'ja' : 'en'].push(x.slice(2));
  }
  const side = (keys) => (keys.length ? keys.sort().join('+') : '-');
  return [...groups.values()].map((g) => `${side(g.ja)}→${side(g.en)}`);
}

/** Predicted pairs and gold beads of one aligned pair of documents, at block and at sentence level. */
export function scorePair(pair, alignment) {
  const ja = { blocks: blockUnits(pair.gold, 'ja'), stream: letterStream(pair.jaText) };
  const en = { blocks: blockUnits(pair.gold, 'en'), stream: letterStream(pair.enText) };
  const rangeKey = (r) => (r ? `${r[0]}-${r[1]}` : null);
  const goldBlocks = pair.gold.blocks.map((b) => [rangeKey(b.ja), rangeKey(b.en)]);
  const blockSpan = (b) => lineSpan(b.lines);
  const predictedBlocks = alignment.pairs.map((p, k) =>
    predictedBead(sideUnits(p.ja, blockSpan, ja.blocks), sideUnits(p.en, blockSpan, en.blocks), p.score, p.type, [k]),
  );

  const jaSentences = sentenceUnits(pair.gold, 'ja', ja.stream);
  const enSentences = sentenceUnits(pair.gold, 'en', en.stream);
  const spanKey = (span) => `${span[0]}-${span[1]}`;
  const goldSentences = pair.gold.sentences
    .map((_, i) => [jaSentences.goldSpans[i], enSentences.goldSpans[i]])
    .filter(([j, e]) => j && e)
    .map(([j, e]) => [spanKey(j), spanKey(e)]);
  const unlocated = pair.gold.sentences.length - goldSentences.length;
  const sentenceSpan = (stream) => (s) => locate(stream, s.normalized, s.lines[0]);
  const predictedSentences = alignment.pairs.flatMap((p, k) =>
    p.sentences.map((sp, l) =>
      predictedBead(sideUnits(sp.ja, sentenceSpan(ja.stream), jaSentences.units), sideUnits(sp.en, sentenceSpan(en.stream), enSentences.units), sp.score, sp.type, [k, l]),
    ),
  );
  return {
    blocks: tally(predictedBlocks.filter(Boolean), goldBlocks),
    sentences: { ...tally(predictedSentences.filter(Boolean), goldSentences), unlocatedGold: unlocated },
  };
}

/** Counts of one pair at one level (beads, and links for reference), each predicted pair marked right or wrong. */
function tally(predicted, goldLinks) {
  const beads = new Set(goldBeads(goldLinks));
  const right = predicted.filter((p) => beads.has(p.key));
  const links = new Set(goldLinks.map(([j, e]) => `${j ?? '-'}→${e ?? '-'}`));
  const predictedLinks = new Set(predicted.flatMap((p) => p.links));
  return {
    hits: new Set(right.map((p) => p.key)).size,
    predicted: predicted.length,
    gold: beads.size,
    links: { hits: [...predictedLinks].filter((l) => links.has(l)).length, predicted: predictedLinks.size, gold: links.size },
    // at: where the pair is in the alignment ([pair] or [pair, sentence pair]), for the calibration
    pairs: predicted.map((p) => ({ score: p.score, type: p.type, right: beads.has(p.key), at: p.at })),
  };
}

export function prf({ hits, predicted, gold }) {
  const precision = predicted ? hits / predicted : 1;
  const recall = gold ? hits / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const SCORE_BANDS = [
  [0, 0.3],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.0001],
];

/** Per score band: predicted pairs and the share right. */
export function reliability(scoredPairs) {
  return SCORE_BANDS.map(([lo, hi]) => {
    const inBand = scoredPairs.filter((p) => p.score >= lo && p.score < hi);
    const right = inBand.filter((p) => p.right).length;
    return { band: `[${lo}, ${hi > 1 ? 1 : hi}${hi > 1 ? ']' : ')'}`, pairs: inBand.length, right, share: inBand.length ? right / inBand.length : null };
  });
}

/** Alignment figures of one part of the corpus: micro-averaged P/R/F1, the worst pairs, reliability. */
export function evaluateAlignment(pairs, alignments) {
  const zero = () => ({ hits: 0, predicted: 0, gold: 0 });
  const totals = { blocks: zero(), sentences: zero() };
  const linkTotals = { blocks: zero(), sentences: zero() };
  const perPair = [];
  const scored = { blocks: [], sentences: [] };
  let unlocatedGold = 0;
  pairs.forEach((pair, i) => {
    const r = scorePair(pair, alignments[i]);
    for (const level of ['blocks', 'sentences']) {
      for (const k of ['hits', 'predicted', 'gold']) {
        totals[level][k] += r[level][k];
        linkTotals[level][k] += r[level].links[k];
      }
      scored[level].push(...r[level].pairs);
    }
    unlocatedGold += r.sentences.unlocatedGold;
    perPair.push({ id: pair.id, blocks: { ...pick(r.blocks), ...prf(r.blocks) }, sentences: { ...pick(r.sentences), ...prf(r.sentences) } });
  });
  const worst = [...perPair].sort((a, b) => a.blocks.f1 - b.blocks.f1 || a.sentences.f1 - b.sentences.f1 || a.id.localeCompare(b.id)).slice(0, 5);
  return {
    pairs: pairs.length,
    blocks: { ...totals.blocks, ...prf(totals.blocks), links: { ...linkTotals.blocks, ...prf(linkTotals.blocks) } },
    sentences: { ...totals.sentences, ...prf(totals.sentences), unlocatedGold, links: { ...linkTotals.sentences, ...prf(linkTotals.sentences) } },
    worst,
    reliability: { blocks: reliability(scored.blocks), sentences: reliability(scored.sentences) },
  };
}

const pick = ({ hits, predicted, gold }) => ({ hits, predicted, gold });
