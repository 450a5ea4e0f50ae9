// Registry and metadata mistakes a contributor can make (issue 5, item 2). Each one, made in a copy
// of the project, must stop `node scripts/annotate.ts` with exit code 1 and exactly one line on
// stderr that names the file, the entry and the fix, and must leave content/ byte-identical.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject, runAnnotate, type ProjectCopy } from './lib/corpus-site.ts';

/** Every file under content/ with a hash of its bytes. */
function snapshot(root: string, dir = 'content'): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) {
      for (const [k, v] of snapshot(root, rel)) files.set(k, v);
    } else {
      files.set(rel, createHash('sha256').update(readFileSync(path.join(root, rel))).digest('hex'));
    }
  }
  return files;
}

const firstSeed = '000_9ad9ad3a1a2546d7.txt';
const secondSeed = '001_b83ce051fa8e0211.txt';
const sidecar = (seed: string) => `seeds/${seed.replace(/\.txt$/, '.meta.yaml')}`;

interface Case {
  name: string;
  /** Breaks the copy. */
  breakIt(root: string): void;
  /** The file the message must name (relative to the root). */
  file: string;
  /** The entry the message must name. */
  entry: RegExp;
  /** The fix the message must suggest. */
  fix: RegExp;
}

const cases: Case[] = [
  {
    name: 'a duplicate id',
    breakIt: (root) =>
      appendFileSync(path.join(root, 'content/entities/organizations.yaml'), '\n- id: donald-trump\n  name: Donald Trump Organization\n'),
    file: 'content/entities/organizations.yaml',
    entry: /"donald-trump"/,
    fix: /rename one of them/,
  },
  {
    name: 'one alias claimed by two people',
    breakIt: (root) =>
      appendFileSync(path.join(root, 'content/entities/people.yaml'), '\n- id: donald-trump-jr\n  name: Donald Trump Jr.\n  aliases: [Trump]\n  country: united-states\n'),
    file: 'content/entities/people.yaml',
    entry: /"donald-trump-jr".*"Trump".*"donald-trump"/,
    fix: /remove it from one entry, or list it under shared_aliases in both/,
  },
  {
    name: 'a person whose country does not exist',
    breakIt: (root) =>
      appendFileSync(path.join(root, 'content/entities/people.yaml'), '\n- id: jane-roe\n  name: Jane Roe\n  country: atlantis\n'),
    file: 'content/entities/people.yaml',
    entry: /"jane-roe".*"atlantis"/,
    fix: /use a country id|did you mean/,
  },
  {
    name: 'a malformed meta.yaml',
    breakIt: (root) => writeFileSync(path.join(root, sidecar(firstSeed)), 'title: [unclosed\nslug: x\n'),
    file: sidecar(firstSeed),
    entry: /not valid YAML.*line 2/,
    fix: /fix the indentation or quoting there/,
  },
  {
    name: 'a meta.yaml with an unknown field',
    breakIt: (root) => writeFileSync(path.join(root, sidecar(firstSeed)), 'titel: A typo\n'),
    file: sidecar(firstSeed),
    entry: /titel/,
    fix: /allowed: title/,
  },
  {
    name: 'a slug collision between two sidecars',
    breakIt: (root) => {
      writeFileSync(path.join(root, sidecar(firstSeed)), 'slug: same-slug\n');
      writeFileSync(path.join(root, sidecar(secondSeed)), 'slug: same-slug\n');
    },
    file: firstSeed,
    entry: /"same-slug".*001_b83ce051fa8e0211/,
    fix: /choose another slug/,
  },
];

describe('annotate stops on registry and metadata errors', () => {
  let copy: ProjectCopy | null = null;
  afterEach(() => {
    copy?.cleanup();
    copy = null;
  });

  it('succeeds on an unbroken copy (so the failures below are caused by the breakage)', () => {
    copy = copyProject();
    const before = snapshot(copy.root);
    const result = runAnnotate(copy.root, ['--quiet']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(snapshot(copy.root)).toEqual(before);
  });

  it.each(cases)('$name', (c) => {
    copy = copyProject();
    const root = copy.root;
    c.breakIt(root);
    const before = snapshot(root);
    const result = runAnnotate(root);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines, result.stderr).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toContain(c.file);
    expect(line).toMatch(c.entry);
    expect(line).toMatch(c.fix);
    expect(line).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(result.stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
  });
});
