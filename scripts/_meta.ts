// node meta.ts <blind-slug…>: metadata, evidence and the first paragraphs of blind articles.
import { readFileSync } from 'node:fs';
import { ingest } from '../src/pipeline/ingest.ts';
import { clean } from '../src/pipeline/clean.ts';
import { extractMetadata } from '../src/pipeline/metadata.ts';
for (const slug of process.argv.slice(2)) {
  const file = `/work/main/tests/fixtures/blind/articles/${slug}.txt`;
  const text = readFileSync(file, 'utf8');
  const doc = clean(ingest(file, new TextEncoder().encode(text)));
  const ex = extractMetadata(doc);
  console.log('==', slug, JSON.stringify({ title: ex.meta.title, date: ex.meta.date, source: ex.meta.source, byline: ex.meta.byline }), JSON.stringify((ex as any).evidence ?? {}));
  ex.paragraphs.slice(0, Number(process.env.P ?? 6)).forEach((p, i) => console.log(`  [${i}] ${p.slice(0, 160)}`));
}
