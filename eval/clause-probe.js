// npm run build && node eval/clause-probe.js [trials]: the clause-omission check alone on the dev
// corpus (clean): how many injected clause cuts it finds (more trials than `npm run eval` runs, for a
// steadier figure) and which clause findings it makes on the faithful pairs. CLAUSE_VERBOSE=1
// prints each missed cut with its sentence pairs and their word links.
import { alignCorpusPair, loadCorpus } from './corpus.js';
import { evaluateInjections } from './inject.js';
import { diffAlignment } from './lib.js';
import { findingsOnFaithfulPairs } from './noise.js';

const { sentencePairLinks } = await import('../dist/align/links.js');
const trials = Number(process.argv[2] ?? 200);
const verbose = Boolean(process.env.CLAUSE_VERBOSE);
const isClause = (d) => d.kind === 'omission' && d.message.match(/^The English (leaves out: |has no main clause)/);

const pairs = loadCorpus('clean');
const alignments = pairs.map(alignCorpusPair);
const before = alignments.map(diffAlignment);
const noise = findingsOnFaithfulPairs(pairs, before, isClause);

const flat = (t) => t.normalize('NFKC').replace(/\s+/g, ' ');

/** The sentence pairs of the injected paragraph whose English the original text does not hold (the cut one). */
function show(alignment, lines, original) {
  const whole = flat(original);
  for (const pair of alignment.pairs) {
    if (!pair.ja.some((b) => b.lines[0] <= lines[1] && lines[0] <= b.lines[1])) continue;
    for (const sp of pair.sentences) {
      const ja = sp.ja.map((s) => s.normalized).join('\n');
      const en = sp.en.map((s) => s.normalized).join('\n');
      if (sp.en.every((s) => whole.includes(flat(s.normalized)))) continue;
      console.log(`    [${sp.type}] JA ${ja}\n           EN ${en}`);
      const found = sentencePairLinks(alignment, sp);
      if (found && sp.ja.length === 1) {
        const jaS = sp.ja[0].normalized;
        const mask = new Uint8Array(jaS.length);
        for (const l of found.links) mask.fill(1, l.ja[0], l.ja[1]);
        let run = 0, best = 0, kanji = 0, linked = 0;
        for (let i = 0; i < jaS.length; i++) {
          if (!/\p{Script=Han}/u.test(jaS[i])) continue;
          kanji++;
          if (mask[i]) { linked++; run = 0; } else best = Math.max(best, ++run);
        }
        const room = en.length / ((alignment.lengthRatio ?? 2.2) * ja.length);
        console.log(`           room ${room.toFixed(2)} run ${best} rest ${((linked) / Math.max(1, kanji - best)).toFixed(2)} en ${found.coverage.en}`);
      }
      if (found) console.log(`           links ${found.links.map((l) => `${ja.slice(...l.ja)}=${en.slice(...l.en)}(${l.source[0]})`).join(' ')}  cov ${found.coverage.ja}/${found.coverage.en}`);
    }
  }
}

const result = evaluateInjections(pairs, before, trials, {
  kinds: ['cut EN clause'],
  onMiss: verbose ? ({ pair, injected, alignment }) => {
    console.log(`\nmissed ${pair.id} ja ${injected.place.ja.join('-')}`);
    show(alignment, injected.place.ja, pair.enText);
  } : undefined,
})['cut EN clause'];
console.log(`\ncut EN clause: caught ${result.caught}/${result.applied} (${(100 * result.recall).toFixed(1)} %), extra per injection ${result.extrasPerInjection.toFixed(2)}`);
console.log(`clause findings on the faithful pairs: ${noise.found.length} (${noise.per100.toFixed(2)} per 100 sentence pairs)`);
for (const { pair, d } of noise.found) console.log(`  ${pair} ja ${d.ja?.lines.join('-')} en ${d.en?.lines.join('-')}: ${d.message}\n      EN ${d.en?.text.replace(/\s+/g, ' ')}`);
