// Diff quality by mutation: inject one omission, addition, changed number, changed date or
// duplicated sentence into the real English text, run the diff, and check that a new finding of
// the right kind appears at the right place, and how many other new findings come with it.
import { detectDiscrepancies } from '../dist/diff/steps/detect.js';
import { alignTexts, random } from './lib.js';

/** What identifies a finding across runs on slightly different texts: not the English block text,
 *  which the mutation itself changes. */
function findingKey(d) {
  return `${d.kind}|${d.ja ? d.ja.text : ''}|${d.ja ? '' : d.en?.text ?? ''}`;
}

function englishSentences(alignment) {
  return alignment.pairs.flatMap((pair, index) =>
    pair.sentences.flatMap((sp) => sp.en.map((sentence) => ({ index, pair, sp, sentence }))),
  );
}

const singleLine = (x) => x.sentence.lines[0] === x.sentence.lines[1];
const bodyPair = (x) => x.pair.ja.length > 0 && x.pair.en.every((b) => b.kind === 'paragraph' || b.kind === 'bullet');
/** Only sentences translated one to one: removing one half of a sentence the English split in two
 *  leaves a partial translation, not an omission whose truth is known. */
const oneToOne = (x) => x.sp.type === '1-1';

/** Each mutation returns the changed English lines and the finding kind it should produce, or null when it cannot apply. */
const MUTATIONS = {
  omission(lines, x) {
    if (x.sp.ja.length === 0 || x.pair.sentences.length < 2) return null;
    const line = lines[x.sentence.lines[0] - 1];
    if (!line.includes(x.sentence.text)) return null;
    lines[x.sentence.lines[0] - 1] = line.replace(x.sentence.text, '').replace(/\s{2,}/g, ' ');
    return 'omission';
  },
  addition(lines, x, all, next) {
    const far = all.filter((y) => Math.abs(y.index - x.index) > 10 && y.sentence.normalized.length > 60 && y.sp.ja.length > 0);
    const donor = far[Math.floor(next() * far.length)];
    const line = lines[x.sentence.lines[0] - 1];
    if (!donor || !line.includes(x.sentence.text)) return null;
    lines[x.sentence.lines[0] - 1] = line.replace(x.sentence.text, `${x.sentence.text} ${donor.sentence.normalized}`);
    return 'addition';
  },
  'number-mismatch'(lines, x) {
    // A figure written in digits ("30 trillion yen", "14 issues"), changed to another figure.
    const anchor = x.sentence.anchors.find((a) => a.type === 'number' && /\d{2,}/.test(a.text));
    const line = lines[x.sentence.lines[0] - 1];
    if (!anchor || !line.includes(anchor.text)) return null;
    const digits = /\d[\d,]*/.exec(anchor.text)[0];
    const changed = anchor.text.replace(digits, String(Number(digits.replace(/,/g, '')) * 2 + 1));
    lines[x.sentence.lines[0] - 1] = line.replace(anchor.text, changed);
    return 'number-mismatch';
  },
  'date-mismatch'(lines, x) {
    const anchor = x.sentence.anchors.find((a) => a.type === 'date' && /20\d\d/.test(a.text));
    const line = lines[x.sentence.lines[0] - 1];
    if (!anchor || !line.includes(anchor.text)) return null;
    const year = /20\d\d/.exec(anchor.text)[0];
    lines[x.sentence.lines[0] - 1] = line.replace(anchor.text, anchor.text.replace(year, String(Number(year) + 3)));
    return 'date-mismatch';
  },
  duplication(lines, x) {
    const line = lines[x.sentence.lines[0] - 1];
    if (x.sentence.normalized.length < 60 || !line.includes(x.sentence.text)) return null;
    lines[x.sentence.lines[0] - 1] = line.replace(x.sentence.text, `${x.sentence.text} ${x.sentence.text}`);
    return 'duplication';
  },
};

export function evaluateMutations(jaText, enText, trialsPerKind = 40) {
  const clean = alignTexts(jaText, enText);
  const before = new Set(detectDiscrepancies(clean).map(findingKey));
  const candidates = englishSentences(clean).filter(singleLine).filter(bodyPair).filter(oneToOne);
  const results = {};
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    const next = random(name.length * 7919);
    let applied = 0;
    let caught = 0;
    let extras = 0;
    const misses = [];
    for (let attempt = 0; applied < trialsPerKind && attempt < trialsPerKind * 20; attempt++) {
      const x = candidates[Math.floor(next() * candidates.length)];
      const lines = enText.split('\n');
      const expectedKind = mutate(lines, x, candidates, next);
      if (!expectedKind) continue;
      applied++;
      const line = x.sentence.lines[0];
      const found = detectDiscrepancies(alignTexts(jaText, lines.join('\n'))).filter((d) => !before.has(findingKey(d)));
      const hit = found.find((d) => d.kind === expectedKind && d.en && d.en.lines[0] <= line && line <= d.en.lines[1]);
      if (hit) caught++;
      else misses.push(`${expectedKind} at EN line ${line}: ${x.sentence.normalized.slice(0, 70)}`);
      extras += found.length - (hit ? 1 : 0);
    }
    results[name] = { applied, caught, recall: applied ? caught / applied : 0, extrasPerMutation: applied ? extras / applied : 0, misses };
  }
  return results;
}
