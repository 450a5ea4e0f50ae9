// Articles' own content (page-content.ts: captions, linked body, entities, quotes) rendered ahead on the
// build's annotator thread, handed to the article pages as it arrives.
//
// Why: Astro renders pages on one thread. When content/ is current, the annotator's thread has nothing
// to annotate: it reads content/ as the loaders would (src/site/content.ts), hands that over, and is
// then idle while Astro bundles and renders pages. So it renders each article's own content, which
// needs only the registry and the site-wide mention counts (siteLookup, shared with the model), and
// posts it; the article pages take it instead of making it. Generating the 1,000-article benchmark's
// pages took 2.87 s instead of 3.28 s (medians of 6 alternating rebuilds). After annotating, the
// thread has content/ to print and write, and this work slowed the build down instead (see
// scripts/lib/annotate-worker.ts): then it sends nothing. `npm run build` (scripts/build.ts) offers a store here before Astro starts;
// a page asks for its path and waits until the thread has sent it, or has said it sends no more (then
// the page makes it itself). A plain `astro build` or `astro dev` offers none: pages make their own.
//
// Kept on globalThis under a registered symbol because the build script and the pages are loaded by
// different module loaders, each with its own copy of this module.

const KEY = Symbol.for('dossier.prerendered-articles');

type WithStore = typeof globalThis & { [KEY]?: PrerenderedArticles };

export class PrerenderedArticles {
  readonly #html = new Map<string, string>();
  readonly #waiting = new Map<string, (html: string | undefined) => void>();
  #closed = false;

  /** The own content of the article page at `path` (a page path, paths.ts). */
  add(path: string, html: string): void {
    const wake = this.#waiting.get(path);
    if (wake) {
      this.#waiting.delete(path);
      wake(html);
    } else {
      this.#html.set(path, html);
    }
  }

  /** Nothing more will be added: pages still waiting make their own. */
  close(): void {
    this.#closed = true;
    for (const wake of this.#waiting.values()) wake(undefined);
    this.#waiting.clear();
  }

  /** The page's content, once it is here; undefined if it will not come. Each is handed out once (then forgotten). */
  take(path: string): Promise<string | undefined> {
    const html = this.#html.get(path);
    if (html !== undefined) {
      this.#html.delete(path);
      return Promise.resolve(html);
    }
    // Closed, or asked twice at once (a page renders once per build): the page makes its own.
    if (this.#closed || this.#waiting.has(path)) return Promise.resolve(undefined);
    return new Promise((wake) => this.#waiting.set(path, wake));
  }
}

/** Makes article pages wait for their own content from `store` (scripts/build.ts). */
export function offerPrerenderedArticles(store: PrerenderedArticles): void {
  (globalThis as WithStore)[KEY] = store;
}

/** The article's own content as rendered ahead, or undefined: make it here. */
export function prerenderedArticle(path: string): Promise<string | undefined> {
  return (globalThis as WithStore)[KEY]?.take(path) ?? Promise.resolve(undefined);
}
