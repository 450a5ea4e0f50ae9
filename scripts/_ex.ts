import { clean } from '../src/pipeline/clean.ts';
import { extractMetadata } from '../src/pipeline/metadata.ts';
const lines = process.argv.slice(2);
const a = extractMetadata(clean({ file: 'x.txt', text: lines.join('\n'), encoding: 'utf-8' } as any));
console.log(JSON.stringify({ title: a.meta.title, date: a.meta.date, source: a.meta.source, byline: (a.meta as any).bylineText }));
