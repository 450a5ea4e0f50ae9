// `astro build` as a step of scripts/build.ts: the same build as the command, run in this process so
// that it can report its peak memory as it ends.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { reportPeak } from './phase.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } }, strict: true });
await build({ root: resolve(values.root ?? '.') });
reportPeak();
// Astro leaves handles open (its compiler, file watchers of integrations); the build is done.
process.exit(0);
