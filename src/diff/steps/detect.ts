// Step: every registered detector over the alignment, its drafts made findings (default severity,
// section label; ids come later).
import { linkedLengthRatio } from '../../align/length-model.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import type { Alignment, Discrepancy } from '../../model.js';
import { sectionLabel } from '../../parse/section-label.js';
import type { DetectContext, Detector, Draft } from '../detect/detector.js';
import { DEFAULT_SEVERITIES, DETECTORS } from '../registry.js';
import { fingerprintAll } from './fingerprint.js';

export function detectContext(alignment: Alignment, glossary: GlossaryEntry[] | null): DetectContext {
  return {
    alignment,
    lengthRatio: alignment.lengthRatio ?? linkedLengthRatio(alignment.pairs),
    glossary,
    pairById: new Map(alignment.pairs.map((pair) => [pair.id, pair])),
  };
}

export function runDetectors(context: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  for (const detector of DETECTORS) {
    const found = detector.detect(context);
    drafts.push(...(detector.refines ? found.filter((draft) => !drafts.some((earlier) => samePlace(earlier, draft))) : found));
  }
  return drafts;
}

/**
 * Whether an earlier draft (of any kind) concerns the refining draft's side (the Japanese of an
 * omission, else the English): the same sentence when both name theirs, else a shared line (a line
 * may hold a whole paragraph: a date missing from one of its sentences says nothing of a clause
 * left out of another).
 */
function samePlace(earlier: Draft, draft: Draft): boolean {
  const side = (d: Draft) => (draft.kind === 'omission' ? d.ja : d.en);
  const x = side(earlier);
  const y = side(draft);
  if (!x || !y) return false;
  if (x.sentence && y.sentence) return x.sentence === y.sentence;
  return x.lines[0] <= y.lines[1] && y.lines[0] <= x.lines[1];
}

/** A sentence the English says twice is one finding, a duplication, not also an addition. */
export function withoutDuplicatedAdditions(drafts: Draft[]): Draft[] {
  const key = (draft: Draft) => `${draft.en!.lines[0]}|${draft.en!.text}`;
  const duplicated = new Set(drafts.filter((d) => d.kind === 'duplication' && d.en).map(key));
  return drafts.filter((d) => !(d.kind === 'addition' && d.en && duplicated.has(key(d))));
}

/** Default severity (unless the detector set one) and the section label of the finding's pair, Japanese side first. */
export function completeDrafts(drafts: Draft[], context: DetectContext): Discrepancy[] {
  const { alignment, pairById } = context;
  return drafts.map((draft) => {
    const pair = draft.pair ? pairById.get(draft.pair) : undefined;
    const jaSection = pair?.section.ja ?? null;
    const section = jaSection ? sectionLabel(alignment.ja, jaSection) : sectionLabel(alignment.en, pair?.section.en ?? null);
    return { id: '', severity: DEFAULT_SEVERITIES[draft.kind], section, ...draft };
  });
}

/** The findings of every detector, at their default severities, before ids, order and baselines. */
export function detectDiscrepancies(alignment: Alignment, glossary: GlossaryEntry[] | null = null): Discrepancy[] {
  const context = detectContext(alignment, glossary);
  return completeDrafts(withoutDuplicatedAdditions(runDetectors(context)), context);
}

/** One detector's findings with their fingerprint ids, before the configured severities and order:
 *  for a detector's own tests. */
export function detectorFindings(detector: Detector, alignment: Alignment, glossary: GlossaryEntry[] | null = null): Discrepancy[] {
  const context = detectContext(alignment, glossary);
  return fingerprintAll(completeDrafts(detector.detect(context), context));
}
