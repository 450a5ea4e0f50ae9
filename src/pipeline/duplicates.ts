// Near-duplicate articles: the same story from another outlet, or a shorter version of it.
// Texts are compared as sets of word 5-grams ("shingles"). Containment |A∩B| / min(|A|,|B|) decides,
// because a trimmed version of an article shares almost all of its shingles with the full one while its
// Jaccard |A∩B| / |A∪B| stays low; Jaccard is reported alongside as the figure of overall overlap.
// Candidates come from an inverted index of shingle hashes, so only documents that share at least one
// shingle are ever compared: no all-pairs pass over full sets.

/** Words per shingle: long enough that unrelated articles on one topic rarely share one ("the United States and"). */
export const SHINGLE_SIZE = 5;
/** Flag a pair when at least this share of the smaller text's shingles are in the other. */
export const CONTAINMENT_THRESHOLD = 0.6;
/** Texts with fewer shingles than this (about a sentence or two) are too short to call duplicates. */
export const MIN_SHINGLES = 10;

export interface DuplicateDocument {
  /** Seed file name, e.g. `000_x.txt`. */
  file: string;
  /** The article text to compare: its cleaned paragraphs, so page furniture does not count. */
  text: string;
}

export interface DuplicateMatch {
  /** The document checked. */
  file: string;
  /** The document it duplicates. */
  other: string;
  /** |A∩B| / min(|A|,|B|), 0–1: 1 when one text is wholly inside the other. */
  containment: number;
  /** |A∩B| / |A∪B|, 0–1. */
  jaccard: number;
  /** Shingles the two share. */
  shared: number;
  /** True when `file` is the shorter of the two (a trimmed version of `other`). */
  shorter: boolean;
}

export interface DuplicateOptions {
  /** Only check these files (e.g. the new or changed articles) against all the others; default: every file. */
  files?: Iterable<string>;
  threshold?: number;
  shingleSize?: number;
  minShingles?: number;
}

/** Lower-cased, diacritics and punctuation dropped, quotes and dashes ignored: "Tokayev’s" and "Tokayev's" agree. */
export function normalizedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** cyrb53: a fast 53-bit string hash; collisions are negligible at a few million shingles. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string, size = SHINGLE_SIZE): Set<number> {
  const words = normalizedWords(text);
  const hashes = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) hashes.add(hash53(words.slice(i, i + size).join(' ')));
  return hashes;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * For each checked document, the other documents it nearly duplicates, best first.
 * Cost: one pass over each checked document's shingles, plus one step per (shingle, document sharing it).
 */
export function findDuplicates(documents: DuplicateDocument[], options: DuplicateOptions = {}): DuplicateMatch[] {
  const threshold = options.threshold ?? CONTAINMENT_THRESHOLD;
  const size = options.shingleSize ?? SHINGLE_SIZE;
  const minShingles = options.minShingles ?? MIN_SHINGLES;
  const sets = documents.map((d) => shingleHashes(d.text, size));
  const postings = new Map<number, number[]>();
  sets.forEach((set, doc) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(doc);
      else postings.set(shingle, [doc]);
    }
  });

  const wanted = options.files ? new Set(options.files) : null;
  const matches: DuplicateMatch[] = [];
  documents.forEach((document, doc) => {
    if (wanted && !wanted.has(document.file)) return;
    const own = sets[doc]!;
    if (own.size < minShingles) return;
    const sharedWith = new Map<number, number>();
    for (const shingle of own) {
      for (const other of postings.get(shingle)!) if (other !== doc) sharedWith.set(other, (sharedWith.get(other) ?? 0) + 1);
    }
    const found: DuplicateMatch[] = [];
    for (const [other, shared] of sharedWith) {
      const otherSize = sets[other]!.size;
      const smaller = Math.min(own.size, otherSize);
      if (smaller < minShingles) continue;
      const containment = shared / smaller;
      if (containment < threshold) continue;
      found.push({
        file: document.file,
        other: documents[other]!.file,
        containment: round(containment),
        jaccard: round(shared / (own.size + otherSize - shared)),
        shared,
        shorter: own.size < otherSize,
      });
    }
    found.sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
    matches.push(...found);
  });
  return matches;
}
