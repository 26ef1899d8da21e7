// Alignment quality: (a) block links against the hand-checked gold of whole chapters of the seed
// pair; (b) synthetic damage applied to the real text, with the truth known by construction.
import { readFileSync } from 'node:fs';
import { addCounts, alignTexts, calibration, documentFromText, inRanges, parseGold, predictedLinks, random, score, scoredPairs, SEEDS } from './lib.js';

const GOLD_FILE = 'fixtures/gold/block-alignment.tsv';

/** Line ranges the gold covers, from its header lines "# range ja A-B en C-D". */
function goldRanges(tsv) {
  return [...tsv.matchAll(/^# range ja (\d+)-(\d+) en (\d+)-(\d+)/gm)].map((m) => ({ ja: [+m[1], +m[2]], en: [+m[3], +m[4]] }));
}

export function evaluateGold(jaText, enText, goldTsv) {
  const ranges = goldRanges(goldTsv);
  const gold = parseGold(goldTsv);
  const alignment = alignTexts(jaText, enText);
  const predicted = predictedLinks(alignment).filter((l) => inRanges(l, ranges));
  return {
    ...score(predicted, gold),
    missed: gold.filter((l) => !predicted.includes(l)),
    wrong: predicted.filter((l) => !gold.includes(l)),
    calibration: calibration(scoredPairs(alignment), gold, ranges),
  };
}

// ---- synthetic damage -------------------------------------------------------------------------

/** Text lines with edits that keep a map from old line numbers to new ones (null: removed). */
class EditableText {
  constructor(text) {
    this.lines = text.split('\n').map((content, i) => ({ content, old: i + 1 }));
  }
  indexOf(oldLine) {
    return this.lines.findIndex((l) => l.old === oldLine);
  }
  remove(firstOld, lastOld) {
    const i = this.indexOf(firstOld);
    const j = this.indexOf(lastOld);
    let end = j + 1;
    while (end < this.lines.length && this.lines[end].content.trim() === '') end++; // the blank lines after it
    this.lines.splice(i, end - i);
  }
  newLine(oldLine) {
    const i = this.indexOf(oldLine);
    return i < 0 ? null : i + 1;
  }
  toString() {
    return this.lines.map((l) => l.content).join('\n');
  }
}

const BULLET = /^\s*(?:[-•*]\s*)?(?:・\s*)?/;

function blocksByFirstLine(document) {
  return new Map(document.blocks.map((b) => [b.lines[0], b]));
}

const DAMAGES = {
  'drop EN paragraph'(ctx) {
    const link = ctx.pick(ctx.oneToOne.filter(([, en]) => ctx.en.get(en)));
    const block = ctx.en.get(link[1]);
    ctx.enText.remove(block.lines[0], block.lines[1]);
    ctx.gold = ctx.gold.filter((l) => l !== link).concat([[link[0], '-']]);
  },
  'drop JA paragraph'(ctx) {
    const link = ctx.pick(ctx.oneToOne.filter(([ja]) => ctx.ja.get(ja)));
    const block = ctx.ja.get(link[0]);
    ctx.jaText.remove(block.lines[0], block.lines[1]);
    ctx.gold = ctx.gold.filter((l) => l !== link).concat([['-', link[1]]]);
  },
  'merge two EN paragraphs'(ctx) {
    const candidates = ctx.oneToOne.filter(([, en]) => {
      const next = ctx.oneToOne.find((l) => l[1] === ctx.nextEn.get(en));
      return next && ctx.en.get(en) && ctx.en.get(next[1]);
    });
    const first = ctx.pick(candidates);
    const second = ctx.oneToOne.find((l) => l[1] === ctx.nextEn.get(first[1]));
    const a = ctx.en.get(first[1]);
    const b = ctx.en.get(second[1]);
    const lastOfA = ctx.enText.lines[ctx.enText.indexOf(a.lines[1])];
    const firstOfB = ctx.enText.lines[ctx.enText.indexOf(b.lines[0])];
    lastOfA.content = `${lastOfA.content} ${firstOfB.content.replace(BULLET, '')}`;
    const from = ctx.enText.indexOf(a.lines[1]) + 1;
    const to = ctx.enText.indexOf(b.lines[0]);
    ctx.enText.lines.splice(from, to - from + 1);
    ctx.gold = ctx.gold.filter((l) => l !== second).concat([[second[0], first[1]]]);
  },
  'break EN paragraph mid-sentence'(ctx) {
    const link = ctx.pick(ctx.oneToOne.filter(([, en]) => ctx.en.get(en) && ctx.en.get(en).lines[0] === ctx.en.get(en).lines[1] && ctx.en.get(en).text.length > 200));
    const line = ctx.enText.lines[ctx.enText.indexOf(link[1])];
    const cut = line.content.indexOf(' ', Math.floor(line.content.length / 2));
    const rest = line.content.slice(cut + 1);
    line.content = line.content.slice(0, cut);
    const at = ctx.enText.indexOf(link[1]) + 1;
    ctx.enText.lines.splice(at, 0, { content: '', old: -1 }, { content: rest, old: -2 });
  },
};

function damageTrial(name, seed, jaText, enText, goldTsv) {
  const next = random(seed);
  const goldLinks = parseGold(goldTsv).map((l) => l.split('→').map((x) => (x === '-' ? '-' : Number(x))));
  const ja = blocksByFirstLine(documentFromText(jaText, SEEDS.ja, 'ja'));
  const enDoc = documentFromText(enText, SEEDS.en, 'en');
  const en = blocksByFirstLine(enDoc);
  const nextEn = new Map(enDoc.blocks.slice(0, -1).map((b, i) => [b.lines[0], enDoc.blocks[i + 1].lines[0]]));
  const counts = (side) => goldLinks.reduce((m, l) => m.set(l[side], (m.get(l[side]) ?? 0) + 1), new Map());
  const jaCount = counts(0);
  const enCount = counts(1);
  const body = (b) => b && (b.kind === 'paragraph' || b.kind === 'bullet');
  const oneToOne = goldLinks.filter(([j, e]) => j !== '-' && e !== '-' && jaCount.get(j) === 1 && enCount.get(e) === 1 && body(ja.get(j)) && body(en.get(e)));
  const ctx = {
    ja, en, nextEn, oneToOne, gold: goldLinks,
    jaText: new EditableText(jaText),
    enText: new EditableText(enText),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
  DAMAGES[name](ctx);
  const remap = (value, text) => (value === '-' ? '-' : text.newLine(value));
  const gold = ctx.gold.map(([j, e]) => `${remap(j, ctx.jaText)}→${remap(e, ctx.enText)}`);
  const ranges = [...goldTsv.matchAll(/^# range ja (\d+)-(\d+) en (\d+)-(\d+)/gm)].map((m) => ({
    ja: [ctx.jaText.newLine(+m[1]) ?? +m[1], ctx.jaText.newLine(+m[2]) ?? +m[2]],
    en: [ctx.enText.newLine(+m[3]) ?? +m[3], ctx.enText.newLine(+m[4]) ?? +m[4]],
  }));
  const alignment = alignTexts(ctx.jaText.toString(), ctx.enText.toString());
  const predicted = predictedLinks(alignment).filter((l) => inRanges(l, ranges));
  return { ...score(predicted, gold), calibration: calibration(scoredPairs(alignment), gold, ranges) };
}

export function evaluateDamage(jaText, enText, goldTsv, trials = 10) {
  const results = {};
  for (const name of Object.keys(DAMAGES)) {
    const totals = { hits: 0, predicted: 0, gold: 0 };
    let counts = {};
    for (let t = 0; t < trials; t++) {
      const r = damageTrial(name, 1000 + t, jaText, enText, goldTsv);
      totals.hits += r.hits;
      totals.predicted += r.predicted;
      totals.gold += r.gold;
      counts = addCounts(counts, r.calibration);
    }
    const precision = totals.hits / totals.predicted;
    const recall = totals.hits / totals.gold;
    results[name] = { precision, recall, f1: (2 * precision * recall) / (precision + recall), trials, calibration: counts };
  }
  return results;
}

export function loadSeedsAndGold() {
  return { ja: readFileSync(SEEDS.ja, 'utf8'), en: readFileSync(SEEDS.en, 'utf8'), gold: readFileSync(GOLD_FILE, 'utf8') };
}
