// `npm run annotate -- --no-report` on a worker thread, for scripts/build.ts: plans and writes content/
// exactly as the command does (nothing is written unless every article succeeded), then posts one result.
import { parentPort, workerData } from 'node:worker_threads';
import type { GatedContent } from '../../src/content-gate.ts';
import { annotationIsCurrent } from './annotate-manifest.ts';

export type AnnotateWorkerResult =
  | { ok: true; articles: number; updated: number }
  /** Nothing to annotate; `content` is content/ read for the loaders meanwhile (src/content-gate.ts). */
  | { ok: true; current: true; content: GatedContent }
  | { ok: false; message: string };

const { root } = workerData as { root: string };
// For tests/build-cli.test.ts only: start late, so that Astro reaches its content loaders first and the
// test shows they wait for the annotator rather than read content/ early.
const delay = Number(process.env['DOSSIER_TEST_ANNOTATE_DELAY_MS'] ?? 0);
if (delay > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
let result: AnnotateWorkerResult;
try {
  if (annotationIsCurrent(root)) {
    // content/ is exactly what annotating now would write (annotate-manifest.ts): nothing to annotate, so
    // read content/ for the loaders instead, while Astro is still starting (on the main thread that
    // would come after it). A problem in it is theirs to report, as if they had read it themselves.
    const { readContent } = await import('../../src/site/content.ts');
    let content: GatedContent;
    try {
      content = readContent(root);
    } catch (error) {
      content = { error: error instanceof Error ? error.message : String(error) };
    }
    result = { ok: true, current: true, content };
  } else {
    // The pipeline's modules take ~0.4 s to load; only now are they needed.
    const { applyAnnotate, planAnnotate } = await import('./annotate-run.ts');
    const plan = planAnnotate(root);
    applyAnnotate(root, plan, { report: false });
    result = { ok: true, articles: plan.output.articles.length, updated: plan.changed.length + plan.stale.length };
  }
} catch (error) {
  // The first line names the file and the problem, as `npm run annotate` prints it.
  result = { ok: false, message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
}
parentPort!.postMessage(result);
