// Content collections. Articles are our generated MDX, but they only ever contain
// text and five known tags, so instead of letting @astrojs/mdx compile each file into
// a bundler module, this loader parses them (src/pipeline/mdx.ts, which rejects
// anything else), checks every tag against the registry, and stores each article's
// metadata; the parsed articles reach the pages in memory (src/site/article-memory.ts)
// and the article page renders the body to HTML itself (src/site/render.ts).

import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentReady } from './content-gate.ts';
import { loadRegistryFiles } from './pipeline/registry-files.ts';
import { parseRegistry } from './pipeline/registry.ts';
import type { Entity } from './pipeline/types.ts';
import { storedArticle } from './site/article.ts';
import { rememberArticles } from './site/article-memory.ts';
import { prepareArticles } from './site/prepare.ts';
import { articleEntrySchema, entityEntrySchema } from './site/schema.ts';

// Both loaders need the registry in the same sync; it is parsed once per distinct set of file texts.
let parsedRegistry: { key: string; entities: Entity[] } | undefined;

async function loadRegistry(root: URL): Promise<Entity[]> {
  await contentReady();
  const dir = fileURLToPath(new URL('content/entities/', root));
  const files = await loadRegistryFiles(dir);
  const key = JSON.stringify(files);
  if (parsedRegistry?.key !== key) {
    // parseRegistry validates every file and cross-reference and throws naming the file.
    parsedRegistry = { key, entities: parseRegistry(files).all() };
  }
  return parsedRegistry.entities;
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
  async load({ store, config, generateDigest, logger }) {
    await contentReady();
    const dir = fileURLToPath(new URL('content/articles/', config.root));
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
    const files = await Promise.all(names.map(async (name) => ({ path: `content/articles/${name}`, text: await readFile(`${dir}/${name}`, 'utf8') })));
    const entities = await loadRegistry(config.root);
    // Every file is parsed and checked against the registry on every load (an unknown id stops the
    // build here, naming the file); the parsed articles go to the pages in memory, the store keeps
    // their metadata (src/site/article-memory.ts says why).
    const articles = prepareArticles(files, entities);
    rememberArticles(articles);
    const registryDigest = generateDigest(JSON.stringify(entities));
    store.clear();
    articles.forEach((article, i) => {
      const file = files[i]!;
      const data = storedArticle(article);
      store.set({ id: article.slug, data: { ...data }, filePath: file.path, digest: generateDigest(file.text + '\u0000' + registryDigest) });
    });
    logger.info(`${articles.length} articles`);
  },
};

export const collections = {
  entities: defineCollection({ loader: entityLoader, schema: entityEntrySchema }),
  articles: defineCollection({ loader: articleLoader, schema: articleEntrySchema }),
};
