// The last stage of the pipeline: an annotated set printed as the files of content/ (serialize.ts for
// each article, discoveredYaml for the registry of discovered entities). Apart from annotate.ts so that
// the build's annotator thread loads the printer only once it has handed the articles to the site.
import { annotateArticles, articlePathOf, discoveredYaml, DISCOVERED_PATH, type AnnotatedSet, type SeedInput } from './annotate.ts';
import { serializeArticle } from './serialize.ts';
import type { DiscoveryRecord } from './discovered.ts';
import type { AnnotatedArticle, Entity } from './types.ts';

export interface AnnotateOutput {
  articles: AnnotatedArticle[];
  /** Entities discovered across all articles, merged by id, sorted by id. */
  discovered: Entity[];
  /** Every discovered name with its evidence (discovered.ts), for the review report. */
  records: DiscoveryRecord[];
  /** Generated files: path relative to `content/` → text. */
  files: Map<string, string>;
}

/** The generated files of an annotated set: path relative to `content/` → text. */
export function generatedFiles({ articles, discovered }: AnnotatedSet): Map<string, string> {
  const files = new Map<string, string>();
  for (const article of articles) files.set(articlePathOf(article), serializeArticle(article));
  files.set(DISCOVERED_PATH, discoveredYaml(discovered));
  return files;
}

/** Annotates every seed. Throws PipelineError on the first bad input; writes nothing itself. */
export function annotateAll(seeds: SeedInput[], curated: Entity[]): AnnotateOutput {
  const set = annotateArticles(seeds, curated);
  return { ...set, files: generatedFiles(set) };
}
