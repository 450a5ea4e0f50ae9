// The two per-article jobs of an annotate run, the same on the main thread and on a worker
// (annotate-engine.ts): analyse a seed (everything that depends on it alone), and finish an article once
// the global step has resolved every article's candidates (links, quotes, its MDX file, its review).
import { analyzeSeed, finishAnalysis, articlePathOf, type Analysis, type SeedInput } from '../../src/pipeline/annotate.ts';
import { compactAnalysis, nameKeysOf } from '../../src/pipeline/compact.ts';
import { sketchOf, type Sketch } from '../../src/pipeline/duplicates.ts';
import type { Resolved } from '../../src/pipeline/link.ts';
import type { Matcher } from '../../src/pipeline/matcher.ts';
import { articleRow, reviewOf, rowOf, type ArticleReview, type ArticleRow } from '../../src/pipeline/report.ts';
import { serializeArticle } from '../../src/pipeline/serialize.ts';
import { writeAnalysis, type IndexEntry } from './annotate-cache.ts';

export interface AnalyzedSeed {
  file: string;
  /** What the index keeps for the global step. */
  entry: Omit<IndexEntry, 'output'>;
}

/** Analyses a seed and, when `cacheRoot` is given, writes the analysis to the cache there (annotate-cache.ts). */
export function analyzeJob(seed: SeedInput, key: string, matcher: Matcher, cacheRoot: string | null): { analysis: Analysis; analyzed: AnalyzedSeed } {
  const analysis = analyzeSeed(seed, matcher);
  if (cacheRoot !== null) writeAnalysis(cacheRoot, key, compactAnalysis(analysis));
  const sketch: Sketch = sketchOf(analysis.extracted.paragraphs.join('\n\n'));
  const candidates = analysis.draft.candidates.map(({ segment: _segment, first: _first, last: _last, ...rest }) => rest);
  return {
    analysis,
    analyzed: {
      file: seed.file,
      entry: { key, slug: analysis.extracted.meta.slug, fixed: analysis.fixedSlug, candidates, nameKeys: nameKeysOf(analysis), sketch },
    },
  };
}

export interface FinishedArticle {
  file: string;
  slug: string;
  /** The generated file, relative to content/, and its text. */
  path: string;
  text: string;
  /** Discovered entities it mentions. */
  discovered: string[];
  row: ArticleRow;
  /** For the review report (made only when a report is wanted). */
  review: ArticleReview | null;
  /** The cleaned text, for exact duplicate checks (only with a review). */
  body: string | null;
}

export function finishJob(analysis: Analysis, slug: string, resolved: Resolved, matcher: Matcher, withReview: boolean): FinishedArticle {
  const article = finishAnalysis(analysis, slug, resolved, matcher);
  const review = withReview ? reviewOf(article, true) : null;
  return {
    file: article.file,
    slug,
    path: articlePathOf(article),
    text: serializeArticle(article),
    discovered: article.discovered.map((e) => e.id),
    row: review ? rowOf(review) : articleRow(article),
    review,
    body: withReview ? article.paragraphs.join('\n\n') : null,
  };
}
