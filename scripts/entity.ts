// npm run entity -- promote <id>          move a discovered entity into people.yaml / organizations.yaml / places.yaml
// npm run entity -- merge <from> <into>   make <from> a spelling of <into> and remove <from>
// Options: --root <dir> (default: the current folder), --quiet.
// Edits content/entities/*.yaml in place (comments and order kept), rewrites sidecar rules that name <from>,
// then re-runs the annotator so content/articles/*.mdx and discovered.yaml follow. If the annotator fails,
// the edited files are put back as they were.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeEntities, promoteEntity, RegistryEditError, renameEntityInOverrides, type RegistryEdit } from '../src/pipeline/registry-edit.ts';
import { applyAnnotate, planAnnotate } from './lib/annotate-run.ts';
import { writeAtomic } from './lib/project.ts';

const USAGE = 'usage: npm run entity -- promote <id> | merge <from> <into> [--root <dir>] [--quiet]';

interface Command {
  action: 'promote' | 'merge';
  ids: string[];
  root: string;
  quiet: boolean;
}

function parseArgs(argv: string[]): Command {
  const positional: string[] = [];
  let root = process.cwd();
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--root') root = argv[++i] ?? root;
    else if (arg === '--quiet') quiet = true;
    else if (arg.startsWith('-')) throw new RegistryEditError(`unknown option ${arg}; ${USAGE}`);
    else positional.push(arg);
  }
  const [action, ...ids] = positional;
  if (action === 'promote' && ids.length === 1) return { action, ids, root, quiet };
  if (action === 'merge' && ids.length === 2) return { action, ids, root, quiet };
  throw new RegistryEditError(USAGE);
}

function registryTexts(dir: string): Map<string, string> {
  if (!existsSync(dir)) throw new RegistryEditError(`${dir} not found; run from the project root or pass --root`);
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/u.test(n)).sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** Sidecars whose link/unlink rules name `from`, rewritten to `into`: path → [old text, new text]. */
function sidecarRenames(root: string, from: string, into: string): Map<string, [string, string]> {
  const dir = join(root, 'seeds');
  const renames = new Map<string, [string, string]>();
  if (!existsSync(dir)) return renames;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.meta.yaml')).sort()) {
    const path = join(dir, name);
    const before = readFileSync(path, 'utf8');
    const after = renameEntityInOverrides(before, from, into);
    if (after !== null) renames.set(path, [before, after]);
  }
  return renames;
}

async function main(): Promise<number> {
  const command = parseArgs(process.argv.slice(2));
  const dir = join(command.root, 'content', 'entities');
  const texts = registryTexts(dir);
  const [first, second] = command.ids as [string, string];
  const edit: RegistryEdit = command.action === 'promote' ? promoteEntity(texts, first) : mergeEntities(texts, first, second);

  // Every file this command touches, with its text before, so a failed re-annotation can be undone.
  const writes = new Map<string, [string, string]>();
  for (const [name, text] of edit.files) writes.set(join(dir, name), [texts.get(name) ?? '', text]);
  if (command.action === 'merge') for (const [path, texts] of sidecarRenames(command.root, first, second)) writes.set(path, texts);

  for (const [path, [, after]] of writes) writeAtomic(path, after);
  let plan;
  try {
    plan = await planAnnotate(command.root, { report: true });
  } catch (error) {
    for (const [path, [before]] of writes) writeAtomic(path, before);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RegistryEditError(`re-annotating failed, so the registry was left unchanged: ${message}`);
  }
  const report = applyAnnotate(command.root, plan)!; // planned with the report, so never null
  if (!command.quiet) {
    console.log(`entity: ${edit.summary}`);
    const sidecars = [...writes.keys()].filter((p) => p.endsWith('.meta.yaml'));
    if (sidecars.length > 0) console.log(`entity: renamed "${first}" to "${second}" in ${sidecars.length} sidecar(s)`);
    console.log(report.terminal);
    console.log('Review the diff (content/entities, content/articles), then commit it.');
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // One line, never a stack trace: the maintainer fixes the id or the registry and runs it again.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`entity: ${message}`);
  if (process.env.DOSSIER_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
