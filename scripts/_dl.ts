import { parseDateline } from '../src/pipeline/metadata/datelines.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(parseDateline(t)));
