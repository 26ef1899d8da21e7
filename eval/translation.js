// The "not a translation" decision (src/align/evidence.ts translationEvidence): its document-level
// model is fitted here (scripts/calibrate.js stores it) and measured: true pairs refused (every
// clean and damaged dev-corpus pair, and the seeds) and mismatched pairs accepted (the Japanese of
// article A with the English of article B for every A ≠ B of the clean corpus, the seeds' Japanese
// with every dev-corpus English and every dev-corpus Japanese with the seeds' English).
import { readFileSync } from 'node:fs';
import { alignDocuments } from '../dist/align/index.js';
import { translationEvidence } from '../dist/align/evidence.js';
import { fitLogistic } from './calibration.js';
import { documentFromText, SEEDS } from './lib.js';

export const TRANSLATION_FEATURES = ['expectedRightShare', 'lengthSpread', 'lengthRatioGap', 'valueShare', 'documentValueShare', 'hasValues'];
/** The refusal threshold sits this far (in log-odds) under the least convincing true pair of the fit. */
const MARGIN = 0.25;
/** Weaker shrinkage than the pair models': six features, over a thousand document pairs. */
const L2 = 0.01;

const load = (path, lang) => documentFromText(readFileSync(path, 'utf8'), path, lang);

/**
 * One row per document pair: {id, fold (the dev-corpus article it belongs to, or 'seeds'),
 * articles (every article it involves), translation (true or mismatched), evidence}.
 */
export function translationRows(clean, damaged) {
  const rows = [];
  const seedJa = load(SEEDS.ja, 'ja');
  const seedEn = load(SEEDS.en, 'en');
  const add = (id, fold, articles, translation, ja, en) => rows.push({ id, fold, articles, translation, evidence: translationEvidence(alignDocuments(ja, en)) });
  for (const p of [...clean, ...damaged]) add(`${p.part} ${p.id}`, p.id, [p.id], true, load(p.jaPath, 'ja'), load(p.enPath, 'en'));
  add('seeds', 'seeds', ['seeds'], true, seedJa, seedEn);
  const ja = clean.map((p) => load(p.jaPath, 'ja'));
  const en = clean.map((p) => load(p.enPath, 'en'));
  clean.forEach((a, i) =>
    clean.forEach((b, k) => {
      if (i !== k) add(`${a.id} ja + ${b.id} en`, a.id, [a.id, b.id], false, ja[i], en[k]);
    }),
  );
  clean.forEach((p, k) => {
    add(`seeds ja + ${p.id} en`, p.id, ['seeds', p.id], false, seedJa, en[k]);
    add(`${p.id} ja + seeds en`, p.id, [p.id, 'seeds'], false, ja[k], seedEn);
  });
  return rows;
}

const zOf = (model, features) => TRANSLATION_FEATURES.reduce((z, f) => z + model.weights[f] * features[f], model.intercept);
const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** The model and its threshold: the least convincing true pair's probability, MARGIN log-odds lower. */
export function fitTranslation(rows, margin = MARGIN, l2 = L2) {
  const beta = fitLogistic(rows.map((r) => ({ x: TRANSLATION_FEATURES.map((f) => r.evidence.features[f]), y: r.translation ? 1 : 0 })), TRANSLATION_FEATURES.length, l2);
  const model = { intercept: round4(beta[0]), weights: Object.fromEntries(TRANSLATION_FEATURES.map((f, i) => [f, round4(beta[i + 1])])) };
  const lowest = Math.min(...rows.filter((r) => r.translation).map((r) => zOf(model, r.evidence.features)));
  return { model, threshold: round4(1 / (1 + Math.exp(-(lowest - margin)))) };
}

const refusedBy = (fit, row) => 1 / (1 + Math.exp(-zOf(fit.model, row.evidence.features))) < fit.threshold;

function count(rows, refused) {
  const truePairs = rows.filter((r) => r.translation);
  const mismatched = rows.filter((r) => !r.translation);
  return {
    truePairs: truePairs.length,
    trueRefused: truePairs.filter(refused).map((r) => `${r.id}: ${r.evidence.reason}`),
    mismatched: mismatched.length,
    mismatchedAccepted: mismatched.filter((r) => !refused(r)).map((r) => `${r.id}: ${r.evidence.reason}`),
  };
}

/** The shipped decision (translationEvidence's verdict) and the leave-one-article-out one (the seeds pair judged by the full fit). */
export function evaluateTranslationRows(rows, margin = MARGIN, l2 = L2) {
  const shipped = count(rows, (r) => r.evidence.verdict === 'not-a-translation');
  const folds = [...new Set(rows.map((r) => r.fold))].filter((f) => f !== 'seeds');
  const decisions = new Map();
  const full = fitTranslation(rows, margin, l2);
  for (const r of rows.filter((x) => x.fold === 'seeds')) decisions.set(r, refusedBy(full, r));
  for (const fold of folds) {
    const fit = fitTranslation(rows.filter((r) => !r.articles.includes(fold)), margin, l2);
    for (const r of rows.filter((x) => x.fold === fold)) decisions.set(r, refusedBy(fit, r));
  }
  return { shipped, crossValidated: count(rows, (r) => decisions.get(r)) };
}
