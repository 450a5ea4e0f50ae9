// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// DOSSIER_BASE lets the site live under a sub-path (e.g. GitHub Pages); DOSSIER_SITE sets the canonical origin.
const base = process.env.DOSSIER_BASE ?? '/';
const site = process.env.DOSSIER_SITE ?? 'https://dossier.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
});
