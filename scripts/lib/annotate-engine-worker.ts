// One worker thread of the annotate pool (annotate-engine.ts): analyses seeds and keeps the analyses,
// then finishes articles when the main thread has resolved every article's candidates.
import { parentPort, workerData } from 'node:worker_threads';
import type { CompactAnalysis } from '../../src/pipeline/compact.ts';
import { buildMatcher, prepareResolved } from '../../src/pipeline/link.ts';
import { PipelineError, type Entity } from '../../src/pipeline/types.ts';
import { AnalysisPack } from './annotate-cache.ts';
import { finishItems, type WorkerReply, type WorkerRequest } from './annotate-engine.ts';
import { analyzeJob } from './annotate-jobs.ts';
import { ownStrings } from '../../src/pipeline/own-strings.ts';

const matcher = buildMatcher((workerData as { curated: Entity[] }).curated);
const analyses = new Map<string, CompactAnalysis>();
/** The strings the kept analyses share (own-strings.ts): without them each analysis keeps its seed's whole text. */
const strings = new Map<string, string>();
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
/** Progress every this many articles: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 25;

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    if (request.kind === 'analyze') {
      const pack = new AnalysisPack(request.root);
      let results;
      try {
        results = request.seeds.map(({ seed, key }, n) => {
          const { compact, analyzed } = analyzeJob(seed, key, matcher, pack);
          analyses.set(seed.file, ownStrings(compact, strings));
          if ((n + 1) % PROGRESS_EVERY === 0) post({ kind: 'progress', done: n + 1 });
          return analyzed;
        });
      } finally {
        pack.close();
      }
      post({ kind: 'progress', done: request.seeds.length });
      post({ kind: 'analyzed', results });
    } else {
      const resolved = prepareResolved(request.resolution, matcher);
      const results = finishItems(request.items, resolved, matcher, request.options, analyses, (done) => {
        if (done % PROGRESS_EVERY === 0) post({ kind: 'progress', done });
      });
      post({ kind: 'progress', done: request.items.length });
      post({ kind: 'finished', results });
    }
  } catch (error) {
    if (error instanceof PipelineError) post({ kind: 'error', message: error.message, file: error.file, reason: error.reason });
    else post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
