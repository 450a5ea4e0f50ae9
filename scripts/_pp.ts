// node scripts/_pp.ts 'paragraph' …: annotate a made-up article of these paragraphs; print its entities.
import { annotateAll } from '../src/pipeline/generate.ts';
import { loadCuratedEntities } from './lib/project.ts';
const registry = loadCuratedEntities(process.cwd());
const text = ['A headline for the test article here', ...process.argv.slice(2)].join('\n\n');
const out = annotateAll([{ file: 'x.txt', displayPath: 'x.txt', bytes: new TextEncoder().encode(text) }], registry);
const a = out.articles[0]!;
for (const e of a.entities) console.log(e.type.padEnd(13), e.id.padEnd(40), e.surfaces.join(' | '));
