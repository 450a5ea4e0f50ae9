// What search knows about each page, computed once from the site model (pure).
//
// The pages carry it as Pagefind attributes (filters, meta, sort); the offline index for file://
// (src/site/offline-index.ts) files the same facets.

import type { Entity, EntityType } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import type { EntityPage, SiteModel } from './model.ts';
import { html, type Html } from './html.ts';
import { articlePath } from './paths.ts';
import { plural } from './format.ts';
import { byCodeUnit } from '../pipeline/order.ts';

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
  /**
   * Entity pages: their own name and aliases, as the `entity` meta. Hosted search weighs a match in
   * it above any body text (public/search-page.js, RANKING), so a name's own page comes first:
   * at 10,000 articles, dozens of articles with the name in their headline outscored it otherwise.
   */
  ownNames: string[];
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
  const { type, date, excerpt, names, ownNames } = record;
  return html`<div hidden class="search-facts">${pagefindFilterAttributes(record.filters).map((filter) => html`<span data-pagefind-filter="${filter}"></span>`)}<span data-pagefind-meta="${`type:${type}`}"></span>${
    date ? html`<span data-pagefind-meta="${`date:${date}`}" data-pagefind-sort="${`date:${date}`}"></span>` : null
  }${excerpt ? html`<span data-pagefind-meta="${`excerpt:${excerpt}`}"></span>` : null}${names.length > 0 ? html`<span data-pagefind-meta="${`names:${names.join(', ')}`}"></span>` : null}${
    ownNames.length > 0 ? html`<span data-pagefind-meta="${`entity:${ownNames.join(', ')}`}"></span>` : null
  }</div>`;
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
    ownNames: [],
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
    ownNames: [entity.name, ...entity.aliases],
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

/**
 * dist/search-facet-ids.js: facetIds as a classic script (window.DossierFacetIds), which the search
 * page loads only when a URL or a ticked filter names an entity; at 10,000 articles it is some 130 KB,
 * too much to carry in the page itself.
 */
export function facetIdsScript(model: SiteModel): string {
  return `window.DossierFacetIds = ${JSON.stringify(facetIds(model))};\n`;
}

// ── facet summary ─────────────────────────────────────────────────────────
/** How many values of each facet the search page lists; the rest are reached from entity pages and deep links. */
export const FACET_SUMMARY_LIMIT = 10;

export interface FacetSummary {
  /** Per facet, its most frequent values (at most FACET_SUMMARY_LIMIT) with the number of indexed pages that have each. */
  counts: Partial<Record<SearchFacet, Record<string, number>>>;
  /** Per facet, how many distinct values it has in all. */
  totals: Partial<Record<SearchFacet, number>>;
}

/**
 * What the search page's filter pane shows before a filter is chosen: the commonest values of each
 * facet, counted over every page Pagefind indexes (articles and entity pages) with the same filters
 * the pages carry. Prebuilt, so the pane costs no download: Pagefind's filter index (hundreds of KB
 * at 10,000 articles) is fetched only once a filter is applied.
 */
export function facetSummary(model: SiteModel, limit = FACET_SUMMARY_LIMIT): FacetSummary {
  const all = new Map<SearchFacet, Map<string, number>>();
  const count = (filters: FacetValues) => {
    for (const facet of searchFacets) {
      for (const value of filters[facet] ?? []) {
        const values = all.get(facet) ?? all.set(facet, new Map()).get(facet)!;
        values.set(value, (values.get(value) ?? 0) + 1);
      }
    }
  };
  for (const article of model.articles) count(articleFilters(model, article));
  for (const page of model.entityPages.values()) count(entityFilters(model, page.entity));
  const summary: FacetSummary = { counts: {}, totals: {} };
  for (const facet of searchFacets) {
    const values = all.get(facet);
    if (!values) continue;
    // Most pages first; ties by name, so the summary is the same on every build.
    const top = [...values].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0])).slice(0, limit);
    summary.counts[facet] = Object.fromEntries(top);
    summary.totals[facet] = values.size;
  }
  return summary;
}
