import { readFileSync } from 'node:fs';
import { clean } from '../src/pipeline/clean.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { extractMetadata } from '../src/pipeline/metadata.ts';
for (const slug of process.argv.slice(2)) {
const file = `tests/fixtures/blind/articles/${slug}.txt`;
const ex = extractMetadata(clean(ingest(file, new Uint8Array(readFileSync(file)))));
console.log(slug, ex.meta.source, ex.meta.evidence);
}
