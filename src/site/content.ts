// content/ as the site reads it: the registry and every generated article, parsed and checked against
// it (prepare.ts). Used by the content loaders (src/content.config.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { readRegistry } from './registry-read.ts';
import { prepareArticles } from './prepare.ts';

export interface PreparedContent {
  /** Every registry entity, discovered ones included. */
  entities: Entity[];
  /** The articles in file-name order, with `paths[i]` the file of `articles[i]` (relative to the root). */
  articles: SiteArticle[];
  paths: string[];
}

/** Reads and checks all of content/; throws (naming the file) on the first problem. */
export function readContent(root: string, entities: Entity[] = readRegistry(root)): PreparedContent {
  const dir = join(root, 'content', 'articles');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort() : [];
  const files = names.map((name) => ({ path: `content/articles/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  return { entities, articles: prepareArticles(files, entities), paths: files.map((f) => f.path) };
}
