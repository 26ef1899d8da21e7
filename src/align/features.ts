// What the aligner compares: a unit's length, its anchor values and its lexical cues, each reduced
// to keys that mean the same on both sides (令和7年度 and FY2025 both give the key d:FY2025).
import { englishBag, japaneseBag, type LexicalBag, mergeBags } from '../lexicon/bag.js';
import { segmentJapanese } from '../lexicon/segment.js';
import type { Anchor, Lang } from '../model.js';
import { remembered } from '../text/remembered.js';
import { carriedLength, visibleLength } from './length-model.js';
import { englishConcepts, englishSkeletons, japaneseConcepts, katakanaSkeletons } from './lexicon.js';

export interface Features {
  length: number; // characters other than white space
  carried: number; // of them, Latin letters and digits of a Japanese unit (length-model.ts carriedLength); 0 in English
  values: string[]; // number and date keys, repeated as often as they occur
  names: string[]; // Latin-script names and acronyms, lower-cased
  lexical: string[]; // concept ids and loanword skeletons, each once
  bag: LexicalBag; // the dictionary's words (src/lexicon/bag.ts), for the lexical-coverage term
  /** A group of the aligners' moves (2-1, 1-2): each member's words, judged one by one (score.ts lexicalCost). */
  members?: LexicalBag[];
}

/** A date gives its value and its year, a year-only date too, so that 1990年 on one side and
 *  "October 24, 1990" on the other share the year key (the values still differ: agreement() counts
 *  d: keys on one side only as unmatched, never y: keys). */
function valueKeys(anchor: Anchor): string[] {
  if (anchor.type === 'date') {
    const year = /^(?:FY)?(\d{4})/.exec(anchor.value)?.[1];
    return year ? [`d:${anchor.value}`, `y:${year}`] : [`d:${anchor.value}`];
  }
  if (anchor.type === 'number') return [`n:${anchor.value}`];
  return [];
}

/** A concept's key, one string per concept: the keys are hashed in every comparison's maps. */
const conceptKey = remembered((concept: string) => `c:${concept}`);

/** `bag` when the caller has segmented the text already (align's context segments each sentence once). */
export function featuresOf(text: string, anchors: Anchor[], lang: Lang, bag?: LexicalBag): Features {
  const values: string[] = [];
  const names: string[] = [];
  for (const anchor of anchors) {
    if (anchor.type === 'number' || anchor.type === 'date') values.push(...valueKeys(anchor));
    else if (anchor.type === 'name') names.push(`a:${anchor.value.toLowerCase()}`);
  }
  const concepts = lang === 'ja' ? japaneseConcepts(text) : englishConcepts(text);
  const skeletons = lang === 'ja' ? katakanaSkeletons(text) : englishSkeletons(text);
  let lexical: string[] = [];
  if (concepts.length + skeletons.length > 0) {
    const unique = new Set<string>();
    for (let k = 0; k < concepts.length; k++) unique.add(conceptKey(concepts[k]!));
    for (let k = 0; k < skeletons.length; k++) unique.add(skeletons[k]!);
    lexical = [...unique];
  }
  bag ??= lang === 'ja' ? japaneseBag(text, segmentJapanese(text)) : englishBag(text);
  return { length: visibleLength(text), carried: lang === 'ja' ? carriedLength(text) : 0, values, names, lexical, bag };
}

// One unit's "merge" is a copy: what the comparisons remember per Features object (score.ts
// keyIndex, blocks.ts keySet) then goes with the section or segment that asked, instead of staying
// on the context's features for the whole stage.
export function mergeFeatures(list: Features[]): Features {
  if (list.length === 1) return { ...list[0]! };
  // plain loops: merges are made for every section, group and block pair, mostly in cold code
  let length = 0;
  let carried = 0;
  const values: string[] = [];
  const names: string[] = [];
  const lexical = new Set<string>();
  const bags: LexicalBag[] = [];
  for (let u = 0; u < list.length; u++) {
    const f = list[u]!;
    length += f.length;
    carried += f.carried;
    for (let k = 0; k < f.values.length; k++) values.push(f.values[k]!);
    for (let k = 0; k < f.names.length; k++) names.push(f.names[k]!);
    for (let k = 0; k < f.lexical.length; k++) lexical.add(f.lexical[k]!);
    bags.push(f.bag);
  }
  return { length, carried, values, names, lexical: [...lexical], bag: mergeBags(bags) };
}

/**
 * Features of units[start, start+count), merged once per group: the dynamic programme asks for the
 * same group against every unit of the other side.
 */
export function groupFeatures<T>(units: T[], of: (unit: T) => Features): (start: number, count: number) => Features {
  const merged = new Map<number, Features>();
  return (start, count) => {
    const key = start * 4 + count; // groups are at most two units (the aligners' moves)
    let features = merged.get(key);
    if (features === undefined) {
      const list = units.slice(start, start + count).map(of);
      features = list.length === 1 ? mergeFeatures(list) : { ...mergeFeatures(list), members: list.map((f) => f.bag) };
      merged.set(key, features);
    }
    return features;
  };
}
