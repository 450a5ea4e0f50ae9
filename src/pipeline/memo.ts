// Remembered results of pure functions of a string (token keys, YAML scalars, surnames): the same
// words recur on every page. The memory is emptied when it reaches `limit` entries, so a long run
// over an unusual corpus stays bounded.
export function memoize<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    // One lookup for a hit (the common case); `has` only tells a remembered undefined from a miss.
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as T;
    const value = compute(key);
    if (results.size >= limit) results.clear();
    results.set(key, value);
    return value;
  };
}
