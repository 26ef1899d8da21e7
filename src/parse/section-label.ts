// A section id ('s2.1.3') → the label a person recognises, in diff findings and TMX x-section
// alike: the numbers of the enclosing sections, then the innermost title, in brackets when the
// section is a topic heading, as the Japanese prints them: '2 (1) ① (宇宙活動を支える総合的基盤の強化)'.
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

export function sectionLabel(document: Document, sectionId: string | null): string | null {
  if (sectionId === null) return null;
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
  // a topic heading (level 4) is printed in brackets; a heading that lost its number is not one
  const isTopic = innermost.number === null && innermost.level >= 4;
  const title = isTopic ? `(${innermost.title.replace(/^[(（]|[)）]$/g, '')})` : innermost.title;
  return [...numbers, title].join(' ');
}
