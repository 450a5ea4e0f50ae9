// Related articles: for each article, the few that share the most entities with it, counted from an
// inverted index (entity → articles) so that the work grows with the postings walked, not with the
// square of the corpus.
//
// Related articles come from the entities that tell articles apart: one in more than RELATED_MAX_SHARE of
// them (a country every article names) adds to the count of an article found through another entity, but
// finds none itself, so an article's candidates are never the whole corpus. Counting is exact: the
// telling entities' postings add up as they are walked; each common entity the article names is then
// looked up in each candidate's set of entities. At a few hundred articles every entity is below the
// bar, and the ranking is the plain count of shared entities.
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';

/** An entity named in more than this share of the articles does not by itself make them related… */
const RELATED_MAX_SHARE = 0.01;
/** …unless the corpus is small: below this many articles per entity, every entity counts. */
const RELATED_MIN_POSTING = 100;

export interface RelatedArticle {
  article: SiteArticle;
  /** How many entities (with pages) the two share. */
  shared: number;
  sharedEntities: Entity[];
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The related articles of each of `articles` (newest first), best first, at most `limit` each; ties go
 * to the newer article. `postings` maps each entity with a page to the indexes in `articles` of the
 * articles that mention it, ascending.
 */
export function relatedArticles(articles: SiteArticle[], postings: Map<string, Int32Array>, registry: Map<string, Entity>, limit: number): RelatedArticle[][] {
  const maxPosting = Math.max(RELATED_MIN_POSTING, Math.ceil(articles.length * RELATED_MAX_SHARE));
  // The common entities of each article as a bitset, so that counting the ones two articles share is a
  // few word operations however many there are (a corpus of regional news shares dozens per article).
  const commonBit = new Map<string, number>();
  for (const [id, indexes] of postings) if (indexes.length > maxPosting) commonBit.set(id, commonBit.size);
  const words = Math.max(1, Math.ceil(commonBit.size / 32));
  const commonBits = new Uint32Array(articles.length * words);
  articles.forEach((article, index) => {
    for (const e of article.entities) {
      const bit = commonBit.get(e.id);
      if (bit !== undefined) commonBits[index * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  const sharedCommon = (a: number, b: number) => {
    let count = 0;
    for (let w = 0; w < words; w++) count += popcount(commonBits[a * words + w]! & commonBits[b * words + w]!);
    return count;
  };

  const shared = new Int32Array(articles.length);
  return articles.map((article, self) => {
    const own = article.entities.filter((e) => postings.has(e.id)).map((e) => e.id);
    const touched: number[] = [];
    const finders = own.filter((id) => postings.get(id)!.length <= maxPosting);
    const common = own.filter((id) => postings.get(id)!.length > maxPosting);
    // An article made only of common entities is found through its rarest one, newest articles first.
    if (finders.length === 0 && common.length > 0) {
      const rarest = [...common].sort((a, b) => postings.get(a)!.length - postings.get(b)!.length)[0]!;
      for (const index of postings.get(rarest)!.subarray(0, maxPosting + 1)) if (index !== self) touched.push(index);
    }
    for (const id of finders) {
      for (const index of postings.get(id)!) {
        if (index === self) continue;
        if (shared[index]++ === 0) touched.push(index);
      }
    }
    // Exact counts only where they can still matter: candidates in buckets of their count through the
    // telling entities, best first; a bucket is looked at only while its count plus every common entity
    // could still reach the limit-th best exact count found so far.
    const buckets: number[][] = [];
    for (const index of touched) (buckets[shared[index]!] ??= []).push(index);
    const top: number[] = [];
    for (let found = buckets.length - 1; found >= 0; found--) {
      const bucket = buckets[found];
      if (!bucket) continue;
      if (top.length === limit && shared[top[top.length - 1]!]! > found + common.length) break;
      for (const index of bucket) {
        shared[index]! += sharedCommon(self, index);
        top.push(index);
      }
      // `articles` is newest first, so the smaller index wins ties.
      top.sort((a, b) => shared[b]! - shared[a]! || a - b);
      top.length = Math.min(top.length, limit);
    }
    for (let k = top.length - 1; k >= 0; k--) if (shared[top[k]!]! === 0) top.splice(k, 1);
    const related = top.map((index) => {
      const other = articles[index]!;
      const otherIds = new Set(other.entities.map((e) => e.id));
      return { article: other, shared: shared[index]!, sharedEntities: own.filter((id) => otherIds.has(id)).map((id) => registry.get(id)!) };
    });
    for (const index of touched) shared[index] = 0;
    return related;
  });
}
