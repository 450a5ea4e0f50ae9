// dist/search-index.js: the offline search's documents and shard list as a classic script
// (window.DossierSearchIndex), loaded by the search page only when it is opened from disk (file://).
// See src/site/offline-index.ts.
import type { APIRoute } from 'astro';
import { loadSite } from '../site/load.ts';
import { offlineIndexScript, offlineSearchOf } from '../site/offline-index.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(offlineIndexScript(offlineSearchOf(model).index), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
