// npm run build [-- --root <dir>] [--no-postbuild]
// annotate what changed → astro build → postbuild (Pagefind index, offline zip), into <root>/dist.
//
// One step after the other, each in a process of its own: the annotator's memory is gone before Astro
// starts, and each step's time and peak memory are its own. `astro build` and `astro dev` read content/
// the same way whether or not this script ran them. If the annotator fails, it has written nothing and
// the build stops with its one-line error naming the file; dist/ is untouched.
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroHeapOption } from './lib/astro-heap.ts';
import { PHASE_PEAK, type PhasePeak } from './lib/phase.ts';

interface Options {
  root: string;
  postbuild: boolean;
}

function options(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { root: { type: 'string' }, 'no-postbuild': { type: 'boolean' } }, strict: true }));
  } catch (error) {
    throw new Error(`build: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (known: --root <dir>, --no-postbuild)`);
  }
  return { root: resolve(values.root ?? '.'), postbuild: !values['no-postbuild'] };
}

/** A step that failed has said why on its own (one line naming the file, for the annotator). */
class StepFailed extends Error {
  readonly code: number;
  constructor(code: number) {
    super('step failed');
    this.code = code;
  }
}

interface PhaseResult {
  name: string;
  seconds: number;
  peakMiB: number | null;
}

/** Runs one step in a child Node process (with these Node options); resolves with its time and peak memory, rejects when it fails. */
function phase(name: string, script: string, args: string[], nodeOptions: string[] = []): Promise<PhaseResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    let peakMiB: number | null = null;
    const child = fork(script, args, { stdio: 'inherit', execArgv: [...process.execArgv, ...nodeOptions] });
    child.on('message', (message: PhasePeak) => {
      if (message?.kind === PHASE_PEAK) peakMiB = message.kib / 1024;
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done({ name, seconds: (performance.now() - started) / 1000, peakMiB });
      else fail(new StepFailed(code ?? 1));
    });
  });
}

async function main(): Promise<void> {
  const { root, postbuild } = options(process.argv.slice(2));
  const scripts = join(import.meta.dirname);
  const results: PhaseResult[] = [];
  results.push(await phase('annotate', join(scripts, 'annotate.ts'), ['--root', root, '--no-report']));
  results.push(await phase('astro build', join(scripts, 'lib', 'astro-build.ts'), ['--root', root], [astroHeapOption(root)]));
  if (postbuild) results.push(await phase('postbuild', join(scripts, 'postbuild.ts'), ['--dist', join(root, 'dist')]));
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  console.log(
    `build: ${results.map((r) => `${r.name} ${r.seconds.toFixed(1)} s${r.peakMiB === null ? '' : ` (peak ${r.peakMiB.toFixed(0)} MiB)`}`).join(' · ')} · total ${total.toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  if (!(error instanceof StepFailed)) console.error(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  process.exit(error instanceof StepFailed ? error.code : 1);
});
