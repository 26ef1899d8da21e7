import type { Discrepancy } from '../../model.js';

/** A finding as a detector reports it: id, section label and (unless it has a reason to differ)
 *  severity are filled in afterwards. */
export type Draft = Omit<Discrepancy, 'id' | 'severity' | 'section'> & { severity?: Discrepancy['severity'] };
