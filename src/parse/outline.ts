// Heading candidates → the section tree. Levels come from the numbering, and two repairs need the
// context of the whole document:
//  - a dropped marker ("## Strategic Promotion of Key Fields" for "① 重要分野の戦略的な推進") takes
//    the next item number;
//  - a garbled one ("# (3) Promotion of International talent mobility…" for "③ 国際頭脳循環…",
//    followed later by the real "(3) Improving Innovation Capabilities") is read as the item it is.
import type { Lang, Section } from '../model.js';
import { circled, LEVEL, type HeadingKind } from './numbering.js';
import { normalizeText } from './pdf-repair.js';
import type { HeadingCandidate } from './units.js';

export interface OutlineInput {
  line: number;
  heading: HeadingCandidate;
}

export interface Outline {
  /** Sections in document order; `lines[1]` is provisional (the heading line) until blocks are placed. */
  sections: Section[];
  /** For each input heading: the ids of the sections it opens (two for "① … （topic）"). */
  opens: string[][];
}

function normalizedNumber(kind: HeadingKind, value: number): string {
  if (kind === 'chapter') return String(value);
  if (kind === 'section') return `(${value})`;
  return circled(value);
}

/** Whether a later "(N)" heading in the same chapter claims the same number. */
function claimedLater(inputs: OutlineInput[], index: number): boolean {
  const value = inputs[index]!.heading.value;
  for (let j = index + 1; j < inputs.length; j++) {
    const h = inputs[j]!.heading;
    if (h.kind === 'chapter') return false;
    if (h.kind === 'section' && h.value === value) return true;
  }
  return false;
}

export function buildOutline(inputs: OutlineInput[], lang: Lang): Outline {
  const sections: Section[] = [];
  const opens: string[][] = [];
  const open: Array<string | null> = [null, null, null, null, null]; // by level 1..4
  let lastSection = 0;
  let lastItem = 0;

  const addSection = (kind: HeadingKind, value: number | null, printed: string | null, title: string, line: number): string => {
    const level = LEVEL[kind];
    let parent: string | null = null;
    for (let l = level - 1; l >= 1 && parent === null; l--) parent = open[l] ?? null;
    const id = `s${sections.length + 1}`;
    sections.push({
      id,
      number: value === null ? null : normalizedNumber(kind, value),
      printed,
      title: normalizeText(title, lang),
      level,
      lines: [line, line],
      parent,
    });
    open[level] = id;
    for (let l = level + 1; l < open.length; l++) open[l] = null;
    return id;
  };

  inputs.forEach((input, index) => {
    const { heading, line } = input;
    let kind = heading.kind;
    let value = heading.value;
    if (kind === 'section' && value !== null) {
      const asExpected = value === lastSection + 1 && !claimedLater(inputs, index);
      const inSection = open[2] !== null;
      if (!asExpected && inSection && value === lastItem + 1) kind = 'item';
    }
    if (kind === 'item' && value === null) value = lastItem + 1;

    const ids = [addSection(kind, value, heading.printed, heading.title, line)];
    if (kind === 'chapter') {
      lastSection = 0;
      lastItem = 0;
    } else if (kind === 'section') {
      lastSection = value ?? lastSection;
      lastItem = 0;
    } else if (kind === 'item') {
      lastItem = value ?? lastItem;
    }
    if (heading.topic) ids.push(addSection('topic', null, null, heading.topic, line));
    opens.push(ids);
  });
  return { sections, opens };
}
