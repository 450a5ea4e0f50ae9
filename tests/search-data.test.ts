// The pure search data: facets and records for Pagefind, and the filter pane's prebuilt summary.
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../src/site/model.ts';
import { article, registry } from './lib/search-model.ts';
import { articleRecord, entityRecord, facetIds, facetIdsScript, facetSummary, pagefindFilterAttributes, shortExcerpt } from '../src/site/search-data.ts';

const model = buildSiteModel(
  [article('deal-signed', 'Deal signed', '2025-02-25', ['kassym-jomart-tokayev', 'kazakhstan', 'boeing']), article('tashkent-talks', 'Talks in Tashkent: part two', null, ['uzbekistan'])],
  registry,
);

describe('search records', () => {
  it('gives an article its type, entity, source and year filters by name, and the names it links', () => {
    const record = articleRecord(model, model.articles.find((a) => a.slug === 'deal-signed')!);
    expect(record.filters).toEqual({ type: ['article'], person: ['Kassym-Jomart Tokayev'], country: ['Kazakhstan'], organization: ['Boeing'], source: ['The Times'], year: ['2025'] });
    expect(record.names).toEqual(['Kassym-Jomart Tokayev', 'Kazakhstan', 'Boeing']);
    expect(pagefindFilterAttributes(record.filters)).toContain('person:Kassym-Jomart Tokayev');
  });

  it('files an entity page under its own facet and its country, with the description as excerpt', () => {
    const record = entityRecord(model, model.entityPages.get('kassym-jomart-tokayev')!);
    expect(record.filters).toEqual({ type: ['person'], person: ['Kassym-Jomart Tokayev'], country: ['Kazakhstan'] });
    expect(record.excerpt).toBe('President of Kazakhstan');
    // Boeing's country has no page, but is still a facet value with an id for deep links.
    expect(facetIds(model).country['united-states']).toBe('United States');
  });

  it('writes the ids and names as a classic script that defines window.DossierFacetIds', () => {
    const window: { DossierFacetIds?: unknown } = {};
    new Function('window', facetIdsScript(model))(window);
    expect(window.DossierFacetIds).toEqual(facetIds(model));
    expect((window.DossierFacetIds as ReturnType<typeof facetIds>).person['kassym-jomart-tokayev']).toBe('Kassym-Jomart Tokayev');
  });

  it('cuts excerpts at a word boundary', () => {
    expect(shortExcerpt('one two three four five six', 14)).toBe('one two three…');
    expect(shortExcerpt('short', 14)).toBe('short');
  });
});

describe('facet summary', () => {
  it('counts each value over the indexed pages, as the pages file them', () => {
    const summary = facetSummary(model);
    // Two articles and four entity pages (two countries, a person, an organization).
    expect(summary.counts.type).toEqual({ article: 2, country: 2, person: 1, organization: 1 });
    // Kazakhstan: its own page, Tokayev's page (his country) and the article naming it.
    expect(summary.counts.country).toEqual({ Kazakhstan: 3, 'United States': 1, Uzbekistan: 2 });
    expect(summary.counts.person).toEqual({ 'Kassym-Jomart Tokayev': 2 });
    expect(summary.counts.year).toEqual({ '2025': 1 });
    expect(summary.totals.country).toBe(3);
  });

  it('keeps the commonest values, most pages first and ties by name, and says how many there are', () => {
    const summary = facetSummary(model, 2);
    expect(Object.entries(summary.counts.country!)).toEqual([
      ['Kazakhstan', 3],
      ['Uzbekistan', 2],
    ]);
    expect(summary.totals.country).toBe(3);
    expect(Object.keys(summary.counts.type!)).toEqual(['article', 'country']);
  });
});
