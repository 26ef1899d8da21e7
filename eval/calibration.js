// Calibration of the alignment scores: a logistic model per kind of step (block link, block skip,
// sentence link, sentence skip) from the evidence the aligner records for each step
// (src/align/score.ts stepEvidence), fitted on the damaged development corpus, where the gold says
// which predicted pairs are right. scripts/calibrate.js writes the fitted coefficients to
// src/align/calibration.ts; the evaluation reports the leave-one-article-out reliability.
import { CALIBRATION } from '../dist/align/calibration.js';
import { alignWithEvidence } from '../dist/align/index.js';
import { reliability, scorePair } from './gold-score.js';
import { documentFromText } from './lib.js';

/** The features each model reads, by name (a step's evidence has these keys). */
export const MODEL_FEATURES = {
  blockLink: ['cost', 'marginUnlinked', 'marginCompeting', 'lengthFit', 'values', 'lexical', 'unmatched', 'grouped', 'heading', 'logLength'],
  blockSkip: ['margin', 'logLength'],
  sentenceLink: ['cost', 'marginUnlinked', 'marginCompeting', 'lengthFit', 'values', 'lexical', 'unmatched', 'grouped', 'logLength', 'block'],
  sentenceSkip: ['margin', 'logLength', 'block'],
};

/**
 * A model whose data lacks either outcome (fewer than MIN_PER_OUTCOME right or wrong steps) is not
 * fitted. A skip model keeps this prior, the aligner's margin formula (a skip is as likely right as
 * wrong when linking the unit to its neighbour would cost as much): the damaged corpus has no
 * sentence missing on one side, so sentence skips keep it. A link model has no margin feature, so
 * the prior would score every link 0.5: it keeps the model of the last fit instead (block links, once
 * the aligner made fewer than five mistakes on the corpus).
 */
export const MIN_PER_OUTCOME = 5;
const PRIOR = { intercept: 0, weights: { margin: 1.1 } };
/**
 * Skips keep the prior whatever the data. Sentence skips: the damaged corpus has none right. Block
 * skips: fitted, they score every short unpaired unit low (most unpaired short labels of the corpus
 * are links the aligner missed), the seeds' closing mark "(以上)" included, which the seed tests
 * require to be a confident 1-0; until a feature tells the two apart, they keep the margin formula.
 */
const KEPT_AT_PRIOR = { blockSkip: 'kept at the prior margin formula (fitted, it scores the seeds\' closing mark under 0.5)', sentenceSkip: null };

/** L2 penalty on the weights (not the intercept): keeps a rare feature from taking an extreme weight. */
const L2 = 1;
const ITERATIONS = 30;

/** Per article: the evidence of every block pair and sentence pair, and which of the scored ones are right. */
export function collectEvidence(corpusPairs) {
  return corpusPairs.map((pair) => {
    const { alignment, evidence } = alignWithEvidence(documentFromText(pair.jaText, pair.jaPath, 'ja'), documentFromText(pair.enText, pair.enPath, 'en'));
    const scored = scorePair(pair, alignment);
    return {
      id: pair.id,
      blockEvidence: evidence.pairs,
      blocks: scored.blocks.pairs.map((p) => ({ at: p.at[0], right: p.right, type: p.type })),
      sentences: scored.sentences.pairs.map((p) => ({ at: p.at, right: p.right, type: p.type, evidence: evidence.sentences[p.at[0]][p.at[1]] })),
      shipped: { blocks: scored.blocks.pairs, sentences: scored.sentences.pairs },
    };
  });
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** Logistic regression by Newton's method (deterministic): rows of {x: number[], y: 0|1}. Returns [intercept, ...weights]. */
export function fitLogistic(rows, dimension, l2 = L2) {
  const d = dimension + 1;
  let beta = new Array(d).fill(0);
  if (rows.length === 0) return beta;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const { x, y } of rows) {
      const v = [1, ...x];
      const p = sigmoid(v.reduce((z, xi, i) => z + xi * beta[i], 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        gradient[i] += (y - p) * v[i];
        for (let k = 0; k < d; k++) hessian[i][k] += w * v[i] * v[k];
      }
    }
    for (let i = 1; i < d; i++) {
      gradient[i] -= l2 * beta[i];
      hessian[i][i] += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b + step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return beta;
}

function toModel(name, beta) {
  const round = (x) => Math.round(x * 1e4) / 1e4;
  return { intercept: round(beta[0]), weights: Object.fromEntries(MODEL_FEATURES[name].map((f, i) => [f, round(beta[i + 1])])) };
}

/** Same arithmetic as src/align/score.ts probability(). */
export function probability(model, features) {
  let z = model.intercept;
  for (const name of Object.keys(model.weights).sort()) z += model.weights[name] * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

const round3 = (x) => Math.round(x * 1000) / 1000;
const logOdds = (p) => Math.max(-6, Math.min(6, Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p))));
const modelOf = (level, evidence) => `${level}${evidence.link ? 'Link' : 'Skip'}`;
const row = (name, features, right) => ({ x: MODEL_FEATURES[name].map((f) => features[f] ?? 0), y: right ? 1 : 0 });

/** The block models, then the sentence models (which read the block pair's score as computed by those block models). */
export function fitCalibration(articles) {
  const models = {};
  const data = {};
  const fit = (name, rows) => {
    const right = rows.filter((r) => r.y === 1).length;
    const enough = Math.min(right, rows.length - right) >= MIN_PER_OUTCOME;
    const keepsLastFit = !enough && name.endsWith('Link');
    data[name] = { right, wrong: rows.length - right, fitted: enough && !(name in KEPT_AT_PRIOR), keepsLastFit, why: KEPT_AT_PRIOR[name] ?? null };
    models[name] = data[name].fitted ? toModel(name, fitLogistic(rows, MODEL_FEATURES[name].length)) : keepsLastFit ? CALIBRATION[name] : PRIOR;
  };
  for (const name of ['blockLink', 'blockSkip']) {
    fit(name, articles.flatMap((a) => a.blocks.filter((b) => modelOf('block', a.blockEvidence[b.at]) === name).map((b) => row(name, a.blockEvidence[b.at].features, b.right))));
  }
  for (const name of ['sentenceLink', 'sentenceSkip']) {
    fit(name, articles.flatMap((a) => a.sentences.filter((s) => modelOf('sentence', s.evidence) === name).map((s) => row(name, sentenceFeatures(models, a, s), s.right))));
  }
  Object.defineProperty(models, 'data', { value: data, enumerable: false });
  return models;
}

function blockScore(models, article, at) {
  const evidence = article.blockEvidence[at];
  return round3(probability(models[modelOf('block', evidence)], evidence.features));
}

function sentenceFeatures(models, article, sentence) {
  return { ...sentence.evidence.features, block: logOdds(blockScore(models, article, sentence.at[0])) };
}

/** Scores of one article's scored pairs under the given models, rounded as the aligner rounds them. */
export function scoreArticle(models, article) {
  return {
    blocks: article.blocks.map((b) => ({ score: blockScore(models, article, b.at), right: b.right, type: b.type })),
    sentences: article.sentences.map((s) => ({ score: round3(probability(models[modelOf('sentence', s.evidence)], sentenceFeatures(models, article, s))), right: s.right, type: s.type })),
  };
}

/** Leave-one-article-out: each article scored by models fitted on the others. */
export function crossValidate(articles) {
  const blocks = [];
  const sentences = [];
  const keptLastFit = new Set();
  articles.forEach((article, k) => {
    const models = fitCalibration(articles.filter((_, i) => i !== k));
    for (const [name, d] of Object.entries(models.data)) if (d.keepsLastFit) keptLastFit.add(name);
    const scored = scoreArticle(models, article);
    blocks.push(...scored.blocks);
    sentences.push(...scored.sentences);
  });
  const all = fitCalibration(articles).data;
  return { ...summarize({ blocks, sentences }), keptLastFit: [...keptLastFit].sort().map((name) => ({ name, right: all[name].right, wrong: all[name].wrong, lastFit: CALIBRATION.notes?.[name] ?? null })) };
}

/** Reliability bands, Brier score and the mean score against the share right. */
export function summarize({ blocks, sentences }) {
  const stats = (pairs) => ({
    pairs: pairs.length,
    right: pairs.filter((p) => p.right).length,
    meanScore: pairs.length ? pairs.reduce((s, p) => s + p.score, 0) / pairs.length : null,
    brier: pairs.length ? pairs.reduce((s, p) => s + (p.score - (p.right ? 1 : 0)) ** 2, 0) / pairs.length : null,
    reliability: reliability(pairs),
  });
  const skip = (p) => p.type === '1-0' || p.type === '0-1';
  return {
    blocks: stats(blocks),
    blockLinks: stats(blocks.filter((p) => !skip(p))),
    blockSkips: stats(blocks.filter(skip)),
    sentenceLinks: stats(sentences.filter((p) => !skip(p))),
    sentenceSkips: stats(sentences.filter(skip)),
  };
}

/** The scores the aligner gave (the shipped coefficients, or none before the first fit), summarised alike. */
export function shippedSummary(articles) {
  return summarize({ blocks: articles.flatMap((a) => a.shipped.blocks), sentences: articles.flatMap((a) => a.shipped.sentences) });
}
