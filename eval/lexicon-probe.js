// npm run build && node eval/lexicon-probe.js: how well word-link coverage tells a sentence's true
// translation from its neighbours. For each gold sentence pair of the dev corpus (clean), the
// Japanese sentence is linked with the true English sentence and with the English sentences up to
// two gold pairs before and after; the pair "ranks first" when the true English scores strictly
// highest (score: mean of the Japanese and English coverage). Per source set, and the time taken.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { linkWords, learnAssociations } = await import(`${root}dist/lexicon/links.js`);
const { extractAnchors } = await import(`${root}dist/anchors/index.js`);
const corpus = `${root}../shared/dev-corpus/clean/`;

function sentence(text, lang) {
  const normalized = text.normalize('NFKC');
  return { normalized, anchors: extractAnchors(normalized, lang) };
}

const articles = readdirSync(corpus)
  .filter((id) => /^[A-Z]{3}\d+$/.test(id))
  .sort()
  .map((id) => {
    const gold = JSON.parse(readFileSync(`${corpus}${id}/gold.json`, 'utf8'));
    return gold.sentences.map((s) => ({ ja: sentence(s.ja, 'ja'), en: sentence(s.en, 'en') }));
  });

const SETS = {
  'all but association': new Set(['supplement', 'dictionary', 'anchor', 'latin', 'loanword', 'reading']),
  'dictionary only': new Set(['dictionary']),
  'anchors only': new Set(['anchor']),
  all: null,
};

const score = (r) => (r.coverage.ja + r.coverage.en) / 2;
for (const [name, sources] of Object.entries(SETS)) {
  let first = 0;
  let total = 0;
  const t0 = performance.now();
  let links = 0;
  for (const pairs of articles) {
    const associations = sources ? undefined : learnAssociations(pairs.map((p) => ({ ja: p.ja.normalized, en: p.en.normalized })));
    pairs.forEach((pair, i) => {
      const options = { associations, sources: sources ?? undefined };
      const truth = linkWords(pair.ja, pair.en, options);
      links += truth.links.length;
      const own = score(truth);
      let best = -1;
      for (let k = Math.max(0, i - 2); k <= Math.min(pairs.length - 1, i + 2); k++) {
        if (k === i || pairs[k].en.normalized === pair.en.normalized) continue;
        best = Math.max(best, score(linkWords(pair.ja, pairs[k].en, options)));
      }
      if (best < 0) return; // an article of one sentence has no neighbours
      total++;
      if (own > best) first++;
    });
  }
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(20)} true English first among ±2 neighbours: ${first}/${total} = ${((100 * first) / total).toFixed(1)} %  (${links} links in the true pairs, ${ms.toFixed(0)} ms)`);
}
