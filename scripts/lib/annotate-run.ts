// One annotate run, shared by `npm run annotate`, `npm run check` and `npm run entity`: what the pipeline
// would generate, compared with what content/ holds, and the writing of it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticles, type AnnotatedSet } from '../../src/pipeline/annotate.ts';
import { generatedFiles, type AnnotateOutput } from '../../src/pipeline/generate.ts';
import { renderReport, type Report } from '../../src/pipeline/report.ts';
import { inputsDigest, MANIFEST_PATH, manifestText, outputsDigest } from './annotate-manifest.ts';
import { loadCuratedEntities, readSeeds, writeAtomic } from './project.ts';

export interface AnnotatePlan {
  output: AnnotateOutput;
  /** Generated files (paths relative to content/) that are new or differ from what is on disk. */
  changed: string[];
  /** content/articles/*.mdx files (paths relative to the root) whose seed is gone. */
  stale: string[];
}

/** Annotates every seed and compares the result with content/; reads only. `inputs`: the inputs digest, when already computed. */
export function planAnnotate(root: string, inputs?: string): AnnotatePlan {
  return planFiles(root, annotateArticles(readSeeds(root), loadCuratedEntities(root)), inputs);
}

/**
 * The files of an annotated set (generate.ts) compared with content/; reads only. scripts/build.ts's
 * annotator thread annotates first, hands the articles to the site, then plans the files with this.
 */
export function planFiles(root: string, set: AnnotatedSet, inputs?: string): AnnotatePlan {
  const output: AnnotateOutput = { ...set, files: generatedFiles(set) };
  output.files.set(MANIFEST_PATH, manifestText(inputs ?? inputsDigest(root), outputsDigest(root, output.files)));
  const contentDir = join(root, 'content');
  const articlesDir = join(contentDir, 'articles');
  const existing = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith('.mdx')) : [];
  const stale = existing.filter((n) => !output.files.has(`articles/${n}`)).map((n) => `content/articles/${n}`);
  const changed = [...output.files]
    .filter(([path, text]) => {
      const target = join(contentDir, path);
      return !existsSync(target) || readFileSync(target, 'utf8') !== text;
    })
    .map(([path]) => path);
  return { output, changed, stale };
}

/** The files `annotate --check` would name as out of date; empty when content/ is current. */
export function outOfDate(plan: AnnotatePlan): string[] {
  return [...plan.changed.map((p) => `content/${p}`), ...plan.stale.map((p) => `${p} (no seed)`)];
}

/**
 * Writes the changed files, deletes stale ones, and (unless `report` is false) writes
 * reports/annotate.md and returns the report. The site build skips the report: it is for
 * reviewers, and duplicate and unlinked-name detection are a third of the annotate time.
 */
export function applyAnnotate(root: string, plan: AnnotatePlan, options: { report?: boolean } = {}): Report | null {
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'entities'), { recursive: true });
  for (const path of plan.changed) writeAtomic(join(contentDir, path), plan.output.files.get(path)!);
  for (const path of plan.stale) rmSync(join(root, path));
  if (options.report === false) return null;
  const report = renderReport(plan.output, plan.changed, plan.stale);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeAtomic(join(root, 'reports', 'annotate.md'), report.markdown);
  return report;
}
