// Content collections. Articles are our generated MDX, but they only ever contain
// text and five known tags, so instead of letting @astrojs/mdx compile each file into
// a bundler module, this loader parses them (src/pipeline/mdx.ts, which rejects
// anything else), renders the body to HTML itself and stores `rendered.html`:
// pages use render(entry) like for Markdown, and no article goes through the bundler.

import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadRegistryFiles } from './pipeline/registry-files.ts';
import { parseRegistry } from './pipeline/registry.ts';
import type { Entity } from './pipeline/types.ts';
import type { SiteArticle } from './site/article.ts';
import { prepareArticles } from './site/prepare.ts';
import { articleEntrySchema, entityEntrySchema } from './site/schema.ts';

async function loadRegistry(root: URL): Promise<Entity[]> {
  const dir = fileURLToPath(new URL('content/entities/', root));
  // parseRegistry validates every file and cross-reference and throws naming the file.
  const registry = parseRegistry(await loadRegistryFiles(dir));
  return registry.all();
}

const entityLoader: Loader = {
  name: 'dossier-registry',
  async load({ store, config, generateDigest }) {
    const entities = await loadRegistry(config.root);
    store.clear();
    for (const entity of entities) {
      const data = JSON.parse(JSON.stringify(entity)) as Record<string, unknown>;
      store.set({ id: entity.id, data, digest: generateDigest(data) });
    }
  },
};

const articleLoader: Loader = {
  name: 'dossier-articles',
  async load({ store, meta, config, generateDigest, logger }) {
    const dir = fileURLToPath(new URL('content/articles/', config.root));
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
    const files = await Promise.all(names.map(async (name) => ({ path: `content/articles/${name}`, text: await readFile(`${dir}/${name}`, 'utf8') })));
    const entities = await loadRegistry(config.root);
    // Content-layer cache: an article whose file and registry are unchanged since the last build is
    // not parsed again; its stored data is reused (its HTML is re-rendered only if its cards changed).
    const registryDigest = generateDigest(JSON.stringify(entities));
    const sourceKey = (path: string) => `source:${path}`;
    const sourceDigest = (text: string) => generateDigest(text + '\u0000' + registryDigest);
    const prepared = prepareArticles(files, entities, (file) => {
      const [digest, slug] = (meta.get(sourceKey(file.path)) ?? '').split(' ');
      if (!slug || digest !== sourceDigest(file.text)) return undefined;
      return store.get(slug)?.data as SiteArticle | undefined;
    });
    const keep = new Set<string>();
    let reused = 0;
    prepared.forEach(({ article, html, dependencies }, i) => {
      const file = files[i]!;
      keep.add(article.slug);
      meta.set(sourceKey(file.path), `${sourceDigest(file.text)} ${article.slug}`);
      const digest = generateDigest(file.text + '\u0000' + dependencies);
      // Content-layer cache: an unchanged file whose cards did not change keeps its stored entry.
      if (store.get(article.slug)?.digest === digest) {
        reused++;
        return;
      }
      store.set({
        id: article.slug,
        data: article as unknown as Record<string, unknown>,
        filePath: file.path,
        digest,
        rendered: { html: html() },
      });
    });
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    logger.info(`${prepared.length} articles (${reused} unchanged)`);
  },
};

export const collections = {
  entities: defineCollection({ loader: entityLoader, schema: entityEntrySchema }),
  articles: defineCollection({ loader: articleLoader, schema: articleEntrySchema }),
};
