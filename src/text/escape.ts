// Escaping text from the documents for each output syntax. XML goes through ./xml.ts (xmlbuilder2
// elements), everything else through here.
import { wellFormed } from './xml.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character] ?? character);
}

// C0 controls but TAB, LF and CR (which each format escapes in its own way, and CR cannot survive
// reading anyway), DEL, and the C1 controls: an ESC sequence in a translation must not reach a
// terminal or a reviewer's editor as a command. The bidi embeddings, overrides and isolates
// (U+202A–202E, U+2066–2069) too: invisible themselves, they reorder what follows on the screen,
// so a line could show a reviewer other text than it holds ("Trojan Source").
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Control characters made visible: a C0 control or DEL becomes its Unicode control picture (ESC →
 * ␛ U+241B, NUL → ␀), a C1 control or a bidi control, which have none, becomes U+FFFD. For every
 * text output a person or a terminal reads; JSON escapes them itself, XML through ./xml.ts.
 */
export function visibleControl(text: string): string {
  return text.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * `@name`, `#123` and `GH-123` in a pull-request comment notify a person or link an issue: a
 * translation quoted in a comment must do neither. A zero-width joiner after `@`, `#` or `GH` breaks
 * the reference and shows nothing.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_-])/gu, '@\u200d')
    .replace(/#(?=\p{N})/gu, '#\u200d')
    .replace(/\bGH(?=-\p{N})/gu, 'GH\u200d');
}

/**
 * For markdown: HTML-escapes, backslash-escapes markdown syntax (and a line start that would read as
 * a heading or list), makes control characters visible and mentions inert.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(neutralizeMentions(visibleControl(text)))
    .replace(/[\\`*_[\]|~]/gu, (character) => `\\${character}`)
    .replace(/^(#|[-+]|\d+[.)])(?=\s|$)/u, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** Inside a markdown `code` span only a backtick can end the span early: it becomes ˋ (U+02CB). */
export function escapeMarkdownCode(text: string): string {
  return visibleControl(text).replace(/`/gu, 'ˋ');
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const TSV_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/**
 * The one TSV rule of every TSV we write: backslash, TAB, LF and CR inside a field become \\ \t \n \r,
 * so every record is one line and the field reads back exactly (unescapeTsvField). Other control
 * characters become visible (visibleControl) and lone surrogates U+FFFD, as UTF-8 requires: neither
 * reads back as it was, and neither belongs in a translation.
 */
export function escapeTsvField(text: string): string {
  return visibleControl(wellFormed(text)).replace(/[\\\t\n\r]/gu, (character) => TSV_ESCAPES[character]!);
}

/** The inverse of escapeTsvField; a backslash before any other character stays as it is. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\([\\tnr])/gu, (_all, character: string) => TSV_UNESCAPES[character]!);
}

/** One TSV record: fields escaped, joined by TAB, ended by LF. */
export function tsvRecord(fields: readonly string[]): string {
  return `${fields.map(escapeTsvField).join('\t')}\n`;
}
