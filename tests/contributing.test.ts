// CONTRIBUTING.md stays true: every command in it is run here (or by CI, as pr.yml shows), in the order a
// contributor follows, and its sidecar example is a valid sidecar.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOverrides } from '../src/pipeline/overrides.ts';

const ROOT = join(import.meta.dirname, '..');
const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function fenced(lang: string): string[] {
  return [...guide.matchAll(new RegExp(`^ *\`\`\`${lang}\\n([\\s\\S]*?)^ *\`\`\``, 'gmu'))].map((m) => m[1]!);
}
const commands = fenced('sh').flatMap((block) => block.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));

/** `npm run entity -- merge a b` → the script file and its arguments, run with --root in a scratch project. */
function runDocumented(command: string, root: string, placeholders: Record<string, string>) {
  const match = /^npm run (\S+)(?: -- (.*))?$/u.exec(command);
  if (!match) throw new Error(`not an npm run command: ${command}`);
  const script = scripts[match[1]!];
  const file = /^node (scripts\/\S+\.ts)$/u.exec(script ?? '')?.[1];
  if (!file) throw new Error(`npm run ${match[1]} is not a node script`);
  const args = (match[2] ?? '').split(' ').filter(Boolean).map((a) => placeholders[a] ?? a);
  return spawnSync(process.execPath, [join(ROOT, file), ...args, '--root', root], { encoding: 'utf8' });
}

describe('CONTRIBUTING.md', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-contributing-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names exactly these commands', () => {
    expect([...new Set(commands)].sort()).toEqual(
      [
        'npm install',
        'npm run annotate',
        'npm run annotate -- --check',
        'npm run build',
        'npm run check',
        'npm run entity -- merge <from> <into>',
        'npm run entity -- promote <id>',
        'npm test',
      ].sort(),
    );
  });

  it('walks through adding an article, promoting, merging and checking, every command succeeding', () => {
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    cpSync(join(ROOT, 'content', 'entities'), join(root, 'content', 'entities'), { recursive: true });
    rmSync(join(root, 'content', 'entities', 'discovered.yaml'), { force: true });
    // "Drop the text file into seeds/"
    cpSync(join(import.meta.dirname, 'fixtures', 'report', 'new-article.txt'), join(root, 'seeds', '005_new_article.txt'));
    const placeholders = { '<id>': 'aigerim-bekova', '<from>': 'eurasian-policy-institute', '<into>': 'hudson-institute' };
    const walkthrough = ['npm run annotate', 'npm run entity -- promote <id>', 'npm run entity -- merge <from> <into>', 'npm run check', 'npm run annotate -- --check'];
    for (const command of walkthrough) {
      expect(commands).toContain(command);
      const result = runDocumented(command, root, placeholders);
      expect({ command, stderr: result.stderr, code: result.status }).toEqual({ command, stderr: '', code: 0 });
    }
    expect(readFileSync(join(root, 'content', 'entities', 'people.yaml'), 'utf8')).toContain('- id: aigerim-bekova');
  });

  it('leaves npm install, npm test and npm run build to CI, which runs each of them', () => {
    const pr = readFileSync(join(ROOT, '.github', 'workflows', 'pr.yml'), 'utf8');
    const verify = readFileSync(join(ROOT, 'scripts', 'verify.sh'), 'utf8');
    for (const command of ['npm install', 'npm test', 'npm run build']) expect(commands).toContain(command);
    expect(pr).toMatch(/^ +run: npm install --no-audit --no-fund$/mu);
    expect(pr).toMatch(/^ +run: bash scripts\/verify\.sh$/mu);
    // verify.sh builds, and runs every Vitest project, which together are what `npm test` (vitest run) runs.
    expect(verify).toMatch(/^stage build npm run --silent build$/mu);
    for (const project of ['unit', 'build', 'browser']) expect(verify).toMatch(new RegExp(`^stage [\\w-]+ vitest \\S+ --project ${project}$`, 'mu'));
    expect(scripts['test']).toBe('vitest run');
    expect(scripts['build']).toBeDefined();
  });

  it('gives a sidecar example that parses, and documents every field the sidecar schema allows', () => {
    const [example] = fenced('yaml');
    const overrides = parseOverrides('seeds/005_x.meta.yaml', example!);
    expect(Object.keys(overrides).sort()).toEqual(['byline', 'date', 'link', 'slug', 'source', 'title', 'unlink']);
    expect(Object.keys(parse(example!) as object).sort()).toEqual(Object.keys(overrides).sort());
    const fieldBullets = guide.split('\n').filter((l) => /^- `\w+`(, `\w+`)*:/u.test(l));
    for (const field of Object.keys(overrides)) expect(fieldBullets.some((l) => l.split(':')[0]!.includes(`\`${field}\``))).toBe(true);
  });
});
