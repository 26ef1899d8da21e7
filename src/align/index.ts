// Two annotated Documents → Alignment (sections, then blocks, then sentences). Filled in by [align].
import type { Alignment, Document } from '../model.js';

export function alignDocuments(ja: Document, en: Document): Alignment {
  return { schema: 'strategy-align/alignment@1', ja, en, sections: [], pairs: [] };
}
