// npm run build [-- --root <dir>] [--no-postbuild]
// annotate → astro build → postbuild (Pagefind index, offline zip), into <root>/dist.
//
// The annotator runs on a worker thread while Astro starts up on this one. It hands each article over
// the moment it is final; the content loaders take from it what reading its MDX file back would give
// (articleAsParsed, held equal to that by tests/serialize-fast.test.ts) as they come, then wait
// (src/content-gate.ts) for the last one and the registry; the worker prints and writes content/ while
// Astro builds, and the build ends only when it has. So the site is built from exactly what content/
// holds, without waiting for 1,000 files to be printed, written and read back. On the 1,000-article
// benchmark this saves ~1 s of the two steps run one after the other (npm run bench -- --site).
//
// If the annotator fails, the build stops with its one-line error naming the file, before Astro has
// read any article or written dist/; content/ is untouched (the annotator writes nothing unless every
// article succeeded). A failure to write content/ after that stops the build too.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { Handover, holdContentUntil, type GatedContent } from '../src/content-gate.ts';
import { offerPrerenderedArticles, PrerenderedArticles } from '../src/site/prerendered.ts';
import type { AnnotateWorkerMessage, AnnotateWorkerResult } from './lib/annotate-worker.ts';
import { enableCompileCache } from './lib/compile-cache.ts';

interface Options {
  root: string;
  postbuild: boolean;
}

function options(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { root: { type: 'string' }, 'no-postbuild': { type: 'boolean' } }, strict: true }));
  } catch (error) {
    throw new Error(`build: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (known: --root <dir>, --no-postbuild)`);
  }
  return { root: resolve(values.root ?? '.'), postbuild: !values['no-postbuild'] };
}

interface Annotation {
  /** What the content loaders take instead of reading content/ (src/content-gate.ts). */
  content: Promise<GatedContent>;
  /** The annotator's result, once content/ is written (or why nothing was); never rejects. */
  done: Promise<AnnotateWorkerResult>;
}

/**
 * Runs the annotator on a worker thread. Its articles arrive one by one while it works and while Astro
 * starts up here; when the last one is in, they go to the loaders with the registry (content-gate.ts),
 * while the worker prints and writes content/.
 */
function annotateOnWorker(root: string): Annotation {
  const worker = new Worker(new URL('./lib/annotate-worker.ts', import.meta.url), { workerData: { root } });
  // The articles' own content, as the worker renders it once it has handed them over (src/site/prerendered.ts).
  const articles = new PrerenderedArticles();
  offerPrerenderedArticles(articles);
  let handOver: (content: GatedContent) => void = () => {};
  const content = new Promise<GatedContent>((resolve) => (handOver = resolve));
  // Made on the first article; the loaders take the files from it as they come.
  let handover: Handover | undefined;
  const handing = () => {
    if (!handover) handOver((handover = new Handover()));
    return handover;
  };
  const done = new Promise<AnnotateWorkerResult>((finish) => {
    worker.on('message', (message: AnnotateWorkerMessage) => {
      if (message.kind === 'article') {
        handing().add({ path: message.path, article: message.article });
      } else if (message.kind === 'annotated') {
        handing().finish(message.entities);
      } else if (message.kind === 'current') {
        handOver(message.content);
      } else if (message.kind === 'article-html') {
        articles.add(message.path, message.html);
      } else if (message.kind === 'articles-done') {
        articles.close();
      } else {
        finish(message.result);
      }
    });
    worker.once('error', (error) => finish({ ok: false, message: error.message.split('\n')[0] ?? '' }));
    // After the result this changes nothing: a promise settles once.
    worker.once('exit', (code) => finish({ ok: false, message: `the annotator stopped (exit code ${code}) without a result` }));
  }).finally(() => articles.close());
  return { content, done };
}

/** Settles when the annotator is done; main() waits for it on every path out, so content/ is never left half-updated. */
let annotated: Promise<unknown> = Promise.resolve();

async function main(): Promise<void> {
  const { root, postbuild: withPostbuild } = options(process.argv.slice(2));
  enableCompileCache();
  const started = performance.now();
  const annotation = annotateOnWorker(root);
  annotated = annotation.done.then((result) => {
    if (!result.ok) {
      console.error(`annotate: ${result.message}`);
      process.exit(1);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if ('current' in result) {
      console.log(`annotate: content/ is up to date with seeds/, the registry and the annotator (content/annotate-manifest.txt; ${seconds} s)`);
    } else {
      console.log(`annotate: ${result.articles} articles, ${result.updated} generated files updated (${seconds} s)`);
    }
  });
  holdContentUntil(annotation.content);
  // Imported only now (it takes ~0.4 s), so that the annotator's start overlaps it too.
  const { build } = await import('astro');
  await build({ root });
  // The site was built from what the annotator handed over; content/ must be written too before we are done.
  await annotated;
  if (withPostbuild) {
    const { postbuild } = await import('./postbuild.ts');
    const result = await postbuild(resolve(root, 'dist'), root);
    console.log(`postbuild: Pagefind indexed ${result.pages} pages; offline zip ${(result.zipBytes / 1024).toFixed(0)} KB (${result.zipFiles} files)`);
  }
}

main().then(
  // Astro leaves handles open (its compiler, file watchers of integrations); the build is done.
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    await annotated;
    process.exit(1);
  },
);
