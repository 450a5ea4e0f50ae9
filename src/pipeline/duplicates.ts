// Near-duplicate articles: the same story from another outlet, or a shorter version of it.
// Texts are compared as sets of word 5-grams ("shingles"). Containment |A∩B| / min(|A|,|B|) decides,
// because a trimmed version of an article shares almost all of its shingles with the full one while its
// Jaccard |A∩B| / |A∪B| stays low; Jaccard is reported alongside as the figure of overall overlap.
// Candidates come from an inverted index of shingle hashes, so only documents that share at least one
// shingle are ever compared: no all-pairs pass over full sets.
import { memoize } from './memo.ts';
import { byCodeUnit } from './order.ts';

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
  // A scan by character code: ASCII (nearly all of an English article) directly, anything else through
  // foldChar, remembered per character. Runs over every article's whole text for the duplicate report.
  const words: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') words.push(word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word += text[i]!;
      else if (c >= 65 && c <= 90) word += String.fromCharCode(c + 32);
      else if (c !== 39) flush();
      continue;
    }
    // A surrogate pair is one character.
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const folded = foldChar(wide ? text.slice(i, i + 2) : text[i]!);
    if (wide) i++;
    for (const part of folded) {
      if (part === ' ') flush();
      else word += part;
    }
  }
  flush();
  return words;
}

/**
 * A character decomposed, its marks dropped, lower-cased: its letters and digits, with a space for each
 * separator (`½` gives `1 2`); '' for an apostrophe or a lone combining mark, which a word runs through.
 */
const foldChar = memoize((char: string): string => {
  if (char === '’' || char === 'ʼ') return '';
  let out = '';
  for (const part of char.normalize('NFKD').toLowerCase()) {
    if (/\p{M}/u.test(part) || part === "'") continue;
    out += /[\p{L}\p{N}]/u.test(part) ? part : ' ';
  }
  return out;
}, 10_000);

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

/**
 * The distinct shingle hashes of a text. Each word is hashed once and a shingle's hash mixes its words'
 * hashes, rather than hashing the joined words of every shingle (each word is in `size` of them).
 */
export function shingleHashes(text: string, size = SHINGLE_SIZE): Set<number> {
  const words = normalizedWords(text);
  const low = new Uint32Array(words.length);
  const high = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const h = hash53(words[i]!);
    low[i] = h >>> 0;
    high[i] = Math.floor(h / 4294967296);
  }
  const hashes = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let k = i; k < i + size; k++) {
      h1 = Math.imul(h1 ^ low[k]!, 2654435761);
      h2 = Math.imul(h2 ^ high[k]! ^ low[k]!, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    hashes.add(4294967296 * (2097151 & h2) + (h1 >>> 0));
  }
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
    found.sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard || byCodeUnit(a.other, b.other));
    matches.push(...found);
  });
  return matches;
}

// ── MinHash signatures and locality-sensitive hashing ─────────────────────────
// The exact comparison above walks every document sharing a shingle: at thousands of articles that
// share paragraphs (wire copy reused across stories) that is quadratic. A MinHash signature estimates
// the Jaccard similarity of two shingle sets from 128 numbers; banding the signatures (32 bands of 4
// rows) makes a pair a candidate only when a whole band agrees, which pairs above Jaccard ~0.4 almost
// always do and pairs below ~0.15 almost never do. Only candidates are then compared, exactly when
// both texts are at hand, or by estimate from the signatures and set sizes when one is not.

export const SIGNATURE_SIZE = 128;
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

/** Fixed multipliers and offsets of the 128 hash permutations (deterministic: the same on every run). */
const [MULTIPLIERS, OFFSETS] = (() => {
  const multipliers = new Uint32Array(SIGNATURE_SIZE);
  const offsets = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    multipliers[i] = next() | 1;
    offsets[i] = next();
  }
  return [multipliers, offsets];
})();

export interface Sketch {
  /** How many distinct shingles the text has. */
  size: number;
  /** The minimum of each permutation over the shingles' 32-bit hashes; empty when the text is too short. */
  signature: Uint32Array;
}

/** The MinHash sketch of a text: its shingle count and signature. */
export function sketchOf(text: string, size = SHINGLE_SIZE): Sketch {
  const shingles = shingleHashes(text, size);
  if (shingles.size < MIN_SHINGLES) return { size: shingles.size, signature: new Uint32Array(0) };
  // Typed arrays keep the 128 × shingles inner loop on unboxed 32-bit integers (it runs for every article).
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const x = shingle >>> 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = (Math.imul(MULTIPLIERS[i]!, x) + OFFSETS[i]!) >>> 0;
      if (value < mins[i]!) mins[i] = value;
    }
  }
  return { size: shingles.size, signature: mins };
}

/** A band of a signature as one number (53 bits mixed from its rows, and the band's position). */
function bandKey(signature: Uint32Array, band: number): number {
  let h1 = 0xdeadbeef ^ band;
  let h2 = 0x41c6ce57 ^ band;
  for (let k = band * ROWS; k < band * ROWS + ROWS; k++) {
    h1 = Math.imul(h1 ^ signature[k]!, 2654435761);
    h2 = Math.imul(h2 ^ signature[k]!, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export interface SketchedDocument {
  file: string;
  sketch: Sketch;
  /** The text, when at hand: candidates are then compared exactly. */
  text?: string;
}

/**
 * Near-duplicates by MinHash LSH: for each checked document (`files`, default all), the documents whose
 * signature shares a band with its own, confirmed by exact containment when both texts are given, else
 * by the containment the signatures estimate. Cost: one pass over the bands of every document.
 */
export function findDuplicatesBySketch(documents: SketchedDocument[], options: DuplicateOptions = {}): DuplicateMatch[] {
  const threshold = options.threshold ?? CONTAINMENT_THRESHOLD;
  const wanted = options.files ? new Set(options.files) : null;
  const checked = (doc: number) => wanted === null || wanted.has(documents[doc]!.file);
  // Buckets of the checked documents' bands; every document's bands are then looked up in them. With a
  // few checked documents (a pull request's) the buckets stay small however large the corpus.
  const buckets = new Map<number, number[]>();
  documents.forEach((document, doc) => {
    if (!checked(doc) || document.sketch.signature.length !== SIGNATURE_SIZE) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(document.sketch.signature, band);
      const list = buckets.get(key);
      if (list) list.push(doc);
      else buckets.set(key, [doc]);
    }
  });
  const candidates = new Map<number, Set<number>>();
  documents.forEach((document, other) => {
    if (buckets.size === 0 || document.sketch.signature.length !== SIGNATURE_SIZE) return;
    for (let band = 0; band < BANDS; band++) {
      for (const doc of buckets.get(bandKey(document.sketch.signature, band)) ?? []) {
        if (doc === other) continue;
        let set = candidates.get(doc);
        if (!set) candidates.set(doc, (set = new Set()));
        set.add(other);
      }
    }
  });
  const matches: DuplicateMatch[] = [];
  for (const doc of [...candidates.keys()].sort((a, b) => a - b)) {
    const document = documents[doc]!;
    const found: DuplicateMatch[] = [];
    for (const other of candidates.get(doc)!) {
      const otherDocument = documents[other]!;
      const [ownSize, otherSize] = [document.sketch.size, otherDocument.sketch.size];
      let shared: number;
      if (document.text !== undefined && otherDocument.text !== undefined) {
        const own = shingleHashes(document.text);
        shared = 0;
        for (const shingle of shingleHashes(otherDocument.text)) if (own.has(shingle)) shared++;
      } else {
        // |A∩B| from the estimated Jaccard J: |A∩B| = J (|A| + |B|) / (1 + J).
        const jaccard = estimatedJaccard(document.sketch.signature, otherDocument.sketch.signature);
        shared = Math.round((jaccard * (ownSize + otherSize)) / (1 + jaccard));
      }
      const smaller = Math.min(ownSize, otherSize);
      if (smaller < MIN_SHINGLES || shared / smaller < threshold) continue;
      found.push({
        file: document.file,
        other: otherDocument.file,
        containment: round(shared / smaller),
        jaccard: round(shared / (ownSize + otherSize - shared)),
        shared,
        shorter: ownSize < otherSize,
      });
    }
    found.sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard || byCodeUnit(a.other, b.other));
    matches.push(...found);
  }
  return matches;
}
