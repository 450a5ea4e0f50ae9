// The command line shared by the checks of a built site (check-links, check-html):
// `<name> [dist | archive.zip] [options]`, an unknown option or a missing build is one line and exit code 2.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
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
  let dist = parsed.positionals.at(-1) ?? 'dist';
  // An offline archive is checked as its reader sees it: unpacked.
  if (dist.endsWith('.zip') && existsSync(dist)) dist = unpack(dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`${name}: ${dist}/index.html not found; build the site first (npm run build)`);
    return { ok: false, code: 2 };
  }
  return { ok: true, dist, values: parsed.values as T };
}

/** Unpacks an archive into a new temporary folder, removed when the process exits, and returns it. */
function unpack(zip: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-unpacked-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`${zip}: entry ${name} points outside the archive`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}

/** Every .html file under `dir`, as paths relative to it with `/`, in a stable order. */
export function htmlFilesIn(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return htmlFilesIn(dir, rel);
      return entry.name.endsWith('.html') ? [rel] : [];
    });
}
