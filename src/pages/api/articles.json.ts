// dist/api/articles.json: every article with its entities and quotes (shape: ApiArticle in src/site/api.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/load.ts';
import { apiArticles } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(JSON.stringify(apiArticles(model), null, 1), { headers: { 'content-type': 'application/json' } });
};
