// node scripts/given-names.ts: writes src/pipeline/given-names.json, the given names of compromise's
// lexicon (https://github.com/spencermountain/compromise) by gender. The annotator looks names up in
// that file instead of loading compromise (half a second in every process and worker thread) for a
// lexicon lookup; tests/given-names.test.ts fails when the file and the installed compromise differ.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GIVEN_NAMES_PATH = fileURLToPath(new URL('../src/pipeline/given-names.json', import.meta.url));

/** compromise's lexicon words tagged as given names, each list sorted. */
export function givenNamesFromCompromise(): { male: string[]; female: string[]; any: string[] } {
  const loaded = createRequire(import.meta.url)('compromise') as { default?: unknown };
  const nlp = (typeof loaded === 'function' ? loaded : loaded.default) as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const lists = { male: [] as string[], female: [] as string[], any: [] as string[] };
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('MaleName')) lists.male.push(word);
    else if (tags.includes('FemaleName')) lists.female.push(word);
    else if (tags.includes('FirstName')) lists.any.push(word);
  }
  for (const list of Object.values(lists)) list.sort();
  return lists;
}

export function givenNamesJson(): string {
  return `${JSON.stringify(givenNamesFromCompromise())}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GIVEN_NAMES_PATH, givenNamesJson());
  console.log(`given-names: wrote ${GIVEN_NAMES_PATH}`);
}
