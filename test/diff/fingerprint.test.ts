import { describe, expect, it } from 'vitest';
import { baseFingerprint, fingerprintAll, normalizeForFingerprint, uniquifyIds } from '../../src/diff/steps/fingerprint.js';
import { cut, launchCapacityOmission, packageRevisionDateMismatch, seedLines } from './seed-findings.js';

describe('normalizeForFingerprint', () => {
  it('folds full-width characters and the spacing a PDF leaves in Japanese', () => {
    // the seed's date line is "令和 7 年 6 月 6 日" with spaces from the PDF
    expect(normalizeForFingerprint(seedLines('ja', [5, 5]))).toBe('令和7年6月6日');
    expect(normalizeForFingerprint('２０３０年代前半までに')).toBe('2030年代前半までに');
  });

  it('collapses white space between English words but keeps one space', () => {
    const raw = cut('en', [209, 211], 'In addition,', 'track record');
    expect(raw).toContain('\n\n');
    expect(normalizeForFingerprint(raw)).toBe('In addition, it is important to build up a track record');
  });
});

describe('baseFingerprint', () => {
  it('is 16 hex digits and does not depend on line numbers', () => {
    const omission = launchCapacityOmission();
    const id = baseFingerprint(omission);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const moved = { ...omission, ja: { ...omission.ja!, lines: [250, 250] as [number, number] }, en: { ...omission.en!, lines: [300, 302] as [number, number] } };
    expect(baseFingerprint(moved)).toBe(id);
  });

  it('does not change when the text is reflowed or written full-width', () => {
    const omission = launchCapacityOmission();
    const reflowed = { ...omission, en: { ...omission.en!, text: omission.en!.text.replace(/\s+/g, ' ') } };
    const fullWidth = { ...omission, ja: { ...omission.ja!, text: omission.ja!.text.replace('2030', '２０３０').replace('30件', '３０件') } };
    expect(baseFingerprint(reflowed)).toBe(baseFingerprint(omission));
    expect(baseFingerprint(fullWidth)).toBe(baseFingerprint(omission));
  });

  it('changes with the kind, the texts and the expected or found value', () => {
    const mismatch = packageRevisionDateMismatch();
    const id = baseFingerprint(mismatch);
    expect(baseFingerprint({ ...mismatch, kind: 'number-mismatch' })).not.toBe(id);
    expect(baseFingerprint({ ...mismatch, found: '2025-02' })).not.toBe(id);
    expect(baseFingerprint({ ...mismatch, en: { ...mismatch.en!, text: mismatch.en!.text.replace('2023', '2025') } })).not.toBe(id);
  });

  it('ignores the message, severity and section, which a tool upgrade may reword', () => {
    const omission = launchCapacityOmission();
    expect(baseFingerprint({ ...omission, message: 'reworded', severity: 'warning', section: null })).toBe(baseFingerprint(omission));
  });
});

describe('uniquifyIds', () => {
  it('suffixes repeats -2, -3 in the order given and leaves distinct ids alone', () => {
    const omission = launchCapacityOmission();
    const again = { ...omission, ja: { ...omission.ja!, lines: [400, 400] as [number, number] } };
    const third = { ...omission, ja: { ...omission.ja!, lines: [450, 450] as [number, number] } };
    const other = packageRevisionDateMismatch();
    const ids = uniquifyIds(fingerprintAll([omission, other, again, third])).map((d) => d.id);
    const base = baseFingerprint(omission);
    expect(ids).toEqual([base, baseFingerprint(other), `${base}-2`, `${base}-3`]);
    expect(new Set(ids).size).toBe(4);
  });
});
