// The hand-off between `npm run build` (scripts/build.ts) and the content loaders (src/content.config.ts).
// The build runs the annotator on a worker thread while Astro starts up on the main thread (config,
// Vite, integrations: the first second or so of a build, before any loader runs), and the loaders
// wait here until the annotator has written content/. When there was nothing to annotate, the worker
// also reads content/ (src/site/content.ts, exactly what the loaders would do) while Astro starts, and
// the loaders take that instead of reading it again. A plain `astro build` or `astro dev` sets no
// gate, and the loaders read content/ themselves.
//
// The build script and the content config are loaded by different module loaders (Node's and Vite's),
// each with its own copy of this module, so the gate lives on globalThis under a registered symbol.
import type { PreparedContent } from './site/content.ts';

/** content/ as read by the worker, or why it could not be read (the loaders report it), or null: read it yourself. */
export type GatedContent = PreparedContent | { error: string } | null;

const GATE = Symbol.for('dossier.content-gate');

type Gated = typeof globalThis & { [GATE]?: Promise<GatedContent> };

/** Makes the content loaders wait for `ready` before they read content/. */
export function holdContentUntil(ready: Promise<GatedContent>): void {
  (globalThis as Gated)[GATE] = ready;
}

/** Resolves when content/ may be read: at once (with null), unless a build script holds it. */
export function contentReady(): Promise<GatedContent> {
  return (globalThis as Gated)[GATE] ?? Promise.resolve(null);
}
