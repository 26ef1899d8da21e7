// The section outline in the sidebar: one entry per heading pair, nested by level, and for every pair
// the entries it falls under (so a finding counts for its section and every enclosing one).
import type { Block, Document, Section } from '../model.js';
import type { PairView } from './rows.js';

export interface OutlineEntry {
  id: string; // 'o1', 'o2', … in document order
  level: number;
  pairId: string;
  ja: string | null; // label as printed: number and title
  en: string | null;
}

export interface Outline {
  entries: OutlineEntry[];
  /** pair index → ids of the entries enclosing it, outermost first */
  pathOfPair: string[][];
}

function label(section: Section | undefined, block: Block | undefined): string | null {
  if (section) return [section.number, section.title].filter(Boolean).join(' ');
  return block ? block.normalized : null;
}

export function buildOutline(views: PairView[], ja: Document, en: Document): Outline {
  const jaSections = new Map(ja.sections.map((section) => [section.id, section]));
  const enSections = new Map(en.sections.map((section) => [section.id, section]));
  const entries: OutlineEntry[] = [];
  const pathOfPair: string[][] = [];
  const stack: OutlineEntry[] = [];
  for (const view of views) {
    const { ja: jaOpens, en: enOpens } = view.opens;
    if (jaOpens || enOpens) {
      const jaSection = jaOpens ? jaSections.get(jaOpens) : undefined;
      const enSection = enOpens ? enSections.get(enOpens) : undefined;
      const jaHeading = view.pair.ja.find((block) => block.kind === 'heading');
      const enHeading = view.pair.en.find((block) => block.kind === 'heading');
      const entry: OutlineEntry = {
        id: `o${entries.length + 1}`,
        level: jaSection?.level ?? enSection?.level ?? 1,
        pairId: view.pair.id,
        ja: jaOpens ? label(jaSection, jaHeading) : null,
        en: enOpens ? label(enSection, enHeading) : null,
      };
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= entry.level) stack.pop();
      stack.push(entry);
      entries.push(entry);
    }
    pathOfPair.push(stack.map((entry) => entry.id));
  }
  return { entries, pathOfPair };
}
