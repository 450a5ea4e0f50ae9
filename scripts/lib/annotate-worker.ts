// `npm run annotate -- --no-report` on a worker thread, for scripts/build.ts: plans and writes content/
// exactly as the command does (nothing is written unless every article succeeded). On the way it hands
// the site what it would read back from content/, as soon as it has it, so that the build does not wait
// for the printing, writing and reading back of 1,000 files (src/content-gate.ts):
//   - `article`: each annotated article, the moment it is final, with the path of its file (the receiver
//     takes what reading that file back would give from it: articleAsParsed);
//   - `annotated`: every article sent, and the registry the site will read (curated + discovered);
//   - `done`: the result, once content/ is written (or why nothing was).
// When content/ is current (annotate-manifest.ts) there is nothing to annotate: the worker reads content/
// for the loaders instead (`current`), then renders each article's own content for its page
// (`article-html`, then `articles-done`) while Astro bundles and renders pages on the main thread
// (src/site/prerendered.ts says why).
import { parentPort, workerData } from 'node:worker_threads';
import type { GatedContent } from '../../src/content-gate.ts';
import type { AnnotatedArticle, Entity } from '../../src/pipeline/types.ts';
import type { SiteArticle } from '../../src/site/article.ts';
import { annotationState } from './annotate-manifest.ts';
import { enableCompileCache } from './compile-cache.ts';

export type AnnotateWorkerResult =
  | { ok: true; articles: number; updated: number }
  | { ok: true; current: true }
  | { ok: false; message: string };

export type AnnotateWorkerMessage =
  /** `path` is the file the article is written to, relative to the root. */
  | { kind: 'article'; path: string; article: AnnotatedArticle }
  /** Every article sent; `entities` is the registry, or why it does not hold together (the loaders report it). */
  | { kind: 'annotated'; entities: Entity[] | { error: string } }
  /** Nothing to annotate: content/ as read (src/site/content.ts), or why it could not be. */
  | { kind: 'current'; content: GatedContent }
  /** An article's own content (page-content.ts), for the page at `path`. */
  | { kind: 'article-html'; path: string; html: string }
  /** No more `article-html`: pages not sent make their own. */
  | { kind: 'articles-done' }
  | { kind: 'done'; result: AnnotateWorkerResult };

const post = (message: AnnotateWorkerMessage) => parentPort!.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Renders each article's own content for its page (src/site/prerendered.ts), in the order Astro renders
 * the pages, from the articles as the site reads them (`content`). A problem here only means the pages
 * make it themselves: problems in the content are the loaders' to report.
 */
async function prerenderArticles(content: () => { articles: SiteArticle[]; entities: Entity[] }): Promise<void> {
  try {
    const { compareByDateDesc, siteLookup } = await import('../../src/site/model.ts');
    const { articleOwnHtml } = await import('../../src/site/page-content.ts');
    const { articlePath } = await import('../../src/site/paths.ts');
    const { articles, entities } = content();
    const site = siteLookup(articles, entities);
    for (const article of [...articles].sort(compareByDateDesc)) {
      post({ kind: 'article-html', path: articlePath(article.slug), html: articleOwnHtml(site, article) });
    }
  } catch {
    // The pages make what they were not sent.
  } finally {
    post({ kind: 'articles-done' });
  }
}

enableCompileCache();
const { root } = workerData as { root: string };
// For tests/build-cli.test.ts only: start late, so that Astro reaches its content loaders first and the
// test shows they wait for the annotator rather than read content/ early.
const delay = Number(process.env['DOSSIER_TEST_ANNOTATE_DELAY_MS'] ?? 0);
if (delay > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
let result: AnnotateWorkerResult;
try {
  const state = annotationState(root);
  if (state.current) {
    // content/ is exactly what annotating now would write (annotate-manifest.ts): nothing to annotate, so
    // read content/ for the loaders instead, while Astro is still starting (on the main thread that
    // would come after it). A problem in it is theirs to report, as if they had read it themselves.
    const { readContent } = await import('../../src/site/content.ts');
    let content: GatedContent;
    try {
      content = readContent(root);
    } catch (error) {
      content = { error: messageOf(error) };
    }
    post({ kind: 'current', content });
    const read = content;
    if ('articles' in read) await prerenderArticles(() => read);
    else post({ kind: 'articles-done' });
    result = { ok: true, current: true };
  } else {
    // The pipeline's modules take ~0.3 s to load; only now are they needed. The printer and the
    // planning of files (generate.ts, annotate-run.ts) only after the hand-over.
    const { annotateArticles, articlePathOf, discoveredYaml } = await import('../../src/pipeline/annotate.ts');
    const { loadCuratedEntities, readSeeds } = await import('./project.ts');
    const { readRegistryWith } = await import('../../src/site/registry-read.ts');
    const set = annotateArticles(readSeeds(root), loadCuratedEntities(root), (article) =>
      post({ kind: 'article', path: `content/${articlePathOf(article)}`, article }),
    );
    let entities: Entity[] | { error: string };
    try {
      entities = readRegistryWith(root, discoveredYaml(set.discovered));
    } catch (error) {
      entities = { error: messageOf(error) };
    }
    post({ kind: 'annotated', entities });
    // No articles' content from this thread after annotating: reading the articles as the site does
    // again here, then rendering, took CPU the main thread needed (1,000 articles, 5 alternating cold
    // builds: 7.64 s with it, 7.27 s without). This thread prints and writes content/ instead.
    post({ kind: 'articles-done' });
    const { applyAnnotate, planFiles } = await import('./annotate-run.ts');
    const plan = planFiles(root, set, state.inputs);
    applyAnnotate(root, plan, { report: false });
    result = { ok: true, articles: plan.output.articles.length, updated: plan.changed.length + plan.stale.length };
  }
} catch (error) {
  // The first line names the file and the problem, as `npm run annotate` prints it.
  result = { ok: false, message: messageOf(error).split('\n')[0] ?? '' };
}
post({ kind: 'done', result });
