// Content collections. Articles are our generated MDX, but they only ever contain
// text and five known tags, so instead of letting @astrojs/mdx compile each file into
// a bundler module, this loader parses them (src/pipeline/mdx.ts, which rejects
// anything else), checks every tag against the registry, and stores each article's
// metadata; the parsed articles reach the pages in memory (src/site/article-memory.ts)
// and the article page renders the body to HTML itself (src/site/render.ts).

import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { Entity } from './pipeline/types.ts';
import { storedArticle } from './site/article.ts';
import { rememberArticles } from './site/article-memory.ts';
import { readContent } from './site/content.ts';
import { readRegistry, registryFiles } from './site/registry-read.ts';
import { articleEntrySchema, entityEntrySchema } from './site/schema.ts';

// Both loaders need the registry in the same sync; it is parsed once per distinct set of file texts.
let parsedRegistry: { key: string; entities: Entity[] } | undefined;

async function registry(root: URL): Promise<Entity[]> {
  const dir = fileURLToPath(root);
  const files = registryFiles(dir);
  const key = JSON.stringify(files);
  // readRegistry validates every file and cross-reference and throws naming the file.
  if (parsedRegistry?.key !== key) parsedRegistry = { key, entities: readRegistry(dir, files) };
  return parsedRegistry.entities;
}

const entityLoader: Loader = {
  name: 'dossier-registry',
  async load({ store, config, generateDigest }) {
    const entities = await registry(config.root);
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
    // Every file is parsed and checked against the registry on every load (an unknown id stops the
    // build here, naming the file); the parsed articles go to the pages in memory, the store keeps
    // their metadata (src/site/article-memory.ts says why).
    const content = readContent(fileURLToPath(config.root), await registry(config.root));
    rememberArticles(content.articles);
    store.clear();
    content.articles.forEach((article, i) => {
      const data = { ...storedArticle(article) };
      store.set({ id: article.slug, data, filePath: content.paths[i]!, digest: generateDigest(data) });
    });
    logger.info(`${content.articles.length} articles`);
  },
};

export const collections = {
  entities: defineCollection({ loader: entityLoader, schema: entityEntrySchema }),
  articles: defineCollection({ loader: articleLoader, schema: articleEntrySchema }),
};
