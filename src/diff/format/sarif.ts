// SARIF 2.1.0 for GitHub code scanning: one rule per kind, each result located in the Japanese file
// (the English one for additions) with the other side as a related location, and the finding's id
// as partial fingerprint so code scanning tracks a finding across commits as the baseline does.
// A finding the baseline accepted is a result too, with an external suppression: code scanning then
// shows it dismissed rather than fixed.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { type Discrepancy, type Severity, type Side, STDIN_NAME } from '../../model.js';
import type { SeverityLevel } from '../config.js';
import { KIND_INFO, KINDS } from '../kinds.js';
import { expectedFound, type ReportInput } from './common.js';

export const SARIF_FINGERPRINT_KEY = 'strategyAlign/v1';
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  /** Artifact URIs are made relative to this directory (the working directory = repository root in CI). */
  baseDirectory: string;
  informationUri?: string;
  /** The baseline file that accepted the suppressed findings, named in their justification. */
  baselinePath?: string;
}

export function formatSarif(input: ReportInput, options: SarifOptions): string {
  const jaLocation = artifactLocation(input.jaPath, options.baseDirectory);
  const enLocation = artifactLocation(input.enPath, options.baseDirectory);
  const driver: Sarif.ToolComponent = {
    name: 'strategy-align',
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    rules: KINDS.map((kind) => {
      const info = KIND_INFO[kind];
      const level = input.result.severities[kind];
      return {
        id: kind,
        name: info.name,
        shortDescription: { text: info.summary },
        fullDescription: { text: info.description },
        help: { text: info.help, markdown: `**${capitalize(info.title)}.** ${info.description}\n\n${info.help}` },
        defaultConfiguration: { enabled: level !== 'off', level: sarifLevel(level) },
        properties: { tags: ['translation', kind] },
      };
    }),
  };
  const toResult = (d: Discrepancy): Sarif.Result => {
    const locatedInEnglish = d.ja === null || d.kind === 'addition';
    const primary = locatedInEnglish ? d.en : d.ja;
    const other = locatedInEnglish ? d.ja : d.en;
    const primaryArtifact = locatedInEnglish ? enLocation : jaLocation;
    const otherArtifact = locatedInEnglish ? jaLocation : enLocation;
    const values = expectedFound(d);
    const otherLabel = locatedInEnglish ? 'Japanese original' : 'English translation';
    // "[label](1)" links the message to related location 1 in code scanning's view
    const message = [d.message, values ? `(${values})` : '', other ? `See the [${otherLabel}](1).` : ''].filter(Boolean).join(' ');
    const result: Sarif.Result = {
      ruleId: d.kind,
      ruleIndex: KINDS.indexOf(d.kind),
      level: sarifLevel(d.severity),
      message: { text: message },
      locations: [{ physicalLocation: physicalLocation(primaryArtifact, primary) }],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: d.id },
    };
    if (other) {
      result.relatedLocations = [
        {
          id: 1,
          physicalLocation: physicalLocation(otherArtifact, other),
          message: { text: otherLabel },
        },
      ];
    }
    if (d.section !== null) result.properties = { section: d.section };
    return result;
  };
  const justification = options.baselinePath === undefined ? 'accepted in the baseline' : `accepted in the baseline ${options.baselinePath}`;
  const results = [
    ...input.result.discrepancies.map(toResult),
    ...input.result.suppressed.map((d): Sarif.Result => ({ ...toResult(d), suppressions: [{ kind: 'external', justification }] })),
  ];
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{ tool: { driver }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function physicalLocation(artifact: Sarif.ArtifactLocation, side: Side | null): Sarif.PhysicalLocation {
  // a finding with no side at all still needs a region for code scanning: the top of the file
  const region: Sarif.Region = side
    ? { startLine: side.lines[0], endLine: side.lines[1], snippet: { text: side.text } }
    : { startLine: 1 };
  return { artifactLocation: artifact, region };
}

/**
 * A path under the base directory becomes a relative URI on %SRCROOT% (what code scanning maps to
 * the repository; the CLI's --sarif-root sets the base); any other path an absolute file: URI, which
 * code scanning drops.
 */
export function artifactLocation(path: string, baseDirectory: string): Sarif.ArtifactLocation {
  // a document read from standard input that --stdin-name did not name: a placeholder, never /dev/stdin
  if (path === STDIN_NAME) return { uri: 'stdin', description: { text: 'standard input (name it with --stdin-name PATH)' } };
  const absolute = resolve(baseDirectory, path);
  const fromBase = relative(baseDirectory, absolute);
  if (fromBase === '' || fromBase === '..' || fromBase.startsWith(`..${sep}`) || isAbsolute(fromBase)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: fromBase.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function sarifLevel(level: SeverityLevel | Severity): Sarif.ReportingConfiguration.level {
  if (level === 'info') return 'note';
  if (level === 'off') return 'none';
  return level;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
