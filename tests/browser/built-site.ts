// The built site with its search (Astro + scripts/postbuild.ts) a browser test reads: $DOSSIER_DIST, set by
// CI's build stage or by the project's global setup (global-setup.ts); a file run on its own outside the
// project builds its own in a temp folder.
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
