// Discrepancies injected into the clean dev-corpus pairs, one at a time, on the file text (so parsing
// runs too), each at a place the gold locates on both sides; then `diff` is run and the injected place
// is looked up among its findings.
//
// caught: a finding of an accepted kind (any severity) whose Japanese or English lines overlap the
// injected place (the Japanese paragraph line, the rewritten English paragraph's lines) and which the
// un-injected run did not report with the same kind and texts.
// extra: a finding of the injected run whose kind and Japanese text (its English text when it has no
// Japanese side) no finding of the un-injected run has, other than the one counted as caught.
import { alignTexts, diffAlignment, random } from './lib.js';
import { englishStemId } from '../dist/lexicon/dictionary.js';
import { stemWord } from '../dist/lexicon/english.js';

/** What each kind of injection should produce, and what else is accepted as catching it. */
export const INJECTIONS = {
  'drop EN sentence': { expected: 'omission', accepted: ['omission'] },
  'drop EN paragraph': { expected: 'omission', accepted: ['omission'] },
  'change EN number/date': { expected: 'number-mismatch', accepted: ['number-mismatch', 'date-mismatch'] },
  'duplicate EN sentence': { expected: 'duplication', accepted: ['duplication', 'addition'] },
  'drop JA sentence': { expected: 'addition', accepted: ['addition'] },
  'add EN sentence with figure': { expected: 'addition', accepted: ['addition', 'number-mismatch', 'date-mismatch'] },
  'cut EN clause': { expected: 'omission', accepted: ['omission'] },
  'cut EN name': { expected: 'omission', accepted: ['omission'] },
};
/** The kinds the issue's recall target counts (the clause and name cuts are the lexicon issue's). */
export const RECALL_KINDS = Object.keys(INJECTIONS).filter((k) => k !== 'cut EN clause' && k !== 'cut EN name');

const WRAP = 80;

/** Greedy wrap at 80 columns, as the corpus' en.md files are wrapped. */
function wrap(text) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The gold block whose English range holds a gold sentence. */
function blockOf(gold, sentence) {
  return gold.blocks.find((b) => b.en && b.ja && b.en[0] <= sentence.enLines[0] && sentence.enLines[1] <= b.en[1]);
}

/** Rewrites one English paragraph (its lines joined by spaces) and returns the new text and place. */
function editEnglishParagraph(pair, block, edit) {
  const lines = pair.enText.split('\n');
  const joined = lines.slice(block.en[0] - 1, block.en[1]).join(' ');
  const changed = edit(joined);
  if (changed === null || changed === joined) return null;
  const rewrapped = wrap(changed);
  lines.splice(block.en[0] - 1, block.en[1] - block.en[0] + 1, ...rewrapped);
  return {
    jaText: pair.jaText,
    enText: lines.join('\n'),
    place: { ja: block.ja, en: [block.en[0], block.en[0] + rewrapped.length - 1] },
  };
}

const sentencesOfBlock = (gold, block) => gold.sentences.filter((s) => s.enLines[0] >= block.en[0] && s.enLines[1] <= block.en[1]);

const FIGURE_SENTENCES = [
  (n) => `The budget for fiscal ${n.year} was ${n.small}.${n.digit} billion yen.`,
  (n) => `About ${n.thousands} people visited it in ${n.year}.`,
  (n) => `It was repaired in ${n.year} at a cost of ${n.hundreds} million yen.`,
  (n) => `The site covers ${n.thousands} square meters.`,
  (n) => `Some ${n.hundreds} documents from ${n.year} were found there.`,
  (n) => `In ${n.year}, ${n.small}${n.digit} percent of the land was sold.`,
];

/**
 * Candidates of one kind: each a function of a seeded random source returning {jaText, enText,
 * place, note} or null. One candidate per gold sentence (or paragraph) where the kind applies.
 */
function candidates(kind, pair) {
  const { gold } = pair;
  const out = [];
  const bySentence = (fn) => {
    for (const s of gold.sentences) {
      const block = s.jaLines && blockOf(gold, s);
      if (block) out.push((next) => fn(s, block, next));
    }
  };
  switch (kind) {
    case 'drop EN sentence':
      bySentence((s, block) =>
        sentencesOfBlock(gold, block).length < 2 ? null : editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, '') : null)),
      );
      break;
    case 'drop EN paragraph':
      for (const block of gold.blocks) {
        if (block.kind !== 'paragraph' || !block.ja || !block.en) continue;
        out.push(() => {
          const lines = pair.enText.split('\n');
          let end = block.en[1];
          while (end < lines.length && lines[end].trim() === '') end++;
          lines.splice(block.en[0] - 1, end - block.en[0] + 1);
          return { jaText: pair.jaText, enText: lines.join('\n'), place: { ja: block.ja, en: [Math.max(1, block.en[0] - 1), block.en[0]] } };
        });
      }
      break;
    case 'change EN number/date':
      bySentence((s, block, next) => {
        const ja = s.ja.normalize('NFKC');
        const numbers = [...s.en.matchAll(/(?<![\d.,])\d+(?![\d.,]?\d)/g)].filter((m) => ja.includes(m[0]));
        if (!numbers.length) return null;
        const m = numbers[Math.floor(next() * numbers.length)];
        const value = Number(m[0]);
        const changed = String(value >= 1000 ? value + 1 + Math.floor(next() * 9) : value + 1 + Math.floor(next() * 3));
        const sentence = s.en.slice(0, m.index) + changed + s.en.slice(m.index + m[0].length);
        return editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, sentence) : null));
      });
      break;
    case 'duplicate EN sentence':
      bySentence((s, block) => editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, `${s.en} ${s.en}`) : null)));
      break;
    case 'drop JA sentence':
      bySentence((s, block) => {
        const lines = pair.jaText.split('\n');
        const at = s.jaLines[0] - 1;
        if (s.jaLines[0] !== s.jaLines[1] || !lines[at].includes(s.ja) || lines[at].trim() === s.ja.trim()) return null;
        lines[at] = lines[at].replace(s.ja, '');
        return { jaText: lines.join('\n'), enText: pair.enText, place: { ja: s.jaLines, en: s.enLines } };
      });
      break;
    case 'add EN sentence with figure':
      bySentence((s, block, next) => {
        const n = {
          year: 1950 + Math.floor(next() * 74),
          small: 1 + Math.floor(next() * 9),
          digit: Math.floor(next() * 10),
          hundreds: 100 + Math.floor(next() * 900),
          thousands: `${1 + Math.floor(next() * 9)},${String(Math.floor(next() * 1000)).padStart(3, '0')}`,
        };
        const added = FIGURE_SENTENCES[Math.floor(next() * FIGURE_SENTENCES.length)](n);
        return editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, `${s.en} ${added}`) : null));
      });
      break;
    case 'cut EN clause':
      bySentence((s, block, next) => {
        const clauses = clauseCuts(s.en);
        if (!clauses.length) return null;
        const cut = clauses[Math.floor(next() * clauses.length)];
        return editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, cut) : null));
      });
      break;
    case 'cut EN name': {
      // a name the document translates elsewhere: in another sentence's English too, and no English
      // word (none of its words glosses a dictionary entry: Kurikuma, Sanpo-ji, not Emperor or May)
      const elsewhere = (name, s) => gold.sentences.some((other) => other !== s && other.en.includes(name));
      const proper = (name) => (process.env.ANY_CAPITALISED ? true : name.split(/[\s-]+/).every((w) => englishStemId(stemWord(w.toLowerCase())) < 0));
      bySentence((s, block, next) => {
        const names = englishNameCuts(s.en).filter((name) => elsewhere(name, s) && proper(name));
        if (!names.length) return null;
        const name = names[Math.floor(next() * names.length)];
        const sentence = s.en.split(name).join('').replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1');
        const injected = editEnglishParagraph(pair, block, (t) => (t.includes(s.en) ? t.replace(s.en, sentence) : null));
        return injected && { ...injected, note: name };
      });
      break;
    }
    default:
      throw new Error(`unknown injection ${kind}`);
  }
  return out;
}

const words = (text) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * The sentence with one clause cut out: a segment between two commas, or after the last comma up to
 * the final stop, of at least five words and no digit (a clause carrying a figure is the number
 * detector's case, not this one's).
 */
export function clauseCuts(sentence) {
  const cuts = [];
  const parts = sentence.split(', ');
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const clause = last ? parts[i].replace(/[.!?]["')]*$/, '') : parts[i];
    if (words(clause) < 5 || /\d/.test(clause) || /[()'"]/.test(clause)) continue;
    const before = parts.slice(0, i).join(', ');
    cuts.push(last ? `${before}${parts[i].slice(clause.length)}` : `${before}, ${parts.slice(i + 1).join(', ')}`);
  }
  return cuts.filter((c) => words(c) >= 4);
}

/** Words a capital starts that are English, not names, wherever they stand. */
const NOT_NAMES = new Set(['I', 'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'There', 'When', 'After', 'Before', 'As', 'For', 'From', 'With', 'By', 'Of', 'To', 'And', 'But', 'Or', 'However', 'Although', 'Since', 'During', 'Also', 'Some', 'According']);

/**
 * The names of an English sentence a cut may take out: runs of capitalised words (hyphened parts
 * included: Kiyomizu-dera), not the sentence's first word (a capital there says nothing).
 */
export function englishNameCuts(sentence) {
  const out = new Set();
  const word = String.raw`[A-Z][A-Za-z]*(?:-[A-Za-z]+)*`;
  for (const m of sentence.matchAll(new RegExp(String.raw`(?<![\w-])${word}(?: ${word})*`, 'gu'))) {
    const parts = m[0].split(' ');
    let start = m.index;
    while (parts.length && NOT_NAMES.has(parts[0])) start += parts.shift().length + 1;
    if (!parts.length || start === 0) continue;
    out.add(parts.join(' '));
  }
  return [...out].sort();
}

/** Identity of a finding across runs whose lines shift: kind and Japanese text, else English text. */
const looseKey = (d) => `${d.kind}|${d.ja ? d.ja.text : `en:${d.en?.text ?? ''}`}`;
const fullKey = (d) => `${d.kind}|${d.ja?.text ?? ''}|${d.en?.text ?? ''}`;
const overlaps = (a, b) => a && b && a[0] <= b[1] && b[0] <= a[1];

/**
 * Runs `trials` injections of each kind over the pairs; `before` holds each pair's un-injected findings.
 * `options.kinds` limits the kinds run (while iterating on one detector); `options.onMiss` receives
 * each missed injection with its alignment and findings, for debugging.
 */
export function evaluateInjections(pairs, before, trials, options = {}) {
  const results = {};
  for (const [kind, rule] of Object.entries(INJECTIONS)) {
    if (options.kinds && !options.kinds.includes(kind)) continue;
    const next = random(hash(kind));
    const pool = pairs.flatMap((pair, p) => candidates(kind, pair).map((make) => ({ p, make })));
    shuffle(pool, next);
    const r = { applied: 0, caught: 0, caughtBySeverity: { error: 0, warning: 0, info: 0 }, extras: 0, candidates: pool.length, misses: [] };
    for (const { p, make } of pool) {
      if (r.applied >= trials) break;
      const injected = make(next);
      if (!injected) continue;
      r.applied++;
      const pair = pairs[p];
      const alignment = alignTexts(injected.jaText, injected.enText, pair.jaPath, pair.enPath);
      const findings = diffAlignment(alignment);
      const old = before[p];
      const oldFull = new Set(old.map(fullKey));
      const oldLoose = new Set(old.map(looseKey));
      const hit = findings.find(
        (d) =>
          rule.accepted.includes(d.kind) &&
          !oldFull.has(fullKey(d)) &&
          (overlaps(d.ja?.lines, injected.place.ja) || overlaps(d.en?.lines, injected.place.en)),
      );
      if (hit) {
        r.caught++;
        r.caughtBySeverity[hit.severity]++;
      } else {
        r.misses.push(`${pair.id} ja ${injected.place.ja.join('-')} en ${injected.place.en.join('-')}`);
      }
      const extras = findings.filter((d) => d !== hit && !oldLoose.has(looseKey(d)));
      r.extras += extras.length;
      if (!hit) options.onMiss?.({ kind, pair, injected, alignment, findings, extras });
      else if (extras.length) options.onExtra?.({ kind, pair, injected, alignment, findings, extras });
    }
    results[kind] = {
      ...r,
      recall: r.applied ? r.caught / r.applied : 0,
      extrasPerInjection: r.applied ? r.extras / r.applied : 0,
    };
  }
  return results;
}

function hash(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}

function shuffle(list, next) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
