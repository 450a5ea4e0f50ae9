// `npm run check`, the pull-request gate: one ✓/✗ line per check, exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function run(script: string, root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--root', root, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dirs: string[] = [];
/** The real seeds and registry, annotated: the state a pull request should be in. */
function annotatedProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-check-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'content', 'entities'), join(dir, 'content', 'entities'), { recursive: true });
  rmSync(join(dir, 'content', 'entities', 'discovered.yaml'), { force: true });
  expect(run('annotate.ts', dir, '--quiet').code).toBe(0);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const marks = (stdout: string) => stdout.trim().split('\n').slice(0, 4).map((line) => line.slice(0, line.indexOf(':')));

describe('npm run check', () => {
  it('passes on an annotated project, one ✓ line per check', () => {
    const result = run('check.ts', annotatedProject());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(marks(result.stdout)).toEqual(['✓ registry schema', '✓ seeds decodable', '✓ generated content up to date', '✓ no duplicate slugs']);
    expect(result.stdout).toMatch(/check: all 4 passed in \d+\.\d s/u);
  });

  it('fails when generated content is out of date, naming the file and the fix', () => {
    const dir = annotatedProject();
    const [first] = readdirSync(join(dir, 'content', 'articles')).sort();
    appendFileSync(join(dir, 'content', 'articles', first!), '\nhand edit\n');
    const result = run('check.ts', dir);
    expect(result.code).toBe(1);
    expect(marks(result.stdout)).toEqual(['✓ registry schema', '✓ seeds decodable', '✗ generated content up to date', '✓ no duplicate slugs']);
    expect(result.stdout).toContain(`out of date: content/articles/${first}; run "npm run annotate" and commit the result`);
  });

  it('fails on a seed that does not decode, and does not run the annotator', () => {
    const dir = annotatedProject();
    writeFileSync(join(dir, 'seeds', '900_image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const result = run('check.ts', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✗ seeds decodable: seeds\/900_image\.txt: .*binary/mu);
    expect(result.stdout).toContain('✗ generated content up to date: not run: fix the registry and seeds first');
  });

  it('fails on a registry entry that breaks the schema, naming file and entry', () => {
    const dir = annotatedProject();
    appendFileSync(join(dir, 'content', 'entities', 'people.yaml'), '\n- id: Bad_Id\n  name: Someone\n');
    const result = run('check.ts', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✗ registry schema: .*people\.yaml: entry "Bad_Id": "id" must be lowercase ASCII kebab-case/mu);
  });

  it('fails when two sidecars claim one slug', () => {
    const dir = annotatedProject();
    writeFileSync(join(dir, 'seeds', '000_9ad9ad3a1a2546d7.meta.yaml'), 'slug: same-slug\n');
    writeFileSync(join(dir, 'seeds', '001_b83ce051fa8e0211.meta.yaml'), 'slug: same-slug\n');
    const result = run('check.ts', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✗ no duplicate slugs: .*override slug "same-slug" is also the slug of/mu);
  });

  it('fails when two committed articles carry one slug', () => {
    const dir = annotatedProject();
    writeFileSync(join(dir, 'content', 'articles', 'copy.mdx'), '---\nslug: why-washington-is-cementing-its-position-in-central-asia\n---\n');
    const result = run('check.ts', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ no duplicate slugs: slugs used twice: why-washington-is-cementing-its-position-in-central-asia');
  });
});
