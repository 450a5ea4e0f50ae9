// The hand-off between `npm run build` (scripts/build.ts) and the content loaders (src/content.config.ts).
// The build runs the annotator on a worker thread while Astro starts up on the main thread (config,
// Vite, integrations: the first second or so of a build, before any loader runs), and the loaders
// wait here until the annotator has written content/. A plain `astro build` or `astro dev` sets no
// gate, and the loaders read content/ as it is.
//
// The build script and the content config are loaded by different module loaders (Node's and Vite's),
// each with its own copy of this module, so the gate lives on globalThis under a registered symbol.

const GATE = Symbol.for('dossier.content-gate');

type Gated = typeof globalThis & { [GATE]?: Promise<void> };

/** Makes the content loaders wait for `ready` before they read content/. */
export function holdContentUntil(ready: Promise<void>): void {
  (globalThis as Gated)[GATE] = ready;
}

/** Resolves when content/ may be read: at once, unless a build script holds it. */
export function contentReady(): Promise<void> {
  return (globalThis as Gated)[GATE] ?? Promise.resolve();
}
