// dist/api/articles.json: every article with its entities and quotes (shape: ApiArticle in src/site/model.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/load.ts';
import { apiArticles } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(JSON.stringify(apiArticles(model), null, 1), { headers: { 'content-type': 'application/json' } });
};
