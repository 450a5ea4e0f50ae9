// Where the per-article jobs (annotate-jobs.ts) run: on this thread up to a few thousand articles, on a
// pool of worker threads, one per core, above that. The pool pays only at scale: even on one thread V8
// keeps the second core half busy optimising code and collecting garbage (perf: 1.56 CPUs used, 37% of
// the samples in TurboFan and Maglev compile jobs), and every worker compiles the pipeline anew. On a
// 2-core machine (npm run annotate, cold, with its report): 1,000 articles 9.3 s on this thread against
// 12.2 s in the pool, 2,000 15.1 against 18.0, 5,000 34.2 against 28.9, 10,000 61.2 against 43.8.
// A worker keeps the analyses it made, in compact form, so that finishing an article happens where its
// analysis already is; an article analysed by an earlier run is read from the cache by whichever worker
// finishes it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SeedInput } from '../../src/pipeline/annotate.ts';
import { expandAnalysis, type CompactAnalysis } from '../../src/pipeline/compact.ts';
import type { Resolution } from '../../src/pipeline/discovered.ts';
import { buildMatcher, prepareResolved, type Matcher, type Resolved } from '../../src/pipeline/link.ts';
import { PipelineError, type Entity } from '../../src/pipeline/types.ts';
import { AnalysisPack, readAnalysis, type AnalysisRef } from './annotate-cache.ts';
import { analyzeJob, finishJob, type AnalyzedSeed, type FinishedArticle, type FinishOptions } from './annotate-jobs.ts';

/** From this many articles to analyse or finish, the work goes to worker threads (measured above). */
export const POOL_THRESHOLD = 3000;

export interface FinishItem {
  file: string;
  slug: string;
  /** Where the cached analysis is, for an article this run did not analyse. */
  analysis: AnalysisRef;
}

export interface Engine {
  /** Analyses seeds, writing the analyses to the cache under `root`. */
  analyze(seeds: { seed: SeedInput; key: string }[], root: string, progress?: (done: number) => void): Promise<AnalyzedSeed[]>;
  /** Finishes articles (annotate-jobs.ts finishJob), reviewing at most `reviews` of the changed ones, the first in file order. */
  finish(resolution: Resolution, items: FinishItem[], options: FinishOptions, progress?: (done: number) => void): Promise<FinishedArticle[]>;
  close(): Promise<void>;
}

/** The jobs on the calling thread, with the caller's matcher of the curated registry when it has one. */
export function localEngine(curated: Entity[], matcher: Matcher = buildMatcher(curated)): Engine {
  const analyses = new Map<string, CompactAnalysis>();
  return {
    async analyze(seeds, root, progress) {
      const pack = new AnalysisPack(root);
      try {
        return seeds.map(({ seed, key }, n) => {
          const { compact, analyzed } = analyzeJob(seed, key, matcher, pack);
          analyses.set(seed.file, compact);
          progress?.(n + 1);
          return analyzed;
        });
      } finally {
        pack.close();
      }
    },
    async finish(resolution, items, options, progress) {
      return finishItems(items, prepareResolved(resolution, matcher), matcher, options, analyses, progress);
    },
    async close() {
      analyses.clear();
    },
  };
}

/** Finishes items in order on this thread, from the analyses held (or the cache), within the review budget. */
export function finishItems(
  items: FinishItem[],
  resolved: Resolved,
  matcher: Matcher,
  options: FinishOptions,
  analyses: Map<string, CompactAnalysis>,
  progress?: (done: number) => void,
): FinishedArticle[] {
  let reviews = options.reviews;
  return items.map((item, n) => {
    const analysis = expandAnalysis(analyses.get(item.file) ?? readAnalysis(options.root, item.analysis), matcher);
    analyses.delete(item.file);
    const finished = finishJob(analysis, item.slug, resolved, matcher, { ...options, reviews });
    if (finished.review) reviews--;
    progress?.(n + 1);
    return finished;
  });
}

export type WorkerRequest =
  | { kind: 'analyze'; seeds: { seed: SeedInput; key: string }[]; root: string }
  | { kind: 'finish'; resolution: Resolution; items: FinishItem[]; options: FinishOptions };
export type WorkerReply =
  | { kind: 'progress'; done: number }
  | { kind: 'analyzed'; results: AnalyzedSeed[] }
  | { kind: 'finished'; results: FinishedArticle[] }
  | { kind: 'error'; message: string; file?: string; reason?: string };

/**
 * The old-generation heap (MiB) of a worker that will hold the analyses of `heldBytes` of seed text.
 * Without a limit V8 lets a busy worker's heap grow far past what it keeps alive: at 10,000 articles the
 * two workers added about 0.3 GB of garbage to the run's peak. An analysis held is about seven times its
 * seed's size; the limit allows more than twice that, plus a base for the work itself, so it bounds the
 * garbage and never the work (at 256 MiB for 25 MB of seeds, collection already slowed the run).
 */
export function workerHeapLimitMb(heldBytes: number): number {
  return 256 + Math.ceil((16 * heldBytes) / 2 ** 20);
}

class PoolWorker {
  readonly worker: Worker;
  #pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; progress?: ((done: number) => void) | undefined } | null = null;

  constructor(curated: Entity[], heapLimitMb: number) {
    this.worker = new Worker(new URL('./annotate-engine-worker.ts', import.meta.url), {
      workerData: { curated },
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    });
    this.worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'progress') return this.#pending?.progress?.(reply.done);
      const pending = this.#pending;
      this.#pending = null;
      if (reply.kind === 'error') pending?.reject(reply.file ? new PipelineError(reply.file, reply.reason ?? reply.message) : new Error(reply.message));
      else pending?.resolve(reply);
    });
    this.worker.on('error', (error) => {
      this.#pending?.reject(error);
      this.#pending = null;
    });
  }

  request(message: WorkerRequest, progress?: (done: number) => void): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject, progress };
      this.worker.postMessage(message);
    });
  }
}

/** The jobs on one worker thread per core. */
export function poolEngine(curated: Entity[], threads = Math.max(1, availableParallelism())): Engine {
  // A worker starts with its first job, when what it will hold (and so its heap limit) is known.
  const workers: (PoolWorker | undefined)[] = new Array(threads).fill(undefined);
  const workerFor = (w: number, heldBytes: number) => (workers[w] ??= new PoolWorker(curated, workerHeapLimitMb(heldBytes)));
  /** Which worker analysed which file (and holds its analysis). */
  const owner = new Map<string, number>();
  /** Overall progress from per-worker counts. */
  const tracker = (progress?: (done: number) => void) => {
    const counts = new Array<number>(threads).fill(0);
    return (w: number) => (done: number) => {
      counts[w] = done;
      progress?.(counts.reduce((a, b) => a + b, 0));
    };
  };
  return {
    async analyze(seeds, root, progress) {
      // Contiguous shares, so that each worker's output comes back in file order.
      const size = Math.ceil(seeds.length / threads);
      const track = tracker(progress);
      const replies = await Promise.all(
        workers.map((_, w) => {
          const share = seeds.slice(w * size, (w + 1) * size);
          for (const { seed } of share) owner.set(seed.file, w);
          const bytes = share.reduce((sum, { seed }) => sum + seed.bytes.byteLength, 0);
          return share.length === 0 ? Promise.resolve({ kind: 'analyzed', results: [] } as WorkerReply) : workerFor(w, bytes).request({ kind: 'analyze', seeds: share, root }, track(w));
        }),
      );
      return replies.flatMap((reply) => (reply.kind === 'analyzed' ? reply.results : []));
    },
    async finish(resolution, items, options, progress) {
      // Each article where its analysis is; the rest shared out evenly.
      const shares: FinishItem[][] = workers.map(() => []);
      let next = 0;
      for (const item of items) {
        const w = owner.get(item.file) ?? next++ % threads;
        shares[w]!.push(item);
      }
      const track = tracker(progress);
      const replies = await Promise.all(
        // A worker that analysed nothing holds one analysis at a time, read from the cache.
        workers.map((_, w) =>
          shares[w]!.length === 0 ? Promise.resolve({ kind: 'finished', results: [] } as WorkerReply) : workerFor(w, 0).request({ kind: 'finish', resolution, items: shares[w]!, options }, track(w)),
        ),
      );
      const byFile = new Map(replies.flatMap((reply) => (reply.kind === 'finished' ? reply.results : [])).map((f) => [f.file, f]));
      // Each worker reviewed the first changed articles of its share: keep the first overall.
      let reviews = options.reviews;
      return items.map((item) => {
        const finished = byFile.get(item.file)!;
        if (finished.review && reviews-- <= 0) return { ...finished, review: null, body: null, row: finished.row };
        return finished;
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w?.worker.terminate()));
    },
  };
}

/**
 * A pool when there is enough work for one, else this thread. DOSSIER_ANNOTATE_THREADS sets the pool's
 * size and forces it (0: never a pool), so tests can run the pool on a few articles.
 */
export function engineFor(curated: Entity[], articles: number, matcher?: Matcher): Engine {
  const forced = process.env['DOSSIER_ANNOTATE_THREADS'];
  if (forced !== undefined) return Number(forced) > 0 ? poolEngine(curated, Number(forced)) : localEngine(curated, matcher);
  return articles >= POOL_THRESHOLD && availableParallelism() > 1 ? poolEngine(curated) : localEngine(curated, matcher);
}
