// The glossary output formats by name: what the CLI needs to declare its options, without loading
// the CSV and TBX writers.
export const GLOSSARY_FORMATS = ['tsv', 'csv', 'json', 'tbx'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];
