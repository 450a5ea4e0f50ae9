// dist/api/entities.json: every entity with a page (shape: ApiEntity in src/site/api.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/load.ts';
import { apiEntities } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(JSON.stringify(apiEntities(model), null, 1), { headers: { 'content-type': 'application/json' } });
};
