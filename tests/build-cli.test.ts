// `npm run build` (scripts/build.ts): annotate what changed, then astro build, then the post-build step,
// each a process of its own, with its time and peak memory.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, runAnnotate, runBuild, type ProjectCopy } from './lib/corpus-site.ts';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.cleanup()));

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
  it('annotates, then builds the site from what it wrote, and says what each step took', () => {
    const copy = copyProject();
    copies.push(copy);
    writeFileSync(
      path.join(copy.root, 'seeds', '900_build_test.txt'),
      'Tokayev and Mirziyoyev discuss a water treaty in Tashkent\n\nKassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on Monday to discuss water sharing on the Syr Darya.\n\n' +
        '“We agreed on the next steps,” Tokayev said after the talks.\n',
    );
    const built = runBuild(copy.root, ['--no-postbuild']);
    expect(built.stderr.trim(), built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/^annotate: 6 articles \(6 analysed, 6 finished, \d+ files written, 0 removed\)/mu);
    expect(built.stdout).toMatch(/^build: annotate [\d.]+ s \(peak \d+ MiB\) · astro build [\d.]+ s \(peak \d+ MiB\) · total [\d.]+ s$/mu);
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

  it('skips the annotator in a fresh clone whose content/ is current, and then annotates only what changed', () => {
    const copy = copyProject();
    copies.push(copy);
    const committed = contentFiles(copy.root);
    const annotateLine = () => {
      const built = runAnnotate(copy.root, ['--no-report']);
      expect(built.status, built.stderr).toBe(0);
      return built.stdout;
    };

    // No cache, and the manifest matches: nothing to do.
    expect(annotateLine()).toMatch(/^annotate: content\/ is up to date/mu);
    expect(contentFiles(copy.root)).toEqual(committed);

    // A hand edit to a generated article: annotated again (everything, the first time: there is no cache yet), the edit gone.
    const [article] = readdirSync(path.join(copy.root, 'content', 'articles'));
    const articlePath = path.join(copy.root, 'content', 'articles', article!);
    writeFileSync(articlePath, readFileSync(articlePath, 'utf8').replace('Kazakhstan', 'Kazakstan'));
    expect(annotateLine()).toMatch(/^annotate: 5 articles \(5 analysed, 5 finished, 1 files written, 0 removed\)/mu);
    expect(contentFiles(copy.root)).toEqual(committed);
    expect(annotateLine()).toMatch(/^annotate: 5 articles \(0 analysed, 0 finished, 0 files written, 0 removed\)/mu);

    // A changed seed: that seed analysed again, and the manifest follows.
    const seed = readdirSync(path.join(copy.root, 'seeds')).find((n) => n.endsWith('.txt'))!;
    writeFileSync(path.join(copy.root, 'seeds', seed), readFileSync(path.join(copy.root, 'seeds', seed), 'utf8') + '\nAnother paragraph about Uzbekistan.\n');
    expect(annotateLine()).toMatch(/^annotate: 5 articles \(1 analysed, [1-5] finished, [2-9] files written, 0 removed\)/mu);
    expect(readFileSync(path.join(copy.root, 'content', 'annotate-manifest.txt'), 'utf8')).not.toBe(committed.get('annotate-manifest.txt') ?? '');
    expect(runAnnotate(copy.root, ['--quiet', '--check']).status).toBe(0);

    // The annotator's own code: a change to it means annotating everything again.
    const slugModule = path.join(copy.root, 'src', 'pipeline', 'slug.ts');
    writeFileSync(slugModule, readFileSync(slugModule, 'utf8') + '\n// changed\n');
    expect(annotateLine()).toMatch(/^annotate: 5 articles \(5 analysed, 5 finished, 1 files written, 0 removed\)/mu);
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
