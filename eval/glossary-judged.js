// Scoring glossary candidates against a hand judgement: plain functions, no pipeline, so tests can
// import them without a build.

const TOP = 100;

/** "ja\ten" → { correct, note } from the judged TSV (comment lines start with #). */
export function parseJudged(tsv) {
  const judged = new Map();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [ja, en, correct, note = ''] = line.split('\t');
    if (ja === 'ja' && en === 'en') continue;
    judged.set(`${ja}\t${en}`, { correct: correct === 'yes', note });
  }
  return judged;
}

export function precisionAt(candidates, judged, top = TOP) {
  const ranked = candidates.slice(0, top);
  const wrong = [];
  const unjudged = [];
  let correct = 0;
  for (const c of ranked) {
    const verdict = judged.get(`${c.ja}\t${c.en}`);
    if (!verdict) unjudged.push(c);
    else if (verdict.correct) correct++;
    else wrong.push({ ...c, note: verdict.note });
  }
  return { top: ranked.length, correct, precision: ranked.length ? correct / ranked.length : 0, wrong, unjudged };
}
