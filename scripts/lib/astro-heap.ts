// How much JavaScript heap `astro build` is given, from the size of what it renders.
//
// Left to its default, V8 lets the heap grow with the machine's memory and collects late: at 10,000
// articles Astro's peak (just after bundling, as the first pages render) reached 1.9–2.05 GB of which
// the live heap is 650–800 MB (`--max-old-space-size` 650 runs out, 800 does not). A limit in
// proportion to the annotated content (9× its bytes: 1.1 GB for the 123 MB of MDX of 10,000 articles)
// makes V8 collect sooner, with room over the live heap to spare: peak 1.74 GB, no slower. Small sites
// keep 1 GB at least: at 1,000 articles a limit of 574 MB made Astro 1.3 s slower to save 40 MB.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Megabytes of old-generation heap for `astro build` over content of this many bytes of MDX. */
export function astroHeapLimitMb(contentBytes: number): number {
  return Math.max(1024, Math.ceil((9 * contentBytes) / 2 ** 20));
}

/** Bytes of the project's annotated articles (content/articles/*.mdx). */
export function annotatedContentBytes(root: string): number {
  const dir = join(root, 'content', 'articles');
  let bytes = 0;
  for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) bytes += statSync(join(dir, name)).size;
  return bytes;
}

/** The Node option that gives `astro build` its heap for the project at `root`. */
export function astroHeapOption(root: string): string {
  return `--max-old-space-size=${astroHeapLimitMb(annotatedContentBytes(root))}`;
}
