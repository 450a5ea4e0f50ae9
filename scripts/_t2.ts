import { annotateArticles } from '../src/pipeline/annotate.ts';
import { loadCuratedEntities } from './lib/project.ts';
const body = process.argv.slice(2).join('\n\n');
const text = `Some headline about Central Asia\n\n${body}\n`;
const set = annotateArticles([{ file: 't.txt', displayPath: 't.txt', bytes: new TextEncoder().encode(text) }], loadCuratedEntities(process.cwd())) as any;
console.log(Object.keys(set));
for (const d of set.discovered ?? []) console.log(JSON.stringify(d).slice(0, 400));
