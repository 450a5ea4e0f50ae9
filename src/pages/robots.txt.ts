// dist/robots.txt: everything may be crawled; the sitemap (@astrojs/sitemap, astro.config.mjs) lists every page.
import type { APIRoute } from 'astro';
import { cleanUrl } from '../site/paths.ts';

export const GET: APIRoute = (context) => {
  const sitemap = new URL(cleanUrl(import.meta.env.BASE_URL, 'sitemap-index.xml'), context.site ?? 'https://dossier.example.org').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
