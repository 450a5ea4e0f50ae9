// Strings that keep nothing else alive: see ownStrings.

/**
 * The value with every string its own and each distinct one kept once (in `pool`). A string parsed out of a
 * file's text is, in V8, a slice that keeps that whole text alive: at 10,000 articles the site's parsed
 * articles held 551 MB of heap, 194 MB once their strings were copied out and shared; the annotator's
 * workers keep their analyses so too. Strings under 13 characters are never slices. (`scripts/bench-site.ts`
 * measures each step's peak.)
 */
export function ownStrings<T>(value: T, pool: Map<string, string>): T {
  const own = (text: string): string => {
    if (text.length < 13) return text;
    let copy = pool.get(text);
    if (copy === undefined) {
      copy = JSON.parse(JSON.stringify(text)) as string;
      pool.set(copy, copy);
    }
    return copy;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return own(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = walk(node[i]);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return node;
  };
  return walk(value) as T;
}
