// npm run build [-- --root <dir>] [--no-postbuild]
// annotate → astro build → postbuild (Pagefind index, offline zip), into <root>/dist.
//
// The annotator runs on a worker thread while Astro starts up on this one: Astro spends its first
// second or so loading its config, Vite and the integrations before any content loader runs, and the
// loaders wait (src/content-gate.ts) until the annotator has written content/, then read it as a plain
// `astro build` would: the generated MDX stays the one thing the site is built from. On the 1,000-article
// benchmark the overlap (Astro's own ~0.4 s import included) saves ~0.7 s of the two steps' ~7.3 s
// (npm run bench -- --site prints both ways).
//
// If the annotator fails, the build stops with its one-line error naming the file, before Astro has
// read content/ or written dist/; content/ is untouched (the annotator writes nothing unless every
// article succeeded).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { holdContentUntil, type GatedContent } from '../src/content-gate.ts';
import type { AnnotateWorkerResult } from './lib/annotate-worker.ts';

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

/** Runs the annotator on a worker thread; resolves with its result (never rejects). */
function annotateOnWorker(root: string): Promise<AnnotateWorkerResult> {
  return new Promise((done) => {
    const worker = new Worker(new URL('./lib/annotate-worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', done);
    worker.once('error', (error) => done({ ok: false, message: error.message.split('\n')[0] ?? '' }));
    // After a message this changes nothing: a promise settles once.
    worker.once('exit', (code) => done({ ok: false, message: `the annotator stopped (exit code ${code}) without a result` }));
  });
}

/** Settles when the annotator is done; main() waits for it on every path out, so content/ is never left half-updated. */
let annotated: Promise<GatedContent> = Promise.resolve(null);

async function main(): Promise<void> {
  const { root, postbuild: withPostbuild } = options(process.argv.slice(2));
  const started = performance.now();
  annotated = annotateOnWorker(root).then((result) => {
    if (!result.ok) {
      console.error(`annotate: ${result.message}`);
      process.exit(1);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if ('current' in result) {
      console.log(`annotate: content/ is up to date with seeds/, the registry and the annotator (content/annotate-manifest.txt; ${seconds} s)`);
      return result.content;
    }
    console.log(`annotate: ${result.articles} articles, ${result.updated} generated files updated (${seconds} s)`);
    return null;
  });
  holdContentUntil(annotated);
  // Imported only now (it takes ~0.4 s), so that the annotator's start overlaps it too.
  const { build } = await import('astro');
  await build({ root });
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
