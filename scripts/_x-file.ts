// node scripts/_x-file.ts <blind-slug> [needle]: the article's annotated MDX lines holding needle (or its entity tags).
import { readFileSync } from 'node:fs';
import { annotateArticles } from '../src/pipeline/annotate.ts';
import { loadCuratedEntities } from './lib/project.ts';
const [slug, needle] = process.argv.slice(2);
const file = `${slug}.txt`;
const bytes = new TextEncoder().encode(readFileSync(`tests/fixtures/blind/articles/${file}`, 'utf8'));
const set = annotateArticles([{ file, displayPath: file, bytes }], loadCuratedEntities(process.cwd()));
const a = set.articles[0]! as any;
console.log('meta', JSON.stringify({ title: a.meta.title, date: a.meta.date, source: a.meta.source, byline: a.meta.byline }));
for (const m of a.mentions) if (!needle || m.surface.includes(needle)) console.log(`${m.surface}→${m.entityId}:${m.type}`, m.field, m.index);
for (const q of a.quotes) if (!needle) console.log('quote', JSON.stringify(q).slice(0, 200));
