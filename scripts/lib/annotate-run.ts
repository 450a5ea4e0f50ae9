// One annotate run, shared by `npm run annotate`, `npm run check`, `npm run entity` and `npm run build`:
// what the pipeline would generate, compared with what content/ holds, and the writing of it.
//
// Incremental (src/pipeline/incremental.ts, the cache in annotate-cache.ts): a seed is analysed again
// only when it, its sidecar or the annotator changed; the global step (which candidates become entities)
// always runs, over every article's cached candidates; an article is finished and printed again only
// when its analysis, its slug or the part of the global result it can see changed. With many articles
// the per-article work runs on one worker thread per core (annotate-engine.ts). The result is the same
// as annotating everything afresh: a test holds the two byte-identical.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { discoveredYaml, DISCOVERED_PATH, settleSlugs, usedDiscovered } from '../../src/pipeline/annotate.ts';
import { resolveDiscovered } from '../../src/pipeline/discovered.ts';
import { findDuplicatesBySketch } from '../../src/pipeline/duplicates.ts';
import { analysisKey, changedVisibilityKeys, finishKey, holdsAnyOf, indexResolution, resolutionSummary, visibleDigest } from '../../src/pipeline/incremental.ts';
import { buildMatcher } from '../../src/pipeline/matcher.ts';
import { renderReportInput, type ArticleReview, type Report, type ReportInput } from '../../src/pipeline/report.ts';
import type { Entity } from '../../src/pipeline/types.ts';
import { cachedRegistry, packExists, pruneAnalyses, readIndex, stagingDir, stillWritten, writeIndex, type CacheIndex, type IndexEntry } from './annotate-cache.ts';
import { engineFor, POOL_THRESHOLD, type Engine } from './annotate-engine.ts';
import type { FinishedArticle } from './annotate-jobs.ts';
import { inputsDigest, MANIFEST_PATH, manifestText, outputsDigestOf, textDigest, versionDigest } from './annotate-manifest.ts';
import { progressBar } from './progress.ts';
import { loadCuratedEntities, readSeeds, writeAtomic } from './project.ts';

export interface AnnotateOptions {
  /** Make the reviews the report needs (the site build does not). */
  report?: boolean;
  /** Print progress on long runs (stderr). */
  progress?: boolean;
}

/** Changed articles reviewed in full in the report: past these, a run's report lists them in its table only. */
export const REVIEW_LIMIT = 200;

export interface AnnotatePlan {
  /** Generated files (paths relative to content/) that are new or differ from what is on disk, with their text. */
  writes: Map<string, string>;
  /** Articles (paths relative to content/) that are new or differ, staged in the cache until applied. */
  staged: Map<string, string>;
  /** The same paths, in order: what `npm run annotate -- --check` names. */
  changed: string[];
  /** content/articles/*.mdx files (paths relative to the root) whose seed is gone. */
  stale: string[];
  /** The cache index as it should be once the files are written. */
  index: CacheIndex;
  report: ReportInput | null;
  /** Every article's final slug, in file order. */
  slugs: string[];
  counts: { articles: number; analysed: number; finished: number };
}

/** The whole plan: reads seeds, the registry, content/ and the cache; writes only the cache's analyses. */
export async function planAnnotate(root: string, options: AnnotateOptions = {}): Promise<AnnotatePlan> {
  const version = versionDigest(root);
  const index = readIndex(root, version);
  const curated = cachedRegistry(root, version, () => loadCuratedEntities(root));
  const matcher = buildMatcher(curated);
  const seeds = readSeeds(root);
  // What an earlier run staged and never applied is of no use.
  rmSync(stagingDir(root), { recursive: true, force: true });
  const digested = seeds.map((seed) => ({ seed, digest: textDigest(seed.bytes) }));
  const keys = new Map(
    digested.map(({ seed, digest }) => [seed.file, analysisKey(version, digest, seed.sidecarBytes ? new TextDecoder().decode(seed.sidecarBytes) : null)]),
  );

  // Seeds gone: their entries go. Seeds new or changed: analysed again.
  const present = new Set(seeds.map((s) => s.file));
  // Every entry set or removed below is marked dirty, for writeIndex to log it.
  const touch = (file: string) => index.dirty?.add(file);
  for (const file of Object.keys(index.entries)) {
    if (present.has(file)) continue;
    delete index.entries[file];
    touch(file);
  }
  // An analysis whose pack is gone (deleted by hand) is made again.
  const packs = new Map<string, boolean>();
  const held = (entry: IndexEntry) => packs.get(entry.analysis.pack) ?? packs.set(entry.analysis.pack, packExists(root, entry.analysis)).get(entry.analysis.pack)!;
  const toAnalyse = seeds.filter((seed) => {
    const entry = index.entries[seed.file];
    return entry?.key !== keys.get(seed.file) || !held(entry);
  });
  const reanalysed = new Set<string>();
  let engine: Engine | null = null;
  try {
    if (toAnalyse.length > 0) {
      engine = engineFor(curated, toAnalyse.length, matcher);
      const bar = options.progress ? progressBar('analyse', toAnalyse.length) : null;
      const analysed = await engine.analyze(
        toAnalyse.map((seed) => ({ seed, key: keys.get(seed.file)! })),
        root,
        bar?.update,
      );
      bar?.done();
      for (const { file, entry } of analysed) {
        index.entries[file] = { ...entry, output: index.entries[file]?.output ?? null };
        reanalysed.add(file);
        touch(file);
      }
    }

    // The global step, over every article: slugs, then which candidates are entities.
    const files = seeds.map((s) => s.file);
    const entries = files.map((file) => index.entries[file]!);
    const slugs = settleSlugs(files.map((file, i) => ({ file, slug: entries[i]!.slug, fixed: entries[i]!.fixed })));
    const resolution = resolveDiscovered(
      files.map((file, i) => ({ file, candidates: entries[i]!.candidates })),
      matcher,
    );
    const resolutionIndex = indexResolution(resolution);
    const summary = resolutionSummary(resolutionIndex);
    const changedKeys = changedVisibilityKeys(index.summary, summary);
    const seesAChange = changedKeys === null ? () => true : holdsAnyOf(changedKeys);
    index.summaryChanged = JSON.stringify(summary) !== JSON.stringify(index.summary);
    index.summary = summary;

    // Which articles to finish again: new key, moved slug, or their file is not as written last.
    const finishKeys = new Map<string, { key: string; visible: string }>();
    const items = files.flatMap((file, i) => {
      const entry = entries[i]!;
      const slug = slugs.get(file) ?? entry.slug;
      // What discovered names the article could contain is as it was unless it was analysed again or
      // it could contain a name that is new, gone or changed.
      const visible =
        entry.output !== null && !reanalysed.has(file) && !seesAChange(entry.nameKeys) ? entry.output.visible : visibleDigest(entry.nameKeys, resolutionIndex);
      const key = finishKey(entry.key, slug, entry.candidates, visible, resolutionIndex);
      finishKeys.set(file, { key, visible });
      const output = entry.output;
      const current = output !== null && output.finishKey === key && output.path === `articles/${slug}.mdx` && stillWritten(root, output);
      return current ? [] : [{ file, slug, analysis: entry.analysis }];
    });
    let finished: FinishedArticle[] = [];
    if (items.length > 0) {
      // The analysing pool holds its analyses: finish there. Otherwise a pool only for many articles.
      if (!engine || (items.length >= POOL_THRESHOLD && toAnalyse.length < POOL_THRESHOLD)) {
        await engine?.close();
        engine = engineFor(curated, items.length, matcher);
      }
      const bar = options.progress ? progressBar('finish', items.length) : null;
      finished = await engine.finish(resolution, items, { root, reviews: options.report === true ? REVIEW_LIMIT : 0 }, bar?.update);
      bar?.done();
    }

    // Compare with content/: what to write, and the index entries' new outputs.
    const contentDir = join(root, 'content');
    const writes = new Map<string, string>();
    const staged = new Map<string, string>();
    const changedFiles = new Set<string>();
    for (const article of finished) {
      if (article.staged !== null) {
        staged.set(article.path, article.staged);
        changedFiles.add(article.file);
      }
      const entry = index.entries[article.file]!;
      touch(article.file);
      const stat = article.staged === null ? statSync(join(contentDir, article.path)) : null;
      // Size and time are filled in once written (applyAnnotate).
      const { key, visible } = finishKeys.get(article.file)!;
      entry.output = {
        finishKey: key,
        visible,
        path: article.path,
        digest: article.digest,
        size: stat?.size ?? -1,
        mtimeMs: stat?.mtimeMs ?? -1,
        discovered: article.discovered,
        row: article.row,
      };
    }

    const discovered = usedDiscovered(resolution, entries.map((e) => ({ discovered: (e.output?.discovered ?? []).map((id) => ({ id }) as Entity) })));
    const registryText = discoveredYaml(discovered);
    const registryPath = join(contentDir, DISCOVERED_PATH);
    if (!existsSync(registryPath) || readFileSync(registryPath, 'utf8') !== registryText) writes.set(DISCOVERED_PATH, registryText);

    const articlesDir = join(contentDir, 'articles');
    const outputs = new Set(entries.map((e) => e.output!.path));
    const existing = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith('.mdx')) : [];
    const stale = existing.filter((n) => !outputs.has(`articles/${n}`)).map((n) => `content/articles/${n}`);

    const digests = new Map(entries.map((e) => [e.output!.path, e.output!.digest]));
    digests.set(DISCOVERED_PATH, textDigest(registryText));
    const manifest = manifestText(inputsDigest(root, digested), outputsDigestOf(digests));
    const manifestPath = join(contentDir, MANIFEST_PATH);
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) writes.set(MANIFEST_PATH, manifest);

    const report = options.report ? reportInput(files, index, finished, changedFiles, discovered, resolution.records, stale) : null;
    return {
      writes,
      staged,
      changed: [...staged.keys(), ...writes.keys()],
      stale,
      index,
      report,
      slugs: files.map((file) => slugs.get(file) ?? index.entries[file]!.slug),
      counts: { articles: seeds.length, analysed: toAnalyse.length, finished: finished.length },
    };
  } finally {
    await engine?.close();
  }
}

/** The report's input: reviews of the articles that changed, a row for every article, duplicates of the changed ones. */
function reportInput(
  files: string[],
  index: CacheIndex,
  finished: FinishedArticle[],
  changed: Set<string>,
  discovered: Entity[],
  records: ReportInput['records'],
  stale: string[],
): ReportInput {
  const byFile = new Map(finished.map((f) => [f.file, f]));
  const duplicates = findDuplicatesBySketch(
    files.map((file) => ({ file, sketch: index.entries[file]!.sketch, ...(byFile.get(file)?.body ? { text: byFile.get(file)!.body! } : {}) })),
    { files: changed },
  );
  const reviews: ArticleReview[] = [];
  for (const file of files) {
    const review = byFile.get(file)?.review;
    if (review && changed.has(file)) reviews.push({ ...review, duplicates: duplicates.filter((d) => d.file === file) });
  }
  const rows = files.map((file) => {
    const entry: IndexEntry = index.entries[file]!;
    return { ...entry.output!.row, changed: changed.has(file), duplicateOf: duplicates.filter((d) => d.file === file).map((d) => d.other) };
  });
  return { reviews, unreviewed: changed.size - reviews.length, rows, discovered, records, stale };
}

/** The files `annotate --check` would name as out of date; empty when content/ is current. */
export function outOfDate(plan: AnnotatePlan): string[] {
  return [...plan.changed.map((p) => `content/${p}`), ...plan.stale.map((p) => `${p} (no seed)`)];
}

/** Saves the cache index without writing content/ (what `--check` learned stays for the next run). */
export function keepCache(root: string, plan: AnnotatePlan): void {
  // An output that was not written is not current: the next run finishes it again.
  for (const entry of Object.values(plan.index.entries)) if (entry.output && entry.output.size < 0) entry.output = null;
  writeIndex(root, plan.index);
  rmSync(stagingDir(root), { recursive: true, force: true });
}

/**
 * Writes the changed files, deletes stale ones, saves the cache and (unless `report` is false) writes
 * reports/annotate.md and returns the report.
 */
export function applyAnnotate(root: string, plan: AnnotatePlan, options: { report?: boolean } = {}): Report | null {
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'entities'), { recursive: true });
  for (const [path, staged] of plan.staged) renameSync(staged, join(contentDir, path));
  for (const [path, text] of plan.writes) writeAtomic(join(contentDir, path), text);
  for (const path of plan.stale) rmSync(join(root, path));
  for (const entry of Object.values(plan.index.entries)) {
    const output = entry.output;
    if (output && output.size < 0) {
      const stat = statSync(join(contentDir, output.path));
      output.size = stat.size;
      output.mtimeMs = stat.mtimeMs;
    }
  }
  writeIndex(root, plan.index);
  rmSync(stagingDir(root), { recursive: true, force: true });
  pruneAnalyses(root, plan.index);
  if (options.report === false || plan.report === null) return null;
  const report = renderReportInput(plan.report);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeAtomic(join(root, 'reports', 'annotate.md'), report.markdown);
  return report;
}
