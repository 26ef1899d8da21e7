// One bounded memo for the per-word caches of the stages: a document asks for the same few thousand
// words, entries or readings again and again, and a long run must not grow without bound.

/** A vocabulary's size: past it the cache is dropped and starts over (cheaper than tracking use). */
export const MAX_REMEMBERED = 50_000;

/** A map of at most `max` entries: a new key past that drops the others first. For a memo whose
 *  value needs more than its key to compute; remembered is the one that needs only the key. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max = MAX_REMEMBERED) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** `compute` with its results remembered per key (at most `max` at a time). */
export function remembered<K, V>(compute: (key: K) => V, max = MAX_REMEMBERED): (key: K) => V {
  const cache = new BoundedMap<K, V>(max);
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
