// A maintainer adds an article about people the registry has never seen, as CONTRIBUTING.md says:
// drop the text into seeds/, run `npm run annotate`, check, build. Then the same with a
// near-duplicate of a seed, which the report must flag.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyProject, runAnnotate, runAstroBuild, runPostbuild, type ProjectCopy } from './lib/corpus-site.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
// Written for this test: a byline, a date, three quotes, a photo credit and share/read-more/advert furniture.
const NEW_ARTICLE = path.join(FIXTURES, 'articles', 'unseen-rare-earths.txt');
const NEW_PEOPLE = ['dilnoza-rakhimova', 'maria-lindqvist', 'timur-saidakhmedov', 'akmal-tursunov'];
// Uzbekistan's investment minister is in the curated registry now: linked, not discovered.
const CURATED_PERSON = 'jamshid-khodjaev';
const QUOTES: Record<string, string> = {
  'jamshid-khodjaev': 'We are not choosing between partners',
  'maria-lindqvist': 'Five years ago this deal would have gone to Beijing by default',
  'timur-saidakhmedov': 'reaction will be measured, but it will be remembered',
};

function runScript(root: string, script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args, '--root', root], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('adding an article about people the registry has never seen', () => {
  let project: ProjectCopy;
  let dist: string;
  let annotate: ReturnType<typeof runAnnotate>;

  beforeAll(() => {
    project = copyProject();
    cpSync(NEW_ARTICLE, path.join(project.root, 'seeds', '005_rare_earths.txt'));
    annotate = runAnnotate(project.root); // `npm run annotate`
    dist = path.join(project.root, 'dist');
    const build = runAstroBuild(project.root, { outDir: dist });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    expect(runPostbuild(project.root, dist)?.status).toBe(0);
  });
  afterAll(() => project?.cleanup());

  it('generates the MDX with the new people as discovered entities', () => {
    expect(annotate.stderr).toBe('');
    expect(annotate.status).toBe(0);
    const mdx = readdirSync(path.join(project.root, 'content', 'articles')).find((n) => n.startsWith('uzbekistan-opens-rare-earth'));
    expect(mdx).toBeDefined();
    const text = readFileSync(path.join(project.root, 'content', 'articles', mdx!), 'utf8');
    for (const id of [...NEW_PEOPLE.filter((id) => id !== 'dilnoza-rakhimova' && id !== 'akmal-tursunov'), CURATED_PERSON]) expect(text).toContain(`<Person id="${id}">`);
    const discovered = parse(readFileSync(path.join(project.root, 'content', 'entities', 'discovered.yaml'), 'utf8')) as { id: string; type: string }[];
    for (const id of NEW_PEOPLE) expect(discovered.some((e) => e.id === id && e.type === 'person'), id).toBe(true);
    expect(discovered.some((e) => e.id === CURATED_PERSON)).toBe(false);
  });

  it('reports the discovered people and the removed lines', () => {
    const report = readFileSync(path.join(project.root, 'reports', 'annotate.md'), 'utf8');
    for (const name of ['Dilnoza Rakhimova', 'Maria Lindqvist', 'Timur Saidakhmedov']) expect(report).toContain(name);
    for (const line of ['Share Facebook Twitter Email', 'Advertisement', 'Read more: Kazakhstan bets on uranium as prices climb']) expect(report).toContain(line);
    expect(annotate.stdout).toContain('maria-lindqvist');
  });

  it('passes npm run check', () => {
    const check = runScript(project.root, 'check.ts');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('builds pages for the new people, with their quotes', () => {
    for (const id of NEW_PEOPLE) expect(existsSync(path.join(dist, 'people', id, 'index.html')), id).toBe(true);
    for (const [id, quote] of Object.entries(QUOTES)) {
      const html = readFileSync(path.join(dist, 'people', id, 'index.html'), 'utf8').replace(/<[^>]+>/g, '').replace(/&#39;|&rsquo;/g, '’');
      expect(html, id).toContain(quote);
      expect(html, id).toMatch(/not yet in the curated registry|discovered/i);
    }
  });
});

describe('adding a near-duplicate of a seed', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
    cpSync(path.join(FIXTURES, 'duplicates', 'near-duplicate-of-001.txt'), path.join(project.root, 'seeds', '005_copy.txt'));
  });
  afterAll(() => project?.cleanup());

  it('flags it in the report with the matching seed and the similarity', () => {
    const annotate = runAnnotate(project.root);
    expect(annotate.status, annotate.stderr).toBe(0);
    const report = readFileSync(path.join(project.root, 'reports', 'annotate.md'), 'utf8');
    expect(report).toMatch(/duplicate/i);
    expect(report).toContain('001_b83ce051fa8e0211.txt');
    expect(report).toMatch(/0\.\d\d|\d\d ?%/);
  });
});
