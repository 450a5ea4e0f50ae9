// node scripts/_t.ts "text": the people/orgs the annotator finds in a made-up article.
import { annotateArticles } from '../src/pipeline/annotate.ts';
import { loadCuratedEntities } from './lib/project.ts';
const body = process.argv.slice(2).join('\n\n');
const text = `Some headline about Central Asia\n\n${body}\n`;
const set = annotateArticles([{ file: 't.txt', displayPath: 't.txt', bytes: new TextEncoder().encode(text) }], loadCuratedEntities(process.cwd()));
const a = set.articles[0]! as any;
for (const m of a.mentions) if (m.type !== 'country') console.log(`${m.surface} → ${m.entityId}:${m.type}`);
