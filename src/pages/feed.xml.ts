// dist/feed.xml: the site's newest articles as RSS (src/site/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../site/load.ts';
import { siteFeedItems } from '../site/feeds.ts';

export const GET: APIRoute = async (context) => {
  const { model } = await loadSite();
  return rss({
    title: 'Dossier: Central Asia and the great powers',
    description: 'New articles in the Dossier on Central Asia and its relations with the United States, Russia and China.',
    site: context.site ?? 'https://dossier.example.org',
    items: siteFeedItems(model.articles, import.meta.env.BASE_URL),
    trailingSlash: true,
  });
};
