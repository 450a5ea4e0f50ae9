// One build of the site with its search (Astro + scripts/postbuild.ts) per browser test file:
// $DOSSIER_DIST when set and already post-built (CI builds once), otherwise a fresh temp folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postbuild } from '../../scripts/postbuild.ts';
import { buildSite } from './harness.ts';

export interface BuiltSite {
  dist: string;
  cleanup(): void;
}

export async function builtSiteWithSearch(prefix: string): Promise<BuiltSite> {
  const given = process.env.DOSSIER_DIST;
  if (given && existsSync(path.join(given, 'pagefind', 'pagefind.js')) && existsSync(path.join(given, 'dossier-offline.zip'))) {
    return { dist: path.resolve(given), cleanup: () => {} };
  }
  const temporary = mkdtempSync(path.join(tmpdir(), prefix));
  const dist = path.join(temporary, 'dist');
  buildSite(dist);
  await postbuild(dist);
  return { dist, cleanup: () => rmSync(temporary, { recursive: true, force: true }) };
}
