// node scripts/lib/pagefind-index.ts <dist>: Pagefind over a built site, alone, for the benchmark's
// plain-Markdown side (the same call the postbuild makes for Dossier's pages).
import { indexWithPagefind } from '../postbuild.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/lib/pagefind-index.ts <dist>');
console.log(`pagefind: ${await indexWithPagefind(dist)} pages`);
