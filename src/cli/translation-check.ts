// The CLI's side of "not a translation": the decision is src/align/evidence.ts translationEvidence;
// align, diff, export and report stop on it unless --force.
import { translationEvidence } from '../align/evidence.js';
import { type Alignment, InputError } from '../model.js';

/** Throws the one-line refusal (exit 2; in a batch, that pair's failure) unless `force`. */
export function refuseUnlessTranslation(alignment: Alignment, jaName: string, enName: string, force: boolean | undefined): void {
  if (force) return;
  const evidence = translationEvidence(alignment);
  if (evidence.verdict === 'translation') return;
  throw new InputError(`these do not look like a translation of each other (${evidence.reason}); use --force to go on`, `${jaName}, ${enName}`);
}
