// The two per-article jobs of an annotate run, the same on the main thread and on a worker
// (annotate-engine.ts): analyse a seed (everything that depends on it alone), and finish an article once
// the global step has resolved every article's candidates (links, quotes, its MDX file, its review).
import { analyzeSeed, finishAnalysis, articlePathOf, type Analysis, type SeedInput } from '../../src/pipeline/annotate.ts';
import { compactAnalysis, type CompactAnalysis } from '../../src/pipeline/compact.ts';
import { nameKeysOf } from '../../src/pipeline/incremental.ts';
import { sketchOf, type Sketch } from '../../src/pipeline/duplicates.ts';
import type { Resolved } from '../../src/pipeline/link.ts';
import type { Matcher } from '../../src/pipeline/matcher.ts';
import { articleRow, reviewOf, rowOf, type ArticleReview, type ArticleRow } from '../../src/pipeline/report.ts';
import { serializeArticle } from '../../src/pipeline/serialize.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stageFile, type AnalysisPack, type IndexEntry } from './annotate-cache.ts';
import { textDigest } from './annotate-manifest.ts';

export interface AnalyzedSeed {
  file: string;
  /** What the index keeps for the global step. */
  entry: Omit<IndexEntry, 'output'>;
}

/**
 * Analyses a seed and appends the analysis to the cache's pack (annotate-cache.ts).
 * The analysis comes back compact (without tokens): what an engine keeps until it finishes the article,
 * so that 10,000 analyses held at once stay small.
 */
export function analyzeJob(seed: SeedInput, key: string, matcher: Matcher, pack: AnalysisPack): { compact: CompactAnalysis; analyzed: AnalyzedSeed } {
  const analysis = analyzeSeed(seed, matcher);
  const compact = compactAnalysis(analysis);
  const ref = pack.add(compact);
  const sketch: Sketch = sketchOf(analysis.extracted.paragraphs.join('\n\n'));
  const candidates = analysis.draft.candidates.map(({ segment: _segment, first: _first, last: _last, ...rest }) => rest);
  return {
    compact,
    analyzed: {
      file: seed.file,
      entry: { key, analysis: ref, slug: analysis.extracted.meta.slug, fixed: analysis.fixedSlug, candidates, nameKeys: nameKeysOf(analysis.draft.segments), sketch },
    },
  };
}

export interface FinishedArticle {
  file: string;
  slug: string;
  /** The generated file, relative to content/. */
  path: string;
  /** textDigest of its text. */
  digest: string;
  /**
   * Where its text waits to be moved into content/ (annotate-cache.ts stagedPath) when it differs from the
   * file there; null when content/ already holds it. The text itself never crosses threads or stays in
   * memory: at 10,000 articles that would be most of a run's memory.
   */
  staged: string | null;
  /** Discovered entities it mentions. */
  discovered: string[];
  row: ArticleRow;
  /** For the review report: made for a changed article while `reviews` allows (see FinishOptions). */
  review: ArticleReview | null;
  /** The cleaned text of a reviewed article, for exact duplicate checks. */
  body: string | null;
}

export interface FinishOptions {
  /** The project root: content/ is compared, the staging folder written. */
  root: string;
  /** How many more reviews to make (0: no report wanted, or enough reviews made). */
  reviews: number;
}

/** Finishes an article, stages its file when it changed, and reviews it while the budget allows. */
export function finishJob(analysis: Analysis, slug: string, resolved: Resolved, matcher: Matcher, options: FinishOptions): FinishedArticle {
  const article = finishAnalysis(analysis, slug, resolved, matcher);
  const path = articlePathOf(article);
  const text = serializeArticle(article);
  const digest = textDigest(text);
  const target = join(options.root, 'content', path);
  const changed = !existsSync(target) || textDigest(readFileSync(target)) !== digest;
  const staged = changed ? stageFile(options.root, path, text) : null;
  const review = changed && options.reviews > 0 ? reviewOf(article, true) : null;
  return {
    file: article.file,
    slug,
    path,
    digest,
    staged,
    discovered: article.discovered.map((e) => e.id),
    row: review ? rowOf(review) : articleRow(article),
    review,
    body: review ? article.paragraphs.join('\n\n') : null,
  };
}
