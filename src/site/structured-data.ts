// What other tools read of a page: schema.org JSON-LD (a NewsArticle with the entities it mentions on an
// article page; a Person, Country, Organization or Place on an entity page) and the feeds' items. URLs here
// are absolute (the site's origin and base, as canonical URLs are), since they leave the site.
import type { Country, NewsArticle, Organization, Person, Place, WithContext } from 'schema-dts';
import type { Entity, EntityType } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import type { ArticlePage, EntityPage, SiteLookup } from './model.ts';
import { articlePath } from './paths.ts';

/** A page path made absolute: `people/x/` → `https://dossier.example.org/people/x/`. */
export type Absolute = (pagePath: string) => string;

/** schema.org's node for each kind of entity; typed by schema-dts, so a property schema.org lacks fails the typecheck. */
export type EntityNode = Person | Country | Organization | Place;
type EntityNodeType = 'Person' | 'Country' | 'Organization' | 'Place';
const schemaType: Record<EntityType, EntityNodeType> = { person: 'Person', country: 'Country', organization: 'Organization', place: 'Place' };

function wikidataUrl(entity: Entity): string | undefined {
  return entity.wikidata ? `https://www.wikidata.org/wiki/${entity.wikidata}` : undefined;
}

/** An entity as a schema.org node: its type, name, page and Wikidata item. */
function entityNode(site: SiteLookup, entity: Entity, absolute: Absolute): EntityNode {
  const path = site.pathOf(entity.id);
  const sameAs = wikidataUrl(entity);
  return { '@type': schemaType[entity.type], name: entity.name, ...(path ? { url: absolute(path) } : {}), ...(sameAs ? { sameAs } : {}) } as EntityNode;
}

/** The first sentence or so of an article, for descriptions (feeds, social cards). */
export function articleSummary(article: SiteArticle): string | undefined {
  const first = article.paragraphs[0];
  if (!first) return undefined;
  return first.length <= 180 ? first : `${first.slice(0, first.lastIndexOf(' ', 177))} …`;
}

/** schema.org NewsArticle: headline, date when known, author and publisher as printed, and every linked entity it mentions. */
export function articleJsonLd(site: SiteLookup, page: ArticlePage, absolute: Absolute): WithContext<NewsArticle> {
  const { article } = page;
  const url = absolute(articlePath(article.slug));
  const mentions = page.groups.flatMap((group) => group.entries.map(({ entity }) => entityNode(site, entity, absolute)));
  const description = articleSummary(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Google shows up to 110 characters of a headline.
    headline: article.title.length <= 110 ? article.title : `${article.title.slice(0, 109)}…`,
    url,
    mainEntityOfPage: url,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(description ? { description } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

/** schema.org node of an entity page: its type, names, description, Wikidata item, and its country. */
export function entityJsonLd(site: SiteLookup, page: EntityPage, absolute: Absolute): WithContext<EntityNode> {
  const { entity } = page;
  const country = entity.country ? site.registry.get(entity.country) : undefined;
  const countryNode = country && entity.type !== 'country' ? (entityNode(site, country, absolute) as Country) : undefined;
  const common = {
    name: entity.name,
    url: absolute(page.path),
    ...(entity.wikidata ? { sameAs: wikidataUrl(entity)! } : {}),
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases.slice(0, 20) } : {}),
    ...(entity.description ? { description: entity.description } : {}),
  };
  // The country a person belongs to is their nationality; an organization's, its location; a place's, where it is.
  switch (entity.type) {
    case 'person':
      return { '@context': 'https://schema.org', '@type': 'Person', ...common, ...(countryNode ? { nationality: countryNode } : {}) };
    case 'organization':
      return { '@context': 'https://schema.org', '@type': 'Organization', ...common, ...(countryNode ? { location: countryNode } : {}) };
    case 'place':
      return { '@context': 'https://schema.org', '@type': 'Place', ...common, ...(countryNode ? { containedInPlace: countryNode } : {}) };
    case 'country':
      return { '@context': 'https://schema.org', '@type': 'Country', ...common };
  }
}
