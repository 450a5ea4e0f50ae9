// Incremental annotation (scripts/lib/annotate-run.ts, src/pipeline/incremental.ts): adding, changing or
// removing a seed re-does only what it must, and the result is byte-identical to annotating everything
// afresh, on this thread and on a pool of worker threads, including when the new article makes a person
// of a name older articles only mention.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workerHeapLimitMb } from '../scripts/lib/annotate-engine.ts';
import { copyProject, runAnnotate, type ProjectCopy } from './lib/corpus-site.ts';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.cleanup()));

/** Older articles name Zhorob Tursunbai with nothing that says he is a person (a given name no lexicon knows nor its ending marks, a surname in no Slavic form)… */
const OLDER = [
  {
    file: '800_water.txt',
    text: 'Kazakhstan and Uzbekistan agree on water sharing\n\nKazakhstan and Uzbekistan agreed on Monday to share the waters of the Syr Darya. The signing in Tashkent was attended by Zhorob Tursunbai and others.\n',
  },
  {
    file: '801_grain.txt',
    text: 'Grain exports through the Caspian grow\n\nGrain exports from Kazakhstan across the Caspian Sea grew by a third this year. More ships are due in spring, according to figures Zhorob Tursunbai published.\n',
  },
];
/** …until a new one introduces him with his role. */
const NEWER = {
  file: '802_energy.txt',
  text: 'Energy ministers meet in Astana\n\nEnergy analyst Zhorob Tursunbai said the ministers meeting in Astana on Friday would discuss a new power line. “It is overdue,” Tursunbai said.\n',
};

/** A copy of the project with its seeds and `extra` ones beside them. */
function projectWith(extra: { file: string; text: string }[]): ProjectCopy {
  const copy = copyProject();
  for (const seed of extra) writeFileSync(path.join(copy.root, 'seeds', seed.file), seed.text);
  copies.push(copy);
  return copy;
}

/** content/ (articles, registry of discovered entities, manifest): path → text. */
function contentOf(root: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('annotate-manifest.txt', readFileSync(path.join(root, 'content', 'annotate-manifest.txt'), 'utf8'));
  files.set('entities/discovered.yaml', readFileSync(path.join(root, 'content', 'entities', 'discovered.yaml'), 'utf8'));
  for (const name of readdirSync(path.join(root, 'content', 'articles')).sort()) {
    files.set(`articles/${name}`, readFileSync(path.join(root, 'content', 'articles', name), 'utf8'));
  }
  return files;
}

function annotate(root: string, threads: string): { status: number | null; stdout: string; stderr: string } {
  const previous = process.env['DOSSIER_ANNOTATE_THREADS'];
  process.env['DOSSIER_ANNOTATE_THREADS'] = threads;
  try {
    return runAnnotate(root, ['--no-report']);
  } finally {
    if (previous === undefined) delete process.env['DOSSIER_ANNOTATE_THREADS'];
    else process.env['DOSSIER_ANNOTATE_THREADS'] = previous;
  }
}

/** `annotate: N articles (A analysed, F finished, …)` */
function counts(stdout: string): { analysed: number; finished: number } {
  const match = /annotate: \d+ articles \((\d+) analysed, (\d+) finished/u.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return { analysed: Number(match![1]), finished: Number(match![2]) };
}

describe.each([
  ['on this thread', '0'],
  ['on a pool of two worker threads', '2'],
])('npm run annotate, incrementally, %s', (_, threads) => {
  it('gives what annotating afresh gives, re-doing only what it must', () => {
    const project = projectWith(OLDER);
    const first = annotate(project.root, threads);
    expect(first.status, first.stderr).toBe(0);
    // A cold run analyses and finishes everything: the five seeds and the two older articles.
    expect(counts(first.stdout)).toEqual({ analysed: 7, finished: 7 });
    const olderWithout = readFileSync(path.join(project.root, 'content', 'articles', 'kazakhstan-and-uzbekistan-agree-on-water-sharing.mdx'), 'utf8');
    expect(olderWithout).not.toContain('Zhorob Tursunbai</Person>');

    // Nothing changed: nothing analysed, nothing finished.
    expect(counts(annotate(project.root, threads).stdout)).toEqual({ analysed: 0, finished: 0 });

    // The new article: analysed alone; finished with the older ones that name the person it introduces.
    writeFileSync(path.join(project.root, 'seeds', NEWER.file), NEWER.text);
    const added = annotate(project.root, threads);
    expect(added.status, added.stderr).toBe(0);
    expect(counts(added.stdout)).toEqual({ analysed: 1, finished: 3 });
    const olderWith = readFileSync(path.join(project.root, 'content', 'articles', 'kazakhstan-and-uzbekistan-agree-on-water-sharing.mdx'), 'utf8');
    expect(olderWith).toContain('Zhorob Tursunbai</Person>');
    // Staged files were all moved into content/.
    expect(existsSync(path.join(project.root, '.cache', 'annotate', 'staged'))).toBe(false);

    // Byte-identical to annotating the same seeds afresh, with no cache.
    const fresh = projectWith([...OLDER, NEWER]);
    expect(annotate(fresh.root, threads).status).toBe(0);
    expect(contentOf(project.root)).toEqual(contentOf(fresh.root));

    // A seed removed: its article goes, and the person it introduced stays only if someone else gives evidence.
    rmSync(path.join(project.root, 'seeds', NEWER.file));
    const removed = annotate(project.root, threads);
    expect(removed.status, removed.stderr).toBe(0);
    expect(counts(removed.stdout)).toEqual({ analysed: 0, finished: 2 });
    const again = projectWith(OLDER);
    expect(annotate(again.root, threads).status).toBe(0);
    expect(contentOf(project.root)).toEqual(contentOf(again.root));
  });
});

describe('the annotation cache', () => {
  it('is rebuilt when damaged, and a hand edit to a generated file is undone', () => {
    const project = projectWith([]);
    expect(annotate(project.root, '0').status).toBe(0);
    const before = contentOf(project.root);
    // The run above may have taken the fast path (content/ current, no cache): damage whatever index there is.
    mkdirSync(path.join(project.root, '.cache', 'annotate'), { recursive: true });
    writeFileSync(path.join(project.root, '.cache', 'annotate', 'index.json'), '{ not json');
    const [article] = readdirSync(path.join(project.root, 'content', 'articles'));
    const target = path.join(project.root, 'content', 'articles', article!);
    writeFileSync(target, readFileSync(target, 'utf8').replace('Kazakhstan', 'Kazakstan'));
    const run = annotate(project.root, '0');
    expect(run.status, run.stderr).toBe(0);
    expect(contentOf(project.root)).toEqual(before);

    // The analyses deleted by hand while the index stays: the article to finish again is analysed again.
    rmSync(path.join(project.root, '.cache', 'annotate', 'analyses'), { recursive: true });
    writeFileSync(target, readFileSync(target, 'utf8').replace('Kazakhstan', 'Kazakstan'));
    const again = annotate(project.root, '0');
    expect(again.status, again.stderr).toBe(0);
    expect(contentOf(project.root)).toEqual(before);
  });
});

describe('a pool worker\'s heap limit', () => {
  it('leaves room for more than twice the analyses it holds (about seven times their seeds), however many', () => {
    for (const seedMiB of [0, 1, 25, 100, 1000]) {
      const held = 7 * seedMiB;
      expect(workerHeapLimitMb(seedMiB * 2 ** 20)).toBeGreaterThanOrEqual(2 * held + 256);
    }
  });
});
