// The offline search index (pure): what the search page uses when it is opened from disk (file://),
// where Pagefind cannot run (Chromium refuses its ES module and fetch() from origin 'null').
//
// Built once at build time and loaded as is, never indexed in the browser:
//   search-index.js         a classic script: the documents (entity pages, then articles) with what a
//                           result shows and filters on, each document's length, and the first term of
//                           every shard of the term index;
//   search-index/<n>.js     the term index, full text, cut by term range into shards of about
//                           SHARD_TARGET_BYTES; a query loads only the shards its terms fall in, by a
//                           classic <script> (public/search-offline.js).
// Terms are folded (case, diacritics, the Kazakh letters spelled both ways) by `fold`, which
// public/search-offline.js repeats; tests/offline-index.test.ts holds the two equal.

import type { Entity, EntityType } from '../pipeline/types.ts';
import type { SiteModel } from './model.ts';
import { articlePath, entityPath } from './paths.ts';
import { shortExcerpt } from './search-data.ts';
import { byCodeUnit } from '../pipeline/order.ts';

/**
 * How much a word counts in each field of a document, as term-frequency units. An entity's own names
 * outrank a headline, which outranks the names linked in an article, which outrank its body; the
 * same order as the hosted index's weights (data-pagefind-weight on a name, the title meta).
 */
export const FIELD_WEIGHTS = { own: 12, title: 4, names: 3, body: 2 } as const;
/** A posting's weight is omitted when it is this (one word of body text), the commonest case. */
const DEFAULT_WEIGHT = FIELD_WEIGHTS.body;
/** Uncompressed bytes of a shard before the next term starts a new one. */
export const SHARD_TARGET_BYTES = 48 * 1024;

/**
 * entities: [id, type, name, aliases, description, country position or -1, last date or '']; the first
 *   `pages` of them have pages (and are search results), the rest are countries named only as facets.
 * articles: [slug, title, date or '', excerpt, source or '', entity positions]. The slug is stored only
 *   when the browser cannot derive it from the title (`derivedSlug`): a number is a prefix length of the
 *   derived slug, '' the whole of it. Entity positions are packed as fixed-width base-36 numbers.
 * Documents are numbered: entity pages 0 … pages-1, then articles in order.
 */
export type OfflineEntity = [id: string, type: EntityType, name: string, aliases: string[], description: string, country: number, lastDate: string];
export type OfflineArticle = [slug: string | number, title: string, date: string, excerpt: string, source: string, entities: string];

export interface OfflineIndex {
  version: 2;
  pages: number;
  /** Characters per packed entity position. */
  width: number;
  entities: OfflineEntity[];
  articles: OfflineArticle[];
  /** Words per document (entity pages, then articles), base-36, comma-separated: BM25's length. */
  lengths: string;
  /** The first term of each shard, in order: shard n holds the terms from shards[n] up to shards[n+1]. */
  shards: string[];
}

/** One shard of the term index: term → postings, where postings are `delta[.weight]` entries joined by ','. */
export type OfflineShard = Record<string, string>;

export interface OfflineSearch {
  index: OfflineIndex;
  shards: OfflineShard[];
}

/** Case, diacritics and the Kazakh letters the registry spells both ways (Тоқаев = Токаев) fold together. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/қ/gu, 'к')
    .replace(/ғ/gu, 'г')
    .replace(/ң/gu, 'н')
    .replace(/ү|ұ/gu, 'у')
    .replace(/ө/gu, 'о')
    .replace(/һ/gu, 'х')
    .replace(/і/gu, 'и')
    .replace(/ә/gu, 'а');
}

// Letters, digits and combining marks (so a decomposed "é" stays one word until fold drops its mark).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII_WORD = /^[a-z0-9]+$/u;

/**
 * The terms of a text, folded, in order (letters and digits; everything else separates). Words are cut
 * first and only the non-ASCII ones folded: the same terms as folding the whole text, in half the time.
 */
export function terms(text: string): string[] {
  const found = text.toLowerCase().match(WORD);
  if (!found) return [];
  const out: string[] = [];
  for (const word of found) {
    const term = ASCII_WORD.test(word) ? word : fold(word);
    if (term !== '') out.push(term);
  }
  return out;
}

/** Adds each term of `text` to a document's weighted term counts; returns how many terms it had. */
function addTerms(counts: Map<string, number>, text: string, weight: number): number {
  const found = terms(text);
  for (const term of found) counts.set(term, (counts.get(term) ?? 0) + weight);
  return found.length;
}

export function offlineSearch(model: SiteModel): OfflineSearch {
  const pages = [...model.entityPages.values()].sort((a, b) => byCodeUnit(a.entity.id, b.entity.id));
  // Countries referenced by people/organizations but without a page still need a name for the facet.
  const listed: Entity[] = pages.map((p) => p.entity);
  const position = new Map(listed.map((e, i) => [e.id, i]));
  for (const entity of [...listed]) {
    const country = entity.country ? model.registry.get(entity.country) : undefined;
    if (country && !position.has(country.id)) {
      position.set(country.id, listed.length);
      listed.push(country);
    }
  }
  const entities: OfflineEntity[] = listed.map((entity) => {
    const page = model.entityPages.get(entity.id);
    return [
      entity.id,
      entity.type,
      entity.name,
      // Only entities with pages are searched by name; the rest are facet labels.
      page ? entity.aliases : [],
      page ? shortExcerpt(entity.description ?? '', 100) : '',
      entity.country && entity.type !== 'country' ? (position.get(entity.country) ?? -1) : -1,
      page?.lastDate ?? '',
    ];
  });
  const width = Math.max(1, Math.ceil(Math.log(listed.length + 1) / Math.log(36)));
  // Per article, the entities it links that are facets (they have a page and are not places).
  const linked = model.articles.map((article) => article.entities.filter((e) => model.entityPages.has(e.id) && e.type !== 'place'));
  const articles: OfflineArticle[] = model.articles.map((article, n) => [
    compactSlug(article.slug, article.title),
    article.title,
    article.date ?? '',
    shortExcerpt(article.paragraphs[0] ?? '', 90),
    article.source ?? '',
    packPositions(
      linked[n]!.map((e) => position.get(e.id)!),
      width,
    ),
  ]);

  // The term index: per document, each term's weighted count over its fields.
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  const addDocument = (doc: number, counts: Map<string, number>, length: number) => {
    lengths.push(length);
    for (const [term, weight] of counts) {
      const list = postings.get(term);
      if (list) list.push(doc, weight);
      else postings.set(term, [doc, weight]);
    }
  };
  pages.forEach(({ entity }, doc) => {
    const counts = new Map<string, number>();
    const length = addTerms(counts, [entity.name, ...entity.aliases].join(' '), FIELD_WEIGHTS.own) + addTerms(counts, entity.description ?? '', FIELD_WEIGHTS.body);
    addDocument(doc, counts, length);
  });
  model.articles.forEach((article, n) => {
    const counts = new Map<string, number>();
    let length = addTerms(counts, article.title, FIELD_WEIGHTS.title);
    for (const paragraph of article.paragraphs) length += addTerms(counts, paragraph, FIELD_WEIGHTS.body);
    // The registry's names of what it links, so an article that spells a name otherwise is still found by the usual one.
    for (const { id } of linked[n]!) {
      const entity = model.registry.get(id);
      if (entity) addTerms(counts, [entity.name, ...entity.aliases].join(' '), FIELD_WEIGHTS.names);
    }
    addDocument(pages.length + n, counts, length);
  });

  const shards: OfflineShard[] = [];
  const firstTerms: string[] = [];
  let shard: OfflineShard | null = null;
  let bytes = 0;
  // Code-unit order is the order the browser's `<` compares terms in when it picks a shard.
  for (const term of [...postings.keys()].sort(byCodeUnit)) {
    const encoded = encodePostings(postings.get(term)!);
    if (!shard || bytes >= SHARD_TARGET_BYTES) {
      shard = {};
      shards.push(shard);
      firstTerms.push(term);
      bytes = 0;
    }
    shard[term] = encoded;
    bytes += term.length + encoded.length + 6;
  }
  return {
    index: { version: 2, pages: pages.length, width, entities, articles, lengths: lengths.map((n) => n.toString(36)).join(','), shards: firstTerms },
    shards,
  };
}

/** [doc, weight, doc, weight, …] in ascending doc order → 'delta[.weight],…' in base 36. */
export function encodePostings(pairs: number[]): string {
  const out: string[] = [];
  let previous = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const doc = pairs[i]!;
    const weight = pairs[i + 1]!;
    const delta = (doc - previous).toString(36);
    out.push(weight === DEFAULT_WEIGHT ? delta : `${delta}.${weight.toString(36)}`);
    previous = doc;
  }
  return out.join(',');
}

/** The inverse of encodePostings (public/search-offline.js decodes the same way). */
export function decodePostings(encoded: string): number[] {
  const out: number[] = [];
  let doc = 0;
  for (const entry of encoded.split(',')) {
    const dot = entry.indexOf('.');
    doc += parseInt(dot === -1 ? entry : entry.slice(0, dot), 36);
    out.push(doc, dot === -1 ? DEFAULT_WEIGHT : parseInt(entry.slice(dot + 1), 36));
  }
  return out;
}

/** The slug the browser derives from a title (public/search-offline.js has the same function). */
export function derivedSlug(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** '' when the slug is the derived one, a prefix length when it is a cut of it, else the slug itself. */
export function compactSlug(slug: string, title: string): string | number {
  const derived = derivedSlug(title);
  if (slug === derived) return '';
  if (derived.startsWith(slug) && slug.length > 0) return slug.length;
  return slug;
}

export function expandSlug(stored: string | number, title: string): string {
  if (stored === '') return derivedSlug(title);
  return typeof stored === 'number' ? derivedSlug(title).slice(0, stored) : stored;
}

export function packPositions(positions: number[], width: number): string {
  return positions.map((p) => p.toString(36).padStart(width, '0')).join('');
}

export function unpackPositions(packed: string, width: number): number[] {
  const out: number[] = [];
  for (let at = 0; at < packed.length; at += width) out.push(parseInt(packed.slice(at, at + width), 36));
  return out;
}

/** JSON as script text: `<` and the line separators escaped, so it can never close a script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/** search-index.js: a classic script that only assigns a global (works from file://). */
export function offlineIndexScript(index: OfflineIndex): string {
  return `// Offline search index for file:// (see src/site/offline-index.ts). Generated; do not edit.\nwindow.DossierSearchIndex=${scriptJson(index)};\n`;
}

/** search-index/<n>.js: hands its shard to the offline search, which asked for it. */
export function offlineShardScript(n: number, shard: OfflineShard): string {
  return `window.DossierSearchShard(${n},${scriptJson(shard)});\n`;
}

/** Where shard n is, relative to the site root. */
export function offlineShardPath(n: number): string {
  return `search-index/${n}.js`;
}

/** Page paths of the offline index's records, for tests: entity pages and articles. */
export function offlineRecordPaths(index: OfflineIndex): string[] {
  const pagePaths = index.entities.slice(0, index.pages).map((e) => entityPath(e[1], e[0]));
  return [...pagePaths, ...index.articles.map((a) => articlePath(expandSlug(a[0], a[1])))];
}

const built = new WeakMap<SiteModel, OfflineSearch>();

/** The offline index of a model, built once per build (the main script and every shard are pages of their own). */
export function offlineSearchOf(model: SiteModel): OfflineSearch {
  let search = built.get(model);
  if (!search) {
    search = offlineSearch(model);
    built.set(model, search);
  }
  return search;
}
