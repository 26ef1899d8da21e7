// Everything taken from the documents or the findings goes through escapeHtml before it reaches the page.
export { escapeHtml } from '../text/escape.js';

/** A string safe as an HTML id and URL fragment, kept readable ('p12' stays 'p12'). */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/gu, '_');
}
