// What search knows about each page, computed once from the site model (pure).
//
// Two consumers read it: the pages, which carry it as Pagefind attributes (filters, meta, sort),
// and the offline fallback `search-index.js`, a compact classic-script index for file://, where
// Pagefind cannot run (ES module + fetch are refused from origin 'null').

import type { Entity, EntityType } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import type { EntityPage, SiteModel } from './model.ts';
import { html, type Html } from './html.ts';
import { articlePath, entityPath } from './paths.ts';
import { plural } from './format.ts';

/** Pagefind filter names, in the order the search page shows them. */
export const searchFacets = ['type', 'person', 'country', 'organization', 'source', 'year'] as const;
export type SearchFacet = (typeof searchFacets)[number];

/** Entity types that are search results and facets (places have pages but no facet of their own). */
export const searchTypes = ['article', 'person', 'country', 'organization'] as const;

export type FacetValues = Partial<Record<SearchFacet, string[]>>;

export interface SearchRecord {
  /** Page path, e.g. 'people/kassym-jomart-tokayev/'. */
  path: string;
  type: 'article' | EntityType;
  title: string;
  date: string | null;
  excerpt: string;
  /** Filter values as the search UI shows them (entity names, not ids). */
  filters: FacetValues;
  /**
   * Articles: the registry names of every entity linked in them, searchable as metadata, so an
   * article that spells a name differently ("Tokaev") is still found by the usual name.
   */
  names: string[];
}

const facetOfType: Partial<Record<EntityType, SearchFacet>> = { person: 'person', country: 'country', organization: 'organization' };

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function shortExcerpt(text: string, maxChars = 140): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.lastIndexOf(' ', maxChars - 1);
  return `${clean.slice(0, cut > maxChars / 2 ? cut : maxChars - 1).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function addValue(filters: FacetValues, facet: SearchFacet, value: string | null | undefined): void {
  if (!value) return;
  const list = (filters[facet] ??= []);
  if (!list.includes(value)) list.push(value);
}

/** Filters of an article: its type, the people/countries/organizations with pages, source and year. */
export function articleFilters(model: SiteModel, article: SiteArticle): FacetValues {
  const filters: FacetValues = { type: ['article'] };
  for (const summary of article.entities) {
    const facet = facetOfType[summary.type];
    const entity = model.registry.get(summary.id);
    if (facet && entity && model.entityPages.has(summary.id)) addValue(filters, facet, entity.name);
  }
  addValue(filters, 'source', article.source);
  addValue(filters, 'year', article.date?.slice(0, 4));
  return filters;
}

/**
 * Filters of an entity page: its type, itself under its own facet (so "person = Tokayev" keeps his
 * page among the results), and its country (a person's or organization's; a country is its own).
 */
export function entityFilters(model: SiteModel, entity: Entity): FacetValues {
  const filters: FacetValues = {};
  if (entity.type !== 'place') addValue(filters, 'type', entity.type);
  const own = facetOfType[entity.type];
  if (own) addValue(filters, own, entity.name);
  const country = entity.country ? model.registry.get(entity.country) : undefined;
  if (country && entity.type !== 'country') addValue(filters, 'country', country.name);
  return filters;
}

/** `data-pagefind-filter` values: one `name:value` string per value (Pagefind reads one filter per attribute). */
export function pagefindFilterAttributes(filters: FacetValues): string[] {
  return searchFacets.flatMap((facet) => (filters[facet] ?? []).map((value) => `${facet}:${value}`));
}

/**
 * What Pagefind records about a page besides its text: filters (facets), meta (type, date, a short
 * excerpt, the names in it) and the date sort key, as empty elements in a hidden container.
 */
export function searchFactsHtml(record: SearchRecord): Html {
  const { type, date, excerpt, names } = record;
  return html`<div hidden class="search-facts">${pagefindFilterAttributes(record.filters).map((filter) => html`<span data-pagefind-filter="${filter}"></span>`)}<span data-pagefind-meta="${`type:${type}`}"></span>${
    date ? html`<span data-pagefind-meta="${`date:${date}`}" data-pagefind-sort="${`date:${date}`}"></span>` : null
  }${excerpt ? html`<span data-pagefind-meta="${`excerpt:${excerpt}`}"></span>` : null}${names.length > 0 ? html`<span data-pagefind-meta="${`names:${names.join(', ')}`}"></span>` : null}</div>`;
}

export function articleRecord(model: SiteModel, article: SiteArticle): SearchRecord {
  return {
    path: articlePath(article.slug),
    type: 'article',
    title: article.title,
    date: article.date,
    excerpt: shortExcerpt(article.paragraphs[0] ?? ''),
    filters: articleFilters(model, article),
    names: article.entities.flatMap((e) => {
      const entity = model.registry.get(e.id);
      return entity && model.entityPages.has(e.id) ? [entity.name] : [];
    }),
  };
}

export function entityRecord(model: SiteModel, page: EntityPage): SearchRecord {
  const { entity } = page;
  return {
    path: page.path,
    type: entity.type,
    title: entity.name,
    date: page.lastDate,
    excerpt: shortExcerpt(entity.description ?? `Mentioned in ${plural(page.articles.length, 'article')}.`),
    filters: entityFilters(model, entity),
    names: [],
  };
}

/**
 * Entity ids by facet and display name, for deep links: `?country=kazakhstan` names the id,
 * the filter UI shows "Kazakhstan". Only entities with pages appear.
 */
export function facetIds(model: SiteModel): Record<'person' | 'country' | 'organization', Record<string, string>> {
  const out: Record<'person' | 'country' | 'organization', Record<string, string>> = { person: {}, country: {}, organization: {} };
  for (const { entity } of model.entityPages.values()) {
    const facet = facetOfType[entity.type];
    if (facet === 'person' || facet === 'country' || facet === 'organization') out[facet][entity.id] = entity.name;
  }
  // Countries of people and organizations are facet values too, even without a page of their own.
  for (const { entity } of model.entityPages.values()) {
    const country = entity.country ? model.registry.get(entity.country) : undefined;
    if (country && !(country.id in out.country)) out.country[country.id] = country.name;
  }
  return out;
}

// ── offline index (search-index.js) ───────────────────────────────────────
/**
 * The compact offline index. Entity names and aliases are stored once, in `entities`; articles
 * point at them by position, and the browser expands them into searchable names and facets.
 * No full text: titles, names, a short excerpt (the budget is ≤ 300 KB per 1,000 articles).
 *
 * entities: [id, type, name, aliases, description, country position or -1, last date or '']; the first
 *   `pages` of them have pages (and are search results), the rest are countries named only as facets.
 * articles: [slug, title, date or '', excerpt, source or '', entity positions]. The slug is stored only
 *   when the browser cannot derive it from the title (`derivedSlug`): a number is a prefix length of the
 *   derived slug, '' the whole of it. Entity positions are packed as fixed-width base-36 numbers.
 */
export type OfflineEntity = [id: string, type: EntityType, name: string, aliases: string[], description: string, country: number, lastDate: string];
export type OfflineArticle = [slug: string | number, title: string, date: string, excerpt: string, source: string, entities: string];

export interface OfflineIndex {
  version: 1;
  pages: number;
  /** Characters per packed entity position. */
  width: number;
  entities: OfflineEntity[];
  articles: OfflineArticle[];
}

export function offlineIndex(model: SiteModel): OfflineIndex {
  const pages = [...model.entityPages.values()].sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
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
  const articles: OfflineArticle[] = model.articles.map((article) => [
    compactSlug(article.slug, article.title),
    article.title,
    article.date ?? '',
    shortExcerpt(article.paragraphs[0] ?? '', 90),
    article.source ?? '',
    packPositions(
      article.entities.filter((e) => model.entityPages.has(e.id) && e.type !== 'place').map((e) => position.get(e.id)!),
      width,
    ),
  ]);
  return { version: 1, pages: pages.length, width, entities, articles };
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

/** The classic script that carries the offline index: it only assigns a global (works from file://). */
export function offlineIndexScript(index: OfflineIndex): string {
  // JSON is valid JavaScript; `<` is escaped so the text can never close a script element.
  const json = JSON.stringify(index).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
  return `// Offline search index for file:// (see src/site/search-data.ts). Generated; do not edit.\nwindow.DossierSearchIndex=${json};\n`;
}

/** Page paths of the offline index's records, for tests: entity pages and articles. */
export function offlineRecordPaths(index: OfflineIndex): string[] {
  const pagePaths = index.entities.slice(0, index.pages).map((e) => entityPath(e[1], e[0]));
  return [...pagePaths, ...index.articles.map((a) => articlePath(expandSlug(a[0], a[1])))];
}
