// Everything taken from the documents or the findings goes through here before it reaches the page.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character] ?? character);
}

/** A string safe as an HTML id and URL fragment, kept readable ('p12' stays 'p12'). */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/gu, '_');
}
