// The one place pages get their data from: both collections are read once per
// build (getCollection walks every entry on each call) and the model is cached.

import { getCollection, type CollectionEntry } from 'astro:content';
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { buildSiteModel, type SiteModel } from './model.ts';

export interface LoadedSite {
  model: SiteModel;
  entries: Map<string, CollectionEntry<'articles'>>;
}

let cached: Promise<LoadedSite> | undefined;

/** Drops keys whose value is undefined, so the objects satisfy exactOptionalPropertyTypes-style consumers. */
function toEntity(data: CollectionEntry<'entities'>['data']): Entity {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as unknown as Entity;
}

export function loadSite(): Promise<LoadedSite> {
  cached ??= (async () => {
    const [articleEntries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);
    const articles: SiteArticle[] = articleEntries.map((entry) => entry.data as SiteArticle);
    const model = buildSiteModel(articles, entityEntries.map((e) => toEntity(e.data)));
    return { model, entries: new Map(articleEntries.map((entry) => [entry.id, entry])) };
  })();
  return cached;
}
