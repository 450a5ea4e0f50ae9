// npm run bench [-- --articles 1000] [--site [--sizes 1000,10000]]
// Annotator throughput on a synthetic corpus built from the seeds and the registry: articles per
// second and peak memory (in this process, every article annotated afresh). With --site, also the whole
// build at each size, cold and with one new article, beside Astro building the same text as plain
// Markdown, with Pagefind on both sides (scripts/bench-site.ts), on a corpus of real paragraphs.
import { join } from 'node:path';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
import { loadCuratedEntities, readSeeds } from './lib/project.ts';
import { syntheticCorpus } from './lib/synthetic.ts';

const args = process.argv.slice(2);
const countArg = args.indexOf('--articles');
const count = countArg >= 0 ? Number(args[countArg + 1]) : 1000;
const root = join(import.meta.dirname, '..');

const registry = loadCuratedEntities(root);
const seedTexts = readSeeds(root).map((s) => new TextDecoder().decode(s.bytes));
const corpus = syntheticCorpus(count, seedTexts, registry);
const encoder = new TextEncoder();
const seeds: SeedInput[] = corpus.map((a) => ({ file: a.file, displayPath: `synthetic/${a.file}`, bytes: encoder.encode(a.text) }));
const bytes = seeds.reduce((n, s) => n + s.bytes.length, 0);

// Warm-up on a few articles so JIT compilation is not billed to the first real run.
annotateAll(seeds.slice(0, 20), registry);
const runs: number[] = [];
let output = annotateAll(seeds, registry);
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  output = annotateAll(seeds, registry);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
const median = runs[1]!;
const mentions = output.articles.reduce((n, a) => n + a.mentions.length, 0);
const quotes = output.articles.reduce((n, a) => n + a.quotes.length, 0);
const peakMiB = process.resourceUsage().maxRSS / 1024;

console.log(`annotate: ${count} synthetic articles, ${(bytes / 1024 / 1024).toFixed(1)} MiB of text, ${mentions} mentions, ${quotes} quotes`);
console.log(`  median of 3 runs: ${(median / 1000).toFixed(2)} s → ${Math.round(count / (median / 1000))} articles/s (runs: ${runs.map((r) => (r / 1000).toFixed(2)).join(', ')} s)`);
console.log(`  peak memory (max RSS of this process): ${peakMiB.toFixed(0)} MiB`);

/** The blind set's collections the site benchmark's paragraphs are drawn from (with the seeds). */
const BENCH_BLIND_BATCHES = 25;

if (args.includes('--site')) {
  const { benchSiteSize, printSiteFigures } = await import('./bench-site.ts');
  const { paragraphCorpus } = await import('./lib/synthetic.ts');
  const { realArticleTexts } = await import('./lib/eval.ts');
  const sizesArg = args.indexOf('--sizes');
  const sizes = (sizesArg >= 0 ? args[sizesArg + 1]! : '1000,10000').split(',').map(Number);
  // The blind set's first 25 collections only: the corpus stays the same as later collections are added, so
  // figures compare across runs (it grew with the set until the twenty-sixth collection).
  const texts = realArticleTexts(root, BENCH_BLIND_BATCHES);
  for (const size of sizes) {
    const corpus = paragraphCorpus(size, texts);
    const [added] = paragraphCorpus(1, texts, 2, size);
    printSiteFigures(benchSiteSize(root, corpus, added!, registry));
  }
}
