// Builds the site from a given set of seeds in a throw-away copy of the project, exactly as a
// contributor's pull request would be built: `node scripts/annotate.ts --root <copy>` then
// `astro build --root <copy>`. The working tree (content/, dist/) is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv as vitestFreeEnv, projectRoot } from '../browser/harness.ts';

export { projectRoot };

/** The environment for child builds: Vitest's own variables removed (see harness.ts), plus `extra`. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...vitestFreeEnv(), ...extra };
}

import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

export { copyProject, type ProjectCopy };

export interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
}


/** `node <args>` run from the copy, with Vitest's variables removed and `env` added. */
function runNode(root: string, args: string[], env: Record<string, string> = {}): StepResult {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: cleanEnv(env), maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `node scripts/annotate.ts --root <root> [args]`, run from the copy itself. */
export function runAnnotate(root: string, args: string[] = []): StepResult {
  return runNode(root, [path.join(root, 'scripts/annotate.ts'), '--root', root, ...args]);
}

/** `astro build --root <root>` into `<root>/dist` (or `outDir`); `base` sets DOSSIER_BASE, `site` DOSSIER_SITE. */
export function runAstroBuild(root: string, options: { outDir?: string; base?: string; site?: string } = {}): StepResult {
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'build', '--root', root, ...(options.outDir ? ['--outDir', options.outDir] : [])];
  return runNode(root, args, { ...(options.base ? { DOSSIER_BASE: options.base } : {}), ...(options.site ? { DOSSIER_SITE: options.site } : {}) });
}

/** `node scripts/build.ts --root <root> [args]` (what `npm run build` runs), from the copy itself. */
export function runBuild(root: string, args: string[] = [], env: Record<string, string> = {}): StepResult {
  return runNode(root, [path.join(root, 'scripts/build.ts'), '--root', root, ...args], env);
}

/** `node scripts/postbuild.ts --dist <dist>` (Pagefind index, offline zip), when the project has that step. */
export function runPostbuild(root: string, dist: string): StepResult | null {
  const script = path.join(root, 'scripts/postbuild.ts');
  return existsSync(script) ? runNode(root, [script, '--dist', dist, '--quiet']) : null;
}

export interface CorpusSite extends ProjectCopy {
  dist: string;
  annotate: StepResult;
  build: StepResult | null;
}

/**
 * Annotates `seeds` and builds the site (astro build + postbuild) in a project copy. `build` is null when annotate failed
 * (the build would only show the previous content). Call `cleanup()` when done.
 */
export function buildCorpusSite(seeds: { file: string; bytes: Uint8Array | string }[], options: { base?: string } = {}): CorpusSite {
  const copy = copyProject(seeds);
  const dist = path.join(copy.root, 'dist');
  const annotate = runAnnotate(copy.root, ['--quiet']);
  let build = annotate.status === 0 ? runAstroBuild(copy.root, { outDir: dist, ...options }) : null;
  // The same steps as `npm run build`: astro build, then the postbuild step when it exists.
  if (build?.status === 0) build = runPostbuild(copy.root, dist) ?? build;
  return { ...copy, dist, annotate, build };
}
