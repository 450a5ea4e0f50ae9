// dist/search-index.js: the offline search index as a classic script (window.DossierSearchIndex),
// loaded by the search page only when it is opened from disk (file://). See src/site/search-data.ts.
import type { APIRoute } from 'astro';
import { loadSite } from '../site/load.ts';
import { offlineIndex, offlineIndexScript } from '../site/search-data.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(offlineIndexScript(offlineIndex(model)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
