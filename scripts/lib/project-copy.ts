// A throw-away copy of the project (node_modules symlinked, build output left behind), optionally
// with its own seeds: what the benchmarks and the end-to-end tests build, so the working tree's
// content/ and dist/ are never touched.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Top-level entries never copied: dependencies (symlinked instead), build output, caches, history. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', '.node', 'reports']);

export interface ProjectCopy {
  root: string;
  cleanup(): void;
}

/** A copy of the project in a temp folder, with node_modules symlinked and seeds/ replaced when given. */
export function copyProject(seeds?: { file: string; bytes: Uint8Array | string }[]): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-copy-'));
  cpSync(projectRoot, root, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(projectRoot, source);
      return rel === '' || !NOT_COPIED.has(rel.split(path.sep)[0]!);
    },
  });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  if (seeds) {
    rmSync(path.join(root, 'seeds'), { recursive: true, force: true });
    mkdirSync(path.join(root, 'seeds'));
    for (const seed of seeds) writeFileSync(path.join(root, 'seeds', seed.file), seed.bytes);
    // Articles generated from the real seeds would otherwise be deleted as stale by annotate anyway;
    // start from an empty folder so the copy holds only what this corpus produces.
    rmSync(path.join(root, 'content', 'articles'), { recursive: true, force: true });
    mkdirSync(path.join(root, 'content', 'articles'));
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
