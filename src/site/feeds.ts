// RSS feeds (with @astrojs/rss): the site's newest articles (feed.xml) and, per entity, the newest articles
// that mention it (people/x/feed.xml: "new articles mentioning Tokayev"). Feed readers need absolute links:
// the items link the site's canonical URLs.
import type { RSSFeedItem } from '@astrojs/rss';
import type { SiteArticle } from './article.ts';
import type { EntityPage } from './model.ts';
import { articlePath, cleanUrl } from './paths.ts';
import { articleSummary } from './structured-data.ts';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = { site: 50, entity: 20 } as const;

/** An article as a feed item; undated articles have no publication date (readers list them as they come). */
function feedItem(article: SiteArticle, base: string): RSSFeedItem {
  const description = articleSummary(article);
  return {
    title: article.title,
    link: cleanUrl(base, articlePath(article.slug)),
    ...(article.date ? { pubDate: new Date(`${article.date}T00:00:00Z`) } : {}),
    ...(description ? { description } : {}),
  };
}

export function siteFeedItems(articles: SiteArticle[], base: string): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE.site).map((article) => feedItem(article, base));
}

export function entityFeedItems(page: EntityPage, base: string): RSSFeedItem[] {
  return page.articles.slice(0, FEED_SIZE.entity).map(({ article }) => feedItem(article, base));
}

export function entityFeedTitle(page: EntityPage): string {
  return `Dossier: articles mentioning ${page.entity.name}`;
}
