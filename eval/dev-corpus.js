// The dev-corpus evaluation: alignment against gold (clean and damaged), reliability of the scores
// (damaged), injected discrepancies (clean) and noise on faithful translations (clean). Prints a
// summary, writes eval/results.json and the figures between the markers of docs/quality.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { alignCorpusPair, CORPUS_DIR, corpusAvailable, loadCorpus } from './corpus.js';
import { collectEvidence, crossValidate, MIN_PER_OUTCOME } from './calibration.js';
import { evaluateAlignment } from './gold-score.js';
import { evaluateInjections, INJECTIONS, RECALL_KINDS } from './inject.js';
import { diffAlignment, pct } from './lib.js';
import { evaluateNoise } from './noise.js';
import { evaluateTranslationRows, translationRows } from './translation.js';

export const RESULTS_FILE = 'eval/results.json';
export const QUALITY_FILE = 'docs/quality.md';
const START = '<!-- eval:dev-corpus:start -->';
const END = '<!-- eval:dev-corpus:end -->';
export const DEFAULT_TRIALS = 40;

export function evaluateDevCorpus(trials = DEFAULT_TRIALS) {
  const clean = loadCorpus('clean');
  const damaged = loadCorpus('damaged');
  const cleanAlignments = clean.map(alignCorpusPair);
  const damagedAlignments = damaged.map(alignCorpusPair);
  const cleanFindings = cleanAlignments.map(diffAlignment);
  const injections = evaluateInjections(clean, cleanFindings, trials);
  const totals = RECALL_KINDS.reduce((t, k) => ({ applied: t.applied + injections[k].applied, caught: t.caught + injections[k].caught, extras: t.extras + injections[k].extras }), { applied: 0, caught: 0, extras: 0 });
  const all = Object.values(injections).reduce((t, r) => ({ applied: t.applied + r.applied, extras: t.extras + r.extras }), { applied: 0, extras: 0 });
  return {
    corpus: { pairs: clean.length, trialsPerKind: trials },
    alignment: { clean: evaluateAlignment(clean, cleanAlignments), damaged: evaluateAlignment(damaged, damagedAlignments) },
    injections: {
      perKind: injections,
      recallOverSixKinds: totals.applied ? totals.caught / totals.applied : 0,
      extrasPerInjectionOverSixKinds: totals.applied ? totals.extras / totals.applied : 0,
      extrasPerInjection: all.applied ? all.extras / all.applied : 0,
    },
    noise: evaluateNoise(clean, cleanFindings),
    calibration: crossValidate(collectEvidence(damaged)),
    translation: evaluateTranslationRows(translationRows(clean, damaged)),
  };
}

/** The cross-validated reliability and the "not a translation" figures, for docs/quality.md. */
function calibrationMarkdown(r) {
  const out = [];
  const cv = r.calibration;
  out.push(
    '',
    '**Calibrated scores, cross-validated** (`npm run calibrate` fits them; here each damaged article is scored by models fitted on the other 32): per band, the pairs and the share right. Skips (1-0, 0-1) are not calibrated and keep the margin formula: the corpus has no sentence missing on one side to learn from (all predicted sentence skips are wrong), and fitted block skips would score the seeds\' closing mark "(以上)" under 0.5; the block pairs column includes them, the block links alone are in the line under the table.',
    '',
    '| score | block pairs | share right | sentence links | share right | sentence skips | share right |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  cv.blocks.reliability.forEach((b, i) => {
    const l = cv.sentenceLinks.reliability[i];
    const k = cv.sentenceSkips.reliability[i];
    const share = (x) => (x.share === null ? '–' : pct(x.share));
    out.push(`| ${b.band} | ${b.pairs} | ${share(b)} | ${l.pairs} | ${share(l)} | ${k.pairs} | ${share(k)} |`);
  });
  const f = (x) => (x === null ? '–' : x.toFixed(3));
  out.push('', `Mean score against share right: block pairs ${f(cv.blocks.meanScore)} / ${pct(cv.blocks.right / cv.blocks.pairs)} (Brier ${f(cv.blocks.brier)}); block links ${f(cv.blockLinks.meanScore)} / ${pct(cv.blockLinks.right / cv.blockLinks.pairs)} (Brier ${f(cv.blockLinks.brier)}, ${cv.blockLinks.reliability.at(-1).pairs} scoring ≥ 0.9, ${pct(cv.blockLinks.reliability.at(-1).share ?? 0)} right); block skips ${f(cv.blockSkips.meanScore)} / ${cv.blockSkips.pairs ? pct(cv.blockSkips.right / cv.blockSkips.pairs) : '–'}; sentence links ${f(cv.sentenceLinks.meanScore)} / ${pct(cv.sentenceLinks.right / cv.sentenceLinks.pairs)} (Brier ${f(cv.sentenceLinks.brier)}).`);
  for (const k of cv.keptLastFit ?? []) {
    out.push('', `Not cross-validated: ${k.name === 'blockLink' ? 'block links' : k.name} (${k.right} right, ${k.wrong} wrong on this corpus) are too few of one outcome for a fit (at least ${MIN_PER_OUTCOME} of each), with or without an article, so they keep the model of the last fit (on ${k.lastFit ?? 'unknown data'}: the mistakes of an earlier build on this same corpus), in the cross-validation too; their share of the rows above is scored by a model that saw this corpus.`);
  }
  const t = r.translation;
  const line = (name, x) =>
    `${name}: **${x.trueRefused.length} of ${x.truePairs} true pairs refused** (the clean and damaged pairs and the seeds), **${x.mismatchedAccepted.length} of ${x.mismatched} mismatched pairs accepted** (the Japanese of one article with the English of another, all ${x.mismatched - 66} ordered pairs of the clean corpus, and the seeds against every article both ways)`;
  out.push(
    '',
    '**Not a translation** (`align`, `diff`, `export` and `report` stop with exit 2 unless `--force`; `translationEvidence` in `src/align/evidence.ts`):',
    '',
    `- ${line('as shipped', t.shipped)}${t.shipped.trueRefused.length ? `; refused: ${t.shipped.trueRefused.join('; ')}` : ''}.`,
    `- ${line('leave-one-article-out (the model and threshold fitted without the article)', t.crossValidated)}${t.crossValidated.trueRefused.length ? `; refused: ${t.crossValidated.trueRefused.join('; ')}` : ''}.`,
  );
  if (t.shipped.mismatchedAccepted.length) out.push(`- Accepted mismatched pairs (as shipped): ${t.shipped.mismatchedAccepted.slice(0, 10).join('; ')}${t.shipped.mismatchedAccepted.length > 10 ? '; …' : ''}.`);
  out.push(
    '',
    'Refitting after a change to the aligner\'s costs or features is one command, `npm run calibrate` (it rewrites `src/align/calibration.ts`, deterministic); then `npm run eval` for these figures. The pair models are fitted on the damaged corpus (which has wrong links to learn from); the refusal threshold sits a quarter of a log-odds unit under the least convincing true pair of the fit, so "0 true pairs refused" as shipped holds by construction and the cross-validated line is the honest one.',
  );
  return out;
}

const f3 = (x) => (x === null ? '–' : x.toFixed(3));

/** The figures as markdown, for docs/quality.md. */
export function markdown(r) {
  const out = [];
  const { clean, damaged } = r.alignment;
  out.push(`Measured by \`npm run eval\` on the ${r.corpus.pairs} pairs of the development corpus (\`../shared/dev-corpus\`, NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles, CC BY-SA 3.0). \`EVAL_PART=dev-corpus npm run eval\` runs only this part (about half a minute); how each figure is counted is at the end.`, '');
  out.push('**Alignment** against `gold.json` (strict: a predicted pair is right when it links exactly the units of one gold link group; micro-averaged over all pairs; links = the cross product of each pair, for reference)', '');
  out.push('| corpus | level | gold | predicted | right | precision | recall | F1 | link F1 |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, a] of [['clean', clean], ['damaged', damaged]]) {
    for (const level of ['blocks', 'sentences']) {
      const x = a[level];
      out.push(`| ${name} | ${level} | ${x.gold} | ${x.predicted} | ${x.hits} | ${f3(x.precision)} | ${f3(x.recall)} | ${f3(x.f1)} | ${f3(x.links.f1)} |`);
    }
  }
  out.push('', `Worst pairs (block F1, sentence F1): clean ${clean.worst.map((w) => `${w.id} ${f3(w.blocks.f1)}/${f3(w.sentences.f1)}`).join(', ')}; damaged ${damaged.worst.map((w) => `${w.id} ${f3(w.blocks.f1)}/${f3(w.sentences.f1)}`).join(', ')}.`, '');
  out.push('**Reliability of the scores** on the damaged corpus, as shipped (the calibration was fitted on this same corpus; the cross-validated table below is the honest one): predicted pairs per score band and the share right', '');
  out.push('| score | block pairs | right | share right | sentence pairs | right | share right |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  damaged.reliability.blocks.forEach((b, i) => {
    const s = damaged.reliability.sentences[i];
    out.push(`| ${b.band} | ${b.pairs} | ${b.right} | ${b.share === null ? '–' : pct(b.share)} | ${s.pairs} | ${s.right} | ${s.share === null ? '–' : pct(s.share)} |`);
  });
  if (r.calibration) out.push(...calibrationMarkdown(r));
  const inj = r.injections;
  out.push('', `**Injected discrepancies** in the clean pairs, one at a time (${r.corpus.trialsPerKind} per kind, seeded; \`EVAL_TRIALS\` changes it): caught = a new finding of an accepted kind on the injected lines`, '');
  out.push('| injected | accepted kinds | applied | caught | recall | caught as error | extra findings per injection |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, x] of Object.entries(inj.perKind)) {
    out.push(`| ${kind} | ${INJECTIONS[kind].accepted.join(', ')} | ${x.applied} | ${x.caught} | ${pct(x.recall)} | ${x.caughtBySeverity.error} | ${x.extrasPerInjection.toFixed(2)} |`);
  }
  out.push('', `Recall over the six kinds that move a figure or a whole sentence (not the clause and name cuts): **${pct(inj.recallOverSixKinds)}**, with ${inj.extrasPerInjectionOverSixKinds.toFixed(2)} extra findings per injection (${inj.extrasPerInjection.toFixed(2)} over all ${Object.keys(inj.perKind).length} kinds).`, '');
  const n = r.noise;
  out.push(`**Noise on faithful translations** (clean pairs): ${n.errors} errors and ${n.warnings} warnings over ${n.sentencePairs} gold sentence pairs = **${n.per100.toFixed(1)} per 100 sentence pairs**`, '');
  out.push('| kind | errors | warnings | per 100 sentence pairs |', '| --- | ---: | ---: | ---: |');
  for (const [kind, x] of Object.entries(n.perKind)) out.push(`| ${kind} | ${x.error} | ${x.warning} | ${x.per100.toFixed(1)} |`);
  const j = n.judged;
  out.push('', `Judged sample (\`${j.file}\`, each finding judged by reading both texts): ${j.stillProduced} of its ${j.rows} findings still reported, ${j.judgedTrue} of them true (${j.shareTrue === null ? '–' : pct(j.shareTrue)}); ${j.unjudged} reported findings not judged.`);
  out.push(
    '',
    'How these are counted:',
    '',
    "- *Alignment*: each side of `gold.json` is cut into units (a block's line range; a gold sentence's text, found in the file by its letters and digits). A gold link group (bead) is a 1-1, 2-1, 1-0 or 0-1 set of units. A predicted pair stands for every unit it shares at least half of the smaller one with (a paragraph split by a page break is still its one unit); it is right when its units on both sides are exactly one bead's. Precision = right / predicted pairs touching the gold; recall = beads predicted exactly / beads. *Link F1* counts the cross product of each pair's units instead (lenient on a 1-2 that should be 1-1, harsh on a block that swallowed its neighbours).",
    '- *Injections* edit the file text at a place the gold locates (the English paragraph is rewrapped at 80 columns), then run the whole pipeline and `diff` with default settings. *Caught*: a finding of an accepted kind, any severity, on the Japanese paragraph or the rewritten English lines, that the un-injected run did not report with the same kind and texts. *Extra*: other findings whose kind and Japanese text (English text when there is none) the un-injected run did not have. A number change touches only a number that the Japanese sentence also writes in digits; a clause cut removes a comma-delimited segment of at least five words with no digit.',
    '- *Noise*: errors and warnings of `diff` (default severities) on the clean pairs, per 100 sentence pairs of the gold (`gold.json` `sentences`). The judged sample is 40 of them picked by a seeded shuffle; a row counts while `diff` still reports that finding (pair, kind, lines, texts and the value it is about; not the message, whose wording may change).',
  );
  return out.join('\n');
}

/** Puts the figures between the markers, creating docs/quality.md (or the markers) when missing. */
export function writeQuality(text) {
  const block = `${START}\n${text}\n${END}`;
  let doc = existsSync(QUALITY_FILE) ? readFileSync(QUALITY_FILE, 'utf8') : '# Quality\n';
  if (doc.includes(START) && doc.includes(END)) {
    doc = doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length);
  } else if (doc.includes('\n## Development corpus')) {
    // at the end of that section: before the next heading of its level, or at the end
    const heading = doc.indexOf('\n## Development corpus') + 1;
    const nextHeading = doc.indexOf('\n## ', heading);
    const at = nextHeading < 0 ? doc.length : nextHeading + 1;
    doc = `${doc.slice(0, at).trimEnd()}\n\n${block}\n${nextHeading < 0 ? '' : `\n${doc.slice(at)}`}`;
  } else {
    doc = `${doc.trimEnd()}\n\n## Development corpus\n\n${block}\n`;
  }
  mkdirSync('docs', { recursive: true });
  writeFileSync(QUALITY_FILE, doc);
}

/** results.json: the figures, and the findings not judged yet as one line each (node eval/judging-sample.js prints them as rows to judge). */
function forJson(r) {
  const { rows, unjudgedRows, ...noise } = r.noise;
  const unjudged = unjudgedRows.map((u) => `${u.pair} ${u.kind} ja ${u.ja_lines} en ${u.en_lines}: ${u.message}`);
  return { ...r, noise: { ...noise, unjudgedFindings: unjudged } };
}

export function printSummary(r) {
  const line = (label, x) => `  ${label.padEnd(18)} P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}  (${x.hits} right of ${x.predicted} predicted, ${x.gold} gold; link F1 ${pct(x.links.f1)})`;
  console.log(`\nDevelopment corpus (${CORPUS_DIR}, ${r.corpus.pairs} pairs)`);
  for (const part of ['clean', 'damaged']) {
    const a = r.alignment[part];
    console.log(line(`${part} blocks`, a.blocks));
    console.log(line(`${part} sentences`, a.sentences));
    console.log(`  ${''.padEnd(18)} worst: ${a.worst.map((w) => `${w.id} ${f3(w.blocks.f1)}/${f3(w.sentences.f1)}`).join('  ')}`);
  }
  console.log('  reliability on damaged (band: block pairs, share right | sentence pairs, share right)');
  r.alignment.damaged.reliability.blocks.forEach((b, i) => {
    const s = r.alignment.damaged.reliability.sentences[i];
    console.log(`    ${b.band.padEnd(11)} ${String(b.pairs).padStart(4)} ${b.share === null ? '   –' : pct(b.share).padStart(6)} | ${String(s.pairs).padStart(4)} ${s.share === null ? '   –' : pct(s.share).padStart(6)}`);
  });
  if (r.calibration) {
    console.log('  cross-validated calibration (band: block pairs, share right | sentence links | sentence skips)');
    r.calibration.blocks.reliability.forEach((b, i) => {
      const l = r.calibration.sentenceLinks.reliability[i];
      const k = r.calibration.sentenceSkips.reliability[i];
      const cell = (x) => `${String(x.pairs).padStart(4)} ${x.share === null ? '     –' : pct(x.share).padStart(6)}`;
      console.log(`    ${b.band.padEnd(11)} ${cell(b)} | ${cell(l)} | ${cell(k)}`);
    });
    for (const [name, x] of Object.entries(r.translation)) {
      console.log(`  not a translation (${name}): ${x.trueRefused.length} of ${x.truePairs} true pairs refused, ${x.mismatchedAccepted.length} of ${x.mismatched} mismatched accepted`);
      if (process.env.EVAL_VERBOSE) for (const line of [...x.trueRefused, ...x.mismatchedAccepted]) console.log(`      ${line}`);
    }
  }
  console.log(`\n  Injected into the clean pairs (${r.corpus.trialsPerKind} per kind)`);
  for (const [kind, x] of Object.entries(r.injections.perKind)) {
    console.log(`    ${kind.padEnd(28)} caught ${x.caught}/${x.applied} (${pct(x.recall)}; ${x.caughtBySeverity.error} as error)  extra per injection ${x.extrasPerInjection.toFixed(2)}`);
    if (process.env.EVAL_VERBOSE) for (const m of x.misses) console.log(`        missed ${m}`);
  }
  console.log(`    recall over the six non-clause kinds ${pct(r.injections.recallOverSixKinds)}, extra per injection ${r.injections.extrasPerInjectionOverSixKinds.toFixed(2)}`);
  const n = r.noise;
  console.log(`\n  Noise on the clean pairs: ${n.errors} errors + ${n.warnings} warnings per ${n.sentencePairs} gold sentence pairs = ${n.per100.toFixed(1)} per 100`);
  for (const [kind, x] of Object.entries(n.perKind)) console.log(`    ${kind.padEnd(16)} ${x.error} errors ${x.warning} warnings  ${x.per100.toFixed(1)} per 100`);
  const j = n.judged;
  console.log(`  judged sample: ${j.judgedTrue} true of ${j.stillProduced} still reported (${j.shareTrue === null ? '–' : pct(j.shareTrue)}); ${j.unjudged} reported findings unjudged`);
  if (process.env.EVAL_VERBOSE) for (const u of n.unjudgedRows) console.log(`    unjudged ${u.pair} ${u.kind} ja ${u.ja_lines} en ${u.en_lines}`);
}

export function runDevCorpus() {
  if (!corpusAvailable()) {
    console.log(`\nDevelopment corpus not found at ${CORPUS_DIR} (set DEV_CORPUS): skipped`);
    return null;
  }
  const trials = Number(process.env.EVAL_TRIALS ?? DEFAULT_TRIALS);
  const r = evaluateDevCorpus(trials);
  printSummary(r);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(forJson(r), null, 2)}\n`);
  writeQuality(markdown(r));
  console.log(`\n  written: ${RESULTS_FILE}, ${QUALITY_FILE}`);
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) runDevCorpus();
