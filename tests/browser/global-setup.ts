// The browser project's one build: unless $DOSSIER_DIST already names a built site with its search
// (CI's build stage made one), the site is built once here, with its postbuild, into a temporary
// folder that every browser test file then reads (tests/browser/built-site.ts), and removed at the end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './harness.ts';

export default function setup(): () => void {
  const given = process.env.DOSSIER_DIST;
  if (given && existsSync(path.join(given, 'pagefind', 'pagefind.js')) && existsSync(path.join(given, 'dossier-offline.zip'))) return () => {};
  const temporary = mkdtempSync(path.join(tmpdir(), 'dossier-browser-'));
  const dist = path.join(temporary, 'dist');
  buildSite(dist);
  process.env.DOSSIER_DIST = dist;
  return () => rmSync(temporary, { recursive: true, force: true });
}
