// The hand-off between `npm run build` (scripts/build.ts) and the content loaders (src/content.config.ts).
// The build runs the annotator on a worker thread while Astro starts up on the main thread (config,
// Vite, integrations: the first second or so of a build, before any loader runs), and the loaders
// wait here until the annotator has handed over what they would read back from content/: every article
// (they make from it what reading its MDX file gives), and the registry (they check the one against the
// other as they check what they read). The annotator writes content/ meanwhile; the build ends only when
// it has. When there was nothing to annotate, the worker reads content/ itself (src/site/content.ts,
// exactly what the loaders would do) while Astro starts, and the loaders take that. A plain `astro build`
// or `astro dev` sets no gate, and the loaders read content/ themselves.
//
// The build script and the content config are loaded by different module loaders (Node's and Vite's),
// each with its own copy of this module, so the gate lives on globalThis under a registered symbol.
import type { AnnotatedArticle, Entity } from './pipeline/types.ts';
import type { PreparedContent } from './site/content.ts';

/**
 * An article file handed over: its path from the root, and the annotated article it is printed from. The
 * receiver takes from it what reading the file back would give (articleAsParsed, in src/site/content.ts):
 * posting the article costs the annotator's thread less than making and posting that (~0.2 s per 1,000).
 */
export interface HandedFile {
  path: string;
  article: AnnotatedArticle;
}

/**
 * What a fresh annotation hands over: the article files one by one as the annotator finishes them (the
 * loaders read each as it comes, while the rest are still being annotated), then the registry.
 */
export class Handover {
  readonly #files: HandedFile[] = [];
  #registry: Entity[] | { error: string } | undefined;
  #wake: () => void = () => {};

  add(file: HandedFile): void {
    this.#files.push(file);
    this.#wake();
  }

  /** The last file is in: the registry the loaders check them against, or why there is none. */
  finish(registry: Entity[] | { error: string }): void {
    this.#registry = registry;
    this.#wake();
  }

  /**
   * Every file, as it arrives, then the registry. Each file is handed out once and then let go: the
   * receiver keeps what it makes of it, and 1,000 annotated articles held to the end of the build
   * would only give the garbage collector more to trace while the pages render.
   */
  async receive(onFile: (file: HandedFile) => void): Promise<Entity[] | { error: string }> {
    for (;;) {
      for (const file of this.#files.splice(0)) onFile(file);
      if (this.#registry !== undefined) return this.#registry;
      await new Promise<void>((wake) => (this.#wake = wake));
    }
  }
}

/** content/ as handed over or as read by the worker, or why it could not be (the loaders report it), or null: read it yourself. */
export type GatedContent = Handover | PreparedContent | { error: string } | null;

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
