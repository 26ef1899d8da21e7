import { describe, expect, it } from 'vitest';
import {
  applySeverities,
  DEFAULT_SEVERITIES,
  failsAt,
  parseConfig,
  parseSeveritySpec,
  resolveSeverities,
} from '../../src/diff/config.js';
import { InputError } from '../../src/model.js';
import { allSeedFindings } from './seed-findings.js';

async function configError(text: string, file = '.strategy-align.json'): Promise<string> {
  try {
    await parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('default severities', () => {
  it('make content or a value on one side only (omissions, additions, wrong figures) errors and the rest warnings', () => {
    expect(DEFAULT_SEVERITIES).toMatchObject({ omission: 'error', addition: 'error', 'number-mismatch': 'error', 'date-mismatch': 'error' });
    const others = Object.entries(DEFAULT_SEVERITIES).filter(([kind]) => !['omission', 'addition', 'number-mismatch', 'date-mismatch'].includes(kind));
    expect(others.length).toBe(3);
    expect(others.every(([, severity]) => severity === 'warning')).toBe(true);
  });
});

describe('parseSeveritySpec', () => {
  it('reads KIND=LEVEL pairs separated by commas, spaces tolerated', () => {
    expect(parseSeveritySpec('omission=warning, duplication=off')).toEqual({ omission: 'warning', duplication: 'off' });
    expect(parseSeveritySpec('')).toEqual({});
  });

  it('names the bad kind or level in one line', () => {
    expect(() => parseSeveritySpec('omision=warning')).toThrow(/unknown kind "omision" \(kinds: omission, addition/);
    expect(() => parseSeveritySpec('omission=fatal')).toThrow(/"omission=fatal": the level must be one of error, warning, info, off/);
    expect(() => parseSeveritySpec('omission')).toThrow(/is not KIND=LEVEL/);
  });
});

describe('parseConfig', () => {
  it('accepts every documented key', async () => {
    const config = await parseConfig(
      JSON.stringify({ $schema: './schema/config.schema.json', severity: { structure: 'info', duplication: 'off' }, failOn: 'warning', baseline: 'b.json', glossary: 'g.tsv' }),
      'c.json',
    );
    expect(config).toEqual({ severity: { structure: 'info', duplication: 'off' }, failOn: 'warning', baseline: 'b.json', glossary: 'g.tsv' });
  });

  it('gives one line naming the file and the problem', async () => {
    expect(await configError('{"severity":{"omision":"off"}}')).toBe('.strategy-align.json: severity: unknown key "omision"');
    expect(await configError('{"severity":{"omission":"fatal"}}')).toBe('.strategy-align.json: severity.omission: must be one of error, warning, info, off');
    expect(await configError('{"failOn":"errors"}', 'ci/sa.json')).toBe('ci/sa.json: failOn: must be one of error, warning, info, never');
    expect(await configError('{"fail-on":"error"}')).toBe('.strategy-align.json: top level: unknown key "fail-on"');
    const syntax = await configError('{"severity": {"omission": "warning",}}');
    expect(syntax).toMatch(/^\.strategy-align\.json: is not valid JSON \(/);
    expect(syntax).not.toContain('\n');
  });
});

describe('applySeverities', () => {
  it('sets the configured severity, drops kinds turned off and leaves the rest as detected', () => {
    const findings = allSeedFindings();
    const applied = applySeverities(findings, { omission: 'warning', duplication: 'off' });
    expect(applied.map((d) => d.kind).sort()).toEqual(['addition', 'date-mismatch', 'omission', 'structure']);
    expect(applied.find((d) => d.kind === 'omission')?.severity).toBe('warning');
    expect(applied.find((d) => d.kind === 'date-mismatch')?.severity).toBe('error');
  });

  it('resolves flags over the config file over the defaults', () => {
    const resolved = resolveSeverities({ omission: 'info', structure: 'off' }, { omission: 'warning' });
    expect(resolved.omission).toBe('warning');
    expect(resolved.structure).toBe('off');
    expect(resolved['date-mismatch']).toBe('error');
  });
});

describe('failsAt', () => {
  const summary = (error: number, warning: number, info: number) => ({ error, warning, info });
  it('fails when a finding is at or above the threshold', () => {
    expect(failsAt(summary(1, 0, 0), 'error')).toBe(true);
    expect(failsAt(summary(0, 2, 5), 'error')).toBe(false);
    expect(failsAt(summary(0, 2, 0), 'warning')).toBe(true);
    expect(failsAt(summary(0, 0, 1), 'warning')).toBe(false);
    expect(failsAt(summary(0, 0, 1), 'info')).toBe(true);
    expect(failsAt(summary(3, 3, 3), 'never')).toBe(false);
    expect(failsAt(summary(0, 0, 0), 'info')).toBe(false);
  });
});
