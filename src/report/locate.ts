// Mapping the normalised text that findings and anchors speak of (a side's span, an anchor) onto
// the raw text the page shows, and finding a value's text there. The normalised text is NFKC with
// spacing repaired, so both are compared through a "skeleton": every character NFKC-folded, white
// space and markdown emphasis dropped, each skeleton character remembering where it came from.

/** Skeleton of a string: `chars[i]` came from `from[i]` … `from[i] + width[i]` of the source. */
export interface Skeleton {
  chars: string;
  from: number[];
  width: number[];
}

const IGNORED = /[\s*]/u;

export function skeletonOf(text: string): Skeleton {
  let chars = '';
  const from: number[] = [];
  const width: number[] = [];
  let offset = 0;
  for (const character of text) {
    const folded = character.normalize('NFKC');
    for (const piece of folded) {
      if (IGNORED.test(piece)) continue;
      chars += piece;
      // a folded character may be several UTF-16 units: record the source span once per unit
      for (let unit = 0; unit < piece.length; unit += 1) {
        from.push(offset);
        width.push(character.length);
      }
    }
    offset += character.length;
  }
  return { chars, from, width };
}

export interface Span {
  start: number;
  end: number;
}

/** Maps skeleton positions [first, last) back to a span of the source text. */
function sourceSpan(skeleton: Skeleton, first: number, last: number): Span {
  const start = skeleton.from[first] ?? 0;
  const end = (skeleton.from[last - 1] ?? start) + (skeleton.width[last - 1] ?? 0);
  return { start, end };
}

/** Every place where `needle` occurs in `haystack`, compared by skeleton; spans are in `haystack`. */
export function findAll(haystack: Skeleton, needle: string): Span[] {
  const wanted = skeletonOf(needle).chars;
  if (wanted === '') return [];
  const spans: Span[] = [];
  let at = haystack.chars.indexOf(wanted);
  while (at >= 0) {
    spans.push(sourceSpan(haystack, at, at + wanted.length));
    at = haystack.chars.indexOf(wanted, at + wanted.length);
  }
  return spans;
}

/** True when the two texts are the same once folded (NFKC, white space and emphasis ignored). */
export function sameSkeleton(a: string, b: string): boolean {
  const folded = skeletonOf(a).chars;
  return folded !== '' && folded === skeletonOf(b).chars;
}

/**
 * Maps a span of the normalised text to the raw text. Exact when the normalised text differs from
 * the raw one only by NFKC and white space (what the normalisation does); null when it does not.
 */
export function mapNormalizedSpan(raw: Skeleton, normalized: string, span: Span): Span | null {
  const before = skeletonOf(normalized.slice(0, span.start)).chars.length;
  const inside = skeletonOf(normalized.slice(span.start, span.end)).chars;
  if (inside === '' || raw.chars.slice(before, before + inside.length) !== inside) return null;
  return sourceSpan(raw, before, before + inside.length);
}
