// One bounded memo for the per-word caches of the stages: a document asks for the same few thousand
// words, entries or readings again and again, and a long run must not grow without bound.

/** A vocabulary's size: past it the cache is dropped and starts over (cheaper than tracking use). */
export const MAX_REMEMBERED = 50_000;

/** `compute` with its results remembered per key (at most `max` at a time). */
export function remembered<K, V>(compute: (key: K) => V, max = MAX_REMEMBERED): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
