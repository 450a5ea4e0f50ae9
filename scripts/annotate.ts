// npm run annotate [-- --check] [--quiet] [--no-report]: see scripts/lib/annotate-command.ts.
//
// Node's on-disk cache of compiled code (as Astro's own command line uses it), enabled before the
// annotator is imported: loading and type-stripping its modules is a quarter of a run that has one new
// article to annotate among 10,000 (0.7 s of 3; 0.3 s with the cache). Left off in CI, where every run
// is the first.
import module from 'node:module';

if (!process.env['CI']) module.enableCompileCache?.();
await import('./lib/annotate-command.ts');
