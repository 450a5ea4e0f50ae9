// Node's on-disk cache of compiled code, used the way Astro's own command line uses it (astro/bin/astro.mjs):
// on, except in CI, where nothing would read the cache again. It saves ~0.1 s of loading Astro in
// `npm run build` and as much of loading the pipeline on the annotator's thread; each thread enables it.
import module from 'node:module';

export function enableCompileCache(): void {
  if (!process.env['CI']) module.enableCompileCache?.();
}
