// Content collections. Articles are our generated MDX, but they only ever contain
// text and five known tags, so instead of letting @astrojs/mdx compile each file into
// a bundler module, this loader parses them (src/pipeline/mdx.ts, which rejects
// anything else) and stores the article data; the article page renders the body to
// HTML itself (src/site/render.ts), so no article goes through the bundler and the
// content store (which Astro serializes, bundles and parses again) stays small.

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
    // not parsed again; its stored data is reused. (The store holds data only: the article page
    // renders the body, so cards stay current without re-parsing anything.)
    const registryDigest = generateDigest(JSON.stringify(entities));
    const sourceKey = (path: string) => `source:${path}`;
    const sourceDigest = (text: string) => generateDigest(text + '\u0000' + registryDigest);
    const digestOf = new Map(files.map((file) => [file, sourceDigest(file.text)]));
    const articles = prepareArticles(files, entities, (file) => {
      const [digest, slug] = (meta.get(sourceKey(file.path)) ?? '').split(' ');
      if (!slug || digest !== digestOf.get(file)) return undefined;
      return store.get(slug)?.data as SiteArticle | undefined;
    });
    const keep = new Set<string>();
    let reused = 0;
    articles.forEach((article, i) => {
      const file = files[i]!;
      const digest = digestOf.get(file)!;
      keep.add(article.slug);
      meta.set(sourceKey(file.path), `${digest} ${article.slug}`);
      if (store.get(article.slug)?.digest === digest) {
        reused++;
        return;
      }
      store.set({ id: article.slug, data: article as unknown as Record<string, unknown>, filePath: file.path, digest });
    });
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    logger.info(`${articles.length} articles (${reused} unchanged)`);
  },
};

export const collections = {
  entities: defineCollection({ loader: entityLoader, schema: entityEntrySchema }),
  articles: defineCollection({ loader: articleLoader, schema: articleEntrySchema }),
};
