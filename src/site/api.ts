// The static JSON API (dist/api/articles.json, dist/api/entities.json): what other tools read of the
// site, made from the model.
import type { Entity, EntitySummary, Quote } from '../pipeline/types.ts';
import type { SiteModel } from './model.ts';
import { articlePath } from './paths.ts';
import { byCodeUnit } from '../pipeline/order.ts';

export interface ApiArticle {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  seed: string;
  entities: EntitySummary[];
  quotes: Pick<Quote, 'speaker' | 'text'>[];
}

/** The registry fields the API publishes, plus where the entity is and how often it is mentioned. */
export interface ApiEntity extends Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'wikidata' | 'description' | 'country' | 'discovered'> {
  url: string;
  mentions: number;
  articles: string[];
}

/** `url` values are site-relative file paths (no leading slash, no base): they exist in `dist/` as given. */
export function apiArticles(model: SiteModel): ApiArticle[] {
  return model.articles.map((a) => ({
    slug: a.slug,
    url: `${articlePath(a.slug)}index.html`,
    title: a.title,
    date: a.date,
    source: a.source,
    byline: a.byline,
    seed: a.seed,
    entities: a.entities.map(({ id, type, name, mentions, surfaces }) => ({ id, type, name, mentions, surfaces })),
    quotes: a.quotes.map(({ speaker, text }) => ({ speaker, text })),
  }));
}

/** Only entities with a page (at least one mention), so every `url` exists. */
export function apiEntities(model: SiteModel): ApiEntity[] {
  return [...model.entityPages.values()]
    .sort((a, b) => byCodeUnit(a.entity.id, b.entity.id))
    .map(({ entity, path, mentions, articles }) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      wikidata: entity.wikidata,
      description: entity.description,
      country: entity.country,
      discovered: entity.discovered,
      url: `${path}index.html`,
      mentions,
      articles: articles.map(({ article }) => article.slug),
    }));
}

