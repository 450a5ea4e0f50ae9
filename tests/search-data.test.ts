// The pure search data: facets and records for Pagefind, the compact offline index and its budget.
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../src/site/model.ts';
import type { SiteArticle } from '../src/site/article.ts';
import type { Entity } from '../src/pipeline/types.ts';
import {
  articleRecord,
  compactSlug,
  entityRecord,
  expandSlug,
  facetIds,
  offlineIndex,
  offlineIndexScript,
  offlineRecordPaths,
  packPositions,
  pagefindFilterAttributes,
  shortExcerpt,
  unpackPositions,
} from '../src/site/search-data.ts';
import { BUDGETS, measureOfflineIndex, offlineIndexBudget } from '../scripts/budgets.ts';

const entity = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, aliases: [], wikidata: null, description: null, country: null, discovered: false, ...extra,
});
const registry = [
  entity('kazakhstan', 'country', 'Kazakhstan'),
  entity('uzbekistan', 'country', 'Uzbekistan'),
  entity('kassym-jomart-tokayev', 'person', 'Kassym-Jomart Tokayev', { aliases: ['Tokaev', 'Токаев'], country: 'kazakhstan', description: 'President of Kazakhstan' }),
  entity('boeing', 'organization', 'Boeing', { country: 'united-states' }),
  entity('united-states', 'country', 'United States'),
];
const article = (slug: string, title: string, date: string | null, ids: string[]): SiteArticle => ({
  slug, title, titleGenerated: false, date, dateText: date, source: 'The Times', byline: null, bylineText: null, dateline: null, seed: `${slug}.txt`,
  captions: [], paragraphs: ['Tokaev met officials from Boeing in Astana, where the deal on engines and parts was signed after long talks about aircraft.'],
  entities: ids.map((id) => ({ id, type: registry.find((e) => e.id === id)!.type, name: registry.find((e) => e.id === id)!.name, mentions: 1, surfaces: [] })),
  mentions: [], quotes: [], missing: [],
});
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

  it('cuts excerpts at a word boundary', () => {
    expect(shortExcerpt('one two three four five six', 14)).toBe('one two three…');
    expect(shortExcerpt('short', 14)).toBe('short');
  });
});

describe('offline index', () => {
  const index = offlineIndex(model);

  it('stores names and aliases once, articles by position, and only derivable slugs compactly', () => {
    expect(index.pages).toBe(model.entityPages.size);
    const tokayev = index.entities.find((e) => e[0] === 'kassym-jomart-tokayev')!;
    expect(tokayev[3]).toEqual(['Tokaev', 'Токаев']);
    const deal = index.articles.find((a) => a[1] === 'Deal signed')!;
    expect(deal[0]).toBe('');
    expect(unpackPositions(deal[5], index.width).map((p) => index.entities[p]![0]).sort()).toEqual(['boeing', 'kassym-jomart-tokayev', 'kazakhstan']);
    expect(offlineRecordPaths(index)).toContain('articles/tashkent-talks/');
  });

  it('round-trips slugs and positions', () => {
    for (const [slug, title] of [['deal-signed', 'Deal signed'], ['as-the-u-s', 'As the U.S. election nears'], ['other', 'Unrelated title']] as const) {
      expect(expandSlug(compactSlug(slug, title), title)).toBe(slug);
    }
    expect(compactSlug('as-the-u-s', 'As the U.S. election nears')).toBe(10);
    expect(unpackPositions(packPositions([0, 35, 36, 1295], 2), 2)).toEqual([0, 35, 36, 1295]);
  });

  it('is a classic script that only assigns a global, and cannot close its script element', () => {
    const script = offlineIndexScript({ ...index, articles: [['x', '</script><b>', '', '', '', '']] });
    expect(script).toMatch(/^\/\/.*\nwindow\.DossierSearchIndex=\{/u);
    expect(script).not.toContain('</script>');
    const sandbox: { DossierSearchIndex?: unknown } = {};
    new Function('window', script)(sandbox);
    expect((sandbox.DossierSearchIndex as { articles: string[][] }).articles[0]![1]).toBe('</script><b>');
  });

  it(`stays within ${BUDGETS.offlineIndexBytesPer1000 / 1024} KB per 1,000 synthetic articles and ${BUDGETS.offlineIndexBytesPerEntity} bytes per entity`, () => {
    const measured = measureOfflineIndex(1000);
    expect(measured.articles).toBe(1000);
    expect(measured.entities).toBeGreaterThan(0);
    expect(measured.bytes).toBeLessThanOrEqual(offlineIndexBudget(measured.articles, measured.entities));
  });
});
