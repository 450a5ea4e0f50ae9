// dist/search-facet-ids.js: each person's, country's and organization's id and name
// (window.DossierFacetIds), loaded by the search page only when a URL or a ticked filter names one.
// See facetIdsScript in src/site/search-data.ts.
import type { APIRoute } from 'astro';
import { loadSite } from '../site/load.ts';
import { facetIdsScript } from '../site/search-data.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(facetIdsScript(model), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
