// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// DOSSIER_BASE lets the site live under a sub-path (e.g. GitHub Pages); DOSSIER_SITE sets the canonical origin.
// Internal links are relative (src/site/paths.ts), so the base only affects canonical URLs.
const base = process.env.DOSSIER_BASE ?? '/';
const site = process.env.DOSSIER_SITE ?? 'https://dossier.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Articles are rendered by our content loader (src/content.config.ts), not compiled by MDX;
  // the integration stays for hand-written .mdx pages.
  // The sitemap lists every page by its canonical URL (site + base); robots.txt points to it.
  integrations: [mdx({ optimize: true }), sitemap()],
  build: {
    format: 'directory',
    // Pages render one after another by default, and each waits for its mkdir + writeFile; with several in
    // flight the writes overlap the rendering (measured in the commit that set it: 16 is best, more no better).
    concurrency: 16,
    // Any component CSS is inlined: no absolute /_astro/*.css URLs, which would break file:// and sub-path copies.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // The build cache (content-layer data store) per project, not in node_modules/.astro: copies of the
  // project that link node_modules (npm run bench -- --site, test builds) would otherwise share one
  // data-store.json, overwrite each other's entries and race when they build at the same time.
  cacheDir: './.astro/build-cache',
  // Vite's dependency-optimizer cache likewise (it would be node_modules/.vite): projects that link one
  // node_modules and build with different configs would otherwise invalidate each other's cache on
  // every build, and the benchmark's Markdown baseline would pay for that where the site does not.
  vite: { cacheDir: './.astro/vite' },
});
