// The English markdown is parsed piece by piece (cut before each `#` heading after a blank line)
// because micromark slows down on long texts: the pieces must give the very block tree the whole
// text gives, line for line.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/parse/english.js';
import { seedLines } from '../helpers/seeds.js';

/** Type and line range of every block node, nested lists and quotes included. */
function outline(nodes: Root['children']): string[] {
  const out: string[] = [];
  const visit = (node: Nodes, depth: number) => {
    out.push(`${'  '.repeat(depth)}${node.type} ${node.position?.start.line}-${node.position?.end.line}`);
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') node.children.forEach((child) => visit(child, depth + 1));
  };
  nodes.forEach((node) => visit(node, 0));
  return out;
}

const whole = (text: string) => outline(unified().use(remarkParse).parse(text).children);
const pieces = (text: string) => outline(markdownBlocks(text, text.split('\n')));

describe('markdown parsed in pieces', () => {
  it('gives the seed translation the same blocks on the same lines as one parse of the whole', () => {
    const text = seedLines('en').join('\n');
    const expected = whole(text);
    expect(expected.length).toBeGreaterThan(300);
    expect(pieces(text)).toEqual(expected);
  });

  it('keeps a list, a quote and a lazy continuation line apart from the heading that follows a blank line', () => {
    const lines = seedLines('en');
    const heading = lines.findIndex((line, i) => i > 0 && lines[i - 1]!.trim() === '' && /^# /.test(line));
    expect(heading).toBeGreaterThan(0);
    const text = ['- first item', '  still the first item', 'lazy continuation', '', '  - nested after a blank line', '', '> quoted', '', lines[heading]!, '', '1. numbered', '', lines[heading]!, 'text right under it', ''].join('\n');
    expect(pieces(text)).toEqual(whole(text));
  });

  it('parses a text with a code fence whole: a fence may hold a blank line and a "#" line', () => {
    const text = ['Intro', '', '```', '', '# not a heading', '```', '', '# Heading', 'body', ''].join('\n');
    expect(pieces(text)).toEqual(whole(text));
    expect(pieces(text).filter((line) => line.startsWith('heading'))).toEqual(['heading 8-8']);
  });
});
