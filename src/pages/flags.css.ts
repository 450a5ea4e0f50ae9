// dist/flags.css: the flag of every country the site shows (src/site/flags.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../site/load.ts';
import { flaggedCodes, flagsCss } from '../site/flags.ts';

export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(flagsCss(flaggedCodes(model)), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
