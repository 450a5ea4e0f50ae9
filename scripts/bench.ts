// npm run bench [-- --articles 1000] [--site] [--runs 3]
// Annotator throughput on a synthetic corpus built from the seeds and the registry: articles per
// second and peak memory. With --site, also the whole build (annotate + Astro) of that corpus
// against Astro building the same text as plain Markdown pages, side by side (scripts/bench-site.ts).
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

if (args.includes('--site')) {
  const { benchSite } = await import('./bench-site.ts');
  const runsArg = args.indexOf('--runs');
  await benchSite(root, corpus, registry, runsArg >= 0 ? Number(args[runsArg + 1]) : 3);
}
