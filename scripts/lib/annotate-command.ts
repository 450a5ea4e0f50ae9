// npm run annotate [-- --check] [--quiet] [--no-report] (scripts/annotate.ts loads this module)
// Reads seeds/*.txt (+ seeds/<name>.meta.yaml) and content/entities/*.yaml, writes content/articles/*.mdx,
// content/entities/discovered.yaml and reports/annotate.md. With --check, writes nothing and exits 1
// naming every generated file that is out of date.
import { join, relative } from 'node:path';
import { applyAnnotate, keepCache, outOfDate, planAnnotate } from './annotate-run.ts';
import { PipelineError } from '../../src/pipeline/types.ts';
import { reportPeak } from './phase.ts';
import { hasCache } from './annotate-cache.ts';
import { annotationCurrent, canSkipAnnotation } from './annotate-manifest.ts';

interface Options {
  check: boolean;
  quiet: boolean;
  /** Skip reports/annotate.md (the site build does not need the review report). */
  report: boolean;
  root: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { check: false, quiet: false, report: true, root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--no-report') options.report = false;
    else if (arg === '--root') options.root = argv[++i] ?? options.root;
    else throw new PipelineError('annotate', `unknown option ${arg} (known: --check, --quiet, --no-report, --root <dir>)`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const { root } = options;
  const started = performance.now();
  // A fresh clone has no cache but a manifest saying content/ is what the annotator wrote for exactly
  // these inputs: nothing to do (npm run check still re-annotates everything to hold content/ to that).
  if (canSkipAnnotation({ check: options.check, hasCache: hasCache(root), manifestCurrent: () => annotationCurrent(root) })) {
    if (!options.quiet) console.log(`annotate: content/ is up to date with seeds/, the registry and the annotator (content/annotate-manifest.txt; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  const plan = await planAnnotate(root, { report: options.report && !options.check, progress: !options.quiet });

  if (options.check) {
    keepCache(root, plan);
    const names = outOfDate(plan);
    if (names.length === 0) {
      if (!options.quiet) console.log(`annotate --check: content/ is up to date (${plan.counts.articles} articles)`);
      return 0;
    }
    console.error(`annotate --check: out of date: ${names.join(', ')}. Run "npm run annotate" and commit the result.`);
    return 1;
  }

  const report = applyAnnotate(root, plan, { report: options.report });
  if (!options.quiet) {
    if (report) {
      console.log(report.terminal);
      console.log(`report written to ${relative(process.cwd(), join(root, 'reports', 'annotate.md')) || 'reports/annotate.md'}`);
    }
    const { articles, analysed, finished } = plan.counts;
    console.log(
      `annotate: ${articles} articles (${analysed} analysed, ${finished} finished, ${plan.changed.length} files written, ${plan.stale.length} removed) ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
  }
  return 0;
}

try {
  process.exitCode = await main();
  reportPeak();
} catch (error) {
  // A maintainer gets one line naming the file and the problem, never a stack trace.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`annotate: ${message}`);
  if (process.env.DOSSIER_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
