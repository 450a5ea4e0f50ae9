import { parseBylineLine } from '../src/pipeline/metadata/bylines.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), JSON.stringify(parseBylineLine(t, false)), JSON.stringify(parseBylineLine(t, true)));
