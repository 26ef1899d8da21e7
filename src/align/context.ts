// Document-pair statistics every level of the alignment shares: the length model and the key
// weights are estimated once from both documents, so a block and its sentences are judged alike.
import type { Anchor, Block, Document, Lang } from '../model.js';
import { englishBag, japaneseBag, type LexicalBag, mergeBags } from '../lexicon/bag.js';
import { englishWords } from '../lexicon/english.js';
import { englishNameSpellings, japaneseNameReadings } from '../lexicon/readings.js';
import { tokensOf } from '../lexicon/segment.js';
import { type Features, featuresOf } from './features.js';
import { estimateLengthModel, type LengthModel } from './length-model.js';
import { KeyWeights } from './score.js';

export interface AlignContext {
  model: LengthModel;
  weights: KeyWeights;
  blockFeatures: Map<Block, Features>;
  /**
   * The features of a block's sentences, computed when its pair's sentences are aligned and not
   * kept: a long document's sentences' features all at once were a large part of the stage's memory.
   */
  sentenceFeatures(block: Block): Features[];
  /** Heading blocks that open more than one section (two headings printed on one line). */
  sectionsOpenedBy: Map<Block, number>;
}

/** The numbering printed at the start of a table-of-contents line, as a key: "(1)", "2.", "①". */
function tocMarker(block: Block): string[] {
  const marker = /^\s*([①-⑳]|[(（]\s*\d+\s*[)）]|\d+\s*[.．])/.exec(block.text.normalize('NFKC'))?.[1];
  return marker ? [`m:${marker.replace(/\s+/g, '').replace('．', '.')}`] : [];
}

function countOpenedSections(document: Document): Map<Block, number> {
  const opened = new Map<Block, number>();
  const headingAt = new Map(document.blocks.filter((b) => b.kind === 'heading').map((b) => [b.lines[0], b]));
  for (const section of document.sections) {
    const heading = headingAt.get(section.lines[0]);
    if (heading) opened.set(heading, (opened.get(heading) ?? 0) + 1);
  }
  return opened;
}

/** Whether featuresOf would read the same keys from both anchor lists. */
function sameAnchorValues(a: Anchor[], b: Anchor[]): boolean {
  return a.length === b.length && a.every((anchor, i) => anchor.type === b[i]!.type && anchor.value === b[i]!.value);
}

/** The units a block's words and names are read from: its sentences, or the block itself. */
const unitsOf = (block: Block): Array<{ normalized: string }> => (block.sentences?.length ? block.sentences : [block]);

/** The forms found in exactly one block. */
function inOneBlock(forms: Map<Block, string[]>): Set<string> {
  const blocks = new Map<string, number>();
  for (const list of forms.values()) for (const form of list) blocks.set(form, (blocks.get(form) ?? 0) + 1);
  // forEach, not a destructuring filter: this runs once, before the JIT has compiled anything of it
  const once = new Set<string>();
  blocks.forEach((n, form) => {
    if (n === 1) once.add(form);
  });
  return once;
}

/**
 * Each block's romanised names as keys (春宮坊 → togubo, "Togubo"), from its names as each language
 * spells them in Latin letters (Japanese readings, English capitalised words), where one block of
 * each document has the name: a Japanese name and its English spelling share nothing else a key
 * could see. A name in several blocks (the article's subject: 栗隈王 in his biography, 京都 in a
 * district's) would tie a paragraph one side lacks to its neighbours instead.
 */
function nameKeys(jaForms: Map<Block, string[]>, enForms: Map<Block, string[]>): Map<Block, string[]> {
  const inJa = inOneBlock(jaForms);
  const inEn = inOneBlock(enForms);
  const keys = new Map<Block, Set<string>>();
  // a document aligned with itself brings the same blocks twice
  for (const forms of [jaForms, enForms]) {
    for (const [block, list] of forms) {
      const set = keys.get(block) ?? new Set<string>();
      for (const form of list) if (inJa.has(form) && inEn.has(form)) set.add(`r:${form}`);
      keys.set(block, set);
    }
  }
  return new Map([...keys].map(([block, set]) => [block, [...set]]));
}

export function buildContext(ja: Document, en: Document): AlignContext {
  const weights = new KeyWeights();
  const blockFeatures = new Map<Block, Features>();
  // a block is read in its own document's language (a document aligned with itself is on both sides)
  const langOf = new Map<Block, Lang>();
  // each block's words (its sentences' words) and name forms; the English first, whose spellings the
  // Japanese readings are looked for among (a text's kanji runs have tens of thousands of readings)
  const bags = new Map<Block, LexicalBag>();
  // each sentence's words, read once for its block's bag and kept for its own features
  const unitBags = new Map<{ normalized: string }, LexicalBag>();
  const forms = (document: Document, wanted?: ReadonlySet<string>) => {
    const out = new Map<Block, string[]>();
    for (const block of document.blocks) {
      langOf.set(block, document.lang);
      const blockBags: LexicalBag[] = [];
      const names = new Set<string>();
      for (const unit of unitsOf(block)) {
        let bag: LexicalBag;
        if (document.lang === 'ja') {
          const tokens = tokensOf(unit);
          bag = japaneseBag(unit.normalized, tokens);
          for (const form of japaneseNameReadings(unit.normalized, tokens, wanted)) names.add(form);
        } else {
          const words = englishWords(unit.normalized);
          bag = englishBag(unit.normalized, words);
          for (const form of englishNameSpellings(unit.normalized, words)) names.add(form);
        }
        blockBags.push(bag);
        unitBags.set(unit, bag);
      }
      bags.set(block, mergeBags(blockBags));
      out.set(block, [...names]);
    }
    return out;
  };
  const enForms = forms(en);
  const names = nameKeys(forms(ja, new Set([...enForms.values()].flat())), enForms);
  for (const document of [ja, en]) {
    for (const block of document.blocks) {
      const features = featuresOf(block.normalized, block.anchors, document.lang, bags.get(block)!);
      if (block.kind === 'toc') features.names.push(...tocMarker(block));
      features.lexical.push(...names.get(block)!);
      blockFeatures.set(block, features);
      weights.add(features.values, features.names, features.lexical);
    }
  }
  const sentenceFeatures = (block: Block): Features[] => {
    const lang = langOf.get(block)!;
    return (block.sentences ?? []).map((sentence) => {
      // a one-sentence block (most headings and bullets) has its sentence's features already
      const same = block.kind !== 'toc' && sentence.normalized === block.normalized && sameAnchorValues(sentence.anchors, block.anchors);
      return same ? blockFeatures.get(block)! : featuresOf(sentence.normalized, sentence.anchors, lang, unitBags.get(sentence)!);
    });
  };
  const body = (document: Document) => document.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet').map((b) => blockFeatures.get(b)!);
  const jaBody = body(ja);
  const enBody = body(en);
  return {
    model: estimateLengthModel(jaBody.map((f) => f.length), enBody.map((f) => f.length), jaBody.map((f) => f.carried)),
    weights,
    blockFeatures,
    sentenceFeatures,
    sectionsOpenedBy: new Map([...countOpenedSections(ja), ...countOpenedSections(en)]),
  };
}
