// The command line shared by the checks of a built site (check-links, check-html):
// `<name> [dist] [options]`, an unknown option or a missing build is one line and exit code 2.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export type SiteCheckArgs<T> = { ok: true; dist: string; values: T } | { ok: false; code: 2 };

export function siteCheckArgs<T>(name: string, argv: string[], options: ParseArgsOptionsConfig, known: string): SiteCheckArgs<T> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (known: ${known})`);
    return { ok: false, code: 2 };
  }
  const dist = parsed.positionals.at(-1) ?? 'dist';
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`${name}: ${dist}/index.html not found; build the site first (npm run build)`);
    return { ok: false, code: 2 };
  }
  return { ok: true, dist, values: parsed.values as T };
}
