// Where the per-article jobs (annotate-jobs.ts) run: on this thread for a few articles, on a pool of
// worker threads, one per core, for many (as Quartz parses in batches above 128 files: below that the
// threads' start-up costs more than it saves). A worker keeps the analyses it made, so that finishing
// an article happens where its tokens already are; an article analysed by an earlier run is read from
// the cache by whichever worker finishes it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SeedInput } from '../../src/pipeline/annotate.ts';
import { expandAnalysis } from '../../src/pipeline/compact.ts';
import type { Resolution } from '../../src/pipeline/discovered.ts';
import { buildMatcher, prepareResolved } from '../../src/pipeline/link.ts';
import type { Analysis } from '../../src/pipeline/annotate.ts';
import { PipelineError, type Entity } from '../../src/pipeline/types.ts';
import { readAnalysis } from './annotate-cache.ts';
import { analyzeJob, finishJob, type AnalyzedSeed, type FinishedArticle } from './annotate-jobs.ts';

/** From this many articles to analyse or finish, the work goes to worker threads. */
export const POOL_THRESHOLD = 200;

export interface FinishItem {
  file: string;
  slug: string;
  /** Where the cached analysis is, for an article this run did not analyse. */
  cachePath: string;
}

export interface Engine {
  /** Analyses seeds, writing each analysis to the cache under `cacheRoot` (null: no cache). */
  analyze(seeds: { seed: SeedInput; key: string }[], cacheRoot: string | null, progress?: (done: number) => void): Promise<AnalyzedSeed[]>;
  finish(resolution: Resolution, items: FinishItem[], withReview: boolean, progress?: (done: number) => void): Promise<FinishedArticle[]>;
  close(): Promise<void>;
}

/** The jobs on the calling thread. */
export function localEngine(curated: Entity[]): Engine {
  const matcher = buildMatcher(curated);
  const analyses = new Map<string, Analysis>();
  return {
    async analyze(seeds, cacheRoot, progress) {
      return seeds.map(({ seed, key }, n) => {
        const { analysis, analyzed } = analyzeJob(seed, key, matcher, cacheRoot);
        analyses.set(seed.file, analysis);
        progress?.(n + 1);
        return analyzed;
      });
    },
    async finish(resolution, items, withReview, progress) {
      const resolved = prepareResolved(resolution, matcher);
      return items.map((item, n) => {
        const analysis = analyses.get(item.file) ?? expandAnalysis(readAnalysis(item.cachePath), matcher);
        analyses.delete(item.file);
        progress?.(n + 1);
        return finishJob(analysis, item.slug, resolved, matcher, withReview);
      });
    },
    async close() {
      analyses.clear();
    },
  };
}

export type WorkerRequest =
  | { kind: 'analyze'; seeds: { seed: SeedInput; key: string }[]; cacheRoot: string | null }
  | { kind: 'finish'; resolution: Resolution; items: FinishItem[]; withReview: boolean };
export type WorkerReply =
  | { kind: 'progress'; done: number }
  | { kind: 'analyzed'; results: AnalyzedSeed[] }
  | { kind: 'finished'; results: FinishedArticle[] }
  | { kind: 'error'; message: string; file?: string; reason?: string };

class PoolWorker {
  readonly worker: Worker;
  #pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; progress?: ((done: number) => void) | undefined } | null = null;

  constructor(curated: Entity[]) {
    this.worker = new Worker(new URL('./annotate-engine-worker.ts', import.meta.url), { workerData: { curated } });
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
  const workers = Array.from({ length: threads }, () => new PoolWorker(curated));
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
    async analyze(seeds, cacheRoot, progress) {
      // Contiguous shares, so that each worker's output comes back in file order.
      const size = Math.ceil(seeds.length / threads);
      const track = tracker(progress);
      const replies = await Promise.all(
        workers.map((worker, w) => {
          const share = seeds.slice(w * size, (w + 1) * size);
          for (const { seed } of share) owner.set(seed.file, w);
          return share.length === 0 ? Promise.resolve({ kind: 'analyzed', results: [] } as WorkerReply) : worker.request({ kind: 'analyze', seeds: share, cacheRoot }, track(w));
        }),
      );
      return replies.flatMap((reply) => (reply.kind === 'analyzed' ? reply.results : []));
    },
    async finish(resolution, items, withReview, progress) {
      // Each article where its analysis is; the rest shared out evenly.
      const shares: FinishItem[][] = workers.map(() => []);
      let next = 0;
      for (const item of items) {
        const w = owner.get(item.file) ?? next++ % threads;
        shares[w]!.push(item);
      }
      const track = tracker(progress);
      const replies = await Promise.all(
        workers.map((worker, w) =>
          shares[w]!.length === 0 ? Promise.resolve({ kind: 'finished', results: [] } as WorkerReply) : worker.request({ kind: 'finish', resolution, items: shares[w]!, withReview }, track(w)),
        ),
      );
      const byFile = new Map(replies.flatMap((reply) => (reply.kind === 'finished' ? reply.results : [])).map((f) => [f.file, f]));
      return items.map((item) => byFile.get(item.file)!);
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/**
 * A pool when there is enough work for one, else this thread. DOSSIER_ANNOTATE_THREADS sets the pool's
 * size and forces it (0: never a pool), so tests can run the pool on a few articles.
 */
export function engineFor(curated: Entity[], articles: number): Engine {
  const forced = process.env['DOSSIER_ANNOTATE_THREADS'];
  if (forced !== undefined) return Number(forced) > 0 ? poolEngine(curated, Number(forced)) : localEngine(curated);
  return articles >= POOL_THRESHOLD && availableParallelism() > 1 ? poolEngine(curated) : localEngine(curated);
}
