// Moved to src/text/xml.ts; kept until diff's JUnit writer imports it from there.
export { wellFormed, xmlAttribute, xmlSafe, xmlText } from './text/xml.js';
