// Escaping text from the documents for each output syntax. XML goes through ./xml.ts (xmlbuilder2
// elements), everything else through here.
import { wellFormed } from './xml.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character] ?? character);
}

/** HTML-escapes, then backslash-escapes markdown syntax (and a line start that would read as a heading or list). */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]|~]/gu, (character) => `\\${character}`)
    .replace(/^(#|[-+]|\d+[.)])(?=\s|$)/u, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** Inside a markdown `code` span only a backtick can end the span early: it becomes ˋ (U+02CB). */
export function escapeMarkdownCode(text: string): string {
  return text.replace(/`/gu, 'ˋ');
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const TSV_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/**
 * The one TSV rule of every TSV we write: backslash, TAB, LF and CR inside a field become \\ \t \n \r,
 * so every record is one line and the field reads back exactly (unescapeTsvField). Lone surrogates
 * become U+FFFD, as UTF-8 requires.
 */
export function escapeTsvField(text: string): string {
  return wellFormed(text).replace(/[\\\t\n\r]/gu, (character) => TSV_ESCAPES[character]!);
}

/** The inverse of escapeTsvField; a backslash before any other character stays as it is. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\([\\tnr])/gu, (_all, character: string) => TSV_UNESCAPES[character]!);
}

/** One TSV record: fields escaped, joined by TAB, ended by LF. */
export function tsvRecord(fields: readonly string[]): string {
  return `${fields.map(escapeTsvField).join('\t')}\n`;
}
