// `npm run entity` as a maintainer runs it: promote and merge edit the registry, then re-annotate.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const NEW_ARTICLE = join(import.meta.dirname, 'fixtures', 'report', 'new-article.txt');
const SLUG = 'kazakhstan-opens-new-trade-office-in-tashkent';

function run(script: string, root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args, '--root', root, '--quiet'], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The real seeds and registry plus an article naming two people/organizations the registry lacks. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-entity-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'content', 'entities'), join(dir, 'content', 'entities'), { recursive: true });
  rmSync(join(dir, 'content', 'entities', 'discovered.yaml'), { force: true });
  cpSync(NEW_ARTICLE, join(dir, 'seeds', '900_new_article.txt'));
  expect(run('annotate.ts', dir).code).toBe(0);
  return dir;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const sub of ['content/articles', 'content/entities', 'seeds']) for (const name of readdirSync(join(root, sub)).sort()) files.set(`${sub}/${name}`, read(root, `${sub}/${name}`));
  return files;
}

describe('npm run entity', () => {
  let root: string;
  beforeAll(() => {
    root = scratchProject();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('starts from an article whose people and organization are only discovered', () => {
    expect(read(root, 'content/entities/discovered.yaml')).toContain('- id: aigerim-bekova');
    expect(read(root, `content/articles/${SLUG}.mdx`)).toContain('<Person id="aigerim-bekova">Aigerim Bekova</Person>');
  });

  it('promote moves the person into people.yaml and re-annotates, so discovered.yaml drops it and --check passes', () => {
    const peopleBefore = read(root, 'content/entities/people.yaml');
    const result = run('entity.ts', root, 'promote', 'aigerim-bekova');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Appended after a blank line; every line before it as it was.
    expect(read(root, 'content/entities/people.yaml')).toBe(`${peopleBefore}\n- id: aigerim-bekova\n  name: Aigerim Bekova\n`);
    expect(read(root, 'content/entities/discovered.yaml')).not.toContain('aigerim-bekova');
    expect(read(root, `content/articles/${SLUG}.mdx`)).toContain('<Person id="aigerim-bekova">Aigerim Bekova</Person>');
    expect(run('annotate.ts', root, '--check').code).toBe(0);
  });

  it('merge makes a discovered organization a spelling of a curated one, and the article links to it', () => {
    const result = run('entity.ts', root, 'merge', 'eurasian-policy-institute', 'hudson-institute');
    expect(result.code).toBe(0);
    expect(read(root, 'content/entities/organizations.yaml')).toMatch(/- id: hudson-institute\n {2}name: Hudson Institute\n {2}aliases: \[[^\]]*Eurasian Policy Institute\]/u);
    expect(read(root, 'content/entities/discovered.yaml')).not.toContain('eurasian-policy-institute');
    expect(read(root, `content/articles/${SLUG}.mdx`)).toContain('<Org id="hudson-institute">Eurasian Policy Institute</Org>');
    expect(run('annotate.ts', root, '--check').code).toBe(0);
  });

  it('merge of a curated person removes its entry and rewrites sidecar rules that name it', () => {
    writeFileSync(join(root, 'seeds', '900_new_article.meta.yaml'), '# corrections\nlink:\n  - surface: Bekova  # the surname alone\n    entity: aigerim-bekova\n');
    expect(run('annotate.ts', root).code).toBe(0);
    const result = run('entity.ts', root, 'merge', 'aigerim-bekova', 'karla-jamankulova');
    expect(result.code).toBe(0);
    expect(read(root, 'content/entities/people.yaml')).not.toContain('id: aigerim-bekova');
    expect(read(root, 'seeds/900_new_article.meta.yaml')).toBe('# corrections\nlink:\n  - surface: Bekova  # the surname alone\n    entity: karla-jamankulova\n');
    expect(read(root, `content/articles/${SLUG}.mdx`)).toContain('<Person id="karla-jamankulova">Aigerim Bekova</Person>');
    expect(run('annotate.ts', root, '--check').code).toBe(0);
  });

  const refusals: [string[], RegExp][] = [
    [['promote', 'nobody-at-all'], /^entity: unknown id "nobody-at-all"/u],
    [['promote', 'donald-trump'], /^entity: "donald-trump" is already curated in people\.yaml; nothing to promote$/u],
    [['merge', 'donald-trump', 'donald-trump'], /^entity: cannot merge "donald-trump" into itself$/u],
    [['merge', 'donald-trump', 'hudson-institute'], /^entity: cannot merge person "donald-trump" into organization "hudson-institute": both must be of one type$/u],
    [['merge', 'kazakhstan', 'uzbekistan'], /^entity: countries cannot be merged/u],
    [['frobnicate'], /^entity: usage: npm run entity -- promote <id> \| merge <from> <into>/u],
  ];
  for (const [args, message] of refusals) {
    it(`refuses "${args.join(' ')}" in one line and changes nothing`, () => {
      const before = snapshot(root);
      const result = run('entity.ts', root, ...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(snapshot(root)).toEqual(before);
    });
  }
});
