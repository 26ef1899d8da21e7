// A section id ('s2.1.3') → the label a person recognises: the numbers of its ancestors and its own
// number and title, e.g. '2 (1) ① 重要分野の戦略的な推進'.
import type { Document, Section } from '../model.js';

const indexes = new WeakMap<Document, Map<string, Section>>();

function sectionsById(document: Document): Map<string, Section> {
  let index = indexes.get(document);
  if (!index) {
    index = new Map(document.sections.map((section) => [section.id, section]));
    indexes.set(document, index);
  }
  return index;
}

export function sectionLabel(document: Document, sectionId: string): string | null {
  const byId = sectionsById(document);
  const chain: Section[] = [];
  const seen = new Set<string>();
  for (let id: string | null = sectionId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const section = byId.get(id);
    if (!section) break;
    chain.unshift(section);
    id = section.parent;
  }
  const innermost = chain.at(-1);
  if (!innermost) return null;
  const numbers = chain.map((section) => section.number).filter((n): n is string => n !== null && n !== '');
  return [...numbers, innermost.title].filter((part) => part !== '').join(' ');
}
