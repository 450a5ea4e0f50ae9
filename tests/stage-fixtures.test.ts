// Input → expected output for each pipeline stage, as files beside the tests (in the manner of
// remark-gfm's fixtures): for every input under INPUTS, what clean, metadata, link and quotes make
// of it against the curated registry, written to tests/fixtures/stages/<name>/{clean.txt,
// metadata.json,links.txt,quotes.txt}. A change to a stage (or to the registry) that changes its
// output fails here with the diff; when the change is meant, regenerate and review the diff in git:
//
//   npm run fixtures        (vitest -u on this file), then `git diff tests/fixtures/stages`
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticles } from '../src/pipeline/annotate.ts';
import type { AnnotatedArticle } from '../src/pipeline/types.ts';
import { loadCuratedEntities } from '../scripts/lib/project.ts';

const ROOT = path.join(import.meta.dirname, '..');
const curated = loadCuratedEntities(ROOT);

/** Page shapes the rules were written for (tests/fixtures/clean, metadata) and articles of the blind set's dev half. */
const INPUTS = [
  'clean/ap-style.txt',
  'clean/captions.txt',
  'clean/furniture-words-in-prose.txt',
  'clean/kazinform-style.txt',
  'clean/rferl-style.txt',
  'metadata/reuters-style.txt',
  'blind/articles/24kg-1.txt',
  'blind/articles/asiaplus-1.txt',
  'blind/articles/dailysabah-1.txt',
  'blind/articles/tass-1.txt',
  'blind/articles/thediplomat-1.txt',
  'blind/articles/timesca-1.txt',
];

function annotate(input: string): AnnotatedArticle {
  const bytes = readFileSync(path.join(ROOT, 'tests', 'fixtures', input));
  const file = path.basename(input);
  return annotateArticles([{ file, displayPath: `seeds/${file}`, bytes }], curated).articles[0]!;
}

const stages: { file: string; show(article: AnnotatedArticle): string }[] = [
  {
    file: 'clean.txt',
    show: (a) =>
      [
        ...a.paragraphs.map((p, i) => `¶${i} ${p}`),
        ...a.captions.map((c) => `caption: ${c.text}${c.credit ? ` | credit: ${c.credit}` : ''}`),
        ...a.removed.map((r) => `removed (${r.reason}): ${r.text}`),
      ].join('\n') + '\n',
  },
  { file: 'metadata.json', show: (a) => `${JSON.stringify(a.meta, null, 2)}\n` },
  {
    file: 'links.txt',
    show: (a) =>
      [
        ...a.mentions.map((m) => `${m.field}[${m.index}] ${m.start}-${m.end} “${m.surface}” → ${m.type} ${m.entityId}`),
        ...a.discovered.map((e) => `discovered ${e.type} ${e.id}: ${e.name}`),
      ].join('\n') + '\n',
  },
  { file: 'quotes.txt', show: (a) => a.quotes.map((q) => `¶${q.paragraph} ${q.speaker ?? '(unattributed)'} [${q.cue ?? '-'}]: “${q.text}”`).join('\n') + '\n' },
];

describe('stage fixtures (tests/fixtures/stages/)', () => {
  for (const input of INPUTS) {
    const name = path.basename(input, '.txt');
    it(`${input}: clean, metadata, links and quotes are as recorded`, async () => {
      const article = annotate(input);
      for (const stage of stages) await expect(stage.show(article)).toMatchFileSnapshot(path.join('fixtures', 'stages', name, stage.file));
    });
  }
});
