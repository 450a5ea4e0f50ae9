// dist/flags/<code>.svg: flag-icons' SVG of each country the site shows (src/site/flags.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load.ts';
import { flaggedCodes, flagSvg } from '../../site/flags.ts';

export const getStaticPaths = (async () => {
  const { model } = await loadSite();
  return flaggedCodes(model).map((code) => ({ params: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(flagSvg(params.code!), { headers: { 'content-type': 'image/svg+xml' } });
