// A small site model for the search tests (tests/search-data.test.ts, tests/offline-index.test.ts):
// two countries with pages, a person with aliases in two scripts, an organization whose country has no
// page, and articles built from ids.
import type { SiteArticle } from '../../src/site/article.ts';
import type { Entity } from '../../src/pipeline/types.ts';

export const entity = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, aliases: [], wikidata: null, description: null, country: null, discovered: false, ...extra,
});

export const registry = [
  entity('kazakhstan', 'country', 'Kazakhstan'),
  entity('uzbekistan', 'country', 'Uzbekistan'),
  entity('kassym-jomart-tokayev', 'person', 'Kassym-Jomart Tokayev', { aliases: ['Tokaev', 'Токаев'], country: 'kazakhstan', description: 'President of Kazakhstan' }),
  entity('boeing', 'organization', 'Boeing', { country: 'united-states' }),
  entity('united-states', 'country', 'United States'),
];

const DEFAULT_PARAGRAPHS = ['Tokaev met officials from Boeing in Astana, where the deal on engines and parts was signed after long talks about aircraft.'];

/** An article of 'The Times' linking the registry entities `ids`, once each. */
export const article = (slug: string, title: string, date: string | null, ids: string[], paragraphs = DEFAULT_PARAGRAPHS): SiteArticle => ({
  slug, title, titleGenerated: false, date, dateText: date, source: 'The Times', byline: null, bylineText: null, dateline: null, seed: `${slug}.txt`,
  captions: [], paragraphs,
  entities: ids.map((id) => ({ id, type: registry.find((e) => e.id === id)!.type, name: registry.find((e) => e.id === id)!.name, mentions: 1, surfaces: [] })),
  mentions: [], quotes: [], missing: [],
});
