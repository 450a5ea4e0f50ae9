// The parsed articles, handed from the content loader (src/content.config.ts) to the pages in memory.
//
// Astro serializes whatever a loader stores (devalue), bundles the result into a module for the
// prerender step and revives it there. With the parsed articles in the store (paragraphs plus an
// object for every mention and quote) that round trip cost more than rendering every article page.
// So the store keeps each article's metadata, under a schema, and the parsed article stays in the
// memory of the process that loaded it: the same process prerenders the pages in a static build and
// serves them in `astro dev`. If that ever changes, loadSite() stops the build saying so.
//
// Kept on globalThis under a registered symbol because the content config and the pages are loaded
// by different module runners, each with its own copy of this module.
import type { SiteArticle } from './article.ts';

const KEY = Symbol.for('dossier.parsed-articles');

type WithArticles = typeof globalThis & { [KEY]?: Map<string, SiteArticle> };

/** Replaces the articles in memory with these (the loader calls this on every load). */
export function rememberArticles(articles: SiteArticle[]): void {
  (globalThis as WithArticles)[KEY] = new Map(articles.map((article) => [article.slug, article]));
}

/** The parsed article of a collection entry, if this process loaded it. */
export function rememberedArticle(slug: string): SiteArticle | undefined {
  return (globalThis as WithArticles)[KEY]?.get(slug);
}
