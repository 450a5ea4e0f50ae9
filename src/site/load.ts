// The one place pages get their data from: both collections are read once per
// build (getCollection walks every entry on each call), each article entry is
// joined with its parsed article (src/site/article-memory.ts), and the model is cached.

import { getCollection, type CollectionEntry } from 'astro:content';
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { rememberedArticle } from './article-memory.ts';
import { buildSiteModel, type SiteModel } from './model.ts';

export interface LoadedSite {
  model: SiteModel;
}

let cached: Promise<LoadedSite> | undefined;

/** Drops keys whose value is undefined, so the objects satisfy exactOptionalPropertyTypes-style consumers. */
function toEntity(data: CollectionEntry<'entities'>['data']): Entity {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as unknown as Entity;
}

export function loadSite(): Promise<LoadedSite> {
  cached ??= (async () => {
    const [articleEntries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);
    const articles: SiteArticle[] = articleEntries.map((entry) => {
      const article = rememberedArticle(entry.id);
      if (!article) {
        throw new Error(
          `${entry.filePath ?? entry.id}: the parsed article is not in this process's memory; ` +
            'the pages must be rendered in the process that ran the content loader (see src/site/article-memory.ts)',
        );
      }
      return article;
    });
    const model = buildSiteModel(articles, entityEntries.map((e) => toEntity(e.data)));
    return { model };
  })();
  return cached;
}
