// `npm run build` (scripts/build.ts): the annotator on a worker thread while Astro starts, the content
// loaders waiting for it (src/content-gate.ts), then Astro and the post-build step.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, runAnnotate, runAstroBuild, runBuild, type ProjectCopy } from './lib/corpus-site.ts';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.cleanup()));

/** Every file under `dir` (relative path → bytes). */
function treeOf(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of treeOf(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel)));
  }
  return files;
}

/** content/ file name → text, to show what a run changed. */
function contentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const manifest = path.join(root, 'content', 'annotate-manifest.txt');
  if (existsSync(manifest)) files.set('annotate-manifest.txt', readFileSync(manifest, 'utf8'));
  for (const sub of ['articles', 'entities']) {
    const dir = path.join(root, 'content', sub);
    for (const name of readdirSync(dir).sort()) files.set(`${sub}/${name}`, readFileSync(path.join(dir, name), 'utf8'));
  }
  return files;
}

describe('npm run build', () => {
  it('annotates, then builds the site from what it wrote: a seed added to a project whose content/ does not have it yet has its page', () => {
    // The annotator starts 3 s late, well after Astro reaches its content loaders: the page exists only if they wait for it.
    const copy = copyProject();
    copies.push(copy);
    const seed = path.join(copy.root, 'seeds', '900_build_test.txt');
    writeFileSync(
      seed,
      'Tokayev and Mirziyoyev discuss a water treaty in Tashkent\n\nKassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on Monday to discuss water sharing on the Syr Darya.\n\n' +
        '“We agreed on the next steps,” Tokayev said after the talks.\n',
    );
    const built = runBuild(copy.root, ['--no-postbuild'], { DOSSIER_TEST_ANNOTATE_DELAY_MS: '3000' });
    expect(built.stderr.trim(), built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/^annotate: 6 articles, \d+ generated files updated/mu);
    const slug = 'tokayev-and-mirziyoyev-discuss-a-water-treaty-in-tashkent';
    expect(existsSync(path.join(copy.root, 'content', 'articles', `${slug}.mdx`))).toBe(true);
    const page = readFileSync(path.join(copy.root, 'dist', 'articles', slug, 'index.html'), 'utf8');
    expect(page).toContain('href="../../people/shavkat-mirziyoyev/index.html"');
    expect(page).toContain('We agreed on the next steps');
    // content/ is what `npm run annotate` writes: running it again changes nothing.
    const before = contentFiles(copy.root);
    expect(runAnnotate(copy.root, ['--quiet', '--check']).status).toBe(0);
    expect(contentFiles(copy.root)).toEqual(before);
  });

  it('skips the annotator when content/ is what it would write, and annotates again when anything it reads or wrote changed', () => {
    const copy = copyProject();
    copies.push(copy);
    const committed = contentFiles(copy.root);
    const build = () => runBuild(copy.root, ['--no-postbuild']);
    const upToDate = /^annotate: content\/ is up to date/mu;

    const first = build();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(upToDate);
    expect(contentFiles(copy.root)).toEqual(committed);

    // A hand edit to a generated article: annotated again, and the edit is gone.
    const [article] = readdirSync(path.join(copy.root, 'content', 'articles'));
    const articlePath = path.join(copy.root, 'content', 'articles', article!);
    writeFileSync(articlePath, readFileSync(articlePath, 'utf8').replace('Kazakhstan', 'Kazakstan'));
    const afterEdit = build();
    expect(afterEdit.stdout).toMatch(/^annotate: 5 articles, 1 generated files updated/mu);
    expect(contentFiles(copy.root)).toEqual(committed);
    expect(build().stdout).toMatch(upToDate);

    // A changed seed: annotated again, and the manifest follows.
    const seed = readdirSync(path.join(copy.root, 'seeds')).find((n) => n.endsWith('.txt'))!;
    writeFileSync(path.join(copy.root, 'seeds', seed), readFileSync(path.join(copy.root, 'seeds', seed), 'utf8') + '\nAnother paragraph about Uzbekistan.\n');
    const afterSeed = build();
    expect(afterSeed.stdout).toMatch(/^annotate: 5 articles, [2-9] generated files updated/mu);
    expect(readFileSync(path.join(copy.root, 'content', 'annotate-manifest.txt'), 'utf8')).not.toBe(committed.get('annotate-manifest.txt') ?? '');
    expect(runAnnotate(copy.root, ['--quiet', '--check']).status).toBe(0);
    expect(build().stdout).toMatch(upToDate);

    // The annotator's own code: a change to it means annotating again.
    const slugModule = path.join(copy.root, 'src', 'pipeline', 'slug.ts');
    writeFileSync(slugModule, readFileSync(slugModule, 'utf8') + '\n// changed\n');
    expect(build().stdout).toMatch(/^annotate: 5 articles, 1 generated files updated/mu);
  });

  it('writes the same site as a plain astro build, with the articles\' content rendered ahead on the annotator\'s thread', () => {
    // content/ is current, so the worker reads it and renders each article's own content for its page
    // (src/site/prerendered.ts); a plain astro build makes it on the main thread. The bytes must agree.
    const copy = copyProject();
    copies.push(copy);
    const built = runBuild(copy.root, ['--no-postbuild']);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^annotate: content\/ is up to date/mu);
    const plain = runAstroBuild(copy.root, { outDir: path.join(copy.root, 'dist-plain') });
    expect(plain.status, plain.stderr).toBe(0);
    const ours = treeOf(path.join(copy.root, 'dist'));
    const theirs = treeOf(path.join(copy.root, 'dist-plain'));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(ours.size).toBeGreaterThan(80);
    const differing = [...ours].filter(([rel, bytes]) => !bytes.equals(theirs.get(rel)!)).map(([rel]) => rel);
    expect(differing).toEqual([]);
  });

  it('stops on a bad seed with one line naming the file, before Astro reads content/ or writes dist/', () => {
    const copy = copyProject();
    copies.push(copy);
    const before = contentFiles(copy.root);
    writeFileSync(path.join(copy.root, 'seeds', '901_empty.txt'), '   \n\n');
    const built = runBuild(copy.root);
    expect(built.status).toBe(1);
    expect(built.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^annotate: seeds\/901_empty\.txt: .+/u)]);
    expect(existsSync(path.join(copy.root, 'dist'))).toBe(false);
    expect(contentFiles(copy.root)).toEqual(before);
  });
});
