// The registry as the site reads it: content/entities/*.yaml, curated and discovered, validated. Kept
// apart from content.ts (which also parses articles) so that the build's annotator thread, which needs
// only this before it hands the articles over, does not load the article parser and printer first.
import { join } from 'node:path';
import { loadRegistryFiles } from '../pipeline/registry-files.ts';
import { parseRegistry, type RegistryFile } from '../pipeline/registry.ts';
import type { Entity } from '../pipeline/types.ts';

/** The registry's files (content/entities/*.yaml), as read. */
export function registryFiles(root: string): RegistryFile[] {
  return loadRegistryFiles(join(root, 'content', 'entities'));
}

/** The registry, validated (parseRegistry throws naming the file); `files` when already read. */
export function readRegistry(root: string, files: RegistryFile[] = registryFiles(root)): Entity[] {
  return parseRegistry(files).all();
}

/** The registry as readRegistry will read it once `discovered` (the text of discovered.yaml) is written. */
export function readRegistryWith(root: string, discovered: string): Entity[] {
  const path = join(root, 'content', 'entities', 'discovered.yaml');
  const files = registryFiles(root).filter((file) => file.path !== path);
  files.push({ path, text: discovered });
  // parseRegistry reads the files in its own order, so where discovered.yaml stands in the list does not matter.
  return readRegistry(root, files);
}
