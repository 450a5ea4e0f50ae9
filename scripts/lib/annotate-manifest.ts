// content/annotate-manifest.txt: digests of everything the annotator reads and of everything it wrote.
//
// The annotator is deterministic (same inputs, byte-identical output), so when neither digest has
// changed since it last ran, running it again would rewrite content/ with the same bytes. `npm run build`
// checks this first and skips the annotation then: a rebuild of an unchanged project, or a pull request
// that changes only templates or styles, does not annotate 1,000 articles again. Anything else (a seed,
// a sidecar, the curated registry, the annotator's code, the lock file, or a hand edit to content/)
// changes a digest, and the build annotates everything, as it always did. (The Node version is left out:
// it would make `annotate --check` fail on every other machine; a Node upgrade that changed the output
// would show in that check, which compares every article with a fresh annotation.)
// `npm run annotate` writes the manifest with the articles; `npm run check` (annotate --check) holds it
// to the same standard as every generated file.
import type { SeedInput } from '../../src/pipeline/annotate.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { byCodeUnit } from '../../src/pipeline/order.ts';

export const MANIFEST_PATH = 'annotate-manifest.txt'; // relative to content/

/** The annotator's own code: the pipeline, the scripts that drive it, and the dependencies' versions. */
const CODE = [
  'src/pipeline',
  'scripts/annotate.ts',
  'scripts/lib/annotate-command.ts',
  'scripts/lib/annotate-run.ts',
  'scripts/lib/annotate-jobs.ts',
  'scripts/lib/annotate-manifest.ts',
  'scripts/lib/project.ts',
  'package-lock.json',
];

/** `entry` (relative to root) if it is a file, else every file below it, sorted; nothing if it is missing. */
function filesUnder(root: string, entry: string): string[] {
  const full = join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

/**
 * One digest of named files, given as path and textDigest of the bytes, in the order given. Per-file
 * digests, so that a run which has digested every seed once (for its analysis key) need not again.
 */
function digestOf(entries: Iterable<[string, string]>): string {
  const hash = createHash('sha256');
  for (const [path, digest] of entries) hash.update(`\u0000${path}\u0000${digest}`);
  return `sha256-${hash.digest('hex')}`;
}

function* onDisk(root: string, paths: string[]): Generator<[string, string]> {
  for (const path of paths) yield [path, textDigest(readFileSync(join(root, path)))];
}

/** The annotator's version: its code and dependencies and the curated registry, everything it reads but the seeds. */
function versionFiles(root: string): string[] {
  const registry = filesUnder(root, join('content', 'entities')).filter((p) => /\.ya?ml$/u.test(p) && basename(p) !== 'discovered.yaml');
  const code = CODE.flatMap((entry) => filesUnder(root, entry)).filter((p) => !p.endsWith('.md'));
  return [...registry, ...code];
}

export function versionDigest(root: string): string {
  return digestOf(onDisk(root, versionFiles(root)));
}

/**
 * Everything the annotator reads: seeds and sidecars, the curated registry, its code and dependencies.
 * Given the seeds as read (readSeeds) with the textDigest of each one's bytes, no seed is read or
 * digested a second time.
 */
export function inputsDigest(root: string, seeds?: { seed: SeedInput; digest: string }[]): string {
  if (!seeds) {
    // Only seeds/ itself: readSeeds reads nothing below it.
    const dir = join(root, 'seeds');
    const paths = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.meta.yaml')).sort().map((n) => join('seeds', n)) : [];
    return digestOf(onDisk(root, [...paths, ...versionFiles(root)]));
  }
  const read: [string, string][] = [];
  for (const { seed, digest } of seeds) {
    read.push([join('seeds', seed.file), digest]);
    if (seed.sidecarBytes && seed.overridesPath) read.push([seed.overridesPath, textDigest(seed.sidecarBytes)]);
  }
  // In the order filesUnder lists them, so both ways give one digest.
  read.sort((a, b) => byCodeUnit(a[0], b[0]));
  return digestOf([...read, ...onDisk(root, versionFiles(root))]);
}

/** The digest of one generated file's text, as the annotation cache records it. */
export function textDigest(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The outputs digest of generated files given as content/-relative path → text digest (textDigest). */
export function outputsDigestOf(digests: Map<string, string>): string {
  const hash = createHash('sha256');
  // In code-unit order of their content/ paths, so the same files give the same digest.
  for (const path of [...digests.keys()].filter((p) => p !== MANIFEST_PATH).sort()) hash.update(`\u0000${path}\u0000${digests.get(path)}`);
  return `sha256-${hash.digest('hex')}`;
}

/**
 * Everything the annotator writes but the manifest: content/articles/*.mdx and discovered.yaml, as on
 * disk, or as about to be written (`files`: paths relative to content/ → text).
 */
export function outputsDigest(root: string, files?: Map<string, string>): string {
  if (files) return outputsDigestOf(new Map([...files].map(([path, text]) => [path, textDigest(text)])));
  const digests = new Map<string, string>();
  for (const path of filesUnder(root, join('content', 'articles')).filter((p) => p.endsWith('.mdx'))) {
    digests.set(path.slice('content/'.length), textDigest(readFileSync(join(root, path))));
  }
  const discovered = join('content', 'entities', 'discovered.yaml');
  if (existsSync(join(root, discovered))) digests.set('entities/discovered.yaml', textDigest(readFileSync(join(root, discovered))));
  return outputsDigestOf(digests);
}

export function manifestText(inputs: string, outputs: string): string {
  return (
    '# Generated by "npm run annotate": digests of what the annotator read and wrote, so that\n' +
    '# "npm run build" can skip annotating when neither changed. Do not edit.\n' +
    `inputs: ${inputs}\noutputs: ${outputs}\n`
  );
}

/**
 * Whether a manifest says content/ is what the annotator writes for these inputs: it names both digests.
 * `outputs` is asked for only when the inputs match (it reads every generated file).
 */
export function manifestMatches(manifest: string | null, inputs: string, outputs: () => string): boolean {
  if (manifest === null || !manifest.includes(`\ninputs: ${inputs}\n`)) return false;
  return manifest === manifestText(inputs, outputs());
}

/**
 * The first decision of `npm run annotate`: whether there is nothing to do. Only on a fresh clone (no cache
 * to bring up to date) whose manifest matches; never for --check, which re-annotates to hold content/ to it.
 */
export function canSkipAnnotation(run: { check: boolean; hasCache: boolean; manifestCurrent: () => boolean }): boolean {
  return !run.check && !run.hasCache && run.manifestCurrent();
}

/** Whether content/ is what the annotator would write now (manifestMatches on the project's files). */
export function annotationCurrent(root: string): boolean {
  const path = join(root, 'content', MANIFEST_PATH);
  const manifest = existsSync(path) ? readFileSync(path, 'utf8') : null;
  return manifestMatches(manifest, inputsDigest(root), () => outputsDigest(root));
}
