// people/x/feed.xml (and countries/…, organizations/…): the newest articles mentioning one entity, as RSS.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load.ts';
import { sectionOf } from '../../../site/sections.ts';
import { entityFeedItems, entityFeedTitle } from '../../../site/feeds.ts';

export const getStaticPaths = (async () => {
  const { model } = await loadSite();
  return [...model.entityPages.values()].map((page) => ({ params: { section: sectionOf(page.entity.type).key, id: page.entity.id }, props: { id: page.entity.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { model } = await loadSite();
  const page = model.entityPages.get(context.props.id as string)!;
  return rss({
    title: entityFeedTitle(page),
    description: `New articles in the Dossier that mention ${page.entity.name}.`,
    site: context.site ?? 'https://dossier.example.org',
    items: entityFeedItems(page, import.meta.env.BASE_URL),
    trailingSlash: true,
  });
};
