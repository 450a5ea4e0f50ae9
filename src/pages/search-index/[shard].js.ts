// dist/search-index/<n>.js: one shard of the offline search's term index, a classic script loaded
// on demand by public/search-offline.js. See src/site/offline-index.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load.ts';
import { offlineSearchOf, offlineShardScript } from '../../site/offline-index.ts';

export const getStaticPaths = (async () => {
  const { model } = await loadSite();
  return offlineSearchOf(model).shards.map((_, n) => ({ params: { shard: String(n) }, props: { n } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const n = (props as { n: number }).n;
  return new Response(offlineShardScript(n, offlineSearchOf(model).shards[n]!), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
