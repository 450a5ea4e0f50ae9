// content/ as the site reads it: the registry and every generated article, parsed and checked against
// it (prepare.ts). Used by the content loaders, and by the build's worker thread, which reads it while
// Astro starts up when there was nothing to annotate (scripts/build.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleAsParsed } from '../pipeline/serialize.ts';
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import type { Handover } from '../content-gate.ts';
import { readRegistry } from './registry-read.ts';
import { checkReferences, ContentError, distinctSlugs, prepareArticles, readParsedArticle, type ReadArticle } from './prepare.ts';

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

/**
 * What a fresh annotation hands over (content-gate.ts), each file read as it comes (as reading it back
 * would give it: articleAsParsed), checked as readContent checks content/.
 */
export async function receiveAnnotated(handover: Handover): Promise<PreparedContent> {
  const read: ReadArticle[] = [];
  const registry = await handover.receive((file) => read.push(readParsedArticle(file.path, articleAsParsed(file.article))));
  if ('error' in registry) throw new ContentError(registry.error);
  // In readContent's order (file names), not the annotator's (seed names), so the first problem named is the same.
  read.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byId = new Map(registry.map((e) => [e.id, e]));
  for (const article of read) checkReferences(article, byId);
  const paths = read.map((r) => r.file);
  return { entities: registry, articles: distinctSlugs(read.map((r) => r.article), paths), paths };
}
