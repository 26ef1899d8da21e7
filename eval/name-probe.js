// npm run build && node eval/name-probe.js [trials]: the name-omission check on the dev corpus
// (clean): how many injected name cuts it finds ('cut EN name' of eval/inject.js: a name no English
// dictionary word, written in another sentence too, cut from one English sentence;
// ANY_CAPITALISED=1 cuts any run of capitalised words instead) and which name findings it makes on
// the faithful pairs. NAME_VERBOSE=1 prints each missed cut.
import { alignCorpusPair, loadCorpus } from './corpus.js';
import { evaluateInjections } from './inject.js';
import { diffAlignment } from './lib.js';
import { findingsOnFaithfulPairs } from './noise.js';

const trials = Number(process.argv[2] ?? 200);
const verbose = Boolean(process.env.NAME_VERBOSE);
const isName = (d) => d.kind === 'omission' && d.message.startsWith('The English leaves out the name ');

const pairs = loadCorpus('clean');
const before = pairs.map((pair) => diffAlignment(alignCorpusPair(pair)));
const noise = findingsOnFaithfulPairs(pairs, before, isName);

console.log(`name findings on the faithful pairs: ${noise.found.length} (${noise.per100.toFixed(2)} per 100 sentence pairs)`);
for (const { pair, d } of noise.found) console.log(`  ${pair} ja ${d.ja?.lines.join('-')} en ${d.en?.lines.join('-')}: ${d.message}\n      JA ${d.ja?.context}\n      EN ${d.en?.text.replace(/\s+/g, ' ')}`);

if (trials > 0) {
  const result = evaluateInjections(pairs, before, trials, {
    kinds: ['cut EN name'],
    onMiss: verbose ? ({ pair, injected }) => console.log(`missed ${pair.id} ja ${injected.place.ja.join('-')}: ${injected.note}`) : undefined,
  })['cut EN name'];
  console.log(`\ncut EN name: caught ${result.caught}/${result.applied} (${(100 * result.recall).toFixed(1)} %), extra per injection ${result.extrasPerInjection.toFixed(2)}`);
}
